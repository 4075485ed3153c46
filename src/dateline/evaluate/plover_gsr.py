"""PLOVER gold-standard records (CAMEO manual examples, PLOVER 0.5b1 labels).

Each record is one sentence with one event category. The sentence is coded as a story of
its own and the coder's main event (highest confidence, then earliest) is compared with
the gold category after mapping the old labels to PLOVER 2.0, as the PLOVER team did:
DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT.

The records are split once by a hash of their id into ``tune`` and ``test``: rules are
tuned on ``tune`` only and ``test`` is the figure to quote.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

OLD_LABELS = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


@dataclass(frozen=True, slots=True)
class GsrRecord:
    id: str
    text: str
    date: str | None
    category: str
    source: tuple[str, ...]
    target: tuple[str, ...]

    @property
    def split(self) -> str:
        return split_of(self.id)


def split_of(key: str) -> str:
    """A stable 50/50 split: the same id always lands in the same half."""
    return "tune" if hashlib.sha1(key.encode()).digest()[0] % 2 == 0 else "test"


def _codes(value: object) -> tuple[str, ...]:
    """Actor codes from a source/target field (a list of objects, or a bare string)."""
    if isinstance(value, list):
        return tuple(a.get("code", "") if isinstance(a, dict) else str(a) for a in value)
    return (str(value),) if value else ()


def load(path: Path) -> list[GsrRecord]:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r",\s*([\]}])", r"\1", raw)  # the file has trailing commas
    out = []
    for d in json.loads(raw):
        if d.get("event") == "DOCUMENT" or not d.get("text"):
            continue
        out.append(
            GsrRecord(
                id=d["id"],
                text=d["text"],
                date=d.get("date"),
                category=OLD_LABELS.get(d["event"], d["event"]),
                source=_codes(d.get("source")),
                target=_codes(d.get("target")),
            )
        )
    return out
