"""Shared fixtures: the ../shared folder (skipped when absent) and one loaded coder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KAZINFORM = SHARED / "examples" / "kazinform-2015-09-22.txt"
REUTERS = SHARED / "data" / "reuters21578"


def need(path: Path) -> Path:
    """Skip, with a clear message, tests that need the shared data when it is absent."""
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (clone next to ../shared to run this)")
    return path


@pytest.fixture(scope="session")
def coder():
    from dateline.nlp.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def kazinform(coder):
    from dateline.read import read_paths

    (story,) = list(read_paths([str(need(KAZINFORM))]))
    (record,) = list(coder.code([story]))
    return story, record
