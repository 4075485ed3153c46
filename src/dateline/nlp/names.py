"""People in a sentence: where the name is, and the role, country and sector its title gives.

The small spaCy model fuses titles, places and names into one wrong entity ("Astana Adilbek
Dzhaksybekov" ORG, "the Czech Republic Mikhal Hasek" GPE). Rather than trust those spans,
this module reads the tokens: a title from ``titles.tsv`` (with modifiers and a demonym or
possessive on its left, "and"-chained titles on its right), then an ``of``/``for``/``to``
phrase made of known places and organisations, then honorifics, then the name. Appositions
("Jan Kowalski, a member of the Polish Senate's ...") and "his Turkish counterpart, Mehmet
Yilmaz" are read the same way. NER PERSON spans not covered by a title become role-less
mentions. Every rule is about token shapes and lexicon entries, never about one story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.nlp.gazetteer import (
    LANDFORM_NOT_SURNAMES,
    Gazetteer,
    GeoEntry,
    admin_units,
    feature,
    feature_names,
    fold,
    site_words,
)
from dateline.nlp.kb import knowledge_base
from dateline.nlp.lexicon import Lexicon, Org, Title

#: Words for a body's members and heads, whose sector is the body's ("president of the
#: Bank of Montreal" is BUS, "member of the Senate committee" LEG).
_HEADS_OF_BODIES = {"member", "head", "leader", "chairman", "director", "president", "chief"}
#: Kinship nouns a first name follows: "his wife Nancy", "the president's son Hunter".
_KIN = {
    "wife",
    "husband",
    "widow",
    "widower",
    "son",
    "daughter",
    "brother",
    "sister",
    "mother",
    "father",
}
#: Verbs by which a relative clause gives a person's post: "X, who heads the coast guard".
_LEADS = {"head", "lead", "chair", "run", "command", "direct"}
#: Titles a name may follow after a comma: "his Turkish counterpart, Mehmet Yilmaz".
_APPOSED_TITLES = {
    "counterpart", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson",
    "adviser", "advisor", "aide", "successor", "predecessor",
}  # fmt: skip
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")
_PARTICLES = {
    "de",
    "da",
    "van",
    "von",
    "bin",
    "bint",
    "al",
    "el",
    "del",
    "la",
    "le",
    "ibn",
    "abu",
    "der",
    "den",
    "di",
    "du",
    "dos",
    "ter",
    "ben",
}
#: Capitalised words that start sentences or stand before names but are never names.
_NOT_NAME = {
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "or",
    "mr",
    "mrs",
    "ms",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "our",
    "its",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "reuters",
    "reuter",
    "according",
    "meanwhile",
    "however",
    "also",
    "after",
    "before",
    "during",
    "while",
    "when",
    "if",
    "as",
    "under",
    "with",
    "from",
    "for",
    "of",
    "to",
    "by",
    "said",
    "says",
    "told",
    "added",
}
#: Month names that are also given names: a name unless a day number follows.
_NAME_OR_MONTH = {"jan", "april", "may", "june", "august"}
#: Words that end an organisation or region phrase inside a role ("Arequipa Region").
_PLACE_HEADS = {
    "region",
    "province",
    "oblast",
    "state",
    "county",
    "district",
    "prefecture",
    "governorate",
    "territory",
    "republic",
    "kingdom",
    "city",
    "municipality",
    "department",
    "canton",
    "krai",
    "kray",
    "emirate",
}
_OF = {"of", "for", "to"}
#: Nouns after which a name is a vessel's: "the research ship Akdeniz Yildizi".
_VESSELS = {
    "ship", "vessel", "tanker", "frigate", "freighter", "destroyer", "submarine", "cruiser",
    "warship", "trawler", "ferry", "yacht", "boat", "supertanker", "carrier", "liner",
}  # fmt: skip
#: Words that head names of things the NER often calls PERSON.
_NON_PERSON_HEADS = {
    "cyclone",
    "hurricane",
    "typhoon",
    "storm",
    "tropical",
    "operation",
    "mount",
    "lake",
    "river",
    "camp",
    "fort",
    "port",
    "saint",
    "st.",
    "cape",
    "gulf",
    "bay",
    "mr.",
    "mrs.",
    "ms.",
}
#: A firm or outlet named after its kind: "the state oil company Petrobras".
FIRM_KINDS = {
    "company",
    "firm",
    "carrier",
    "airline",
    "conglomerate",
    "subsidiary",
    "newspaper",
    "broadcaster",
}
_NON_PERSON_HEADS |= FIRM_KINDS


def firm_named(doc: Doc, words: list[str]) -> set[str]:
    """Names the NER tags PERSON that a sentence gives a firm's kind ("the state oil company
    Petrobras"): the firm's, wherever they recur. ``words`` are the folded tokens."""
    return {
        ent.text
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent.start > 0 and words[ent.start - 1] in FIRM_KINDS
    }


_POSSESSORS = {"his", "her", "their", "its", "the", "a", "an"}
#: Lower-case particles that open a surname standing alone ("de Keersmaeker", "van den
#: Broek"), which the NER leaves out of the name.
_SURNAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "del", "dos", "ter"}
#: Administrative unit words that end no one's name ("Sonora State", "Kurram District");
#: not "parish", a surname too.
_UNITS_NOT_SURNAMES = {
    "province", "state", "county", "district", "department", "governorate", "prefecture",
    "oblast", "krai", "okrug", "municipality", "canton", "voivodeship", "region",
}  # fmt: skip


#: Prepositions after which a name is where something is, never who: "in Chiang Saen".
_LOCATED_BY = {"in", "near", "around", "outside", "between"}


def _unit_before(words: list[str], s: int) -> str | None:
    """The frame (lexicons/admin_units.tsv) of the unit word in "<unit> of NAME" when the
    name starts at ``s`` ("the province of Tuyen Quang", "the governor of Bac Giang"),
    else None."""
    if s < 2 or words[s - 1] != "of":
        return None
    return admin_units().get(words[s - 2])


def _unit_follows(doc: Doc, e: int) -> bool:
    """Whether a lower-case unit word follows the name ending at ``doc[e]``, directly
    ("Tuyen Quang province") or after coordinated names ("Kurram and North Waziristan
    districts")."""
    units = admin_units()
    j = e
    while j < len(doc):
        word = doc[j].text
        if word.islower() and units.get(word, "head") not in {"head", "town"}:
            return j == e or word.endswith("s")
        if word in {"and", ","} or (doc[j].is_title and j - e < 8):
            j += 1
            continue
        return False
    return False


