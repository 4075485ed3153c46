"""Stories in, coded records out: the spaCy pass plus the coding steps, in batches.

Steps are small functions registered in :data:`STEPS`, each filling one part of the
record from a :class:`StoryContext`. A step that fails on one story records the failure
in that story's ``errors`` and the batch goes on.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from dateline.model import CodedStory, Story
from dateline.nlp.actors import code_actors
from dateline.nlp.context import StoryContext
from dateline.nlp.events import code_events
from dateline.nlp.pipeline import load
from dateline.nlp.places import code_places, dateline_place
from dateline.nlp.quotes import code_quotes

Step = Callable[[StoryContext], None]

#: The coding steps, in order; later steps may read what earlier ones filled.
STEPS: list[tuple[str, Step]] = [
    ("actors", code_actors),
    ("places", code_places),
    ("quotes", code_quotes),
    ("events", code_events),
]

#: spaCy's own default limit; longer texts need ~1 GB of memory per 100,000 words.
DEFAULT_MAX_CHARS = 1_000_000


#: How long one coding step may take on one story before it is abandoned. Steps take
#: milliseconds; the budget exists so that a bug that never ends cannot stall a batch.
DEFAULT_STEP_SECONDS = 20.0


class StepTimeout(Exception):
    """A coding step overran its time budget on one story."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`StepTimeout` in the block after ``seconds`` (main thread, POSIX).

    Elsewhere (threads, Windows) the block simply runs without a budget."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _expire(_signum: int, _frame: object) -> None:
        raise StepTimeout(f"timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: A line break inside a paragraph: between two non-space characters.
_WRAP = re.compile(r"(?<=\S)([ \t]*)\n(?=\S)")  # (trailing blanks before the break too)


#: Reuters marks companies in angle brackets: a name ("<Societe Generale Alsacienne de
#: Banque>") or a ticker ("<STGN.PA>", "<BA>").
_MARKED_NAME = re.compile(r"<(\S[^<>\n]{0,78}\S|\S)>")
_TICKER = re.compile(r"[A-Z0-9.]{1,10}")


#: A possessive typed with a double quote ("India"s budget", 77 times in Reuters-21578):
#: read as "'s", so the mark opens no quotation and the name stays a name.
_QUOTE_POSSESSIVE = re.compile(r'(?<=[A-Za-z])"(?=s\b)')


def _unmark(m: re.Match[str]) -> str:
    inner = m.group(1)
    if _TICKER.fullmatch(inner):
        return " " * len(m.group(0))  # a ticker is no word of the sentence
    return f" {inner} "


def unwrap(text: str) -> str:
    """Hard-wrapped wire copy (Reuters breaks lines at 65 columns) with its in-paragraph
    line breaks turned into spaces, so "Paul\nVolcker" is one name to the parser,
    possessives typed as '"s' read as "'s", and Reuters' company markup blanked
    ("<Hoechst Celanese Corp>" is a name, "<BA>" a ticker
    the parser should not read). One character for one, so every offset still points
    into the story as read; paragraph breaks (blank lines, newline + indent) are kept."""
    text = _QUOTE_POSSESSIVE.sub("'", _WRAP.sub(lambda m: m.group(1) + " ", text))
    return _MARKED_NAME.sub(_unmark, text)


def empty_record(story: Story) -> CodedStory:
    """The record every story gets, before any NLP: what the reader already knew."""
    home = dateline_place(story)
    return CodedStory(
        id=story.id,
        date=story.date,
        place=home.name if home else story.place,
        country=home.country if home else None,
        agency=story.agency,
        title=story.title,
        errors=list(story.errors),
    )


def _fatal(story: Story) -> bool:
    return not story.text[story.body_start :].strip()


class Coder:
    """Holds the loaded pipeline; one per process."""

    def __init__(
        self,
        model: str | None = None,
        batch_size: int = 32,
        max_chars: int = DEFAULT_MAX_CHARS,
        with_text: bool = False,
        step_seconds: float = DEFAULT_STEP_SECONDS,
        events_given: bool = False,
    ) -> None:
        self.nlp = load(model)
        #: For gold sets of sentences known to report an event (the PLOVER GSR): the event
        #: step classifies every trigger it finds, without first asking whether the
        #: parties are political actors — the forced choice zero-shot classifiers make.
        self.events_given = events_given
        import dateparser  # noqa: F401 - loaded with the model, not on the first story with a date

        self.batch_size = batch_size
        self.max_chars = max_chars
        self.with_text = with_text
        self.step_seconds = step_seconds

    def code(self, stories: Iterable[Story]) -> Iterator[CodedStory]:
        """Code stories in input order, batching the spaCy pass."""
        it = iter(stories)
        while chunk := list(islice(it, self.batch_size * 4)):
            yield from self._code_chunk(chunk)

    def _code_chunk(self, chunk: list[Story]) -> list[CodedStory]:
        records = [empty_record(s) for s in chunk]
        todo: list[int] = []
        for i, story in enumerate(chunk):
            if self.with_text:
                records[i].text = story.text
            body = len(story.text) - story.body_start
            if _fatal(story):
                if not story.errors:
                    records[i].errors.append("empty: the story has no body text to code")
                continue
            if body > self.max_chars:
                records[i].errors.append(
                    f"too-long: the story body is {body:,} characters, over the limit of "
                    f"{self.max_chars:,} (--max-chars); not coded"
                )
                continue
            todo.append(i)
        texts = (unwrap(chunk[i].text[chunk[i].body_start :]) for i in todo)
        for i, doc in zip(todo, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            ctx = StoryContext(chunk[i], doc, records[i], self.nlp, offset=chunk[i].body_start)
            if self.events_given:
                ctx.notes["events_given"] = True
            for name, step in STEPS:
                try:
                    with time_budget(self.step_seconds):
                        step(ctx)
                except Exception as exc:  # one story's failure must not stop the batch
                    records[i].errors.append(f"step-failed: {name}: {type(exc).__name__}: {exc}")
        return records
