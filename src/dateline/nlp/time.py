"""Time expressions -> ISO dates relative to the story date.

Relative expressions common in wire copy are resolved by rule, because their meaning
depends on the tense of the sentence ("on Wednesday" is last Wednesday in a past-tense
report and next Wednesday in a future one), which no date library knows. Absolute dates
("March 3", "28 November 2019") go to dateparser, anchored on the story date.

The precision of the answer is the precision of the text: "last month" is ``2015-08``,
"in 2017" is ``2017``, "next week" is the ISO week ``2015-W40``. Nothing is guessed:
an expression that cannot be placed is ``None``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS, 1)} | {"sept": 9}


def _month_shift(d: date, n: int) -> str:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return f"{y:04d}-{m + 1:02d}"


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _weekday(ref: date, wd: int, direction: int) -> date:
    """The nearest weekday ``wd`` on or before ref (direction -1) or after it (+1)."""
    if direction < 0:
        return ref - timedelta(days=(ref.weekday() - wd) % 7)
    return ref + timedelta(days=((wd - ref.weekday()) % 7) or 7)


def normalise(expr: str, ref: str | None, future: bool = False) -> str | None:
    """ISO date (or month, year, week) for ``expr`` relative to the ISO date ``ref``."""
    if not ref:
        return None
    try:
        base = date.fromisoformat(ref[:10])
    except ValueError:
        return None
    return _normalise(" ".join(expr.lower().replace(",", " ").split()), base, future)


@lru_cache(maxsize=4096)
def _normalise(s: str, ref: date, future: bool) -> str | None:
    s = re.sub(r"^(on|in|at|during|by|since|from|until|of|the)\s+", "", s)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"\s+(morning|afternoon|evening|night)$", "", s)
    if s in {"today", "tonight", "this", "now", "currently"}:
        return ref.isoformat()
    if s in {"yesterday", "last night"}:
        return (ref - timedelta(days=1)).isoformat()
    if s == "tomorrow":
        return (ref + timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(last|next|this|earlier this|later this|coming|past)?\s*(\w+)", s)
    if m:
        which, unit = m.group(1) or "", m.group(2)
        if unit in WEEKDAYS:
            wd = WEEKDAYS.index(unit)
            direction = 1 if which in {"next", "coming"} or (future and which != "last") else -1
            d = _weekday(ref, wd, direction)
            if which == "last" and d == ref:
                d -= timedelta(days=7)
            return d.isoformat()
        if unit == "week":
            shift = {"last": -7, "past": -7, "next": 7, "coming": 7}.get(which, 0)
            return _week(ref + timedelta(days=shift)) if which else None
        if unit == "month":
            shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
            return _month_shift(ref, shift) if which else None
        if unit == "year":
            shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
            return f"{ref.year + shift:04d}" if which else None
        if re.fullmatch(r"(1[89]|20)\d\d", unit) and not which:
            return unit
        if unit in MONTHS or unit.rstrip(".") in _MONTH_ABBR:
            mo = MONTHS.index(unit) + 1 if unit in MONTHS else _MONTH_ABBR[unit.rstrip(".")]
            year = ref.year
            if which == "last" or (not future and which != "next" and mo > ref.month):
                year -= 1
            elif which == "next" or (future and mo < ref.month):
                year += 1
            return f"{year:04d}-{mo:02d}"
    m = re.fullmatch(r"(\w+)\.?\s+(\d{4})", s)  # "march 2017"
    if m and (m.group(1) in MONTHS or m.group(1) in _MONTH_ABBR):
        mo = MONTHS.index(m.group(1)) + 1 if m.group(1) in MONTHS else _MONTH_ABBR[m.group(1)]
        return f"{m.group(2)}-{mo:02d}"
    if re.search(r"\d", s) and re.search(r"[a-z]{3}", s):
        return _absolute(s, ref, future)
    return None


def _absolute(s: str, ref: date, future: bool) -> str | None:
    """'March 3', '28 November 2019', 'Nov. 28' via dateparser, anchored on the story."""
    import dateparser  # imported on first use: ~0.4 s that stories without dates never pay

    settings = {
        "RELATIVE_BASE": _dt(ref),
        "PREFER_DATES_FROM": "future" if future else "past",
        "STRICT_PARSING": False,
        "REQUIRE_PARTS": ["day", "month"],
        "PARSERS": ["absolute-time"],
    }
    try:
        got = dateparser.parse(s, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd input; an unknown date is None
        return None
    return got.date().isoformat() if got else None


def _dt(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day)
