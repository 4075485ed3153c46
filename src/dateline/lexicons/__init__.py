"""Lexical knowledge as data files users can read and extend (TSV, ``#`` comments)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a lexicon file, comments and blank lines dropped, cells stripped.

    Cached: lexicons are read once per process however many stories are coded.
    """
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
