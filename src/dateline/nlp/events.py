"""Events: PLOVER category, mode, actors, recipients, date, place and flags from the parse.

Triggers come from ``event_triggers.tsv`` (verbs, verb + object, verb + particle, nouns,
predicate adjectives). Arguments come from the dependency parse: subjects (with their
conjuncts) are actors, passive agents too; direct objects and the prepositions the trigger
row names give recipients. Three structures get special care because wire copy is full
of them:

* **intent and control** — "agreed to cooperate", "is ready to expand ties", "threatened
  to impose sanctions": the governing trigger absorbs the infinitive (one AGREE, one
  THREATEN), per PLOVER's rule that intent to cooperate is AGREE;
* **hypothetical governors and modals** — "is expected to visit", "would consider",
  "plans to": the inner event is kept and flagged hypothetical;
* **reciprocal meetings and visits** — "X met (with) Y" lists both as actors, unless one
  side is marked as the visitor ("Y, who came to Astana", "visiting Y"): then the visitor
  is the actor and the host the recipient (PLOVER's CONSULT/visit convention).

Nouns heading a prepositional phrase of time ("after the visit of Zeman") are historical.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from dateline.lexicons import read_tsv
from dateline.model import Actor, Event
from dateline.nlp.actors import org_key
from dateline.nlp.context import StoryContext
from dateline.nlp.coref import Resolver
from dateline.nlp.gazetteer import fold, gazetteer
from dateline.nlp.time import normalise

#: Governors that make the event under them hypothetical rather than reported as done.
#: Not "scheduled to", "due to", "set to": a fixed date makes the event future, not
#: hypothetical (docs/annotation.md, as for "will").
HYPOTHETICAL_GOVERNORS = {
    "expect",
    "plan",
    "intend",
    "consider",
    "hope",
    "want",
    "seek",
    "prepare",
    "aim",
    "try",
    "wish",
    "mull",
    "weigh",
    "likely",
    "able",
    "could",
    "may",
}
MODALS = {"would", "could", "might", "may", "should", "can", "must"}
FUTURE_AUX = {"will", "shall", "'ll"}
#: Governors that turn the event under them into another category.
CATEGORY_GOVERNORS = {
    "fail": "REJECT",
    "refuse": "REJECT",
    "decline": "REJECT",
    "reject": "REJECT",
    "threaten": "THREATEN",
    "urge": "REQUEST",
    "ask": "REQUEST",
    "demand": "REQUEST",
    "call": "REQUEST",
    "press": "REQUEST",
    # orders and instructions are requests too (PLOVER REQUEST: "requests, demands, and
    # orders"): "instructed the government to reopen talks"
    "order": "REQUEST",
    "instruct": "REQUEST",
    "direct": "REQUEST",
    "tell": "REQUEST",
    "implore": "REQUEST",
    "beg": "REQUEST",
    "exhort": "REQUEST",
    "encourage": "REQUEST",
    "pressure": "REQUEST",
    "challenge": "REQUEST",
    # "undertook to ratify": an undertaking is a promise (PLOVER AGREE)
    "undertake": "AGREE",
    "guarantee": "AGREE",
}
#: Collective nouns that act in events, with the sector they take when no lexicon says.
GROUPS = {
    "protester": "CVL",
    "demonstrator": "CVL",
    "activist": "NGO",
    "resident": "CVL",
    "villager": "CVL",
    "worker": "LAB",
    "student": "EDU",
    "farmer": "AGR",
    "rebel": "REB",
    "militant": "REB",
    "insurgent": "REB",
    "gunman": "REB",
    "fighter": "REB",
    "jihadist": "REB",
    "troop": "MIL",
    "soldier": "MIL",
    "police": "COP",
    "policeman": "COP",
    "opposition": "PTY",
    "striker": "LAB",
    "refugee": "REF",
    "migrant": "REF",
    "driver": "CVL",
    "trucker": "LAB",
    # people who speak and act as a trade or a body
    "seaman": "LAB",
    "sailor": "LAB",
    "miner": "LAB",
    "docker": "LAB",
    "dockworker": "LAB",
    "legislator": "LEG",
    "lawmaker": "LEG",
    # armed forces named by their arms or units, and attackers named by their act:
    # CAMEO codes "warships shelled", "gunmen kidnapped" with the force or group
    "warship": "MIL",
    "warplane": "MIL",
    "gunboat": "MIL",
    "helicopter": "MIL",
    "commando": "MIL",
    "paratrooper": "MIL",
    "gendarme": "COP",
    "sniper": "REB",
    "assailant": "REB",
    "attacker": "REB",
    "kidnapper": "REB",
    "hijacker": "REB",
    "separatist": "REB",
    "guerrilla": "REB",
    "guerilla": "REB",
}
#: Nouns for people that make a phrase an actor when nothing else names it.
HUMAN_NOUNS = {
    "people",
    "youth",
    "doctor",
    "prisoner",
    "settler",
    "landowner",
    "party",
    "group",
    "member",
    "leader",
    "citizen",
    "guerrilla",
    "guerilla",
    "crowd",
    "thousand",
    "hundred",
    "dozen",
    "businessman",
    "official",
    "delegation",
    "representative",
    "envoy",
    "diplomat",
    "mob",
    "inmate",
    "teacher",
    "nurse",
    "union",
    "faction",
    "tribesman",
    "separatist",
    "nationalist",
    "extremist",
    "parliament",
    "government",
    "court",
    "judge",
    "minister",
    "president",
    "army",
    "force",
    "navy",
    "police",
    "authority",
    "ministry",
    "administration",
}
#: Heads of phrases naming one who speaks for a body ("a union leader", "a bank spokesman").
_VOICE_HEADS = {"spokesman", "spokeswoman", "spokesperson", "official", "leader", "aide"}
#: Bodies whose unnamed officials stand for their state, not for a body of their own.
_STATE_BODY_WORDS = {"government", "administration", "state", "cabinet", "presidency"}
_NOT_ACTORS = {"it", "this", "that", "which", "who", "what", "there", "here", "one"}
#: Prepositions heading time phrases whose event is earlier than the report.
_HISTORICAL_PREPS = {"after", "since", "following"}
_VISIT_CUES = {"come", "arrive", "visit", "trip", "tour", "travel", "fly", "visiting"}
#: Events that can be coded from their victim alone ("a journalist was killed").
_MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "SANCTION"}
POLITICAL_SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "REB",
    "CVL",
    "NGO",
    "LAB",
    "IGO",
    "UNO",
    "SPY",
    "REF",
    "REL",
    "EDU",
    "MED",
    "AGR",
}
_CONFLICT = {"PROTEST", "SANCTION", "ASSAULT", "COERCE", "MOBILIZE"}
#: Sectors whose wishes and refusals are a side's position (see _a_side).
_SIDES = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "LAB", "IGO", "UNO"}
_OBLIGATION = {"must", "should"}
_DECLARE = {
    "say",
    "declare",
    "announce",
    "insist",
    "tell",
    "remind",
    "conclude",
    "state",
    "stress",
    "warn",
    "add",
    "write",
    "argue",
    "reminder",
    "warning",
    "statement",
}
_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"}
#: Categories aimed at someone: with no recipient in the clause, the story's other side.
_DIRECTED = {
    "REQUEST",
    "REJECT",
    "ACCUSE",
    "THREATEN",
    "RETREAT",
    "CONCEDE",
    "SUPPORT",
    "AGREE",
    "AID",
    "SANCTION",
    "PROTEST",
    "COERCE",
    "ASSAULT",
}
#: Where a weapon fired at no one lands: the sea, not a target.
_OPEN_WATER = {"sea", "ocean", "water", "waters"}


def _into_the_sea(tok: Token) -> bool:
    """A firing whose destination is open water ("into the East Sea", "into the Sea of
    Japan")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"into", "in"}
        and any(
            g.lemma_.lower() in _OPEN_WATER or (g.head.lemma_.lower() in _OPEN_WATER)
            for o in c.children
            for g in o.subtree
        )
        for c in tok.children
    )


#: Cooperation two or more states' parties do together: no other side is implied.
_COOPERATIVE_ACTS = {"AGREE", "SUPPORT", "COOPERATE", "AID"}
#: Nouns that, with an infinitive ("the demand to reverse the increase"), are requests
#: rather than the market's demand.
#: Things that are attacked in words, not arms: "attacked Japan's fiscal policy", "joined
#: attacks on the wage freeze" (CAMEO 111 criticize, PLOVER ACCUSE).
_POLICY_NOUNS = {
    "policy",
    "plan",
    "freeze",
    "budget",
    "tax",
    "decision",
    "law",
    "bill",
    "legislation",
    "proposal",
    "program",
    "programme",
    "measure",
    "stance",
    "position",
    "remark",
    "statement",
    "report",
    "record",
    "handling",
    "reform",
    "leadership",
    "ruling",
    "move",
}
_VERBAL_ATTACKS = {"attack", "assail"}
#: Verbs of assurance: an AGREE only when someone is assured ("assured Moi it would help").
_ASSURE = {"assure", "reassure"}
_DEMAND_NOUNS = {"demand", "request", "call", "appeal", "plea", "ultimatum"}
#: Verbs that demand ("asked Iraq to comply", "asked for aid") or merely ask a question
#: ("Asked whether Iraq would comply, he said", "asked about prices"): only the first is
#: PLOVER's REQUEST.
_QUESTION_VERBS = {"ask", "query", "question"}
_QUESTION_WORDS = {"whether", "if", "how", "what", "why", "when", "where", "who", "which"}
#: Determiners by which a noun points back to a thing already named ("the strike").
_DEFINITE = {"the", "this", "that", "these", "those"}
#: Verbs of warning: with a clause or infinitive a threat ("warned that Minsk would
#: respond", "warned the U.S. not to intervene"); with "against" an appeal, with "about"/
#: "of" a danger pointed out.
_WARN_VERBS = {"warn", "caution"}
#: The press as an audience: talking to them is how a statement is made, not a meeting.
_PRESS_AUDIENCE = {"reporter", "journalist", "newsmen", "newsman", "correspondent"}
#: Sectors of bodies that act inside one state: a union, party or newspaper named in a
#: story filed from a state is that state's unless the story says otherwise.
_DOMESTIC_BODIES = {"LAB", "PTY", "MED"}
#: Buildings of a foreign state: a protest held at one is aimed at that state, not at home.
_DIPLOMATIC_VENUES = {"embassy", "consulate", "legation", "chancery"}
#: Categories of things said: their nouns name the one who said them after "from" too.
_SPOKEN = {"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE"}
#: Categories coded inside a direct quote: the quote is itself a demand, threat or accusation.
_QUOTABLE = {"REQUEST", "THREATEN", "ACCUSE"}
#: Nouns that, as "the two X" or "both X", stand for the story's last two parties.
_PAIR_NOUNS = {
    "side",
    "country",
    "nation",
    "government",
    "state",
    "neighbour",
    "neighbor",
    "party",
    "capital",
}
_PAIR_PEOPLE = {
    "leader",
    "minister",
    "president",
    "premier",
    "man",
    "counterpart",
    "delegation",
    "official",
    "diplomat",
    "envoy",
    "chancellor",
    "secretary",
}
#: Mentions a side needs before it is taken as the story's implied counterpart.
_MIN_COUNTERPART = 2
_NON_STATE = {"IGO", "UNO", "EUR", "NGO", "MNC"}
#: Categories whose acts, announced for the future, are coded as AGREE (intent).
_INTENDED = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
_PROMISE = {"announce", "pledge", "promise", "vow", "confirm", "indicate", "signal"}
#: Verbs whose subject is the actor of the event noun they govern ("held talks",
#: "paid a visit", "launched an attack"); other verbs' subjects are not ("considered
#: an invitation" does not make the considerer the inviter).
LIGHT_VERBS = {
    "hold",
    "have",
    "make",
    "pay",
    "conduct",
    "launch",
    "stage",
    "lead",
    "carry",
    "begin",
    "start",
    "open",
    "continue",
    "resume",
    "attend",
    "issue",
    "send",
    "extend",
    "lodge",
    "file",
    "sign",
    "reach",
    "conclude",
    "announce",
    "provide",
    "deliver",
    "give",
    "impose",
    "end",
    "complete",
    "host",
    "organise",
    "organize",
    "join",
    "take",
    "arrive",
    "come",
    "go",
    "travel",
    "mount",
    "unleash",
    "wage",
    "be",
    "plan",
    "schedule",
    "agree",
    "propose",
    "offer",
    "seek",
    "undertake",
    "engage",
    "remain",
}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
#: Prepositions before a gerund whose doer is the subject of the clause ("guilty of
#: violating", "by throwing"); not "against"/"from"/"without", where the subject opposes,
#: refrains from or leaves out the act ("warned against attacking"), nor "on", where the act
#: is only weighed ("decided on offering").
_DOER_PREPS = {"of", "by", "to", "in", "while", "through", "after"}
_NO_COMMENT = {
    "comment",
    "elaborate",
    "say",
    "discuss",
    "confirm",
    "specify",
    "give",
    "provide",
    "disclose",
    "name",
    "identify",
    "answer",
    "speak",
}


@dataclass(frozen=True, slots=True)
class Trigger:
    category: str
    mode: str | None
    args: frozenset[str]


@dataclass(slots=True)
class Triggers:
    verbs: dict[str, Trigger] = field(default_factory=dict)
    verb_obj: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    verb_prt: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    nouns: dict[str, Trigger] = field(default_factory=dict)
    adjs: dict[str, Trigger] = field(default_factory=dict)