#: Where a known surname the NER took for a place still acts as a person ("McFarlane,
#: Poindexter and North"): subjects, objects and conjuncts, never a compound ("Santos harbour").
_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "conj", "appos", "pobj", "poss"}
#: Nouns for a person's position that an apposition names: "a senior official, NAME,".
_POSITION_NOUNS = {
    "leader",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "activist",
    "campaigner",
    "researcher",
    "member",
    "chairman",
    "head",
    "director",
    "organiser",
    "organizer",
    "negotiator",
    "aide",
    "adviser",
    "advisor",
    "envoy",
    "representative",
    "commander",
    "chief",
    "counterpart",
    "colleague",
    "deputy",
    "lawyer",
    "secretary-general",
}
#: Words that end a title but begin no name: "the General Agreement on Tariffs and Trade"
#: is a treaty, not General Agreement; "Secretary-General of the Council" has no name.
_NOT_NAME_WORDS = {
    "agreement",
    "treaty",
    "accord",
    "convention",
    "protocol",
    "charter",
    "fund",
    "bank",
    "council",
    "assembly",
    "committee",
    "commission",
    "court",
    "ministry",
    "department",
    "university",
    "hospital",
    "airport",
    "airlines",
    "corporation",
    "company",
    # corporate suffixes: "Anheuser-Busch Cos Inc" is no person, whatever the NER says
    "inc",
    "corp",
    "cos",
    "ltd",
    "plc",
    "llc",
    "organisation",
    "organization",
    "conference",
    "agency",
    "news",
    "radio",
    "television",
    "newspaper",
    "party",
    "union",
    "association",
    "federation",
    "confederation",
    "society",
    "institute",
    "foundation",
    "league",
    "chamber",
    "authority",
}


@dataclass(slots=True)
class PersonMention:
    """One mention of a person: token span of the name, and what its context says."""

    start: int
    end: int
    role: str | None = None
    sector: str | None = None
    country: str | None = None
    role_span: tuple[int, int] | None = None
    source: str = "ner"  # "title", "apposition", "ner"

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


def _is_initial(t: Token) -> bool:
    return bool(_INITIAL.match(t.text))


def _occupation_word(t: Token) -> bool:
    """A lower-case noun or "and" between a demonym and a name ("Australian businessman
    and brewer Alan Bond")."""
    return t.is_lower and (t.pos_ == "NOUN" or t.lower_ == "and")


def _is_cap_word(t: Token) -> bool:
    s = t.text
    if not s or not s[0].isupper() or s.lower() in _NOT_NAME:
        return False
    core = s.replace("-", "").replace("'", "").replace("’", "")
    return core.isalpha() and not (s.isupper() and len(s) > 4)


