"""Actors (global entities), their timelines, and quotes by speaker."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select

from dateline.query.common import (
    Item,
    Page,
    QueryError,
    check_country,
    check_page,
    date_range,
    entities_named,
)
from dateline.query.events import event_item, participants
from dateline.store.schema import actors, entities, event_actors, events, quotes, stories

ENTITY_TYPES = ("person", "organisation", "country", "group")


def entity_item(r: Any) -> Item:
    return {
        "id": r.id,
        "name": r.name,
        "type": r.type,
        "country": r.country,
        "sector": r.sector,
        "roles": list(r.roles),
        "aliases": list(r.aliases),
        "stories": r.n_stories,
    }


def find_entities(
    conn: Connection,
    *,
    name: str | None = None,
    country: str | None = None,
    type: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Global entities, the most-reported first."""
    check_page(limit, offset)
    conds: list[ColumnElement[bool]] = []
    if name:
        conds.append(entities.c.id.in_(entities_named(name)))
    if country:
        conds.append(entities.c.country == check_country(country))
    if type:
        if type not in ENTITY_TYPES:
            raise QueryError(f"type: {type!r} is not one of {', '.join(ENTITY_TYPES)}")
        conds.append(entities.c.type == type)
    total = conn.execute(select(func.count()).select_from(entities).where(*conds)).scalar_one()
    rows = conn.execute(
        select(entities)
        .where(*conds)
        .order_by(entities.c.n_stories.desc(), entities.c.id)
        .limit(limit)
        .offset(offset)
    )
    return Page(total=total, limit=limit, offset=offset, items=[entity_item(r) for r in rows])


def get_entity(conn: Connection, entity_id: str) -> Item | None:
    row = conn.execute(select(entities).where(entities.c.id == entity_id)).first()
    return entity_item(row) if row is not None else None


def timeline(
    conn: Connection,
    entity_id: str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 200,
) -> list[Item]:
    """An entity's events (as actor or recipient) and quotes, in date order.

    Each entry says what happened, the entity's part in it, who else took part, and the
    evidence text, so a timeline reads on its own without the stories.
    """
    lo, hi = date_range(date_from, date_to)
    ev, ea, qu, st = events.c, event_actors.c, quotes.c, stories.c
    eq = (
        select(events, ea.role.label("part"))
        .join(event_actors, ea.event_pk == ev.pk)
        .where(ea.entity_id == entity_id)
    )
    qq = (
        select(quotes, st.date.label("day"))
        .join(stories, st.id == qu.story_id)
        .where(qu.speaker_entity == entity_id)
    )
    if lo:
        eq, qq = eq.where(ev.day >= lo), qq.where(st.date >= lo)
    if hi:
        eq, qq = eq.where(ev.day <= hi), qq.where(st.date <= hi)
    ev_rows = conn.execute(eq).all()
    parts = participants(conn, ((r.story_id, r.event_id) for r in ev_rows))
    out: list[Item] = []
    seen: set[tuple[str, str]] = set()
    for r in ev_rows:
        if (r.story_id, r.event_id) in seen:  # an entity on both sides of one event
            continue
        seen.add((r.story_id, r.event_id))
        item = event_item(r, parts)
        others = [
            p["name"] or p["actor_id"]
            for p in item["actors"] + item["recipients"]
            if p["entity_id"] != entity_id
        ]
        out.append(
            {
                "day": r.day,
                "story_id": r.story_id,
                "kind": "event",
                "id": r.event_id,
                "what": r.category + (f"/{r.mode}" if r.mode else ""),
                "part": r.part,
                "with": others,
                "text": r.text,
            }
        )
    for r in conn.execute(qq):
        out.append(
            {
                "day": r.day,
                "story_id": r.story_id,
                "kind": "quote",
                "id": r.quote_id,
                "what": f"{r.kind} quote" + (f" ({r.cue})" if r.cue else ""),
                "part": "speaker",
                "with": [],
                "text": r.text,
            }
        )
    out.sort(key=lambda i: (i["day"] is None, i["day"] or "", i["story_id"], i["kind"], i["id"]))
    return out[:limit]


def find_quotes(
    conn: Connection,
    *,
    speaker: str | None = None,
    story: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Quotes in date order, each with its speaker's story-level and global identity."""
    check_page(limit, offset)
    qu, st, ac = quotes.c, stories.c, actors.c
    lo, hi = date_range(date_from, date_to)
    conds: list[ColumnElement[bool]] = []
    if speaker:
        conds.append(qu.speaker_entity.in_(entities_named(speaker)))
    if story:
        conds.append(qu.story_id == story)
    if lo:
        conds.append(st.date >= lo)
    if hi:
        conds.append(st.date <= hi)
    base = select(func.count()).select_from(quotes.join(stories, st.id == qu.story_id))
    total = conn.execute(base.where(*conds)).scalar_one()
    q = (
        select(
            quotes,
            st.date.label("day"),
            ac.name.label("speaker_name"),
            ac.country.label("speaker_country"),
        )
        .join(stories, st.id == qu.story_id)
        .outerjoin(actors, and_(ac.story_id == qu.story_id, ac.actor_id == qu.speaker))
        .where(*conds)
        .order_by(st.date.asc().nulls_last(), qu.story_id, qu.seq)
        .limit(limit)
        .offset(offset)
    )
    items = [
        {
            "story_id": r.story_id,
            "quote_id": r.quote_id,
            "day": r.day,
            "speaker": (
                {
                    "actor_id": r.speaker,
                    "entity_id": r.speaker_entity,
                    "name": r.speaker_name,
                    "country": r.speaker_country,
                }
                if r.speaker
                else None
            ),
            "text": r.text,
            "cue": r.cue,
            "kind": r.kind,
            "span": [r.span_start, r.span_end],
        }
        for r in conn.execute(q)
    ]
    return Page(total=total, limit=limit, offset=offset, items=items)
