"""Reuters-21578 SGML: many ``<REUTERS>`` records per file.

The files are not XML (unescaped ``&``/``<`` occur, and ``&#3;``-style control entities
mark transmission codes), so a tolerant regular-expression scan is both faster and safer
than an XML parser here. Each record is decoded on its own, so the one invalid byte in
``reut2-017.sgm`` touches only the story it sits in.

``text`` is the ``BODY`` (or the raw ``TEXT`` of ``TYPE="UNPROC"`` records) with entities
decoded and control characters removed; spans point into that text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime

from dateline.model import Story
from dateline.read.decode import decode
from dateline.read.meta import apply_dateline

_RECORD = re.compile(rb"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_CONTROL_ENTITY = re.compile(r"&#(?:[0-9]|[12][0-9]|3[01]|127);")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_SIGNOFF = re.compile(r"\s*\bReuter\s*$", re.I)


def _element(record: str, name: str) -> str | None:
    m = re.search(rf"<{name}\b[^>]*>(.*?)</{name}>", record, re.S)
    return m.group(1) if m else None


def _clean(raw: str) -> str:
    """Drop control entities and characters, then decode the remaining entities."""
    return _CONTROL.sub("", html.unescape(_CONTROL_ENTITY.sub("", raw)))


def _iso_date(raw: str | None) -> str | None:
    """``26-FEB-1987 15:01:01.79`` -> ``1987-02-26``; anything else -> None."""
    m = _DATE.search(raw or "")
    if not m:
        return None
    try:
        return datetime.strptime(" ".join(m.groups()), "%d %b %Y").date().isoformat()
    except ValueError:
        return None


def read_sgml(data: bytes, origin: str, story_id: str) -> Iterator[Story]:
    found = False
    for m in _RECORD.finditer(data):
        found = True
        attrs = {k.decode(): v.decode("ascii", "replace") for k, v in _ATTR.findall(m.group(1))}
        record, errors = decode(m.group(2))
        newid = attrs.get("NEWID")
        sid = f"reuters-{newid}" if newid else f"{story_id}-{m.start()}"
        text_el = _element(record, "TEXT") or ""
        body = _element(text_el, "BODY")
        if body is None and 'TYPE="UNPROC"' in record[:300]:
            body = re.sub(r"</?\w+[^>]*>", "", text_el)
        title = _element(text_el, "TITLE")
        dateline = _element(text_el, "DATELINE")
        text = _SIGNOFF.sub("", _clean(body)) if body is not None else ""
        if body is None:
            errors.append('no-body: the record has no BODY (Reuters TYPE="BRIEF"); nothing to code')
        story = Story(
            id=sid,
            text=text,
            date=_iso_date(_element(record, "DATE")),
            dateline=_clean(dateline).strip() if dateline else None,
            title=_clean(title).strip() if title else None,
            origin=f"{origin}#{newid}" if newid else origin,
            source="Reuters",
            errors=errors,
        )
        yield apply_dateline(story)
    if not found:
        yield Story(
            id=story_id,
            text="",
            origin=origin,
            errors=["no-records: SGML file has no <REUTERS> records"],
        )
