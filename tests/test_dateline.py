"""Datelines: place, region, agency and date from the opening of a wire story.

Each test names the behaviour it pins. The Reuters strings are real ``<DATELINE>``
elements from Reuters-21578, each with the ``<DATE>`` of its own record as ``ref_date``.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

import pytest

from dateline.lexicons import read_tsv
from dateline.read.dateline import (
    DASHES,
    Dateline,
    normalise_agency,
    normalise_place,
    parse_dateline,
    parse_header,
)

from .conftest import KAZINFORM, REUTERS, need

# (dateline text, ref_date, place, region, agency, date)
Case = tuple[str, str | None, str, str | None, str | None, str | None]

WIRE_FORMS: list[Case] = [
    ("ASTANA. KAZINFORM - ", None, "Astana", None, "Kazinform", None),
    ("ASTANA. September 22. KAZINFORM - ", "2015-09-22", "Astana", None, "Kazinform", "2015-09-22"),
    ("WASHINGTON (Reuters) - ", None, "Washington", None, "Reuters", None),
    ("GAZA CITY (AFP) — ", None, "Gaza City", None, "AFP", None),
    ("Gaza City (AFP) - ", None, "Gaza City", None, "AFP", None),
    ("KABUL, Afghanistan (AP) — ", None, "Kabul", "Afghanistan", "AP", None),
    ("BEIJING, Nov. 28 (Xinhua) -- ", "2015-11-28", "Beijing", None, "Xinhua", "2015-11-28"),
    ("BEIJING, Nov. 28, 2015 (Xinhua) -- ", None, "Beijing", None, "Xinhua", "2015-11-28"),
    ("GAZA CITY, April 23 (AFP) - ", "2014-04-24", "Gaza City", None, "AFP", "2014-04-23"),
    (
        "PORTLAND, Ore., March 3 (Reuters) -",
        "2016-03-03",
        "Portland",
        "Ore.",
        "Reuters",
        "2016-03-03",
    ),
    ("MOSCOW, March 5 (Interfax) -", "2010-03-05", "Moscow", None, "Interfax", "2010-03-05"),
    ("MOSCOW, March 5 /TASS/ -", "2010-03-05", "Moscow", None, "TASS", "2010-03-05"),
    ("MOSCOW, March 5 /ITAR-TASS/ -", "2010-03-05", "Moscow", None, "TASS", "2010-03-05"),
    ("UNITED NATIONS, June 2 (AP) -", "2003-06-02", "United Nations", None, "AP", "2003-06-02"),
    ("NEW DELHI, Oct 3 (IANS) -", "2012-10-03", "New Delhi", None, "IANS", "2012-10-03"),
    ("LONDON, 12 March (Reuters) -", "2015-03-12", "London", None, "Reuters", "2015-03-12"),
    ("LONDON, 12 March 2015 (Reuters) -", None, "London", None, "Reuters", "2015-03-12"),
    (
        "DAR ES SALAAM, Tanzania, Sept. 4 (Reuters) – ",
        "2013-09-04",
        "Dar es Salaam",
        "Tanzania",
        "Reuters",
        "2013-09-04",
    ),
    ("PORT-AU-PRINCE, Jan. 12 (AP) — ", "2010-01-12", "Port-au-Prince", None, "AP", "2010-01-12"),
    ("WASHINGTON, Monday, March 2 (AP) — ", "2015-03-02", "Washington", None, "AP", "2015-03-02"),
    (
        "BAKU, Azerbaijan, Sept. 22 / Trend / ",
        "2015-09-22",
        "Baku",
        "Azerbaijan",
        "Trend",
        "2015-09-22",
    ),
    ("SEOUL, Dec. 1 (Yonhap) -- ", "2014-12-01", "Seoul", None, "Yonhap", "2014-12-01"),
    ("TOKYO, January 5 (Kyodo) - ", "2011-01-05", "Tokyo", None, "Kyodo", "2011-01-05"),
    ("ANKARA, Feb 14 (Anadolu Agency) - ", "2016-02-14", "Ankara", None, "Anadolu", "2016-02-14"),
    (
        "WASHINGTON, Aug 1 (Associated Press) - ",
        "1990-08-01",
        "Washington",
        None,
        "AP",
        "1990-08-01",
    ),
    ("ST. LOUIS, March 3 (Reuters) - ", "1999-03-03", "St. Louis", None, "Reuters", "1999-03-03"),
    ("ZÜRICH, March 3 (dpa) - ", "2001-03-03", "Zürich", None, "dpa", "2001-03-03"),
    ("XI'AN, China, March 3 (Xinhua) - ", "2001-03-03", "Xi'an", "China", "Xinhua", "2001-03-03"),
    ("MCALLEN, Texas, July 4 (AP) - ", "2001-07-04", "McAllen", "Texas", "AP", "2001-07-04"),
    (
        "HAVANA, Sept 9 (Prensa Latina) - ",
        "2001-09-09",
        "Havana",
        None,
        "Prensa Latina",
        "2001-09-09",
    ),
    ("NEW YORK, Dec 31, 2014 (Reuters) --- ", None, "New York", None, "Reuters", "2014-12-31"),
]

# Real Reuters-21578 <DATELINE> strings, with their record's <DATE>.
REUTERS_FORMS: list[Case] = [
    ("    SALVADOR, Feb 26 - ", "1987-02-26", "Salvador", None, None, "1987-02-26"),
    (
        "    OKLAHOMA CITY, Okla. March 11, Reuter - ",
        "1987-03-11",
        "Oklahoma City",
        "Okla.",
        "Reuters",
        "1987-03-11",
    ),
    (
        "    TAUPO, New Zealand, March 23, Reuter - ",
        "1987-03-23",
        "Taupo",
        "New Zealand",
        "Reuters",
        "1987-03-23",
    ),
    (
        "    ARNHEM, the Netherlands, April 1 - ",
        "1987-04-01",
        "Arnhem",
        "the Netherlands",
        None,
        "1987-04-01",
    ),
    ("    BAGUIO, Philippines - ", "1987-03-23", "Baguio", "Philippines", None, None),
    (
        "     L'Ange-Gardien, Que., Oct 19 - ",
        "1987-10-19",
        "L'Ange-Gardien",
        "Que.",
        None,
        "1987-10-19",
    ),
    ("    MONTREAL, Feb 26-\n    ", "1987-02-26", "Montreal", None, None, "1987-02-26"),
    ("    PARIS,March 16 - ", "1987-03-16", "Paris", None, None, "1987-03-16"),
    (
        "     WEST LAFAYETTE, Ind, April 9 - ",
        "1987-04-09",
        "West Lafayette",
        "Ind",
        None,
        "1987-04-09",
    ),
    ("     Caracas, feb 26 - ", "1987-02-26", "Caracas", None, None, "1987-02-26"),
    ("    omaha, april 7 - ", "1987-04-07", "Omaha", None, None, "1987-04-07"),
    ("     La paz, march 18 - ", "1987-03-18", "La paz", None, None, "1987-03-18"),
    ("    NEW YORK, Oct. 20 - ", "1987-10-20", "New York", None, None, "1987-10-20"),
    ("     LONDON, APR 07 - ", "1987-04-07", "London", None, None, "1987-04-07"),
    (
        "    MINNEAPOLIS, MINN., April 8 - ",
        "1987-04-08",
        "Minneapolis",
        "Minn.",
        None,
        "1987-04-08",
    ),
    ("    RIO DE JANEIRO, MARCH 25 - ", "1987-03-25", "Rio de Janeiro", None, None, "1987-03-25"),
    ("    ****ANTWERP, June 18 - ", "1987-06-18", "Antwerp", None, None, "1987-06-18"),
    (
        "     Trail, British Columbia, June 1 - ",
        "1987-06-01",
        "Trail",
        "British Columbia",
        None,
        "1987-06-01",
    ),
    ("    NITRO, W.Va., March 2 - ", "1987-03-02", "Nitro", "W.Va.", None, "1987-03-02"),
    ("    HAUPPAUGE, N.Y, April 9 -\n    ", "1987-04-09", "Hauppauge", "N.Y", None, "1987-04-09"),
    (
        "    GEORGETOWN, Grand Cayman, British West Indies, March 25 -\n    ",
        "1987-03-25",
        "Georgetown",
        "Grand Cayman, British West Indies",
        None,
        "1987-03-25",
    ),
    (
        "    DALLAS/FORT WORTH, Texas, March 3 - ",
        "1987-03-03",
        "Dallas/Fort Worth",
        "Texas",
        None,
        "1987-03-03",
    ),
    ("    NEW YORK , March 5 - ", "1987-03-05", "New York", None, None, "1987-03-05"),
    ("    CHICAGO, March 4, - ", "1987-03-04", "Chicago", None, None, "1987-03-04"),
    (
        "    KNOKKE-HEIST, Belgium, April 5 - ",
        "1987-04-05",
        "Knokke-Heist",
        "Belgium",
        None,
        "1987-04-05",
    ),
    ("    WASHINGTON - ", "1987-04-07", "Washington", None, None, None),
    # EFE brackets the country and ends with ".-"; APP ends with a colon; AAP may follow
    # the date without brackets.
    ("SANTIAGO (Chile), Oct 3 (EFE).- ", "2023-05-01", "Santiago", "Chile", "EFE", "2023-10-03"),
    ("KARACHI, Jan 22 (APP): ", "2024-01-01", "Karachi", None, "APP", "2024-01-22"),
    ("PERTH, Aug 21 AAP - ", "2023-08-01", "Perth", None, "AAP", "2023-08-21"),
]


def _fields(dl: Dateline | None) -> tuple[str | None, ...] | None:
    return None if dl is None else (dl.place, dl.region, dl.agency, dl.date)


def _date(text: str, ref: str | None) -> str | None:
    dl = parse_dateline(text, 0, ref)
    assert dl is not None, f"not parsed: {text!r}"
    return dl.date


@pytest.mark.parametrize(
    ("text", "ref", "place", "region", "agency", "date"), WIRE_FORMS, ids=[c[0] for c in WIRE_FORMS]
)
def test_wire_dateline_forms_give_place_region_agency_and_date(
    text: str,
    ref: str | None,
    place: str,
    region: str | None,
    agency: str | None,
    date: str | None,
) -> None:
    assert _fields(parse_dateline(text, 0, ref)) == (place, region, agency, date)


@pytest.mark.parametrize(
    ("text", "ref", "place", "region", "agency", "date"),
    REUTERS_FORMS,
    ids=[c[0].strip() for c in REUTERS_FORMS],
)
def test_reuters_21578_dateline_elements_parse_with_the_record_date_as_reference(
    text: str,
    ref: str | None,
    place: str,
    region: str | None,
    agency: str | None,
    date: str | None,
) -> None:
    dl = parse_dateline(text, 0, ref)
    assert _fields(dl) == (place, region, agency, date)
    assert dl is not None and dl.end == len(text)  # the whole element is dateline


def test_there_are_at_least_forty_distinct_dateline_forms_with_ten_from_reuters() -> None:
    texts = {c[0].strip() for c in WIRE_FORMS + REUTERS_FORMS}
    assert len(texts) >= 40
    assert len(REUTERS_FORMS) >= 10


# --------------------------------------------------------------------------- offsets


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Body",
        "  BEIJING, Nov. 28 (Xinhua) --   Body",
        "GAZA CITY, April 23 (AFP) —Body",
        "MOSCOW, March 5 /TASS/ -\n\nBody",
        "BAKU, Azerbaijan, Sept. 22 / Trend / Body",
        "ASTANA. KAZINFORM - Body",
    ],
)
def test_end_points_exactly_at_the_first_body_character(text: str) -> None:
    dl = parse_dateline(text, 0, "2015-01-01")
    assert dl is not None
    assert dl.end == text.index("Body")
    assert text[dl.start].isupper() and not text[: dl.start].strip()


def test_start_skips_leading_whitespace_and_reuters_asterisks() -> None:
    dl = parse_dateline("  ****ANTWERP, June 18 - Body", 0, "1987-06-18")
    assert dl is not None and (dl.start, dl.end) == (6, 25)


def test_parsing_begins_at_the_given_offset_and_offsets_stay_absolute() -> None:
    text = "xxxx WASHINGTON (AP) — Body"
    dl = parse_dateline(text, 4)
    assert dl is not None
    assert (dl.start, text[dl.end :]) == (5, "Body")
    assert parse_dateline(text, len(text)) is None


def test_hyphenated_place_is_not_cut_at_its_hyphens() -> None:
    dl = parse_dateline("PORT-AU-PRINCE - Body")
    assert dl is not None and (dl.place, dl.end) == ("Port-au-Prince", 17)


# --------------------------------------------------------------------------- header


def test_kazinform_header_and_dateline_on_one_line() -> None:
    text = " date 2015-09-22 ASTANA. KAZINFORM - Today, officials met."
    iso, pos = parse_header(text)
    assert (iso, text[pos : pos + 6]) == ("2015-09-22", "ASTANA")
    dl = parse_dateline(text, pos, ref_date=iso)
    assert _fields(dl) == ("Astana", None, "Kazinform", None)
    assert dl is not None and text[dl.start : dl.end] == "ASTANA. KAZINFORM - "
    assert text[dl.end :].startswith("Today,")


def test_the_shared_kazinform_example_file_gives_its_header_date_and_dateline() -> None:
    text = need(KAZINFORM).read_text(encoding="utf-8")
    iso, pos = parse_header(text)
    dl = parse_dateline(text, pos, ref_date=iso)
    assert iso == "2015-09-22"
    assert _fields(dl) == ("Astana", None, "Kazinform", None)
    assert dl is not None and text[dl.end :].startswith("Today,")


@pytest.mark.parametrize(
    ("text", "iso", "rest"),
    [
        ("Date: 2015-09-22\nASTANA. KAZINFORM - x", "2015-09-22", "ASTANA"),
        ("date 2015-09-22\n\nWASHINGTON (AP) - x", "2015-09-22", "WASHINGTON"),
        ("  DATE:2015-09-22 MOSCOW /TASS/ - x", "2015-09-22", "MOSCOW"),
    ],
)
def test_header_date_on_its_own_line_or_before_the_dateline(text: str, iso: str, rest: str) -> None:
    got, pos = parse_header(text)
    assert got == iso and text[pos:].startswith(rest)


def test_no_header_gives_none_and_offset_zero() -> None:
    assert parse_header("WASHINGTON (Reuters) - x") == (None, 0)
    assert parse_header("Dated 2015-09-22 x") == (None, 0)
    assert parse_header("date 2015-09-221 x") == (None, 0)


def test_header_with_an_impossible_date_is_consumed_but_gives_no_date() -> None:
    assert parse_header("date 2015-02-30 LONDON - x") == (None, 16)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "ref", "date"),
    [
        ("LONDON, Dec 31 - x", "1988-01-02", "1987-12-31"),
        ("LONDON, Jan 2 - x", "1987-12-30", "1988-01-02"),
        ("LONDON, June 30 - x", "1987-01-02", "1987-06-30"),
        ("LONDON, Nov. 28 (Reuters) - x", "1987-03-15", "1986-11-28"),
    ],
)
def test_missing_year_is_the_one_nearest_the_reference_date_across_year_ends(
    text: str, ref: str, date: str
) -> None:
    assert _date(text, ref) == date


def test_without_year_or_reference_the_date_is_none_not_today() -> None:
    dl = parse_dateline("    SALVADOR, Feb 26 - ")
    assert dl is not None and dl.place == "Salvador" and dl.date is None


def test_a_dateline_naming_no_date_gives_none_even_with_a_reference() -> None:
    dl = parse_dateline("WASHINGTON (Reuters) - x", 0, "2015-09-22")
    assert dl is not None and dl.date is None


def test_an_explicit_year_wins_over_the_reference_date() -> None:
    dl = parse_dateline("BEIJING, Nov. 28, 2015 (Xinhua) -- x", 0, "1987-01-01")
    assert dl is not None and dl.date == "2015-11-28"


def test_an_impossible_day_keeps_the_dateline_but_gives_no_date() -> None:
    dl = parse_dateline("LONDON, Feb 30 - x", 0, "1987-02-26")
    assert _fields(dl) == ("London", None, None, None)


def test_feb_29_outside_a_nearby_leap_year_gives_no_date() -> None:
    assert _date("LONDON, Feb 29 - x", "1987-03-01") is None
    assert _date("LONDON, Feb 29 - x", "1988-03-01") == "1988-02-29"


@pytest.mark.parametrize(
    "month", ["Sept", "Sept.", "Sep", "September", "SEPT", "sept", "SEPTEMBER", "Sep."]
)
def test_month_spellings_full_abbreviated_with_or_without_period_any_case(month: str) -> None:
    assert _date(f"LONDON, {month} 9 - x", "2001-09-01") == "2001-09-09"


def test_a_reference_date_that_is_not_iso_is_an_error() -> None:
    with pytest.raises(ValueError):
        parse_dateline("LONDON, Feb 26 - x", 0, "26-FEB-1987")


# --------------------------------------------------------------------------- separators


@pytest.mark.parametrize("dash", DASHES)
def test_every_separator_dash_ends_the_dateline(dash: str) -> None:
    text = f"GAZA CITY, April 23 (AFP) {dash} Body"
    dl = parse_dateline(text, 0, "2014-04-23")
    assert _fields(dl) == ("Gaza City", None, "AFP", "2014-04-23")
    assert dl is not None and text[dl.end :] == "Body"


def test_unicode_dashes_need_no_space_before_the_body() -> None:
    for dash in ("\u2013", "\u2014"):
        dl = parse_dateline(f"WASHINGTON (AP){dash}Body")
        assert dl is not None and dl.end == 16 and dl.agency == "AP"


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "text",
    [
        "Today, Mayor of the city met with a visiting delegation.",
        "The minister said - and repeated - that talks would go on.",
        "U.S. officials said on Monday that talks would resume.",
        "Today - the day of the vote.",
        "Toronto - the city council voted on Tuesday.",
        "In Washington, officials said the plan was dead.",
        "Interstate Commerce Commission (ICC) -- the agency ruled.",
        "WASHINGTON-based lobbyists said the bill would pass.",
        "Shares rose 5 pct - a record.",
        "",
        "   ",
        "BUENOS AIRES, ABR 7 - x",
    ],
)
def test_ordinary_sentences_and_unsupported_forms_are_not_datelines(text: str) -> None:
    assert parse_dateline(text, 0, "2015-09-22") is None


# --------------------------------------------------------------------------- agencies


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("KAZINFORM", "Kazinform"),
        ("REUTERS", "Reuters"),
        ("Reuter", "Reuters"),
        ("AP", "AP"),
        ("Associated Press", "AP"),
        ("ITAR-TASS", "TASS"),
        ("Itar-Tass", "TASS"),
        ("TASS", "TASS"),
        ("Agence France-Presse", "AFP"),
        ("xinhua", "Xinhua"),
        ("  Interfax ", "Interfax"),
        ("RIA  Novosti", "RIA Novosti"),
        ("(Reuters)", "Reuters"),
        ("DPA", "dpa"),
    ],
)
def test_agency_spellings_map_to_one_canonical_name(raw: str, canonical: str) -> None:
    assert normalise_agency(raw) == canonical


def test_unknown_agency_is_kept_as_written_not_invented() -> None:
    assert normalise_agency("  Foo Wire Service ") == "Foo Wire Service"
    dl = parse_dateline("WASHINGTON (Foo Wire Service) - x")
    assert _fields(dl) == ("Washington", None, "Foo Wire Service", None)


def test_empty_agency_string_is_none() -> None:
    assert normalise_agency("   ") is None


def test_agency_lexicon_has_its_header_and_at_least_thirty_agencies() -> None:
    rows = read_tsv("agencies.tsv")
    assert rows[0] == ("variant", "canonical")
    assert all(len(r) == 2 for r in rows[1:])
    assert len({r[1] for r in rows[1:]}) >= 30


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("GAZA CITY", "Gaza City"),
        ("NEW YORK", "New York"),
        ("PORT-AU-PRINCE", "Port-au-Prince"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("THE HAGUE", "The Hague"),
        ("L'ANGE-GARDIEN", "L'Ange-Gardien"),
        ("ST. LOUIS", "St. Louis"),
        ("st paul", "St Paul"),
        ("McAllen", "McAllen"),
        ("La paz", "La paz"),
    ],
)
def test_single_case_places_are_title_cased_and_mixed_case_kept(raw: str, place: str) -> None:
    assert normalise_place(raw) == place


# --------------------------------------------------------------------------- corpus


@pytest.mark.slow
def test_nearly_every_reuters_dateline_element_parses_with_its_record_date() -> None:
    record = re.compile(r"<DATE>([^<]*)</DATE>.*?<DATELINE>([^<]*)</DATELINE>", re.S)
    total = dated = 0
    for path in sorted(need(REUTERS).glob("reut2-*.sgm")):
        for m in record.finditer(path.read_bytes().decode("latin-1")):
            ref = datetime.strptime(m.group(1).split()[0], "%d-%b-%Y").date().isoformat()
            dl = parse_dateline(html.unescape(m.group(2)), 0, ref)
            total += 1
            dated += dl is not None and dl.date is not None
    # The misses are table fragments, typos ("Narch 2") and Spanish months ("ABR 7").
    assert total > 19_000
    assert dated / total > 0.99
