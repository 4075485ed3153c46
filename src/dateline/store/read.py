"""Stored rows back into :class:`CodedStory` records, exactly as they were coded.

Used by ``dateline export --format jsonl`` and ``/stories/{id}``. Records are rebuilt a
batch of stories at a time (one ``IN`` query per table per batch), so exporting millions
of stories keeps memory flat.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, select

from dateline.model import Actor, CodedStory, Event, Place, Quote
from dateline.store.schema import actors, event_actors, events, mentions, places, quotes, stories


def _by_story(
    conn: Connection, table: Table, ids: Sequence[str], *order: Any
) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for r in conn.execute(select(table).where(table.c.story_id.in_(ids)).order_by(*order)):
        out[r.story_id].append(r)
    return out


def load_records(
    conn: Connection, ids: Sequence[str], *, with_text: bool = True
) -> list[CodedStory]:
    """The stored records for ``ids``, in the order given; unknown ids are left out."""
    if not ids:
        return []
    cols = [c for c in stories.c if with_text or c.name != "text"]
    heads = {r.id: r for r in conn.execute(select(*cols).where(stories.c.id.in_(ids)))}
    act = _by_story(conn, actors, ids, actors.c.story_id, actors.c.seq)
    men: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for r in conn.execute(
        select(mentions)
        .where(mentions.c.story_id.in_(ids))
        .order_by(mentions.c.story_id, mentions.c.actor_id, mentions.c.seq)
    ):
        men[(r.story_id, r.actor_id)].append((r.start_char, r.end_char))
    pla = _by_story(conn, places, ids, places.c.story_id, places.c.seq)
    evs = _by_story(conn, events, ids, events.c.story_id, events.c.seq)
    links: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for r in conn.execute(
        select(event_actors)
        .where(event_actors.c.story_id.in_(ids))
        .order_by(
            event_actors.c.story_id,
            event_actors.c.event_id,
            event_actors.c.role,
            event_actors.c.seq,
        )
    ):
        links[(r.story_id, r.event_id, r.role)].append(r.actor_id)
    quo = _by_story(conn, quotes, ids, quotes.c.story_id, quotes.c.seq)

    out = []
    for sid in ids:
        h = heads.get(sid)
        if h is None:
            continue
        out.append(
            CodedStory(
                id=sid,
                date=h.date,
                place=h.place,
                country=h.country,
                agency=h.agency,
                title=h.title,
                language=h.language,
                errors=list(h.errors),
                text=h.text if with_text else None,
                actors=_actors(sid, act[sid], men),
                places=[
                    Place(
                        name=p.name,
                        country=p.country,
                        admin1=p.admin1,
                        lat=p.lat,
                        lon=p.lon,
                        mentions=[(m[0], m[1]) for m in p.mentions],
                    )
                    for p in pla[sid]
                ],
                events=[
                    Event(
                        id=e.event_id,
                        category=e.category,
                        mode=e.mode,
                        actors=links[(sid, e.event_id, "actor")],
                        recipients=links[(sid, e.event_id, "recipient")],
                        date=e.date,
                        place=e.place,
                        country=e.country,
                        text=e.text,
                        span=(e.span_start, e.span_end),
                        tense=e.tense,
                        negated=e.negated,
                        hypothetical=e.hypothetical,
                        historical=e.historical,
                        contexts=list(e.contexts),
                        topics=list(e.topics),
                        trigger=e.trigger,
                        confidence=e.confidence,
                    )
                    for e in evs[sid]
                ],
                quotes=[
                    Quote(
                        id=q.quote_id,
                        speaker=q.speaker,
                        text=q.text,
                        cue=q.cue,
                        kind=q.kind,
                        span=(q.span_start, q.span_end),
                    )
                    for q in quo[sid]
                ],
            )
        )
    return out


def _actors(
    sid: str, rows: list[Any], men: dict[tuple[str, str], list[tuple[int, int]]]
) -> list[Actor]:
    return [
        Actor(
            id=r.actor_id,
            name=r.name,
            type=r.type,
            aliases=list(r.aliases),
            role=r.role,
            country=r.country,
            sector=r.sector,
            mentions=men[(sid, r.actor_id)],
        )
        for r in rows
    ]


def story_batches(conn: Connection, batch: int = 500) -> Iterator[list[str]]:
    """Story ids in id order, ``batch`` at a time (keyset paging: no growing OFFSET)."""
    last: str | None = None
    while True:
        q = select(stories.c.id).order_by(stories.c.id).limit(batch)
        if last is not None:
            q = q.where(stories.c.id > last)
        ids = list(conn.execute(q).scalars())
        if not ids:
            return
        yield ids
        last = ids[-1]


def iter_records(
    conn: Connection, *, with_text: bool = False, batch: int = 500
) -> Iterator[CodedStory]:
    """Every stored record, in story-id order, ``batch`` stories per round of queries."""
    for ids in story_batches(conn, batch):
        yield from load_records(conn, ids, with_text=with_text)
