"""Dispatch: paths (files, directories, ``-``) -> stories, in a stable order.

The extension picks a reader and a sniff of the first bytes confirms it: a ``.txt`` file
that is really JSON Lines is read as JSON Lines. Every file yields at least one story,
so a file that cannot be read at all still appears in the output with its error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dateline.model import Story
from dateline.read.decode import looks_binary
from dateline.read.htmlpage import read_html
from dateline.read.records import read_csv, read_jsonl
from dateline.read.sgml import read_sgml
from dateline.read.wiretext import read_wiretext

Reader = Callable[[bytes, str, str], Iterator[Story]]

#: Format name -> reader. Add a format by adding an entry here and to EXTENSIONS.
READERS: dict[str, Reader] = {
    "text": read_wiretext,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "html": read_html,
    "sgml": read_sgml,
}

#: Extensions read when a directory is scanned; anything else there is skipped.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".sgm": "sgml",
    ".sgml": "sgml",
}


def sniff(data: bytes) -> str | None:
    """The format the content itself declares, or None when it looks like plain text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<!doctype lewis") or b"<reuters " in head:
        return "sgml"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return None


def choose_format(name: str, data: bytes) -> str:
    """Extension first; the content overrides it when it clearly says otherwise."""
    by_ext = EXTENSIONS.get(Path(name).suffix.lower())
    by_content = sniff(data)
    if by_content and by_content != by_ext and by_ext != "csv":
        return by_content
    return by_ext or by_content or "text"


def read_bytes(data: bytes, name: str, story_id: str | None = None) -> Iterator[Story]:
    """Read one input's bytes; never raises for bad content."""
    sid = story_id or (Path(name).stem if name != "-" else "stdin")
    if not data.strip():
        yield Story(id=sid, text="", origin=name, errors=["empty: the input is empty"])
        return
    if looks_binary(data):
        yield Story(
            id=sid,
            text="",
            origin=name,
            errors=["binary: the input looks binary (NUL or control bytes), not text"],
        )
        return
    fmt = choose_format(name, data)
    try:
        yield from READERS[fmt](data, name, sid)
    except Exception as exc:  # a reader bug must not lose the input: report it in the record
        yield Story(
            id=sid,
            text="",
            origin=name,
            errors=[f"read-failed: the {fmt} reader failed: {type(exc).__name__}: {exc}"],
        )


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named directly, then the readable files under each directory, sorted."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in f.relative_to(path).parts)
                if f.is_file() and not hidden and f.suffix.lower() in EXTENSIONS:
                    yield str(f)
        else:
            yield p


def read_paths(paths: Iterable[str]) -> Iterator[Story]:
    """Every story in every input, in input order. Unreadable paths yield an error story."""
    for name in expand(paths):
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            try:
                data = Path(name).read_bytes()
            except OSError as exc:
                yield Story(
                    id=Path(name).stem,
                    text="",
                    origin=name,
                    errors=[f"unreadable: {exc.strerror or exc}"],
                )
                continue
        yield from read_bytes(data, name)
