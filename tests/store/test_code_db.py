"""`dateline code --db`: coding into a store, skipping what is stored, replacing what changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

import dateline.runner
from dateline.cli import main
from dateline.nlp.coder import Coder
from dateline.store import Store, content_hash
from dateline.store.read import load_records

from ..conftest import ROOT

EXAMPLES = ["ap-ankara-2021-06-09.txt", "xinhua-beijing-2019-11-28.txt"]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in EXAMPLES:
        shutil.copy(ROOT / "examples" / name, folder / name)
    return folder


@pytest.fixture
def coded_ids(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the stories that reached the NLP (the coder), in order."""
    seen: list[str] = []

    class Spy(Coder):
        def code(self, stories):  # type: ignore[no-untyped-def]
            def watched():
                for s in stories:
                    seen.append(s.id)
                    yield s

            return super().code(watched())

    monkeypatch.setattr(dateline.runner, "Coder", Spy)
    return seen


def code(*args: str) -> tuple[str, str]:
    result = CliRunner().invoke(main, ["code", "--no-progress", *args])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def test_coding_into_a_store_keeps_every_story_with_its_text(corpus: Path, db: str) -> None:
    out, err = code(str(corpus), "--db", db)
    assert out == ""  # the records went to the database, not to standard output
    assert "stored 2 stories" in err
    with Store(db, readonly=True) as store, store.connect() as conn:
        records = load_records(conn, ["ap-ankara-2021-06-09", "xinhua-beijing-2019-11-28"])
    assert [r.text for r in records] == [(corpus / n).read_text() for n in EXAMPLES]
    assert all(r.actors and r.date for r in records)


def test_a_rerun_skips_stored_stories_before_the_nlp(
    corpus: Path, db: str, coded_ids: list[str]
) -> None:
    code(str(corpus), "--db", db)
    assert len(coded_ids) == 2
    coded_ids.clear()
    _, err = code(str(corpus), "--db", db)
    assert coded_ids == []
    assert "stored 0 stories" in err and "skipped 2 already stored" in err


def test_a_changed_story_is_coded_again_and_replaces_the_stored_one(
    corpus: Path, db: str, coded_ids: list[str]
) -> None:
    code(str(corpus), "--db", db)
    changed = corpus / EXAMPLES[1]
    changed.write_text(changed.read_text() + "\nThe talks will resume in Beijing in May.\n")
    coded_ids.clear()
    code(str(corpus), "--db", db)
    assert coded_ids == ["xinhua-beijing-2019-11-28"]
    with Store(db, readonly=True) as store:
        assert store.stored_hashes(["xinhua-beijing-2019-11-28"]) == {
            "xinhua-beijing-2019-11-28": content_hash(changed.read_text())
        }


def test_recode_codes_stored_stories_again(corpus: Path, db: str, coded_ids: list[str]) -> None:
    code(str(corpus), "--db", db)
    coded_ids.clear()
    _, err = code(str(corpus), "--db", db, "--recode")
    assert len(coded_ids) == 2 and "stored 2 stories" in err


def test_output_and_db_together_write_both_without_text_unless_asked(
    corpus: Path, db: str, tmp_path: Path
) -> None:
    target = tmp_path / "coded.jsonl"
    code(str(corpus), "--db", db, "-o", str(target))
    lines = [orjson.loads(x) for x in target.read_bytes().splitlines()]
    assert [d["id"] for d in lines] == ["ap-ankara-2021-06-09", "xinhua-beijing-2019-11-28"]
    assert all("text" not in d for d in lines)


def test_an_unusable_database_url_is_a_clean_error(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["code", str(corpus), "--db", "mysql://u@h/x"])
    assert result.exit_code == 1 and "unsupported database URL" in result.output
