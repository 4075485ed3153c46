"""The `dateline code` command and the output contract of every record."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.cli import main
from dateline.read import read_paths
from dateline.runner import code_stories

from .conftest import KAZINFORM, REUTERS, need

CONTRACT = {
    "id": str,
    "date": (str, type(None)),
    "place": (str, type(None)),
    "country": (str, type(None)),
    "agency": (str, type(None)),
    "title": (str, type(None)),
    "language": (str, type(None)),
    "actors": list,
    "places": list,
    "events": list,
    "quotes": list,
    "errors": list,
}


def test_kazinform_record_has_date_place_country_agency():
    result = CliRunner().invoke(main, ["code", str(need(KAZINFORM))])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    rec = json.loads(line)
    assert (rec["date"], rec["place"], rec["country"], rec["agency"]) == (
        "2015-09-22",
        "Astana",
        "KAZ",
        "Kazinform",
    )
    for key, typ in CONTRACT.items():
        assert isinstance(rec[key], typ), key


def test_every_key_of_the_contract_is_present_even_for_an_uncodable_story(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "g.txt").write_text("ROME - Italy and Chile held talks on trade.")
    result = CliRunner().invoke(main, ["code", str(tmp_path)])
    for line in result.stdout.splitlines():
        rec = json.loads(line)
        assert set(CONTRACT) <= set(rec)
        for key, typ in CONTRACT.items():
            assert isinstance(rec[key], typ), key
        assert "text" not in rec


def test_stdin_is_read_when_the_path_is_dash():
    data = '{"id": "x1", "text": "MOSCOW, March 5 (Interfax) - Russia said it was ready."}\n'
    result = CliRunner().invoke(main, ["code", "-"], input=data)
    assert result.exit_code == 0
    rec = json.loads(result.stdout)
    assert (rec["id"], rec["place"], rec["agency"], rec["country"]) == (
        "x1",
        "Moscow",
        "Interfax",
        "RUS",
    )


def test_with_text_adds_the_story_text_that_spans_point_into():
    result = CliRunner().invoke(main, ["code", "--with-text", str(need(KAZINFORM))])
    rec = json.loads(result.stdout)
    text = need(KAZINFORM).read_text()
    assert rec["text"] == text
    for place in rec["places"]:
        for s, e in place["mentions"]:
            assert text[s:e].lower() == text[s:e].lower().strip() and text[s:e]


def test_two_workers_give_the_same_records_in_the_same_order_as_one():
    files = [str(need(REUTERS / "reut2-003.sgm"))]
    stories = list(read_paths(files))[:150]
    one = [r.to_dict() for r in code_stories(stories, workers=1)]
    two = [r.to_dict() for r in code_stories(stories, workers=2, chunk_size=16)]
    assert [r["id"] for r in one] == [s.id for s in stories]
    assert one == two


def test_help_documents_every_option():
    result = CliRunner().invoke(main, ["code", "--help"])
    for opt in (
        "--output",
        "--workers",
        "--model",
        "--batch-size",
        "--max-chars",
        "--with-text",
        "--progress",
    ):
        assert opt in result.output