@cache
def triggers() -> Triggers:
    t = Triggers()
    for row in read_tsv("event_triggers.tsv"):
        trig, cat, mode, args = (*row, "", "", "")[:4]
        tr = Trigger(cat, mode or None, frozenset(a for a in args.split(",") if a and a != "-"))
        if trig.endswith("/N"):
            t.nouns[trig[:-2]] = tr
        elif trig.endswith("/A"):
            t.adjs[trig[:-2]] = tr
        elif " +" in trig:
            v, o = trig.split(" +")
            t.verb_obj[(v, o)] = tr
        elif " _" in trig:
            v, p = trig.split(" _")
            t.verb_prt[(v, p)] = tr
        else:
            t.verbs[trig] = tr
    return t


@cache
def topic_words() -> dict[str, tuple[str, str]]:
    """Lemma -> (PLOVER context, topic) from contexts.tsv."""
    return {row[0]: (row[1], row[2] if len(row) > 2 else "") for row in read_tsv("contexts.tsv")}


@cache
def judgements() -> dict[str, tuple[str, str]]:
    """Word -> (category, kind) from judgements.tsv."""
    return {row[0]: (row[1], row[2]) for row in read_tsv("judgements.tsv")}


@cache
def stances() -> tuple[dict[tuple[str, str], str], dict[str, tuple[str, str]]]:
    """From stances.tsv: (verb lemma, frame) -> category, and requested noun -> (category,
    mode)."""
    verbs: dict[tuple[str, str], str] = {}
    asked: dict[str, tuple[str, str]] = {}
    for row in read_tsv("stances.tsv"):
        word, frame, category, mode = (*row, "", "", "")[:4]
        if frame == "asked":
            asked[word] = (category, mode)
        else:
            verbs[(word, frame)] = category
    return verbs, asked


@cache
def threat_cues() -> dict[str, str]:
    """Lemma -> kind ("consequence", "no_choice") from threat_cues.tsv."""
    return {row[0]: row[1] for row in read_tsv("threat_cues.tsv")}


@cache
def economic_objects() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("economic_objects.tsv"))


#: Verb forms en_core_web_sm lemmatises wrongly, so that their trigger rows never match:
#: "staged a rally" comes out as "stag", "fined" as "fin", "raped" as "rap".
_LEMMA_FIXES = {
    "staged": "stage",
    "stages": "stage",
    "staging": "stage",
    "fined": "fine",
    "fines": "fine",
    "fining": "fine",
    "raped": "rape",
    "rapes": "rape",
    "raping": "rape",
    "extolled": "extol",
    "extolling": "extol",
    "cordoned": "cordon",
    "cordoning": "cordon",
    "unbanned": "unban",
    "unbanning": "unban",
    "hopes": "hope",
    "hoped": "hope",
    "hoping": "hope",
}


def verb_lemma(tok: Token) -> str:
    """The lemma of a trigger word, with the model's known verb-lemma slips mended."""
    if tok.pos_ in {"VERB", "AUX"} and tok.lower_ in _LEMMA_FIXES:
        return _LEMMA_FIXES[tok.lower_]
    return tok.lemma_.lower()


#: Nouns for armed forces, their units and arms: what troops and police are moved as.
_FORCE_NOUNS = {
    "troop",
    "soldier",
    "force",
    "army",
    "reservist",
    "reserve",
    "militia",
    "militiaman",
    "unit",
    "division",
    "brigade",
    "battalion",
    "regiment",
    "contingent",
    "detachment",
    "personnel",
    "peacekeeper",
    "tank",
    "ship",
    "vessel",
    "fleet",
    "carrier",
    "submarine",
    "aircraft",
    "plane",
    "jet",
    "bomber",
    "missile",
    "rocket",
    "artillery",
    "weapon",
    "battery",
    "guard",
    "man",
    "officer",
    "policeman",
    "police",
    "navy",
    "marine",
}
#: Verbs of motion that code a visit ("arrived in Astana") unless forces are moving.
_MOTION = {"arrive", "come", "go", "travel", "fly", "return"}
#: MOBILIZE verbs with a common sense outside the military ("mobilized pressure groups",
#: "mobilize support", "deployed its resources"): only forces make them a mobilisation.
_FORCE_ONLY = {"mobilize", "mobilise", "mass", "deploy"}


