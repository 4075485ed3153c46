"""PETRARCH-2 validation records: AFP sentences with CAMEO event, source and target codes.

CAMEO codes map to PLOVER with the 2021 conversion table (most specific prefix wins).
A gold coding counts as found when the coder produced an event of the same PLOVER
category whose actors include the source's country and whose recipients include the
target's country (the first three letters of the PETRARCH code: ``USAGOV`` -> ``USA``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class PetrSentence:
    id: str
    date: str | None
    text: str
    codings: list[tuple[str, str, str]] = field(default_factory=list)  # (cameo, source, target)


def load(path: Path) -> list[PetrSentence]:
    raw = path.read_text(encoding="utf-8", errors="replace")
    out = []
    for block in re.split(r"(?=<Sentence\s)", raw)[1:]:
        head = re.match(r'<Sentence[^>]*\bid="([^"]+)"[^>]*>', block)
        if not head:
            continue
        date = re.search(r'date="(\d{8})"', head.group(0))
        text = re.search(r"<Text>\s*(.*?)\s*</Text>", block, re.S)
        s = PetrSentence(
            id=head.group(1),
            date=f"{date.group(1)[:4]}-{date.group(1)[4:6]}-{date.group(1)[6:]}" if date else None,
            text=" ".join(text.group(1).split()) if text else "",
        )
        for m in re.finditer(r"<EventCoding\s+([^>]*)/?>", block):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            if "eventcode" in attrs:
                s.codings.append(
                    (attrs["eventcode"], attrs.get("sourcecode", ""), attrs.get("targetcode", ""))
                )
        out.append(s)
    return out


def cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER category from CAMEO2PLOVER-2021.txt."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def to_plover(code: str, table: dict[str, str]) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None
