"""The dev set's gold files are sound: spans inside the text, names that resolve."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_gold", ROOT / "tools" / "check_gold.py")
assert _spec and _spec.loader
check_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gold)


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_gold_file_is_sound(split: str) -> None:
    path = ROOT / "eval" / "dev" / f"{split}.jsonl"
    if not (ROOT.parent / "shared").exists():
        pytest.skip("../shared is not next to the repository")
    assert check_gold.main([str(path)]) == 0


def test_checker_finds_a_dangling_speaker() -> None:
    line = {
        "id": "x",
        "source": "x",
        "actors": [{"name": "A B", "type": "person", "country": "PER"}],
        "events": [],
        "quotes": [{"speaker": "C D", "span": [0, 4], "kind": "direct", "cue": "said"}],
    }
    problems = check_gold.check_line(line, {"x": "some text here"})
    assert problems == ["x: quote speaker 'C D' is not an actor's name"]


def test_checker_finds_a_span_past_the_end() -> None:
    line = {"id": "x", "actors": [], "events": [], "quotes": [
        {"speaker": None, "span": [3, 99], "kind": "direct", "cue": "said"}]}  # fmt: skip
    assert check_gold.check_line(line, {"x": "short"}) == ["x: quote span [3, 99] outside the text"]
