"""`dateline query`: the questions of the issue, answered from a real store, on both backends."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline import query as q
from dateline.cli import main
from dateline.store import Store

from .records import DZ, HASEK, LI


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def keys(items: list[dict]) -> list[str]:
    return [f"{e['story_id']}:{e['event_id']}" for e in items]


def test_events_between_two_countries_from_a_date_in_one_category(stored: str) -> None:
    out = run(
        "query",
        "events",
        "--between",
        "KAZ",
        "CZE",
        "--from",
        "2015-01-01",
        "--category",
        "CONSULT",
        "--json",
        "--db",
        stored,
    )
    visit, talks = json.loads(out)  # not k3:E1 (2014), not k1:E4 (no KAZ participant)
    assert (visit["story_id"], visit["event_id"], visit["mode"]) == ("k1", "E1", "visit")
    assert [a["name"] for a in visit["actors"]] == ["Mikhal Hasek"]
    assert [(r["name"], r["entity_id"]) for r in visit["recipients"]] == [
        ("Adilbek Dzhaksybekov", DZ)
    ]
    assert (talks["story_id"], talks["mode"]) == ("k2", "multilateral")
    assert {a["country"] for a in talks["actors"]} == {"KAZ", "CHN", "CZE"}


def test_event_filters_combine_and_an_undated_event_takes_its_story_date(stored: str) -> None:
    with Store(stored, readonly=True) as store, store.connect() as conn:
        agree = q.find_events(conn, q.EventFilter(categories=("agree",)))
        in_2014 = q.find_events(conn, q.EventFilter(date_from="2014", date_to="2014"))
        hasek = q.find_events(conn, q.EventFilter(actor="Hasek"))
        china = q.find_events(conn, q.EventFilter(countries=("CHN",)))
    assert keys(agree.items) == ["k1:E2", "k1:E3"]
    assert [(e["date"], e["day"]) for e in agree.items] == [(None, "2015-09-22")] * 2
    assert keys(in_2014.items) == ["k3:E1"]
    assert keys(hasek.items) == ["k3:E1", "k1:E1", "k1:E2", "k1:E3", "k2:E1"]  # Hašek too
    assert keys(china.items) == ["k2:E1"]


def test_pages_keep_the_total_and_do_not_overlap(stored: str) -> None:
    with Store(stored, readonly=True) as store, store.connect() as conn:
        pages = [q.find_events(conn, q.EventFilter(), limit=4, offset=o) for o in (0, 4)]
    assert [p.total for p in pages] == [6, 6]
    assert [len(p.items) for p in pages] == [4, 2]
    assert not set(keys(pages[0].items)) & set(keys(pages[1].items))
    days = [e["day"] for p in pages for e in p.items]
    assert days == sorted(days)


def test_meetings_count_pairs_of_global_actors_across_stories(stored: str) -> None:
    rows = json.loads(run("query", "meetings", "--json", "--db", stored))
    top = rows[0]
    assert (top["a"], top["b"], top["meetings"]) == ("Adilbek Dzhaksybekov", "Mikhal Hasek", 2)
    assert (top["first"], top["last"]) == ("2015-09-22", "2016-03-10")
    pairs = {(r["a_id"], r["b_id"]): r["meetings"] for r in rows}
    assert pairs[(DZ, LI)] == 1 and pairs[(LI, HASEK)] == 1
    assert len(rows) == 4  # + Hašek with the k3 "M. Zeman"; the historical solo visit has no pair


def test_meetings_as_csv_have_a_header_and_one_row_per_pair(stored: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run("query", "meetings", "--csv", "--db", stored))))
    assert list(rows[0]) == ["a", "a country", "b", "b country", "meetings", "first", "last"]
    assert rows[0]["a country"] == "KAZ" and rows[0]["meetings"] == "2"


def test_an_actor_timeline_lists_events_and_quotes_and_keeps_namesakes_apart(stored: str) -> None:
    found = json.loads(run("query", "actor", "Dzhaksybekov", "--json", "--db", stored))
    assert [a["id"] for a in found] == [DZ, "person:-:adilbek-dzhaksybekov"]
    timeline = found[0]["timeline"]
    assert [(t["day"], t["kind"], t["id"], t["part"]) for t in timeline] == [
        ("2015-09-22", "event", "E1", "recipient"),
        ("2015-09-22", "event", "E2", "recipient"),
        ("2015-09-22", "event", "E3", "actor"),
        ("2015-09-22", "quote", "Q1", "speaker"),
        ("2016-03-10", "event", "E1", "actor"),
        ("2016-03-10", "quote", "Q1", "speaker"),
    ]
    assert timeline[0]["with"] == ["Mikhal Hasek"]
    assert found[1]["timeline"] == []


def test_an_actor_timeline_prints_as_a_table_headed_by_the_actor(stored: str) -> None:
    out = run("query", "actor", "hasek", "--db", stored)
    assert f"Mikhal Hasek [{HASEK}]" in out
    assert "CONSULT/visit" in out and "cooperation in education" in out


def test_quotes_by_speaker_match_names_and_aliases_by_whole_words(stored: str) -> None:
    with Store(stored, readonly=True) as store, store.connect() as conn:
        hasek = q.find_quotes(conn, speaker="M. Hasek")
        smith = q.find_quotes(conn, speaker="smith")
        partial = q.find_quotes(conn, speaker="Hase")
    assert [(x["story_id"], x["quote_id"], x["speaker"]["name"]) for x in hasek.items] == [
        ("k1", "Q2", "Mikhal Hasek")
    ]
    assert [x["speaker"]["country"] for x in smith.items] == ["GBR"]
    assert partial.total == 0


def test_quotes_print_as_csv_for_machines(stored: str) -> None:
    out = run("query", "quotes", "--speaker", "Dzhaksybekov", "--csv", "--db", stored)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["text"] for r in rows] == ["Our countries have much in common", "Astana is open"]


def test_stories_and_actors_list_with_filters(stored: str) -> None:
    with Store(stored, readonly=True) as store, store.connect() as conn:
        kaz = q.find_stories(conn, country="kaz")
        czech = q.find_entities(conn, country="CZE", type="person")
    assert [s["id"] for s in kaz.items] == ["k1", "k2"]
    assert czech.items[0]["id"] == HASEK and czech.items[0]["stories"] == 3
    assert czech.total == 3  # Hasek and two story-scoped "M. Zeman"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--category", "MEET"], "not a PLOVER category"),
        (["events", "--from", "22/09/2015"], "not a date"),
        (["events", "--from", "2016", "--to", "2015"], "is after"),
        (["events", "--country", "Kazakhstan"], "three-letter code"),
        (["actor", "Nobody Atall"], "no actor matches"),
    ],
)
def test_a_bad_filter_is_an_error_that_says_what_is_wrong(
    stored: str, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, ["query", *args, "--db", stored])
    assert result.exit_code == 1
    assert message in result.output


def test_querying_a_missing_sqlite_file_fails_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "typo.db"
    result = CliRunner().invoke(main, ["query", "meetings", "--db", str(target)])
    assert result.exit_code == 1 and "no database at" in result.output
    assert not target.exists()


def test_db_info_counts_rows_per_table(stored: str) -> None:
    rows = {r["table"]: r["rows"] for r in json.loads(run("db", "info", "--json", "--db", stored))}
    assert (rows["stories"], rows["events"], rows["event_actors"], rows["quotes"]) == (6, 6, 12, 4)