def _is_force(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _FORCE_NOUNS or GROUPS.get(lemma) in {"MIL", "COP"}


#: Entity types that are never an act: "held March talks", "March" the month.
_NOT_ACT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"}

#: What one leaves when a withdrawal reduces relations: bodies, pacts and talks.
_BODY_NOUNS = {
    "treaty",
    "pact",
    "agreement",
    "accord",
    "deal",
    "convention",
    "protocol",
    "alliance",
    "organization",
    "organisation",
    "union",
    "bloc",
    "coalition",
    "league",
    "federation",
    "commonwealth",
    "council",
    "commission",
    "committee",
    "body",
    "forum",
    "court",
    "tribunal",
    "talk",
    "talks",
    "negotiation",
    "dialogue",
    "process",
    "mediation",
    "membership",
    "government",
    "cabinet",
}
#: What is released without anyone being freed: documents, figures, media and funds.
_RELEASED_THINGS = {
    "report",
    "estimate",
    "figure",
    "data",
    "statistic",
    "detail",
    "result",
    "study",
    "document",
    "certificate",
    "statement",
    "forecast",
    "survey",
    "list",
    "text",
    "version",
    "information",
    "finding",
    "book",
    "film",
    "video",
    "footage",
    "photo",
    "picture",
    "image",
    "recording",
    "tape",
    "transcript",
    "minute",
    "record",
    "album",
    "product",
    "fund",
    "money",
    "reserve",
    "water",
    "budget",
    "plan",
    "proposal",
    "name",
}
#: Words that make an exercise or patrol a joint one.
_JOINT = {"joint", "jointly", "together", "combined", "bilateral", "multinational"}

#: Prepositions whose object names the act as a direct object would ("put on alert",
#: "took into custody", "placed under arrest", "went on strike", "took to the streets").
_STATE_PREPS = {"on", "under", "into", "to"}

#: Noun compounds that look like event nouns but are not events.
NOT_EVENTS = {
    ("press", "conference"),
    ("news", "conference"),
    ("press", "release"),
    ("news", "release"),
}


@dataclass(slots=True)
class _Found:
    tok: Token  # the trigger's head token
    trig: Trigger
    obj: Token | None = None  # the light verb's object ("talks" in "held talks")
    weak: bool = False  # the actor is a best guess (the clause's subject), not the parse's
    passive: bool = False  # a passive verb: its subject is the one acted upon


def phrase_name(tok: Token) -> str:
    """The name of the phrase ``tok`` heads, without its article, clauses, asides and the
    phrases coordinated with it: "the port of Santos, which has been the scene of unrest"
    is "port of Santos"; "Opposition parties and some industry groups" is "Opposition
    parties", the first named, as the annotation guide has a shared speaker."""
    start = tok.left_edge.i + (1 if tok.left_edge.lower_ in {"the", "a", "an"} else 0)
    cut = [
        c.left_edge.i
        for c in tok.subtree
        if c.i > tok.i
        and (
            c.dep_ in {"relcl", "acl", "appos", "advcl"}
            or c.text in {",", "(", ";", "--"}
            or (c.dep_ == "cc" and c.head.i == tok.i)
        )
    ]
    end = min(cut, default=tok.right_edge.i + 1)
    while end > start + 1 and tok.doc[end - 1].is_punct:
        end -= 1
    return tok.doc[start:end].text[:80]


class EventFinder:
    def __init__(self, ctx: StoryContext, res: Resolver | None = None) -> None:
        self.ctx = ctx
        self.doc: Doc = ctx.doc
        self.res = res or Resolver(ctx)  # shared with the quote step when it made us
        self.t = triggers()
        self.actors = {a.id: a for a in ctx.record.actors}
        #: The text is known to report an event (see Coder.events_given): classify, do not
        #: filter on who the parties are.
        self.given = bool(ctx.notes.get("events_given"))
        self.quoted: list[tuple[int, int, str | None]] = ctx.notes.get(  # type: ignore[assignment]
            "direct_quotes", []
        )

    # -- trigger matching ----------------------------------------------------------------
    def match(self, tok: Token) -> _Found | None:
        if tok.ent_type_ in _NOT_ACT_ENTS:
            return None  # "March" the month, not a march
        lemma = verb_lemma(tok)
        if tok.i > 0 and (tok.nbor(-1).lower_, lemma) in NOT_EVENTS:
            return None
        if tok.pos_ in {"VERB", "AUX"} or (
            tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and lemma in self.t.verbs
        ):
            for c in tok.children:
                if c.dep_ in {"dobj", "attr", "xcomp", "nsubjpass"}:
                    # The object may be the passive subject ("sanctions were imposed") or
                    # sit under a measure ("provided 25,000 tons of food aid").
                    for o in _object_heads(c):
                        tr = self.t.verb_obj.get((lemma, o.lemma_.lower()))
                        if tr is None and o.ent_type_ == "PERSON":
                            # "received Polish Foreign Minister Jan Nowak": "+@person"
                            # rows take any named person as the object
                            tr = self.t.verb_obj.get((lemma, "@person"))
                        if tr and o.ent_type_ not in _NOT_ACT_ENTS:
                            return _Found(tok, tr, o)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in _STATE_PREPS:
                    # "put its forces on alert", "took him into custody", "went on strike":
                    # the noun after the preposition names the act as an object would
                    for o in c.children:
                        tr = self.t.verb_obj.get((lemma, o.lemma_.lower()))
                        if o.dep_ == "pobj" and tr and o.ent_type_ not in _NOT_ACT_ENTS:
                            return _Found(tok, tr, o)
            for c in tok.children:
                # the particle, or the preposition, adverb or interjection right after the
                # verb that the parser reads for one ("pulled back from", "said no to")
                if c.dep_ == "prt" or (c.dep_ in {"prep", "advmod", "intj"} and c.i == tok.i + 1):
                    tr = self.t.verb_prt.get((lemma, c.lower_))
                    if tr:
                        return _Found(tok, tr)
            if tok.pos_ == "AUX" and lemma != "have":
                return None
            tr = self.t.verbs.get(lemma)
            return _Found(tok, tr) if tr else None
        if tok.pos_ in {"NOUN", "PROPN"}:
            two = f"{tok.nbor(-1).lower_} {lemma}" if tok.i > 0 else ""
            # a hyphenated noun split by the tokenizer ("sit - in", "cease - fire")
            hyph = (
                f"{tok.nbor(-2).lower_}-{lemma}"
                if tok.i > 1 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_
                else ""
            )
            tr = (
                (self.t.nouns.get(hyph) if hyph else None)
                or self.t.nouns.get(two)
                or self.t.nouns.get(lemma)
                or self.t.nouns.get(tok.lower_)
            )
            return _Found(tok, tr) if tr else None
        if tok.pos_ == "ADJ" and any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in tok.children
        ):
            tr = self.t.adjs.get(lemma)
            return _Found(tok, tr) if tr else None
        return None

    # -- arguments -----------------------------------------------------------------------
    def _with_conj(self, tok: Token) -> list[Token]:
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            listed = any(g.dep_ == "cc" for g in t.children)
            stack.extend(
                c
                for c in t.children
                if c.dep_ == "conj"
                or (
                    # "The UK, France, and Germany met": the parser often hangs a list's middle
                    # item on the first as an apposition; in a list ("and" under either), a
                    # name in apposition is another party, not a second name for the first.
                    c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and (listed or any(g.dep_ == "cc" for g in c.children))
                )
            )
        return out

    def resolve_all(self, toks: list[Token], places: bool = False) -> list[str]:
        """Actor ids for argument tokens; with ``places``, a named country or city stands
        for its state ("visited Kazakhstan", "protested to Lima")."""
        ids: list[str] = []
        for t in toks:
            for x in self._with_conj(t):
                several = self._the_two(x) or self._officials_of_states(x)
                if several:
                    ids.extend(a for a in several if a not in ids)
                    continue
                a = self.res.resolve(x) or self._state_of(x)
                # The place a GPE/LOC token names, looked up once for both uses below.
                ent = entry = None
                if a is None and x.ent_type_ in {"GPE", "LOC"}:
                    ent = next((e for e in x.sent.ents if e.start <= x.i < e.end), None)
                    entry = gazetteer().lookup(ent.text) if ent is not None else None
                if (
                    places
                    and x.ent_type_ == "GPE"
                    and ent is not None
                    and entry is not None
                    and entry.country
                    and entry.kind in {"country", "city"}
                ):
                    a = self.country_actor(entry.country)
                    span = self.ctx.of(ent)
                    if span not in self.actors[a].mentions:
                        self.actors[a].mentions.append(span)
                if a is None and places:
                    a = self._owner_state(x)
                if a is None and x.ent_type_ in {"GPE", "LOC"} and x.pos_ == "PROPN":
                    # "travel to Yunnan Province": a region is no party of its own; as a
                    # destination its state is the host.
                    if places and entry is not None and entry.kind == "region" and entry.country:
                        a = self.country_actor(entry.country)
                    if a is None:
                        continue
                if a is None:
                    a = self.np_actor(x)
                if a is None:
                    a = self.named_person(x)
                if a and a not in ids:
                    ids.append(a)
        return ids

    def _the_two(self, tok: Token) -> list[str]:
        """'the two sides', 'both countries', 'their countries', 'the two ministers', 'the
        two signed': the last two parties named before, of different states (people for
        nouns of people, else states)."""
        lemma = tok.lemma_.lower()
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None and lemma in _PAIR_NOUNS | _PAIR_PEOPLE and self._the_two(poss):
            return self._the_two(poss)  # "the two countries' prime ministers"
        if tok.lower_ == "two" and tok.dep_ in _SUBJ:
            lemma = "side"
        elif (
            lemma not in _PAIR_NOUNS | _PAIR_PEOPLE
            or tok.tag_ not in {"NNS", "NNPS"}
            or not any(
                (c.dep_ == "nummod" and c.lower_ == "two")
                or (c.dep_ in {"det", "predet", "poss"} and c.lower_ in {"both", "their"})
                for c in tok.children
            )
        ):
            return []
        people = lemma in _PAIR_PEOPLE
        codes: set[str] = set()
        if tok.dep_ not in _SUBJ:
            # "urged both sides to ...": the two sides are other than the one urging
            verb = tok.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subj, _ = self.subjects(verb)
            for t in subj:
                who = (
                    self._first_person(tok, [t]) if t.lower_ in {"i", "we"} else self.res.resolve(t)
                )
                if who and who in self.actors and self.actors[who].country:
                    codes.add(self.actors[who].country)  # type: ignore[arg-type]
        before = sorted(
            (
                (m[0], a)
                for a in self.ctx.record.actors
                if a.country and (a.type == "person" if people else a.type != "group")
                for m in a.mentions
                if m[0] < tok.idx
            ),
            key=lambda x: -x[0],
        )
        out: list[str] = []
        for _, a in before:
            if a.country not in codes:
                codes.add(a.country)  # type: ignore[arg-type]
                out.append(a.id if people else self._party_of(a.country))  # type: ignore[arg-type]
            if len(out) == 2:
                return out
        if people and out:
            # "Greece's foreign minister called his Turkish counterpart, Yilmaz ... the two
            # ministers": one of the two is named only by title, so stands as his state.
            for _, other in sorted(
                (
                    (m[0], b)
                    for b in self.ctx.record.actors
                    if b.country and b.type != "group"
                    for m in b.mentions
                    if m[0] < tok.idx
                ),
                key=lambda x: -x[0],
            ):
                if other.country not in codes:
                    return [*out, self._party_of(other.country)]  # type: ignore[arg-type]
        return []

    def _officials_of_states(self, tok: Token) -> list[str]:
        """'the energy ministers of Uzbekistan and Kazakhstan', 'defence officials of the two
        countries': the people stand for the states named after "of"."""
        if tok.tag_ not in {"NNS", "NNPS"} or not (
            tok.lemma_.lower() in _PAIR_PEOPLE | {"official", "delegation", "representative"}
            or self.res.lex.titles.match([tok.lemma_.lower()], 0)
        ):
            return []
        of = self._pobjs(tok, frozenset({"of"}))
        if not of:
            return []
        states = self.resolve_all(of[:1], places=True)
        if len(states) < 2 or not all(self.actors[s].type == "country" for s in states):
            return []
        return states

    def _owner_state(self, tok: Token) -> str | None:
        """The state behind a thing: "the Turkish decision", "Peru's proposal"."""
        for c in tok.children:
            if c.dep_ in {"amod", "compound"}:
                m = self.res.lex.demonyms.match([c.lower_], 0)
                if m:
                    return self.country_actor(str(m[1]))
            if c.dep_ == "poss":
                a = self.res.actor_at.get(c.i) or self.res.resolve(c)
                if a:
                    return a
        return None

    def _speaker_for_institution(self, head: Token, actors: list[str]) -> list[str]:
        """'Dzhaksybekov assured that the Astana administration is ready': the official
        speaking for an unnamed administration is the actor."""
        if len(actors) != 1 or self.actors[actors[0]].type != "country":
            return actors
        if any(t.ent_type_ == "GPE" for t in self.subjects(head)[0]):
            return actors  # "told reporters that Greece welcomed ...": the state, by name
        cur = head
        while cur.dep_ in {"xcomp", "conj", "acomp"} and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in {
            "say",
            "assure",
            "note",
            "add",
            "state",
            "stress",
            "tell",
        }:
            subj, _ = self.subjects(cur.head)
            speaker = self.resolve_all(subj)
            if (
                speaker
                and self.actors[speaker[0]].type == "person"
                and self.actors[speaker[0]].country == self.actors[actors[0]].country
            ):
                return speaker[:1]
        return actors

    def _state_of(self, tok: Token) -> str | None:
        """A government named by its country's noun ("the government", "authorities"),
        or a group named by what it is ("protesters", "activists", "troops")."""
        lemma = tok.lemma_.lower()
        if lemma in GROUPS:
            return self.group_actor(tok)
        if lemma not in {
            "government",
            "authority",
            "official",
            "cabinet",
            "administration",
            "leadership",
        }:
            return None
        code = None
        for c in tok.children:
            if c.dep_ in {"amod", "compound", "poss"}:
                m = self.res.lex.demonyms.match([c.lower_], 0)
                if m:
                    code = str(m[1])
                else:
                    a = self.res.actor_at.get(c.i)
                    if a and self.actors[a].type == "country":
                        return a
        code = code or self.ctx.record.country
        return self.country_actor(code) if code else None

    def np_actor(self, tok: Token) -> str | None:
        """An actor for a subject or object phrase no lexicon names: "Ethnic Albanians",
        "A French minister", "Seven opposition parties", "Doctors from two American aid
        groups". Only phrases that denote people or bodies qualify: a demonym or place
        modifier, a title, an organisation word, or a noun for people."""
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ in _NOT_ACTORS:
            return None
        lemma = tok.lemma_.lower()
        lex = self.res.lex
        code = None
        for t in tok.subtree:
            m = lex.demonyms.match([t.lower_], 0) or lex.demonyms.match([t.text.lower()], 0)
            if (m and t.i != tok.i) or (m and tok.tag_ in {"NNPS", "NNS"}):
                code = str(m[1])
                break
            if t.ent_type_ == "GPE" and t.i != tok.i:
                entry = gazetteer().lookup(t.text)
                if entry and entry.country:
                    code = entry.country
                    break
        titled = lex.titles.match([lemma], 0) or lex.titles.match([tok.lower_], 0)
        org = lex.org_words.match([lemma], 0) or lex.org_words.match([tok.lower_], 0)
        human = lemma in HUMAN_NOUNS or lemma in GROUPS
        demonym_noun = lex.demonyms.match([tok.lower_], 0)
        if not (titled or org or human or demonym_noun or (tok.pos_ == "PROPN" and code)):
            return None
        if demonym_noun and not (titled or org or human):
            code = str(demonym_noun[1])  # "the Palestinians", "ethnic Turks": people, not a state
        body = self._voiced_body(tok)
        if body is not None:
            return body
        if (human or titled) and not code and tok.tag_ in {"NNS", "NNPS"}:
            # "business leaders from the Hamburg Chamber of Commerce", "members of the
            # Hamburg Port Association": unnamed people of a named body act for it
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"from", "of", "at"}:
                    for o in c.children:
                        if o.dep_ == "pobj" and o.ent_type_ in {"ORG", "FAC"}:
                            who = self.res.resolve(o) or self._named_org(o)
                            if who is not None and self.actors[who].type == "organisation":
                                return who
        sector = (titled[1].sector if titled and titled[1].kind != "honorific" else None) or (
            str(org[1]) if org else GROUPS.get(lemma)
        )  # type: ignore[union-attr]
        named = [
            t
            for c in tok.lefts
            if c.dep_ == "compound" and c.pos_ == "PROPN"
            for t in c.subtree
            if t.pos_ == "PROPN"
        ]  # "Addis Standard" in "the Addis Standard newspaper"
        if org and not titled and code is None and named and sector in _DOMESTIC_BODIES:
            # "the ver.di union", "the privately owned Addis Standard newspaper": the body
            # of that name, of the state the story is filed from unless it says otherwise
            span = tok.doc[named[0].i : tok.i + 1]
            name = tok.doc[named[0].i : named[-1].i + 1].text
            for a in self.ctx.record.actors:
                if a.type == "organisation" and name in (a.name, *a.aliases):
                    return a.id
            return self._made("organisation", name, self.ctx.record.country, sector, span)
        if org and not titled and named and tok.pos_ == "PROPN" and tok.is_title:
            # "Kalulu Copper Mines said", which the NER left untagged: the body of that
            # name, written as the story writes it
            span = tok.doc[named[0].i : tok.i + 1]
            return self._made(
                "organisation", span.text, code or self.ctx.record.country, sector, span
            )
        name = phrase_name(tok).lower()
        span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
        return self._made("group", name, code, sector, span)

    def _named_org(self, tok: Token) -> str | None:
        """The organisation the NER names at ``tok`` ("the Hamburg Chamber of Commerce"),
        made when no step made it: its state is a place in its name, its sector from its
        words."""
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        if ent is None or ent.label_ not in {"ORG", "FAC"}:
            return None
        start = ent.start + (1 if tok.doc[ent.start].lower_ == "the" else 0)
        span = tok.doc[start : ent.end]
        code = None
        for t in span:
            entry = gazetteer().lookup(t.text) if t.is_title else None
            if entry is not None and entry.kind in {"country", "city", "region"}:
                code = entry.country
                break
        words = [t.lower_ for t in span]
        sector = next(
            (str(m[1]) for j in range(len(words)) if (m := self.res.lex.org_words.match(words, j))),
            None,
        )
        if sector is None:
            return None  # (a FAC with no body word is a building, not a body)
        return self._made("organisation", span.text, code, sector, span)

    def _voiced_body(self, tok: Token) -> str | None:
        """The body an unnamed spokesman or official of a named kind of body speaks for:
        "a central bank spokesman" -> the central bank, "a union leader" -> the union —
        the one of that kind the story named last before ("the National Merchant Marine
        Union"). Government officials stay as they are: their state speaks (see
        quotes._who)."""
        if tok.lemma_.lower() not in _VOICE_HEADS:
            return None
        mods = [c for c in tok.lefts if c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN"]
        if not mods:
            return None
        head = mods[-1]
        org = self.res.lex.org_words.match([head.lemma_.lower()], 0)
        if not org or head.lemma_.lower() in _STATE_BODY_WORDS:
            return None
        sector = str(org[1])
        first = min(x.i for m in mods for x in m.subtree if x.dep_ != "det")
        name = tok.doc[first : head.i + 1].text.lower()
        at = tok.idx
        fits = [
            (max(s for s, _ in a.mentions if s < at), a.id)
            for a in self.ctx.record.actors
            if a.type == "organisation"
            and (name in a.name.lower() or (sector == "LAB" and a.sector == "LAB"))
            and any(s < at for s, _ in a.mentions)
        ]
        if fits:
            return max(fits)[1]  # the one named last before: "the union" of the paragraph
        span = tok.doc[first : head.i + 1]
        return self._made("organisation", name, self.ctx.record.country, sector, span)

    def _made(
        self, kind: str, name: str, country: str | None, sector: str | None, span: Span
    ) -> str:
        """The actor of this kind and name the step already made, else a new one."""
        for a in self.ctx.record.actors:
            if a.type == kind and a.name == name:
                return a.id
        actor = Actor(
            id=f"A{len(self.ctx.record.actors) + 1}",
            type=kind,  # type: ignore[arg-type]
            name=name,
            country=country,
            sector=sector,
            mentions=[self.ctx.of(span)],
        )
        return self._register(actor)

    def named_person(self, tok: Token) -> str | None:
        """A person the NER names but the name step left out (a one-word name that is
        also a place, "Obama"): standing as a subject or object of an event it acts."""
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON":
            return None
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        if ent is None or ent.root.i != tok.i:
            return None
        name = ent.text
        if any(fold(p.name) == fold(name) for p in self.ctx.record.places):
            return None  # "flew to Chiang Rai", a place of the story, tagged PERSON
        for a in self.ctx.record.actors:
            if a.type == "person" and (a.name == name or name in a.aliases):
                return a.id
        actor = Actor(
            id=f"A{len(self.ctx.record.actors) + 1}",
            type="person",
            name=name,
            mentions=[self.ctx.of(ent)],
        )
        return self._register(actor)

    def body_actor(self, tok: Token) -> str:
        """An organisation for a phrase that can only name a body ("a spokesman for the
        port of Santos"), in the story's country."""
        name = phrase_name(tok)
        for a in self.ctx.record.actors:
            if a.type == "organisation" and a.name.lower() == name.lower():
                return a.id
        actor = Actor(
            id=f"A{len(self.ctx.record.actors) + 1}",
            type="organisation",
            name=name,
            country=self.ctx.record.country,
            mentions=[self.ctx.of(tok.doc[tok.left_edge.i : tok.i + 1])],
        )
        return self._register(actor)

    def org_actor(self, tok: Token) -> str:
        """An organisation named by a proper-noun modifier: "Treasury" in "a Treasury
        spokesman"; its country is the story's unless a demonym says otherwise."""
        name = " ".join(t.text for t in tok.subtree if t.dep_ != "det")
        key = org_key(name)
        for a in self.ctx.record.actors:
            # "An Allegis spokesman" after "Allegis Corp said": the company named before.
            if a.type == "organisation" and key in {org_key(n) for n in (a.name, *a.aliases)}:
                return a.id
        m = self.res.lex.orgs.match([fold(name)], 0)
        org = m[1] if m else None
        actor = Actor(
            id=f"A{len(self.ctx.record.actors) + 1}",
            type="organisation",
            name=getattr(org, "name", name),
            country=getattr(org, "code", None) or self.ctx.record.country,
            sector=getattr(org, "sector", None) or "GOV",
            mentions=[self.ctx.of(tok.doc[tok.left_edge.i : tok.right_edge.i + 1])],
        )
        return self._register(actor)

    def group_actor(self, tok: Token) -> str:
        """A collective actor ("protesters") with the country its modifiers or the story give."""
        code = None
        for c in tok.children:
            m = self.res.lex.demonyms.match([c.lower_], 0)
            if m:
                code = str(m[1])
        code = code or self.ctx.record.country
        # "the state highway police": the modifiers that say which body it is stay in the name.
        mods = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        # ... with their own modifiers ("ruling party lawmakers"), not numbers or articles
        first = min(
            (t.i for m in mods for t in m.subtree if t.dep_ != "det" and not t.like_num),
            default=tok.i,
        )
        name = tok.doc[first : tok.i + 1].text.lower() if mods else tok.lower_
        for a in self.ctx.record.actors:
            if a.type == "group" and a.name == name and a.country == code:
                a.mentions.append(self.ctx.of(tok.doc[tok.i : tok.i + 1]))
                return a.id
        m = self.res.lex.org_words.match([tok.lower_], 0) or self.res.lex.org_words.match([name], 0)
        actor = Actor(
            id=f"A{len(self.ctx.record.actors) + 1}",
            type="group",
            name=name,
            country=code,
            sector=str(m[1]) if m else GROUPS.get(tok.lemma_.lower()),
            mentions=[self.ctx.of(tok.doc[tok.i : tok.i + 1])],
        )
        return self._register(actor)

    def _register(self, actor: Actor) -> str:
        """Add an actor made by this step to the record and to every lookup that reads it."""
        self.ctx.record.actors.append(actor)
        self.actors[actor.id] = actor
        self.res.actors[actor.id] = actor
        return actor.id

    def country_actor(self, code: str) -> str:
        """The story's actor for a state, created when the story names it only as a place."""
        for a in self.ctx.record.actors:
            if a.type == "country" and a.country == code:
                return a.id
        gaz = gazetteer()
        actor = Actor(
            id=f"A{len(self.ctx.record.actors) + 1}",
            type="country",
            name=gaz.country_names.get(code, code),
            country=code,
        )
        return self._register(actor)

    def subjects(self, tok: Token) -> tuple[list[Token], bool]:
        """Subject tokens of a verb (climbing conj/xcomp), and whether the verb is passive."""
        cur = tok
        for _ in range(4):
            subj = [c for c in cur.children if c.dep_ in _SUBJ]
            if subj:
                # Only the trigger's own voice counts: in "Han is expected to visit", the
                # passive belongs to "expected" and Han is the one who visits.
                passive = cur.i == tok.i and (
                    any(c.dep_ == "nsubjpass" for c in subj)
                    or any(c.dep_ == "auxpass" for c in cur.children)
                )
                return subj, passive
            if cur.dep_ in {"conj", "xcomp", "advcl", "ccomp", "acomp"} and cur.head.i != cur.i:
                cur = cur.head
            elif cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ in {"VBD", "VBZ"}):
                # A relative clause's noun is its subject; so is the noun a finite verb was
                # misparsed under ("youths resorted to ...", "a group protested").
                return [cur.head], False
            elif (
                cur.dep_ == "acl"
                and cur.head.head.i != cur.head.i
                and cur.head.head.pos_ in {"VERB", "AUX"}
            ):
                cur = cur.head.head  # "issued a statement deploring ...": the issuer
            elif (
                cur.dep_ == "pcomp"
                and cur.head.dep_ == "prep"
                and cur.head.lower_ in _DOER_PREPS
                and cur.head.head.i != cur.head.i
                and not any(c.dep_ == "dobj" for c in cur.head.head.children)
            ):
                # "are guilty of violating the truce", "resorted to throwing stones": the
                # gerund's doer is the subject of the word its preposition hangs from —
                # unless that word has an object, who then does it ("accused Iraq of ...")
                cur = cur.head.head
            else:
                break
        return [], False

    def _pobjs(self, tok: Token, preps: frozenset[str]) -> list[Token]:
        out = []
        for c in tok.children:
            if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
                out.extend(g for g in c.children if g.dep_ == "pobj")
        return out

    def arguments(self, f: _Found) -> tuple[list[str], list[str]]:
        tok, args = f.tok, f.trig.args
        actors: list[str] = []
        recips: list[str] = []
        if tok.pos_ in {"NOUN", "PROPN"} and f.obj is None:
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                tok = tok.head  # "a mediation effort", "a protest march": the phrase's head
            poss = [c for c in tok.children if c.dep_ == "poss"]
            agents = {"of", "by"}
            if f.trig.category in _SPOKEN and "from" not in args:
                agents.add("from")  # "a warning from the unions", "an appeal from Lima"
            of = self._pobjs(tok, frozenset(agents))
            actors = self.resolve_all(poss or of)
            if not actors and not poss:
                # "a warning by Turkey", "a call from Lima": a state named as the agent
                actors = self.resolve_all(self._pobjs(tok, frozenset(agents - {"of"})), places=True)
            partner: list[Token] = []
            if not actors:
                gov = governing_word(tok)
                if (
                    gov.pos_ in {"VERB", "AUX"}
                    and gov.lemma_.lower() in LIGHT_VERBS
                    and tok.dep_ not in _SUBJ
                ):  # "the talks ended": the noun is no party
                    subj, passive = self.subjects(gov)
                    actors = self.resolve_all(subj)
                    # "engaged Filipino peacekeepers in a firefight": the light verb's own
                    # object is the other party of the event noun under it.
                    partner = [c for c in gov.children if c.dep_ == "dobj" and c.i != tok.i]
                    # "held a telephone call on Tuesday with his counterpart": the parser
                    # hangs the noun's own preposition on the light verb; it is still the
                    # noun's (a recipient or, for a meeting, the other side).
                    if tok.dep_ == "dobj":
                        partner += self._pobjs(gov, args)
            if not actors:
                # "Israeli air raids", "a Turkish offensive": the state a demonym names.
                owner = self._owner_state(tok)
                actors = [owner] if owner else []
            recips = self.resolve_all(self._pobjs(tok, args) + partner, places=True)
            if not actors and "recip" in args:
                # "talks between Ottawa and Paris", "negotiations held between X and Y": the
                # parties named after "between" are the meeting's own sides, with no owner
                between = self._pobjs(tok, frozenset({"between"})) + [
                    p
                    for c in tok.children
                    if c.dep_ == "acl"
                    for p in self._pobjs(c, frozenset({"between"}))
                ]
                pair = self.resolve_all(between, places=True)
                if len(pair) >= 2:
                    actors = pair
            if not actors and (
                f.trig.category in _CONFLICT | {"COOPERATE"} or ("recip" in args and recips)
            ):
                # "stressed in talks with Funaro": the one who met is the clause's subject
                actors = [a for a in self._clause_subject(tok) if a not in recips]
                f.weak = bool(actors)
        else:
            head = f.tok
            subj, passive = self.subjects(head)
            if any(t.lower_ in {"i", "we", "you"} for t in subj):
                speaker = self._first_person(f.tok, subj)
                if speaker is None:
                    return [], []  # first or second person outside a quote: no one to name
                subj = []
            else:
                speaker = None
            agent = self._pobjs(head, frozenset({"by"}))
            # Recipient-only coding needs a passive with no agent at all: "encouraged by the
            # outcome" names its cause, and "is committed to" states the subject's intent.
            f.passive = passive and not agent and "intent" not in args
            if passive:
                actors = self.resolve_all(agent)
                recips = self.resolve_all(subj)
            else:
                actors = self.resolve_all(subj) if speaker is None else [speaker]
            if "dobj" in args and not passive:
                recips += self.resolve_all(
                    [c for c in head.children if c.dep_ == "dobj"], places=True
                )
            recips += self.resolve_all(self._pobjs(head, args), places=True)
            if f.obj is not None:
                recips += self.resolve_all(self._pobjs(f.obj, args), places=True)
            if "intent" in args or head.pos_ == "ADJ":
                # "willing to work with Cambodia", "agreed to help Peru": the inner verb's
                # partner is the recipient of the intent.
                for inner in (c for c in head.children if c.dep_ in {"xcomp", "ccomp"}):
                    recips += self.resolve_all(
                        [c for c in inner.children if c.dep_ == "dobj"]
                        + self._pobjs(inner, frozenset({"with", "to", "for"})),
                        places=True,
                    )
                    for g in inner.children:
                        if g.dep_ == "dobj":
                            recips += self.resolve_all(
                                self._pobjs(g, frozenset({"with", "to", "for"})), places=True
                            )
            if not actors and "recip" in args:
                return [], []  # "we discussed them with Zeman": no known subject, no event
            actors = self._speaker_for_institution(head, actors)
        if "recip" in args and len(set(actors) | set(recips)) < 2:
            return [], []  # "officials, speaking to reporters": a meeting needs two sides
        if "host" in args and recips:
            actors, recips = recips, actors  # "X hosted Y": Y visits, X hosts
        if "recip" in args:
            actors += [r for r in recips if r not in actors]
            recips = []
        recips = [r for r in dict.fromkeys(recips) if r not in actors]
        return list(dict.fromkeys(actors)), recips

    def _quote_speaker(self, tok: Token) -> str | None:
        """'' when ``tok`` is inside a direct quote with no known speaker, the speaker's id
        when there is one, None outside quotes."""
        for s, e, who in self.quoted:
            if s <= tok.idx < e:
                return who or ""
        return None

    def _first_person(self, tok: Token, subj: list[Token]) -> str | None:
        """In a quote, "I" is its speaker and "we" the speaker's state or body ("We have
        asked Myanmar to ...", said a Thai spokeswoman: Thailand asked)."""
        who = self._quote_speaker(tok)
        if not who or who not in self.actors or any(t.lower_ == "you" for t in subj):
            return None
        a = self.actors[who]
        if (
            any(t.lower_ == "we" for t in subj)
            and a.type == "person"
            and a.country
            and a.country not in _NON_STATE
            and a.sector in {None, "GOV", "MIL", "COP"}
        ):
            return self.country_actor(a.country)
        return who

    def _clause_subject(self, tok: Token) -> list[str]:
        """The best actor for an event noun nobody is said to make: the subject of the
        clause it stands in ("youths threw stones during demonstrations", "thousands were
        converging for a rally"). Not when that clause's verb is itself an event ("Lebanon
        complained about the raids"): its subject is that event's actor, not this one's."""
        gov = governing_word(tok)
        if gov.pos_ not in {"VERB", "AUX"} or (self.match(gov) is not None and not _to_press(gov)):
            return []  # ("speaking to reporters after talks with X" is no event of its own)
        if tok.dep_ in {"nsubj", "nsubjpass"} or tok.head.dep_ in {"nsubj", "nsubjpass"}:
            return []  # the event noun is itself the subject ("the bombing killed ...")
        subj, passive = self.subjects(gov)
        if passive:
            return []
        return [a for a in self.resolve_all(subj) if self._political(a)]

    # -- flags ---------------------------------------------------------------------------
    def flags(self, tok: Token) -> tuple[str, bool, bool, bool]:
        """(tense, negated, hypothetical, historical) from the trigger and its governors.

        The chain climbs through control and coordination ("is expected to visit", "agreed
        and signed") and from an event noun to its verb, but never out of a reported
        clause: "said he would visit" is hypothetical because of "would", not "said".
        """
        chain = [tok]
        cur = tok
        while (
            cur.dep_ in {"xcomp", "conj", "acomp", "pobj", "prep", "dobj", "nsubjpass", "attr"}
            and cur.head.i != cur.i
            and len(chain) < 6
        ):
            cur = cur.head
            chain.append(cur)
        negators = [tok, tok.head] if tok.dep_ in {"xcomp", "acomp"} else [tok]
        if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass"}:
            negators.append(tok.head)  # "held no talks", "did not hold talks"
        neg = any(
            c.dep_ == "neg" or c.lower_ in {"no", "never"} for t in negators for c in t.children
        )
        hyp = future = past = False
        tensed = None
        for t in chain:
            auxes = [c for c in t.children if c.dep_ in {"aux", "auxpass"}]
            lowers = {a.lower_ for a in auxes}
            if lowers & MODALS:
                hyp = True
            if lowers & FUTURE_AUX:
                future = True
            if t.i != tok.i and verb_lemma(t) in HYPOTHETICAL_GOVERNORS:
                hyp = True
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in t.children):
                hyp = True
            if (
                tensed is None
                and t.pos_ in {"VERB", "AUX"}
                and (t.tag_ in {"VBD", "VBZ", "VBP", "MD"} or auxes)
            ):
                tensed = t
        if tensed is not None:
            auxes = [c for c in tensed.children if c.dep_ in {"aux", "auxpass"}]
            past = tensed.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)
        historical = (
            tok.pos_ == "NOUN" and tok.head.dep_ == "prep" and tok.head.lower_ in _HISTORICAL_PREPS
        )
        tense = "future" if future else ("past" if past or historical else "present")
        if hyp and not past:
            tense = "future"
        return tense, neg, hyp, historical

    # -- the pass ------------------------------------------------------------------------
    def find(self) -> list[Event]:
        found: list[_Found] = []
        absorbed: set[int] = set()
        for tok in self.doc:
            f = self.match(tok)
            if f is not None:
                found.append(f)
                if f.obj is not None:
                    absorbed.add(f.obj.i)
        by_tok = {f.tok.i: f for f in found}
        events: list[tuple[Event, bool]] = []
        referring: set[int] = set()  # "the strike", "his talks": nouns naming a known event
        for f in found:
            if f.tok.i in absorbed:
                continue
            gov = f.tok.head
            # "agreed to cooperate", "refused to meet", "urged X to support": a governing
            # trigger speaks for the infinitive under it — one event, the governor's.
            if (
                f.tok.dep_ in {"xcomp", "ccomp"}
                and gov.i in by_tok
                and gov.i != f.tok.i
                and not self._purpose_of(by_tok[gov.i], f)
            ):
                continue
            if (
                f.tok.dep_ == "xcomp"
                and gov.dep_ in {"xcomp", "ccomp"}
                and gov.i not in by_tok
                and gov.head.i in by_tok
                and by_tok[gov.head.i].trig.category == "AGREE"
            ):
                # "assured Moi it would continue to give support", "pledged to try to
                # help": an aspect verb between the promise and the act; one AGREE
                continue
            if any(
                self._purpose_of(f, by_tok[c.i])
                for c in f.tok.subtree
                if c.i in by_tok and c.i != f.tok.i
            ):
                continue  # "sent troops to occupy the ports": the seizure is the point
            if self._obliged(f.tok):
                continue  # "China must drop barriers": coded as the speaker's REQUEST
            category, mode = f.trig.category, f.trig.mode
            gl = gov.lemma_.lower()
            if f.tok.dep_ == "xcomp" and gl in CATEGORY_GOVERNORS and gov.i not in by_tok:
                category = CATEGORY_GOVERNORS[gl]
            if "intent" in f.trig.args:
                inner = next(
                    (c for c in f.tok.children if c.dep_ in {"xcomp", "ccomp"} and c.i in by_tok),
                    None,
                )
                inner_cat = by_tok[inner.i].trig.category if inner is not None else None
                if category == "THREATEN":
                    mode = mode or _threat_mode(inner_cat or "")
                elif inner_cat in _CONFLICT:
                    # "prepared to impose martial law" is a threat, not an offer
                    category, mode = "THREATEN", _threat_mode(inner_cat or "")
            before = len(self.ctx.record.actors)
            ev = self._build(f, category, mode)
            if ev is not None:
                events.append((ev, f.tok.pos_ == "NOUN" and f.obj is None))
                if (
                    f.tok.pos_ == "NOUN"
                    and f.obj is None
                    and any(
                        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss"
                        for c in f.tok.children
                    )
                ):
                    referring.add(id(ev))
            else:
                self._forget_actors(before)
        events.extend((ev, False) for ev in self._requests())
        events.extend((ev, False) for ev in self._judgements())
        events.extend((ev, False) for ev in self._stances([e for e, _ in events]))
        events.extend((ev, False) for ev in self._conditional_threats([e for e, _ in events]))
        kept = _dedupe(events)
        self._guest_roles(kept)
        self._implied_recipients(kept)
        kept = _drop_restated(kept, referring, {id(ev) for ev, noun in events if noun})
        for n, ev in enumerate(kept, 1):
            ev.id = f"E{n}"
        return kept

    def _guest_roles(self, events: list[Event]) -> None:
        """A meeting between the dateline's state and a foreign side is a visit by the
        foreigner ("Goria met Funaro" datelined Rome: Funaro came to Rome); so is one with
        a party the story has visiting elsewhere ("Funaro ... had earlier met Volcker").
        PLOVER codes visits with the visitor as actor and the host as recipient."""
        home = self.ctx.record.country
        touring = {
            a
            for ev in events
            if ev.category == "CONSULT" and ev.mode == "visit" and not ev.historical
            for a in ev.actors
        }
        for ev in events:
            if (
                ev.category != "CONSULT"
                or ev.recipients
                or ev.historical
                or ev.mode in {"phone", "multilateral", "visit"}
                or len(ev.actors) < 2
            ):
                continue
            codes = {a: self.actors[a].country for a in ev.actors if a in self.actors}
            if (
                len(codes) != len(ev.actors)
                or None in codes.values()
                or any(c in _NON_STATE for c in codes.values())
            ):
                continue
            guests = [a for a in ev.actors if codes[a] != home]
            hosts = [a for a in ev.actors if codes[a] == home]
            if not (home and hosts and guests):
                guests = [a for a in ev.actors if a in touring]
                hosts = [a for a in ev.actors if codes[a] not in {codes[g] for g in guests}]
            if guests and hosts and len({codes[g] for g in guests}) == 1:
                ev.actors, ev.recipients, ev.mode = guests, hosts, "visit"

    @staticmethod
    def _purpose_of(mobilize: _Found, inner: _Found) -> bool:
        """Forces sent to do a coercive or violent act ("sent troops to occupy the
        refineries"): the act is what the sentence reports, the sending its means."""
        return (
            mobilize.trig.category == "MOBILIZE"
            and inner.trig.category in {"COERCE", "ASSAULT"}
            and inner.tok.dep_ in {"xcomp", "advcl", "relcl", "acl"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.tok.children)
            and inner.tok.head.i
            in {mobilize.tok.i} | ({mobilize.obj.i} if mobilize.obj is not None else set())
        )

    def _implied_recipients(self, events: list[Event]) -> None:
        """A directed act with no recipient in its clause ("Athens had demanded that the ship
        be withdrawn", "Minsk rejected the accusations") is aimed at the other side of the
        story: the other party named in its sentence, else the story's most-mentioned
        state or body other than the actor's own (PLOVER codes the dyad, not the clause)."""
        weight: dict[str, int] = {}
        for a in self.ctx.record.actors:
            if a.country:
                weight[a.country] = weight.get(a.country, 0) + max(1, len(a.mentions))
        for p in self.ctx.record.places:
            if p.country:
                weight[p.country] = weight.get(p.country, 0) + len(p.mentions)
        for t in self.doc:  # "Belarusian diplomats", "the Greek position"
            m = self.res.lex.demonyms.match([t.lower_], 0)
            if m and t.ent_type_ in {"NORP", "GPE"}:
                weight[str(m[1])] = weight.get(str(m[1]), 0) + 1
        for ev in events:
            if ev.recipients or ev.category not in _DIRECTED or not ev.actors:
                continue
            own = {self.actors[a].country for a in ev.actors if a in self.actors}
            if len(own - {None}) >= 2 and ev.category in _COOPERATIVE_ACTS:
                continue  # "Kang and her Japanese counterpart agreed": between the two
            if None in own:
                if ev.category == "PROTEST":
                    self._home_protest(ev)  # protesters of no named state, where they are
                continue  # an actor of unknown side: no counterpart to infer
            s, e = ev.span
            near = [
                a
                for a in self.ctx.record.actors
                if a.country
                and a.country not in own
                and a.id not in ev.actors
                and a.sector != "MED"
                and (a.type != "person" or a.role or a.sector)
                and any(s <= m[0] < e for m in a.mentions)
            ]
            if near:
                best = max(near, key=lambda a: (a.type == "country", weight[a.country]))
                ev.recipients = [best.id]
                continue
            if ev.category == "PROTEST" and self._home_protest(ev):
                # Strikes and demonstrations by a state's own people at home, with no other
                # side in sight, are aimed at its government (strikers -> their state).
                continue
            ranked = sorted((c for c in weight if c not in own), key=lambda c: -weight[c])
            if ranked and weight[ranked[0]] >= _MIN_COUNTERPART:
                ev.recipients = [self._party_of(ranked[0])]

    def _home_protest(self, ev: Event) -> bool:
        """Aim a protest by a state's own non-official people, at home, at that state, and
        one by people of no named state at the state where it takes place."""
        s, e = ev.span
        if any(
            t.lemma_.lower() in _DIPLOMATIC_VENUES
            for t in self.doc.char_span(s, e, alignment_mode="expand") or ()
        ):
            return False  # a demonstration outside a consulate is aimed at its state
        people = [self.actors[a] for a in ev.actors if a in self.actors]
        codes = {a.country for a in people}
        code = next(iter(codes)) if len(codes) == 1 else None
        if codes == {None}:
            code = ev.country  # "hundreds of migrants marched through Tapachula": of no
            # state the story names, protesting where they are
        if (
            not code
            or code in _NON_STATE
            or code != (ev.country or code)
            or not all(
                a.type in {"group", "person", "organisation"}
                and a.sector not in {"GOV", "MIL", "COP", "JUD", "LEG"}
                for a in people
            )
        ):
            return False
        ev.recipients = [self.country_actor(code)]
        return True

    def _party_of(self, code: str) -> str:
        """The actor that stands for a side: its state, or the most-mentioned body of an
        international or non-state side (the EC, the IMF)."""
        if code in _NON_STATE:
            return max(
                (a for a in self.ctx.record.actors if a.country == code),
                key=lambda a: len(a.mentions),
            ).id
        return self.country_actor(code)

    def _forget_actors(self, keep: int) -> None:
        """Drop actors created while arguing a candidate event that was then not coded."""
        for a in self.ctx.record.actors[keep:]:
            self.actors.pop(a.id, None)
            self.res.actors.pop(a.id, None)
        del self.ctx.record.actors[keep:]

    def _obliged(self, tok: Token) -> bool:
        """A clause like 'X must/should <act>' under a verb of saying."""
        verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
        if not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children):
            return False
        return verb.dep_ in {"ccomp", "acl"} and verb.head.lemma_.lower() in _DECLARE

    def _requests(self) -> list[Event]:
        """'The administration declared that China must drop barriers': REQUEST by the
        speaker of the one who must act (PLOVER: demands made in statements)."""
        out = []
        for verb in self.doc:
            if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"ccomp", "acl"}:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children):
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            gov = verb.head
            if gov.lemma_.lower() not in _DECLARE:
                continue
            if gov.pos_ == "NOUN":  # "issued a reminder to Iraq that it must ..."
                gov = gov.head
            subj, _ = self.subjects(gov)
            target = [c for c in verb.children if c.dep_ in _SUBJ]
            actors = self.resolve_all(subj)
            recips = [r for r in self.resolve_all(target, places=True) if r not in actors]
            if not actors or not recips:
                continue
            tense, _, _, _ = self.flags(gov)
            out.append(
                self._sentence_event(
                    "REQUEST",
                    verb,
                    actors,
                    recips,
                    f"{gov.text} ... {verb.text}",
                    # "staged rallies, saying he must resign": said in passing, the demand
                    # ranks below the act the sentence reports
                    0.6 if gov.dep_ == "advcl" else 0.7,
                    tense=tense,
                )
            )
        return out

    def _stances(self, coded: list[Event]) -> list[Event]:
        """What one side says it wants of another (stances.tsv) is PLOVER's REQUEST:
        "Washington wants Tokyo to open its markets", "the EC ministers said they expect
        Japan to open up its market" (the one who wants asks the one who is to act);
        "Argentina was seeking 2.15 billion dlrs credit" asks the party after "from", else
        the story's other side (filled in later, as for every directed act). The asker
        must be political and a named other party must be too: traders expecting prices
        to rise and a company seeking a loan are commerce, not demands."""
        verbs, asked = stances()
        out: list[Event] = []
        for verb in self.doc:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in verb.children):
                continue
            category, mode, target = None, None, []
            if (lemma, "other_to") in verbs:
                inner = next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ in {"ccomp", "xcomp"}
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    ),
                    None,
                )
                if inner is not None:
                    # "wants Tokyo to open": Tokyo is the infinitive's subject (ccomp) or
                    # the wanting verb's object (xcomp), as the parser has it.
                    target = [c for c in inner.children if c.dep_ in _SUBJ] or [
                        c for c in verb.children if c.dep_ == "dobj" and inner.dep_ == "xcomp"
                    ]
                    if target:
                        category = verbs[(lemma, "other_to")]
            if category is None and (lemma, "object") in verbs:
                for o in (c for c in verb.children if c.dep_ == "dobj"):
                    # "credit", "a higher subsidy offer", "300 mln dlrs of credit": the head,
                    # a compound or the measured noun names it
                    heads = [
                        g
                        for h in _object_heads(o)
                        for g in (h, *(c for c in h.children if c.dep_ == "compound"))
                    ]
                    if o.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in o.children):
                        heads += self._pobjs(o, frozenset({"of", "in"}))  # "300 mln dlrs of"
                    hit = next(
                        (asked[h.lemma_.lower()] for h in heads if h.lemma_.lower() in asked),
                        None,
                    )
                    if hit is not None:
                        category, mode = hit[0], hit[1] or None
                        target = self._pobjs(verb, frozenset({"from"})) + self._pobjs(
                            o, frozenset({"from"})
                        )
                        break
            if category is None:
                continue
            if any(t.lower_ in _NOT_ACTORS for t in target):
                continue  # "expected it to go up": a forecast about a thing
            # The wanting verb's own subject (through "and" and infinitives: "Peru wants to
            # double exports and is seeking approval"), not one borrowed from a governing
            # noun: in "rejected a petition seeking relief" the rejecting side seeks nothing.
            clause = verb
            while clause.dep_ in {"conj", "xcomp"} and not any(
                c.dep_ in _SUBJ for c in clause.children
            ):
                clause = clause.head
            subj = [c for c in clause.children if c.dep_ in _SUBJ]
            if not subj or any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children):
                continue
            if any(t.lower_ in {"i", "we"} for t in subj):
                who = self._first_person(verb, subj)
                actors = [who] if who else []
            else:
                actors = self.resolve_all(subj)
            if not actors and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _DECLARE:
                # "the ministers said they expect Japan to ...": the speaker wants it
                actors = self.resolve_all(self.subjects(verb.head)[0])
            if not actors or not all(self._a_side(a) for a in actors):
                continue
            recips = [r for r in self.resolve_all(target, places=True) if r not in actors]
            if target and not (recips and all(self._a_side(r) for r in recips)):
                continue  # "expect prices to rise": no one is asked
            if any(
                e.category == category
                and set(e.actors) & set(actors)
                and e.span == self.ctx.of(verb.sent)
                for e in coded + out
            ):
                continue  # already coded from its own trigger ("urged Tokyo to ...")
            tense, _, _, _ = self.flags(verb)
            ev = self._sentence_event(category, verb, actors, recips, verb.text, 0.6, tense=tense)
            ev.mode = mode
            out.append(ev)
        return out

    def _judgements(self) -> list[Event]:
        """Statements that judge another party's act (judgements.tsv): "Yeutter said
        Canada's finding was totally unjustified" is Yeutter's ACCUSE of Canada; "the
        ministers said they were very disturbed by the U.S. moves" the ministers' of the
        United States; "said the expulsions were welcome" a SUPPORT. Both parties must be
        actors of the story: judging prices or weather is nobody's event."""
        table = judgements()
        out = []
        for word in self.doc:
            entry = table.get(word.lower_) or table.get(word.lemma_.lower())
            if entry is None:
                continue
            category, kind = entry
            felt = kind == "feeling" and any(c.dep_ == "nsubjpass" for c in word.children)
            if felt:
                verb = word  # "they were disturbed by ...": the participle is the verb
            elif word.dep_ in {"acomp", "oprd"}:
                verb = word.head
            else:
                continue  # "an unfair price" names a thing; it judges no one
            if any(c.dep_ == "neg" for c in (*verb.children, *word.children)):
                continue  # "is not unfair" clears
            judged = [c for c in verb.children if c.dep_ in _SUBJ | {"dobj"}]
            if kind == "feeling":
                # The one who feels judges; what caused it is judged ("by the moves",
                # "at the decision", "that the Commission would propose ...").
                judges = [c for c in verb.children if c.dep_ in _SUBJ]
                causes = [
                    g
                    for c in word.children
                    if (c.dep_ == "prep" and c.lower_ in {"by", "at", "over", "with"})
                    or c.dep_ == "agent"
                    for g in c.children
                    if g.dep_ == "pobj"
                ] + [
                    s
                    for c in word.children
                    if c.dep_ == "ccomp"
                    for s in c.children
                    if s.dep_ in _SUBJ
                ]
                actors = self.resolve_all(judges)
                if not actors and verb.dep_ == "ccomp":
                    actors = self.resolve_all(self.subjects(verb.head)[0])
                recips = self.resolve_all(causes, places=True)
                gov = verb.head if verb.dep_ == "ccomp" else verb
            else:
                # "said X was unjustified" (verb is the copula under "said"), "called X
                # unacceptable" (X is the object of "called").
                gov = verb.head if verb.dep_ == "ccomp" else verb
                if verb.dep_ == "ccomp" and gov.lemma_.lower() in _DECLARE:
                    speaker = gov
                elif verb.lemma_.lower() in {"call", "describe", "term", "consider", "find"}:
                    speaker = verb
                else:
                    continue
                actors = self.resolve_all(self.subjects(speaker)[0])
                recips = self.resolve_all(judged if speaker is verb else judged[:1], places=True)
                gov = speaker
            recips = [r for r in recips if r not in actors]
            if not actors or not recips:
                continue
            if not any(self._political(a) for a in actors + recips):
                continue
            tense, _, hyp, _ = self.flags(gov)
            out.append(
                self._sentence_event(
                    category,
                    word,
                    actors,
                    recips,
                    f"{gov.text} ... {word.text}",
                    0.6,
                    tense=tense,
                    hypothetical=hyp,
                )
            )
        return out

    def _sentence_event(
        self,
        category: str,
        verb: Token,
        actors: list[str],
        recips: list[str],
        trigger: str,
        confidence: float,
        tense: str | None,
        hypothetical: bool = False,
    ) -> Event:
        """An event read from a whole sentence rather than from one trigger (a demand from
        "must", a threat from "if ... we will"): dated and placed as the story, with the
        contexts of its verb."""
        sent = verb.sent
        return Event(
            id="",
            category=category,
            actors=actors,
            recipients=recips,
            date=self.ctx.record.date,
            place=self.ctx.record.place,
            country=self.ctx.record.country,
            text=sent.text.strip(),
            span=self.ctx.of(sent),
            tense=tense,  # type: ignore[arg-type]
            hypothetical=hypothetical,
            contexts=self._topics(_Found(verb, Trigger(category, None, frozenset())))[0],
            trigger=trigger,
            confidence=confidence,
        )

    def _conditional_threats(self, coded: list[Event]) -> list[Event]:
        """A hostile consequence announced for a condition is PLOVER's THREATEN, whatever
        the verb: "said that if Congress passed the bill, the EC would retaliate", "we will
        hinder it if the ship sails", "would leave us no choice but to react". The speaker
        (the subject of the verb of saying, or the quote's speaker) threatens; the subject
        of the condition is the one threatened, else the story's other side (filled in
        later, as for every directed act)."""
        cues = threat_cues()
        econ = economic_objects()
        out: list[Event] = []
        for verb in self.doc:
            if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in verb.children):
                continue
            cond = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
                ),
                None,
            )
            objs = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "attr", "dative"}]
            objs += [g for c in objs for g in c.children if g.dep_ in {"dobj", "conj"}]
            no_choice = verb.lemma_.lower() == "leave" and any(
                cues.get(o.lemma_.lower()) == "no_choice"
                and any(d.lower_ == "no" for d in o.children)
                for o in objs
            )
            if not no_choice:
                if cond is None or not any(
                    c.dep_ == "aux" and c.lower_ in MODALS | FUTURE_AUX for c in verb.children
                ):
                    continue  # a condition with a plain past ("if it rained, they stayed")
                heads = [verb, *objs]
                if not any(cues.get(h.lemma_.lower()) == "consequence" for h in heads):
                    continue  # "if talks succeed, they will sign": a promise, not a threat
                if any(h.lemma_.lower() in econ for h in heads):
                    continue  # "would cut output if prices fall": a market move
            actors = self._threatener(verb, objs)
            if not actors or not any(self._political(a) for a in actors):
                continue
            sent = verb.sent
            if any(
                e.category == "THREATEN"
                and set(e.actors) & set(actors)
                and self.ctx.of(sent) == e.span
                for e in coded + out
            ):
                continue  # already coded from its own trigger ("threatened to", "warned")
            target = [c for c in cond.children if c.dep_ in _SUBJ] if cond is not None else []
            recips = [
                r
                for r in self.resolve_all(target, places=True)
                if r not in actors and self._political(r)
            ]
            out.append(
                self._sentence_event(
                    "THREATEN",
                    verb,
                    actors,
                    recips,
                    f"{cond.text if cond is not None else 'no'} ... {verb.text}",
                    0.65,
                    tense="future",
                    hypothetical=True,
                )
            )
        return out

    def _threatener(self, verb: Token, objs: list[Token]) -> list[str]:
        """Who announces a conditional consequence: the subject of the verb of saying that
        reports it, or the speaker of the quote it stands in ("us" and "we" there are the
        speaker's state). A state or body that is the consequence's own subject ("said
        Thailand would consider closing the border if ...") is the one threatening."""
        clause = verb
        while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children):
            clause = clause.head  # "the U.S. will examine it and ... will evaluate responses"
        own = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in {"we", "i"}]
        mine = [
            a
            for a in self.resolve_all(own)
            if self.actors[a].type != "person" and self._political(a)
        ]
        if mine:
            return mine
        firsts = [
            t
            for t in [*objs, *(c for c in verb.children if c.dep_ in _SUBJ)]
            if t.lower_ in {"we", "us"}
        ]
        if firsts:
            who = self._first_person(verb, [firsts[0]])
            if who and firsts[0].lower_ == "us":
                a = self.actors[who]  # "leave us no choice": the speaker's state, as for "we"
                if (
                    a.type == "person"
                    and a.country
                    and a.country not in _NON_STATE
                    and a.sector in {None, "GOV", "MIL", "COP"}
                ):
                    who = self.country_actor(a.country)
            if who:
                return [who]
        cur = verb
        while cur.dep_ in {"conj", "xcomp", "ccomp"} and cur.head.i != cur.i:
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in _DECLARE | _PROMISE:
                subj, passive = self.subjects(cur.head)
                if passive:
                    return []
                return self.resolve_all(subj)
            cur = cur.head
        speaker = self._quote_speaker(verb)
        if speaker:
            return [speaker]
        if speaker is None and verb.dep_ == "ROOT":
            subj, passive = self.subjects(verb)
            return [] if passive else self.resolve_all(subj)
        return []

    def _political(self, actor_id: str) -> bool:
        """Whether an actor can make a political event: states, officials, armed forces,
        courts, parties, international bodies, rebels, protesters, unions, NGOs. People
        whose role the story does not give count too (the story chose to report them)."""
        a = self.actors[actor_id]
        if a.type == "country" or a.country in {"IGO", "UNO", "EUR", "NGO"}:
            return True
        if a.sector in POLITICAL_SECTORS:
            return True
        if a.type == "group" and a.country:
            return True  # "ethnic Turks", "Palestinian youths": people of a state acting
        return a.type == "person" and a.sector is None and a.role is None

    def _a_side(self, actor_id: str) -> bool:
        """Whether an actor is a side whose wishes are demands: a state, an international
        body, officials, legislators, parties, unions, rebels, or a state's people named
        as such ("the Soviets"). Stricter than ``_political``: an editor who "expects OPEC
        to meet" forecasts, and a company "seeking approval" does business."""
        a = self.actors[actor_id]
        if a.type == "country" or a.country in {"IGO", "UNO", "EUR"}:
            return True
        if a.sector in _SIDES:
            return True
        return (
            a.type == "group"
            and a.sector is None
            and bool(self.res.lex.demonyms.match([a.name.lower().removesuffix("s")], 0))
        )

    def _commercial(self, f: _Found) -> bool:
        """An event whose object is goods, prices or contracts is business, not politics.

        Light-verb patterns ("hold talks") are exempt: their object is the event itself."""
        if f.obj is not None:
            return False
        econ = economic_objects()
        tok = f.tok
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ in {"amod", "acl"}:
            objs.append(tok.head)  # "suspended interest payments" parsed as a modifier
        if tok.pos_ == "NOUN":
            objs = [c for c in tok.children if c.dep_ in {"compound", "amod"}] + [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        if self._between_states(tok):
            return False  # "the U.S. granted Argentina a bridge loan": aid, not a trade
        for o in objs:
            if o.lemma_.lower() in _DEMAND_NOUNS and (
                f.trig.category in {"REJECT", "CONCEDE"}
                or any(c.dep_ == "poss" for c in o.children)
                or any(
                    c.dep_ in {"acl", "relcl"}
                    and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                    for c in o.children
                )
            ):
                # "rejected the demand to reverse the increase", "rejected the union's
                # demand": someone's demand, or one rejected or given in to, is a call for
                # action, not demand for goods
                continue
            if any(
                g.lemma_.lower() in self.t.nouns
                for c in o.children
                if c.dep_ == "prep" and c.lower_ in {"for", "of", "on"}
                for g in c.children
                if g.dep_ == "pobj"
            ):
                continue  # "an offer of talks", "a proposal for a ceasefire": politics
            heads = [o] + [c for c in o.children if c.dep_ in {"compound", "amod"}]
            heads += [
                g
                for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if any(h.lemma_.lower() in econ for h in heads):
                return True
        return False

    def _between_states(self, tok: Token) -> bool:
        """A verb whose subject and indirect object are both states or international bodies."""

        def states(toks: list[Token]) -> bool:
            ids = self.resolve_all([t for t in toks if t.pos_ == "PROPN"], places=True)
            return bool(ids) and all(
                self.actors[a].type == "country" or self.actors[a].country in _NON_STATE
                for a in ids
            )

        subj, _ = self.subjects(tok)
        return states(subj) and states([c for c in tok.children if c.dep_ == "dative"])

    def _build(self, f: _Found, category: str, mode: str | None) -> Event | None:
        if self._commercial(f) and not self.given:
            return None
        if f.tok.lemma_.lower() in _QUESTION_VERBS and _asks_a_question(f.tok):
            return None  # "Asked whether OPEC would meet, he said": a question, no demand
        if mode == "resign" and f.tok.pos_ == "NOUN" and _demanded(f.tok):
            return None  # "called for the resignation of X": X has not resigned
        if (
            category == "THREATEN"
            and f.tok.pos_ == "VERB"
            and f.tok.lemma_.lower() in _WARN_VERBS
            and not any(c.dep_ in {"ccomp", "xcomp"} for c in f.tok.children)
        ):
            heads = [f.tok, *(c for c in f.tok.children if c.dep_ == "dobj")]
            preps = {c.lower_ for h in heads for c in h.children if c.dep_ == "prep"}
            warned_of = {
                g.lemma_.lower()
                for h in heads
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in {"about", "of"}
                for g in c.children
                if g.dep_ == "pobj"
            }
            if preps & {"about", "of"} and not warned_of & set(threat_cues()):
                # "warned about the network": a danger pointed out, no threat; "warned
                # Georgia of serious consequences", "of retaliation" announces one
                return None
            if "against" in preps:
                # "warned the hierarchy against dissent": an appeal to refrain (CAMEO 02),
                # not a threat — nothing is announced to happen if it is ignored
                category, mode = "REQUEST", None
        if category == "ASSAULT" and verb_lemma(f.tok) in _VERBAL_ATTACKS and f.obj is None:
            targets = [c for c in f.tok.children if c.dep_ == "dobj"] + [
                g
                for c in f.tok.children
                if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if targets and all(t.lemma_.lower() in _POLICY_NOUNS for t in targets):
                category, mode = "ACCUSE", None  # "attacked the fiscal policy": criticism
        quoted = self._quote_speaker(f.tok) is not None
        if category == "REJECT" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT for c in f.tok.children
        ):
            return None  # "declined to comment" rejects nothing
        actors, recips = self.arguments(f)
        if self.given:
            pass  # a known event: its parties may be unnamed or unknown to the lexicons
        elif not actors and not (recips and (f.trig.category in _MATERIAL_CONFLICT or f.passive)):
            # No one acted: not an event we can code — unless the one acted upon is named
            # ("a journalist was killed", "Iraq was urged to comply"): the act is clear.
            return None
        elif not any(self._political(a) for a in actors + recips) and not (
            category == "PROTEST"
            and any(self.actors[a].type in {"group", "person"} for a in actors)
        ):
            # Companies and traders among themselves: commerce, not an event. People who
            # demonstrate, strike or riot are political actors whoever they are.
            return None
        if category == "CONSULT" and any(
            self.actors[a].type == "group"
            and self.actors[a].name.split()[-1].rstrip("s") in _PRESS_AUDIENCE
            for a in actors + recips
        ):
            return None  # "speaking to reporters": a statement to the press, not a meeting
        if verb_lemma(f.tok) in _ASSURE and not any(c.dep_ == "dobj" for c in f.tok.children):
            return None  # "assured that the city is ready": a statement; its clause is coded
        if (
            category == "AGREE"
            and recips
            and all(
                self.actors[r].type == "group"
                and self.actors[r].name.split()[-1].rstrip("s") in _PRESS_AUDIENCE
                for r in recips
            )
        ):
            return None  # "assured reporters that ...": a statement, no one is promised
        if mode == "investigate" and not recips and not self._inquiry_body(actors):
            # "investigating the cause of the crash": no one is accused — unless a court,
            # government or international body opens it ("the high court opened a hearing
            # into the legality of interrogations"): an official inquiry is CAMEO 09 itself
            return None
        governing = bool(actors) and all(
            self.actors[a].type == "country" or self.actors[a].sector == "GOV" for a in actors
        )
        states = governing and all(self.actors[a].type != "person" for a in actors)
        if category == "PROTEST" and mode == "demo" and governing:
            category, mode = "ACCUSE", None  # governments protest by note, not in the street
        elif category == "PROTEST" and mode == "obstruct" and states:
            # "the regime blocked access to the sites": a state closing passage restricts
            # (CAMEO 191, PLOVER COERCE restrict); obstruction as protest is the public's
            category, mode = "COERCE", "restrict"
        if (
            category == "RETREAT"
            and (mode == "withdraw" or verb_lemma(f.tok) == "quit")
            and self._left_body(f.tok)
        ):
            # "pulled out of the treaty", "quit the alliance": leaving a body, pact or talks
            # reduces relations (CAMEO 16, PLOVER SANCTION withdraw); leaving ground is RETREAT
            category = "SANCTION"
        if (
            category == "PROTEST"
            and mode == "strike"
            and f.tok.pos_ == "VERB"
            and f.obj is None
            and any(c.dep_ == "dobj" for c in f.tok.children)
            and not any(self.actors[a].sector == "LAB" for a in actors)
        ):
            # "drones struck a convoy": a strike on a target; workers who strike a plant
            # walk out of it
            category, mode = "ASSAULT", None
        if mode == "release" and f.tok.pos_ == "VERB" and self._released_things(f.tok):
            return None  # "released the report", "the estimate will be released": no captive
        if (
            category == "COOPERATE"
            and mode == "military"
            and len(actors) < 2
            and not recips
            and not any(c.lower_ in _JOINT for c in f.tok.subtree)
        ):
            # PLOVER MOBILIZE: "single-country exercises should be coded as MOBILIZE"
            category, mode = "MOBILIZE", "troops"
        if category == "ASSAULT" and not recips and _into_the_sea(f.tok):
            # "fired two ballistic missiles into the East Sea": a launch at no one is a
            # show of arms (PLOVER MOBILIZE, mode weapons), not an attack
            category, mode = "MOBILIZE", "weapons"
        if (
            category == "PROTEST"
            and f.tok.pos_ == "VERB"
            and any(c.dep_ == "ccomp" for c in f.tok.children)
        ):
            # "protested that the ban was illegal": a protest in words, not in the street
            # (CAMEO 11, disapprove; PLOVER ACCUSE)
            category, mode = "ACCUSE", None
        forces = self._forces(f)
        if forces == "other" and category == "MOBILIZE" and f.obj is None:
            return None  # "mobilized pressure groups", "deployed its resources": no forces
        if (
            category == "CONSULT"
            and mode == "visit"
            and forces in {"troops", "peacekeepers"}
            and verb_lemma(f.tok) in _MOTION
        ):
            # "troops arrived in Bosnia": forces on the move are no visit; peacekeepers
            # arriving are protection given (CAMEO 074, PLOVER AID), others a deployment
            category, mode = ("AID", None) if forces == "peacekeepers" else ("MOBILIZE", "troops")
        elif category == "MOBILIZE" and forces == "peacekeepers":
            category, mode = "AID", None  # "deployed peacekeepers": PLOVER AID (CAMEO 074)
        tense, neg, hyp, hist = self.flags(f.tok)
        if category in _INTENDED and tense == "present" and not hist and self._dated_ahead(f.tok):
            # "begins a visit on Tuesday", "when the two meet next month": a cooperative act
            # dated after the story is announced, future like "will visit"
            tense = "future"
        if category == "CONSULT" and "recip" in f.trig.args:
            actors, recips, visit = self._visit_roles(f, actors, recips)
            if visit:
                mode = "visit"
        if category == "CONSULT" and mode == "visit" and actors and not recips:
            host = self._visited_state(f, actors)
            recips = [host] if host else recips
        if category == "CONSULT" and mode is None and self._phone(f.tok):
            mode = "phone"
        if category in _CONFLICT and (tense == "future" or hyp) and not neg and not hist:
            # PLOVER: a conflictual act announced or conditional is a THREATEN, coded as the
            # single category rather than the act plus a hypothetical flag.
            category, mode = "THREATEN", _threat_mode(category)
        if quoted and category not in _QUOTABLE:
            # Inside a direct quote: the speaker's words are coded as a quote. Events there
            # mostly restate the story's own ("I would propose cooperation ...") or recall
            # the speaker's past ("we discussed them with President Zeman"); only a quote
            # that is itself a demand, threat or accusation is an event (annotation guide).
            return None
        if neg and category == "REJECT" and self._force_kept_open(f.tok):
            # "did not rule out the use of force": keeping a hostile option open is a
            # threat (CAMEO 13), not a rejection that did not happen
            category, mode, neg, hyp = "THREATEN", "violence", False, True
        if (
            neg
            and category in _INTENDED | {"AGREE"}
            and not hist
            and (tense == "future" or self._reported_would(f.tok))
        ):
            # "will not negotiate with Ankara", "said it would not meet the rebels": a
            # refusal announced, coded REJECT (CAMEO 12) rather than a negated meeting
            category, mode, neg = "REJECT", _reject_mode(category), False
        if (
            category in _INTENDED
            and mode != "resign"
            and ((tense == "future" and not hyp) or self._reported_would(f.tok))
        ):
            # PLOVER manual, AGREE: cooperative actions reported in the future tense ("will
            # provide", "will sign") express intent and are coded AGREE; so are yielding
            # acts announced for later ("said it would allow", "will release": CAMEO 035).
            # A resignation announced ("will step down", "would announce his resignation")
            # stays RETREAT resign: it is the leader's own exit, not an offer to a party.
            category, mode = "AGREE", None
        sent = f.tok.sent
        date, place, country = self._when_where(f, tense == "future", hist)
        if not hist and tense == "past" and _background(date, self.ctx.record.date):
            hist = True  # "She visited Makassar in 2022": background to a 2024 story
        if mode == "visit":
            # A visit happens where the host is: "the visit of Zeman to Kazakhstan".
            host = next((self.actors[r] for r in recips if self.actors[r].type == "country"), None)
            if host is not None:
                place, country = host.name, host.country
        if category == "PROTEST" and not recips and actors and country:
            # A protest with no target named is aimed at the government of the state it
            # takes place in (the ICEWS/POLECAT convention for domestic dissent), unless it
            # is held at a foreign mission or by a state itself; this comes before the
            # story-level guess of the other side, which a foreign party in the sentence
            # would win ("fishermen in Rameswaram struck over Sri Lanka's arrests" -> India).
            own = {self.actors[a].country for a in actors if a in self.actors}
            venue = any(t.lemma_.lower() in _DIPLOMATIC_VENUES for t in sent)
            if (
                not venue
                and all(self.actors[a].type != "country" for a in actors)
                and own <= {country, None}
            ):
                recips = [self.country_actor(country)]
        contexts, topics = self._topics(f)
        light = f.tok.pos_ == "NOUN" and f.tok.head.lemma_.lower() in LIGHT_VERBS
        conf = 0.85 if f.obj is not None else (0.8 if f.tok.pos_ != "NOUN" or light else 0.7)
        if not recips and f.trig.args - {"recip", "intent"}:
            conf -= 0.1
        if f.weak or not actors:
            conf -= 0.1  # a guessed or missing actor: rank below events with a known one
        clause = f.tok if f.tok.pos_ != "NOUN" else f.tok.head
        if clause.dep_ == "ROOT" or (
            clause.head.dep_ == "ROOT" and clause.dep_ in {"dobj", "xcomp"}
        ):
            conf += 0.05  # the sentence's main clause: what the sentence reports
        elif clause.dep_ in {"advcl", "relcl", "acl", "pcomp", "amod"}:
            conf -= 0.1  # a clause or participle aside ("the besieged town")
        return Event(
            id="",
            category=category,
            mode=mode,
            actors=actors,
            recipients=recips,
            date=date,
            place=place,
            country=country,
            text=sent.text.strip(),
            span=self.ctx.of(sent),
            tense=tense,
            negated=neg,  # type: ignore[arg-type]
            hypothetical=hyp,
            historical=hist,
            contexts=contexts,
            topics=topics,
            trigger=f.tok.text if f.obj is None else f"{f.tok.text} {f.obj.text}",
            confidence=round(conf, 2),
        )

    @staticmethod
    def _released_things(tok: Token) -> bool:
        """Whether what a release verb frees is documents, figures or goods, not people."""
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if tok.dep_ in {"amod", "acl"}:
            objs.append(tok.head)
        return bool(objs) and all(
            o.lemma_.lower() in _RELEASED_THINGS or o.lemma_.lower() in economic_objects()
            for o in objs
        )

    @staticmethod
    def _left_body(tok: Token) -> bool:
        """Whether a withdrawal leaves a body, pact or talks rather than ground."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [
            g
            for c in tok.subtree
            if c.dep_ == "prep" and c.lower_ in {"from", "of"} and c.head.i in {tok.i}
            for g in c.children
            if g.dep_ == "pobj"
        ]
        objs += [
            g
            for c in tok.children
            if c.dep_ in {"prt", "advmod", "prep"}  # "pulled out of": "out" read as a prep
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in {"from", "of"}
            for g in p.children
            if g.dep_ == "pobj"
        ]
        return any(o.lemma_.lower() in _BODY_NOUNS for o in objs)

    def _inquiry_body(self, actors: list[str]) -> bool:
        """Whether the actors are a body whose inquiries are official acts."""
        return any(
            self.actors[a].sector in {"JUD", "GOV", "LEG", "COP"}
            or self.actors[a].country in {"IGO", "UNO"}
            or self.actors[a].type == "country"
            for a in actors
        )

    @staticmethod
    def _forces(f: _Found) -> str | None:
        """What the moving or mobilised party is: "peacekeepers", other armed "troops",
        "other" (a thing or people that are no force: "mobilized pressure groups"), or None
        when the trigger names no such party. Read from the trigger's object (its subject
        for verbs of motion and passives, its "of" phrase and modifiers for a noun)."""
        tok = f.tok
        if f.obj is not None:
            phrase = [f.obj]
        elif tok.pos_ in {"NOUN", "PROPN"}:
            phrase = [c for c in tok.children if c.dep_ in {"compound", "amod"}] + [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        elif verb_lemma(tok) in _MOTION:
            phrase = [c for c in tok.children if c.dep_ == "nsubj"]
        else:
            phrase = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
            if verb_lemma(tok) not in _FORCE_ONLY:
                phrase = [p for p in phrase if _is_force(p)]
        if not phrase:
            return None
        words = [t for p in phrase for t in p.subtree]
        if any(t.lower_.startswith(("peacekeep", "peace-keep")) for t in words):
            return "peacekeepers"
        return "troops" if any(_is_force(p) for p in phrase) else "other"

    @staticmethod
    def _force_kept_open(tok: Token) -> bool:
        """'not rule out force / military action / sanctions': an option of force or
        reprisal (threat_cues.tsv) named as what is not ruled out."""
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) and not (
            tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "out"
        ):
            return False
        cues = threat_cues()
        objs = [c for c in tok.children if c.dep_ in {"dobj", "pobj"}]
        objs += [
            g
            for o in objs
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        return any(cues.get(o.lemma_.lower()) == "consequence" for o in objs)

    def _dated_ahead(self, tok: Token) -> bool:
        """A present-tense event dated after the story is reported ahead of time: "King X
        begins a visit on Tuesday", "when the two meet next month", "talks open in
        October". Only a date on the trigger itself (or, for an event noun, on its verb)
        counts; a date equal to the story's ("today", "this week") is the present."""
        ref = self.ctx.record.date
        if not ref:
            return False
        anchors = {tok.i}
        if tok.pos_ == "NOUN":
            verb = tok.head
            auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
            if verb.tag_ in {"VBD", "VBN"} or any(
                a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes
            ):
                return False  # "the talks ended on Friday": the verb dates a past act
            anchors.add(verb.i)
        for ent in tok.sent.ents:
            if ent.label_ not in {"DATE", "TIME"}:
                continue
            root = ent.root
            at = root.head.head if root.dep_ == "pobj" else root.head
            if at.i not in anchors or root.i in anchors:
                continue
            back, ahead = normalise(ent.text, ref, False), normalise(ent.text, ref, True)
            if back is None or ahead is None or back == ref[:10] or not _after(ahead, ref):
                continue
            verb = at.head if at.pos_ == "NOUN" and verb_lemma(at.head) in LIGHT_VERBS else at
            if back == ahead or (verb.pos_ in {"VERB", "AUX"} and verb.tag_ in {"VBZ", "VBP"}):
                # "next month" is ahead whatever the tense; a bare "on Tuesday" or "in
                # March" only with a verb in the present ("begins a visit on Tuesday"), not
                # on a noun of another verb ("follows talks in March" recalls last March)
                return True
        return False

    def _reported_would(self, tok: Token) -> bool:
        """'Iraq said it would allow ...': "would" in a clause reported by its actor is
        the future of the report, a stated intention, not a condition."""
        verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
        while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
            verb = verb.head
        if not any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children):
            return False
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
            return False
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _DECLARE | _PROMISE

    def _visit_roles(
        self, f: _Found, actors: list[str], recips: list[str]
    ) -> tuple[list[str], list[str], bool]:
        """In a meeting, the party marked as visiting is the actor; the others host."""
        parties = actors + recips
        if len(parties) < 2:
            return actors, recips, False
        visitors = []
        for tok in f.tok.sent:
            if tok.i in self.res.actor_at and self.res.actor_at[tok.i] in parties:
                np = tok
                while np.dep_ in {"compound", "flat", "amod"} and np.head.i != np.i:
                    np = np.head  # from a name token to the head of its noun phrase
                sub = list(np.subtree) if np.dep_ not in {"ROOT", "nsubj"} else list(np.lefts)
                if np.dep_ == "nsubj":
                    sub += [t for t in np.subtree if t.i > np.i]
                cues = {t.lemma_.lower() for t in sub} | {t.lower_ for t in sub}
                if cues & _VISIT_CUES:
                    visitors.append(self.res.actor_at[tok.i])
        visitors = list(dict.fromkeys(visitors))
        if len(visitors) == 1:
            return visitors, [p for p in parties if p != visitors[0]], True
        return actors, recips, False

    def _visited_state(self, f: _Found, actors: list[str]) -> str | None:
        """The state a visit goes to when the sentence names only places there ("toured
        flood-hit districts of East Java province", "arrived in Surabaya"): the first place
        after the trigger, in its object or prepositional phrases, whose country is not the
        visitor's (PLOVER: the host of a visit is its recipient)."""
        own = {self.actors[a].country for a in actors if a in self.actors}
        toks = [
            t
            for c in f.tok.children
            if c.i > f.tok.i and c.dep_ in {"dobj", "prep", "npadvmod", "attr"}
            for t in c.subtree
        ]
        if not toks:
            return None
        start, end = self.ctx.span(toks[0].idx, toks[-1].idx + len(toks[-1].text))
        found = [
            (a, p.country)
            for p in self.ctx.record.places
            for a, b in p.mentions
            if start <= a and b <= end and p.country and p.country not in own
        ]
        return self.country_actor(min(found)[1]) if found and None not in own else None

    def _phone(self, tok: Token) -> bool:
        return any(t.lower_ in {"phone", "telephone"} for t in tok.subtree) or any(
            c.lower_ in {"phone", "telephone"} for c in tok.head.children
        )

    def _when_where(
        self, f: _Found, future: bool, historical: bool
    ) -> tuple[str | None, str | None, str | None]:
        rec = self.ctx.record
        date = None
        region = list(f.tok.subtree) + [
            c for c in f.tok.head.children if c.dep_ in {"npadvmod", "prep", "advmod"}
        ]
        idx = {t.i for t in region}
        for ent in f.tok.sent.ents:
            if ent.label_ in {"DATE", "TIME"} and (
                ent.root.i in idx or ent.root.head.i in idx or ent.root.head.head.i in idx
            ):
                date = normalise(ent.text, rec.date, future)
                if date:
                    break
        if date is None and not future and not historical:
            date = rec.date
        place, country = rec.place, rec.country
        gaz = gazetteer()
        for ent in f.tok.sent.ents:
            if (
                ent.label_ == "GPE"
                and ent.root.head.lower_ in {"in", "at"}
                and ent.root.head.head.i in idx | {f.tok.i}
            ):
                entry = gaz.lookup(ent.text, prefer_country=rec.country)
                if entry is not None and entry.kind == "city":
                    place, country = ent.text, entry.country
                    break
        return date, place, country

    def _topics(self, f: _Found) -> tuple[list[str], list[str]]:
        words = topic_words()
        contexts: list[str] = []
        topics: list[str] = []
        for t in f.tok.subtree if f.tok.pos_ != "NOUN" else f.tok.sent:
            hit = words.get(t.lemma_.lower()) or words.get(t.lower_)
            if hit:
                c, tp = hit
                if c and c not in contexts:
                    contexts.append(c)
                if tp and tp not in topics:
                    topics.append(tp)
        if f.trig.category in {"CONSULT", "AGREE", "SUPPORT"} and "diplomatic" not in contexts:
            contexts.append("diplomatic")
        return contexts, topics


