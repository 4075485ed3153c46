"""The store: coded stories in SQLite (a plain path) or PostgreSQL (a ``postgresql://`` URL).

:class:`Store` is the one object the CLI, the API and the benchmarks open. Opened for
writing it migrates the schema first; opened read-only it refuses a database it cannot
read correctly, and the database itself refuses writes.

    with Store("dateline.db") as store:
        for rec in store.ingest(code_stories(store.skip_stored(stories), with_text=True)):
            ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from types import TracebackType

from sqlalchemy import Connection, select

from dateline.model import CodedStory, Story
from dateline.store.engine import (
    DEFAULT_DB,
    StoreError,
    default_db,
    describe,
    make_engine,
    resolve_url,
)
from dateline.store.migrations import check, migrate
from dateline.store.schema import stories
from dateline.store.write import chunks, content_hash, write_records

__all__ = ["DEFAULT_DB", "Store", "StoreError", "content_hash", "default_db"]


class Store:
    """A database of coded stories. Not shared between processes: open one per process."""

    def __init__(self, target: str, *, readonly: bool = False) -> None:
        self.target = target
        self.url = resolve_url(target)
        self.where = describe(self.url)
        self.readonly = readonly
        self.engine = make_engine(target, readonly=readonly)
        self.stored = 0
        self.skipped = 0
        try:
            if readonly:
                with self.engine.connect() as conn:
                    check(conn, self.where)
            else:
                migrate(self.engine)
        except Exception:
            self.engine.dispose()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def optimize(self) -> None:
        """Refresh the planner's statistics after a large load: ``VACUUM ANALYZE`` on
        PostgreSQL (what autovacuum does in time; it also lets counts use index-only
        scans), ``ANALYZE`` on SQLite."""
        with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM ANALYZE"
                )
            else:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()

    def connect(self) -> Connection:
        return self.engine.connect()

    def stored_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """``story id -> content hash`` for those of ``ids`` already stored."""
        wanted = sorted(set(ids))
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for part in chunks(wanted):
                q = select(stories.c.id, stories.c.content_hash).where(stories.c.id.in_(part))
                out.update((r.id, r.content_hash) for r in conn.execute(q))
        return out

    def skip_stored(self, items: Iterable[Story], chunk: int = 256) -> Iterator[Story]:
        """The stories not already stored with the same text: what a resumed run still has
        to code. Checked a chunk at a time, before any NLP, so skipping costs one indexed
        lookup per chunk, never a coding pass."""
        it = iter(items)
        while batch := list(islice(it, chunk)):
            known = self.stored_hashes(s.id for s in batch)
            for s in batch:
                if known.get(s.id) == content_hash(s.text):
                    self.skipped += 1
                else:
                    yield s

    def write(self, records: Sequence[CodedStory]) -> None:
        """Store (or replace) these records in one transaction: all of them or none."""
        if not records:
            return
        with self.engine.begin() as conn:
            self.stored += write_records(conn, records)

    def ingest(
        self, records: Iterable[CodedStory], commit_every: int = 64, keep_text: bool = True
    ) -> Iterator[CodedStory]:
        """Store records as they stream past, committing every ``commit_every``; yields each
        record once it is committed (without its text unless ``keep_text``).

        A kill loses at most the uncommitted chunk, which the next run codes again.
        """
        buf: list[CodedStory] = []

        def flush() -> Iterator[CodedStory]:
            self.write(buf)
            for rec in buf:
                if not keep_text:
                    rec.text = None
                yield rec
            buf.clear()

        for rec in records:
            buf.append(rec)
            if len(buf) >= commit_every:
                yield from flush()
        if buf:
            yield from flush()
