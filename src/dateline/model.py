"""The output contract (see README "Output") as typed classes.

Every other module produces or consumes these; this module imports nothing from the
rest of the package, so data can only flow one way: read -> nlp -> model -> store/api.

Spans are ``(start, end)`` character offsets into ``Story.text`` exactly as it was read.
A field that cannot be known is ``None``, never invented.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

#: PLOVER 2.0 event categories, in the manual's order.
PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "REJECT",
    "ACCUSE",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(slots=True)
class Story:
    """One input story, as a reader produced it, before any NLP.

    ``text`` is what spans point into. ``errors`` collects reader problems (invalid
    bytes, missing text...) so that a bad story still yields its output record.
    """

    id: str
    text: str
    date: str | None = None  # ISO date from the record or header, if any
    dateline: str | None = None  # the raw dateline, when the format keeps it apart
    title: str | None = None
    url: str | None = None
    source: str | None = None  # agency/source given by the record itself
    origin: str | None = None  # file (and line/row) the story came from
    place: str | None = None  # dateline place, as written ("Astana")
    region: str | None = None  # dateline qualifier ("Ore." in "PORTLAND, Ore.")
    agency: str | None = None  # canonical agency from the dateline or record
    body_start: int = 0  # offset in ``text`` where the body begins (after header/dateline)
    errors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    type: Literal["person", "organisation", "country", "group"] = "person"
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    sector: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    id: str
    category: str
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    country: str | None = None
    text: str = ""
    span: Span = (0, 0)
    tense: Literal["past", "present", "future"] | None = None
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    contexts: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    trigger: str | None = None
    confidence: float = 0.0


@dataclass(slots=True)
class Quote:
    id: str
    speaker: str | None
    text: str
    cue: str | None
    kind: Literal["direct", "indirect", "mixed"]
    span: Span = (0, 0)


@dataclass(slots=True)
class CodedStory:
    """One output record: exactly one per input story, coded or not."""

    id: str
    date: str | None = None
    place: str | None = None
    country: str | None = None
    agency: str | None = None
    title: str | None = None
    language: str | None = "en"
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    text: str | None = None  # only filled when the caller asks for it (--with-text)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record; ``text`` is left out unless it was asked for."""
        d = asdict(self)
        if d["text"] is None:
            del d["text"]
        return d


def coded_from_dict(d: dict[str, Any]) -> CodedStory:
    """Rebuild a :class:`CodedStory` from its JSON form (the inverse of ``to_dict``)."""
    return CodedStory(
        id=d["id"],
        date=d.get("date"),
        place=d.get("place"),
        country=d.get("country"),
        agency=d.get("agency"),
        title=d.get("title"),
        language=d.get("language"),
        actors=[
            Actor(**{**a, "mentions": [tuple(m) for m in a.get("mentions", [])]})
            for a in d.get("actors", [])
        ],
        places=[
            Place(**{**p, "mentions": [tuple(m) for m in p.get("mentions", [])]})
            for p in d.get("places", [])
        ],
        events=[Event(**{**e, "span": tuple(e.get("span", (0, 0)))}) for e in d.get("events", [])],
        quotes=[Quote(**{**q, "span": tuple(q.get("span", (0, 0)))}) for q in d.get("quotes", [])],
        errors=list(d.get("errors", [])),
        text=d.get("text"),
    )
