"""Events and meetings: who did what to whom, filtered by category, country, actor, date."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select

from dateline.query.common import (
    Item,
    Page,
    check_category,
    check_country,
    check_page,
    date_range,
    entities_named,
)
from dateline.store.schema import entities, event_actors, events

ea = event_actors.c
ev = events.c


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: every field narrows; ``countries`` all have to take part (``--between``)."""

    categories: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story: str | None = None

    def conditions(self, conn: Connection) -> list[ColumnElement[bool]]:
        """SQL conditions on ``events``; raises :class:`QueryError` for a filter that cannot
        match anything meaningful rather than silently returning nothing.

        An actor is resolved to entity ids first, in its own small query: given the ids
        as values, PostgreSQL estimates the match count from its statistics and walks the
        (entity_id, event_pk) index, where a nested subquery made it scan every link.
        """
        conds: list[ColumnElement[bool]] = []
        if self.categories:
            conds.append(ev.category.in_([check_category(c) for c in self.categories]))
        lo, hi = date_range(self.date_from, self.date_to)
        if lo:
            conds.append(ev.day >= lo)
        if hi:
            conds.append(ev.day <= hi)
        if self.story:
            conds.append(ev.story_id == self.story)
        for country in dict.fromkeys(check_country(c) for c in self.countries):
            conds.append(ev.pk.in_(select(ea.event_pk).where(ea.country == country)))
        if self.actor:
            ids = sorted(conn.execute(entities_named(self.actor)).scalars())
            conds.append(ev.pk.in_(select(ea.event_pk).where(ea.entity_id.in_(ids))))
        return conds


def _order() -> tuple[Any, ...]:
    # Chronological, undated last on both backends (whose NULL defaults differ), in the
    # order of the ix_events_day index so an unfiltered page reads 50 rows, not all.
    return (ev.day.asc().nulls_last(), ev.story_id, ev.seq)


def participants(
    conn: Connection, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str, str], list[Item]]:
    """``(story_id, event_id, role) -> [participant]`` for the given events."""
    wanted = set(keys)
    out: dict[tuple[str, str, str], list[Item]] = defaultdict(list)
    if not wanted:
        return out
    q = (
        select(
            ea.story_id,
            ea.event_id,
            ea.role,
            ea.actor_id,
            ea.entity_id,
            ea.name,
            ea.country,
            ea.sector,
        )
        .where(ea.story_id.in_({s for s, _ in wanted}))
        .order_by(ea.story_id, ea.event_id, ea.role, ea.seq)
    )
    for r in conn.execute(q):
        if (r.story_id, r.event_id) in wanted:
            out[(r.story_id, r.event_id, r.role)].append(
                {
                    "actor_id": r.actor_id,
                    "entity_id": r.entity_id,
                    "name": r.name,
                    "country": r.country,
                    "sector": r.sector,
                }
            )
    return out


def event_item(r: Any, parts: dict[tuple[str, str, str], list[Item]]) -> Item:
    return {
        "story_id": r.story_id,
        "event_id": r.event_id,
        "category": r.category,
        "mode": r.mode,
        "day": r.day,
        "date": r.date,
        "place": r.place,
        "country": r.country,
        "actors": parts.get((r.story_id, r.event_id, "actor"), []),
        "recipients": parts.get((r.story_id, r.event_id, "recipient"), []),
        "text": r.text,
        "span": [r.span_start, r.span_end],
        "tense": r.tense,
        "negated": r.negated,
        "hypothetical": r.hypothetical,
        "historical": r.historical,
        "contexts": list(r.contexts),
        "topics": list(r.topics),
        "trigger": r.trigger,
        "confidence": r.confidence,
    }


def find_events(conn: Connection, flt: EventFilter, limit: int = 50, offset: int = 0) -> Page:
    """A page of events in date order, each with its actors and recipients."""
    check_page(limit, offset)
    conds = flt.conditions(conn)
    total = conn.execute(select(func.count()).select_from(events).where(*conds)).scalar_one()
    rows = conn.execute(
        select(events).where(*conds).order_by(*_order()).limit(limit).offset(offset)
    ).all()
    parts = participants(conn, ((r.story_id, r.event_id) for r in rows))
    return Page(total=total, limit=limit, offset=offset, items=[event_item(r, parts) for r in rows])


def meetings(conn: Connection, flt: EventFilter, limit: int = 50) -> list[Item]:
    """Who met whom: pairs of entities taking part in the same CONSULT events, with counts.

    Both sides of a visit and every party to a multilateral meeting count as meeting each
    other; pairs are of global entities, so one person met across many stories is one side.
    """
    check_page(limit, 0)
    flt = EventFilter(
        categories=("CONSULT",),
        countries=flt.countries,
        actor=flt.actor,
        date_from=flt.date_from,
        date_to=flt.date_to,
        story=flt.story,
    )
    q = (
        select(ea.story_id, ea.event_id, ea.entity_id, ev.day)
        .join(events, ev.pk == ea.event_pk)
        .where(ea.entity_id.is_not(None), *flt.conditions(conn))
    )
    sides: dict[tuple[str, str], set[str]] = defaultdict(set)
    day: dict[tuple[str, str], str | None] = {}
    for r in conn.execute(q):
        sides[(r.story_id, r.event_id)].add(r.entity_id)
        day[(r.story_id, r.event_id)] = r.day
    counts: dict[tuple[str, str], list[Any]] = {}
    for key, ids in sides.items():
        for a, b in combinations(sorted(ids), 2):
            c = counts.setdefault((a, b), [0, None, None])
            c[0] += 1
            d = day[key]
            if d is not None:
                c[1] = d if c[1] is None else min(c[1], d)
                c[2] = d if c[2] is None else max(c[2], d)
    info = _entity_info(conn, {e for pair in counts for e in pair})
    items = []
    for (a, b), (n, first, last) in counts.items():
        (na, ca), (nb, cb) = info.get(a, (a, None)), info.get(b, (b, None))
        if (nb, b) < (na, a):
            (a, na, ca), (b, nb, cb) = (b, nb, cb), (a, na, ca)
        items.append(
            {
                "a": na,
                "a_country": ca,
                "b": nb,
                "b_country": cb,
                "meetings": n,
                "first": first,
                "last": last,
                "a_id": a,
                "b_id": b,
            }
        )
    items.sort(key=lambda i: (-i["meetings"], i["a"], i["b"], i["a_id"], i["b_id"]))
    return items[:limit]


def _entity_info(
    conn: Connection, ids: Sequence[str] | set[str]
) -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    wanted = sorted(ids)
    for i in range(0, len(wanted), 500):
        q = select(entities.c.id, entities.c.name, entities.c.country).where(
            entities.c.id.in_(wanted[i : i + 500])
        )
        out.update((r.id, (r.name, r.country)) for r in conn.execute(q))
    return out
