"""The content of a store as plain sorted rows, for comparing two databases."""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import select

from dateline.store import Store
from dateline.store.schema import DATA_TABLES

#: Columns that say when or in which order rows were stored, not what: two runs storing
#: the same stories may differ here only (events are numbered in storage order).
WHEN = {"coded_at", "pk", "event_pk"}


def _plain(value: Any) -> Any:
    return orjson.dumps(value).decode() if isinstance(value, list | dict) else value


def dump(db: str, story_ids: set[str] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every data table (optionally only these stories'), sorted."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with Store(db, readonly=True) as store, store.connect() as conn:
        for table in DATA_TABLES:
            cols = [c for c in table.c if c.name not in WHEN]
            q = select(*cols)
            if story_ids is not None:
                key = table.c.get("story_id") if "story_id" in table.c else table.c.get("id")
                if table.name.startswith("entit"):
                    continue
                q = q.where(key.in_(sorted(story_ids)))
            out[table.name] = sorted(
                (tuple(_plain(v) for v in row) for row in conn.execute(q)), key=repr
            )
    return out