def _background(when: str | None, story: str | None) -> bool:
    """Whether an event's date lies before the story's news: an earlier year or month
    ("in 2022", "last month", "in March" of an October story), or a day more than 30 days
    earlier. "Last week" stays the same thread (docs/annotation.md)."""
    if not when or not story or len(story) < 10:
        return False
    if len(when) == 4:
        return when < story[:4]
    if len(when) == 7:
        return when < story[:7]
    try:
        return (dt.date.fromisoformat(story[:10]) - dt.date.fromisoformat(when[:10])).days > 30
    except ValueError:
        return False


#: Nouns that measure or count what follows their "of" ("tons of aid", "a round of talks",
#: "a wave of attacks"): the noun under "of" is the real object of the verb.
PARTITIVES = {
    "ton",
    "tonne",
    "worth",
    "day",
    "week",
    "month",
    "year",
    "series",
    "number",
    "round",
    "wave",
    "batch",
    "lot",
    "amount",
    "package",
    "set",
    "spate",
    "couple",
    "dozen",
    "hundred",
    "thousand",
    "million",
    "billion",
    "shipment",
    "cargo",
    "load",
    "consignment",
    "planeload",
    "truckload",
    "convoy",
    "kind",
    "type",
    "state",
}  # "lifted the state of emergency"


