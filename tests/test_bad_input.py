"""Bad input: a clear message in the story's record, the batch goes on, nothing is lost."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import main

GOOD = (
    "date 2021-04-07\nWARSAW. PAP - Polish Senator Jan Kowalski met the Turkish envoy on Tuesday.\n"
)


@pytest.fixture
def run(tmp_path):
    def _run(*files: tuple[str, bytes], extra: tuple[str, ...] = ()):
        paths = []
        for name, data in files:
            p = tmp_path / name
            p.write_bytes(data)
            paths.append(str(p))
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(main, ["code", *paths, "-o", str(out), *extra])
        records = [json.loads(x) for x in out.read_text().splitlines()] if out.exists() else []
        return result, records

    return _run


def errors_of(records, sid):
    (rec,) = [r for r in records if r["id"] == sid]
    return rec["errors"]


def test_empty_file_gets_an_error_record_and_the_batch_goes_on(run):
    result, records = run(("empty.txt", b""), ("good.txt", GOOD.encode()))
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in records] == ["empty", "good"]
    assert errors_of(records, "empty")[0].startswith("empty:")
    assert errors_of(records, "good") == []


def test_binary_file_is_reported_not_coded(run):
    result, records = run(("blob.txt", bytes(range(256)) * 40), ("good.txt", GOOD.encode()))
    assert result.exit_code == 0
    assert errors_of(records, "blob")[0].startswith("binary:")


def test_invalid_utf8_is_replaced_reported_and_still_coded(run):
    data = GOOD.replace("Turkish", "Turk\xfcsh").encode("latin-1")
    result, records = run(("latin.txt", data))
    assert result.exit_code == 0
    (rec,) = records
    assert rec["errors"][0].startswith("invalid-utf8:")
    assert rec["date"] == "2021-04-07" and rec["place"] == "Warsaw"
    assert any(a["name"].endswith("Kowalski") for a in rec["actors"])


def test_a_5_mb_story_is_refused_with_a_clear_message_and_the_batch_goes_on(run):
    huge = ("WARSAW - " + "The minister spoke. " * 262_144).encode()
    assert len(huge) > 5_000_000
    result, records = run(("huge.txt", huge), ("good.txt", GOOD.encode()))
    assert result.exit_code == 0
    err = errors_of(records, "huge")[0]
    assert err.startswith("too-long:") and "--max-chars" in err
    assert errors_of(records, "good") == []


def test_control_characters_are_replaced_and_reported(run):
    data = GOOD.replace("met", "met\x07\x1b").encode()
    result, records = run(("ctl.txt", data))
    assert result.exit_code == 0
    (rec,) = records
    assert rec["errors"] == ["control-characters: 2 control character(s) replaced by spaces"]


def test_csv_without_text_column_reports_each_row(run):
    result, records = run(
        ("rows.csv", b"id,headline\nr1,Hello\nr2,World\n"), ("good.txt", GOOD.encode())
    )
    assert result.exit_code == 0
    assert [r["id"] for r in records] == ["r1", "r2", "good"]
    assert all(
        e[0].startswith("no-text-column:")
        for e in (errors_of(records, "r1"), errors_of(records, "r2"))
    )


def test_json_line_that_is_not_an_object_reports_its_line(run):
    data = b'{"id": "ok", "text": "ROME - Italy and Chile held talks."}\n"a string"\n'
    result, records = run(("in.jsonl", data))
    assert result.exit_code == 0
    assert [r["id"] for r in records] == ["ok", "in:2"]
    assert "line 2 is a JSON str" in errors_of(records, "in:2")[0]


def test_exit_status_is_nonzero_when_nothing_could_be_read(run):
    result, records = run(("empty.txt", b""), ("blob.bin", b"\x00\x01" * 100))
    assert result.exit_code == 1
    assert len(records) == 2
    assert "nothing could be read" in result.stderr


def test_unusable_arguments_exit_with_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["code", "--workers", "0", str(tmp_path)])
    assert result.exit_code == 2


def test_missing_path_is_reported_and_the_rest_is_coded(run, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(
        main, ["code", str(tmp_path / "nope.txt"), str(good), "-o", str(out)]
    )
    assert result.exit_code == 0
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in recs] == ["nope", "good"]
    assert recs[0]["errors"][0].startswith("unreadable:")
    assert "no such file" in result.stderr


def test_a_step_that_never_ends_is_abandoned_and_the_batch_goes_on(coder, monkeypatch):
    import time

    from dateline.model import Story
    from dateline.nlp import coder as coder_module

    def endless(ctx):
        if ctx.story.id == "stuck":
            time.sleep(60)

    monkeypatch.setattr(coder_module, "STEPS", [*coder_module.STEPS, ("endless", endless)])
    monkeypatch.setattr(coder, "step_seconds", 0.5)
    stories = [
        Story(id="stuck", text="ROME - Italy and Chile held talks."),
        Story(id="fine", text="ROME - Italy and Chile held talks."),
    ]
    started = time.perf_counter()
    stuck, fine = coder.code(stories)
    assert time.perf_counter() - started < 20
    assert stuck.errors == ["step-failed: endless: StepTimeout: timed out after 0.5 s"]
    assert fine.errors == [] and fine.events == stuck.events
