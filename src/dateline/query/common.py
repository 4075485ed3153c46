"""What every query shares: a page of results, name matching, date and country checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select

from dateline.model import PLOVER_CATEGORIES
from dateline.store.entities import fold
from dateline.store.schema import entity_facts

Item = dict[str, Any]

MAX_LIMIT = 1000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


class QueryError(ValueError):
    """A filter that cannot mean anything (bad date, unknown category): the message says why."""


@dataclass(slots=True)
class Page:
    """One page of a longer result: ``total`` is the count over all pages."""

    total: int
    limit: int
    offset: int
    items: list[Item] = field(default_factory=list)

    def to_dict(self) -> Item:
        return {
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "items": self.items,
        }


def check_date(value: str | None, name: str) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: ISO prefixes compare correctly as text."""
    if value is None:
        return None
    if not _DATE.match(value):
        raise QueryError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)")
    return value


def date_range(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Checked, inclusive bounds: ``to`` is padded so ``--to 2015`` includes all of 2015
    (digits and hyphens only, so it compares the same under any collation)."""
    lo, hi = check_date(date_from, "from"), check_date(date_to, "to")
    if lo and hi and lo > hi:
        raise QueryError(f"from ({lo}) is after to ({hi})")
    if hi is not None:
        hi += "-99-99"[: 10 - len(hi)] if len(hi) < 10 else ""
    return lo, hi


def check_category(value: str) -> str:
    up = value.upper()
    if up not in PLOVER_CATEGORIES:
        raise QueryError(
            f"category: {value!r} is not a PLOVER category (one of {', '.join(PLOVER_CATEGORIES)})"
        )
    return up


def check_country(value: str) -> str:
    up = value.upper()
    if not _COUNTRY.match(up):
        raise QueryError(f"country: {value!r} is not a three-letter code (KAZ, CZE, IGO...)")
    return up


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit: {limit} is outside 1..{MAX_LIMIT}")
    if offset < 0:
        raise QueryError(f"offset: {offset} is negative")


def entities_named(text: str) -> Select[Any]:
    """Ids of the entities whose id is ``text`` or one of whose names contains its words.

    Names are compared folded and by whole words, so "Hasek" finds "Mikhal Hašek" and
    "M. Hasek" but not "Hasekova"; a bare surname finds every entity with it, which is
    why timelines list each match separately rather than merging them.
    """
    q = fold(text)
    f = entity_facts.c
    if not q:
        return select(f.entity_id).where(f.entity_id == text)
    words: ColumnElement[bool] = or_(
        f.folded == q, f.folded.like(f"{q} %"), f.folded.like(f"% {q}"), f.folded.like(f"% {q} %")
    )
    return (
        select(f.entity_id)
        .where(or_(f.entity_id == text, (f.kind.in_(("name", "alias")) & words)))
        .distinct()
    )
