"""Places: every named place, resolved to country, region and coordinates.

Mentions of one place are gathered under the gazetteer's name for it, so "Nur-Sultan"
and "Astana" in one story are one place. Unresolved names are kept with null codes:
a place we cannot place is still a place the story names.
"""

from __future__ import annotations

from dateline.model import Place, Story
from dateline.nlp.context import StoryContext
from dateline.nlp.gazetteer import GeoEntry, gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC"})


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
    gaz = gazetteer()
    record, story = ctx.record, ctx.story
    home = dateline_place(story)
    by_name: dict[str, Place] = {}
    if story.place:
        where = story.text.find(story.place.split(",")[0].upper(), 0, story.body_start or None)
        if where < 0:
            where = story.text.find(story.place, 0, story.body_start or None)
        p = _place(home, story.place)
        if where >= 0 and story.body_start:
            p.mentions.append((where, where + len(story.place)))
        by_name[p.name] = p
    for ent in ctx.doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        start = ent.start_char + (len(ent.text) - len(text))
        entry = gaz.lookup(text, prefer_country=record.country)
        p = by_name.get(entry.name if entry else text)
        if p is None:
            p = by_name.setdefault(entry.name if entry else text, _place(entry, text))
        p.mentions.append(ctx.span(start, ent.end_char))
    record.places = list(by_name.values())


def _place(entry: GeoEntry | None, raw: str) -> Place:
    if entry is None:
        return Place(name=raw)
    return Place(name=entry.name, country=entry.country, admin1=entry.admin1,
                 lat=entry.lat, lon=entry.lon)
