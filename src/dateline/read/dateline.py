"""Datelines: ``BEIJING, Nov. 28 (Xinhua) --`` -> place, region, agency, date, body offset.

Every wire story opens with one, and it is the most reliable statement of where and
when the story was filed, so the rest of the pipeline takes its date, place and agency
from here unless the record itself says otherwise.

The parser is table-driven rather than a list of per-agency special cases: months,
weekdays, dashes and lower-case place particles are tables in this module, and agency
spellings live in ``dateline/lexicons/agencies.tsv``. A new agency or spelling is a new
row, not new code. The grammar is deliberately strict about the *shape* of a dateline
(capitalised place words, then a date and/or an agency marker and a dash) because a
false positive is worse than a miss: it would eat the first words of the body and
invent a place.

Supported shapes (``-`` stands for any dash in :data:`DASHES`)::

    WASHINGTON -                          all-caps place alone before a dash
    WASHINGTON (Reuters) -                agency in parentheses
    MOSCOW, March 5 /TASS/ -              agency between slashes
    PORTLAND, Ore., March 3 (Reuters) -   region after the place
    OKLAHOMA CITY, Okla. March 11, Reuter -   agency after a comma (lexicon agencies only)
    LONDON, 12 March (Reuters) -          day before month
    BEIJING, Nov. 28, 2015 (Xinhua) --    explicit year
    ASTANA. KAZINFORM -                   place, full stop, agency (lexicon agencies only)
    omaha, april 7 -                      lower-case place: accepted only with a date
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateline.lexicons import read_tsv

__all__ = [
    "DASHES",
    "Dateline",
    "normalise_agency",
    "normalise_place",
    "parse_dateline",
    "parse_header",
]

#: Month number -> spellings seen in datelines. Any prefix of the full name of at least
#: three letters is accepted too, because wire desks truncate freely ("Sept", "Apri").
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan"),
    2: ("february", "feb"),
    3: ("march", "mar"),
    4: ("april", "apr"),
    5: ("may",),
    6: ("june", "jun"),
    7: ("july", "jul"),
    8: ("august", "aug"),
    9: ("september", "sept", "sep"),
    10: ("october", "oct"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}

#: Weekday spellings. AP-style datelines sometimes name the day ("Monday, March 5");
#: the weekday adds nothing to the date, but it must not be mistaken for a region.
WEEKDAYS: tuple[str, ...] = (
    "monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "thursday", "thurs",
    "thur", "thu", "friday", "fri", "saturday", "sat", "sunday", "sun",
)  # fmt: skip

#: Separators between dateline and body. ASCII hyphens must be followed by whitespace
#: (otherwise ``PORT-AU-PRINCE`` would end at its first hyphen); Unicode dashes need not.
DASHES: tuple[str, ...] = ("---", "--", "-", "\u2013", "\u2014", "\u2015", "\u2012")

#: Lower-case words inside a place name, kept lower-case when an all-caps place is
#: title-cased ("PORT-AU-PRINCE" -> "Port-au-Prince", "DAR ES SALAAM" -> "Dar es Salaam").
PLACE_PARTICLES: frozenset[str] = frozenset(
    (
        "al",
        "am",
        "an",
        "and",
        "au",
        "aux",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "en",
        "es",
        "i",
        "la",
        "le",
        "les",
        "of",
        "on",
        "sur",
        "sous",
        "the",
        "upon",
        "van",
        "von",
        "y",
    )
)

#: Single words that open ordinary sentences or wire slugs and must never be read as a
#: one-word dateline place ("Today - ...", "UPDATE - ...").
NOT_PLACES: frozenset[str] = frozenset(
    (
        "a",
        "an",
        "he",
        "i",
        "it",
        "she",
        "the",
        "they",
        "this",
        "that",
        "we",
        "you",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "update",
        "corrected",
        "correction",
        "refile",
        "repeat",
        "urgent",
        "flash",
        "bulletin",
        "advisory",
        "note",
        "analysis",
        "exclusive",
        "factbox",
        "wrapup",
        "editors",
    )
)

_WORD_END = r"(?![^\W\d_])"  # not followed by a letter
_L = r"[^\W\d_]"  # any letter, any script
_H = r"[^\S\r\n]"  # horizontal whitespace: a dateline never spans lines
# Upper-case letters of Latin, Greek and Cyrillic; Python's re has no \p{Lu}.
_U = "[" + "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper()) + "]"


def _alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """Longest-first alternation, so a short spelling never shadows a longer one."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _month_spellings() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, names in MONTHS.items():
        for name in names:
            table[name] = number
        full = names[0]
        for n in range(3, len(full) + 1):
            table.setdefault(full[:n], number)
    return table


