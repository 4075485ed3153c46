"""Plain wire text: one story per file, an optional ``date YYYY-MM-DD`` header, dateline, body.

The story's ``text`` is the file's text exactly as read (after decoding), so spans
point into the file as the user sees it; ``body_start`` marks where the body begins.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dateline.model import Story
from dateline.read.decode import decode, scrub_controls
from dateline.read.meta import apply_dateline


def read_wiretext(data: bytes, origin: str, story_id: str) -> Iterator[Story]:
    text, errors = decode(data)
    text, controls = scrub_controls(text)
    if controls:
        errors.append(f"control-characters: {controls} control character(s) replaced by spaces")
    story = Story(id=story_id, text=text, origin=origin, errors=errors)
    yield apply_dateline(story, header=True)


def story_id_for(path: Path) -> str:
    """Input id default: the file name without its extension."""
    return path.stem
