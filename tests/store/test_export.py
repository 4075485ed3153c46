"""`dateline export` and `dateline db load`: records and flat tables out, records back in."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson
import pyarrow.parquet as pq
from click.testing import CliRunner

from dateline.cli import main
from dateline.model import coded_from_dict

from .dump import dump
from .records import all_stories


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_jsonl_export_gives_back_every_record_as_coded(stored: str) -> None:
    out = run("export", "--format", "jsonl", "--with-text", "--db", stored)
    got = {d["id"]: d for d in map(orjson.loads, out.splitlines())}
    assert got == {r.id: orjson.loads(orjson.dumps(r.to_dict())) for r in all_stories()}


def test_plover_export_is_one_row_per_event_with_actor_and_recipient_columns(stored: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "plover", "--db", stored))))
    assert len(rows) == 6
    assert list(rows[0])[:8] == [
        "event_id",
        "story_id",
        "date",
        "event_type",
        "mode",
        "actor_name",
        "actor_country",
        "actor_sector",
    ]
    visit = next(r for r in rows if r["event_id"] == "k1:E1")
    assert (
        visit["event_type"],
        visit["mode"],
        visit["actor_name"],
        visit["actor_country"],
        visit["recipient_name"],
        visit["recipient_country"],
        visit["date"],
        visit["agency"],
    ) == (
        "CONSULT",
        "visit",
        "Mikhal Hasek",
        "CZE",
        "Adilbek Dzhaksybekov",
        "KAZ",
        "2015-09-22",
        "Kazinform",
    )
    talks = next(r for r in rows if r["event_id"] == "k2:E1")
    assert talks["actor_name"] == "Adilbek Dzhaksybekov; Li Wei; Mikhal Hasek"
    assert talks["actor_country"] == "KAZ; CHN; CZE"
    historical = next(r for r in rows if r["event_id"] == "k1:E4")
    assert (historical["historical"], historical["recipient_name"]) == ("true", "")


def test_parquet_export_keeps_lists_as_lists(stored: str, tmp_path: Path) -> None:
    target = tmp_path / "events.parquet"
    run("export", "--format", "parquet", "--table", "events", "-o", str(target), "--db", stored)
    table = pq.read_table(target).to_pylist()
    talks = next(r for r in table if r["event_id"] == "k2:E1")
    assert talks["actor_country"] == ["KAZ", "CHN", "CZE"]
    assert talks["negated"] is False and talks["confidence"] == 0.8


def test_csv_tables_for_actors_and_entities(stored: str) -> None:
    actors = list(
        csv.DictReader(
            io.StringIO(run("export", "--format", "csv", "--table", "actors", "--db", stored))
        )
    )
    entities = list(
        csv.DictReader(
            io.StringIO(run("export", "--format", "csv", "--table", "entities", "--db", stored))
        )
    )
    assert len(actors) == 12
    assert {a["entity_id"] for a in actors} == {e["id"] for e in entities}
    hasek = next(e for e in entities if e["name"] == "Mikhal Hasek")
    assert (hasek["aliases"], hasek["stories"]) == ("M. Hasek; Mikhal Hašek", "3")


def test_parquet_needs_an_output_file(stored: str) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "parquet", "--db", stored])
    assert result.exit_code == 2 and "needs -o" in result.output


def test_loading_an_export_into_another_database_gives_the_same_content(
    stored: str, new_db, tmp_path: Path
) -> None:
    exported = tmp_path / "coded.jsonl"
    run("export", "--format", "jsonl", "--with-text", "-o", str(exported), "--db", stored)
    copy = new_db()
    run("db", "load", str(exported), "--db", copy)
    run("db", "load", str(exported), "--db", copy)  # twice: still one copy
    assert dump(copy) == dump(stored)


def test_records_loaded_without_text_are_stored_once(db: str, tmp_path: Path) -> None:
    coded = tmp_path / "coded.jsonl"
    records = [r.to_dict() for r in all_stories()]
    for r in records:
        del r["text"]
    coded.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    run("db", "load", str(coded), "--db", db)
    run("db", "load", str(coded), "--db", db)
    out = run("export", "--format", "jsonl", "--db", db)
    assert [coded_from_dict(orjson.loads(x)).id for x in out.splitlines()] == sorted(
        r["id"] for r in records
    )
