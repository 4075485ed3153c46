"""Every store test runs twice: on a SQLite file and on a real PostgreSQL server.

The PostgreSQL server is a throwaway cluster started once per session in a temporary
directory (see ``dateline.store.pgtemp``). Where it cannot start, the PostgreSQL half of
each test skips with the reason locally, and fails in CI (``CI=true``), where a skipped
backend would be a silent hole in the suite.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator

import pytest

from dateline.store.pgtemp import PostgresUnavailable, TempPostgres

_names = itertools.count(1)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def postgres() -> Iterator[TempPostgres]:
    pg = TempPostgres()
    try:
        pg.start()
    except PostgresUnavailable as exc:
        if in_ci():
            pytest.fail(f"PostgreSQL could not be started, and CI must test it: {exc}")
        pytest.skip(f"PostgreSQL unavailable here ({exc}); `make test` installs it")
    yield pg
    pg.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request: pytest.FixtureRequest, tmp_path) -> Callable[[], str]:
    """Makes fresh, empty databases of this test's backend: SQLite paths or postgresql:// URLs."""
    if request.param == "sqlite":
        return lambda: str(tmp_path / f"dateline-{next(_names)}.db")
    pg: TempPostgres = request.getfixturevalue("postgres")
    return lambda: pg.create_database(f"test_{next(_names)}")


@pytest.fixture
def db(new_db: Callable[[], str]) -> str:
    """A fresh, empty database of this test's backend."""
    return new_db()


@pytest.fixture
def stored(db: str) -> str:
    """A database holding the sample stories of ``records.py``, one transaction each."""
    from dateline.store import Store

    from .records import all_stories

    with Store(db) as store:
        for rec in all_stories():
            store.write([rec])
    return db
