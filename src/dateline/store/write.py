"""Storing coded records: one transaction per chunk, replace-by-id, entity counts kept exact.

A chunk is deleted-then-inserted inside one transaction, so a process killed at any
instant leaves each story either wholly stored (with all its actors, events, quotes and
entity counts) or not at all; the next run sees which by ``(id, content_hash)``.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from itertools import count
from typing import Any

import orjson
from sqlalchemy import JSON, Connection, Table, bindparam, delete, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from dateline.model import Actor, CodedStory
from dateline.store.entities import entity_key, facts_of, fold, summarise
from dateline.store.schema import (
    STORY_TABLES,
    actors,
    entities,
    entity_facts,
    event_actors,
    events,
    mentions,
    places,
    quotes,
    stories,
)

Row = dict[str, Any]

#: Bound on the number of values in one ``IN (...)``; well under every backend's limit.
IN_CHUNK = 500
#: Names the PostgreSQL advisory lock writers take (any constant; not the migration one).
WRITE_LOCK = 0x64617465776C6B


def content_hash(text: str) -> str:
    """What identifies a story's content: SHA-256 of its text, exactly as it was read."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def record_hash(rec: CodedStory) -> str:
    """The hash a record is stored under: of its text when it has one (the normal case:
    ``dateline code --db`` always keeps the text), else of the record itself, prefixed so
    that it can never be mistaken for a text hash."""
    if rec.text is not None:
        return content_hash(rec.text)
    body = orjson.dumps(rec.to_dict(), option=orjson.OPT_SORT_KEYS)
    return "record:" + hashlib.sha256(body).hexdigest()


def chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _with_unique_ids(rec: CodedStory) -> CodedStory:
    """The record with any duplicate actor, event or quote id renamed, and the renaming
    reported in its errors: one malformed record must not stop a million-story run."""
    fixes: list[str] = []
    for kind, items in (("actor", rec.actors), ("event", rec.events), ("quote", rec.quotes)):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                new = f"{item.id}#{len(seen) + 1}"
                fixes.append(f"store-renamed-id: duplicate {kind} id {item.id!r} stored as {new!r}")
                item.id = new
            seen.add(item.id)
    if fixes:
        rec = replace(rec, errors=[*rec.errors, *fixes])
    return rec


def rows_for(rec: CodedStory, coded_at: str, pks: Iterator[int]) -> dict[Table, list[Row]]:
    """Every row one record becomes, by table; ``pks`` numbers its events."""
    rec = _with_unique_ids(rec)
    sid = rec.id
    by_id = {a.id: a for a in rec.actors}
    entity_of = {a.id: entity_key(sid, a).id for a in rec.actors}
    out: dict[Table, list[Row]] = defaultdict(list)
    out[stories].append(
        {
            "id": sid,
            "content_hash": record_hash(rec),
            "date": rec.date,
            "place": rec.place,
            "country": rec.country,
            "agency": rec.agency,
            "title": rec.title,
            "language": rec.language,
            "text": rec.text,
            "errors": list(rec.errors),
            "coded_at": coded_at,
        }
    )
    for k, a in enumerate(rec.actors):
        out[actors].append(
            {
                "story_id": sid,
                "actor_id": a.id,
                "seq": k,
                "name": a.name,
                "type": a.type,
                "role": a.role,
                "country": a.country,
                "sector": a.sector,
                "aliases": list(a.aliases),
                "entity_id": entity_of[a.id],
            }
        )
        out[mentions].extend(
            {"story_id": sid, "actor_id": a.id, "seq": i, "start_char": s, "end_char": e}
            for i, (s, e) in enumerate(a.mentions)
        )
    for i, p in enumerate(rec.places):
        out[places].append(
            {
                "story_id": sid,
                "seq": i,
                "name": p.name,
                "country": p.country,
                "admin1": p.admin1,
                "lat": p.lat,
                "lon": p.lon,
                "mentions": [list(m) for m in p.mentions],
            }
        )
    for i, e in enumerate(rec.events):
        pk = next(pks)
        out[events].append(
            {
                "pk": pk,
                "story_id": sid,
                "event_id": e.id,
                "seq": i,
                "category": e.category,
                "mode": e.mode,
                "date": e.date,
                "day": e.date or rec.date,
                "place": e.place,
                "country": e.country,
                "text": e.text,
                "span_start": e.span[0],
                "span_end": e.span[1],
                "tense": e.tense,
                "negated": e.negated,
                "hypothetical": e.hypothetical,
                "historical": e.historical,
                "contexts": list(e.contexts),
                "topics": list(e.topics),
                "trigger": e.trigger,
                "confidence": e.confidence,
            }
        )
        for role, refs in (("actor", e.actors), ("recipient", e.recipients)):
            for j, ref in enumerate(refs):
                who: Actor | None = by_id.get(ref)
                out[event_actors].append(
                    {
                        "event_pk": pk,
                        "story_id": sid,
                        "event_id": e.id,
                        "role": role,
                        "seq": j,
                        "actor_id": ref,
                        "entity_id": entity_of.get(ref),
                        "name": who.name if who else None,
                        "country": who.country if who else None,
                        "sector": who.sector if who else None,
                    }
                )
    for i, q in enumerate(rec.quotes):
        out[quotes].append(
            {
                "story_id": sid,
                "quote_id": q.id,
                "seq": i,
                "speaker": q.speaker,
                "speaker_entity": entity_of.get(q.speaker) if q.speaker else None,
                "text": q.text,
                "cue": q.cue,
                "kind": q.kind,
                "span_start": q.span[0],
                "span_end": q.span[1],
            }
        )
    return out


