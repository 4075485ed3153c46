"""Readers: each format becomes stories with the right fields; spans stay valid."""

from __future__ import annotations

import csv
import io
import json

from dateline.read import read_bytes, read_paths
from dateline.read.base import choose_format

from .conftest import KAZINFORM, need


def one(data: bytes, name: str):
    stories = list(read_bytes(data, name))
    assert len(stories) == 1, stories
    return stories[0]


def test_wire_text_header_and_dateline_from_the_kazinform_example():
    (story,) = list(read_paths([str(need(KAZINFORM))]))
    assert story.id == "kazinform-2015-09-22"
    assert story.date == "2015-09-22"
    assert story.place == "Astana"
    assert story.agency == "Kazinform"
    assert story.text[story.body_start :].startswith("Today, Mayor of Astana")
    assert story.errors == []


def test_wire_text_keeps_the_file_text_exactly_so_spans_point_into_it():
    raw = "date 2020-01-02\nLIMA, Jan 2 (Reuters) - Peru's president met envoys.\n"
    story = one(raw.encode(), "x.txt")
    assert story.text == raw
    assert story.text[story.body_start :].startswith("Peru's president")
    assert (story.place, story.agency, story.date) == ("Lima", "Reuters", "2020-01-02")


def test_jsonl_fields_map_onto_the_story_and_dateline_in_text_is_parsed():
    line = {
        "id": "s1",
        "text": "ANKARA (AP) — Turkey said on Monday it would talk.",
        "date": "2021-05-03",
        "title": "Talks",
        "url": "http://example.org/1",
    }
    story = one((json.dumps(line) + "\n").encode(), "in.jsonl")
    assert (story.id, story.date, story.title, story.url) == (
        "s1",
        "2021-05-03",
        "Talks",
        "http://example.org/1",
    )
    assert (story.place, story.agency) == ("Ankara", "AP")


def test_jsonl_bad_lines_each_yield_one_error_record_and_the_rest_are_read():
    data = b'{"id": "a", "text": "LONDON - Fine."}\n[1, 2]\nnot json\n{"id": "b"}\n'
    stories = list(read_bytes(data, "in.jsonl"))
    assert len(stories) == 4
    assert stories[0].errors == []
    assert "not-an-object" in stories[1].errors[0]
    assert "bad-json" in stories[2].errors[0]
    assert "no-text" in stories[3].errors[0]


def test_csv_with_text_column_reads_each_row():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "date", "Text"])
    w.writerow(["r1", "2019-11-28", "BEIJING, Nov. 28 (Xinhua) -- China and Laos signed a pact."])
    w.writerow(["r2", "", "Plain text with, commas."])
    stories = list(read_bytes(buf.getvalue().encode(), "rows.csv"))
    assert [s.id for s in stories] == ["r1", "r2"]
    assert (stories[0].place, stories[0].agency, stories[0].date) == (
        "Beijing",
        "Xinhua",
        "2019-11-28",
    )
    assert stories[1].errors == []


def test_csv_without_a_text_column_reports_it_on_every_row():
    stories = list(read_bytes(b"id,headline\n1,a\n2,b\n", "rows.csv"))
    assert len(stories) == 2
    assert all("no-text-column" in s.errors[0] for s in stories)


def test_html_main_text_title_and_date_are_extracted():
    page = b"""<!doctype html><html><head><title>Envoy visits | Example News</title>
    <meta property="article:published_time" content="2022-03-04T10:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Envoy visits Lima</h1>
    <p>LIMA, March 4 (Reuters) - Peruvian Trade Minister Ana Lucia Quispe met the Chilean envoy
    on Friday to discuss a new trade agreement between the two Pacific neighbours.</p>
    <p>Quispe said the talks had been productive and that both sides wanted a deal by June.</p>
    </article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""
    story = one(page, "page.html")
    assert story.date == "2022-03-04"
    assert story.title and "Envoy visits" in story.title
    assert "Quispe said the talks" in story.text
    assert "Copyright" not in story.text
    assert story.place == "Lima"


def test_extension_is_confirmed_by_sniffing_the_content():
    assert choose_format("x.txt", b'{"id": 1, "text": "a"}') == "jsonl"
    assert choose_format("x.txt", b"<!DOCTYPE html><html>") == "html"
    assert choose_format("x.dat", b"WASHINGTON (Reuters) - text") == "text"
    assert choose_format("x.sgm", b"<!DOCTYPE lewis SYSTEM") == "sgml"


def test_directories_are_read_recursively_in_sorted_order_skipping_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("PARIS - Second story.")
    (tmp_path / "a.txt").write_text("ROME - First story.")
    (tmp_path / "notes.md").write_text("not a story")
    (tmp_path / ".hidden.txt").write_text("ignored")
    ids = [s.id for s in read_paths([str(tmp_path)])]
    assert ids == ["a", "two"]