#: Nouns for a body of people sent or received as one ("a mission of observers", "a team
#: of inspectors"): the people, not the body, say what kind of event it is.
_COLLECTIVES = {"mission", "team", "group", "contingent", "delegation", "unit", "party"}
#: Nouns for an undertaking named by its kind ("mediation efforts", "the peace process"):
#: the kind is what a verb is done to.
_EFFORT_NOUNS = {"effort", "process", "attempt", "initiative"}


def _object_heads(obj: Token) -> list[Token]:
    """An object's heads, most telling first: the noun a measure, number or body of people
    stands for ("tons of food aid", "a mission of observers"), then the object itself, then
    the objects coordinated with it ("photographs and military intelligence")."""
    out: list[Token] = []
    listed = [obj, *(c for c in obj.children if c.dep_ == "conj")]
    if any(o.lemma_.lower() in economic_objects() for o in listed):
        listed = [obj]  # "signed oil contracts and agreements": trade, whatever follows
    for o in listed:
        lemma = o.lemma_.lower()
        if lemma in PARTITIVES or lemma in _COLLECTIVES or o.like_num or o.pos_ == "NUM":
            for prep in o.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    out.extend(g for g in prep.children if g.dep_ == "pobj")
        if lemma in _EFFORT_NOUNS:  # "halted mediation efforts", "froze the peace process"
            out.extend(c for c in o.children if c.dep_ == "compound" and c.pos_ == "NOUN")
        out.append(o)
    return out