#: ``(entity_id, kind, value) -> change in the number of stories stating it``
FactDeltas = Counter[tuple[str, str, str]]


def _story_facts(
    sid: str, story_actors: Iterable[Actor]
) -> tuple[dict[str, set[tuple[str, str]]], dict[str, tuple[str, str | None]]]:
    """One story's facts per entity (a story counts once however many actors map there)."""
    facts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    kinds: dict[str, tuple[str, str | None]] = {}
    for a in story_actors:
        key = entity_key(sid, a)
        facts[key.id] |= facts_of(a)
        kinds[key.id] = (key.type, key.country)
    return facts, kinds


def write_records(conn: Connection, records: Sequence[CodedStory]) -> int:
    """Replace (or insert) these stories in one transaction the caller holds; returns count.

    The same id twice in ``records`` keeps the last, as storing them one by one would.
    Writers are serialised (SQLite's write lock, a PostgreSQL advisory lock), so event
    numbers can be handed out as max + 1 with no sequence, and a rolled-back chunk leaves
    nothing behind.
    """
    if conn.dialect.name == "postgresql":  # one writer at a time: event numbers, counters
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
    latest = {r.id: r for r in records}
    ids = sorted(latest)
    coded_at = datetime.now(UTC).isoformat(timespec="seconds")
    deltas: FactDeltas = Counter()
    story_deltas: Counter[str] = Counter()

    for part in chunks(ids):
        old = conn.execute(
            select(
                actors.c.story_id,
                actors.c.name,
                actors.c.type,
                actors.c.aliases,
                actors.c.role,
                actors.c.country,
                actors.c.sector,
                actors.c.actor_id,
            ).where(actors.c.story_id.in_(part))
        ).all()
        by_story: dict[str, list[Actor]] = defaultdict(list)
        for r in old:
            by_story[r.story_id].append(
                Actor(
                    id=r.actor_id,
                    name=r.name,
                    type=r.type,
                    aliases=list(r.aliases or []),
                    role=r.role,
                    country=r.country,
                    sector=r.sector,
                )
            )
        for sid, story_actors in by_story.items():
            facts, _ = _story_facts(sid, story_actors)
            for eid, fs in facts.items():
                story_deltas[eid] -= 1
                for kind, value in fs:
                    deltas[(eid, kind, value)] -= 1
        for table in STORY_TABLES:
            conn.execute(delete(table).where(table.c.story_id.in_(part)))
        conn.execute(delete(stories).where(stories.c.id.in_(part)))

    rows: dict[Table, list[Row]] = defaultdict(list)
    new_entities: dict[str, tuple[str, str | None]] = {}
    pks = count(conn.execute(select(func.coalesce(func.max(events.c.pk), 0))).scalar_one() + 1)
    for sid in ids:
        rec = latest[sid]
        for table, table_rows in rows_for(rec, coded_at, pks).items():
            rows[table].extend(table_rows)
        facts, kinds = _story_facts(sid, rec.actors)
        new_entities.update(kinds)
        for eid, fs in facts.items():
            story_deltas[eid] += 1
            for kind, value in fs:
                deltas[(eid, kind, value)] += 1
    for table in (stories, actors, mentions, places, events, event_actors, quotes):
        if rows[table]:
            insert_rows(conn, table, rows[table])
    _apply_entity_deltas(conn, new_entities, deltas, story_deltas)
    return len(ids)


def insert_rows(conn: Connection, table: Table, rows: list[Row]) -> None:
    """Insert fresh rows: ``COPY`` on PostgreSQL, ``executemany`` elsewhere.

    The one place the writer looks at the backend for speed: through SQLAlchemy, even as
    multi-row ``INSERT``s, PostgreSQL took ~150 µs a row (parameter binding of thousands of
    parameters per statement); ``COPY`` in the same transaction takes ~10.
    """
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), rows)
        return
    quote = conn.dialect.identifier_preparer.quote
    cols = [c.name for c in table.c]
    json_cols = {c.name for c in table.c if isinstance(c.type, JSON)}
    sql = f"COPY {quote(table.name)} ({', '.join(map(quote, cols))}) FROM STDIN"
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cur, cur.copy(sql) as copy:
        for r in rows:
            copy.write_row(
                [
                    orjson.dumps(r[c]).decode() if c in json_cols and r[c] is not None else r.get(c)
                    for c in cols
                ]
            )


def _upsert(conn: Connection, table: Table) -> Any:
    """``INSERT`` for ``table`` in the dialect that can say ``ON CONFLICT``."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def _apply_entity_deltas(
    conn: Connection,
    new_entities: dict[str, tuple[str, str | None]],
    deltas: FactDeltas,
    story_deltas: Counter[str],
) -> None:
    """Fold this chunk's fact changes into ``entity_facts`` and recompute touched entities.

    Keys are applied sorted, so two writers on one PostgreSQL lock rows in the same order.
    """
    if new_entities:
        ins = _upsert(conn, entities).on_conflict_do_nothing(index_elements=["id"])
        conn.execute(
            ins,
            [
                {
                    "id": eid,
                    "type": t,
                    "country": c,
                    "name": "",
                    "sector": None,
                    "roles": [],
                    "aliases": [],
                    "n_stories": 0,
                }
                for eid, (t, c) in sorted(new_entities.items())
            ],
        )
    changed = sorted((k, d) for k, d in deltas.items() if d)
    if changed:
        ins = _upsert(conn, entity_facts)
        ins = ins.on_conflict_do_update(
            index_elements=["entity_id", "kind", "value"],
            set_={"n": entity_facts.c.n + ins.excluded.n},
        )
        conn.execute(
            ins,
            [
                {"entity_id": e, "kind": k, "value": v, "folded": fold(v), "n": d}
                for (e, k, v), d in changed
            ],
        )
    story_changed = sorted((e, d) for e, d in story_deltas.items() if d)
    if story_changed:
        conn.execute(
            update(entities)
            .where(entities.c.id == bindparam("eid"))
            .values(n_stories=entities.c.n_stories + bindparam("d")),
            [{"eid": e, "d": d} for e, d in story_changed],
        )
    touched = sorted({e for (e, _, _), _ in changed} | {e for e, _ in story_changed})
    for part in chunks(touched):
        conn.execute(
            delete(entity_facts).where(entity_facts.c.entity_id.in_(part), entity_facts.c.n <= 0)
        )
        conn.execute(delete(entities).where(entities.c.id.in_(part), entities.c.n_stories <= 0))
        facts: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for r in conn.execute(
            select(
                entity_facts.c.entity_id,
                entity_facts.c.kind,
                entity_facts.c.value,
                entity_facts.c.n,
            ).where(entity_facts.c.entity_id.in_(part))
        ):
            facts[r.entity_id].append((r.kind, r.value, r.n))
        updates = []
        for eid in part:
            if eid not in facts:
                continue
            s = summarise(facts[eid])
            updates.append(
                {
                    "eid": eid,
                    "name": s.name,
                    "aliases": s.aliases,
                    "roles": s.roles,
                    "sector": s.sector,
                }
            )
        if updates:
            conn.execute(
                update(entities)
                .where(entities.c.id == bindparam("eid"))
                .values(
                    name=bindparam("name"),
                    aliases=bindparam("aliases"),
                    roles=bindparam("roles"),
                    sector=bindparam("sector"),
                ),
                updates,
            )
