"""Bytes -> text, saying what was wrong instead of failing.

Readers never raise on bad bytes: they decode what they can and report the rest in
the story's ``errors`` so that one bad file never stops a batch.
"""

from __future__ import annotations

import re

# C0 controls other than tab, newline, carriage return and form feed, plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

#: Bytes sampled to decide whether a file is binary.
SNIFF_BYTES = 8192


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: a NUL byte, or many control bytes, early on."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.10


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM); invalid bytes become U+FFFD and are reported."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return text, [
            f"invalid-utf8: {bad} byte sequence(s) that are not UTF-8 were replaced by U+FFFD "
            f"(first at byte {exc.start})"
        ]


def scrub_controls(text: str) -> tuple[str, int]:
    """Replace control characters by spaces, one for one, so offsets do not move."""
    count = 0

    def _space(_m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return " "

    return _CONTROL.sub(_space, text), count
