"""Exports: full records as JSON Lines, flat tables as CSV or Parquet, and the PLOVER table.

The flat ``events`` table is the layout event-data users already load (POLECAT/PLOVER
style): one row per event, actor and recipient columns side by side. An event with
several actors lists them in order, ``; ``-joined in CSV (empty where a value is unknown,
so the Nth name, country and sector line up) and as lists in Parquet.

Everything streams a batch of stories at a time: exporting a database of millions of
stories never holds more than one batch in memory.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

import orjson
from sqlalchemy import Connection, and_, select

from dateline.query.events import participants
from dateline.store.read import load_records, story_batches
from dateline.store.schema import actors, entities, events, places, quotes, stories

Row = dict[str, Any]
#: column name -> kind: "str", "int", "float", "bool" or "list" (of strings)
Columns = Sequence[tuple[str, str]]

EVENT_COLUMNS: Columns = (
    ("event_id", "str"),
    ("story_id", "str"),
    ("date", "str"),
    ("event_type", "str"),
    ("mode", "str"),
    ("actor_name", "list"),
    ("actor_country", "list"),
    ("actor_sector", "list"),
    ("actor_entity", "list"),
    ("recipient_name", "list"),
    ("recipient_country", "list"),
    ("recipient_sector", "list"),
    ("recipient_entity", "list"),
    ("place", "str"),
    ("country", "str"),
    ("tense", "str"),
    ("negated", "bool"),
    ("hypothetical", "bool"),
    ("historical", "bool"),
    ("contexts", "list"),
    ("topics", "list"),
    ("trigger", "str"),
    ("confidence", "float"),
    ("agency", "str"),
    ("text", "str"),
)
STORY_COLUMNS: Columns = (
    ("id", "str"),
    ("date", "str"),
    ("place", "str"),
    ("country", "str"),
    ("agency", "str"),
    ("title", "str"),
    ("language", "str"),
    ("errors", "list"),
    ("content_hash", "str"),
    ("coded_at", "str"),
)
ACTOR_COLUMNS: Columns = (
    ("story_id", "str"),
    ("actor_id", "str"),
    ("entity_id", "str"),
    ("name", "str"),
    ("type", "str"),
    ("role", "str"),
    ("country", "str"),
    ("sector", "str"),
    ("aliases", "list"),
)
QUOTE_COLUMNS: Columns = (
    ("story_id", "str"),
    ("quote_id", "str"),
    ("date", "str"),
    ("speaker", "str"),
    ("speaker_name", "str"),
    ("speaker_entity", "str"),
    ("kind", "str"),
    ("cue", "str"),
    ("text", "str"),
    ("span_start", "int"),
    ("span_end", "int"),
)
PLACE_COLUMNS: Columns = (
    ("story_id", "str"),
    ("name", "str"),
    ("country", "str"),
    ("admin1", "str"),
    ("lat", "float"),
    ("lon", "float"),
)
ENTITY_COLUMNS: Columns = (
    ("id", "str"),
    ("name", "str"),
    ("type", "str"),
    ("country", "str"),
    ("sector", "str"),
    ("roles", "list"),
    ("aliases", "list"),
    ("stories", "int"),
)


def event_rows(conn: Connection, ids: Sequence[str]) -> list[Row]:
    ev, st = events.c, stories.c
    rows = conn.execute(
        select(events, st.agency)
        .join(stories, st.id == ev.story_id)
        .where(ev.story_id.in_(ids))
        .order_by(ev.story_id, ev.seq)
    ).all()
    parts = participants(conn, ((r.story_id, r.event_id) for r in rows))
    out = []
    for r in rows:
        row: Row = {
            "event_id": f"{r.story_id}:{r.event_id}",
            "story_id": r.story_id,
            "date": r.day,
            "event_type": r.category,
        }
        for side, role in (("actor", "actor"), ("recipient", "recipient")):
            ps = parts.get((r.story_id, r.event_id, role), [])
            row[f"{side}_name"] = [p["name"] or p["actor_id"] for p in ps]
            for field in ("country", "sector"):
                row[f"{side}_{field}"] = [p[field] or "" for p in ps]
            row[f"{side}_entity"] = [p["entity_id"] or "" for p in ps]
        row.update(
            mode=r.mode,
            place=r.place,
            country=r.country,
            tense=r.tense,
            negated=r.negated,
            hypothetical=r.hypothetical,
            historical=r.historical,
            contexts=list(r.contexts),
            topics=list(r.topics),
            trigger=r.trigger,
            confidence=r.confidence,
            agency=r.agency,
            text=r.text,
        )
        out.append(row)
    return out


def _story_rows(with_text: bool) -> Callable[[Connection, Sequence[str]], list[Row]]:
    def rows(conn: Connection, ids: Sequence[str]) -> list[Row]:
        q = select(stories).where(stories.c.id.in_(ids)).order_by(stories.c.id)
        return [
            {
                c: (list(r.errors) if c == "errors" else getattr(r, c))
                for c in [n for n, _ in STORY_COLUMNS] + (["text"] if with_text else [])
            }
            for r in conn.execute(q)
        ]

    return rows


def _actor_rows(conn: Connection, ids: Sequence[str]) -> list[Row]:
    q = select(actors).where(actors.c.story_id.in_(ids)).order_by(actors.c.story_id, actors.c.seq)
    return [
        {n: (list(r.aliases) if n == "aliases" else getattr(r, n)) for n, _ in ACTOR_COLUMNS}
        for r in conn.execute(q)
    ]


def _quote_rows(conn: Connection, ids: Sequence[str]) -> list[Row]:
    qu, st, ac = quotes.c, stories.c, actors.c
    q = (
        select(quotes, st.date, ac.name.label("speaker_name"))
        .join(stories, st.id == qu.story_id)
        .outerjoin(actors, and_(ac.story_id == qu.story_id, ac.actor_id == qu.speaker))
        .where(qu.story_id.in_(ids))
        .order_by(qu.story_id, qu.seq)
    )
    return [{n: getattr(r, n) for n, _ in QUOTE_COLUMNS} for r in conn.execute(q)]


def _place_rows(conn: Connection, ids: Sequence[str]) -> list[Row]:
    q = select(places).where(places.c.story_id.in_(ids)).order_by(places.c.story_id, places.c.seq)
    return [{n: getattr(r, n) for n, _ in PLACE_COLUMNS} for r in conn.execute(q)]


def _entity_batches(conn: Connection, batch: int = 1000) -> Iterator[list[Row]]:
    last: str | None = None
    while True:
        q = select(entities).order_by(entities.c.id).limit(batch)
        if last is not None:
            q = q.where(entities.c.id > last)
        rows = conn.execute(q).all()
        if not rows:
            return
        yield [
            {
                "id": r.id,
                "name": r.name,
                "type": r.type,
                "country": r.country,
                "sector": r.sector,
                "roles": list(r.roles),
                "aliases": list(r.aliases),
                "stories": r.n_stories,
            }
            for r in rows
        ]
        last = rows[-1].id


TABLES = ("events", "stories", "actors", "quotes", "places", "entities")


def table_batches(
    conn: Connection, table: str, *, with_text: bool = False
) -> tuple[Columns, Iterator[list[Row]]]:
    """The columns of one flat table and its rows, a batch at a time."""
    if table == "entities":
        return ENTITY_COLUMNS, _entity_batches(conn)
    spec: dict[str, tuple[Columns, Callable[[Connection, Sequence[str]], list[Row]]]] = {
        "events": (EVENT_COLUMNS, event_rows),
        "stories": (
            (*STORY_COLUMNS, *((("text", "str"),) if with_text else ())),
            _story_rows(with_text),
        ),
        "actors": (ACTOR_COLUMNS, _actor_rows),
        "quotes": (QUOTE_COLUMNS, _quote_rows),
        "places": (PLACE_COLUMNS, _place_rows),
    }
    if table not in spec:
        raise ValueError(f"unknown table {table!r}: one of {', '.join(TABLES)}")
    columns, rows_of = spec[table]
    return columns, (rows_of(conn, ids) for ids in story_batches(conn))


def write_jsonl(conn: Connection, out: IO[bytes], *, with_text: bool = False) -> int:
    """Every stored record as the coder wrote it, one JSON object per line."""
    n = 0
    for ids in story_batches(conn):
        for rec in load_records(conn, ids, with_text=with_text):
            out.write(orjson.dumps(rec.to_dict()) + b"\n")
            n += 1
    return n


def _cell(value: Any, kind: str) -> Any:
    if kind == "list":
        return "; ".join(value)
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    return value


def write_csv(columns: Columns, batches: Iterator[list[Row]], out: IO[str]) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow([name for name, _ in columns])
    n = 0
    for batch in batches:
        for row in batch:
            w.writerow([_cell(row.get(name), kind) for name, kind in columns])
            n += 1
    return n


def write_parquet(columns: Columns, batches: Iterator[list[Row]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in batches:
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
    return n
