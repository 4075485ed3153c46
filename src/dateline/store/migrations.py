"""Versioned schema migrations: an ordered list and a ``schema_version`` table.

Why not alembic: the store is embedded (a user runs ``dateline code --db x.db`` and must
get a working database with no ini file, no script directory and no separate command),
the schema is small, and both backends take the same SQLAlchemy Core DDL. A list of
numbered functions gives the same guarantees for this size: each migration runs in its
own transaction together with the row that records it, so a database is always at exactly
one known version, and migrating twice is a no-op.

A new database is created straight from the current metadata (``schema.py``) and stamped
with the latest version; the functions in :data:`MIGRATIONS` after the first only ever
upgrade an existing database from version N-1 to N. To change the schema: edit
``schema.py``, then append a migration that brings a version N-1 database to the same
place. ``tests/test_store.py`` checks that a migrated database matches the metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

from dateline.store.engine import StoreError
from dateline.store.schema import DATA_TABLES, metadata, schema_version

#: Any constant works: it names the lock two processes migrating one PostgreSQL take.
_PG_LOCK = 0x646174656C696E65  # "dateline"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Connection], None]


def _baseline(conn: Connection) -> None:
    metadata.create_all(conn, tables=list(DATA_TABLES))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "stories, actors, mentions, places, events, quotes, entities", _baseline),
)

LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int | None:
    """The database's schema version; ``None`` when it holds no dateline schema at all."""
    if not inspect(conn).has_table(schema_version.name):
        return None
    found = conn.execute(
        select(schema_version.c.version).order_by(schema_version.c.version.desc()).limit(1)
    ).scalar()
    return int(found) if found is not None else None


def migrate(engine: Engine) -> list[Migration]:
    """Bring the database to :data:`LATEST`; returns the migrations that were applied."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
        version = current_version(conn)
        if version is not None and version > LATEST:
            raise StoreError(
                f"the database is at schema version {version}, newer than this "
                f"dateline knows ({LATEST}): upgrade dateline"
            )
        if version is None:
            if _has_data_tables(conn):
                raise StoreError(
                    "the database already has dateline-like tables but no "
                    "schema_version: refusing to guess its version"
                )
            schema_version.create(conn)
            _baseline(conn)
            _stamp(conn, MIGRATIONS)
            return list(MIGRATIONS)
        todo = [m for m in MIGRATIONS if m.version > version]
        for m in todo:
            m.upgrade(conn)
            _stamp(conn, [m])
        return todo


def check(conn: Connection, where: str) -> None:
    """Refuse, with what to do, a database a read-only command cannot read correctly."""
    version = current_version(conn)
    if version is None:
        raise StoreError(
            f"{where} holds no dateline data (create it with `dateline code ... --db {where}`)"
        )
    if version < LATEST:
        raise StoreError(
            f"{where} is at schema version {version}; this dateline needs "
            f"{LATEST}: run `dateline db migrate --db {where}`"
        )
    if version > LATEST:
        raise StoreError(
            f"{where} is at schema version {version}, newer than this "
            f"dateline knows ({LATEST}): upgrade dateline"
        )


def _has_data_tables(conn: Connection) -> bool:
    names = set(inspect(conn).get_table_names())
    return any(t.name in names for t in DATA_TABLES)


def _stamp(conn: Connection, done: list[Migration] | tuple[Migration, ...]) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute(
        schema_version.insert(),
        [{"version": m.version, "name": m.name, "applied_at": now} for m in done],
    )