class NameReader:
    """Finds :class:`PersonMention` s in a Doc using the lexicons and the gazetteer."""

    def __init__(self, lex: Lexicon, gaz: Gazetteer, home: str | None = None) -> None:
        self.lex = lex
        self.gaz = gaz
        #: The state the story is filed from, whose towns a visit goes to.
        self.home = home
        #: Places read inside roles ("Mayor of Astana"): (start, end, entry) token spans.
        self.role_places: list[tuple[int, int, GeoEntry]] = []
        self._doc: Doc | None = None
        self._words: list[str] = []

    # -- token-level helpers -------------------------------------------------------------
    def _title_at(self, words: list[str], i: int) -> tuple[int, Title] | None:
        m = self.lex.titles.match(words, i)
        return (m[0], m[1]) if m else None  # type: ignore[return-value]

    def name_run(self, doc: Doc, i: int, limit: int) -> int:
        """End of the person-name run starting at token ``i`` (``i`` when none)."""
        j, joined = i, 0  # (tokens of hyphenated names count as one word: "Abdul-Aziz")
        while j < limit and j - i - joined < 5:
            t = doc[j]
            if t.lower_ in _NAME_OR_MONTH and j + 1 < len(doc) and doc[j + 1].like_num:
                break  # "May 5", "Jan 2": a date, not Theresa May or Jan Kowalski
            # "de", or "de la", between name words ("Miguel de la Madrid").
            nxt = j + 2 if j + 2 < limit and doc[j + 1].lower_ in _PARTICLES else j + 1
            particle = t.lower_ in _PARTICLES and j > i and nxt < limit and _is_cap_word(doc[nxt])
            if (
                j > i
                and j + 1 < len(doc)
                and doc[j + 1].text in {"'s", "’s"}
                and (entry := self.gaz.lookup(t.text)) is not None
                and entry.kind == "country"
            ):
                break  # "George Shultz China's recent troubles": a state, not a third name
            if _is_cap_word(t) or _is_initial(t) or particle:
                j += 1
            elif (
                t.lower_ in _PARTICLES
                and j > i
                and j + 2 < limit
                and doc[j + 1].text == "-"
                and not t.whitespace_
                and not doc[j + 1].whitespace_
                and _is_cap_word(doc[j + 2])
            ):
                j += 3  # "Abdul-Aziz bin Khalifa al-Thani"
                joined += 2
            elif (
                t.text in {"-", "'"}
                and j > i
                and j + 1 < limit
                and not t.whitespace_
                and doc[j + 1].is_alpha
                and not doc[j - 1].whitespace_
            ):
                j += 2  # "Min-seok", "O'Neill": the part after the joiner may be lowercase
                joined += 2
            else:
                break
        # A run ending in an initial ("M.") is not a name; neither is a run of only initials.
        while j > i and _is_initial(doc[j - 1]):
            j -= 1
        return j

    def _place_chunk(self, doc: Doc, p: int, limit: int) -> tuple[int, GeoEntry | Org | str] | None:
        """A known place or organisation starting at ``p`` (after an optional 'the')."""
        q = p + 1 if doc[p].lower_ == "the" else p
        words = self._lower(doc)
        m = self.lex.orgs.match(words, q)
        if m:
            end = q + m[0]
            # "the Federal Reserve Board": a capitalised body word after a named body is
            # part of it, never the first word of the person's name.
            more = self.lex.org_words.match(words, end) if end < limit else None
            if more and all(_is_cap_word(t) for t in doc[end : end + more[0]]):
                end += more[0]
            return end, m[1]  # type: ignore[return-value]
        for n in range(min(6, limit - q), 0, -1):
            span = doc[q : q + n]
            if not all(_is_cap_word(t) or t.lower_ in {"of", "and", "-"} for t in span):
                continue
            if span[-1].lower_ in {"of", "and", "-"}:
                continue
            if n == 1 and (w := self.lex.org_words.match(words, q)) and w[0] == 1:
                continue  # "the Bank of Spain": a body word, though a town is called Bank
            entry = self.gaz.lookup(span.text)
            if entry is not None:
                entry = feature(span.text) or entry  # "for Africa": no Tunisian namesake
                end = q + n
                if end < limit and doc[end].lower_ in _PLACE_HEADS:
                    end += 1  # "Arequipa Region", "Aqmola Oblast"
                return end, entry
        # An unknown capitalised phrase closed by a region/organisation head word.
        j = q
        while j < limit and j - q < 6 and (_is_cap_word(doc[j]) or doc[j].lower_ in {"of"}):
            if doc[j].lower_ in _PLACE_HEADS:
                return j + 1, doc[q : j + 1].text
            head = self.lex.org_words.match(words, j)
            if head:  # "the Turkish General Staff": the whole of a two-word head
                return j + head[0], doc[q : j + head[0]].text
            j += 1
        return None

    def _lower(self, doc: Doc) -> list[str]:
        """Folded words of ``doc``, computed once per document."""
        if self._doc is not doc:
            self._doc, self._words = doc, [fold(t.text) for t in doc]
        return self._words

    def _demonym_first(self, doc: Doc, words: list[str], s: int, e: int) -> tuple[int, str | None]:
        """A demonym right before a name or taken into it by the NER ("Israeli Shimon
        Peres", "Belgian Paul de Keersmaeker"): it gives the person's country, and the name
        starts after it. Two name words must remain."""
        m = self.lex.demonyms.match(words, s)
        if m and e - (s + m[0]) >= 2:
            return s + m[0], str(m[1])
        if e - s < 2:
            return s, None
        # Back over a few lower-case nouns of occupation ("Australian businessman and
        # brewer Alan Bond", "Ariadne's Philippine agent Domingo Panganiban").
        k = s
        while k - 1 >= 0 and s - k < 4 and _occupation_word(doc[k - 1]):
            k -= 1
        for start in range(k, s + 1):
            for n in (1, 2):
                m = self.lex.demonyms.match(words, start - n) if start - n >= 0 else None
                if m and m[0] == n:
                    return s, str(m[1])
        return s, None

    def _body_left(self, doc: Doc, words: list[str], i: int, floor: int) -> tuple[int, Org] | None:
        """A named organisation ending at i-1 ("State Department", "GATT")."""
        for n in range(min(5, i - floor), 0, -1):
            m = self.lex.orgs.match(words, i - n)
            if n == 1 and m is None:
                m = self.lex.orgs.match(["=" + doc[i - 1].text], 0)  # acronyms as written
            if m and m[0] == n and isinstance(m[1], Org):
                before = i - n - 1
                if (
                    before >= floor
                    and _is_cap_word(doc[before])
                    and self.lex.demonyms.match(words, before) is None
                    and self.gaz.lookup(doc[before].text) is None
                ):
                    return None  # "National Security Council": a longer name, not the UN's
                return i - n, m[1]
        return None

    def _demonym_left(self, doc: Doc, i: int, floor: int) -> tuple[int, str] | None:
        """A demonym ("Peruvian") or possessive place ("Peru's", "Lima's") ending at i-1."""
        lowered = self._lower(doc)
        if i - 1 >= floor:
            for n in (3, 2, 1):
                s = i - n
                if s < floor:
                    continue
                m = self.lex.demonyms.match(lowered, s)
                if m and s + m[0] == i:
                    return s, str(m[1])
        for n in (3, 2, 1):  # "New Zealand Foreign Minister", "U.S. Treasury Secretary"
            s = i - n
            if s >= floor and all(_is_cap_word(t) or t.text.isupper() for t in doc[s:i]):
                entry = self.gaz.lookup(doc[s:i].text)
                if entry is not None and (
                    entry.kind in {"country", "body"}
                    # ... and a state or province right before a title: "Ontario finance
                    # minister" (not "the canning group Souss Atlantique", Atlantique, Benin)
                    or (entry.kind == "region" and self._title_at(lowered, i))
                ):
                    return s, str(entry.country)
        if i - 2 >= floor and doc[i - 1].text in {"'s", "’s"}:
            for n in (3, 2, 1):
                s = i - 1 - n
                if s < floor:
                    continue
                entry = self.gaz.lookup(doc[s : i - 1].text)
                if entry is not None and entry.country:
                    return s, entry.country
        return None

    # -- the readers ---------------------------------------------------------------------
    def read(self, doc: Doc) -> list[PersonMention]:
        words = self._lower(doc)
        found: list[PersonMention] = []
        taken: set[int] = set()
        for sent in doc.sents:
            i = sent.start
            while i < sent.end:
                m = self._title_at(words, i)
                if m is None or i in taken:
                    i += 1
                    continue
                mention, nxt = self._from_title(doc, words, i, m, sent.start, sent.end)
                if mention is not None and (
                    words[mention.end - 1] in LANDFORM_NOT_SURNAMES
                    or self._is_place(doc, i, mention.end)
                    or _unit_before(words, i) in {"open", "town", "head"}
                ):
                    mention = None  # "Prince Edward Island", "Mount Kenya": the title's place
                span = range(mention.start, mention.end) if mention else range(0)
                if mention is not None and not taken.intersection(span):
                    found.append(mention)
                    taken.update(range(mention.start, mention.end))
                i = max(nxt, i + 1)
        found.extend(self._appositions(doc, words, taken))
        found.extend(self._who_heads(doc, words, taken))
        found.extend(self._described(doc, words, taken))
        found.extend(self._role_first(doc, words, taken))
        # Surnames of people already named in full: "Lawson's attitude" is Nigel Lawson even
        # though a town in the gazetteer is called Lawson.
        surnames = {fold(doc[m.end - 1].text) for m in found if m.end - m.start >= 2}
        # Names the story frames as a town or unit ("near the town of Datu Piang"), a title
        # word inside them or not, are places wherever they recur.
        framed_towns = self._framed_names(doc, words) | self._located_towns(doc, words)
        # ... and so are names a sentence gives a firm's kind ("the state oil company
        # Petrobras", then "Petrobras said").
        framed_towns |= {fold(name) for name in firm_named(doc, words)}
        for ent in doc.ents:
            if ent.label_ != "PERSON" or taken.intersection(range(ent.start, ent.end)):
                continue
            s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            # Strip leading titles the NER swallowed ("Prince Sisowath"), keep the name.
            while s < ent.end and self._title_at(words, s):
                s += self._title_at(words, s)[0]  # type: ignore[index]
            e = self.name_run(doc, s, ent.end) if s < ent.end else s
            known = (
                e - s == 1
                and fold(doc[s].text) in surnames
                and not (s > 0 and words[s - 1] in {"in", "near", "at", "outside", "around"})
            )
            if fold(ent.text) in framed_towns:
                continue  # "kitchens in Datu Piang" after "the town of Datu Piang"
            if e > s and (known or not self._not_a_person(doc, words, s, e)):
                s, born = self._demonym_first(doc, words, s, e)
                if (
                    s == ent.start
                    and s > 0
                    and words[s - 1] in _SURNAME_PARTICLES
                    and doc[s - 1].is_lower
                    and s - 1 not in taken
                    and not (s > 1 and _is_cap_word(doc[s - 2]))
                ):
                    s -= 1  # "and de Keersmaeker, who chairs ...": the particle is his name's
                found.append(PersonMention(s, e, country=born, source="ner"))
                taken.update(range(s, e))
        found = [
            m
            for m in found
            if not any(w in _NOT_NAME_WORDS for w in words[m.start : m.end])
            and fold(doc[m.start : m.end].text) not in framed_towns
        ]  # "at a relief centre in Chiang Saen, his spokeswoman said": no apposed name
        for m in found:
            if m.country is None:
                self._country_in_apposition(doc, words, m)
        found.extend(self._bare_surnames(doc, words, found, taken))
        found.sort(key=lambda m: m.start)
        return found

    @staticmethod
    def _framed_names(doc: Doc, words: list[str]) -> set[str]:
        """Names after a unit frame ("the northern province of Chiang Rai", "the town of
        Datu Piang"), whatever the NER made of them: the capitalised run after "of"."""
        out: set[str] = set()
        for i in range(2, len(doc)):
            if _unit_before(words, i) in {None, "head"} or not doc[i].is_title:
                continue
            j = i
            while j < len(doc) and j - i < 4 and doc[j].is_title:
                j += 1
            out.add(fold(doc[i:j].text))
        return out

    def _located_towns(self, doc: Doc, words: list[str]) -> set[str]:
        """Names the NER calls people that a sentence puts where a town is, and that a
        gazetteer knows as a town: "a relief centre in Chiang Saen", "between Kuznica and
        the Bialowieza Forest", "villages around Tame and Arauquita" (coordinated with a
        place). No one is "in" or "around" a person."""
        out: set[str] = set()
        # where a place ends: a place-labelled entity, or any mention of a name found here
        place_ends = {e.end for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}}
        ends_of: dict[str, list[int]] = {}
        for e in doc.ents:
            ends_of.setdefault(fold(e.text), []).append(e.end)
        for ent in doc.ents:
            if ent.label_ != "PERSON" or ent.start < 1:
                continue
            before = words[ent.start - 1]
            located = before in _LOCATED_BY
            if before in {"and", ","} and ent.start - 1 in place_ends:
                located = True  # "Izmail and Reni", "Tame and Arauquita"
            if not located:
                continue
            entry = self.gaz.lookup_any(ent.text)
            if entry is not None and entry.kind in {"city", "region"}:
                out.add(fold(ent.text))
                place_ends.update(ends_of[fold(ent.text)])
        return out

    def _named_tail(self, doc: Doc, p: int, limit: int) -> int | None:
        """Start of a person's name closing an unknown of-phrase the NER left untagged:
        "president of the French employers' federation CNPF Francois Perigot said". The
        name is the phrase's last capitalised run, begins with a given name the knowledge
        base knows and is followed by the end of the noun phrase; acronyms before it
        ("CNPF") stay in the role."""
        obj = next((c for c in doc[p - 1].children if c.dep_ == "pobj"), None)
        if obj is None or obj.left_edge.i != p:
            return None
        end = min(obj.right_edge.i + 1, limit)
        start = end
        while start > p and _is_cap_word(doc[start - 1]) and not doc[start - 1].is_upper:
            start -= 1
        if end - start < 2 or start == p:
            return None
        if fold(doc[start].text) not in knowledge_base().given_names:
            return None
        return start

    def _bare_surnames(
        self, doc: Doc, words: list[str], found: list[PersonMention], taken: set[int]
    ) -> list[PersonMention]:
        """Later mentions of a person named in full that the NER left untagged: "Kohl has
        written two letters to Delors", "Mulroney and Tambo". Surnames of two or three
        words ("De Clercq", "Paz Estenssoro") count as written; the variant step decides
        whether a surname shared by two people may attach."""
        surnames: set[tuple[str, ...]] = set()
        for m in found:
            toks = tuple(fold(t.text) for t in doc[m.start : m.end])
            if len(toks) >= 2:
                surnames.add(toks[-1:])
            if len(toks) >= 3:
                surnames.add(toks[-2:])
            span = doc[m.start : m.end]
            if len(span) == 4 and span[2].text == "-" and span[3].text.islower():
                # Korean order, family name first: "Kang Mi-ran" is later "Kang"
                surnames.add(toks[:1])
        out = []
        firsts = {s[0] for s in surnames}
        i = 0
        while i < len(doc):
            if words[i] not in firsts:
                i += 1  # most tokens: no surname starts here
                continue
            hit = 0
            for n in (2, 1):
                span = doc[i : i + n]
                if (
                    len(span) == n
                    and tuple(words[i : i + n]) in surnames
                    and (span[0].text[:1].isupper() or (n > 1 and words[i] in _SURNAME_PARTICLES))
                    and not taken.intersection(range(i, i + n))
                    and all(
                        t.ent_type_ in {"", "PERSON"}
                        or (
                            # (a work or product label: the small model's reading of a
                            # name after a closing quote mark, '"...," Shiratori said')
                            t.ent_type_ in {"LOC", "GPE", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"}
                            and t.dep_ in _ACTOR_DEPS
                            and t.ent_iob_ == "B"
                            and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I")
                        )
                        # "Craxi's Socialist Party" tagged ORG: its owner's possessive
                        or (
                            t.ent_type_ == "ORG"
                            and t.ent_iob_ == "B"
                            and t.i == span[-1].i
                            and t.i + 1 < len(doc)
                            and doc[t.i + 1].text in {"'s", "’s"}
                        )
                        for t in span
                    )
                    and not (i > 0 and words[i - 1] in {"in", "near", "at", "outside"})
                ):
                    hit = n
                    break
            if hit:
                out.append(PersonMention(i, i + hit, source="surname"))
                taken.update(range(i, i + hit))
                i += hit
            else:
                i += 1
        return out

    def _country_name(self, text: str) -> bool:
        """Whether ``text`` names a country ("Hungary"): never a person's short form."""
        entry = self.gaz.lookup(text)
        return entry is not None and entry.kind == "country"

    def _not_a_person(self, doc: Doc, words: list[str], s: int, e: int) -> bool:
        """NER PERSON spans that are really places, bodies, storms, operations or ships."""
        if words[s] in _NON_PERSON_HEADS or (s > 0 and words[s - 1] in _NON_PERSON_HEADS):
            return True
        whole = self.lex.orgs.match(words, s)
        if whole and whole[0] == e - s:
            return True  # "Der Spiegel said", tagged PERSON: a body the lexicon names
        if s > 1 and words[s - 1] in {"do", "da", "de", "dos", "das"} and _is_cap_word(doc[s - 2]):
            return True  # "Jornal do Brasil", "Banco do Brasil": the tail of a body's name
        if s > 0 and doc[s - 1].lemma_.lower() in _VESSELS:
            return True  # "its research ship Akdeniz Yildizi", "the tanker Sea Isle City"
        if words[e - 1] in LANDFORM_NOT_SURNAMES or words[s] in LANDFORM_NOT_SURNAMES:
            return True  # "Cape Breton Island", "Mount Semeru"
        if e - s >= 2 and words[e - 1] in _UNITS_NOT_SURNAMES:
            return True  # "Speaking in Hermosillo, Sonora State, ..." tagged PERSON
        if doc[s:e].text in feature_names():
            return True  # "across the Danube", tagged PERSON
        if (
            e - s >= 2
            and self._country_name(doc[e - 1].text)
            and fold(doc[s].text) not in knowledge_base().given_names
        ):
            return True  # "Sinova Battery Hungary", a firm; not "Michael Jordan"
        if e < len(doc) and (
            site_words().get(doc[e].text) in {"crossing", "site", "modifier"}
            or doc[e].text in {"estuary", "delta"}
        ):
            return True  # "the Burchardkai terminal", "the Bogojevo bridge", "the Elbe estuary"
        if s > 0 and doc[s - 1].is_title:
            known = self.gaz.lookup(doc[s - 1 : e].text)
            if known is not None and known.kind in {"region", "country"}:
                return True  # "Prince Edward Island": no Prince Edward, no Island
        frame = _unit_before(words, s)
        if frame not in {None, "head"} or _unit_follows(doc, e):
            return True  # "the province of Tuyen Quang", "the town of Kestell", "Lviv oblast"
        if frame == "head":
            entry = self.gaz.lookup(doc[s:e].text)
            if entry is not None and entry.kind in {"region", "city"}:
                return True  # "the governor of Bac Giang said"
        if e - s == 1:
            if s > 0 and words[s - 1] in _KIN:
                return False  # "Reagan's wife Nancy": a person, though Nancy is a French city
            if s > 0 and words[s - 1] in {"in", "near", "at", "from", "outside", "around"}:
                return True
            if (
                s > 0
                and doc[s - 1].lemma_.lower() in {"visit", "tour"}
                and self.home
                and self.gaz.town_in(doc[s].text, self.home) is not None
                and not knowledge_base().surname_owner(doc[s].text)
            ):
                return True  # "the minister visited Karakol": a town at home, not a person
            if s > 2 and words[s - 1] in {"and", "or"}:
                before = self.gaz.lookup(doc[s - 2].text)
                if (
                    before is not None
                    and before.kind in {"city", "region"}
                    and (s > 2 and words[s - 3] in {"in", "near", "at", "from", "between"})
                ):
                    return True  # "landing at Yarmouth and Meteghan"
            if self.lex.orgs.match(words, s):
                return True
            # A town of the same name does not unmake a public figure the NER calls a
            # person ("Obama wants ...", though Obama is a town in Japan); a place the
            # knowledge base names no one after does.
            entry = self.gaz.lookup(doc[s].text)
            if entry is not None:
                return not (entry.kind == "city" and knowledge_base().surname_owner(doc[s].text))
        return self._is_place(doc, s, e)

    def _is_place(self, doc: Doc, s: int, e: int) -> bool:
        entry = self.gaz.lookup(doc[s:e].text)
        if entry is not None and entry.kind == "city" and e - s > 1:
            # A city of two or more words, under its own name, is no one's name: "flying
            # home to Buenos Aires", "between Punta Arenas and Ushuaia".
            return fold(entry.name) == fold(doc[s:e].text) and (
                entry.population >= 100_000 or self.gaz.is_capital(entry)
            )
        return entry is not None and entry.kind in {"country", "region", "body"}

    def _from_title(
        self, doc: Doc, words: list[str], i: int, m: tuple[int, Title], floor: int, limit: int
    ) -> tuple[PersonMention | None, int]:
        n, title = m
        role_start, k = i, i + n
        sector = title.sector if title.kind != "honorific" else None
        country: str | None = None
        # Left: modifiers ("Deputy", "former") and a demonym or possessive place.
        portfolio = 0
        while role_start - 1 >= floor:
            body = self._body_left(doc, words, role_start, floor)
            if body is not None:
                # A named body before the title ("State Department spokesman", "GATT
                # spokesman"): the person acts for it.
                role_start, org = body
                country = country or org.code
                if title.text.lower().startswith("spokes") or sector in {None, "GOV"}:
                    sector = org.sector or sector
                continue
            w = words[role_start - 1]
            org = self.lex.org_words.match(words, role_start - 1)
            prev = doc[role_start - 1]
            if w in self.lex.modifiers:
                role_start -= 1
            elif (
                portfolio < 3
                and _is_cap_word(prev)
                and prev.pos_ in {"PROPN", "NOUN"}
                and self._demonym_left(doc, role_start, floor) is None
                and self._demonym_left(doc, role_start - 1, floor) is not None
            ):
                # "Canadian External Affairs Minister": capitalised portfolio words between
                # a demonym or state and the title belong to the role.
                role_start -= 1
                portfolio += 1
            elif (
                portfolio < 3
                and _is_cap_word(prev)
                and prev.pos_ in {"PROPN", "NOUN"}
                and role_start - 2 >= floor
                and _is_cap_word(doc[role_start - 2])
                and self._demonym_left(doc, role_start - 1, floor) is None
                and self._demonym_left(doc, role_start - 2, floor) is not None
            ):
                role_start -= 2
                portfolio += 2
            elif org and org[0] == 1 and doc[role_start - 1].pos_ in {"NOUN", "PROPN"}:
                # "police spokesman", "government spokeswoman", "army commander"
                role_start -= 1
                if sector in {None, "GOV"} or title.text.lower().startswith("spokes"):
                    sector = str(org[1])
            else:
                break
        dem = self._demonym_left(doc, role_start, floor)
        if dem:
            role_start, country = dem[0], dem[1]  # the demonym wins over a body's code
        if title.kind == "honorific":
            role_start = k  # "Prince", "Dr." are not roles
        # Right: "and"-chained titles ("Deputy Prime Minister and party Secretary-General").
        while k + 1 < limit and words[k] == "and":
            for skip in (0, 1):
                start = k + 1 + skip
                nm = self._title_at(words, start)
                if nm and nm[1].kind != "honorific":
                    k = start + nm[0]
                    # Overlapping titles: "party secretary" then "Secretary-General" — take
                    # the one that reaches furthest.
                    for j in range(start + 1, k):
                        over = self._title_at(words, j)
                        if over and over[1].kind != "honorific" and j + over[0] > k:
                            k = j + over[0]
                    break
            else:
                break
        role_end = k
        # of-phrase: places and organisations ("of South Moravia of the Czech Republic").
        if k < limit and words[k] in _OF and title.kind != "honorific":
            p, first = k + 1, True
            # "ambassador to Canada", "envoy to the UN": the place after "to" is where the
            # person is posted, not the state they act for.
            posted = words[k] == "to"
            while p < limit:
                chunk = self._place_chunk(doc, p, limit)
                if chunk is None:
                    break
                end, what = chunk
                if isinstance(what, GeoEntry):
                    country = country or (None if posted else what.country)
                    q = p + 1 if words[p] == "the" else p
                    self.role_places.append((q, end, what))
                elif isinstance(what, Org) and not posted:
                    country = country or what.code
                    sector = what.sector or sector
                else:
                    osec = self.lex.org_words.match(words, end - 1)
                    if osec and str(osec[1]) not in {"", "GOV"}:
                        sector = str(osec[1])
                    # "of the Turkish General Staff": the body's demonym is the state's.
                    body = self.lex.demonyms.match(words, p + 1 if words[p] == "the" else p)
                    country = country or (str(body[1]) if body and not posted else None)
                if first:
                    role_end, first = end, False
                p = end
                if (
                    p + 1 < limit
                    and (
                        words[p] in {"of", "and"}
                        # "Undersecretary of State for Economic Affairs": a portfolio
                        or (words[p] == "for" and _is_cap_word(doc[p + 1]))
                    )
                    and (words[p + 1] == "the" or _is_cap_word(doc[p + 1]))
                    # "of Mexico and Energy Minister X": a second person's title, not more place
                    and not (words[p] == "and" and self._title_at(words, p + 1))
                ):
                    joiner = p
                    p += 1
                    if self._place_chunk(doc, p, limit) is None:
                        p = joiner  # "and" or "of" that leads nowhere stays out of the role
                        if words[joiner] == "for":
                            # "for Economic Affairs Allen Wallis": the portfolio runs up
                            # to the name the NER found.
                            p = self._portfolio_end(doc, joiner + 1, limit) or joiner
                            role_end = p if p > joiner else role_end
                        break
                    continue
                if p < limit and doc[p].text in {"'s", "’s"}:
                    p += 1
                    continue
                break
            k = p if not first else k
            if first:
                # Unknown of-phrase: the NER's PERSON span, else the last two words, is the name.
                run_end = self.name_run(doc, k + 1, limit) if k + 1 < limit else k + 1
                run_start = k + 1 + (1 if words[k + 1 : k + 2] == ["the"] else 0)
                run_end = max(run_end, self.name_run(doc, run_start, limit))
                person = next(
                    (e for e in doc.ents if e.label_ == "PERSON" and run_start < e.start < run_end),
                    None,
                )
                if person is not None:
                    role_end, k = person.start, person.start
                elif (portfolio_end := self._portfolio_end(doc, run_start, limit)) is not None:
                    # "Minister of Agriculture and Maritime Fisheries Karim Bennani"
                    role_end, k = portfolio_end, portfolio_end
                elif run_end - run_start >= 3:
                    role_end, k = run_end - 2, run_end - 2
                elif (tail := self._named_tail(doc, k + 1, limit)) is not None:
                    country = country or self._role_country(doc, words, k + 1, tail)
                    role_end, k = tail, tail
                else:
                    return None, k
        # Honorifics and ranks between the role and the name ("Prince", "Colonel").
        while k < limit:
            h = self._title_at(words, k)
            if h and h[1].kind in {"honorific", "rank"} and _is_cap_word(doc[k]):
                sector = sector or (h[1].sector if h[1].kind == "rank" else None)
                k += h[0]
            elif h and h[1].kind == "office" and _is_cap_word(doc[k]) and k == role_end:
                k += h[0]  # a second office run on ("Junior Foreign Office Minister")
                role_end = k
            else:
                break
        if k < limit and doc[k].text == "," and title.kind != "honorific":
            k += 1  # "his Turkish counterpart, Mehmet Yilmaz"
            # The title itself, or its last word before the comma, is one a name follows in
            # apposition: "his counterpart, X", "ambassador to Canada, X".
            closed = self.name_run(doc, k, limit)
            set_off = role_end > i + n and closed < limit and doc[closed].text == ","
            # ("the president of the West German Federation of Banks, Hanns Christian
            # Schroeder-Hohenwarth, said": a role scoped by its body, then the name set off
            # by commas on both sides)
            if (
                not ({words[k - 2], fold(title.text).split()[-1]} & _APPOSED_TITLES)
                and not dem
                and not set_off
            ):
                return None, k
        end = self.name_run(doc, k, limit)
        if end == k or self._is_place(doc, k, end):
            return None, k
        if (
            doc[k - 1].text == ","
            and end + 1 < len(doc)
            and doc[end].lemma_.lower() in {"say", "add", "tell"}
            and doc[end + 1].is_punct
            and doc[end + 1].text != ","
        ):
            # "... for talks with his Kenyan counterpart, Dawit said.": the name after the
            # comma speaks the sentence; it is not the counterpart set off by commas
            return None, k
        if end - k == 1 and self.lex.demonyms.match(words, k):
            return None, k  # "a major Chinese city": a rank word before a demonym, no name
        role = doc[role_start:role_end].text if role_end > role_start else None
        if role and role.lower().startswith("the "):
            role = role[4:]
        if country is None and role_end > role_start and title.kind != "honorific":
            # "The Elysee's diplomatic adviser, Paul Renard": a body or state owning the role
            start = role_start
            while (
                start > max(floor, role_start - 4)
                and doc[start - 1].pos_ in {"ADJ", "PROPN", "DET", "PART", "NOUN"}
                and doc[start - 1].text not in {",", ";"}
            ):
                start -= 1
            if any(t.text in {"'s", "’s"} for t in doc[start:role_start]):
                # (only an owner's: a body inside a longer name, "National Security
                # Council aide", is no owner)
                country = self._role_country(doc, words, start, role_end)
        return PersonMention(k, end, role, sector, country, (role_start, role_end), "title"), end

    def _country_in_apposition(self, doc: Doc, words: list[str], m: PersonMention) -> None:
        """ "General Guven Ergenc, Secretary General of the Turkish General Staff, ...": a
        role after the name, with a demonym or a country, gives the person's country."""
        if m.end >= len(doc) or doc[m.end].text != ",":
            return
        stop = m.end + 1
        while stop < min(len(doc), m.end + 14) and doc[stop].text not in {",", ".", ";", "("}:
            stop += 1
        first = m.end + 2 if words[m.end + 1 : m.end + 2] in (["the"], ["a"]) else m.end + 1
        headed = first < stop and words[first] in _HEADS_OF_BODIES
        if not headed and not any(self._title_at(words, j) for j in range(m.end + 1, stop)):
            return
        for j in range(m.end + 1, stop):
            # A demonym, or a body with a code of its own ("Sir Roy Denman, head of the EC
            # delegation in Washington"), and not after "to"/"with"/"in": "ambassador to the
            # United States" and "envoy for talks with the Soviets" name the other side.
            if words[j] in {"to", "with", "against", "toward", "towards", "in"}:
                return
            dem = self.lex.demonyms.match(words, j)
            org = self.lex.orgs.match(words, j) or self.lex.orgs.match(["=" + doc[j].text], 0)
            code = str(dem[1]) if dem else getattr(org[1], "code", None) if org else None
            if code:
                m.country = code
                m.role = m.role or doc[m.end + 1 : stop].text
                return

    def _portfolio_end(self, doc: Doc, p: int, limit: int) -> int | None:
        """Where a portfolio of capitalised words ("Economic Affairs", "Trade and
        Industry") or of plain nouns ("minister of financial institutions Monte Kwinter")
        ends at a person's name the NER tagged: that name's first token."""
        given = knowledge_base().given_names
        starts = [e.start for e in doc.ents if e.label_ == "PERSON"]
        starts += [
            j
            for j in range(p + 1, min(limit - 1, p + 6))
            if fold(doc[j].text) in given and _is_cap_word(doc[j + 1])
        ]  # the NER may call "Trade and Industry Paul Channon" a body
        for j in sorted(starts):
            if p < j <= min(limit, p + 5) and all(
                _is_cap_word(t)
                or t.lower_ == "and"
                or (t.is_lower and t.is_alpha and t.pos_ in {"NOUN", "ADJ"})
                for t in doc[p:j]
            ):
                return j
        return None

    def _body_seat(self, doc: Doc, p: int, stop: int) -> str | None:
        """The state of a place a body is named after: "president of the Bank of Montreal"
        -> Canada (the NER tags the whole name ORG, so no place entity is there to read)."""
        for j in range(p + 1, stop):
            if doc[j - 1].lower_ != "of" or not _is_cap_word(doc[j]):
                continue
            if doc[j].ent_type_ != "ORG" or doc[j - 1].ent_type_ != "ORG":
                continue
            entry = self.gaz.lookup(doc[j : max(self.name_run(doc, j, stop), j + 1)].text)
            if entry is not None and entry.country and entry.kind in {"city", "country"}:
                return entry.country
        return None

    def _role_first(self, doc: Doc, words: list[str], taken: set[int]) -> list[PersonMention]:
        """``ROLE, NAME,`` where the NER missed the name: "One of their leaders, Orlando dos
        Santos, told Reuters". The noun before the comma must name a person's position and
        the name must be two to four capitalised words the gazetteer does not know."""
        out: list[PersonMention] = []
        for i in range(1, len(doc) - 2):
            if doc[i].text != ",":
                continue
            head = doc[i - 1]
            while (
                head.lemma_.lower() not in _POSITION_NOUNS
                and head.dep_ == "pobj"
                and head.head.dep_ == "prep"
                and head.head.head.i < i
            ):
                head = head.head.head  # "a spokesperson for the Thai government, X"
            if head.lemma_.lower() not in _POSITION_NOUNS:
                continue
            s = i + 1
            e = self.name_run(doc, s, min(len(doc), s + 5))
            if (
                e - s < 2
                or e >= len(doc)
                or doc[e].text not in {",", ".", ";"}
                or taken.intersection(range(s, e))
                or any(t.ent_type_ in {"ORG", "DATE", "MONEY"} for t in doc[s:e])
                # "Hanns Christian Schroeder-Hohenwarth": the NER's NORP on a first name
                # ("Christian") does not unmake a name that ends in a surname
                or doc[e - 1].ent_type_ == "NORP"
                or any(w in _NOT_NAME_WORDS for w in words[s:e])
                or self.gaz.lookup(doc[s:e].text) is not None
                or self._title_at(words, s)
            ):
                continue
            left = head.left_edge.i
            s, born = self._demonym_first(doc, words, s, e)
            country = born or self._role_country(doc, words, left, i)
            shown = left + 1 if doc[left].dep_ == "det" and left + 1 < i else left
            out.append(
                PersonMention(s, e, doc[shown:i].text, None, country, (left, i), "apposition")
            )
            taken.update(range(s, e))
        return out

    def _described(self, doc: Doc, words: list[str], taken: set[int]) -> list[PersonMention]:
        """Names the NER missed or took for a body that the sentence describes as a
        person's: an age set off by commas ("Sebastiao Ferreira Lima, 58, who grows
        coffee"), or "who" after a known given name ("said Ricardo Alves Pereira, who
        heads the cooperative"). Bodies take "which", and have no age."""
        given = knowledge_base().given_names
        out: list[PersonMention] = []
        for k in range(2, len(doc) - 2):
            if doc[k].text != ",":
                continue
            nxt = doc[k + 1]
            age = nxt.text.isdigit() and 16 <= int(nxt.text) <= 99 and doc[k + 2].text == ","
            s = k
            while (
                s > 0
                and k - s < 5
                and (
                    (_is_cap_word(doc[s - 1]) and doc[s - 1].pos_ == "PROPN")
                    or (doc[s - 1].text == "-" and not doc[s - 1].whitespace_ and s - 1 < k - 1)
                )
            ):
                s -= 1
            # "The minister, Jean-Marie Niyonkuru, held talks": a name set off after a
            # bare title is the title's holder
            titled = (
                s >= 3
                and doc[s - 1].text == ","
                and self.lex.titles.match([words[s - 2]], 0) is not None
                and words[s - 3] == "the"
            )
            if not (age or titled or nxt.lower_ == "who"):
                continue
            if k - s < 2 or taken.intersection(range(s, k)) or doc[s].text == "-":
                continue
            if not (age or titled) and fold(doc[s].text) not in given:
                continue
            if any(self._title_at(words, j) for j in range(s, k)) or self.gaz.lookup(doc[s:k].text):
                continue  # a title's holder is read with the title; a place is no one
            if any(self.lex.org_words.match(words, j) for j in range(s, k)):
                continue  # "Kalulu Copper Mines, which ..." has no age, but a body's word
            country = self._earlier_titled_state(doc, words, s - 2) if titled else None
            out.append(PersonMention(s, k, country=country, source="described"))
            taken.update(range(s, k))
        return out

    def _earlier_titled_state(self, doc: Doc, words: list[str], t: int) -> str | None:
        """The state of the last earlier mention of the title at ``t`` that gave one:
        "Burundi's interior minister began a visit ... The minister, Jean-Marie
        Niyonkuru," is Burundi's."""
        for j in range(t - 1, 1, -1):
            if words[j] != words[t]:
                continue
            for i in range(max(0, j - 4), j):
                dem = self.lex.demonyms.match(words, i)
                if dem is not None:
                    return str(dem[1])
                if i + 1 < j and doc[i + 1].text in {"'s", "’s"}:
                    entry = self.gaz.lookup(doc[i].text)
                    if entry is not None and entry.kind == "country":
                        return entry.country
            return None
        return None

    def _who_heads(self, doc: Doc, words: list[str], taken: set[int]) -> list[PersonMention]:
        """``NAME, who heads|leads|chairs BODY,``: the body is the person's role and gives
        the country ("Maris Kalnins, who heads the Latvian coast guard, said")."""
        out: list[PersonMention] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or taken.intersection(range(ent.start, ent.end)):
                continue
            s, e = ent.start, self.name_run(doc, ent.start, ent.end)
            if e <= s or e + 3 >= len(doc) or doc[e].text != "," or words[e + 1] != "who":
                continue
            verb = doc[e + 2]
            if verb.lemma_.lower() not in _LEADS:
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            a, b = obj.left_edge.i, obj.right_edge.i + 1
            body = doc[a + 1 if doc[a].dep_ == "det" else a : b].text
            country = self._role_country(doc, words, a, b)
            sector = self.lex.org_words.match(words, obj.i)
            out.append(
                PersonMention(
                    s,
                    e,
                    f"head of {body}",
                    str(sector[1]) if sector else None,
                    country,
                    (a, b),
                    "apposition",
                )
            )
            taken.update(range(s, e))
        return out

    def _role_country(self, doc: Doc, words: list[str], s: int, e: int) -> str | None:
        """The state a role phrase gives: a demonym ("the Peruvian minister"), a named body
        ("The Elysee's diplomatic adviser"), or a state or city owning the role ("Lima's
        envoy") — not one the person is posted to ("envoy to Seoul")."""
        for j in range(s, e):
            dem = self.lex.demonyms.match(words, j)
            if dem:
                return str(dem[1])
            org = self.lex.orgs.match(words, j)
            if org and isinstance(org[1], Org):
                return org[1].code
            if words[j] in {"to", "in", "at"}:
                return None
            if doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ == "B":
                ent = next((x for x in doc.ents if x.start == j), None)
                text = ent.text if ent is not None else doc[j].text
                entry = self.gaz.lookup(text.removesuffix("'s").removesuffix("’s"))
                if entry is not None and entry.country and entry.kind in {"country", "city"}:
                    return entry.country
        return None

    def _appositions(self, doc: Doc, words: list[str], taken: set[int]) -> list[PersonMention]:
        """``NAME, (a|the) ROLE,`` where ROLE holds a title or an organisation word."""
        out: list[PersonMention] = []
        given = knowledge_base().given_names
        for ent in doc.ents:
            if taken.intersection(range(ent.start, ent.end)):
                continue
            # A name the NER calls a body ("Victor Lopez" tagged ORG, or the last of "Lechin
            # and Victor Lopez") counts when it opens with a given name and a title follows
            # in apposition (checked below).
            start = ent.start
            for j in range(ent.start, ent.end):
                if words[j] == "and" and ent.label_ != "PERSON":
                    start = j + 1
            # The small model also calls a name a work or product right after a closing
            # quote mark ('"...," Rei Shiratori, professor of politics at ..., told'):
            # such labels never name a speaker, so the given-name test is not asked.
            # ("Belgian Willy de Clercq" tagged ORG: the given name after the demonym)
            first = start + (
                1
                if start + 1 < ent.end and self.lex.demonyms.match(words, start) is not None
                else 0
            )
            relabel = (
                (
                    (ent.label_ in {"ORG", "GPE", "NORP"} and words[first] in given)
                    or (
                        ent.label_ in {"WORK_OF_ART", "PRODUCT"}
                        and all(_is_cap_word(t) for t in doc[start : ent.end])
                    )
                )
                and 2 <= ent.end - first <= 3
                and not any(self.lex.org_words.match(words, j) for j in range(first, ent.end))
                and self.gaz.lookup(doc[first : ent.end].text) is None
            )
            if ent.label_ != "PERSON" and not relabel:
                continue
            s, e = start, self.name_run(doc, start, ent.end)
            if e <= s or e >= len(doc) or doc[e].text != ",":
                continue
            if relabel and e != ent.end:
                continue
            if self._not_a_person(doc, words, s, e):
                continue  # "in Hermosillo, Sonora State, Deputy Finance Minister X said"
            s, born = self._demonym_first(doc, words, s, e)
            p = e + 1
            if p < len(doc) and words[p] in {"a", "an", "the"}:
                p += 1
            stop = p
            while stop < min(len(doc), p + 15) and doc[stop].text not in {",", ".", ";", "("}:
                stop += 1
            title = None
            if p < len(doc) and doc[p].tag_ == "IN":
                continue  # "Forlani, for the job of prime minister": no apposed role
            for j in range(p, min(stop, p + 6)):
                if doc[j].tag_ in {"VBD", "VBZ", "VBP", "MD", "WRB", "WP", "PRP"}:
                    break  # "Arequipa, where he will meet Governor X": a clause, no role
                title = self._title_at(words, j)
                if title and title[1].kind != "honorific":
                    break
                title = None
            orgw = next(
                (
                    self.lex.org_words.match(words, j)
                    for j in range(p, stop)
                    if self.lex.org_words.match(words, j)
                ),
                None,
            )
            if title is None and (relabel or orgw is None or words[p] not in _HEADS_OF_BODIES):
                continue
            sector = title[1].sector if title else None
            if orgw and (sector is None or words[p] in _HEADS_OF_BODIES):
                # "member of", "president of the Bank of Montreal": the body's sector.
                sector = str(orgw[1])
            # A body with a fixed code ("General Secretary of the Christian Social Union",
            # "World Bank representative in the Philippines") before any place named after it.
            org_at = next(
                ((j, o[1]) for j in range(p, stop) if (o := self.lex.orgs.match(words, j))),
                None,
            )
            country = None
            for j in range(p, (org_at[0] if org_at else stop) + 1):
                dem = self._demonym_left(doc, j, p)
                if dem:
                    country = dem[1]
                    break
            if country is None:
                for ge in doc[p:stop].ents:
                    entry = self.gaz.lookup(ge.text)
                    if ge.label_ in {"GPE", "NORP", "LOC"} and entry and entry.country:
                        if org_at is None or ge.start < org_at[0]:
                            country = entry.country
                        break
            if country is None and org_at is not None and isinstance(org_at[1], Org):
                country = org_at[1].code
            if country is None:
                country = self._body_seat(doc, p, stop)
            out.append(
                PersonMention(
                    s, e, doc[p:stop].text, sector, born or country, (p, stop), "apposition"
                )
            )
            taken.update(range(s, e))
        return out
