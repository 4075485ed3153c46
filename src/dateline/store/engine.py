"""Where a store lives: a plain path means a SQLite file, a ``postgresql://`` URL a server.

Everything above this module speaks SQLAlchemy Core and never asks which backend it has,
except for the one upsert that each dialect spells its own way (see ``write.upsert``).

SQLite is opened the way a crash-safe embedded store needs: write-ahead logging (readers
never block the writer, so ``dateline serve`` can answer while ``dateline code`` stores),
``synchronous=NORMAL`` (a killed process never loses a committed chunk; only a power cut
can lose the last ones, never corrupt the file), and transactions begun by us rather than
by pysqlite, whose legacy mode would commit silently before every DDL statement and make
migrations non-atomic.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

#: What ``--db`` means when it is not given.
DEFAULT_DB = "dateline.db"
ENV_DB = "DATELINE_DB"


class StoreError(Exception):
    """A store that cannot be used as asked (missing file, wrong schema version, bad URL)."""


def default_db() -> str:
    return os.environ.get(ENV_DB) or DEFAULT_DB


def resolve_url(target: str) -> URL:
    """``dateline.db`` -> ``sqlite:///dateline.db``; ``postgresql://u@h/db`` -> psycopg 3.

    Only SQLite and PostgreSQL are tested, so only they are accepted.
    """
    if "://" not in target:
        return URL.create("sqlite", database=str(Path(target).expanduser()))
    url = make_url(target)
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return url
    raise StoreError(
        f"unsupported database URL {target!r}: use a file path (SQLite) or a postgresql:// URL"
    )


def describe(url: URL) -> str:
    """The URL as it may be shown to a person: never with its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _json_dumps(obj: Any) -> str:
    return orjson.dumps(obj).decode()


def make_engine(target: str, *, readonly: bool = False) -> Engine:
    """An engine for ``target``; ``readonly`` engines refuse every write at the database level.

    A read-only SQLite engine requires the file to exist (a query against a typo must not
    leave an empty ``dateline.db`` behind).
    """
    url = resolve_url(target)
    common: dict[str, Any] = {"json_serializer": _json_dumps, "json_deserializer": orjson.loads}
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, readonly, common)
    connect_args: dict[str, Any] = {}
    if readonly:
        connect_args["options"] = "-c default_transaction_read_only=on"
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True, **common)
    # One multi-row INSERT per thousand rows instead of one statement per row: psycopg's
    # pipelined executemany still pays a server round trip per row, which made storing
    # several times slower than on SQLite.
    engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def _sqlite_engine(url: URL, readonly: bool, common: dict[str, Any]) -> Engine:
    path = url.database
    if path and path != ":memory:":
        if readonly and not Path(path).exists():
            raise StoreError(
                f"no database at {path} (create one with `dateline code ... --db {path}`)"
            )
        if not readonly:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if readonly:
            url = url.set(
                database=f"file:{Path(path).resolve()}?mode=ro", query={**url.query, "uri": "true"}
            )
    engine = create_engine(url, connect_args={"check_same_thread": False}, **common)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see module docstring)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: two writers queue on busy_timeout
        # instead of deadlocking when both try to upgrade a read lock.
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine
