"""Storing: exact round trips, replace-not-duplicate, resume, entities, migrations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, insert, inspect, select
from sqlalchemy.exc import DBAPIError

from dateline.model import Actor, Story
from dateline.store import Store, StoreError, content_hash
from dateline.store.migrations import LATEST, current_version, migrate
from dateline.store.read import load_records
from dateline.store.schema import (
    DATA_TABLES,
    actors,
    entities,
    metadata,
    schema_version,
    stories,
)

from .dump import dump
from .records import DZ, HASEK, all_stories, story_k1


def _counts(db: str) -> dict[str, int]:
    with Store(db, readonly=True) as store, store.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in DATA_TABLES
        }


def _entity(db: str, eid: str) -> dict | None:
    with Store(db, readonly=True) as store, store.connect() as conn:
        row = conn.execute(select(entities).where(entities.c.id == eid)).first()
        return dict(row._mapping) if row else None


def test_a_stored_record_reads_back_exactly_as_coded(stored: str) -> None:
    want = {r.id: r.to_dict() for r in all_stories()}
    with Store(stored, readonly=True) as store, store.connect() as conn:
        got = {r.id: r.to_dict() for r in load_records(conn, sorted(want))}
    assert got == want


def test_storing_the_same_stories_again_keeps_one_copy_of_each(stored: str) -> None:
    before = _counts(stored)
    with Store(stored) as store:
        store.write(all_stories())
        store.write(all_stories()[:2])
    assert _counts(stored) == before
    assert before["stories"] == 6 and before["events"] == 6 and before["quotes"] == 4


def test_recoding_a_changed_story_replaces_its_rows_and_its_entity_counts(stored: str) -> None:
    changed = story_k1()
    changed.text = changed.text + " Updated."
    changed.actors = [a for a in changed.actors if a.id != "A2"]  # Hasek no longer found
    changed.events, changed.quotes = [], []
    with Store(stored) as store:
        store.write([changed])
    with Store(stored, readonly=True) as store, store.connect() as conn:
        (back,) = load_records(conn, ["k1"])
        hashes = (
            conn.execute(select(stories.c.content_hash).where(stories.c.id == "k1")).scalars().all()
        )
    assert back.to_dict() == changed.to_dict()
    assert hashes == [content_hash(changed.text)]
    hasek = _entity(stored, HASEK)
    assert hasek is not None and hasek["n_stories"] == 2  # k2 and k3 remain; k1 left
    assert "M. Hasek" not in hasek["aliases"]  # the alias only k1 gave is gone with it


def test_an_entity_no_story_mentions_any_more_is_removed(db: str) -> None:
    with Store(db) as store:
        store.write([story_k1()])
        gone = story_k1()
        gone.actors = [a for a in gone.actors if a.id != "A2"]
        gone.text = "changed"
        store.write([gone])
    assert _entity(db, HASEK) is None
    assert _entity(db, DZ) is not None


def test_the_same_person_across_stories_is_one_entity_with_aliases_gathered(stored: str) -> None:
    dz = _entity(stored, DZ)
    assert dz is not None
    assert (dz["name"], dz["country"], dz["n_stories"]) == ("Adilbek Dzhaksybekov", "KAZ", 2)
    assert sorted(dz["aliases"]) == ["A. Dzhaksybekov", "Mr Dzhaksybekov"]
    assert dz["roles"] == ["Mayor of Astana"] and dz["sector"] == "GOV"
    hasek = _entity(stored, HASEK)  # "Mikhal Hasek" (k1, k2) and "Mikhal Hašek" (k3)
    assert hasek is not None
    assert (hasek["name"], hasek["n_stories"]) == ("Mikhal Hasek", 3)
    assert hasek["aliases"] == ["M. Hasek", "Mikhal Hašek"]
    assert hasek["roles"] == ["Governor of South Moravia", "Governor"]  # most stories first


def test_people_who_share_a_name_are_not_merged_without_agreeing_evidence(stored: str) -> None:
    with Store(stored, readonly=True) as store, store.connect() as conn:
        ids = set(conn.execute(select(entities.c.id)).scalars())
        linked = dict(
            conn.execute(
                select(actors.c.story_id + "/" + actors.c.actor_id, actors.c.entity_id)
            ).all()
        )
    assert {"person:GBR:john-smith", "person:USA:john-smith"} <= ids  # countries disagree
    assert linked["s2/A2"] == "person:USA:smith@s2"  # a bare surname stays in its story
    assert linked["k1/A3"] != linked["k3/A2"]  # "M. Zeman" twice: initials are no evidence
    assert linked["s3/A1"] == "person:-:adilbek-dzhaksybekov"  # no country: not the KAZ one
    assert linked["k1/A1"] == linked["k2/A1"] == DZ


def test_entities_do_not_depend_on_the_order_stories_were_stored_in(
    new_db: Callable[[], str],
) -> None:
    forward, backward = new_db(), new_db()
    with Store(forward) as store:
        store.write(all_stories())
    with Store(backward) as store:
        for rec in reversed(all_stories()):
            store.write([rec])
    assert dump(forward) == dump(backward)


def test_skip_stored_lets_through_only_new_or_changed_stories(stored: str) -> None:
    k1 = story_k1()
    assert k1.text is not None
    incoming = [
        Story(id="k1", text=k1.text),
        Story(id="k1b", text=k1.text),
        Story(id="k2", text="a different text now"),
    ]
    with Store(stored) as store:
        todo = [s.id for s in store.skip_stored(incoming)]
        assert todo == ["k1b", "k2"]
        assert store.skipped == 1


def test_a_duplicate_actor_id_is_stored_renamed_and_reported_not_fatal(db: str) -> None:
    rec = story_k1()
    rec.actors.append(Actor(id="A1", name="Somebody Else", country="KAZ"))
    with Store(db) as store:
        store.write([rec])
    with Store(db, readonly=True) as store, store.connect() as conn:
        (back,) = load_records(conn, ["k1"])
    assert [a.id for a in back.actors] == ["A1", "A2", "A3", "A1#4"]
    assert any(e.startswith("store-renamed-id: duplicate actor id 'A1'") for e in back.errors)


def test_ingest_commits_every_chunk_and_yields_records_without_text_unless_kept(db: str) -> None:
    with Store(db) as store:
        out = list(store.ingest(all_stories(), commit_every=4, keep_text=False))
    assert [r.id for r in out] == [r.id for r in all_stories()]
    assert all(r.text is None for r in out)
    assert _counts(db)["stories"] == 6


def test_a_new_database_is_at_the_latest_version_and_matches_the_metadata(db: str) -> None:
    with Store(db) as store:
        assert migrate(store.engine) == []  # migrating again is a no-op
        with store.connect() as conn:
            assert current_version(conn) == LATEST
            insp = inspect(conn)
            tables = set(insp.get_table_names())
            assert tables == set(metadata.tables)
            for table in metadata.sorted_tables:
                assert [c["name"] for c in insp.get_columns(table.name)] == [
                    c.name for c in table.c
                ], table.name
                assert {i["name"] for i in insp.get_indexes(table.name)} == {
                    i.name for i in table.indexes
                }, table.name


def test_a_database_from_a_newer_dateline_is_refused(db: str) -> None:
    with Store(db) as store, store.engine.begin() as conn:
        conn.execute(
            insert(schema_version),
            {"version": LATEST + 1, "name": "future", "applied_at": "2099-01-01"},
        )
    with pytest.raises(StoreError, match="newer than this dateline"):
        Store(db)
    with pytest.raises(StoreError, match="newer than this dateline"):
        Store(db, readonly=True)


def test_a_read_only_store_cannot_write(stored: str) -> None:
    with (
        Store(stored, readonly=True) as store,
        pytest.raises(DBAPIError, match=r"(?i)read.?only"),
        store.engine.begin() as conn,
    ):
        conn.execute(stories.delete())
    assert _counts(stored)["stories"] == 6


def test_a_plain_path_is_sqlite_and_a_postgres_url_uses_psycopg() -> None:
    from dateline.store.engine import resolve_url

    assert resolve_url("x/dateline.db").get_backend_name() == "sqlite"
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    with pytest.raises(StoreError, match="unsupported"):
        resolve_url("mysql://u@h/db")
