"""Record-shaped inputs: JSON Lines and CSV, many stories per file.

Both map the same field names onto :class:`Story`, so they share :func:`story_from_record`.
A line or row that cannot be a story still yields one, with ``errors`` saying why.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import Any

import orjson

from dateline.model import Story
from dateline.read.decode import decode, scrub_controls
from dateline.read.meta import apply_dateline

#: Column names accepted as the story text, in order of preference (case-insensitive).
TEXT_COLUMNS = ("text", "body", "content", "story", "article")


def _opt(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def story_from_record(rec: Mapping[str, Any], default_id: str, origin: str) -> Story:
    """Build a story from a JSON object or CSV row (keys already lower-cased for CSV)."""
    sid = _opt(rec.get("id")) or default_id
    raw_text = next((rec[k] for k in TEXT_COLUMNS if k in rec and rec[k] is not None), None)
    errors: list[str] = []
    if raw_text is None:
        errors.append(f"no-text: the record has no text field (one of {', '.join(TEXT_COLUMNS)})")
        text = ""
    elif not isinstance(raw_text, str):
        errors.append(f"bad-text: the text field is a {type(raw_text).__name__}, not a string")
        text = ""
    else:
        text, controls = scrub_controls(raw_text)
        if controls:
            errors.append(f"control-characters: {controls} control character(s) replaced by spaces")
    story = Story(
        id=sid,
        text=text,
        date=_opt(rec.get("date")),
        dateline=_opt(rec.get("dateline")),
        title=_opt(rec.get("title")),
        url=_opt(rec.get("url")),
        source=_opt(rec.get("source")),
        origin=origin,
        errors=errors,
    )
    if story.date:
        story.date = _iso_or_none(story.date, story.errors)
    return apply_dateline(story)


def _iso_or_none(value: str, errors: list[str]) -> str | None:
    """Accept ISO dates and datetimes; anything else is reported, not guessed."""
    from datetime import date

    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        errors.append(f"bad-date: {value!r} is not an ISO date (YYYY-MM-DD); date left null")
        return None


def read_jsonl(data: bytes, origin: str, story_id: str) -> Iterator[Story]:
    text, errors = decode(data)
    n = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        where = f"{origin}:{lineno}"
        default_id = f"{story_id}:{lineno}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield Story(
                id=default_id,
                text="",
                origin=where,
                errors=[*errors, f"bad-json: line {lineno} is not valid JSON ({exc})"],
            )
            continue
        if not isinstance(obj, dict):
            yield Story(
                id=default_id,
                text="",
                origin=where,
                errors=[
                    *errors,
                    f"not-an-object: line {lineno} is a JSON {type(obj).__name__}, not an object",
                ],
            )
            continue
        story = story_from_record(obj, default_id, where)
        story.errors[:0] = errors
        yield story
    if n == 0:
        yield Story(
            id=story_id,
            text="",
            origin=origin,
            errors=[*errors, "empty: the JSON Lines file has no records"],
        )


def read_csv(data: bytes, origin: str, story_id: str) -> Iterator[Story]:
    text, errors = decode(data)
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    if origin.endswith(".tsv"):
        dialect = csv.excel_tab
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    has_text = any(c in fields for c in TEXT_COLUMNS)
    n = 0
    for rowno, row in enumerate(reader, 2):  # row 1 is the header
        n += 1
        rec = {(k or "").strip().lower(): v for k, v in row.items()}
        story = story_from_record(rec, f"{story_id}:{rowno}", f"{origin}:{rowno}")
        if not has_text:
            story.errors = [
                f"no-text-column: the CSV header ({', '.join(fields) or 'empty'}) "
                f"names no text column (one of {', '.join(TEXT_COLUMNS)})"
            ]
        story.errors[:0] = errors
        yield story
    if n == 0:
        yield Story(
            id=story_id,
            text="",
            origin=origin,
            errors=[*errors, "empty: the CSV file has no data rows"],
        )