def governing_word(tok: Token) -> Token:
    """The word an event noun hangs from, past prepositions ("during his visit" -> the verb).

    Stops at the sentence root: a root can itself be a preposition in a misparsed
    fragment, and its head is itself, so climbing "while preposition" would never end."""
    gov = tok.head
    while gov.head.i != gov.i and (
        gov.dep_ == "prep"
        or gov.pos_ == "ADP"
        or (gov.lemma_.lower() in PARTITIVES and tok.head.lower_ == "of")
    ):
        gov = gov.head  # "provided 25,000 tons of aid": the verb governs the aid
    return gov


def _dedupe(events: list[tuple[Event, bool]]) -> list[Event]:
    """A noun event that repeats a verb event of the same sentence, category and party is
    dropped: "met with X, who came on an official trip" is one visit, not a meeting and a
    trip. Two verb events are both kept ("will visit Arequipa, where he will meet ...")."""
    verbs = [ev for ev, noun in events if not noun]
    kept: list[Event] = []
    for ev, noun in events:
        parties = set(ev.actors) | set(ev.recipients)
        twin = noun and any(
            k.span == ev.span
            and k.category == ev.category
            and parties & (set(k.actors) | set(k.recipients))
            and k.historical == ev.historical
            for k in verbs
        )
        if not twin:
            kept.append(ev)
    return kept


