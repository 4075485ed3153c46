"""Places: every named place, resolved to country, region and coordinates.

Mentions of one place are gathered under the gazetteer's name for it, so "Nur-Sultan"
and "Astana" in one story are one place. Unresolved names are kept with null codes:
a place we cannot place is still a place the story names.
"""

from __future__ import annotations

from dateline.model import Place, Story
from dateline.nlp.context import StoryContext
from dateline.nlp.gazetteer import GeoEntry, fold, gazetteer
from dateline.nlp.lexicon import lexicon

PLACE_LABELS = frozenset({"GPE", "LOC"})
MISLABELLED = frozenset({"ORG", "PERSON", "NORP", "FAC"})


def dateline_place(story: Story) -> GeoEntry | None:
    """Resolve the dateline's place; a region qualifier ("PORTLAND, Ore.") picks the country."""
    if not story.place:
        return None
    gaz = gazetteer()
    prefer = None
    if story.region:
        region = gaz.lookup(story.region)
        prefer = region.country if region else None
    return gaz.lookup(story.place, prefer_country=prefer)


def code_places(ctx: StoryContext) -> None:
    """Gather place mentions under one gazetteer entry, named as the story first names it."""
    gaz = gazetteer()
    record, story = ctx.record, ctx.story
    home = dateline_place(story)
    by_key: dict[object, Place] = {}
    if story.place and story.body_start:
        head = story.text[: story.body_start]
        where = head.lower().find(story.place.lower())
        p = by_key.setdefault(_key(home, story.place), _place(home, story.place))
        if where >= 0:
            p.mentions.append((where, where + len(story.place)))
    doc = ctx.doc
    lex = lexicon(ctx.nlp)
    people = ctx.notes.get("people", [])
    person_tokens = {t for _, toks in people for t in toks}  # type: ignore[attr-defined]
    spans: list[tuple[int, int, GeoEntry | None]] = []
    for s, e, entry in ctx.notes.get("role_places", []):  # type: ignore[attr-defined]
        spans.append((s, e, entry))
    covered = {t for s, e, _ in spans for t in range(s, e)}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ in MISLABELLED and not person_tokens \
                .intersection(range(ent.start, ent.end)):
            # The small model calls Minsk an ORG and Vanuatu a PERSON; a country or a
            # capital is unambiguous in the gazetteer, whatever the label.
            entry = gaz.lookup(ent.text[4:] if ent.text.lower().startswith("the ") else ent.text)
            if entry is not None and (entry.kind == "country" or gaz.is_capital(entry)) and \
                    not covered.intersection(range(ent.start, ent.end)):
                s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
                spans.append((s, ent.end, entry))
            continue
        if ent.label_ not in PLACE_LABELS and not (ent.label_ == "ORG" and ent.start in covered):
            continue
        s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        e = s
        # The NER fuses places with the names after them ("the Czech Republic Mikhal
        # Hasek"): the place ends where a person's name begins.
        while e < ent.end and e not in person_tokens:
            e += 1
        if e > s and not covered.intersection(range(s, e)) and ent.label_ in PLACE_LABELS:
            text = doc[s:e].text
            dem = lex.demonyms.match([fold(t.text) for t in doc[s:e]], 0)
            if dem and dem[0] == e - s and gaz.lookup(text) is None:
                continue  # "Kyrgyz" tagged GPE is a demonym, not a place
            entry = gaz.lookup_any(text, prefer_country=record.country) \
                if ent.label_ == "GPE" else gaz.lookup(text, prefer_country=record.country)
            if entry is not None and ent.label_ == "LOC" and entry.kind == "city" \
                    and entry.country != record.country:
                entry = None  # continents, seas, ranges: not a far-off town of the same name
            spans.append((s, e, entry))
    for s, e, entry in sorted(spans, key=lambda x: x[0]):
        text = doc[s:e].text
        p = by_key.setdefault(_key(entry, text), _place(entry, text))
        p.mentions.append(ctx.of(doc[s:e]))
    record.places = list(by_key.values())


def _key(entry: GeoEntry | None, raw: str) -> object:
    """One place per gazetteer entry ("Nur-Sultan" and "Astana" meet); else per name."""
    return (entry.kind, entry.name, entry.country) if entry else raw.casefold()


def _place(entry: GeoEntry | None, raw: str) -> Place:
    if entry is None:
        return Place(name=raw)
    return Place(name=raw, country=entry.country if entry.kind != "body" else None,
                 admin1=entry.admin1, lat=entry.lat, lon=entry.lon)
