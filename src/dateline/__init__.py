"""dateline: news-wire stories in, structured PLOVER event data out."""

__version__ = "0.1.0"
