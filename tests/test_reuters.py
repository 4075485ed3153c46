"""Reuters-21578 SGML: every one of the 21,578 stories is read, none crashes."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.read import read_bytes, read_paths

from .conftest import REUTERS, need


@pytest.mark.slow
def test_all_21578_reuters_stories_are_read_with_no_crash():
    files = sorted(str(p) for p in need(REUTERS).glob("reut2-*.sgm"))
    assert len(files) == 22
    stories = list(read_paths(files))
    assert len(stories) == 21_578
    assert len({s.id for s in stories}) == 21_578
    kinds = Counter(e.split(":")[0] for s in stories for e in s.errors)
    # Only the documented problems: TYPE="BRIEF" records without a body and the one
    # invalid byte in reut2-017.sgm; no reader failures.
    assert set(kinds) <= {"no-body", "invalid-utf8"}
    assert kinds["invalid-utf8"] == 1
    dated = sum(1 for s in stories if s.date and s.date.startswith("1987-"))
    assert dated == 21_578
    with_place = sum(1 for s in stories if s.place)
    assert with_place > 19_000


def test_reuters_record_fields_entities_and_controls():
    data = need(REUTERS / "reut2-000.sgm").read_bytes()
    first = next(iter(read_bytes(data, "reut2-000.sgm")))
    assert first.id == "reuters-1"
    assert first.date == "1987-02-26"
    assert first.title == "BAHIA COCOA REVIEW"
    assert (first.place, first.agency) == ("Salvador", "Reuters")
    assert first.text.startswith("Showers continued throughout the week")
    assert not any(ord(c) < 9 for c in first.text)
    assert not first.text.rstrip().endswith("Reuter")


def test_the_invalid_byte_in_reut2_017_touches_only_its_own_story():
    data = need(REUTERS / "reut2-017.sgm").read_bytes()
    stories = list(read_bytes(data, "reut2-017.sgm"))
    bad = [s for s in stories if any(e.startswith("invalid-utf8") for e in s.errors)]
    assert len(bad) == 1
    assert "\ufffd" in bad[0].text or "\ufffd" in (bad[0].title or "")
    assert len(stories) == 1000


def test_quoted_headlines_under_a_verbless_root_code_without_timing_out(coder, monkeypatch):
    # reuters-2634, a correction notice of quoted headlines, once sent the quote step into
    # an endless climb towards a verb; it must now code promptly and without errors.
    data = need(REUTERS / "reut2-002.sgm").read_bytes()
    (story,) = [s for s in read_bytes(data, "reut2-002.sgm") if s.id == "reuters-2634"]
    monkeypatch.setattr(coder, "step_seconds", 10)
    (rec,) = coder.code([story])
    assert rec.errors == []
    assert rec.quotes
