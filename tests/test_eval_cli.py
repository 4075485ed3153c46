"""The dev-set scorer's per-part reports (issue 3: `dateline eval actors`)."""

from __future__ import annotations

from dateline.evaluate import run


def test_a_part_keeps_its_section_and_only_its_misses(monkeypatch):
    full = {"benchmark": "dateline dev set", "split": "tune", "stories": 2,
            "actors": {"persons": 3}, "events": {"full": {}}, "quotes": {"speaker": 1.0},
            "misses": ["a", "e", "q"],
            "misses_by_part": {"actors": ["a"], "events": ["e"], "quotes": ["q"]}}
    monkeypatch.setattr(run, "_run_dev", lambda split: full)
    got = run.run_dev("tune", "actors")
    assert got["actors"] == {"persons": 3} and "events" not in got and "quotes" not in got
    assert got["misses"] == ["a"]
    assert run.run_dev("tune") is full