def _to_press(verb: Token) -> bool:
    """'speaking/talking to reporters': the verb addresses the press."""
    return any(
        g.lemma_.lower() in _PRESS_AUDIENCE
        for c in verb.children
        if c.dep_ in {"prep", "dative"}
        for g in [c, *c.children]
    )


def _asks_a_question(verb: Token) -> bool:
    """'asked whether/if/how ...', 'asked about X', 'asked by reporters what ...': the
    complement is a question, not something demanded. 'asked X to', 'asked for' are not."""
    for c in verb.children:
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for"):
            return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"about", "on"}:
            return True
        if c.dep_ in {"ccomp", "advcl", "xcomp", "dobj"} and any(
            g.lower_ in _QUESTION_WORDS
            and g.dep_ in {"mark", "advmod", "dobj", "nsubj", "attr", "det", "nsubjpass"}
            for g in [c, *c.children]
        ):
            return True
    return False


def _drop_restated(events: list[Event], referring: set[int], nouns: set[int]) -> list[Event]:
    """One event per real-world event, at its main sentence (annotation guide): a later
    sentence that names an event already reported by a verb, with a definite or possessed
    noun ("Funaro visited Washington ... his talks with U.S. officials", "warned ... the
    warning"), restates it when it has the same category and no party the earlier event
    lacks. An earlier noun is no main sentence ("a threatened strike ... the strike by
    40,000 seamen, now in its 13th day": the second is the report)."""
    kept: list[Event] = []
    for ev in events:
        parties = set(ev.actors) | set(ev.recipients)
        if (
            id(ev) in referring
            and not ev.historical
            and any(
                k.category == ev.category
                and k.span[0] < ev.span[0]
                and id(k) not in nouns
                and parties <= set(k.actors) | set(k.recipients)
                for k in kept
            )
        ):
            continue
        kept.append(ev)
    return kept


def _demanded(noun: Token) -> bool:
    """Whether an event noun is what someone demands ("demanded the resignation of X",
    "called for his resignation"): the object of a demand verb, directly or after "for"."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "for":
        gov = gov.head
    elif noun.dep_ != "dobj":
        return False
    return verb_lemma(gov) in {g for g, c in CATEGORY_GOVERNORS.items() if c == "REQUEST"} | {
        "seek"
    }


def _after(when: str, ref: str) -> bool:
    """Whether the normalised date ``when`` (a day, ISO week, month or year) lies after the
    story date ``ref``, compared at the precision of ``when``."""
    from datetime import date

    if "-W" in when:
        y, w, _ = date.fromisoformat(ref[:10]).isocalendar()
        return when > f"{y:04d}-W{w:02d}"
    return when > ref[: len(when)]


def _reject_mode(refused_category: str) -> str | None:
    return {"CONSULT": "meet", "AID": "assist", "CONCEDE": "yield"}.get(refused_category)


def _threat_mode(inner_category: str) -> str | None:
    return {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": "arrest"}.get(inner_category)


def code_events(ctx: StoryContext) -> None:
    ctx.record.events = EventFinder(ctx).find()
