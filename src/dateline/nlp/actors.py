"""Actors: people, organisations and states, each once per story with country and sector.

People come from :mod:`names` (title/role/name splitting) grouped by :mod:`variants`.
Organisations come from the NER, from named bodies in ``organisations.tsv`` and from
"demonym + organisation word" phrases the NER does not tag ("the Thai foreign ministry",
"Malian troops"). States and capitals become country actors when the parse makes them do
something ("Ankara has suspended ...") or own something ("Peru's envoy").

The step leaves ``ctx.notes["actor_at"]``, token index -> actor id, for the quote and event
steps, and ``ctx.notes["people"]`` for pronoun and description resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.model import Actor
from dateline.nlp.context import StoryContext
from dateline.nlp.digest import digest_datelines, item_country
from dateline.nlp.gazetteer import Gazetteer, fold, gazetteer
from dateline.nlp.kb import knowledge_base, one_slip
from dateline.nlp.lexicon import Lexicon, Org, lexicon
from dateline.nlp.names import NameReader, PersonMention, firm_named
from dateline.nlp.variants import cluster_names, loose

#: Grammatical roles in which a place name stands for its government.
_ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "conj", "appos"}
_ACTING_PREPS = {"with", "against", "between"}
#: Prepositions that make a state an actor only after a verb ("protested to Peru"), not
#: after a noun ("his visit to Kazakhstan", where it is just a destination).
_VERB_PREPS = {"to", "from", "by"}
_MOTION = {
    "come",
    "go",
    "travel",
    "fly",
    "arrive",
    "return",
    "move",
    "head",
    "export",
    "import",
    "ship",
    "sell",
    "rise",
    "fall",
    "flee",
}


@dataclass(slots=True)
class _Proto:
    actor: Actor
    first: int  # char offset of first mention, for ordering
    tokens: list[int]


def _paragraph_of(text: str, char: int) -> str:
    """Paragraph id of the character at ``char``: the count of blank-line breaks before it."""
    return str(text.count("\n\n", 0, char))


def code_actors(ctx: StoryContext) -> None:
    doc = ctx.doc
    lex = lexicon(ctx.nlp)
    gaz = gazetteer()
    protos: list[_Proto] = []
    taken: set[int] = set()

    reader = NameReader(lex, gaz, ctx.record.country)
    people = reader.read(doc)
    people += _mislabelled_people(doc, reader, people)
    ctx.notes["role_places"] = reader.role_places
    for m in people:
        if m.role_span and m.source != "apposition":
            # "Interior" of "Interior Minister" is no org; but an apposition's role may name
            # one ("a senior official of the National Merchant Marine Union").
            taken.update(range(*m.role_span))
    protos.extend(_people(ctx, people, taken))
    protos.extend(_organisations(ctx, lex, gaz, taken))
    protos.extend(_states(ctx, gaz, taken))
    protos = _companies_not_people(protos)

    protos.sort(key=lambda p: p.first)
    actor_at: dict[int, str] = {}
    for n, p in enumerate(protos, 1):
        p.actor.id = f"A{n}"
        for t in p.tokens:
            actor_at[t] = p.actor.id
    ctx.record.actors = [p.actor for p in protos]
    ctx.notes["actor_at"] = actor_at
    ctx.notes["people"] = [(p.actor.id, p.tokens) for p in protos if p.actor.type == "person"]


def _mislabelled_people(
    doc: Doc, reader: NameReader, people: list[PersonMention]
) -> list[PersonMention]:
    """ORG/GPE/NORP entities that are really a known person's name ("Quispe" tagged ORG).

    Only names that share a name token with a person found by title, apposition or
    PERSON tag are taken, so a real organisation is never turned into a person.
    """
    known = {loose(t) for m in people for t in m.text(doc).split() if len(t) > 2}
    used = {t for m in people for t in range(m.start, m.end)}
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "GPE", "NORP", "FAC"} or used.intersection(
            range(ent.start, ent.end)
        ):
            continue
        s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        e = reader.name_run(doc, s, ent.end)
        if e != ent.end or e <= s or reader.gaz.lookup(doc[s:e].text) is not None:
            continue
        last = doc[e - 1].text
        if loose(last) in known:
            out.append(PersonMention(s, e, source="ner-relabel"))
    return out


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _kb_apart(mentions: list[tuple[str, int, str]]) -> frozenset[int]:
    """Bare surnames the knowledge base gives to someone the story does not name in full:
    "Reagan" beside "Nancy Reagan" is the president, not her."""
    kb = knowledge_base()
    full = {fold(m[0]): kb.person(m[0]) for m in mentions if " " in m[0].strip()}
    apart = set()
    for i, (text, _, _) in enumerate(mentions):
        owner = kb.surname_owner(text) if " " not in text.strip() else None
        # Only where the knowledge base knows the story's namesake as someone else too:
        # "Nancy Reagan" is not Ronald Reagan; an unknown "Orlando dos Santos" keeps "Santos".
        if (
            owner
            and owner not in full.values()
            and any(
                f.split()[-1] == fold(text) and who is not None and who != owner
                for f, who in full.items()
            )
        ):
            apart.add(i)
    return frozenset(apart)


def _people(ctx: StoryContext, people: list[PersonMention], taken: set[int]) -> list[_Proto]:
    doc = ctx.doc
    kb = knowledge_base()
    year = _year(ctx.record.date)
    text = doc.text
    mentions = [
        (m.text(doc), doc[m.start].idx, _paragraph_of(text, doc[m.start].idx)) for m in people
    ]
    datelines = digest_datelines(doc)
    ctx.notes["digest_datelines"] = datelines  # the place step names them too
    out = []
    for cluster in cluster_names(mentions, _kb_apart(mentions)):
        ms = [people[i] for i in cluster.members]
        role = next((m.role for m in ms if m.role), None)
        country = next((m.country for m in ms if m.country), None)
        if country == "MNC":
            # "IBM vice president Ray AbuZayyad": a multinational's staff are placed as any
            # company's are, by the story's state (the guide codes no person MNC)
            country = None
        sector = next((m.sector for m in ms if m.sector), None)
        if country is None:
            country = _country_after(doc, ms)  # "Vahit Halefoglu of Turkey"
        if country is None:
            country = _delegation_led(doc, lexicon(ctx.nlp), ms)
        # Known by the full name when the story gives one: a bare surname alone would
        # make Orlando dos Santos Colombia's president.
        # ("dos Santos" is a surname of two words, not a full name: Angola's president)
        full = [f for f in (cluster.name, *cluster.forms) if " " in f.strip() and f[:1].isupper()]
        known = kb.spell(full or [cluster.name, *cluster.forms], year)
        if known is None and full:
            # The full name spelled otherwise ("Ignaze Kiechle"): the surname, when the one
            # person the knowledge base gives it to has the same first name, give or take a
            # letter, or an initial that agrees (Domingo Cordovez is not Diego Cordovez).
            owner = kb.surname_owner(full[0].split()[-1])
            if owner and _same_first_name(owner, full[0]):
                known = kb.spell([owner], year)
        if known is None and full:
            slip = kb.misspelt(full[0])
            known = kb.spell([slip], year) if slip else None
        if known is None and role:
            # Monarchs go by title and one name ("King Khaled", "Sheikh Jaber").
            known = kb.spell([f"{role} {f}" for f in (cluster.name, *cluster.forms)], year)
        if known is not None and country is None:
            # The text leaves the person's state open; the office held that year says it.
            country = known.country
            sector = sector or known.sector or None
            role = role or known.role or None
        if country is None and ctx.record.country:
            # Wire style names home officials, and the local people it quotes, without
            # their nationality ("WASHINGTON - Treasury Secretary James Baker said"); a
            # company chairman or union leader a story quotes unplaced is as local as an
            # official ("STRASBOURG - Chairman Rene Geronimus", annotation guide: the
            # state the actor acts for). The sentences the person appears in may say
            # otherwise: see _home_or_named. In a digest, the item's dateline is home.
            home = item_country(datelines, min(m.start for m in ms)) or ctx.record.country
            country = _home_or_named(doc, ms, home)
        actor = Actor(
            id="",
            name=cluster.name,
            type="person",
            aliases=[f for f in cluster.forms if f != cluster.name],
            role=role,
            country=country,
            sector=sector,
            mentions=sorted(ctx.of(doc[m.start : m.end]) for m in ms),
        )
        toks = [t for m in ms for t in range(m.start, m.end)]
        taken.update(toks)
        out.append(_Proto(actor, actor.mentions[0][0], toks))
    return out


#: Auxiliaries of intent: a state that "would" or "will" do something in an official's
#: words is the state the official speaks for; one that merely did something is news.
_INTENT = {"will", "would", "shall", "'ll"}
#: Nouns through which a city or state acts: "the Bonn government".
_GOVERNMENT = {"government", "administration", "cabinet", "authorities"}


def _acting_states(doc: Doc, gaz: Gazetteer, start: int, end: int) -> set[str]:
    """The states whose intent a stretch of tokens states ("Wellington would consider",
    "the Bonn government will ask"), a capital standing for its state. Objects ("asked
    Myanmar to"), owners ("Indonesia's projects") and past deeds ("Brazil bought") say
    nothing of whom a person acts for."""
    found: set[str] = set()
    for ent in doc[start:end].ents:
        if ent.label_ != "GPE":
            continue
        subject = ent.root
        if subject.dep_ == "compound" and subject.head.lemma_ in _GOVERNMENT:
            subject = subject.head
        if subject.dep_ not in {"nsubj", "nsubjpass"} or not any(
            c.dep_ == "aux" and c.lower_ in _INTENT for c in subject.head.children
        ):
            continue
        entry = gaz.lookup(ent.text)  # the lookup drops a leading "the"
        if entry is None or not entry.country:
            continue
        if entry.kind == "country" or (entry.kind == "city" and gaz.is_capital(entry)):
            found.add(entry.country)
    return found


def _home_or_named(doc: Doc, ms: list[PersonMention], home: str) -> str | None:
    """The dateline's state for a person the text gives none, unless the sentences the
    person appears in give only another state's intent ("Foreign Minister Aroha Parata
    said Wellington would consider ..." from Port Vila): wire style leaves the nationality of
    home officials implicit, never that of a foreign official it names beside their
    state. Sentences that name the home state at all ("said Venezuela will lend Ecuador
    ..." from Quito), or several foreign ones, keep it."""
    gaz = gazetteer()
    named: set[str] = set()
    home_named = False
    for m in ms:
        sent = doc[m.start].sent
        named |= _acting_states(doc, gaz, sent.start, sent.end)
        home_named = home_named or any(
            (e := gaz.lookup(ent.text)) is not None and e.country == home
            for ent in sent.ents
            if ent.label_ == "GPE"
        )
    if len(named) == 1 and home not in named and not home_named:
        return named.pop()
    if any(_visits(doc, gaz, m, home) for m in ms):
        return None  # "Maharaz, visiting Ottawa to speak ...": a guest, not a local
    return home


def _visits(doc: Doc, gaz: Gazetteer, m: PersonMention, home: str) -> bool:
    """Whether the sentence has the person visit the home state or one of its cities:
    "X, visiting Ottawa", "X, who is visiting Canada", "X arrived in Ottawa"."""
    mention = range(m.start, m.end)
    for tok in doc[m.start].sent:
        if tok.lemma_ not in {"visit", "arrive", "tour"}:
            continue
        # The visitor: the verb's subject, or the noun a participle hangs on.
        visitor = next((c.i for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if visitor is None and tok.dep_ in {"acl", "advcl", "relcl"}:
            visitor = tok.head.i
        if (visitor is None or visitor not in mention) and not (
            tok.dep_ == "relcl" and tok.head.i in mention
        ):
            continue
        places = [c for c in tok.children if c.dep_ == "dobj"]
        places += [g for c in tok.children if c.dep_ == "prep" for g in c.children]
        for p in places:
            entry = gaz.lookup(doc[p.left_edge.i : p.right_edge.i + 1].text)
            if entry is not None and entry.country == home:
                return True
    return False


#: Verbs by which a person leads a state's side: "X will lead the French delegation".
_LEAD = {"lead", "head", "represent"}


def _delegation_led(doc: Doc, lex: Lexicon, ms: list[PersonMention]) -> str | None:
    """The state whose delegation, team or government the person leads or represents:
    "Cabinet chief Bernard Lavigne will lead the French delegation"."""
    gaz = gazetteer()
    for m in ms:
        head = doc[m.end - 1]
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_ in _LEAD:
            # "the Nigerian team, headed by Finance Minister X": the noun led is the
            # participle's head
            led = verb.head.head
            if verb.head.dep_ == "acl" and led.pos_ in {"NOUN", "PROPN"}:
                words = [fold(t.text) for t in doc[led.left_edge.i : led.i + 1]]
                dem = _demonym_in(lex, words, 0, len(words))
                if dem is not None:
                    return dem
            continue
        if head.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_ not in _LEAD:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            words = [fold(t.text) for t in doc[obj.left_edge.i : obj.i + 1]]
            dem = _demonym_in(lex, words, 0, len(words))
            if dem is not None:
                return dem
            for ent in doc[obj.left_edge.i : obj.i + 1].ents:
                entry = gaz.lookup(ent.text.removesuffix("'s").removesuffix("’s"))
                if ent.label_ == "GPE" and entry is not None and entry.kind == "country":
                    return entry.country
    return None


def _same_first_name(a: str, b: str) -> bool:
    """Whether two full names' first words can be the same person's: equal, one letter
    apart ("Ignaz"/"Ignaze"), or one an initial of the other."""
    x, y = fold(a).split()[0].rstrip("."), fold(b).split()[0].rstrip(".")
    if len(x) == 1 or len(y) == 1:
        return x[:1] == y[:1]
    return x == y or one_slip(x, y)


def _country_after(doc: Doc, ms: list[PersonMention]) -> str | None:
    """A country named right after a person's name: "Halefoglu of Turkey"."""
    gaz = gazetteer()
    for m in ms:
        if m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
            start = m.end + 1 + (1 if doc[m.end + 1].lower_ == "the" else 0)
            for n in (3, 2, 1):
                if start + n <= len(doc):
                    entry = gaz.lookup(doc[start : start + n].text)
                    if entry is not None and entry.kind == "country":
                        return entry.country
    return None


def _org_sector(lex: Lexicon, words: list[str], s: int, e: int) -> str | None:
    """The sector of the right-most organisation word inside tokens s..e."""
    best = None
    for j in range(s, e):
        m = lex.org_words.match(words, j)
        if m and j + m[0] <= e:
            best = str(m[1])
    return best


def _demonym_in(lex: Lexicon, words: list[str], s: int, e: int) -> str | None:
    """The state of the first demonym starting in ``words[s:e]`` ("the Thai foreign
    ministry", "the French delegation")."""
    for j in range(s, e):
        m = lex.demonyms.match(words, j)
        if m:
            return str(m[1])
    return None


def _org_country(
    lex: Lexicon, gaz: Gazetteer, doc: Doc, words: list[str], s: int, e: int
) -> str | None:
    dem = _demonym_in(lex, words, s, e)
    if dem is not None:
        return dem
    for ent in doc[s:e].ents:
        if ent.label_ in {"GPE", "NORP", "LOC"}:
            entry = gaz.lookup(ent.text)
            if entry and entry.country:
                return entry.country
    if e - s >= 2:
        return _country_ending(gaz, doc, e)  # "Sinova Battery Hungary", a firm's Hungarian arm
    return None


def _owned_name(doc: Doc, gaz: Gazetteer, s: int, e: int) -> tuple[int, str | None] | None:
    """Where a body's own name starts inside a span that opens with its state's possessive
    and a description ("New Zealand's opposition National Party" -> "National Party"), with
    that state's code; None when no proper name follows ("Peru's foreign trade ministry"),
    when no description stands between ("Turkey's Foreign Ministry" is named so) or when
    the owner is no place."""
    k = next((j for j in range(s + 1, min(s + 4, e - 1)) if doc[j].text in {"'s", "’s"}), None)
    if k is None:
        return None
    owner = None
    if s > 0 and doc[s - 1].is_title:
        owner = gaz.lookup(doc[s - 1 : k].text)  # the NER left "New" out of "New Zealand"
    owner = owner or gaz.lookup(doc[s:k].text)
    if owner is None or owner.kind not in {"country", "region", "city"}:
        return None
    start = k + 1
    while start < e and doc[start].is_lower:
        start += 1  # "opposition", "ruling"
    if start == k + 1:
        return None  # "Turkey's Foreign Ministry": the state's body, named so
    if start >= e or not all(t.is_title or t.lower_ in {"of", "and", "for"} for t in doc[start:e]):
        return None
    return start, owner.country


def _country_ending(gaz: Gazetteer, doc: Doc, e: int) -> str | None:
    """The code of the country whose name is the last word before ``doc[e]``, if any."""
    last = gaz.lookup(doc[e - 1].text)
    return last.country if last is not None and last.kind == "country" else None


def _named_as_body(doc: Doc, words: list[str], lex: Lexicon, name: str) -> bool:
    """Whether the story names ``name`` as a body somewhere, by a body word right after
    it that is no place's ("a Time magazine report": Time, Norway, is not meant), so
    that its bare mentions tagged ORG ("Time said") are the body too."""
    n = len(name.split())
    for i in range(len(doc) - n):
        if doc[i : i + n].text != name:
            continue
        m = lex.org_words.match(words, i + n)
        if m and str(m[1]) in {"MED", "BUS"}:
            return True
    return False


def _organisations(
    ctx: StoryContext, lex: Lexicon, gaz: Gazetteer, taken: set[int]
) -> list[_Proto]:
    doc = ctx.doc
    words = [fold(t.text) for t in doc]
    spans: list[tuple[int, int, Org | None]] = []
    # Named bodies with fixed codes (UN, NATO, Greenpeace), acronyms as written.
    i = 0
    while i < len(doc):
        m = lex.orgs.match(words, i) or lex.orgs.match(["=" + doc[i].text], 0)
        if m and not taken.intersection(range(i, i + m[0])):
            spans.append((i, i + m[0], m[1]))  # type: ignore[arg-type]
            i += m[0]
        else:
            i += 1
    # "demonym/possessive + organisation word": the Thai foreign ministry, Malian troops.
    state_bodies: list[tuple[int, int, str]] = []
    ctx.notes["state_bodies"] = state_bodies
    for j in range(len(doc)):
        m = lex.org_words.match(words, j)
        if not m or (j > 0 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_):
            continue  # "foreign-exchange earners": a word piece, not a body
        for k in range(max(0, j - 5), j):
            d = lex.demonyms.match(words, k)
            poss = (
                k + 1 < len(doc)
                and doc[k + 1].text in {"'s", "’s"}
                and gaz.lookup(doc[k].text) is not None
            )
            if not (d or poss) and doc[k].dep_ == "compound" and k + 1 < j + 1:
                # "the Myanmar embassy", "Tehran radio": a country or capital as modifier
                entry = gaz.lookup(doc[k].text)
                d = (
                    (1, entry.country)
                    if entry
                    and (
                        entry.kind == "country" or (entry.kind == "city" and gaz.is_capital(entry))
                    )
                    else None
                )
            # Only modifiers may stand between ("Peru's foreign trade ministry"), never a
            # noun phrase of its own ("Peru's plan for the ministry").
            between = doc[k + (2 if poss else 1) : j]
            if (d or poss) and all(
                t.dep_ in {"amod", "compound", "punct"} or t.text == "-" for t in between
            ):
                if all(t.is_alpha or t.text in {"'s", "’s", "-"} for t in doc[k : j + m[0]]):
                    code = str(d[1]) if d else getattr(gaz.lookup(doc[k].text), "country", None)
                    if words[j] in _GOVERNMENT and m[0] == 1 and code:
                        # "the Greek government" is Greece acting, as "Athens" would be.
                        state_bodies.append((k, j + 1, code))
                    else:
                        spans.append((k, _posted_in(doc, words, j + m[0]), None))
                break
    # "the state oil company Petrobras" tagged PERSON: the firm, wherever it is named
    kind_named = firm_named(doc, words)
    for ent in doc.ents:
        if (
            ent.label_ == "ORG"
            or (
                # "Sinova Battery Hungary" tagged PERSON: a name that ends in a country's is
                # a firm's or a branch's (the name step has left out people: "Michael Jordan")
                ent.label_ == "PERSON" and len(ent) >= 2 and _country_ending(gaz, doc, ent.end)
            )
            or (ent.label_ == "PERSON" and ent.text in kind_named)
        ):
            title = lex.titles.match(words, ent.start)
            if title is not None and title[0] == len(ent):
                continue  # "Rear-Admiral" tagged ORG before the admiral's name: a rank
            first = doc[ent.start]
            # "the Bank", "An Importers Association official" (not "A/S")
            s = ent.start + (1 if first.lower_ in {"the", "a", "an"} and first.whitespace_ else 0)
            end = ent.end
            opened = next((t.i for t in doc[s:end] if t.text == "("), None)
            if opened is not None and s < opened and ")" not in doc[opened:end].text:
                # "the Federation of Economic Organisations (Keidanren" tagged as one: two
                # names of the body, which _merge_appositions makes one actor ("Dollfus
                # Mieg et Cie (" leaves the bracket)
                if opened + 1 < end:
                    spans.append((opened + 1, end, None))
                end = opened
            if s < end:
                spans.append((s, end, None))
    by_key: dict[str, _Proto] = {}
    companies: set[str] = set()  # keys of names that carried a corporate suffix
    used: set[int] = {t for s, e, _ in state_bodies for t in range(s, e)}
    for s, e, org in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if org is None and s in taken:
            # "Craxi's Socialist Party": the person's possessive opens the body's name
            k = s
            while k < e and k in taken:
                k += 1
            if k + 1 < e and doc[k].text in {"'s", "’s"}:
                s = k + 1
        rng = set(range(s, e))
        if rng & taken or rng & used:
            continue
        if org is None and e - s > 1 and doc[e - 1].text in {"'s", "’s"}:
            e -= 1  # "the U.S. Commerce Department's trade division": the department
        owner_country = None
        if org is None and (owned := _owned_name(doc, gaz, s, e)) is not None:
            s, owner_country = owned  # "New Zealand's opposition National Party"
        # (whitespace runs normalised: a blanked ticker leaves spaces inside the span)
        name = org.name if org else " ".join(doc[s:e].text.split())
        if (
            org is None
            and lex.orgs.match(words, s) is None
            and gaz.lookup(name) is not None
            and not _named_as_body(doc, words, lex, name)
        ):
            # A place mis-tagged ORG ("Minsk also demanded"): not a body, and left untaken
            # so that the states step can still read a capital or country acting.
            continue
        used |= rng
        if words[e - 1] in {"and", "or", "of"} or (
            " and " in name and all(gaz.lookup(part) for part in name.split(" and "))
        ):
            continue  # "Santiago and Mendoza": places joined, not a body
        key = org_key(name)
        proto = by_key.get(key)
        if proto is None and not _is_company(name):
            # "the coast guard" after "the Latvian coast guard": the same body (not among
            # companies: "Hoechst AG" is not "American Hoechst Corp").
            proto = next(
                (p for k, p in by_key.items() if k.endswith(" " + key) and k not in companies),
                None,
            )
        if _is_company(name):
            companies.add(key)
        if proto is None:
            country = org.code if org else _org_country(lex, gaz, doc, words, s, e)
            country = country or owner_country
            sector = org.sector if org else _org_sector(lex, words, s, e)
            if sector is None and _is_company(name):
                sector = "BUS"  # "Anheuser-Busch Cos Inc": a company by its suffix
            actor = Actor(id="", name=name, type="organisation", country=country, sector=sector)
            proto = by_key[key] = _Proto(actor, doc[s].idx + ctx.offset, [])
        else:
            if name != proto.actor.name and name not in proto.actor.aliases:
                proto.actor.aliases.append(doc[s:e].text)
            if org is not None:  # "Airbus Industries", then the lexicon's "Airbus" (MNC)
                proto.actor.country = proto.actor.country or org.code
                proto.actor.sector = proto.actor.sector or org.sector
        surface = " ".join(doc[s:e].text.split())
        if org is not None and surface != proto.actor.name and surface not in proto.actor.aliases:
            # the lexicon's name for a body the story names otherwise ("Anadolu" for the
            # Anadolu Agency): the story's form is an alias
            proto.actor.aliases.append(surface)
        if org is None:
            # "Chad's military high command": the body is also named without its state
            # ("the military high command"), which the story may use alone later.
            poss = next(
                (k for k in range(s + 1, min(s + 4, e - 1)) if words[k] in {"'s", "’s"}), None
            )
            bare = doc[poss + 1 : e].text if poss is not None else ""
            if (
                bare
                and gaz.lookup(doc[s:poss].text) is not None
                and bare not in proto.actor.aliases
                and bare != proto.actor.name
            ):
                proto.actor.aliases.append(bare)
        proto.actor.mentions.append(ctx.of(doc[s:e]))
        proto.tokens.extend(range(s, e))
    taken |= used
    protos = _merge_forces(lex, list(by_key.values()))
    protos = _merge_appositions(doc, protos)
    protos = _merge_short_forms(protos, companies)
    for proto in protos:
        _described_as(doc, lex, words, proto)
    return protos


#: Words that end a company's full name and are dropped when the story names it again
#: ("McDonnell Douglas Corp", then "McDonnell Douglas").
_CORPORATE_SUFFIXES = {
    "corp", "corporation", "inc", "co", "cos", "ltd", "plc", "ag", "sa", "nv", "llc",
    "industries", "limited", "company",
}  # fmt: skip


def org_key(name: str) -> str:
    """The key under which one story's names of a body are one actor: the folded name
    without a trailing corporate suffix or its point, "&" read as "and", and no possessive
    ending."""
    words = ["and" if w == "&" else w for w in fold(name).removesuffix(".").split()]
    if len(words) > 1 and words[-1] in _CORPORATE_SUFFIXES:
        words = words[:-1]
    if words and len(words[-1]) > 2 and words[-1][-2:] in {"'s", "’s"}:
        # "Standard & Poor's" and "Standard and Poor's Corp", "Standard & Poor"
        words[-1] = words[-1][:-2]
    return " ".join(words)


def _is_company(name: str) -> bool:
    """Whether a body's name ends in a corporate suffix ("Anheuser-Busch Cos Inc")."""
    return org_key(name) != fold(name).removesuffix(".")


def _companies_not_people(protos: list[_Proto]) -> list[_Proto]:
    """A one-word "person" the NER found that is a company the story named in full
    ("Allegis Corp said ... An Allegis spokesman said"): the company, not a person."""
    companies = {
        org_key(p.actor.name): p
        for p in protos
        if p.actor.type == "organisation" and _is_company(p.actor.name)
    }
    # "Kalulu Copper Mines ... Kalulu's general manager": a firm's first word, which no
    # one is known by, stands for the firm as a short name does
    kb = knowledge_base()
    for p in protos:
        first = p.actor.name.split()[0] if p.actor.type == "organisation" else ""
        if (
            p.actor.sector == "BUS"
            and " " in p.actor.name
            and first[:1].isupper()
            and fold(first) not in kb.given_names
            and not kb.surname_owner(first)
        ):
            companies.setdefault(fold(first), p)
    out = []
    for p in protos:
        a = p.actor
        owner = companies.get(fold(a.name)) if a.type == "person" and " " not in a.name else None
        if owner is not None and not a.role and not a.aliases:
            _absorb(owner, p)
            continue
        out.append(p)
    return out


def _absorb(keep: _Proto, other: _Proto) -> None:
    """Make ``other`` one actor with ``keep``: its names become aliases, its mentions and
    tokens join, and what ``keep`` leaves open (country, sector) it fills."""
    for x in (other.actor.name, *other.actor.aliases):
        if x not in keep.actor.aliases and x != keep.actor.name:
            keep.actor.aliases.append(x)
    keep.actor.country = keep.actor.country or other.actor.country
    keep.actor.sector = keep.actor.sector or other.actor.sector
    keep.actor.mentions = sorted(keep.actor.mentions + other.actor.mentions)
    keep.tokens.extend(other.tokens)
    keep.first = min(keep.first, other.first)


def _merge_appositions(doc: Doc, protos: list[_Proto]) -> list[_Proto]:
    """ "The Iranian news agency IRNA", "the official Kenya News Agency KNA": a description
    (or a name) followed at once by the body's own name is one body, under that name."""
    starts = {min(p.tokens): p for p in protos if p.tokens}
    gone: set[int] = set()
    for p in sorted((p for p in protos if p.tokens), key=lambda p: min(p.tokens)):
        if id(p) in gone:
            continue
        first_end = min(p.tokens)
        while first_end + 1 in p.tokens:
            first_end += 1
        after = first_end + 1
        while after < len(doc) and doc[after].is_space:
            after += 1  # a line break in wire copy
        bracketed = after + 1 < len(doc) and doc[after].text == "("
        if bracketed:
            after += 1  # "the Australian Petroleum Exploration Association (APEA)"
        nxt = starts.get(after)
        if nxt is None or nxt is p or id(nxt) in gone:
            continue
        closed = after
        while closed in nxt.tokens:
            closed += 1
        if not (
            doc[after].is_upper or (bracketed and closed < len(doc) and doc[closed].text == ")")
        ):
            # only an acronym-like name right after ("IRNA", "KNA", "MINUSMA"), or any
            # name in brackets ("the Federation of Economic Organisations (Keidanren)")
            continue
        if bracketed:
            _absorb(p, nxt)  # the full name first, its short form in brackets
            gone.add(id(nxt))
        else:
            _absorb(nxt, p)
            gone.add(id(p))
    return [p for p in protos if id(p) not in gone]


#: Small words an acronym skips: "Ministry of International Trade and Industry" is MITI.
_ACRONYM_SKIPS = {"of", "and", "for", "on", "the", "in", "&"}


def _initials(name: str) -> str:
    """The acronym a body's name would make: capitalised words' first letters."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _ACRONYM_SKIPS]
    return "".join(w[0] for w in words if w[:1].isupper())


def _merge_short_forms(protos: list[_Proto], companies: set[str]) -> list[_Proto]:
    """One actor for a body the story names in full and then by its acronym ("Securities
    and Exchange Commission" ... "SEC") or a company by the first words of its name
    ("Pacific Western Airlines Corp" ... "Pacific Western"). The full name stays the
    canonical one; a short form that fits two bodies joins neither."""
    gone: set[int] = set()
    for short in protos:
        name = short.actor.name.strip(" .()")
        acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6
        key = org_key(name)
        fits = [
            p
            for p in protos
            if p is not short
            and id(p) not in gone
            and len(p.actor.name) > len(name)
            and (
                (acronym and _initials(p.actor.name.split("(")[0]) == name)
                or (
                    not acronym
                    and not _is_company(name)  # "Canadian Pacific Ltd" is a company of its own
                    and len(key.split()) >= 2
                    and org_key(p.actor.name) in companies
                    and org_key(p.actor.name).startswith(key + " ")
                )
                or (
                    # "National said" after "the National Party": the body's name less its
                    # head word
                    not acronym
                    and org_key(p.actor.name) == key + " " + fold(p.actor.name).split()[-1]
                    and fold(p.actor.name).split()[-1] in _BODY_HEADS
                )
            )
        ]
        if len(fits) == 1:
            keep = fits[0]
            keep.actor.name = keep.actor.name.split(" (")[0]
            _absorb(keep, short)
            gone.add(id(short))
    return [p for p in protos if id(p) not in gone]


#: Head words a body's short name leaves off ("National" for the National Party).
_BODY_HEADS = {"party", "union", "front", "movement", "association", "federation", "league"}
#: Sectors whose generic names ("Malian troops", "Malian armed forces") are one body.
_FORCE_SECTORS = {"MIL", "COP"}


def _merge_forces(lex: Lexicon, protos: list[_Proto]) -> list[_Proto]:
    """One actor for a state's armed forces or police however the story words them:
    "Malian troops", "the Malian army" and "Malian forces" are CAMEO's MLIMIL, one body.
    Only generic names (demonym + force word) merge; a named unit never does."""
    out: list[_Proto] = []
    first: dict[tuple[str, str], _Proto] = {}
    for p in protos:
        a = p.actor
        words = fold(a.name).split()
        d = lex.demonyms.match(words, 0)
        rest = words[d[0] :] if d else []
        m = lex.org_words.match(rest, 0) if rest else None
        generic = bool(d and m and m[0] == len(rest) and str(m[1]) in _FORCE_SECTORS)
        key = (a.country or "", str(m[1]) if m else "")
        if generic and key in first:
            _absorb(first[key], p)
            continue
        if generic:
            first[key] = p
        out.append(p)
    return out


#: Organisation words that mean the state itself when a demonym or possessive names it.
_GOVERNMENT = {"government", "authorities", "administration", "cabinet", "regime"}
#: Missions named by where they sit: "the Chilean embassy in Argentina".
_POSTED = {"embassy", "consulate", "mission", "delegation", "high commission"}


def _posted_in(doc: Doc, words: list[str], end: int) -> int:
    """Extend a mission's name over "in <place>", which tells two of a state's missions
    apart ("the Myanmar embassy in Bangkok")."""
    if words[end - 1] not in _POSTED or end + 1 >= len(doc) or words[end] != "in":
        return end
    ent = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "GPE"), None)
    return ent.end if ent is not None else end


def _described_as(doc: Doc, lex: Lexicon, words: list[str], proto: _Proto) -> None:
    """Keep the description a body is introduced with as an alias, so that "the mission
    said" later finds it: "The UN peacekeeping mission in Mali, MINUSMA, ..." and
    "the United Nations refugee agency UNHCR". The parser often hangs the name on the
    wrong word, so the surface order is read: a noun phrase headed by an organisation word
    right before the name (after a comma, or with none)."""
    starts = sorted({t for t in proto.tokens if t - 1 not in proto.tokens})
    for s in starts:
        end = s - 1 if s > 0 and doc[s - 1].text == "," else s
        k = end - 1
        while (
            k >= 0
            and k >= end - 8
            and (doc[k].is_alpha or doc[k].text in {"-", "."})
            and doc[k].pos_ not in {"VERB", "AUX", "DET", "PRON", "CCONJ"}
            and doc[k].lower_ not in {"by", "to", "from", "with", "at", "on"}
        ):
            k -= 1
        words_before = words[k + 1 : end]
        head = next(
            (j for j in range(len(words_before)) if lex.org_words.match(words_before, j)), None
        )
        if head is None or k + 1 >= end:
            continue
        alias = doc[k + 1 : end].text
        if (
            alias != proto.actor.name
            and alias not in proto.actor.aliases
            and any(t.pos_ == "NOUN" for t in doc[k + 1 : end])
        ):
            proto.actor.aliases.append(alias)


def _states(ctx: StoryContext, gaz: Gazetteer, taken: set[int]) -> list[_Proto]:
    """Countries and capitals that act: subjects, objects of with/to/against, possessors."""
    doc = ctx.doc
    by_code: dict[str, _Proto] = {}
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "NORP", "ORG", "PERSON"} or taken.intersection(
            range(ent.start, ent.end)
        ):
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        entry = gaz.lookup(text)
        if entry is None or entry.country is None:
            continue
        is_capital = entry.kind == "city" and gaz.is_capital(entry)
        if entry.kind not in {"country", "body"} and not is_capital:
            continue
        if ent.label_ in {"ORG", "PERSON"} and entry.kind == "body":
            continue  # named bodies are the organisation step's
        head = ent.root
        prep = head.head
        acting = head.dep_ in _ACTING_DEPS or (
            head.dep_ == "pobj"
            and (
                prep.lower_ in _ACTING_PREPS
                or (
                    prep.lower_ in _VERB_PREPS
                    and prep.head.pos_ == "VERB"
                    and prep.head.lemma_ not in _MOTION
                )
            )
        )
        if head.dep_ == "conj":
            acting = head.head.dep_ in _ACTING_DEPS
        if not acting or ent.label_ == "NORP":
            continue
        code = entry.country
        proto = by_code.get(code)
        if proto is None:
            name = gaz.country_names.get(code, entry.name)
            actor = Actor(
                id="", name=name, type="country", country=code, sector="GOV" if is_capital else None
            )
            proto = by_code[code] = _Proto(actor, ent.start_char + ctx.offset, [])
        if text != proto.actor.name and text not in proto.actor.aliases:
            proto.actor.aliases.append(text)
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        proto.actor.mentions.append(ctx.of(doc[start : ent.end]))
        proto.tokens.extend(range(ent.start, ent.end))
    for s, e, code in ctx.notes.get("state_bodies", []):  # type: ignore[attr-defined]
        proto = by_code.get(code)
        if proto is None:
            actor = Actor(
                id="",
                name=gaz.country_names.get(code, code),
                type="country",
                country=code,
                sector="GOV",
            )
            proto = by_code[code] = _Proto(actor, doc[s].idx + ctx.offset, [])
        text = doc[s:e].text
        if text not in proto.actor.aliases:
            proto.actor.aliases.append(text)
        proto.actor.mentions = sorted([*proto.actor.mentions, ctx.of(doc[s:e])])
        proto.first = min(proto.first, doc[s].idx + ctx.offset)
        proto.tokens.extend(range(s, e))
        taken.update(range(s, e))
    return list(by_code.values())
