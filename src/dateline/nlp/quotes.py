"""Quotes: direct, indirect and mixed, each tied to its speaker's actor id.

Direct quotes are found by pairing quotation marks within a paragraph, never across the
story: a quote that runs on is continued only when the next paragraph opens with a mark
(the wire convention), and an unpaired mark is dropped rather than allowed to swallow the
text after it. Indirect quotes are speech verbs ("said", "noted", "assured") with a clausal
complement; a complement holding a quoted fragment makes the quote mixed. Speakers come
from the cue verb's subject through :class:`Resolver`, in every usual position: before or
after the quote, inverted ("said X"), passive ("was quoted as saying"), "according to X",
colon and dash forms; a quote with no cue of its own belongs to the previous quote's
speaker when it continues that quote's paragraph or opens the next one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.lexicons import read_tsv
from dateline.model import Actor, Quote
from dateline.nlp.context import StoryContext
from dateline.nlp.coref import Resolver
from dateline.nlp.gazetteer import fold, gazetteer

if TYPE_CHECKING:
    from dateline.nlp.events import EventFinder

from dateline.nlp.events import GROUPS

_OPEN_DOUBLE = {'"': '"', "“": "”", "„": "“", "«": "»"}
_CLOSE_DOUBLE = {'"', "”", "»", "“"}
_QUOTE_MARKS = set(_OPEN_DOUBLE) | _CLOSE_DOUBLE
_PARA = re.compile(r"\n[ \t]*\n|\n(?=[ \t]+\S)")
_WORD = re.compile(r"\w+")
#: Verbs by which a body puts out a document that then speaks for it.
_ISSUING = {"issue", "release", "publish", "send", "distribute", "circulate", "prepare", "place"}
#: People who speak for a body: the body (or the story's state) is the speaker.
_SPOKESPEOPLE = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "official",
    "minister",
    "statement",
    "officer",
}
#: Those who only ever speak for a body, never as themselves.
_VOICES = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"}
#: Those who speak for a person whose possessive they carry ("his office", "her aides").
_PERSONAL_VOICES = {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "staff"}
#: Where a role's scope begins: its head noun is the last word before ("official" in
#: "senior official of the National Merchant Marine Union").
_ROLE_SCOPE = re.compile(r"\b(?:of|to|for|at|in|on)\b|,")
#: Words that end a body's name and stand for it alone ("a board spokesman"); not
#: "company" or "bank", which _story_company and the central bank take.
_BODY_HEAD_WORDS = {
    "board", "association", "committee", "council", "commission", "union", "party",
    "agency", "bureau", "ministry", "department", "office", "federation", "institute",
    "authority", "confederation", "chamber", "fund", "community",
}  # fmt: skip
#: Published numbers (speakers.tsv, kind "document"), which speak for a state only when the
#: text calls them official or the government's.
_COUNTS = {"figure", "statistic"}
#: Plural words for bodies that the story may name only so ("two farm organizations").
_PLURAL_BODIES = {"organization", "organisation", "group", "association", "federation"}
#: Unnamed speakers that point back at the body an earlier one spoke for ("the official").
_BACK_REFERENCE = {"official", "source", "aide"}
#: Words in a union's name ("Chilean Confederation of Copperworkers").
_UNION_WORDS = {"union", "confederation", "federation", "syndicate"}
#: People a lead describes and the next paragraph names ("a leading U.S. banker said").
_LEAD_PEOPLE = {
    "member", "leader", "banker", "executive", "controller", "employee", "engineer",
    "manager", "director", "officer", "worker", "farmer", "lawyer",
}  # fmt: skip
_TRAILING = ' \t\n,.;:"”’'


@cache
def _speaker_nouns() -> dict[str, frozenset[str]]:
    """speakers.tsv: kind ("document", "anonymous") -> nouns."""
    kinds: dict[str, set[str]] = {}
    for word, kind, *_ in read_tsv("speakers.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


#: Documents that speak for whoever issued them (speakers.tsv, kind "document").
_ISSUED = _speaker_nouns()["document"]
#: Speakers the wire leaves anonymous on purpose (speakers.tsv, kind "anonymous").
_ANONYMOUS = _speaker_nouns()["anonymous"]
#: Sectors of the bodies whose unnamed "sources" speak for them (see _official_sources).
_PUBLIC_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
#: Whom a speaker tells (speakers.tsv, kind "audience"): "told a news conference ...".
_AUDIENCES = _speaker_nouns()["audience"]
#: A company named by its kind (speakers.tsv, kind "company"): "the company said".
_COMPANIES = _speaker_nouns()["company"]
#: What "the paper said" calls the outlet the story named before (kind "printed"), and the
#: last words of outlets' names ("outlet": "China Legal News", "Melbourne Sun").
_PRINTED = _speaker_nouns()["printed"]
_OUTLET_WORDS = _speaker_nouns()["outlet"]
#: A state's executive (speakers.tsv, kind "government"): "the government said".
_GOVERNMENTS = _speaker_nouns()["government"]


#: Heads that say a name is a body's, too ambiguous for a sector (org_sectors.tsv leaves
#: them out): "Conab, the national crop supply agency".
_BODY_KINDS = {"agency", "association", "group", "body", "institute", "organisation",
               "organization", "federation", "alliance", "coalition", "movement"}  # fmt: skip


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Speech verbs that attribute a quoted passage, and those that report speech through
    a clause, an infinitive, or a characterisation ("as ...")."""
    direct: set[str] = set()
    indirect: set[str] = set()
    infinitive: set[str] = set()
    as_: set[str] = set()
    for lemma, kinds, *_ in read_tsv("speech_verbs.tsv"):
        kind = set(kinds.split(","))
        if "direct" in kind:
            direct.add(lemma)
        for name, bucket in (("indirect", indirect), ("infinitive", infinitive), ("as", as_)):
            if name in kind:
                bucket.add(lemma)
    return frozenset(direct), frozenset(indirect), frozenset(infinitive), frozenset(as_)


@cache
def _noun_cues() -> frozenset[str]:
    """Nouns of speech that report a that-clause from a named source ("an assurance from
    Greece that ...")."""
    return frozenset(
        lemma for lemma, kinds, *_ in read_tsv("speech_verbs.tsv") if "noun" in kinds.split(",")
    )


@dataclass(slots=True)
class _Marked:
    start: int  # content start (doc chars, after the mark)
    end: int  # content end (before the closing mark, or paragraph end)
    para: int
    closed: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) offsets: blank lines, or a newline before an indent."""
    out, pos = [], 0
    for m in _PARA.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _opens(text: str, i: int) -> bool:
    # (a mark right after a sentence's end opens when a capital follows: 'he added."If
    # you asked me ...')
    return (
        i == 0
        or text[i - 1].isspace()
        or text[i - 1] in "([{—–-:"
        or (text[i - 1] in ".!?" and i + 1 < len(text) and text[i + 1].isupper())
    )


def _closes(text: str, i: int) -> bool:
    # (a mark after closing punctuation closes even when the next word runs on:
    # '"... the other way,"Carlucci said')
    return i + 1 >= len(text) or not text[i + 1].isalnum() or (i > 0 and text[i - 1] in ",.?!")


def find_marked(text: str) -> list[_Marked]:
    """Spans inside paired quotation marks, double marks first, then single marks."""
    paras = paragraphs(text)
    out: list[_Marked] = []
    for k, (ps, pe) in enumerate(paras):
        i, open_at, closer = ps, -1, ""
        while i < pe:
            c = text[i]
            if open_at < 0 and c in _OPEN_DOUBLE and _opens(text, i):
                open_at, closer = i, _OPEN_DOUBLE[c]
            elif (
                open_at >= 0
                and (c == closer or (c in _CLOSE_DOUBLE and c != "„"))
                and _closes(text, i)
            ):
                out.append(_Marked(open_at + 1, i, k, True))
                open_at = -1
            i += 1
        if open_at >= 0:
            nxt = text[paras[k + 1][0]] if k + 1 < len(paras) else ""
            if nxt in _OPEN_DOUBLE:  # the quote runs on into the next paragraph
                out.append(_Marked(open_at + 1, pe, k, False))
        if not any(m.para == k for m in out):
            out.extend(_single_marked(text, ps, pe, k))
    return out


def _single_marked(text: str, ps: int, pe: int, k: int) -> list[_Marked]:
    """'Single' and ‘curly single’ quotes of three words or more; apostrophes ignored."""
    out = []
    i, open_at = ps, -1
    while i < pe:
        c = text[i]
        opening = c in "'‘" and _opens(text, i) and i + 1 < pe and text[i + 1].isalnum()
        closing = c in "'’" and not text[i - 1].isspace() and _closes(text, i)
        if open_at < 0 and opening:
            open_at = i
        elif open_at >= 0 and closing and len(_WORD.findall(text[open_at + 1 : i])) >= 3:
            out.append(_Marked(open_at + 1, i, k, True))
            open_at = -1
        i += 1
    return out


def _embedded(text: str, m: _Marked) -> bool:
    """A quote opening mid-clause ('is "totally unjustified."', 'described it as "..."') is
    a fragment of reported speech, not a quote of its own: the mark follows a word, not a
    sentence start, a colon or a comma."""
    i = m.start - 2  # the character before the opening mark
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\n.:,;!?—–-([\"“”'‘’":
        return False
    return text[i].isalnum()


def _is_full_quote(text: str, m: _Marked, after_cue: bool = False) -> bool:
    """A sentence-like quote (ends in punctuation inside the marks, or is long) that is not
    embedded in a reported clause. A mark right after a speech verb ('He said "it would be
    a mistake."', 'saying "we will not pay."') opens a quote of its own, not a fragment."""
    if m.closed and not after_cue and _embedded(text, m):
        return False
    body = text[m.start : m.end].rstrip()
    words = len(_WORD.findall(body))
    return (not m.closed) or words >= 5 or body[-1:] in {",", ".", "?", "!"}


def _speech_kind(s: int, e: int, fragments: list[_Marked]) -> str:
    """Reported speech holding a quoted fragment is mixed, else indirect."""
    return "mixed" if any(s <= f.start and f.end <= e + 1 for f in fragments) else "indirect"


def _reported_clause(cue: Token, inside: set[int]) -> Token | None:
    """The clause a cue reports: its ccomp. A cue can hold two when the parser runs a
    quote-final paragraph into the next one ('"... Machu Picchu." <para> Quispe said that
    Peru ...'): the one after the cue and outside the marks is its reported speech."""
    ccomps = [c for c in cue.children if c.dep_ == "ccomp"]
    after = next((c for c in ccomps if c.i > cue.i and c.i not in inside), None)
    if after or ccomps:
        return after or ccomps[0]
    # "said in a statement that ...": the parser hangs the that-clause on the medium
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "on"} or prep.i < cue.i:
            continue
        for medium in prep.children:
            if medium.dep_ == "pobj" and medium.lemma_.lower() in _MEDIA:
                clause = next(
                    (
                        c
                        for c in medium.children
                        if c.dep_ in {"acl", "ccomp", "relcl"}
                        and c.i > medium.i
                        and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
                    ),
                    None,
                )
                if clause is not None:
                    return clause
    return None


#: Where a cue's words were said: "said in a statement that ...", "said on television that".
_MEDIA = {
    "statement", "interview", "letter", "communique", "speech", "message", "report",
    "television", "radio", "broadcast", "briefing", "address", "note", "declaration",
}  # fmt: skip


