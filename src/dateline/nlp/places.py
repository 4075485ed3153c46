"""Places: every named place, resolved to country, region and coordinates.

Mentions of one place are gathered under the gazetteer's name for it, so "Nur-Sultan"
and "Astana" in one story are one place. Unresolved names are kept with null codes:
a place we cannot place is still a place the story names.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from spacy.tokens import Doc, Span, Token

from dateline.lexicons import read_tsv
from dateline.model import Place, Story
from dateline.nlp.context import StoryContext
from dateline.nlp.digest import digest_datelines
from dateline.nlp.gazetteer import (
    LANDFORM_WORDS,
    WATER_BETWEEN_WORDS,
    GeoEntry,
    admin_units,
    feature,
    fold,
    gazetteer,
    seat,
    seat_pattern,
    site_words,
)
from dateline.nlp.lexicon import Lexicon, lexicon

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
        state = gaz.lookup(story.region) if story.region else None
        at = head.find(story.region) if story.region else -1
        if state is not None and state.kind == "country" and at >= 0:
            # "KOTA BHARU, Malaysia, Dec. 19": the dateline names the country too
            c = by_key.setdefault(_key(state, story.region), _place(state, story.region))
            c.mentions.append((at, at + len(story.region)))
    doc = ctx.doc
    lex = lexicon(ctx.nlp)
    people = ctx.notes.get("people", [])
    person_tokens = {t for _, toks in people for t in toks}  # type: ignore[attr-defined]
    spans: list[tuple[int, int, GeoEntry | None]] = []
    for s, e, entry in ctx.notes.get("role_places", []):  # type: ignore[attr-defined]
        spans.append((s, e, entry))
    admin = _admin_places(doc, spans, person_tokens, record.country, lex)
    spans.extend(admin)
    spans.extend(_fused_lists(doc, spans, record.country))
    spans.extend(_seats(doc, spans))
    spans.extend(_sites(doc, spans, person_tokens, lex))
    spans.extend(_based_in(doc, spans, person_tokens))
    spans.extend(_named_landforms(doc, spans, person_tokens, lex))
    datelines = ctx.notes.get("digest_datelines")
    if not isinstance(datelines, list):  # (the actor step finds them first: actors._people)
        datelines = digest_datelines(doc)
    spans.extend(_digest_datelines(datelines, spans))
    spans.extend(_sided_with(doc, spans))
    covered = {t for s, e, _ in spans for t in range(s, e)}
    for ent in doc.ents:
        if (
            ent.label_ not in PLACE_LABELS
            and ent.label_ in MISLABELLED
            and not person_tokens.intersection(range(ent.start, ent.end))
        ):
            # The small model calls Minsk an ORG and Vanuatu a PERSON; a country or a
            # capital is unambiguous in the gazetteer, whatever the label.
            s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            end = _past_connector(doc, s, ent.end)  # "Mato Grosso | do Sul" tagged PERSON
            while end - s > 1 and doc[end - 1].text in {"'", "’"}:
                end -= 1  # "Buenos Aires' City Council hall" tagged FAC: a possessive
            text = doc[s:end].text
            if _body_word(doc, s, end, lex):
                continue  # "under fire in Congress", "the Bank": an institution, not a town
            dem = lex.demonyms.match([fold(t.text) for t in doc[s:end]], 0)
            if dem and dem[0] == end - s:
                continue  # "U.S. and Canadian banks": Canadian, Texas, is not meant
            cue = _local_country(doc, s, lex)
            near = cue or _apposed_country(doc, end)
            loc = _locative(doc, s, end, {x[1] - 1 for x in spans})
            entry = gaz.lookup(text, prefer_country=near)
            home = near or record.country
            if loc and (
                entry is None
                or entry.kind not in {"country", "city"}
                or (entry.kind == "city" and entry.country != home)
            ):
                # placed by its sentence: the story's own country's town of the name first
                entry = gaz.lookup_any(text, prefer_country=home) or entry
            if loc:
                entry = _placed_by_cue(entry, text, cue)
            if loc:
                entry = _placed_within(entry, text, _containing_country(doc, end))
            if (
                entry is None
                and (
                    _village(doc, s, end, lex)
                    or (ent.label_ == "PERSON" and _listed_with_place(doc, s, end))
                )
                and not _known_body(text, lex)
            ):
                # "near the Rheindahlen base" tagged ORG: a village no gazetteer holds, as
                # for a GPE (below), placed once the story's other places are known; a
                # town tagged PERSON in a list of towns ("at Yarmouth and Meteghan"), but
                # not a firm listed beside one ("HongKong and Shanghai Banking Corp").
                entry = GeoEntry(text, "place", None)
            landform = (
                _landform(doc[s:end])
                if entry is None
                and (
                    ent.label_ == "FAC"
                    or (
                        ent.label_ == "ORG"
                        and doc[end - 1].lower_ in LANDFORM_WORDS | WATER_BETWEEN_WORDS
                    )
                )
                else None
            )  # "Cape Breton Island" tagged FAC, "Liguasan Marsh" ORG; not "River Plate"
            if landform:
                entry = landform
            # A town the NER calls a person or a firm counts only where the sentence puts
            # it as a place ("visit Arequipa", "the base at Nea Makri", "Thassos island"),
            # or where a title follows it ("Newfoundland Premier Brian Peckford").
            sure = entry is not None and (
                entry.kind == "country"
                or gaz.is_capital(entry)
                # a large city under its own name ("when Rotterdam and Antwerp were winning
                # cargo", Rotterdam tagged PERSON) that the story does not make a person
                or (
                    entry.kind == "city"
                    and entry.population >= _LARGE_CITY
                    and _own_name(entry, text)
                )
                or (landform is not None and landform.kind == "feature")
                or (
                    entry.kind in {"city", "region", "place"}
                    and (
                        loc or landform or (_title_after(doc, end, lex) and _own_name(entry, text))
                    )
                )
            )
            if sure and not covered.intersection(range(ent.start, end)):
                spans.append((s, end, entry))
            continue
        if ent.label_ not in PLACE_LABELS and not (ent.label_ == "ORG" and ent.start in covered):
            continue
        s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        e = s
        # The NER fuses places with the names after them ("the Czech Republic Mikhal
        # Hasek"): the place ends where a person's name begins.
        while (
            e < ent.end
            and e not in person_tokens
            and doc[e].text not in {"'s", "’s"}
            and not (doc[e].text in {"'", "’"} and e > s)  # "Buenos Aires' City Council"
            and not (doc[e].text in {"-", "--"} and e > s and doc[e - 1].whitespace_)
        ):
            # ... and before a possessive ending ("West Germany's"), and before a dash
            # (a digest's dateline run on into its story: "NEW DELHI - Hindus staged")
            e += 1
        if e == ent.end:
            e = _past_connector(doc, s, e)
        if e == ent.end and e - s > 1 and doc[e - 1].lower_ in _NAME_CONNECTORS:
            # The NER stops inside a name ("Saint-Pierre et | Miquelon"): no place name
            # ends in "et" or "de", so it runs on over the capitalised words that follow.
            while e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].is_title:
                e += 1
            if doc[e - 1].lower_ in _NAME_CONNECTORS:
                e -= 1
        while e - s > 1 and _body_word(doc, e - 1, e, lex) and gaz.lookup(doc[s:e].text) is None:
            e -= 1  # "the Bucharest government's record": the NER took the body in
        if e > s and not covered.intersection(range(s, e)) and ent.label_ in PLACE_LABELS:
            text = doc[s:e].text
            if _body_word(doc, s, e, lex):
                continue
            dem = lex.demonyms.match([fold(t.text) for t in doc[s:e]], 0)
            if dem and dem[0] == e - s and gaz.lookup(text) is None:
                continue  # "Kyrgyz" tagged GPE is a demonym, not a place
            cue = _local_country(doc, s, lex)
            prefer = cue or _apposed_country(doc, e) or record.country
            entry = (
                gaz.lookup_any(text, prefer_country=prefer)
                if ent.label_ == "GPE"
                else gaz.lookup(text, prefer_country=prefer)
            )
            if (
                entry is not None
                and ent.label_ == "LOC"
                and entry.kind == "city"
                and entry.country != prefer
                and not gaz.is_capital(entry)
            ):
                # continents, seas, ranges: not a far-off town of the same name (a capital
                # the NER calls LOC is still itself: "Bucharest"; "Africa" is no Tunisian
                # town, though GeoNames gives one many names)
                entry = None
            if (entry is None or cue) and _locative(doc, s, e, {x[1] - 1 for x in spans}):
                entry = _placed_by_cue(entry, text, cue)
            entry = _placed_within(entry, text, _containing_country(doc, e))
            apposed = _apposed_country(doc, e)
            if apposed and entry is not None and entry.kind == "city" and entry.country != apposed:
                # "London, Ontario": the state or country set after it says which London
                entry = gaz.town_in(text, apposed) or entry
            if entry is None:
                # "Mount Semeru", "Brantas River", "Liguasan Marsh": a landform no lexicon
                # holds lies in the country the story is about (placed below).
                entry = _landform(doc[s:e])
            if entry is None and (
                (
                    ent.label_ == "GPE"
                    and (_village(doc, s, e, lex) or _listed_with_place(doc, s, e))
                )
                # "near Abu Simbel" tagged LOC ("in X" alone places nothing: "in Feburary")
                or (ent.label_ == "LOC" and _village(doc, s, e, lex))
            ):
                # A village no gazetteer holds ("a base near Dioura", "the centres of
                # Huanuni, Corocoro and Colquiri"): placed once the story's other places
                # are known (below).
                entry = GeoEntry(text, "place", None)
            if e == ent.end and e < len(doc) and doc[e].text in _REGION_WORDS:
                region = gaz.region(text, prefer_country=prefer)
                if region is not None:
                    # "Sao Paulo state" is the state, not the city it is named after.
                    entry, e = region, e + 1
            spans.append((s, e, entry))
    lead_home = _lead_names_home(doc, spans, record.country, lex)
    focus = _focus_country(spans, record.country, lead_home)
    lead_end = next(iter(doc.sents)).end if lead_home else 0
    spans = [
        (
            s,
            e,
            # the lead that names the dateline's country speaks of it ("Pakistan summoned
            # ... over an attack in Kurram district ..., accusing ... in Kabul")
            GeoEntry(x.name, "place", (s >= lead_end and _sentence_country(doc, s, spans)) or focus)
            if x and x.kind == "place" and not x.country
            else x,
        )
        for s, e, x in spans
    ]
    # A unit's name outranks a feature inside it ("Blue Nile State" is not the Nile).
    framed = {t for s, e, _ in admin for t in range(s, e)}
    features = [f for f in _features(doc, person_tokens) if not framed & set(range(f[0], f[1]))]
    in_features = {t for s, e, _ in features for t in range(s, e)}
    spans = [x for x in spans if not in_features.intersection(range(x[0], x[1]))] + features
    spans.extend(_unlabelled_places(doc, spans, person_tokens, record.country, lex))
    # A name the story uses for a person ("an aide to Seguin") is theirs, not a namesake
    # town's, unless the sentence makes it a place ("the port of Santos" in a story quoting
    # Orlando dos Santos); and a name no gazetteer knows, right before a person's name, is
    # the first of it ("Dharyono Kertosastro", then "Dharyono said").
    person_forms = {
        fold(n) for a in record.actors if a.type == "person" for n in (a.name, *a.aliases)
    }
    given = {fold(doc[s:e].text) for s, e, x in spans if x is None and e in person_tokens}
    spans = [
        (s, e, x)
        for s, e, x in spans
        if (x is not None and x.kind == "country")
        or not (
            (fold(doc[s:e].text) in person_forms and not _placed_by_sentence(doc, s, e))
            or (x is None and fold(doc[s:e].text) in given)
        )
    ]
    # Later mentions of a name placed only by its sentence ("near Dioura", then "Dioura")
    # are the same place.
    placed = {fold(doc[s:e].text): x for s, e, x in spans if x is not None and x.kind == "place"}
    place_tokens = {t for s, e, _ in spans for t in range(s, e)}
    named = set(by_key)  # the dateline's place is named as a place
    for s, e, entry in sorted(spans, key=lambda x: x[0]):
        text = doc[s:e].text
        if entry is None:
            entry = placed.get(fold(text))
        if (
            entry is not None
            and entry.kind in {"region", "place", "city"}
            and e - s > 1
            and admin_units().get(doc[e - 1].lower_) in {"open", ""}
            and (
                entry.kind != "region"
                or gaz.region(doc[s : e - 1].text, prefer_country=entry.country) == entry
            )
        ):
            # named "Mopti"; the mention keeps "Mopti region" (but "Northern Territory")
            text = doc[s : e - 1].text
        key = _key(entry, text)
        p = by_key.setdefault(key, _place(entry, text))
        p.mentions.append(ctx.of(doc[s:e]))
        owned = entry is not None and entry.kind == "country"
        if not (
            (owned and _owner_only(doc, e, place_tokens, lex))
            or _inside_name(doc, s, e, entry, place_tokens | person_tokens, lex)
        ):
            named.add(key)
    # A country only ever named as the owner of its people, bodies or goods ("U.S.
    # officials", "the U.S. Embassy", "Canada-U.S. trade") is not a place the story names,
    # as the annotation guide has it ("U.S. senator"); towns used so are ("a Texas
    # Democrat"), and so is a country a story is about ("the Iran arms scandal").
    record.places = [p for k, p in by_key.items() if k in named]


#: Nouns after a place's name that make it the name of a negotiation, a pact or a club
#: held or signed there ("the Uruguay round", "the Paris Club", "the Paris pact"), which
#: the annotation guide does not count as naming the place ("the Berne Agreement"). Not
#: "summit": the dev set has "the Venice summit" both ways, and a summit is held there.
_NAMED_AFTER = {
    "round",
    "club",
    "pact",
    "accord",
    "accords",
    "agreement",
    "convention",
    "treaty",
    "declaration",
    "protocol",
    "charter",
}
#: Capitalised words before "of NAME" that keep NAME a place ("the Republic of Korea"),
#: besides place nouns and water words ("the Gulf of Mexico").
_PLACE_HEADS = {
    "isle",
    "islands",
    "republic",
    "kingdom",
    "emirate",
    "sultanate",
    "principality",
    "commonwealth",
    "federation",
    "union",
    "straits",
}


def _inside_name(
    doc: Doc,
    s: int,
    e: int,
    entry: GeoEntry | None,
    named_tokens: Container[int],
    lex: Lexicon,
) -> bool:
    """Whether the place's name is only part of another name: a pact's or a negotiation's
    ("the Uruguay round", "the Paris economic pact") or a body's "X of NAME" ("the Bank
    of Montreal", "the Treaty of Rome", "the British Army of the Rhine"); a country in
    "the Bank of Japan" stays a place (the guide's "Embassy of Chile"), and so does a
    person's state ("Robert Dole of Kansas")."""
    after = [t.lower_ for t in doc[e : e + 2]]
    if after and after[0] in _NAMED_AFTER:
        return True
    if (
        len(after) == 2
        and after[1] in _NAMED_AFTER
        and doc[e].is_lower
        and doc[e].pos_
        in {
            "ADJ",
            "NOUN",
        }
    ):
        return True  # one word between: "the Paris currency pact", "the Uruguay trade round"
    if entry is not None and entry.kind == "country":
        return False
    i = s - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    head = doc[i - 1]
    words = {head.lemma_.lower(), head.lower_}
    if (
        head.lower_.rstrip(".") in _FIRM_SUFFIXES
        and entry is not None
        and entry.kind == "city"
        and entry.population >= _FIRM_SEAT_CITY
    ):
        # "Northwest Pipeline Corp of Salt Lake City": where the firm is (but "Union Oil
        # Co of California", "United Grain Corp of Oregon" are the firms' names)
        return False
    return (
        head.is_title
        and head.i not in named_tokens  # places and people: "Robert Dole of Kansas"
        and head.ent_type_ not in {"PERSON", "NORP"}
        and not words & (_PLACE_HEADS | _PLACE_NOUNS | _WATER_WORDS)
        and lex.titles.match([fold(head.text)], 0) is None
    )


#: A city this large after a firm's "of" is its seat, not a part of its name.
_FIRM_SEAT_CITY = 100_000
#: The last words of a firm's name, after which "of X" says where the firm is.
_FIRM_SUFFIXES = {"corp", "inc", "co", "cos", "ltd", "plc", "corporation", "company", "llc"}
#: Dependencies of a name that modifies the noun after it.
_MODIFIER_DEPS = {"compound", "amod", "nmod"}
#: Nouns a country modifies as their owner or agent ("U.S. exports", "U.S. retaliation"),
#: besides titles ("U.S. senator") from the lexicon. Not bodies a country may be the
#: subject of ("the House Iran committee").
_OWNED_NOUNS = {
    "embassy",
    "consulate",
    "mission",
    "government",
    "administration",
    "treasury",
    "ministry",
    "department",
    "congress",
    "senate",
    "army",
    "navy",
    "military",
    "official",
    "authority",
    "regulator",
    "lawmaker",
    "legislator",
    "delegate",
    "delegation",
    "negotiator",
    "troop",
    "force",
    "firm",
    "company",
    "bank",
    "banker",
    "producer",
    "exporter",
    "importer",
    "farmer",
    "export",
    "import",
    "good",
    "product",
    "grain",
    "wheat",
    "corn",
    "investment",
    "sale",
    "aid",
    "contribution",
    "retaliation",
    "intervention",
    "action",
    "concern",
    "anger",
    "pressure",
    "position",
    "decision",
    "policy",
    "gallon",
    "dollar",
    "base",
    "citizen",
    "interest",
    "relation",
    "war",
    "law",
    "objective",
    "market",
    "economy",
    "rate",
    "deficit",
    "surplus",
    "demand",
    "tariff",
    "quota",
    "subsidy",
    "budget",
    "debt",
    "currency",
    "bond",
    "growth",
    "output",
    "production",
    "industry",
    "manufacturer",
    "airline",
    "ship",
    "warship",
    "vessel",
    "aircraft",
    "worker",
    "consumer",
    "taxpayer",
    "hostage",
}


def _owner_only(doc: Doc, e: int, place_tokens: Container[int], lex: Lexicon) -> bool:
    """Whether the name ending at ``doc[e - 1]`` modifies a noun after it that is its
    own ("U.S. officials"), directly or through another place ("Canada-U.S. relations")."""
    tok = doc[e - 1]
    while tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i:
        tok = tok.head
        if tok.i not in place_tokens:
            if tok.pos_ not in {"NOUN", "PROPN"}:
                return False
            word = fold(tok.lemma_)
            return (
                word.rstrip("s") in _OWNED_NOUNS
                or word in _OWNED_NOUNS
                or lex.titles.match([word], 0) is not None
            )
    return False


#: Words before a name that make it a place: "in Mendoza", "visited Arequipa".
_LOCATIVE_BEFORE = {
    "in",
    "at",
    "near",
    "to",
    "from",
    "outside",
    "around",
    "across",
    "into",
    "visit",
    "visited",
    "visiting",
    "visits",
    "towards",
    "toward",
    "between",
    "via",
}
#: Lower-case words inside place names ("Saint-Pierre et Miquelon", "Rio de Janeiro").
_NAME_CONNECTORS = {
    "et", "de", "del", "da", "do", "dos", "das", "di", "of", "es", "el", "al", "la", "du", "des",
    "am", "ul", "sur",
}  # fmt: skip
#: Words for coordination: "around Kericho and Nyeri" is two places when Kericho is one.
_COORDINATION = {"and", "or", ","}
#: Lower-case words after a region's name that name the region, not its namesake city.
_REGION_WORDS = {"state", "province", "region"}
#: Nouns that make "<noun> of NAME" a place.
_PLACE_NOUNS = {
    "port",
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "capital",
    "state",
    "island",
    "outskirts",
    "suburb",
    "area",
    "coast",
    "streets",
    "centre",
    "center",
    "north",
    "south",
    "east",
    "west",
    "archbishopric",
    "mayor",
}
#: Words after a name that make it a place: "Thassos island", "Tak province".
_LOCATIVE_AFTER = {
    "island",
    "islands",
    "province",
    "region",
    "district",
    "village",
    "town",
    "city",
    "port",
    "peninsula",
    "county",
    "state",
    "valley",
    "airport",
    "base",
    "border",
    "area",
    "harbour",
    "harbor",
}
#: Two words after a name that make it a place: "the Ouadi Doum air base".
_LOCATIVE_AFTER_PAIRS = {("air", "base"), ("naval", "base"), ("army", "base")}


def _body_word(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """A lone word for a body ("Congress", "Bank", "Liberals" as a party): towns of that
    name exist (Congress, Arizona), but wire copy means the institution."""
    if e - s != 1:
        return False
    word = fold(doc[s].text)
    m = lex.org_words.match([word], 0) or lex.org_words.match([word.rstrip("s")], 0)
    return m is not None and m[0] == 1


def _locative(doc: Doc, s: int, e: int, place_ends: Container[int] = ()) -> bool:
    """Whether the words around ``doc[s:e]`` put it as a place; ``place_ends`` holds the
    last tokens of places already found, so that a name coordinated with one is one too."""
    before = doc[s - 1].lower_ if s > 0 else ""
    if before in {"nearby", "neighbouring", "neighboring"} and s > 1:
        s, before = s - 1, doc[s - 2].lower_  # "in nearby Tres Pontas"
    after = doc[e].lower_ if e < len(doc) else ""
    if before == "of" and s > 1 and doc[s - 2].lemma_.lower() in _PLACE_NOUNS:
        return True  # "the port of Lobito", "the outskirts of Kabul"
    if before in _COORDINATION and s > 1 and (s - 2) in place_ends:
        return True  # "around Kericho and Nyeri"
    if e + 1 < len(doc) and (after, doc[e + 1].lower_) in _LOCATIVE_AFTER_PAIRS:
        return True
    if _apposed_place_noun(doc, e):
        return True
    return before in _LOCATIVE_BEFORE or after in _LOCATIVE_AFTER


#: Words before a name that take people as often as places: "an aide to Seguin".
_PERSON_TOO_BEFORE = {"to", "from", "between", "visit", "visited", "visiting", "visits"}


def _placed_by_sentence(doc: Doc, s: int, e: int) -> bool:
    """:func:`_locative`, less the words that take people too ("from Sarney")."""
    before = doc[s - 1].lower_ if s > 0 else ""
    return _locative(doc, s, e) and before not in _PERSON_TOO_BEFORE


#: Nouns in "the Greek island of X" that tie the name to the demonym's country.
_CUE_NOUNS = {
    "island",
    "town",
    "city",
    "port",
    "village",
    "province",
    "region",
    "district",
    "capital",
    "oasis",
    "base",
    "border",
}


def _local_country(doc: Doc, s: int, lex: Lexicon) -> str | None:
    """The country the sentence itself puts the name at ``doc[s]`` in: "the Greek island
    of Kastellorizo", "the Angolan port of Lobito", "southern Iraq's Faw peninsula".
    Stronger than the dateline's country, which is only where the reporter was."""
    if s >= 2 and doc[s - 1].text in {"'s", "’s"}:
        gaz = gazetteer()
        for n in (1, 2, 3):
            if s - 1 - n < 0:
                break
            entry = gaz.countries.get(fold(doc[s - 1 - n : s - 1].text))
            if entry is not None and entry.kind == "country":
                return entry.country
        return None
    if s >= 3 and doc[s - 1].lower_ == "of" and doc[s - 2].lemma_.lower() in _CUE_NOUNS:
        dem = lex.demonyms.match([fold(doc[s - 3].text)], 0)
        if dem is not None:
            return str(dem[1])
    return None


def _placed_within(entry: GeoEntry | None, text: str, within: str | None) -> GeoEntry | None:
    """A town the sentence puts in a country (:func:`_containing_country`) is that
    country's town of the name, or an unknown place there; regions and countries stay."""
    if within is None or (entry is not None and entry.kind not in {"city", "place"}):
        return entry
    if entry is not None and entry.country == within:
        return entry
    return gazetteer().town_in(text, within) or GeoEntry(text, "place", within)


def _containing_country(doc: Doc, e: int) -> str | None:
    """The country of a region or country the sentence puts the name ending at ``doc[e]``
    in: "Hyderabad in Sindh province", "Paris in Texas". A town's fame elsewhere gives way
    to what the sentence says."""
    if e + 1 >= len(doc) or doc[e].lower_ != "in" or not doc[e + 1].is_title:
        return None
    gaz = gazetteer()
    for n in (4, 3, 2, 1):
        span = doc[e + 1 : e + 1 + n]
        if len(span) < n:
            continue
        entry = gaz.lookup(span.text)
        if entry is not None and entry.kind in {"region", "country"} and entry.country:
            return entry.country
    return None


#: What may follow "X, Y" for Y to be X's state or country: "Cambridge, Mass., where".
_APPOSITION_END = {",", ".", ";", ":", ")", "--"}


def _apposed_country(doc: Doc, e: int) -> str | None:
    """The country of a state or country set after the name by a comma ("Cambridge,
    Mass.", "Paris, Texas,"): a preference among homonyms only, since a list of places
    ("Tokyo, Hong Kong, Singapore") has the same shape."""
    if e + 1 >= len(doc) or doc[e].text != ",":
        return None
    gaz = gazetteer()
    for n in (1, 2, 3):
        end = e + 1 + n
        if end > len(doc):
            break
        based = (  # "a Santa Clara, Calif.-based maker"
            end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"
        )
        if end < len(doc) and not (doc[end].is_space or doc[end].text in _APPOSITION_END or based):
            continue
        name = doc[e + 1 : end].text
        entry = gaz.countries.get(fold(name))
        if entry is None or entry.kind != "country":
            regions = gaz.regions.get(fold(name))
            entry = regions[0] if regions else None
        if entry is not None and entry.country:
            return entry.country
    return None


def _placed_by_cue(entry: GeoEntry | None, text: str, cue: str | None) -> GeoEntry | None:
    """A place the sentence ties to a country (:func:`_local_country`) is in that country:
    a gazetteer namesake elsewhere gives way, and a name no gazetteer holds ("the Greek
    island of Kastellorizo") is still placed."""
    if cue is None or (entry is not None and (entry.country == cue or entry.kind == "country")):
        return entry
    return GeoEntry(text, "place", cue)


def _focus_country(
    spans: list[tuple[int, int, GeoEntry | None]], home: str | None, lead_home: bool = False
) -> str | None:
    """The country the story is about: the dateline's when its lead names that country,
    else the one its places name most often, the dateline's on a tie. A village near
    which fighting is reported from Nicosia is in the country the story is about, not in
    Cyprus; from Bamako, it is in Mali either way; and a story from Islamabad whose lead
    has Pakistan summon an Afghan envoy is about Pakistan however often it names Kabul."""
    if home and lead_home:
        return home
    counts: dict[str, int] = {}
    for _, _, x in spans:
        if x is not None and x.country and x.kind in {"country", "city", "region"}:
            counts[x.country] = counts.get(x.country, 0) + 1
    if not counts:
        return home
    best = max(counts.values())
    if home and counts.get(home, 0) == best:
        return home
    return max(counts, key=lambda c: counts[c])


def _sentence_country(
    doc: Doc, i: int, spans: list[tuple[int, int, GeoEntry | None]]
) -> str | None:
    """The one country of the towns and regions named in token ``i``'s sentence: a place
    no gazetteer holds lies with them ("recovered cattle near the lakeside town of
    Todenyang", in a sentence set in Lodwar; "the Burgeo Bank area, off the south coast
    of Newfoundland"). Countries and capitals named there do not count: they are often the
    other side, or stand for its government ("closing the Torkham crossing until Kabul
    acted")."""
    sent = doc[i].sent
    found = {
        x.country
        for s, _, x in spans
        if x is not None
        and x.country
        and x.kind in {"city", "region"}
        and sent.start <= s < sent.end
        and (not gazetteer().is_capital(x) or _measured_from(doc, s))
    }
    return found.pop() if len(found) == 1 else None


def _measured_from(doc: Doc, s: int) -> bool:
    """Whether the name at ``doc[s]`` is a point others are measured from: "20 miles east
    of Paris", "north of Baghdad"."""
    return s > 1 and doc[s - 1].lower_ == "of" and fold(doc[s - 2].text) in _COMPASS_WORDS


_COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                  "southwest", "north-east", "north-west", "south-east", "south-west"}  # fmt: skip


def _lead_names_home(
    doc: Doc, spans: list[tuple[int, int, GeoEntry | None]], home: str | None, lex: Lexicon
) -> bool:
    """Whether the story's first sentence names the dateline's country, by a place in it
    or a demonym ("Pakistan summoned ...", "Serbian police detained ...")."""
    if not home or not len(doc):
        return False
    lead = next(iter(doc.sents))
    if any(x is not None and x.country == home and lead.start <= s < lead.end for s, _, x in spans):
        return True
    words = [fold(t.text) for t in lead]
    for i in range(len(words)):
        m = lex.demonyms.match(words, i)
        if m is not None and m[1] == home:
            return True
    return False


def _own_name(entry: GeoEntry, text: str) -> bool:
    """A region by any of its names, a city only by its main one: alternate names hold
    other languages' words ("White House" is Casablanca's)."""
    return entry.kind == "region" or fold(entry.name) == fold(text)


#: Words before a name that make it a small place rather than, say, a month misspelt
#: ("in Feburary") or an item in a list of cities ("Hong Kong, Toyko and Australia").
_VILLAGE_BEFORE = {"near", "outside", "towards", "toward", "around"}
#: Words before "at" or "in" that make the name after it a site: "a base at Rheindahlen".
_SITE_WORDS = {"base", "camp", "station", "garrison", "barracks", "headquarters", "airfield"}
#: Words in a name that make it a lake, river or sea, which may lie between states.
_WATER_WORDS = {"lake", "river", "sea", "gulf", "ocean", "bay", "strait", "channel", "mount"}


#: Nouns that, set off after a name, say it is a settlement: "Achao, a village on ...".
_SETTLEMENT_NOUNS = {"village", "town", "city", "port", "hamlet", "settlement", "island",
                     "suburb", "district", "township", "oasis"}  # fmt: skip


def _apposed_place_noun(doc: Doc, e: int) -> bool:
    """Whether the name ending at ``doc[e]`` is set off by what kind of place it is:
    "a fisherwoman from Achao, a village on Quinchao island", "Omorate, a small town"."""
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in {"a", "an"}:
        return False
    j = e + 2
    while j < len(doc) and j - e < 6 and doc[j].pos_ in {"ADJ", "ADV", "NOUN", "PROPN", "PUNCT"}:
        if doc[j].lower_ in _SETTLEMENT_NOUNS:
            return True
        if doc[j].pos_ == "PUNCT" and doc[j].text != "-":
            return False
        j += 1
    return False


def _village(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """Whether the sentence names ``doc[s:e]`` as a small place of its own: "near Dioura",
    "the town of Boni", "the Ouadi Doum air base"; not an acronym, a body of water or a
    demonym phrase ("Gulf Arab")."""
    toks = doc[s:e]
    if toks.text.isupper() or any(t.lower_ in _WATER_WORDS for t in toks):
        return False
    if any(lex.demonyms.match([fold(t.text)], 0) for t in toks):
        return False
    before = doc[s - 1].lower_ if s > 0 else ""
    after = doc[e].lower_ if e < len(doc) else ""
    if before == "of" and s > 1 and doc[s - 2].lemma_.lower() in _CUE_NOUNS:
        return True
    if before in {"at", "in"} and s > 1 and doc[s - 2].lemma_.lower() in _SITE_WORDS:
        return True  # "a base at Rheindahlen", "based at Rheindahlen"
    if e + 1 < len(doc) and (after, doc[e + 1].lower_) in _LOCATIVE_AFTER_PAIRS:
        return True
    if _apposed_place_noun(doc, e):
        return True  # "Achao, a village on Quinchao island"
    return before in _VILLAGE_BEFORE or after in _LOCATIVE_AFTER


def _listed_with_place(doc: Doc, s: int, e: int) -> bool:
    """Whether ``doc[s:e]`` stands in a list beside a name the gazetteer knows as a town
    or region ("Huanuni, Corocoro, Siglo and Colquiri"): a list of places."""
    gaz = gazetteer()
    neighbours = []
    if s > 1 and doc[s - 1].lower_ in _COORDINATION:
        neighbours.append(doc[_name_run(doc, s - 2, -1) + 1 : s - 1])
    if e + 1 < len(doc) and doc[e].lower_ in _COORDINATION:
        end = _name_run(doc, e + 1, 1)
        if doc[e].text != "," or (end < len(doc) and doc[end].lower_ in _COORDINATION):
            # (not "Harris County, Texas": a town and its state, no list)
            neighbours.append(doc[e + 1 : end])
    for n in neighbours:
        entry = gaz.lookup(n.text) if len(n) else None
        if entry is not None and entry.kind in {"city", "region"}:
            return True
    return False


def _landform(span: Span) -> GeoEntry | None:
    """A proper name that starts or ends with a landform word ("Mount X", "X River"): a
    place in the country the story is about (placed later); one with a word for waters
    between states ("Beagle Channel", "Gulf of St. Lawrence") is a feature of no country."""
    if len(span) < 2 or not all(t.is_title or t.lower_ in _NAME_CONNECTORS for t in span):
        return None
    ends = {span[0].lower_, span[-1].lower_}
    if ends & LANDFORM_WORDS:
        return GeoEntry(span.text, "place", None)
    if ends & WATER_BETWEEN_WORDS:
        return GeoEntry(span.text, "feature", None)
    return None


def _named_landforms(
    doc: Doc,
    spans: list[tuple[int, int, GeoEntry | None]],
    person_tokens: set[int],
    lex: Lexicon,
) -> list[tuple[int, int, GeoEntry | None]]:
    """A name that a lowercase landform word heads: "the Qandil mountains", "the Narayani
    river", "Katchatheevu island". The NER tags such names anything (PRODUCT, ORG) or
    nothing; the landform word says what they are. A place in the country the story is
    about (placed later), named as written, as the annotation guide keeps the word."""
    taken = {t for s, e, _ in spans for t in range(s, e)} | person_tokens
    out: list[tuple[int, int, GeoEntry | None]] = []
    for tok in doc:
        if not (tok.is_lower and tok.lower_ in LANDFORM_WORDS and tok.i > 0):
            continue
        last = doc[tok.i - 1]
        if not (_capitalised(last) and last.pos_ == "PROPN" and last.head.i == tok.i):
            continue
        s = _name_run(doc, tok.i - 1, -1) + 1
        if s > tok.i - 1 or taken.intersection(range(s, tok.i)):
            continue
        if any(t.ent_type_ in PLACE_LABELS for t in doc[s : tok.i]):
            continue  # "southern Iraq's Faw peninsula": the place entity, placed by its cue
        words = [fold(t.text) for t in doc[s : tok.i]]
        if lex.demonyms.match(words, 0) or _known_body(doc[s : tok.i].text, lex):
            continue  # "the Turkish mountains", "the Nato island base"
        # "southern Iraq's Faw peninsula", "the Qandil mountains of northern Iraq"
        owner = _local_country(doc, s, lex) or _of_country(doc, tok.i + 1)
        known = gazetteer().lookup_any(doc[s : tok.i].text, prefer_country=owner)
        if owner and known is not None and known.country == owner:
            out.append((s, tok.i, known))  # the gazetteer's entry, with its region
        else:
            out.append((s, tok.i + 1, GeoEntry(doc[s : tok.i + 1].text, "place", owner)))
    return out


def _digest_datelines(
    datelines: list[tuple[int, int, GeoEntry]], spans: list[tuple[int, int, GeoEntry | None]]
) -> list[tuple[int, int, GeoEntry | None]]:
    """The datelines inside a digest of stories ("ROME - Italy's government ..."), which
    the NER often leaves untagged in capitals: places the story names."""
    taken = {t for s, e, _ in spans for t in range(s, e)}
    return [(s, e, x) for s, e, x in datelines if not taken & set(range(s, e))]


def _sided_with(
    doc: Doc, spans: list[tuple[int, int, GeoEntry | None]]
) -> list[tuple[int, int, GeoEntry | None]]:
    """A country or capital after "pro-" or "anti-" ("pro-Moscow Stalinists"), which the
    NER tags inside the faction's name or not at all: a place the story names, as the
    annotation guide counts "Mombasa-based"."""
    gaz = gazetteer()
    taken = {t for s, e, _ in spans for t in range(s, e)}
    out: list[tuple[int, int, GeoEntry | None]] = []
    for tok in doc[: len(doc) - 2]:
        i = tok.i + 2
        if not (
            tok.lower_ in {"pro", "anti"}
            and doc[tok.i + 1].text == "-"
            and not tok.whitespace_
            and not doc[tok.i + 1].whitespace_
            and doc[i].text[:1].isupper()
            and i not in taken
        ):
            continue
        for n in (2, 1):
            entry = gaz.lookup(doc[i : i + n].text) if i + n <= len(doc) else None
            if entry is not None and (entry.kind == "country" or gaz.is_capital(entry)):
                out.append((i, i + n, entry))
                break
    return out


def _of_country(doc: Doc, e: int) -> str | None:
    """The country named in "of (northern) X" right after ``doc[e - 1]``."""
    if e >= len(doc) or doc[e].lower_ != "of":
        return None
    i = e + 1
    if i < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i += 1  # "of northern Iraq"
    for n in (3, 2, 1):
        entry = gazetteer().countries.get(fold(doc[i : i + n].text))
        if entry is not None and entry.kind == "country":
            return entry.country
    return None


def _known_body(text: str, lex: Lexicon) -> bool:
    """A name the organisations lexicon holds ("Nato"), which no village shares."""
    words = [fold(w) for w in text.split()]
    m = lex.orgs.match(words, 0) or lex.orgs.match(["=" + text], 0)
    return m is not None and m[0] == len(words)


def _title_after(doc: Doc, e: int, lex: Lexicon) -> bool:
    """A capitalised title right after the name ("Newfoundland Premier Brian Peckford"),
    the name not itself a word that qualifies titles ("Federal Minister of State", not
    Federal, Argentina)."""
    if e >= len(doc) or not doc[e].is_title:
        return False
    if e > 0 and fold(doc[e - 1].text) in lex.modifiers:
        return False
    return lex.titles.match([fold(t.text) for t in doc[e : e + 4]], 0) is not None


_Features = dict[str, list[GeoEntry]]


@cache
def _feature_table() -> _Features:
    """lexicons/features.tsv: seas, rivers, ranges and regions, by their first word, the
    longest name first."""
    table: _Features = {}
    for name, code, *_ in read_tsv("features.tsv"):
        first = re.match(r"[\w.]+", name)
        key = first.group(0) if first else name
        table.setdefault(key, []).append(GeoEntry(name, "feature", code or None))
    for cands in table.values():
        cands.sort(key=lambda c: -len(c.name))
    return table


def _features(doc: Doc, person_tokens: set[int]) -> list[tuple[int, int, GeoEntry | None]]:
    """Seas, rivers and regions no NER label reliably finds ("the Aegean", "Shatt al-Arab",
    "Capitol Hill"), as written in lexicons/features.tsv; not inside a body's name. They
    take precedence over the NER's shorter spans ("eastern Mediterranean", not
    "Mediterranean")."""
    table = _feature_table()

    def match(i: int) -> tuple[int, GeoEntry] | None:
        for entry in table.get(doc[i].text, ()):
            for n in range(1, 7):
                span = doc[i : i + n]
                if len(span.text) >= len(entry.name):
                    break
            if (
                span.text == entry.name
                and not person_tokens.intersection(range(i, i + n))
                and not _inside_larger_org(doc, i, i + n)
                and _past_connector(doc, i, i + n) == i + n  # "Rio Grande do Sul"
                and not (doc[i].ent_iob_ == "I" and doc[i - 1].is_title)  # "South Africa"
                and not _longer_of_name(doc, i + n)  # "the Gulf | of St. Lawrence"
                # "Atlantic City": the NER's name runs on past the feature's (but "Evros
                # River" is the feature, named with its water word: see below)
                and not (
                    i + n < len(doc)
                    and doc[i + n].ent_iob_ == "I"
                    and doc[i + n].is_title
                    and doc[i + n].lower_ not in _FEATURE_CLOSERS
                )
            ):
                return n, entry
        return None

    out: list[tuple[int, int, GeoEntry | None]] = []
    i = 0
    while i < len(doc):
        hit = match(i)
        if hit and doc[i].lower_ == "the" and i + 1 < len(doc):
            # "the Gulf of Mexico" is the Gulf of Mexico, not "the Gulf" and Mexico
            after = match(i + 1)
            if after and after[0] + 1 > hit[0]:
                hit = (after[0] + 1, after[1])
        if hit:
            start = i + (1 if doc[i].lower_ == "the" else 0)  # "the Gulf" is named "Gulf"
            end, entry = i + hit[0], hit[1]
            if end < len(doc) and doc[end].is_title and doc[end].lower_ in _FEATURE_CLOSERS:
                # "the Evros River": named as written, the feature's country kept
                end += 1
                entry = GeoEntry(doc[start:end].text, entry.kind, entry.country)
            out.append((start, end, entry))
            i = end
        else:
            i += 1
    return out


def _longer_of_name(doc: Doc, e: int) -> bool:
    """Whether the name ending before ``doc[e]`` runs on as "of" and a name ("the Gulf of
    St. Lawrence"), a longer name than the lexicon's."""
    return e + 1 < len(doc) and doc[e].lower_ == "of" and _capitalised(doc[e + 1])


#: Capitalised words that close a feature's name when the lexicon gives it bare ("Evros").
_FEATURE_CLOSERS = {"river", "sea", "lake", "strait", "straits", "gulf", "delta", "ocean"}


def _inside_larger_org(doc: Doc, s: int, e: int) -> bool:
    """Part of a longer organisation name ("Gulf Cooperation Council", "Nile Breweries"),
    not of features the NER joined into one ("Ruhr and Rhineland plants" tagged ORG)."""
    return any(
        ent.label_ == "ORG"
        and ent.start <= s
        and e <= ent.end
        and (ent.start, ent.end) != (s, e)
        and doc[ent.start].lower_ != "the"
        and not all(feature(part) for part in ent.text.split(" and "))
        for ent in doc.ents
    )


def _capitalised(tok: Token) -> bool:
    """A word written as a name: "Arequipa", and also "N'djamena" or "McAllen", which
    str.istitle() refuses for the small letter after an apostrophe or a prefix."""
    return tok.is_title or (tok.text[:1].isupper() and not tok.is_upper and len(tok.text) > 2)


def _unlabelled_places(
    doc: Doc,
    spans: list[tuple[int, int, GeoEntry | None]],
    person_tokens: set[int],
    country: str | None,
    lex: Lexicon,
) -> list[tuple[int, int, GeoEntry | None]]:
    """Places the NER missed: a country's name whatever its label ("The Embassy of Chile"
    tagged WORK_OF_ART), and untagged proper names the gazetteer knows where the sentence
    makes them places ("is expected to visit Arequipa") or a title follows them
    ("Newfoundland Premier Brian Peckford")."""
    gaz = gazetteer()
    taken = {t for s, e, _ in spans for t in range(s, e)} | person_tokens
    ends = {e - 1 for _, e, _ in spans}
    out: list[tuple[int, int, GeoEntry | None]] = []
    i = 0
    while i < len(doc):
        if not _capitalised(doc[i]) or i in taken:
            i += 1  # most tokens: no name can start here
            continue
        for n in (3, 2, 1):
            span = doc[i : i + n]
            if len(span) < n or taken.intersection(range(i, i + n)):
                continue
            entry = gaz.countries.get(fold(span.text))
            name_toks = span[1:] if span[0].lower_ == "the" and n > 1 else span  # The Hague
            if (
                entry is None
                and all(t.pos_ == "PROPN" and not t.ent_type_ for t in name_toks)
                and _locative(doc, i, i + n, ends)
            ):
                entry = gaz.lookup_any(span.text, prefer_country=country)  # "visit Arequipa"
                if entry is not None and entry.population < 15_000 and entry.country != country:
                    entry = None  # a village abroad with the name: too weak a guess
            if (
                entry is None
                and all(t.pos_ == "PROPN" and not t.ent_type_ for t in name_toks)
                and _title_after(doc, i + n, lex)
            ):
                # Only the main index: a region or a town of 15,000 people, not a village
                # that shares its name with a body ("Senate Majority Leader").
                entry = gaz.lookup(span.text, prefer_country=country)
                if entry is not None and not (
                    entry.kind in {"region", "city"} and _own_name(entry, span.text)
                ):
                    entry = None
            if (
                entry is None
                and all(t.pos_ == "PROPN" for t in name_toks)
                and _locative(doc, i, i + n)
            ):
                # A capital or a large city inside another entity ("the archbishopric of La
                # Paz" tagged FAC) is still the place.
                big = gaz.lookup(span.text, prefer_country=country)
                if (
                    big is not None
                    and big.kind == "city"
                    and (gaz.is_capital(big) or big.population >= 500_000)
                ):
                    entry = big
            if entry is not None and entry.kind != "body" and span[-1].pos_ == "PROPN":
                out.append((i, i + n, entry))
                i += n - 1
                break
        i += 1
    return out


def _name_run(doc: Doc, i: int, step: int, limit: int = 5) -> int:
    """Where a run of name words starting at ``doc[i]`` ends (exclusive, ``step`` 1) or
    begins (``step`` -1): capitalised words, hyphen-joined pieces ("Noord-Brabant",
    "Aiga-i-le-Tai") and connectors inside a name ("Tierra del Fuego")."""
    j, n = i, 0
    while 0 <= j < len(doc) and n < limit:
        tok = doc[j]
        if tok.text == "-" and not tok.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
            pass  # a hyphen inside a word: the pieces on both sides belong to the name
        elif (
            tok.lower_ in _NAME_CONNECTORS - {"of"}
            and 0 <= j + step < len(doc)
            and _capitalised(doc[j + step])
            and j != i
        ):
            pass
        elif _capitalised(tok) and tok.pos_ in {"PROPN", "NOUN", "ADJ"}:
            n += 1
        elif j != i and doc[j - step].text == "-" and tok.is_alpha:
            pass  # "Aiga-i-le-Tai": small pieces after a hyphen
        else:
            break
        j += step
    while j != i and (doc[j - step].text == "-" or doc[j - step].lower_ in _NAME_CONNECTORS):
        j -= step  # a run never ends on a hyphen or a connector
    return j


#: A city this large, under its own name, is the city whatever label the NER gives it.
_LARGE_CITY = 250_000


def _fused_lists(
    doc: Doc, spans: list[tuple[int, int, GeoEntry | None]], country: str | None
) -> list[tuple[int, int, GeoEntry | None]]:
    """Coordinated places the NER fused into one entity ("Bremerhaven and Wilhelmshaven"
    tagged ORG): each part a country, region or town under its own name."""
    gaz = gazetteer()
    taken = {t for s, e, _ in spans for t in range(s, e)}
    out: list[tuple[int, int, GeoEntry | None]] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS | MISLABELLED or taken.intersection(
            range(ent.start, ent.end)
        ):
            continue
        cuts = [t.i for t in ent if t.lower_ in {"and", ","}]
        if not cuts:
            continue
        parts, start = [], ent.start
        for cut in [*cuts, ent.end]:
            if cut > start:
                parts.append((start, cut))
            start = cut + 1
        found = []
        for s, e in parts:
            entry = gaz.lookup(doc[s:e].text, prefer_country=country)
            if entry is None or entry.kind not in {"country", "region", "city"}:
                break
            if not _own_name(entry, doc[s:e].text):
                break
            found.append((s, e, entry))
        else:
            if len(found) > 1:
                out.extend(found)
    return out


#: Words that put a seat of government as a place ("in the White House East Room"); not
#: "to" or "from", which take it as the government ("a letter to the White House").
_IN_A_SEAT = {"in", "at", "inside", "outside", "into", "on", "near"}
#: ... and "to" or "from" after a word of moving: someone went there or left it.
_MOVES = {
    "departure", "depart", "leave", "return", "come", "go", "walk", "drive", "fly", "move",
    "visit", "trip", "invite", "summon", "arrive", "bring", "take", "escort",
}  # fmt: skip


def _seats(
    doc: Doc, spans: list[tuple[int, int, GeoEntry | None]]
) -> list[tuple[int, int, GeoEntry | None]]:
    """Seats of government (lexicons/seats.tsv) where the text puts something in them:
    "the news conference in the White House East Room", "on Capitol Hill". Elsewhere they
    stand for the government and are only actors ("the White House said")."""
    taken = {t for s, e, _ in spans for t in range(s, e)}
    out: list[tuple[int, int, GeoEntry | None]] = []
    for m in seat_pattern().finditer(doc.text):
        name = doc.char_span(m.start(), m.end())
        if name is None or taken.intersection(range(name.start, name.end)):
            continue
        k = name.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        moved = (  # "the departure from the White House", "invited to the Kremlin"
            k > 0 and doc[k].lower_ in {"from", "to"} and doc[k - 1].lemma_.lower() in _MOVES
        )
        if k < 0 or not (doc[k].lower_ in _IN_A_SEAT or moved):
            continue
        out.append((name.start, name.end, seat(m.group())))
        taken.update(range(name.start, name.end))
    return out


def _past_connector(doc: Doc, s: int, e: int) -> int:
    """The end of a name the NER stopped before a connector ("Rio Grande | do Sul"): the
    longer name counts when a gazetteer knows it."""
    if e + 1 < len(doc) and doc[e].lower_ in _NAME_CONNECTORS - {"of"} and doc[e + 1].is_title:
        longer = e + 2
        while longer < len(doc) and doc[longer].is_title and doc[longer].pos_ == "PROPN":
            longer += 1
        if gazetteer().lookup(doc[s:longer].text) is not None:
            return longer
    return e


def _sites(
    doc: Doc,
    spans: list[tuple[int, int, GeoEntry | None]],
    person_tokens: set[int],
    lex: Lexicon,
) -> list[tuple[int, int, GeoEntry | None]]:
    """Named sites, which the NER calls firms or people or misses: "the Torkham crossing",
    "the Old Cataract Hotel", "Halifax Stanfield International Airport", "outside the
    National Congress building". A crossing named after one village is that village; a
    site lies in the country of a town inside its name, else is placed later by its
    sentence or story, as villages are; a crossing of several words lies between states."""
    words = site_words()
    gaz = gazetteer()
    taken = {t for s, e, _ in spans for t in range(s, e)} | person_tokens
    out: list[tuple[int, int, GeoEntry | None]] = []
    for k, tok in enumerate(doc):
        kind = words.get(tok.text)
        if kind in {None, "modifier"} or k in taken:
            continue
        if kind == "before":
            s, e = k, _name_run(doc, k, 1)  # "the Casa de Narino demanded"
            if e - s < 2 or taken.intersection(range(s, e)):
                continue
            out.append((s, e, GeoEntry(doc[s:e].text, "place", None)))
            taken.update(range(s, e))
            continue
        if k == 0:
            continue
        if tok.is_title:
            s, e = _name_run(doc, k - 1, -1) + 1, k + 1  # "Old Cataract Hotel"
            if (
                s == 0
                or doc[s - 1].lower_ in {"of", "its", "their"}
                or not (
                    doc[s - 1].lower_ == "the"
                    or doc[s - 1].pos_ == "ADP"
                    or doc[s - 1].tag_ == "POS"
                )
                or (e < len(doc) and _capitalised(doc[e]))
            ):
                # "the Ministry of Construction, Road Building and ...", "Pratt Hotel
                # Corp", "its Dominion Bridge steel unit", "United Building said": a
                # body's name; a site follows "the", a preposition or a possessive
                continue
        elif tok.is_lower:
            last = k - 1
            if words.get(doc[last].text) == "modifier":
                last -= 1  # "the Qustul land crossing"
            s, e = _name_run(doc, last, -1) + 1, last + 1  # "the Burchardkai terminal"
            if s == 0 or doc[s - 1].lower_ != "the":
                continue  # "Kenyan police ... the border post"; "its Pilbara mine" is no site
        else:
            continue
        if s >= e - (1 if tok.is_title else 0) or taken.intersection(range(s, e)):
            continue
        name = doc[s:e]
        if tok.lower_ == "house" and (
            _known_body(name.text, lex) or doc[s].lower_ in {"lower", "upper"} or e - s > 3
        ):
            # "the White House said", "the Lower House", "the International Commodities
            # Clearing House": a seat is named in a word or two ("State House")
            continue
        if any(t.text == "-" for t in name) or _body_word(doc, s, e, lex):
            continue  # "the Shehyni-Medyka crossing" joins two villages; "the Foreign Ministry"
        if any(lex.demonyms.match([fold(t.text)], 0) for t in name) or doc[s].ent_type_ in {
            "DATE",
            "TIME",
        }:
            continue  # "the Polish border crossing", "the Monday market"
        entry = gaz.lookup(name.text)
        if entry is not None and entry.kind == "region":
            entry = GeoEntry(name.text, "place", entry.country)  # "the Preah Vihear temple"
        if entry is not None and entry.kind not in {"city", "place"}:
            continue  # "the Pakistan border crossing": the country is named as such
        if entry is None and tok.is_title:
            for n in range(e - s - 1, 0, -1):  # "Los Angeles International Airport"
                first = doc[s : s + n].text
                town = gaz.lookup(first)
                if town is not None and town.kind in {"city", "country"} and _own_name(town, first):
                    entry = GeoEntry(name.text, "place", town.country)
                    break
        if entry is None:
            one_village = kind == "crossing" and e - s == (2 if tok.is_title else 1)
            entry = GeoEntry(
                name.text, "place" if kind == "site" or one_village else "feature", None
            )
        out.append((s, e, entry))
        taken.update(range(s, e))
    return out


def _based_in(
    doc: Doc, spans: list[tuple[int, int, GeoEntry | None]], person_tokens: set[int]
) -> list[tuple[int, int, GeoEntry | None]]:
    """Places named as a firm's base, which the NER leaves inside the firm's name or
    untagged: "the Sao Paulo-based brokerage", "a Kalgoorlie-based broker". The guide
    counts a place used as a modifier."""
    gaz = gazetteer()
    taken = {t for s, e, _ in spans for t in range(s, e)} | person_tokens
    out: list[tuple[int, int, GeoEntry | None]] = []
    for k in range(2, len(doc)):
        if doc[k].lower_ != "based" or doc[k - 1].text != "-" or doc[k - 2].whitespace_:
            continue
        s = _name_run(doc, k - 2, -1) + 1
        if s > k - 2 or taken.intersection(range(s, k - 1)):
            continue
        entry = gaz.lookup(doc[s : k - 1].text)
        if entry is not None and entry.kind in {"city", "country", "region"}:
            out.append((s, k - 1, entry))
            taken.update(range(s, k - 1))
    return out


def _admin_places(
    doc: Doc,
    spans: list[tuple[int, int, GeoEntry | None]],
    person_tokens: set[int],
    country: str | None,
    lex: Lexicon,
) -> list[tuple[int, int, GeoEntry | None]]:
    """Names framed as administrative units, whatever the NER made of them: "the province
    of Tshopo", "Utrecht province", "Kano State", "Lviv Oblast", "the governor of Bac
    Giang". The frame says the name is a region, so the gazetteer's regions come before
    its towns ("the state of Acre" is Brazil's, not the Israeli city). A name no gazetteer
    holds, in a lower-case frame that only names units ("the district of Boni"), is a
    place of the story's country. The span of a name before its unit word keeps the word
    ("Mopti region")."""
    units = admin_units()
    taken = {t for s, e, _ in spans for t in range(s, e)} | person_tokens
    out: list[tuple[int, int, GeoEntry | None]] = []
    for k, tok in enumerate(doc):
        frame = units.get(tok.lower_)
        if frame is None or k in taken:
            continue
        # Only a lower-case unit word opens the frame to names no gazetteer holds: "Harris
        # County" is a county the gazetteers lack, not the town of Harris; "the Department
        # of Agriculture" a body.
        open_frame = frame in {"open", "town"} and tok.text.islower()
        lower = tok.text.islower() or frame == "head"
        found = None
        if k + 2 < len(doc) and doc[k + 1].lower_ == "of":
            # "the province of Tshopo", "Region of Magallanes", "District of Columbia"
            e = _name_run(doc, k + 2, 1)
            if e > k + 2 and not (e < len(doc) and doc[e].lower_ in units):
                # (not "districts of East Java province": the unit word after it frames it)
                found = _admin_entry(
                    doc, (k + 2, e), (k, e), country, lex, lower, open_frame, frame == "town"
                )
                if frame == "head" and found and found[2] and found[2].kind == "place":
                    found = None  # "the governor of X": only a region or town it knows
        if found is None and k > 0 and frame not in {"head", "town"}:
            # "Utrecht province", "Kano State", "the Lviv Oblast"
            s = _name_run(doc, k - 1, -1) + 1
            if s < k:
                found = _admin_entry(doc, (s, k), (s, k + 1), country, lex, lower, open_frame)
            # "Kurram and North Waziristan districts": the names coordinated before it
            while (
                found is not None
                and tok.lower_.endswith("s")
                and doc[s - 1].text
                in {
                    "and",
                    ",",
                }
            ):
                first = _name_run(doc, s - 2, -1) + 1
                more = (
                    _admin_entry(
                        doc, (first, s - 1), (first, s - 1), country, lex, lower, open_frame
                    )
                    if first < s - 1
                    else None
                )
                if more is None or taken.intersection(range(more[0], more[1])):
                    break
                out.append((more[0], more[1], more[2]))
                taken.update(range(more[0], more[1]))
                s = first
        if found is not None and not taken.intersection(range(found[0], found[1])):
            out.append(found)
            taken.update(range(found[0], found[1]))
    return out


def _admin_entry(
    doc: Doc,
    name: tuple[int, int],
    whole: tuple[int, int],
    country: str | None,
    lex: Lexicon,
    towns: bool,
    open_frame: bool,
    town: bool = False,
) -> tuple[int, int, GeoEntry | None] | None:
    """What a unit's name (tokens ``name``) in its frame (tokens ``whole``) names: the
    whole phrase when a gazetteer knows it ("Kano State", "District of Columbia"), else
    the name as a region, with ``towns`` a town of the story's country or, in an open
    frame, an unknown place; in a settlement's frame (``town``: "the town of Kano") towns
    come first. Returns the span the place covers: the whole phrase when the unit word
    ends it ("Mopti region"), else the name."""
    gaz = gazetteer()
    words = doc[name[0] : name[1]]
    if words[0].lower_ in {"the", "a"} or lex.demonyms.match([fold(t.text) for t in words], 0):
        return None  # "the Kurdish region": a people's region, not a name
    prefer = _local_country(doc, name[0], lex) or country
    known = gaz.lookup(doc[whole[0] : whole[1]].text, prefer_country=prefer)
    if whole != name and known is not None and known.kind == "region":
        return whole[0], whole[1], known
    s, e = whole if whole[0] == name[0] else name
    if town:
        # A town of the main index wherever it lies ("the Kurdish town of Rawandiz" in a
        # Tehran story); a village only at home (the world has many villages of a name).
        entry = gaz.lookup(words.text, prefer_country=prefer)
        if entry is None or entry.kind != "city":
            entry = gaz.small_place(words.text, prefer)
            entry = entry if entry is not None and entry.country == prefer else None
        if entry is not None:
            return s, e, entry
    entry = gaz.region(words.text, prefer_country=prefer)
    if entry is not None:
        return s, e, entry
    other = gaz.lookup(words.text, prefer_country=prefer)
    if other is not None and other.kind in {"country", "body", "feature"}:
        return None  # "the Soviet state", "the EC region": not a unit's name
    if other is None and open_frame:
        other = gaz.small_place(words.text, prefer)
    if (
        towns
        and other is not None
        and other.kind == "city"
        and other.country == (prefer or other.country)
    ):
        return s, e, other
    if open_frame and all(t.pos_ == "PROPN" for t in words if t.text != "-"):
        return s, e, GeoEntry(words.text, "place", None)  # placed below
    return None


def _key(entry: GeoEntry | None, raw: str) -> object:
    """One place per gazetteer entry ("Nur-Sultan" and "Astana" meet); else per name."""
    return (entry.kind, entry.name, entry.country) if entry else raw.casefold()


def _place(entry: GeoEntry | None, raw: str) -> Place:
    if entry is None:
        return Place(name=raw)
    return Place(
        name=raw,
        country=entry.country if entry.kind != "body" else None,
        admin1=entry.admin1,
        lat=entry.lat,
        lon=entry.lon,
    )