_MONTH_OF: dict[str, int] = _month_spellings()
_MONTH = rf"(?i:{_alternation(list(_MONTH_OF))}){_WORD_END}"
_WEEKDAY = rf"(?i:{_alternation(WEEKDAYS)}){_WORD_END}"
_PARTICLE = rf"(?:{_alternation(PLACE_PARTICLES)}){_WORD_END}"
_DASH = r"(?:-{1,3}(?=\s|\Z)|[" + "".join(d for d in DASHES if not d.startswith("-")) + r"]{1,2})"

# Dotted abbreviations, including Reuters' slips: "U.S.", "W.Va.", "N.Y" (no final stop).
_DOTTED = rf"{_U}{_L}{{0,3}}(?:\.{_L}{{1,3}})+\.?"
# A capitalised place word: dotted abbreviation, short abbreviation followed by more words
# ("ST. LOUIS"), or a word joined by hyphens, apostrophes or slashes ("L'ANGE-GARDIEN",
# "DALLAS/FORT WORTH").
_CAP_WORD = rf"(?:{_DOTTED}|{_U}{_L}{{0,2}}\.(?={_H}+{_U})|{_U}{_L}*(?:['’\-/]{_L}+)*)"
_CITY = rf"{_CAP_WORD}(?:{_H}+(?:{_CAP_WORD}|{_PARTICLE})){{0,3}}"
_LAX_WORD = rf"{_L}+(?:['’.\-]{_L}+)*\.?"
_LAX_CITY = rf"{_LAX_WORD}(?:{_H}+{_LAX_WORD}){{0,3}}"
# Regions are free to end in a full stop ("Calif.", "MINN.") and may start with "the".
# A region is at most two comma-separated parts ("Grand Cayman, British West Indies") and
# never a month or weekday, which belong to the date.
_REG_WORD = rf"(?:{_DOTTED}|{_U}{_L}*(?:['’\-]{_L}+)*\.?)"
_REG_PART = (
    rf"(?!{_MONTH})(?!{_WEEKDAY})"
    rf"(?:the{_H}+)?{_REG_WORD}(?:{_H}+(?:{_REG_WORD}|{_PARTICLE})){{0,3}}"
)
_REGION = rf"{_REG_PART}(?:,{_H}*{_REG_PART})?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"\d{4}(?!\d)"
_DATE_BODY = (
    rf"(?:(?P<mon1>{_MONTH})\.?{_H}*(?P<day1>{_DAY})(?:,?{_H}+(?P<year1>{_YEAR}))?"
    rf"|(?P<day2>{_DAY}){_H}+(?P<mon2>{_MONTH})\.?(?:,?{_H}+(?P<year2>{_YEAR}))?)"
)
_DATE_SLOT = rf"(?:{_WEEKDAY}\.?,?{_H}+)?{_DATE_BODY}"
# Tolerated in the date's place but giving no date: "Monday", or a month with no day.
_UNDATED_SLOT = rf"(?:{_WEEKDAY}|{_MONTH})\.?"
_LEAD = r"[\s*]*"  # leading whitespace, and the "****" Reuters puts before some datelines
_BRACKETED = (
    rf"(?:{_H}*\({_H}*(?P<pagency>[^()\r\n]{{1,60}}?){_H}*\)"
    rf"|{_H}*/{_H}*(?P<sagency>[^/\r\n]{{1,40}}?){_H}*/)?"
)
# The dash ends the dateline; only a closing "/AGENCY/" may stand in for it ("/ Trend /").
# After a bracketed agency, EFE's ".-" and APP's ":" end it too ("(EFE).-", "(APP):").
_TAIL = rf"(?:{_H}*,?{_H}*(?P<dash>{_DASH})|(?<=\))\.?(?:-|:)(?=\s)|(?<=/)(?=\s))\s*"


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline says, and where it sits in the text it was parsed from."""

    place: str | None  # city as normally written: "Astana", "Gaza City", "New York"
    region: str | None  # qualifier after the city: "Ore." in "PORTLAND, Ore., March 3"
    agency: str | None  # canonical agency name: "Reuters", "AP", "Kazinform"
    date: str | None  # ISO date written in the dateline; None when it names no date
    start: int  # offset of the dateline's first character
    end: int  # offset of the body's first character (after the dash and whitespace)


# --------------------------------------------------------------------------- agencies


def _agency_key(raw: str) -> str:
    """Lookup key: case, repeated whitespace and trailing full stops do not matter."""
    return " ".join(raw.split()).strip(" .,;:").casefold()


@cache
def _agency_table() -> dict[str, str]:
    """Variant key -> canonical name, read once from ``agencies.tsv``.

    A malformed row or a variant claimed by two agencies raises: the lexicon ships with
    the package, so an error there is a bug to fix, not input to tolerate.
    """
    rows = read_tsv("agencies.tsv")
    if not rows or rows[0] != ("variant", "canonical"):
        raise ValueError("agencies.tsv: first non-comment line must be 'variant\\tcanonical'")
    table: dict[str, str] = {}
    for row in rows[1:]:
        if len(row) != 2 or not all(row):
            raise ValueError(f"agencies.tsv: bad row {row!r}: want variant<TAB>canonical")
        variant, canonical = row
        for key in (_agency_key(variant), _agency_key(canonical)):
            if table.setdefault(key, canonical) != canonical:
                raise ValueError(
                    f"agencies.tsv: {key!r} maps to both {table[key]!r} and {canonical!r}"
                )
    return table


def normalise_agency(raw: str) -> str | None:
    """Canonical agency name for a spelling ("REUTERS", "Reuter" -> "Reuters").

    An agency missing from the lexicon is returned as written (whitespace and enclosing
    brackets or slashes stripped), never guessed at: a raw name is honest, an invented
    canonical one is not. Returns None only for an empty string.
    """
    cleaned = " ".join(raw.split()).strip("()/ ").strip()
    if not cleaned:
        return None
    return _agency_table().get(_agency_key(cleaned), cleaned)


def _known_agency(raw: str | None) -> str | None:
    """Canonical name when ``raw`` is in the lexicon, else None."""
    if not raw:
        return None
    return _agency_table().get(_agency_key(raw))


# --------------------------------------------------------------------------- places


def _title_word(word: str, first: bool, after: str, previous: str) -> str:
    lower = word.lower()
    if not first and lower in PLACE_PARTICLES and after != "'":
        return lower
    if after in "'’" and len(previous) > 1:
        return lower  # "XI'AN" -> "Xi'an"; but "L'ANGE" -> "L'Ange" below
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2:].capitalize()
    return lower.capitalize()


def _title_case(raw: str) -> str:
    """Title-case an all-caps or all-lower-case place, keeping particles lower-case."""
    parts = re.split(r"([\s\-'’./]+)", raw)
    out: list[str] = []
    previous = ""
    for i, part in enumerate(parts):
        if i % 2:  # a separator
            out.append(part)
            continue
        if part:
            sep = parts[i - 1][-1] if i else ""
            out.append(_title_word(part, first=(i == 0), after=sep, previous=previous))
            previous = part
    return "".join(out)


def normalise_place(raw: str) -> str:
    """A place as normally written: "GAZA CITY" -> "Gaza City"; mixed case kept as written.

    Only single-case input is re-cased, because mixed case is the writer's own spelling
    ("McAllen", "La paz") and re-casing it could only lose information.
    """
    text = " ".join(raw.split())
    if any(c.islower() for c in text) and any(c.isupper() for c in text):
        return text
    return _title_case(text)


def _normalise_region(raw: str) -> str:
    """Like places, but abbreviations stay recognisable: "MINN." -> "Minn.", "N.J." kept.

    Dotted abbreviations and short all-caps codes ("USA", "UK") would be garbled by
    title-casing ("N.j.", "Usa"), so they are kept exactly as written.
    """
    written = raw.split()
    cased = normalise_place(raw).split()
    out = []
    for word, titled in zip(written, cased, strict=True):
        core = word.rstrip(".")
        keep = "." in core or (len(core) <= 3 and word == core and core.isupper())
        out.append(word if keep else titled)
    return " ".join(out)


# --------------------------------------------------------------------------- dates


def _iso(value: str) -> date:
    return date.fromisoformat(value[:10])


def _resolve_date(month: int, day: int, year: int | None, ref: date | None) -> str | None:
    """ISO date; a missing year is the one that puts the date nearest ``ref``.

    Nearest, not same-year: a story filed on 2 January about "Dec 31" means last year.
    Without a year and without ``ref`` the date is unknown, and None is returned rather
    than a guess (in particular never today's date).
    """
    if year is not None:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if ref is None:
        return None
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    near = [d for d in candidates if abs(d - ref) <= timedelta(days=184)]
    if not near:
        return None
    return min(near, key=lambda d: (abs(d - ref), d)).isoformat()


def _date_from(m: re.Match[str], ref: date | None) -> str | None:
    groups = m.groupdict()
    mon, day, year = groups.get("mon1"), groups.get("day1"), groups.get("year1")
    if mon is None:
        mon, day, year = groups.get("mon2"), groups.get("day2"), groups.get("year2")
    if mon is None or day is None:
        return None
    month = _MONTH_OF[mon.lower()]
    day_number = int(re.sub(r"\D", "", day))
    return _resolve_date(month, day_number, int(year) if year else None, ref)


# --------------------------------------------------------------------------- grammar


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The dateline shapes, tried in order; built once because they embed the lexicon.

    Order matters: the full-stop form must be tried before the general one, which would
    otherwise read "ASTANA. KAZINFORM" as a two-word place.
    """
    agencies = _alternation(list(_agency_table()))
    known = rf"(?i:{agencies}){_WORD_END}"
    # The agency after the date, with or without a comma ("MANILA, Aug 21 AAP -").
    comma_agency = rf"(?:,?{_H}+(?P<cagency>{known})|,(?P<cagency2>{known}))?"
    # The country in brackets before the date, as EFE writes it: "VALPARAISO (Chile), Oct 3
    # (EFE).-" (without a date after it, a bracket holds the agency: "PARIS (AFP) -").
    bracketed_region = rf"{_H}*\({_H}*(?P<bregion>{_REGION}){_H}*\)(?=,{_H}*(?:{_MONTH}|\d))"
    region = rf"(?:{_H}*,{_H}*(?P<region>{_REGION})|{bracketed_region})?"
    # After a region ending in a full stop ("Okla. March 11") the comma may be missing.
    date_sep = rf"(?:{_H}*,{_H}*|(?<=\.){_H}+)"
    stop = rf"{_LEAD}(?P<city>{_CITY})\.{_H}+(?:{_DATE_BODY}\.?{_H}+)?(?P<dagency>{known})"
    main = (
        rf"{_LEAD}(?P<city>{_CITY}){region}"
        rf"(?:{date_sep}(?:{_DATE_SLOT}|{_UNDATED_SLOT}))?{comma_agency}{_BRACKETED}"
    )
    lax = rf"{_LEAD}(?P<city>{_LAX_CITY}){region}{date_sep}{_DATE_SLOT}{comma_agency}{_BRACKETED}"
    return tuple(
        (name, re.compile(body + _TAIL))
        for name, body in (("stop", stop), ("main", main), ("lax", lax))
    )


def _accept(name: str, m: re.Match[str], agency: str | None, dated: bool) -> bool:
    """Shape checks a regular expression cannot express well."""
    city = m.group("city")
    words = city.split()
    if len(words) == 1 and (len(city) < 2 or city.rstrip(".").casefold() in NOT_PLACES):
        return False
    if name != "main" or dated:
        return True
    capitals = not any(c.islower() for c in city)
    if agency is None:
        # A bare "PLACE -" is a dateline only in the wire convention of capitals:
        # "The minister said - ..." and "Toronto - ..." are sentences, not datelines.
        return capitals
    raw = m.group("pagency") or m.group("sagency")
    if raw is not None and _known_agency(raw) is None:
        # An unknown bracketed name with no date is a dateline only after an all-caps
        # place; "Interstate Commerce Commission (ICC) --" is body text.
        return capitals and raw.strip()[:1].isupper()
    return True


def parse_dateline(text: str, start: int = 0, ref_date: str | None = None) -> Dateline | None:
    """Parse a dateline at ``text[start:]`` (leading whitespace allowed), or return None.

    ``ref_date`` (ISO, e.g. the story's header or record date) supplies the year when the
    dateline gives only month and day, choosing the year nearest to it. The returned
    ``date`` is only what the dateline itself says: a dateline with no date ("WASHINGTON
    (Reuters) -") gives None even when ``ref_date`` is known, so callers can tell the two
    sources apart. Raises ValueError for a ``ref_date`` that is not an ISO date.
    """
    ref = _iso(ref_date) if ref_date else None
    if start >= len(text):
        return None
    for name, pattern in _patterns():
        m = pattern.match(text, start)
        if m is None:
            continue
        g = m.groupdict()
        raw_agency = (
            g.get("dagency")
            or g.get("cagency")
            or g.get("cagency2")
            or g.get("pagency")
            or g.get("sagency")
        )
        agency = normalise_agency(raw_agency) if raw_agency else None
        dated = g.get("mon1") is not None or g.get("mon2") is not None
        if not _accept(name, m, agency, dated):
            continue
        iso = _date_from(m, ref)
        region = g.get("region") or g.get("bregion")
        if region and agency is None and _known_agency(region):
            agency, region = _known_agency(region), None  # "WASHINGTON, Reuter -"
        return Dateline(
            place=normalise_place(m.group("city")),
            region=_normalise_region(region) if region else None,
            agency=agency,
            date=iso,
            start=m.start("city"),
            end=m.end(),
        )
    return None


# --------------------------------------------------------------------------- header

_HEADER = re.compile(
    rf"\s*(?i:date){_WORD_END}{_H}*:?{_H}*(?P<date>\d{{4}}-\d{{2}}-\d{{2}})(?!\d)\s*"
)


def parse_header(text: str) -> tuple[str | None, int]:
    """A leading ``date YYYY-MM-DD`` (or ``Date: YYYY-MM-DD``) header line.

    Returns ``(iso_date, offset after the header and its whitespace)`` so the dateline
    parser can start there, whether the dateline follows on the same line or the next.
    No header gives ``(None, 0)``. A header whose date is not a real calendar date gives
    ``(None, offset)``: the line is still a header and must not be read as a dateline.
    """
    m = _HEADER.match(text)
    if m is None:
        return None, 0
    try:
        iso = date.fromisoformat(m.group("date")).isoformat()
    except ValueError:
        iso = None
    return iso, m.end()