class QuoteFinder:
    def __init__(self, ctx: StoryContext) -> None:
        self.ctx = ctx
        self.doc: Doc = ctx.doc
        self.text = ctx.doc.text  # Doc.text joins every token on each access: read it once
        self.res = Resolver(ctx)
        self.cues, self.indirect_cues, self.infinitive_cues, self.as_cues = _cues()
        self.noun_cues = _noun_cues()
        self._maker: EventFinder | None = None
        self.last_speaker: str | None = None
        self._voiced: set[str] = set()  # bodies that spoke through an unnamed spokesman
        self._aide_of: str | None = None  # the person "his aide" spoke for
        self._last_voiced: str | None = None  # the body whose spokesman spoke last
        self._issued: set[str] = set()  # those who spoke through a statement or declaration
        self.last_anonymous = False  # the nearest quote before had no speaker
        #: Where a single unnamed voice spoke ("one diplomat", "a Western banker"): doc chars.
        self._anonymous_voices: list[int] = []
        self.last_end = -1  # where the last speaker's quote ended (doc chars)
        self._inside: set[int] = set()  # tokens inside direct quotes
        self._paras: list[tuple[int, int]] | None = None  # paragraphs, found on first use

    # -- attribution -----------------------------------------------------------------------
    @property
    def maker(self) -> EventFinder:
        """The event step's actor makers (institutions, groups, states), built on first use."""
        if self._maker is None:
            from dateline.nlp.events import EventFinder

            self._maker = EventFinder(self.ctx, self.res)
        return self._maker

    def _type_of(self, actor_id: str) -> str:
        return next((a.type for a in self.ctx.record.actors if a.id == actor_id), "person")

    def _who(self, tok: Token) -> str | None:
        """A named actor, a pronoun, or failing both an institution or group made from the
        phrase itself ("British officials" -> Britain, "police" -> the local police)."""
        lemma = tok.lemma_.lower()
        if tok.tag_ == "NNPS" and lemma == tok.lower_ and lemma.endswith("s"):
            # Wire copy capitalises role words ("U.S. Officials said"); the tagger then takes
            # them for proper nouns and leaves the plural as its own lemma.
            lemma = lemma[:-1]
        named = self.res.named(tok)  # "government spokeswoman Dora Kalogeraki"
        if (strikers := self._strikers_of_union(tok)) is not None:
            return strikers  # "a union spokesman said half the seamen had gone back"
        if named is None and tok.pos_ == "PROPN" and (body := self._apposed_body(tok)):
            return body
        definite = any(c.lower_ == "the" for c in tok.children)
        close = next((c for c in tok.children if c.lower_ == "close"), None)
        if tok.lower_ == "one" and not named:
            # "one of his closest aides said": the aides' phrase decides.
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            group = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if group is not None:
                tok, lemma = group, group.lemma_.lower()
            elif self.last_anonymous:
                return None  # "Western diplomats said ... one said": still anonymous
            elif self.last_speaker and self._type_of(self.last_speaker) != "person":
                # "The U.S. officials said ... 'We're pleased,' one said": one of them.
                return self.last_speaker
        if (bodies := self._unnamed_bodies(tok, definite)) is not None:
            return bodies  # "two U.S. wheat organizations said" ... "the two organizations"
        if lemma in {"group", "delegation", "number"} and not named:
            # "A group of 31 ruling party lawmakers said": the lawmakers speak
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            members = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if members is not None and members.tag_ in {"NNS", "NNPS"}:
                tok, lemma = members, members.lemma_.lower()
                named = self.res.named(tok)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in {"his", "her"} and lemma in _PERSONAL_VOICES:
            # "his office said", "her spokesman said": the person they speak for.
            person = self.res.resolve(owner)
            if person and self._type_of(person) == "person":
                self._aide_of = person
                return person
        if lemma in _PERSONAL_VOICES and (holder := self._office_holder(tok)):
            return holder  # "the Prime Minister's office said"
        if definite and lemma in _COMPANIES and (not named or self._type_of(named) == "group"):
            # "The company said", "the chemical company also said": the company the story
            # is about (a group the event step made of the phrase itself is no company).
            firm = self._story_company(tok)
            if firm:
                return firm
        if lemma in _GOVERNMENTS and tok.tag_ == "NN" and self._type_of(named or "") != "country":
            # "The government said", "The government of president X has said": its state,
            # not a body whose name holds the word ("Commission on Good Government") nor the
            # person it belongs to.
            state = self._government_state(tok, named)
            if state:
                return state
        if definite and (aged := self._aged(tok)):
            return aged  # "the 58-year-old farmer said" after "Sebastiao Ferreira Lima, 58,"
        if not definite and (who := self._named_by_apposition(tok)):
            return who  # "A senior official ... said" ... "the official, Rodrigo Cruz, told"
        if definite and not named and lemma == "aide" and self._aide_of:
            return self._aide_of  # "The aide said" after "one of his closest aides"
        if definite and not named and self._fits_last_person(tok):
            return self.last_speaker  # "the union official said" after the union's X spoke
        if definite and (not named or self._type_of(named) == "group"):
            titled = self._titled_person(tok)
            if titled:
                return titled  # "Home Affairs Minister Kombo rejected ... the minister said"
        if (
            lemma in _ANONYMOUS
            and close is not None
            and close.i + 1 < len(self.doc)
            and self.doc[close.i + 1].lower_ == "to"
        ):
            # "Sources close to Forlani" speak for Forlani (read on the surface: the parser
            # often makes the name a second subject).
            for j in range(close.i + 2, min(close.i + 8, len(self.doc))):
                if j in self.res.actor_at:
                    return self.res.actor_at[j]
        if lemma in {"source", "official"} and (not named or self._type_of(named) == "group"):
            # "party sources said", "a senior party official said": the party last named
            comp = next(
                (c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None
            )
            if comp is not None and (headed := self._body_headed_before(comp)):
                return headed
        if lemma in {"source", "official"} and not named:
            # "a source at the company", "officials at the ministry": the body they are at.
            at = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ in {"at", "in", "within"}
                ),
                None,
            )
            obj = next((g for g in at.children if g.dep_ == "pobj"), None) if at else None
            body = self.res.resolve(obj) if obj is not None else None
            if body and self._type_of(body) == "organisation":
                return body
        if lemma in {"source", "economist"} and self._official_sources(tok, close):
            # "Government sources", "Finance Ministry sources", "sources close to the
            # government", "a government economist": unnamed officials, who speak for
            # their state or body as the guide has it; "banking sources", "diplomats" and
            # private economists stay anonymous.
            body = named if named and self._type_of(named) != "person" else self._body_of(tok)
            if body and lemma == "economist" and tok.tag_ == "NN":
                self._voice(body)  # "... he said": the unnamed economist goes on
            return body
        if (
            tok.tag_ in {"NNS", "NNPS"}
            and lemma in {"newspaper", "paper", "report"}
            and (not named or self._type_of(named) == "country")
        ):
            return None  # "Greek newspapers said", "Japanese press reports said": no one outlet
        if (
            definite
            and not named
            and tok.tag_ == "NN"
            and lemma in _PRINTED
            # (not "the Addis Standard newspaper", which names its own)
            and not any(c.dep_ == "compound" for c in tok.children)
            and (outlet := self._last_outlet(tok))
        ):
            return outlet  # "the New York Times reported ... the paper said"
        if lemma == "source" and definite and not named:
            # "The sources said" points back at sources the story already cited, and speaks
            # for whomever they spoke for: nobody after "banking sources said" (the guide's
            # anonymous sources), X after "sources close to X".
            return self._earlier_sources(tok)
        if definite and not named and (epithet := self.res.epithet(tok)):
            return epithet  # "the Canadian banker said" after William Mulholland
        if lemma in {"source", "diplomat"} and (state := self._sources_state(tok, named)):
            # "West German diplomats said", "New Zealand sources had said": unnamed people
            # tied to a state speak for it, as the guide codes them ("Western diplomats",
            # tied to none, stay anonymous).
            return state
        if lemma in _ANONYMOUS and not (lemma in _BACK_REFERENCE and definite):
            # "a Reuters witness", "EC diplomats", "traders": left anonymous, unless named.
            if named and self._type_of(named) == "person":
                return named
            if tok.tag_ == "NN":
                self._anonymous_voices.append(tok.idx)  # "he said" may go on for this one
            return None
        if (
            named
            and lemma in _VOICES | {"official", "officer"}
            and self._type_of(named) == "group"
            and any(
                c.lower_ == "government" or c.ent_type_ in {"GPE", "NORP"} for c in tok.children
            )
        ):
            # A group made of the unnamed speaker phrase itself ("U.S. Officials", "a
            # government spokesman"): like any state's unnamed officials, their state speaks.
            return self._body_of(tok)
        if (
            named
            and (
                self._type_of(named) == "group"
                or (self._type_of(named) == "organisation" and tok.i not in self.res.actor_at)
            )
            and (later := self._lead_named_later(tok))
        ):
            # "A Chinese leader said ..." <para> "Vice-Premier Tian Jiyun told"; "A former
            # TRW Inc controller told a hearing ..." <para> '"...," Larry Eagleye said'
            return later
        if (
            definite
            and named
            and tok.i not in self.res.actor_at
            and self._type_of(named) == "organisation"
            and (titled := self._titled_person(tok))
        ):
            return titled  # "the president of the American Soybean Association said"
        if named:
            if (
                lemma in _SPOKESPEOPLE | _BACK_REFERENCE | _VOICES
                and self._type_of(named) != "person"
            ):
                head = self._body_head(tok)
                if head is not None:
                    named = self._sub_body(head, named)  # "a Senate Iran committee aide"
                # "the State Department source said ... he said": his body speaks on.
                self._voice(named)
            return named
        later = self._lead_named_later(tok)
        if later:
            return later
        if lemma in _ISSUED:
            return self._issuer(tok)  # "according to a ministry statement"
        if (lemma in _VOICES or (lemma in _BACK_REFERENCE and definite)) and not named:
            if definite and lemma in _VOICES and not self._last_voiced:
                holder = self._role_holder(tok)
                if holder:
                    return holder  # "The spokesman said" after "International spokesman X"
            if definite and lemma in _VOICES and self._last_voiced:
                # "The spokeswoman said" after "a Commission spokeswoman": that body, even
                # when a state spoke in between.
                return self._last_voiced
            if definite and self.last_speaker and self._type_of(self.last_speaker) != "person":
                # "The spokesman said" after "a Treasury spokesman", "the official said"
                # after "a State Department official": the body they speak for.
                self._voice(self.last_speaker)
                return self.last_speaker
            if definite and self._last_voiced:
                # "The official said" after a person spoke between: the body whose
                # spokesman or official spoke last, not the story's state.
                return self._last_voiced
            body = self._body_of(tok)
            if body:
                self._voice(body)
            return body
        named = self.res.resolve(tok)
        if named or tok.lower_ in {"he", "she", "they", "it", "i", "we", "you"}:
            return named
        if (
            lemma == "official"
            and not any(c.dep_ in {"compound", "poss", "prep"} for c in tok.children)
            and not any(self._demonym_state(c) for c in tok.children)
            and (body := self._officials_body_before(tok))
        ):
            # "senior officials of the Food Ministry told Reuters ... a senior official
            # said", "Officials said": the body whose officials the story is quoting.
            return body
        if lemma in _SPOKESPEOPLE:
            return self._body_of(tok)
        if lemma in GROUPS:  # "Striking seamen said": the seamen, as a group actor
            return self.maker.group_actor(tok)
        words = [t.lower_ for t in tok.subtree]
        lex = self.res.lex
        cue = any(
            lex.demonyms.match(words, j) or lex.org_words.match(words, j) for j in range(len(words))
        )
        if not cue or tok.lemma_.lower() in _ANONYMOUS:
            return None  # "diplomats said", "sources said": anonymous, not an actor
        found = self.maker.resolve_all([tok])
        return found[0] if found else None

    def _last_outlet(self, tok: Token) -> str | None:
        """The news outlet last named before ``tok``: a body of sector MED, or one the
        story called a newspaper ("The newspaper Welt am Sonntag said"), or one whose name
        ends as outlets' do ("the official China Legal News reported")."""
        return self._actor_before(
            tok.i,
            lambda a: (
                a.type == "organisation"
                and (
                    a.sector == "MED"
                    or a.name.split()[-1].lower() in _OUTLET_WORDS
                    or any(w.lower() in _PRINTED for w in a.aliases)
                )
            ),
        )

    def _actor_before(self, i: int, keep: Callable[[Actor], bool]) -> str | None:
        """The actor named last before token ``i`` that ``keep`` accepts."""
        for j in range(i - 1, -1, -1):
            who = self.res.actor_at.get(j)
            if who is not None and keep(self.res.actors[who]):
                return who
        return None

    def _officials_body_before(self, tok: Token) -> str | None:
        """The body the nearest earlier "officials of X" or "X officials" named (a body,
        not a state: a state's unnamed officials are the state anyway)."""
        for t in reversed(self.doc[max(0, tok.i - 300) : tok.i]):
            if t.lemma_.lower() != "official" or not any(
                c.dep_ in {"compound", "prep"} for c in t.children
            ):
                continue
            body = self.res.named(t)
            if body and self._type_of(body) == "organisation":
                return body
            return None
        return None

    def _strikers_of_union(self, tok: Token) -> str | None:
        """The workers an unnamed union speaks for, as the guide codes a union: the one
        group of workers its sentence names ("union leaders said the vast majority of
        Brazil's 40,000 seamen were still on strike")."""
        union = tok.lower_ == "union" or any(
            c.dep_ == "compound" and c.lower_ == "union" for c in tok.children
        )
        if not union or any(
            t.pos_ in {"PROPN", "NOUN"} and t.lower_ != "union"
            for c in tok.children
            if c.dep_ in {"compound", "poss", "amod", "appos", "nmod"}
            for t in c.subtree
        ):
            return None  # "the Seamen's Union spokesman", "the truckers' union": named
        if any(
            a.type == "organisation"
            and (
                (a.sector == "LAB" and len(a.name.split()) > 1)
                or any(_UNION_WORDS & set(n.lower().split()) for n in (a.name, *a.aliases))
            )
            for a in self.ctx.record.actors
        ):
            return None  # the story names the union ("the National Merchant Marine Union")
        if self._named_by_apposition(tok) or self._lead_named_later(tok):
            return None  # "A senior union official ... said" <para> "Chanda Mwape, ..."
        workers = [
            t
            for t in tok.sent
            if t.tag_ in {"NNS", "NNPS"} and GROUPS.get(t.lemma_.lower()) == "LAB" and t.i != tok.i
        ]
        if len({t.lemma_.lower() for t in workers}) != 1:
            return None
        return self.maker.group_actor(workers[0])

    def _aged(self, tok: Token) -> str | None:
        """The person an age points back at: "the 58-year-old farmer" is the last person
        the story set off with ", 58," before."""
        m = re.search(r"\b(\d{2})-year-old\b", self.doc[tok.left_edge.i : tok.i].text)
        if m is None:
            return None
        age = m.group(1)
        found = None
        for t in self.doc[: tok.left_edge.i]:
            if t.text != age or t.i < 2 or self.doc[t.i - 1].text != ",":
                continue
            who = self.res.actor_at.get(t.i - 2)
            if who and self._type_of(who) == "person":
                found = who  # the last one so described
        return found

    def _story_company(self, tok: Token) -> str | None:
        """The company a definite "the company" points back at: the last company named
        before it as a speech verb's subject ("Anheuser-Busch Cos Inc said ... The company
        said"), else the company the lead names first, the one company news is about. A
        demonym ("the Japanese company") keeps only companies of its state."""
        words = [t.lower_ for t in tok.subtree if t.i <= tok.i]
        demonym = self.res._demonym_in(words)
        firms = {
            a.id
            for a in self.ctx.record.actors
            if a.type == "organisation"
            and a.sector == "BUS"
            and (demonym is None or a.country == demonym)
        }
        named = [(i, a) for i, a in sorted(self.res.actor_at.items()) if i < tok.i and a in firms]
        for i, a in reversed(named):
            t = self.doc[i]
            while t.dep_ == "compound" and t.head.i != t.i:
                t = t.head
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in self.cues:
                return a
        if self._paras is None:
            self._paras = paragraphs(self.text)
        # (a company first named further down is one the story only mentions)
        lead = named and self.doc[named[0][0]].idx < self._paras[0][1]
        return named[0][1] if lead else None

    def _office_holder(self, tok: Token) -> str | None:
        """The one person of the story who holds the title that owns ``tok`` ("the Prime
        Minister's office", "the President's spokesman"): the person whose role ends in
        that title; None when no one or several do."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ not in {"PROPN", "NOUN"}:
            return None
        words = [t for t in self.doc[owner.left_edge.i : owner.i + 1] if t.lower_ != "the"]
        title = " ".join(t.lower_ for t in words)
        if not words or not self.res.lex.titles.match([fold(t.text) for t in words], 0):
            return None
        holders = [
            a.id
            for a in self.ctx.record.actors
            if a.type == "person" and a.role and a.role.lower().endswith(title)
        ]
        return holders[0] if len(holders) == 1 else None

    def _body_headed_before(self, word: Token) -> str | None:
        """The organisation last named before ``word`` whose name ends in that word ("The
        Canadian Wheat Board ... a board spokesman"); None when none does."""
        forms = {word.lower_, word.lemma_.lower()}
        if not forms & _BODY_HEAD_WORDS:
            return None  # "trade officials" are not GATT's, nor "industry officials" MITI's
        return self._actor_before(
            word.i, lambda a: a.type == "organisation" and fold(a.name).split()[-1] in forms
        )

    def _unnamed_bodies(self, tok: Token, definite: bool) -> str | None:
        """Bodies the story names only by what they are, in the plural ("two U.S. wheat
        organizations said", "three farm groups"): one group actor, as the guide makes a
        named pair of bodies acting together, named as written from its first modifier;
        "the two organizations said" later is that group. None for anything else."""
        if tok.tag_ not in {"NNS", "NNPS"} or tok.lemma_.lower() not in _PLURAL_BODIES:
            return None
        if definite:
            who = self._actor_before(tok.i, lambda a: a.name.split()[-1] == tok.lower_)
            if who is not None:
                return who
            for a in reversed(self.ctx.record.actors):  # a group made by this step
                if a.type == "group" and a.name.split()[-1] == tok.lower_:
                    return a.id
            return None
        mods = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        if not mods:
            return None  # "organizations said": no telling which
        first = min(t.i for m in mods for t in m.subtree)
        span = self.doc[first : tok.i + 1]
        country = None
        for t in span:  # "U.S. wheat organizations", "Canadian farm groups"
            dem = self.res.lex.demonyms.match([t.lower_], 0)
            entry = gazetteer().lookup(t.text) if t.pos_ == "PROPN" else None
            if dem or (entry is not None and entry.kind == "country"):
                country = str(dem[1]) if dem else entry.country  # type: ignore[union-attr]
                break
        return self.maker._made("group", " ".join(span.text.split()), country, None, span)

    def _government_state(self, tok: Token, named: str | None) -> str | None:
        """The state "the government" stands for: its leader's ("the government of president
        X"), else as the event step reads the word (a demonym or state modifier, else the
        story's state)."""
        if named and self._type_of(named) == "person":
            country = self.res.actors[named].country
            return self.maker.country_actor(country) if country else None
        if named:
            return None  # "the regional government", "the Government of Quebec": its own body
        return self.maker._state_of(tok)

    def _voice(self, body: str) -> None:
        """Note a body that spoke through an unnamed spokesman or official."""
        self._voiced.add(body)
        self._last_voiced = body

    def _official_sources(self, tok: Token, close: Token | None) -> bool:
        """Whether "sources" are a state's or public body's: a government, ministry, army
        or police modifier ("West German government sources"), or "close to the
        government". A mixed affiliation ("government and commodity sources") is none."""
        if any(c.dep_ in {"cc", "conj"} for c in tok.subtree if c.i < tok.i):
            return False
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod"}]
        if close is not None:
            to = next((c for c in close.children if c.lower_ == "to"), None)
            mods += [g for g in (to.children if to is not None else ()) if g.dep_ == "pobj"]
        if any(m.lower_ == "official" and m.dep_ == "amod" for m in mods):
            return True  # "official sources": the government's own
        for m in mods:
            hit = self.res.lex.org_words.match([m.lower_], 0)
            if hit and str(hit[1]) in _PUBLIC_SECTORS:
                return True
        return False

    def _sources_state(self, tok: Token, named: str | None) -> str | None:
        """The state that sources or diplomats are tied to by a demonym or a country name
        before them and nothing else ("American sources", "New Zealand sources"); None for a
        mixed or no affiliation, or a trade's ("German banking sources")."""
        if named and self._type_of(named) != "country":
            return None
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
        if not mods or any(c.dep_ in {"cc", "conj"} for c in tok.subtree if c.i < tok.i):
            return None
        if any(m.pos_ != "PROPN" and not self.res.lex.demonyms.match([m.lower_], 0) for m in mods):
            return None  # "German banking sources": a trade's, not the state's
        if named:
            return named
        words = [t.lower_ for m in mods for t in m.subtree]
        code = self.res._demonym_in(words)
        if code:
            return self.maker.country_actor(code)
        for m in mods:
            if m.pos_ == "PROPN" and (state := self._named_state(m)):
                return state
        return None

    def _earlier_sources(self, tok: Token) -> str | None:
        """The speaker of the nearest earlier mention of sources, which a definite "the
        source(s)" refers back to; None (the guide's anonymous sources) when that mention
        names no one, or when the story cited no sources before."""
        for t in reversed(self.doc[: tok.i]):
            if t.lemma_.lower() == "source" and t.pos_ in {"NOUN", "PROPN"}:
                return self._who(t)  # ends: each step looks only further back
        return None

    def _named_by_apposition(self, tok: Token) -> str | None:
        """An indefinite speaker ("a senior official at the institute said") whom the story
        names with the wire's formula in the same or the next paragraph: "the official,
        Rodrigo Cruz, told AFP". The apposition says outright who it was."""
        if not any(c.lower_ in {"a", "an"} for c in tok.children):
            return None
        if self._paras is None:
            self._paras = paragraphs(self.text)
        here = next((i for i, (s, e) in enumerate(self._paras) if s <= tok.idx < e), None)
        if here is None:
            return None
        end = self._paras[min(here + 1, len(self._paras) - 1)][1]
        doc, actor_at = self.doc, self.res.actor_at
        for t in doc[tok.i + 1 :]:
            if t.idx >= end:
                break
            if (
                t.lower_ == "the"
                and t.i + 3 < len(doc)
                and doc[t.i + 1].lemma_.lower() == tok.lemma_.lower()
                and doc[t.i + 2].text == ","
                and (who := actor_at.get(t.i + 3)) is not None
                and self._type_of(who) == "person"
            ):
                return who
        return None

    def _lead_named_later(self, tok: Token) -> str | None:
        """The guide's lead speaker named in the next paragraph: a lead ending "..., a senior
        official for the group said" is the person whose name opens the next paragraph as
        the subject of a speech verb ("Mac Ndlovu said ..."). A spokesman named only further
        on, or after a quote ("a police spokesman said" ... '"...," police spokesman X
        said'), leaves the lead to the body he speaks for, as the guide codes it."""
        lemma = tok.lemma_.lower()
        titled = self.res.lex.titles.match([lemma], 0) is not None  # "a former TRW controller"
        if (lemma not in _SPOKESPEOPLE | _LEAD_PEOPLE and not titled) or tok.tag_ != "NN":
            return None
        if not any(c.lower_ in {"a", "an"} for c in tok.children):
            return None
        if self._paras is None:
            self._paras = paragraphs(self.text)
        paras = self._paras
        if len(paras) < 2 or tok.idx >= paras[0][1]:
            return None
        doc, actor_at = self.doc, self.res.actor_at
        start = next((t for t in doc[tok.i + 1 :] if t.idx >= paras[1][0]), None)
        # (over the title before the name: "Vice-Premier Tian Jiyun told")
        for _ in range(4):
            if start is None or start.i in actor_at or not (start.is_title or start.text == "-"):
                break
            start = doc[start.i + 1] if start.i + 1 < len(doc) else None
        if start is None:
            return None
        if start.i not in actor_at:
            # (a spokesman quoted only after a quote leaves the lead to his body: above)
            return None if lemma in _SPOKESPEOPLE else self._quoted_next(start, paras[1][1])
        who = actor_at[start.i]
        if self._type_of(who) != "person":
            return None
        name = [x for x in doc[start.i : start.i + 6] if actor_at.get(x.i) == who]
        if any(x.dep_ == "nsubj" and x.head.lemma_.lower() in self.cues for x in name):
            return who
        return None

    def _quoted_next(self, start: Token, end: int) -> str | None:
        """The person who speaks the quote that opens the paragraph from ``start`` (to
        character ``end``): '"It is my contention ...," Larry Eagleye said'."""
        if start.text not in _QUOTE_MARKS:
            return None
        for t in self.doc[start.i + 1 :]:
            if t.idx >= end:
                return None
            if (
                t.lemma_.lower() in self.cues
                and t.pos_ in {"VERB", "AUX"}
                and t.i not in self._inside
            ):
                subj = self._subject(t)
                who = self.res.actor_at.get(subj.i) if subj is not None else None
                return who if who and self._type_of(who) == "person" else None
        return None

    def _role_holder(self, tok: Token) -> str | None:
        """The one person named before ``tok`` whose role ends in its head noun ("the
        spokesman" after "International spokesman Pasi Natri"), when no body has spoken
        through an unnamed spokesman: the wire's back-reference to him, however many
        speakers came between. None when two such people were named."""
        lemma = tok.lemma_.lower()
        holders = {
            a.id
            for i, a_id in self.res.actor_at.items()
            if i < tok.i
            and (a := self.res.actors.get(a_id)) is not None
            and a.type == "person"
            and a.role
            and _WORD.findall(a.role.lower())[-1:] in ([lemma], [tok.lower_])
        }
        return holders.pop() if len(holders) == 1 else None

    def _fits_last_person(self, tok: Token) -> bool:
        """A definite description ("the union official", "the minister") that the role of
        the person who last spoke answers: the head noun and its noun modifiers are all
        words of that role ("senior official of the National Merchant Marine Union")."""
        if tok.tag_ not in {"NN", "NNP"} or self.last_speaker is None:
            return False
        actor = next((a for a in self.ctx.record.actors if a.id == self.last_speaker), None)
        if actor is None or actor.type != "person" or not actor.role:
            return False
        role = {w.lower() for w in _WORD.findall(actor.role)}
        words = [tok] + [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        # ... and the head noun is the role's own ("the party" is not its "party leader")
        head = _WORD.findall(_ROLE_SCOPE.split(actor.role)[0]) or [""]
        return {tok.lower_, tok.lemma_.lower()} & {head[-1].lower()} != set() and all(
            w.lower_ in role or w.lemma_.lower() in role for w in words
        )

    def _apposed_body(self, tok: Token) -> str | None:
        """A name no step made an actor, set off by what kind of body it is: "according
        to Conab, the national crop supply agency" -> the body Conab, of the story's state
        as the guide places bodies named nowhere else."""
        appos = next((c for c in tok.children if c.dep_ == "appos"), None)
        i = tok.i
        if appos is None and i + 3 < len(self.doc) and self.doc[i + 1].text == ",":
            # read on the surface too: the parser often hangs the description elsewhere
            j = i + 2 + (self.doc[i + 2].lower_ in {"the", "a", "an"})
            while j + 1 < len(self.doc) and self.doc[j + 1].pos_ in {"ADJ", "NOUN", "PROPN"}:
                j += 1
            appos = self.doc[j] if self.doc[j].pos_ == "NOUN" else None
        if appos is None:
            return None
        org = self.res.lex.org_words.match([appos.lemma_.lower()], 0)
        if org is None and appos.lemma_.lower() not in _BODY_KINDS:
            return None
        span = self.doc[tok.left_edge.i if tok.left_edge.pos_ == "PROPN" else tok.i : tok.i + 1]
        words = [t.lower_ for t in self.doc[i + 1 : appos.i + 1]]
        country = self.res._demonym_in(words) or self.ctx.record.country
        sector = str(org[1]) if org else None
        return self.maker._made("organisation", span.text, country, sector, span)

    def _titled_person(self, tok: Token) -> str | None:
        """The person a bare title points back at ("the minister said"): the one last
        named under that title ("Home Affairs Minister Kombo rejected the accusation"),
        whether or not they spoke, in this paragraph or the one before. A demonym or other
        modifier leaves it to the epithet rule ("the Canadian minister")."""
        if tok.tag_ != "NN" or any(c.dep_ in {"amod", "compound"} for c in tok.children):
            return None
        title = tok.lower_
        if not self.res.lex.titles.match([title], 0):
            return None
        if self._paras is None:
            self._paras = paragraphs(self.text)
        para = next((k for k, (a, b) in enumerate(self._paras) if a <= tok.idx < b), 0)
        floor = self._paras[max(0, para - 1)][0]
        best: tuple[int, str] | None = None
        for a in self.ctx.record.actors:
            if a.type != "person":
                continue
            for start, _ in a.mentions:
                at = start - self.ctx.offset
                if not floor <= at < tok.idx:
                    continue
                before = self.text[max(0, at - 40) : at].lower()
                if re.search(rf"\b{re.escape(title)}\s*$", before) and (
                    best is None or at > best[0]
                ):
                    best = (at, a.id)
        # The guide's lead speaker named in the next paragraph: "..., the president of the
        # American Soybean Association said." <para> "David Haggard, ASA president, told
        # Reuters" (the title before or just after the name); or in the one after when
        # the next names no one ("The chairman of the U.S. Senate committee ... said"
        # <para> "The resolution supports ..." <para> "... chairman Lloyd Bentsen said").
        for a0, b0 in self._paras[1:3] if best is None and para == 0 else ():
            people = [
                (start - self.ctx.offset, end - self.ctx.offset, a.id)
                for a in self.ctx.record.actors
                if a.type == "person"
                for start, end in a.mentions
                if a0 <= start - self.ctx.offset < b0
            ]
            for at, to, who in sorted(people):
                near = self.text[max(a0, at - 40) : min(b0, to + 30)].lower()
                if re.search(rf"\b{re.escape(title)}\b", near):
                    return who
            if people:
                break
        return best[1] if best else None

    def _demonym_state(self, mod: Token) -> str | None:
        """The state a demonym modifier names: "French" in "French officers", "Greek" in
        "the Greek statement"."""
        dem = self.res.lex.demonyms.match([mod.lower_], 0) if mod.dep_ == "amod" else None
        return self.maker.country_actor(str(dem[1])) if dem else None

    def _issuer(self, doc_tok: Token) -> str | None:
        """Who issued a statement, letter or communique that speaks: its own modifier ("a
        ministry statement", "the embassy's statement"), else the last actor said to have
        issued one ("the embassy said in a statement" ... "the statement said"), else, for
        "the statement", the body whose words were just quoted."""
        if any(c.lower_ == "joint" for c in doc_tok.children):
            return None  # a joint statement has no one speaker
        for c in doc_tok.children:
            state = self._demonym_state(c)  # "The Greek statement said": Greece
            if state:
                return state
        if doc_tok.lemma_.lower() in _COUNTS:
            # "according to official figures", "government statistics": the state's; other
            # figures are no one's in particular
            official = next(
                (
                    c
                    for c in doc_tok.children
                    if (c.dep_ == "amod" and c.lower_ == "official")
                    or (c.dep_ == "compound" and c.lower_ in _GOVERNMENTS)
                ),
                None,
            )
            return self.maker._state_of(official) if official is not None else None
        for c in doc_tok.children:
            if c.dep_ in {"compound", "poss"} and c.pos_ in {"NOUN", "PROPN"}:
                who = self._modifier_body(c)
                if who:
                    return who
            if c.dep_ == "prep" and c.lower_ in {"in", "by", "from"}:
                # "the article in Progressive magazine", "a statement from the embassy"
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() in _PERSONAL_VOICES:
                    holder = self._office_holder(obj)
                    if holder:
                        return holder  # "a statement from the Prime Minister's office"
                who = self.res.named(obj) if obj is not None else None
                if who is None and obj is not None:
                    # "in Progressive magazine" where only "the Progressive" was tagged
                    # elsewhere: the actor so named.
                    called = (self._actor_called(x.text) for x in obj.subtree if x.pos_ == "PROPN")
                    who = next((a for a in called if a), None)
                if who and self._type_of(who) != "person":
                    return who
            if c.dep_ == "acl" and c.lemma_ in _ISSUING:  # "a release issued by the embassy"
                agent = next((x for x in c.children if x.dep_ == "agent"), None)
                obj = (
                    next((x for x in agent.children if x.dep_ == "pobj"), None)
                    if agent is not None
                    else None
                )
                if obj is not None and self.res.resolve(obj):
                    return self.res.resolve(obj)
        lemma = doc_tok.lemma_.lower()
        for t in reversed(self.doc[: doc_tok.i]):
            if t.lemma_.lower() != lemma or t.i == doc_tok.i:
                continue
            mod = next(
                (
                    c
                    for c in t.children
                    if c.dep_ in {"compound", "poss"} and c.pos_ in {"NOUN", "PROPN"}
                ),
                None,
            )
            if mod is not None and self._modifier_body(mod):
                # "a ministry statement ... the statement said"
                return self._modifier_body(mod)
            for c in t.children:
                state = self._demonym_state(c)  # "a British statement ... the statement said"
                if state:
                    return state
            verb = t.head.head if t.dep_ == "pobj" else t.head
            said_in = (
                t.dep_ == "pobj" and t.head.lower_ == "in" and verb.lemma_.lower() in self.cues
            )  # "the embassy said in a statement"
            issued = t.dep_ == "dobj" and verb.lemma_ in _ISSUING
            if not (said_in or issued):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            who = self.res.resolve(subj) if subj is not None else None
            if who:
                return who
        # A broadcast someone monitored ("A report, monitored by the BBC, said") is the
        # broadcaster's that was just quoted, as "the report" is.
        monitored = any(c.dep_ == "acl" and c.lemma_ == "monitor" for c in doc_tok.children)
        if (
            self.last_speaker
            and (monitored or any(c.lower_ == "the" for c in doc_tok.children))
            and self._type_of(self.last_speaker) != "person"
        ):
            return self.last_speaker
        return None

    def _modifier_body(self, mod: Token) -> str | None:
        """The body a document's modifier names: an actor ("the embassy's statement"), or
        an organisation word the story's actors do not name ("the government's economic
        report"), which the event step's makers resolve as they would the word as subject
        ("The government says ...": the story's state)."""
        who = self.res.resolve(mod)
        if who is None and mod.pos_ == "NOUN" and self.res.lex.org_words.match([mod.lower_], 0):
            found = self.maker.resolve_all([mod])
            who = found[0] if found else None
        if who is None and mod.ent_type_ == "GPE":
            who = self._named_state(mod)  # "The Baghdad communique"
        return who

    def _named_state(self, tok: Token) -> str | None:
        """The state a place modifier names: a country ("U.S. Officials", never a person
        whose role carries the name, "U.S. Commerce Secretary Malcolm Baldrige"), or a
        capital standing for its state ("The Baghdad communique")."""
        place = gazetteer().lookup(tok.text)
        if place is not None and place.kind == "country" and place.country:
            return self.maker.country_actor(place.country)
        if tok.ent_type_ == "GPE":
            states = self.maker.resolve_all([tok], places=True)
            if states and self._type_of(states[0]) == "country":
                return states[0]
        return None

    def _actor_called(self, name: str) -> str | None:
        """The story's actor with this exact name or alias (case aside)."""
        low = name.lower()
        return next(
            (
                a.id
                for a in self.ctx.record.actors
                if a.name.lower() == low or low in (x.lower() for x in a.aliases)
            ),
            None,
        )

    def _body_of(self, tok: Token) -> str | None:
        """'A Treasury spokesman', 'the official', 'EC ministers': the body or state they
        speak for — a named modifier, a demonym, else the story's own state."""
        for c in tok.children:
            state = self._demonym_state(c)  # "French officers": France, as the guide codes
            if state:
                return state
            if c.dep_ == "compound" and c.lower_ in _GOVERNMENTS:
                # "Government sources", "a government economist": the state, not a body
                # of the government's sector the word might resolve to (the central bank)
                state = self.maker._state_of(c)
                if state:
                    return state
            if c.dep_ in {"compound", "amod", "poss"} and c.pos_ == "PROPN":
                # "U.S. Officials": a state named as a place modifier, not an organisation,
                # looked up before any description would find a person by it.
                state = self._named_state(c)
                if state:
                    return state
                named = self.res.resolve(c)
                if named:
                    return named
                return self.maker.org_actor(c)
            if (
                c.dep_ == "compound"
                and c.pos_ == "NOUN"
                and (headed := self._body_headed_before(c))
            ):
                return headed  # "a board spokesman" after "The Canadian Wheat Board"
            if (
                c.dep_ == "compound"
                and c.pos_ == "NOUN"
                and self.res.lex.org_words.match([c.lower_], 0)
            ):
                named = self.res.resolve(c)  # "a police spokesman": the story's police
                if named and not (c.lower_ == "government" and self._type_of(named) == "group"):
                    # (not the group "government spokesman" an earlier pass made of the
                    # phrase itself: a government's spokesman speaks for its state)
                    return self._sub_body(c, named)
            if c.dep_ == "prep" and c.lower_ in {"for", "of"}:
                # "A spokesman for the port of Santos": the body the preposition names.
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    named = self.res.resolve(obj)
                    return (
                        (self._sub_body(obj, named) if named else None)
                        or self.maker.np_actor(obj)
                        or self.maker.body_actor(obj)
                    )
        found = self.maker.resolve_all([tok])
        if found and any(a.id == found[0] and a.country for a in self.ctx.record.actors):
            return found[0]
        code = self.ctx.record.country
        return self.maker.country_actor(code) if code else None

    def _body_head(self, tok: Token) -> Token | None:
        """The organisation word a spokesman or aide is tied to: a noun modifier ("a Senate
        Iran committee aide") or the object of "for"/"of" ("a spokesman for the committee")."""
        for c in tok.children:
            organised = self.res.lex.org_words.match([c.lower_], 0)
            if c.dep_ == "compound" and c.pos_ == "NOUN" and organised:
                return c
            if c.dep_ == "prep" and c.lower_ in {"for", "of"}:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and self.res.lex.org_words.match([obj.lower_], 0):
                    return obj
        return None

    def _sub_body(self, head: Token, named: str) -> str:
        """'A spokesman for the House Iran committee': "committee" resolves to the House,
        named inside the phrase, but the phrase names a body of its own, one of the House's
        committees. When the organisation word and a proper-noun modifier make up a name
        the resolved actor's name lacks the word, that body is the speaker."""
        actor = self.res.actors.get(named)
        if (
            actor is None
            or head.lower_ in actor.name.lower().split()
            or not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
        ):
            return named
        return self.maker.body_actor(head)

    def _subject(self, verb: Token) -> Token | None:
        """The verb's subject. When the parser splits one phrase into two subjects
        ('commented Ontario Premier David Peterson': "Ontario" and "Peterson"), the one that
        names an actor is taken."""
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(subjects) > 1 and any(
            c.i == verb.i - 1 and c.lower_ in {"he", "she", "they", "it", "i", "we"}
            for c in subjects
        ):
            # "Asked whether X would accept Y's demand that Z stipulate W, he replied": a
            # pronoun right before the verb is its subject, whatever else the parser hung
            # on it.
            return self.doc[verb.i - 1]
        if len(subjects) > 1:
            named = [c for c in subjects if c.i in self.res.actor_at]
            if named and subjects[0].i not in self.res.actor_at:
                return named[0]
        return subjects[0] if subjects else None

    def _name_closing_subject(self, subj: Token, cue: Token) -> str | None:
        """ "Confederation of British Industry (CBI) President David Nickson said": the
        parser makes the body the subject and hangs the person's name under it by "of";
        a person's name that closes the subject phrase right before the cue is who speaks,
        not the body whose name opens the phrase."""
        actor_at = self.res.actor_at
        body = actor_at.get(subj.i)
        j = cue.i - 1
        who = actor_at.get(j)
        if body is None or who is None or who == body or subj.i >= j:
            return None
        if self._type_of(body) == "person" or self._type_of(who) != "person":
            return None
        last = self.doc[j]
        return who if any(a.i == subj.i for a in last.ancestors) else None

    def _apposed_person(self, cue: Token) -> str | None:
        """A named person set off by commas right before the cue ("One of their leaders,
        Orlando Reis, told Reuters"): the name the subject phrase is given. Read on the
        surface, as the parser often breaks such names apart."""
        doc, actor_at = self.doc, self.res.actor_at
        j = cue.i - 1
        if j < 1 or doc[j].text != ",":
            return None
        k = j - 1
        who = actor_at.get(k)
        if who is None or self._type_of(who) != "person":
            return None
        while k >= 0 and actor_at.get(k) == who:
            k -= 1
        return who if k > 0 and doc[k].text == "," else None

    def _named_next(self, pronoun: Token) -> str | None:
        """A lead that opens "..., he said." before the story has named anyone: the person
        named next (within about two sentences), as the guide codes a lead speaker named in
        the following paragraph. None once any person has been named before the pronoun."""
        people = {a.id for a in self.ctx.record.actors if a.type == "person"}
        first = min((i for i, a in self.res.actor_at.items() if a in people), default=None)
        if first is None or first < pronoun.i or first > pronoun.i + 60:
            return None
        return self.res.actor_at[first]

    def _document_before(self, cue: Token) -> Token | None:
        """A document named between a clause's subject and its trailing "saying" ("Funaro
        was reacting to a British statement following his talks ..., saying ..."): people
        react to a statement saying something, so the statement is what says it, however
        the parser attached the participle."""
        if cue.tag_ != "VBG" or cue.dep_ not in {"advcl", "acl", "xcomp"}:
            return None
        head = cue.head
        subj = self._subject(head)
        if subj is None or subj.i > cue.i:
            return None
        for t in self.doc[subj.i + 1 : cue.i]:
            if (
                t.lemma_.lower() in _ISSUED
                and t.pos_ == "NOUN"
                and t.head.i != cue.i
                and any(c.dep_ in {"amod", "compound", "poss"} for c in t.children)
            ):
                return t  # a statement that names its issuer ("a British statement")
        return None

    def _document_subject(self, pronoun: Token) -> str | None:
        """ "A Foreign Ministry statement hinted X. Y, it said.": "it" goes on with a
        document that was the previous sentence's subject, and speaks for its issuer, whoever
        spoke before the document."""
        sent = pronoun.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        subj = next(
            (t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"),
            None,
        )
        if subj is None or subj.lemma_.lower() not in _ISSUED or subj.tag_ != "NN":
            return None
        return self._issuer(subj)

    def _anonymous_speaker_before(self, pronoun: Token) -> bool:
        """The nearest speaker before "he"/"she" (in its sentence or the one before) is one
        the wire leaves anonymous ("This banker said ...", "One diplomat said ..."): the
        pronoun is that person, still anonymous, not whoever was last named."""
        sent = pronoun.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(self.doc[start : pronoun.i]):
            if t.dep_ != "nsubj" or t.head.lemma_.lower() not in self.cues or t.i in self._inside:
                continue
            return (
                t.lemma_.lower() in _ANONYMOUS
                and t.tag_ == "NN"
                and t.i not in self.res.actor_at
                and self.res.named(t) is None
                # (not "a government economist", who speaks for the state: see _who)
                and not self._official_sources(t, None)
            )
        return False

    def _anonymous_voice_goes_on(self, pronoun: Token) -> bool:
        """A single unnamed voice ("the first diplomat said", '"...," commented one
        diplomat', "A North American banker, who ..., said") spoke after the last named
        speaker's quote and within a few paragraphs: wire copy's "he said" goes on with that
        voice, however many sentences its quotes ran to. (Sentence-bound checks miss it
        after a long quote, and the parser often makes an inverted subject an object.)"""
        voice = max((v for v in self._anonymous_voices if v < pronoun.idx), default=None)
        if voice is None or voice <= self.last_end or pronoun.idx - voice >= 600:
            return False
        # A person since made the subject of a sentence ("Kamentsev, flanked by ...,
        # repeated terms. He said ...") is the nearer antecedent; one named inside what the
        # voice said ("Another diplomat said Wang's problem is ...") is not.
        return not any(
            self._type_of(a) == "person"
            and voice < self.doc[i].idx < pronoun.idx
            # (or the root: the parser's reading of "Kamentsev, flanked by ..., repeated")
            and self.doc[i].dep_ in {"nsubj", "nsubjpass", "ROOT"}
            for i, a in self.res.actor_at.items()
            if i not in self._inside
        )

    def _spokesman_before(self, pronoun: Token) -> str | None:
        """The body an unnamed spokesman speaks for, when he is the subject of the sentence
        before the pronoun's and said nothing there ("A spokesman for Schlumberger declined
        to elaborate. He said only that ..."): the pronoun is that spokesman."""
        sent = pronoun.sent
        if sent.start == 0 or any(t.i < pronoun.i and t.dep_ == "nsubj" for t in sent):
            return None
        prev = self.doc[sent.start - 1].sent
        subj = next(
            (t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"),
            None,
        )
        if (
            subj is None
            or subj.lemma_.lower() not in _VOICES
            or subj.head.lemma_.lower() in self.cues
        ):
            return None
        if any(c.lower_ == "the" for c in subj.children):
            return None  # "the spokesman": the rules for back-references decide
        who = self._who(subj)
        return who if who and self._type_of(who) not in {"person", "group"} else None

    def _newer_person_subject(self, pronoun: Token) -> str | None:
        """ "Li appeared to deny any sympathy with Moscow. ..., he said": a person who is the
        subject of the pronoun's sentence or the one before, named after the last speaker's
        quote ended, is the nearer antecedent and takes "he said" from that speaker."""
        sent = pronoun.sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        for s, before in ((sent, pronoun.i), (prev, None)):
            if s is None:
                continue
            for t in s:
                if before is not None and t.i >= before:
                    break
                # (a name the parser made the root, "Kamentsev, flanked by X, repeated ...",
                # is that sentence's subject too)
                subject = t.dep_ in {"nsubj", "nsubjpass"} or (
                    t.dep_ == "ROOT" and t.pos_ == "PROPN"
                )
                if not subject or t.idx < self.last_end:
                    continue
                if t.i in self._inside:
                    continue  # a subject inside a quotation is not who speaks it
                who = self.res.in_subtree_head(t)
                actor = self.res.actors.get(who) if who else None
                if actor is not None and actor.type == "person":
                    return who
        return None

    def _speaker_of_cue(self, cue: Token) -> str | None:
        if cue.lemma_.lower() == "quote":
            # '"...," PAP quoted Baka as saying': the guide gives the words to the one
            # quoted, not the quoter; the "saying" finds him (see below).
            saying = next(
                (x for x in cue.subtree if x.i > cue.i and x.lower_ == "saying"),
                None,
            )
            quoted = next((c for c in cue.children if c.dep_ == "dobj"), None)
            if saying is not None and quoted is not None and quoted.i < saying.i:
                # "They quoted an Iranian soldier, Hamid Dehqani, as saying ...", however the
                # parser hung the "as saying": the quote's object is the one quoted.
                if quoted.lower_ in {"him", "her"}:
                    last = self.last_speaker
                    return last if last and self._type_of(last) == "person" else None
                return self._who(quoted)
            if saying is not None and saying.i - cue.i <= 12:
                return self._speaker_of_cue(saying)
        subj = self._subject(cue)
        if subj is None:
            subj = self._document_before(cue)
        if subj is None or (subj.i < cue.i and subj.i not in self.res.actor_at):
            # (with no subject at all too: "..., the secretary of the miners' federation,
            # Juan Ruiz, told Reuters" when the parser made the whole lead one phrase)
            apposed = self._apposed_person(cue)
            if apposed:
                return apposed
        if subj is not None and (closing := self._name_closing_subject(subj, cue)):
            return closing
        if subj is not None and subj.lemma_.lower() in _ISSUED and subj.tag_ != "NNS":
            # (plural "press reports" are no one issuer's: see _who)
            issuer = self._issuer(subj)
            if issuer:
                self._issued.add(issuer)
                return issuer
        if subj is not None and subj.lower_ == "they" and self.last_anonymous:
            return None  # "Political sources said ... They said ...": still the sources
        if (
            subj is not None
            and subj.lower_ in {"he", "she"}
            and (self._anonymous_speaker_before(subj) or self._anonymous_voice_goes_on(subj))
        ):
            return None  # "One diplomat said ... She said ...": still the diplomat
        if subj is not None and subj.lower_ == "it" and (issued := self._document_subject(subj)):
            return issued
        if (
            subj is not None
            and subj.lower_ in {"he", "she"}
            and (body := self._spokesman_before(subj))
        ):
            return body  # "A spokesman for Schlumberger declined to elaborate. He said ..."
        if subj is not None and subj.lower_ in {"he", "she", "it", "they"} and self.last_speaker:
            # Wire copy keeps its speaker: "he said" after a quote is that quote's speaker,
            # when the kind agrees (a person for he/she, a body or group for it/they).
            kind = self._type_of(self.last_speaker)
            newer = self._newer_person_subject(subj) if subj.lower_ in {"he", "she"} else None
            if newer:
                return newer
            if (subj.lower_ in {"it", "they"}) != (kind == "person"):
                return self.last_speaker
            if subj.lower_ in {"he", "she"} and self.last_speaker in self._voiced:
                return self.last_speaker  # the unnamed spokesman goes on: his body speaks
            if (
                subj.lower_ in {"he", "she"}
                and kind == "group"
                and not self.res.actors[self.last_speaker].name.endswith("s")
            ):
                return self.last_speaker  # "A Chinese journalist said ... he said"
            if subj.lower_ == "it" and self.last_speaker in self._issued:
                # "The declaration said ... 'We affirm ...,' it said": the document goes on,
                # and it speaks for whoever issued it, a person included.
                return self.last_speaker
        if subj is not None and subj.lower_ in {"he", "she"}:
            ahead = self._named_next(subj)
            if ahead:
                return ahead
            # With no speaker in reach, the person last made a sentence's subject, as the
            # resolver would find him, but read as _newer_person_subject reads subjects.
            newer = self._newer_person_subject(subj)
            if newer:
                return newer
        if cue.lower_ == "according":
            to = next((c for c in cue.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            return self._who(obj) if obj is not None else None
        subj = self._subject(cue)
        quoting = cue.head.head if cue.head.lower_ == "as" else cue.head
        if subj is None and quoting.lemma_ == "quote":
            # "Tehran Radio quoted Mousavi as saying", "he was quoted by PAP as saying": the
            # quoted one speaks, not the quoter.
            quoted = next((c for c in quoting.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            if quoted is not None:
                if (
                    quoted.lower_ in {"he", "she"}
                    and self.last_speaker
                    and self._type_of(self.last_speaker) == "person"
                ):
                    return self.last_speaker
                return self._who(quoted)
        if (
            subj is None
            and cue.i > 0
            and cue.i - 1 in self.res.actor_at
            and self.doc[cue.i - 1].pos_ == "PROPN"
        ):
            # "... the U.S.\n Axworthy urged": the parser ran two sentences together at the
            # abbreviation and hung the verb on the first; the name before it is its subject.
            return self.res.actor_at[cue.i - 1]
        if (
            subj is None
            and cue.dep_ == "conj"
            and cue.head.dep_ == "ccomp"
            and cue.head.head.lemma_.lower() in self.cues
            and cue.head.head.i < cue.head.i
        ):
            # "Dole told reporters the report disclosed blunders and said ...": the parser
            # joins "said" to the reported verb; a speech verb goes with the speech verb
            # before it. (Not with one after: in "X rejected ... and warned ..., the agency
            # reported" X does both.)
            subj = self._subject(cue.head.head)
        head = cue.head
        if (
            subj is None
            and cue.dep_ in {"advcl", "conj"}
            and head.i < cue.i
            and head.lemma_.lower() in self.cues - {"quote"}
            and self._subject(head) is not None
        ):
            # "..., he said, adding ...": the participle's speaker is the speech verb's,
            # found as that verb finds it (a pronoun there goes on with the last speaker).
            return self._speaker_of_cue(head)
        if subj is None and cue.dep_ in {"xcomp", "advcl", "conj"}:  # "was quoted as saying"
            subj = self._subject(cue.head)
            outer = self._reporting_verb(cue) if cue.dep_ in {"advcl", "conj"} else None
            if outer is not None and (subj is None or self._who(subj) is None):
                # "He said the law should be judged by GATT, adding ...": the parser hangs
                # the participle on the reported verb, whose subject ("law") is no actor;
                # the speaker goes on adding.
                subj = self._subject(outer)
        if subj is None and cue.dep_ == "acl" and cue.head.head.i != cue.head.i:
            # "Ministers issued a statement saying ...": the issuer speaks.
            subj = self._subject(cue.head.head)
        if subj is None:
            subj = self._beside(cue)
        if (
            subj is None
            and cue.i > 0
            and self.doc[cue.i - 1].text == ","
            and any(not (t.is_punct or t.is_space) for t in self.doc[cue.i + 1 : cue.sent.end])
        ):  # (not a trailing "..., senior economists, including X, said.")
            # "Hoechst Celanese Corp, recently formed from ..., said Juergen Dormann has
            # been named ...": the parser lost the subject in the apposition; the name that
            # opens the sentence is it.
            first = next(
                (t for t in cue.sent if not (t.is_punct or t.is_space) and t.lower_ != "the"), None
            )
            if first is not None and first.i < cue.i and first.i in self.res.actor_at:
                return self.res.actor_at[first.i]
        if subj is not None:
            return self._who(subj)
        return None

    def _reporting_verb(self, cue: Token) -> Token | None:
        """The nearest speech verb above ``cue``'s head (a few steps up) that comes before
        the cue: in "X said S, adding ..." the parser often hangs "adding" inside S. A
        speech verb in a relative clause ("reports which said") is passed over: it is not
        the one that goes on speaking."""
        a = cue.head
        for _ in range(4):
            if a.head.i == a.i:
                return None
            a = a.head
            if a.i < cue.i and a.dep_ != "relcl" and a.lemma_.lower() in self.cues:
                return a
        return None

    def _beside(self, cue: Token) -> Token | None:
        """The speaker phrase next to a cue the parser left without a subject: "...,
        Turkey's Foreign Ministry said." hangs "Ministry" on an earlier name as an
        apposition. The noun right before the cue (or right after it: "said Han") is taken
        when it heads its own phrase."""
        doc = self.doc
        for j in (cue.i - 1, cue.i + 1):
            if not 0 <= j < len(doc):
                continue
            if j > cue.i and cue.lemma_.lower() == "tell":
                continue  # "told Reuters": the one told, never the teller
            t = doc[j]
            if j < cue.i and t.text == "," and j > 0:
                # "..., the statement, which sources read as a rebuff, said.": the noun the
                # relative clause before the cue belongs to.
                x = doc[j - 1]
                rel = next(
                    (a for a in (x, *x.ancestors) if a.dep_ in {"relcl", "acl"}),
                    None,
                )
                if rel is None or rel.head.i > rel.i or rel.right_edge.i != j - 1:
                    continue
                t = rel.head
            if j > cue.i:  # "commented Ontario Premier David Peterson": the phrase's head
                if t.lower_ in {"the", "a", "an"} and j + 1 < len(doc):
                    t = doc[j + 1]
                # ("commented one diplomat": a numeral before the noun, too)
                while (
                    t.head.i != t.i and t.head.i > t.i and t.dep_ in {"compound", "amod", "nummod"}
                ):
                    t = t.head
                if (
                    t.dep_ in {"nsubj", "nsubjpass"}
                    and t.head.i > t.i
                    and t.head.lemma_.lower() not in self.cues
                ):
                    continue  # "said Juergen Dormann ... has been named": the report's subject
            if t.pos_ in {"NOUN", "PROPN"} and not (j < cue.i and t.head.i > cue.i):
                return t
        return None

    def _after_cue(self, m: _Marked) -> bool:
        """The opening mark follows a speech verb that can attribute a quote ("said",
        "adding", "replied"), with nothing but spaces and a comma between."""
        i = m.start - 2  # the character before the opening mark
        while i >= 0 and self.text[i] in " \t\n,":
            i -= 1
        span = self.doc.char_span(i, i + 1, alignment_mode="expand") if i >= 0 else None
        if span is None or len(span) == 0:
            return False
        tok = span[0]
        return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in self.cues

    def _is_cue(self, t: Token) -> bool:
        if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
            return True
        return t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in self.cues

    def attribute(self, m: _Marked, inside: set[int]) -> tuple[str | None, str | None]:
        """(speaker, cue) for a direct quote, looking after it, then before it."""
        doc = self.doc
        first = doc.char_span(m.start, m.end, alignment_mode="expand")
        if first is None or len(first) == 0:
            return None, None
        # A quote ending in a full stop ends its sentence; one ending in "?" or "!" is often
        # still attributed after it ('"... the Contra terrorists?" Foulkes said.').
        ends_sentence = self.text[m.start : m.end].rstrip()[-1:] == "."
        # After the closing mark, up to the end of the sentence ('"...," X said.'). The
        # parser's sentences are not used: quote-final marks confuse its splitter.
        if not ends_sentence:
            for t in doc[first.end : min(first.end + 25, len(doc))]:
                if t.i in inside or t.text in {".", "!", "?"} or "\n" in t.text:
                    break
                if self._is_cue(t):
                    speaker = self._speaker_of_cue(t) or self._named_between(first.end, t.i)
                    return speaker, self._cue_text(t)
                if t.text in {"-", "—", "–"} and (t.whitespace_ or doc[t.i - 1].whitespace_):
                    # '"..." - Commissioner X'; a hyphen inside a word ("Secretary-General"
                    # in the speaker's own role) attributes nothing.
                    for x in doc[t.i + 1 : min(t.i + 8, len(doc))]:
                        if x.i in self.res.actor_at:
                            return self.res.actor_at[x.i], None
        # Before the opening mark: 'X said: "..."', 'X told reporters: "..."'.
        for t in reversed(doc[max(0, first.start - 30) : max(first.start - 1, 0)]):
            if t.i in inside or t.text in {".", "!", "?"} or "\n" in t.text:
                break
            if self._is_cue(t):
                return self._speaker_of_cue(t), self._cue_text(t)
        return None, None

    def _said_just_before(
        self, m: _Marked, reported: list[tuple[int, int, str | None, str | None, str]], ps: int
    ) -> str | None:
        """The speaker of reported speech in the quote's paragraph whose sentence ends right
        before the opening mark."""
        last = max(
            (q for q in reported if ps <= q[0] and q[1] <= m.start),
            default=None,
            key=lambda q: q[1],
        )
        if last is None or not last[2]:
            return None
        between = self.text[last[1] : m.start - 1].strip(_TRAILING + " ")
        return last[2] if not between else None

    def _named_between(self, start: int, cue: int) -> str | None:
        """The speaker phrase between a closing mark and its cue that the parser left
        unattached: '"...," the Kansas Republican, a likely presidential candidate, said'
        is the epithet's person."""
        for t in self.doc[start:cue]:
            if t.text == ",":
                break  # the phrase ends at its first comma ('"...," X, a Y, said')
            if t.i in self.res.actor_at and self._type_of(self.res.actor_at[t.i]) == "person":
                return self.res.actor_at[t.i]
            if t.pos_ in {"NOUN", "PROPN"} and (who := self.res.epithet(t)):
                return who
        return None

    def _last_before(
        self, pos: int, found: list[tuple[int, int, str | None, str | None, str]]
    ) -> str | None:
        """The speaker of the nearest quote before ``pos`` (within ~600 characters); notes
        whether the very nearest quote, within ~300 characters, was left anonymous."""
        # A quote nested in another one ("KNA said the IMF has assured Moi it will ...") is
        # what the outer speaker reported: the reporter is the one who speaks on ("It said
        # ..."), so a quote lying inside a longer one is passed over.
        # Only quotes in reach (ending within 600 characters before) are checked.
        outer = [
            q
            for q in found
            if q[1] <= pos
            and pos - q[1] < 600
            and not any(r[0] <= q[0] and q[1] <= r[1] and r[1] - r[0] > q[1] - q[0] for r in found)
        ]
        near = max(
            (q for q in outer if q[1] <= pos and pos - q[1] < 300), default=None, key=lambda q: q[0]
        )
        self.last_anonymous = near is not None and near[2] is None and near[3] is not None
        best = None
        for s, e, sp, _, _ in outer:
            if e <= pos and sp and pos - e < 600 and (best is None or s > best[0]):
                best = (s, sp, e)
        self.last_end = best[2] if best else -1
        return best[1] if best else None

    def _cue_text(self, t: Token) -> str:
        if t.lower_ == "according":
            return "according to"
        nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
        if t.lemma_ == "tell" and nxt is not None and nxt.dep_ == "dobj":
            return f"{t.text} {nxt.text}"  # "told reporters"
        return t.text

    # -- the pass --------------------------------------------------------------------------
    def find(self) -> list[Quote]:
        text = self.text
        marked = find_marked(text)
        is_full = {id(m): _is_full_quote(text, m, self._after_cue(m)) for m in marked}
        full = [m for m in marked if is_full[id(m)]]
        fragments = [m for m in marked if not is_full[id(m)]]
        inside = set()
        for m in full:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
        self._inside = inside
        quotes: list[tuple[int, int, str | None, str | None, str]] = []
        prev: tuple[str | None, int, int] | None = None  # speaker, para, end
        # Reported speech found first, so that "he said" after it can continue its speaker.
        reported = self._indirect(inside, fragments, [])
        paras = paragraphs(text)
        for m in full:
            self.last_speaker = self._last_before(m.start, quotes + reported)
            speaker, cue = self.attribute(m, inside)
            said = self._said_just_before(m, reported, paras[m.para][0])
            if speaker is None and cue is None and said is not None:
                # 'Yeutter said the talks tended to drag on. "Countries don't get serious
                # ...": the quote goes on with the reported speech its paragraph opened with.
                speaker = said
            elif speaker is None and cue is None and prev is not None and m.para - prev[1] <= 1:
                speaker, cue = prev[0], None  # continues the previous speaker's quote
            elif speaker is None and cue is None and m.para > 0:
                # A quote-only paragraph after one that ends "..., the official said.":
                # the speaker of that paragraph's reported speech goes on.
                ps, pe = paras[m.para - 1]
                last = max(
                    (q for q in reported if ps <= q[0] and q[1] <= pe and q[2]),
                    default=None,
                    key=lambda q: q[1],
                )
                if last is not None and not text[last[1] : pe].strip(_TRAILING + " ").count("."):
                    speaker = last[2]
            s, e = m.start, m.end
            while e > s and text[e - 1].isspace():
                e -= 1  # everything between the marks, a trailing comma included
            quotes.append((s, e, speaker, cue, "direct"))
            prev = (speaker, m.para, m.end)
        # A quote left open at a paragraph end is continued by the next paragraph's quote,
        # whose attribution covers both ('"We came ... <para> "The government must," he said').
        for k in range(len(quotes) - 2, -1, -1):
            s, e, sp, cue, kind = quotes[k]
            if sp is None and not full[k].closed:
                quotes[k] = (s, e, quotes[k + 1][2], quotes[k + 1][3], kind)
        quotes.extend(self._indirect(inside, fragments, list(quotes)))
        quotes.extend(self._loose_fragments(fragments, quotes))
        quotes.sort(key=lambda q: q[0])
        return [
            Quote(
                id=f"Q{n}",
                speaker=sp,
                text=text[s:e],
                cue=cue,
                kind=kind,  # type: ignore[arg-type]
                span=self.ctx.span(s, e),
            )
            for n, (s, e, sp, cue, kind) in enumerate(quotes, 1)
        ]

    def _indirect(
        self,
        inside: set[int],
        fragments: list[_Marked],
        direct: list[tuple[int, int, str | None, str | None, str]],
    ) -> list[tuple[int, int, str | None, str | None, str]]:
        doc, out = self.doc, []
        reporting = self.indirect_cues | self.infinitive_cues | self.as_cues
        for t in doc:
            if t.i in inside:
                continue
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.noun_cues:
                self.last_speaker = self._last_before(t.idx, direct + out)
                got = self._reported_by_noun(t, inside, fragments)
                if got:
                    out.append(got)
                continue
            if t.lower_ != "according" and (
                t.pos_ not in {"VERB", "AUX"} or t.lemma_.lower() not in reporting
            ):
                continue  # only cues need the speaker bookkeeping below
            self.last_speaker = self._last_before(t.idx, direct + out)
            if t.lower_ == "according" and self._is_cue(t):
                got = self._according(t, inside, fragments)
                if got:
                    out.append(got)
                continue
            if t.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = t.lemma_.lower()
            comp = _reported_clause(t, inside) if lemma in self.indirect_cues else None
            if comp is None and t.dep_ != "relcl":
                got = self._reported_otherwise(t, lemma, inside, fragments)
                got = got or self._after_audience(t, lemma, inside, fragments)
                got = got or self._interjected(t, inside, fragments)
                if got:
                    out.append(got)
                continue
            if comp is None or t.dep_ == "relcl":
                continue  # "which a local official said was ..." reports no clause of its own
            sub = list(comp.subtree)
            trailing = self._trailing_report(t, comp, reporting)
            if trailing is not None:
                # "X said S, Tehran Radio reported": the parser hangs "reported" under "said"
                # and S under "reported". X's words are S alone; the radio reported all of
                # "X said S".
                sub = list(trailing.subtree)
            elif self._trailing_report(t.head, t, reporting) is not None:
                sub = list(self.doc[t.head.left_edge.i : comp.right_edge.i + 1])
            else:
                # "Foulkes said North testified X and suggested Y": a speech verb joined to
                # the reported verb is the speaker's own second statement (see
                # _speaker_of_cue), so this clause stops before it.
                own = [
                    c
                    for c in comp.children
                    if c.dep_ == "conj" and c.i > comp.i and c.lemma_.lower() in self.cues
                ]
                # "Sevcik said S, according to the news agency CTK": the agency's attribution
                # closes the sentence and is not part of what Sevcik said.
                own += [
                    x
                    for x in sub
                    if x.lower_ == "according"
                    and x.i > comp.i
                    and x.i + 1 < len(doc)
                    and doc[x.i + 1].lower_ == "to"
                    and x.right_edge.i >= max(y.i for y in sub)
                ]
                if own and comp.i > t.i:
                    cut = min(c.left_edge.i for c in own)
                    while cut > comp.i and self.doc[cut - 1].dep_ in {"cc", "punct"}:
                        cut -= 1
                    sub = [x for x in sub if x.i < cut]
            sub = self._whole_lead_in(t, comp, sub)
            if any(x.i in inside for x in sub):
                continue  # the attribution of a direct quote
            # A non-projective parse ("received an assurance from Greece that it would ...",
            # the clause hung on "assurance" across "from Greece") yields a subtree out of
            # order: the span runs from its first to its last token by position.
            sub.sort(key=lambda x: x.i)
            start_tok = sub[0]
            if start_tok.lower_ == "that" and start_tok.dep_ == "mark":
                start_tok = sub[1] if len(sub) > 1 else start_tok
            s, e = start_tok.idx, sub[-1].idx + len(sub[-1].text)
            while e > s and self.text[e - 1] in _TRAILING:
                e -= 1
            if e - s < 8:
                continue
            kind = _speech_kind(s, e, fragments)
            if s < t.idx:
                # "[The Soviets argue that ...], he said": the speaker carried on is the one
                # before the whole sentence, not one quoted inside the clause being reported.
                self.last_speaker = self._last_before(s, direct + out)
            out.append((s, e, self._speaker_of_cue(t), self._cue_text(t), kind))
        return out

    def _whole_lead_in(self, cue: Token, comp: Token, sub: list[Token]) -> list[Token]:
        """ "S1, and S2, Haggard said.": a trailing attribution reports everything its
        sentence says before it, though the parser hangs only S1 on the cue."""
        subj = self._subject(cue)
        if subj is None or not comp.i < subj.i < cue.i or comp.right_edge.i >= subj.left_edge.i:
            return sub
        end = subj.left_edge.i
        if end < 1 or self.doc[end - 1].text != ",":
            return sub
        stretch = self.doc[cue.sent.start : end - 1]
        if not stretch or comp.i < stretch.start:
            return sub
        if any(t.i in self._inside or t.text in _QUOTE_MARKS for t in stretch) or any(
            self._is_cue(t) for t in stretch
        ):
            return sub  # another attribution or a quotation inside: the parse's clause stands
        return list(stretch)

    @staticmethod
    def _trailing_report(cue: Token, comp: Token, reporting: frozenset[str]) -> Token | None:
        """The reported clause of a cue verb ``comp`` that closes the sentence after another
        cue's clause ("X said S, the agency reported"): ``comp`` is the first cue's ccomp,
        comes after S, and has S as its own ccomp, lying between the two cues."""
        if comp.dep_ != "ccomp" or comp.head.i != cue.i or comp.i <= cue.i:
            return None
        if comp.lemma_.lower() not in reporting or cue.lemma_.lower() not in reporting:
            return None
        if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > cue.i for c in comp.children):
            return None  # the closing cue names its own speaker ("..., Tehran Radio reported")
        inner = next((c for c in comp.children if c.dep_ == "ccomp"), None)
        if inner is None or not cue.i < inner.left_edge.i or inner.i > comp.i:
            return None
        return inner

    def _reported_by_noun(
        self, t: Token, inside: set[int], fragments: list[_Marked]
    ) -> tuple[int, int, str | None, str | None, str] | None:
        """A noun of speech with its source and a that-clause: "an announcement from Greece
        that it planned to drill", "received an assurance from Greece that ...", "Japan's
        warning that ...". The source is the "from" phrase (on the noun, or on the verb the
        noun is the object of) or a possessive; with no source nothing is taken."""
        source = next((c for c in t.children if c.dep_ == "poss"), None)
        holders = [t, t.head] if t.dep_ == "dobj" else [t]
        for h in holders:
            prep = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if obj is not None and source is None:
                source = obj

        def that_clause(tok: Token) -> Token | None:
            return next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in {"acl", "ccomp", "relcl"}
                    and c.i > tok.i
                    and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
                ),
                None,
            )

        if source is None:
            return None
        # The parser may hang the clause on the source ("a warning from the unions that ...")
        # or on the verb the noun is the object of ("received an assurance from X that ...").
        clause = (
            that_clause(t)
            or (that_clause(source) if source.dep_ == "pobj" else None)
            or (that_clause(t.head) if t.dep_ == "dobj" else None)
        )
        if clause is not None and clause.i < t.i:
            return None
        if clause is None:
            return None
        sub = sorted(
            (x for x in clause.subtree if not (x.dep_ == "mark" and x.head.i == clause.i)),
            key=lambda x: x.i,
        )
        if not sub or any(x.i in inside for x in sub):
            return None
        s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        while e > s and self.text[e - 1] in _TRAILING:
            e -= 1
        if e - s < 8:
            return None
        kind = _speech_kind(s, e, fragments)
        who = self._who(source)
        if who is None and source.pos_ == "PROPN":
            found = self.maker.resolve_all([source], places=True)  # a state named as a place
            who = found[0] if found else None
        return (s, e, who, t.text, kind)

    def _reported_otherwise(
        self,
        t: Token,
        lemma: str,
        inside: set[int],
        fragments: list[_Marked],
    ) -> tuple[int, int, str | None, str | None, str] | None:
        """Speech reported without a clause: through a to-infinitive, from its addressee on
        ("urged the government to present its case", "vowed to fight the ruling"), or as a
        characterisation holding a quoted fragment ('branded the ruling as "harassment"')."""
        span: list[Token] = []
        if lemma in self.infinitive_cues:
            heads = (
                [t]
                + [c for c in t.children if c.dep_ in {"dobj"}]
                + [
                    g
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ in {"on", "to"}
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
            )
            inf = next(
                (
                    c
                    for h in heads
                    for c in h.children
                    if c.dep_ == "xcomp"
                    and any(x.lower_ == "to" and x.dep_ == "aux" for x in c.children)
                ),
                None,
            )
            if inf is None:
                return None
            addressee = [h for h in heads[1:] if h.i < inf.i]
            first = addressee[0].left_edge if addressee else inf.left_edge
            span = list(self.doc[first.i : inf.right_edge.i + 1])
        elif lemma in self.as_cues:
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if obj is None or as_ is None:
                return None
            span = list(self.doc[obj.left_edge.i : as_.right_edge.i + 1])
        if not span or any(x.i in inside for x in span):
            return None
        s, e = span[0].idx, span[-1].idx + len(span[-1].text)
        text = self.text
        while e > s and text[e - 1] in " \t\n,.;:":
            e -= 1
        mixed = _speech_kind(s, e, fragments) == "mixed"
        if lemma in self.as_cues and not mixed:
            return None  # "described the visit as useful": a description, not a quote
        if e - s < 8:
            return None
        return (s, e, self._speaker_of_cue(t), t.text, "mixed" if mixed else "indirect")

    def _interjected(
        self, t: Token, inside: set[int], fragments: list[_Marked]
    ) -> tuple[int, int, str | None, str | None, str] | None:
        """An attribution set inside the sentence it reports, between commas:
        "Improvements in the U.S. trade balance, he said, will come about largely from a
        swing in manufactures trade." The whole sentence is the reported speech."""
        doc = self.doc
        subj = self._subject(t)
        if subj is None or subj.i != t.i - 1 or t.i + 1 >= len(doc):
            return None
        if doc[subj.left_edge.i - 1].text != "," or doc[t.i + 1].text != ",":
            return None
        sent = t.sent
        before = doc[sent.start : subj.left_edge.i - 1]
        after = doc[t.i + 2 : sent.end]
        if len(before) < 3 or len([x for x in after if not x.is_punct]) < 3:
            return None
        if after[0].text in _QUOTE_MARKS:
            return None  # 'Commenting on the accord, Mulford said, "I think ...': a quote's cue
        if any(x.i in inside for x in sent):
            return None  # (a quoted fragment makes it mixed: below)
        s, e = sent.start_char, sent.end_char
        while e > s and self.text[e - 1] in _TRAILING:
            e -= 1
        kind = _speech_kind(s, e, fragments)
        return (s, e, self._speaker_of_cue(t), t.text, kind)

    def _after_audience(
        self, t: Token, lemma: str, inside: set[int], fragments: list[_Marked]
    ) -> tuple[int, int, str | None, str | None, str] | None:
        """The reported clause of "X told a news conference [that] S" when the parser hung
        S on the audience noun (S's verb read as a noun, or "that" as a relative pronoun):
        the rest of the sentence after the audience phrase, when it holds a verb."""
        if lemma not in self.indirect_cues:
            return None
        audience = next(
            (c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in _AUDIENCES),
            None,
        )
        if audience is None:
            return None
        sent_end = t.sent.end
        first = audience.i + 1
        while first < sent_end and (
            self.doc[first].lower_ == "that" or self.doc[first].dep_ == "punct"
        ):
            first += 1
        last = sent_end - 1
        while last > first and self.doc[last].is_punct:
            last -= 1
        rest = self.doc[first : last + 1]
        if len(rest) < 4 or any(x.i in inside for x in rest):
            return None
        if any(x.lemma_.lower() in self.cues and x.pos_ == "VERB" for x in rest):
            return None  # "told reporters after X said ...": another cue's own report
        if not any(x.pos_ in {"VERB", "AUX"} for x in rest):
            return None
        s, e = rest[0].idx, rest[-1].idx + len(rest[-1].text)
        mixed = _speech_kind(s, e, fragments) == "mixed"
        return (s, e, self._speaker_of_cue(t), self._cue_text(t), "mixed" if mixed else "indirect")

    def _loose_fragments(
        self,
        fragments: list[_Marked],
        found: list[tuple[int, int, str | None, str | None, str]],
    ) -> list[tuple[int, int, str | None, str | None, str]]:
        """Quoted fragments no reported clause covered: 'described the decision as
        "unjustified and contrary to international law"'. Each becomes a mixed quote of its
        own, attributed through the verb that governs it."""
        out = []
        text = self.text
        for m in fragments:
            if len(_WORD.findall(text[m.start : m.end])) < 3:
                continue  # scare quotes: 'the so-called "reforms"'
            if any(s <= m.end and m.start <= e for s, e, *_ in found):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            verb = span.root
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            if verb.lemma_.lower() not in self.cues:
                # "bankruptcies, which he said would be "the logical outcome ..."": the
                # fragment's own verb reports nothing; the speech verb it hangs under, before
                # it, does.
                verb = next(
                    (
                        a
                        for a in verb.ancestors
                        if a.pos_ in {"VERB", "AUX"}
                        and a.lemma_.lower() in self.cues
                        and a.i < span.start
                    ),
                    verb,
                )
            if verb.lemma_.lower() not in self.cues and not any(
                c.dep_ == "cc" for c in verb.children
            ):
                # 'India had "legitimate security interests" ..., spokesman Arvind Bagchi
                # told reporters': the parser makes the trailing attribution a conjunct
                verb = next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ == "conj" and c.i > span.end and c.lemma_.lower() in self.cues
                    ),
                    verb,
                )
            s, e = m.start, m.end
            while e > s and text[e - 1] in _TRAILING:
                e -= 1
            self.last_speaker = self._last_before(s, [*found, *out])
            out.append((s, e, self._speaker_of_cue(verb), verb.text, "mixed"))
        return out

    def _according(
        self, t: Token, inside: set[int], fragments: list[_Marked]
    ) -> tuple[int, int, str | None, str | None, str] | None:
        sent = t.sent
        if any(x.i in inside for x in sent):
            return None
        to = next((c for c in t.children if c.lower_ == "to"), None)
        phrase = sorted(x.i for x in t.subtree)
        if to is None or not phrase:
            return None
        before = (sent.start, phrase[0])
        after = (phrase[-1] + 1, sent.end)
        a, b = max((before, after), key=lambda r: r[1] - r[0])
        if b - a < 4:
            return None
        span = self.doc[a:b]
        s, e = span.start_char, span.end_char
        text = self.text
        while s < e and text[s] in _TRAILING:
            s += 1
        while e > s and text[e - 1] in _TRAILING:
            e -= 1
        kind = _speech_kind(s, e, fragments)
        return (s, e, self._speaker_of_cue(t), "according to", kind)


def code_quotes(ctx: StoryContext) -> None:
    ctx.record.quotes = QuoteFinder(ctx).find()
    # Later steps skip events inside direct quotes; they need doc offsets, not story ones.
    ctx.notes["direct_quotes"] = [
        (q.span[0] - ctx.offset, q.span[1] - ctx.offset, q.speaker)
        for q in ctx.record.quotes
        if q.kind == "direct"
    ]
