"""Digests: one story made of several short items, each opening with its own dateline.

Reuters' news roundups run "WASHINGTON - President Reagan said ..." then "ANKARA - A
Turkish military court ...": each item was filed from its own place, and wire style leaves
the nationality of the people it names to that item's dateline, not the story's."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from dateline.nlp.gazetteer import GeoEntry, fold, gazetteer

#: How many capitalised words a dateline's place may have ("BAHIA BLANCA").
_MAX_WORDS = 3


def digest_datelines(doc: Doc) -> list[tuple[int, int, GeoEntry]]:
    """The in-text datelines, as token spans with their gazetteer entries: a place in
    capitals opening its line, with an optional ", Country", then a dash ("ROME - ...",
    "ZEEBRUGGE, Belgium - ...")."""
    gaz = gazetteer()
    text = doc.text
    out: list[tuple[int, int, GeoEntry]] = []
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha):
            continue
        line = text.rfind("\n", 0, tok.idx) + 1
        if line == 0 or text[line : tok.idx].strip():
            continue  # not the first word of a line after the first (the story's own)
        e = tok.i
        while e < len(doc) and e - tok.i < _MAX_WORDS and doc[e].is_upper and doc[e].is_alpha:
            e += 1
        j, prefer = e, None
        if j + 1 < len(doc) and doc[j].text == ",":
            k = j + 1
            while k < len(doc) and k - j <= _MAX_WORDS and doc[k].is_title:
                k += 1
            state = gaz.lookup(doc[j + 1 : k].text) if k > j + 1 else None
            if state is not None and state.kind in {"country", "region"}:
                j, prefer = k, state.country
        if j >= len(doc) or doc[j].text not in {"-", "--"}:
            continue
        name = doc[tok.i : e].text.title()
        entry = gaz.lookup(name, prefer_country=prefer)
        if entry is not None and _as_named(entry, name):
            out.append((tok.i, e, entry))
        elif prefer is not None:
            # a town the gazetteer lacks, in a country it knows: the item's country
            out.append((tok.i, e, GeoEntry(doc[tok.i : e].text.title(), "place", prefer)))
    return out


#: A city this large is the one meant by another of its names ("PEKING - ").
_WORLD_CITY = 1_000_000


def _as_named(entry: GeoEntry, name: str) -> bool:
    """Whether a dateline's capitals name the entry itself: a country, a region or a city
    under its own name, or a world city under another ("Peking"); not a market report's
    heading that a place has among its other names ("GOLD -", "WEST COAST -")."""
    if entry.kind == "country":
        return True
    if entry.kind not in {"city", "region"}:
        return False
    return fold(entry.name) == fold(name) or (
        entry.kind == "city" and entry.population >= _WORLD_CITY
    )


def item_country(datelines: list[tuple[int, int, GeoEntry]], i: int) -> str | None:
    """The country of the digest item token ``i`` stands in: that of the nearest dateline
    before it, or None before the first (the story's own dateline rules there)."""
    starts = [s for s, _, _ in datelines]
    k = bisect_right(starts, i) - 1
    return datelines[k][2].country if k >= 0 else None
