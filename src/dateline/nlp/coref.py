"""Who a subject phrase refers to: a named actor, a pronoun, or a description.

Used by the quote and event steps. Pronouns ("he", "she") go to the person who is the
grammatical subject of the nearest sentence that has one, not merely the nearest name:
in "Hasek noted that after the visit of President Zeman ... He also proposed", "He" is
Hasek. Descriptions ("the Peruvian minister", "the ministry") go to the one actor whose
role or name carries the same words; when two actors fit, nothing is guessed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp.context import StoryContext
from dateline.nlp.gazetteer import fold, gazetteer
from dateline.nlp.lexicon import lexicon

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
GROUP_PRONOUNS = {"they", "them", "their", "it", "its"}
_SUBJ = {"nsubj", "nsubjpass"}
#: Voices the wire leaves unnamed on purpose: never resolved to a named person.
_UNNAMED = {"official", "spokesman", "spokeswoman", "spokesperson", "source", "aide", "diplomat"}
#: Nouns for an office-holder that the titles lexicon leaves out ("chief debt negotiator").
_OFFICE_NOUNS = {
    "negotiator",
    "envoy",
    "leader",
    "chief",
    "head",
    "representative",
    "premier",
    "chancellor",
}
#: Subject nouns that mean "the body that issued it": resolved to the last organisation.
_ISSUER_WORDS = {
    "statement",
    "communique",
    "announcement",
    "release",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "report",
    "letter",
    "note",
}


#: Party members as wire copy names them in epithets ("the Texas Democrat").
_PARTISANS = {"democrat", "republican", "conservative", "socialist", "liberal", "communist"}
#: Entity labels of a place modifier in an epithet ("the Ohio Republican").
_PLACES = {"GPE", "LOC", "NORP"}


class Resolver:
    """Per-story resolution of tokens to actor ids."""

    def __init__(self, ctx: StoryContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.actor_at: dict[int, str] = ctx.notes.get("actor_at", {})  # type: ignore[assignment]
        self.actors = {a.id: a for a in ctx.record.actors}
        self.lex = lexicon(ctx.nlp)
        self._sent_subject: dict[int, str | None] = {}
        # The wire that filed the story ("in an interview with Reuters") is no one a
        # pronoun stands for.
        self._wire = {
            a.id for a in ctx.record.actors if a.name in {"Reuters", "Reuter", ctx.record.agency}
        }

    # -- named ---------------------------------------------------------------------------
    def in_subtree(self, tok: Token) -> str | None:
        """The actor named inside the phrase headed by ``tok``, preferring people."""
        if tok.i in self.actor_at:  # "the United Nations refugee agency UNHCR": UNHCR
            return self.actor_at[tok.i]
        # Only the phrase itself: a subject's misparsed subtree can run past its verb into
        # the reported clause ("U.S. Officials said a chief purpose of Baldrige's visit").
        limit = tok.head.i if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i > tok.i else None
        # Nor the listener of a broadcast: in "A report, monitored by the BBC, said" the BBC
        # only heard what the report said.
        monitor = {
            t.i
            for c in tok.children
            if c.dep_ == "acl" and c.lemma_ == "monitor"
            for t in c.subtree
        }
        found = [
            self.actor_at[t.i]
            for t in tok.subtree
            if t.i in self.actor_at and (limit is None or t.i < limit) and t.i not in monitor
        ]
        if not found:
            return None
        apposed = [
            self.actor_at[t.i]
            for c in tok.children
            if c.dep_ == "appos"
            for t in c.subtree
            if t.i in self.actor_at and self.actors[self.actor_at[t.i]].type == "person"
        ]
        if apposed:
            return apposed[0]  # "Reagan's adviser, Frank Carlucci": the adviser, not Reagan
        people = [a for a in found if self.actors[a].type == "person"]
        return people[0] if people else found[0]

    def named(self, tok: Token) -> str | None:
        """The actor a phrase names: :meth:`in_subtree`, except that an office named with
        its state ("Argentina's chief debt negotiator said") is a person of that state, named
        in the same breath or just after ("..., Treasury Secretary Mario Brodersohn said")."""
        named = self.in_subtree(tok)
        if (
            named
            and tok.i not in self.actor_at
            and self.actors[named].type == "country"
            and self._names_an_office(tok)
        ):
            return self.office_holder(tok, self.actors[named].country) or named
        return named

    def resolve(self, tok: Token) -> str | None:
        """Actor for the phrase headed by ``tok`` (a subject, object or pobj)."""
        named = self.named(tok)
        if named:
            return named
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            return self.previous_subject(tok, person=True)
        if low in {"it", "they", "its", "their"}:
            return self.previous_subject(tok, person=False)
        return self.description(tok)

    def _names_an_office(self, tok: Token) -> bool:
        low = fold(tok.text)
        if tok.lemma_.lower() in _UNNAMED:
            return False  # "a State Department official": someone the story never names
        if tok.tag_ in {"NNS", "NNPS"}:
            return False  # "U.S. Officials said": several, not one office-holder
        return tok.pos_ == "NOUN" and (
            low in _OFFICE_NOUNS
            or bool(
                self.lex.titles.match([low], 0) or self.lex.titles.match([tok.lemma_.lower()], 0)
            )
        )

    def office_holder(self, tok: Token, country: str | None) -> str | None:
        """The one person of ``country`` whose role carries the office word, else the first
        person of that country named in the next three sentences."""
        if country is None:
            return None
        head = fold(tok.text)
        people = [a for a in self.actors.values() if a.type == "person" and a.country == country]
        titled = [a.id for a in people if head in fold(a.role or "").split()]
        if len(titled) == 1:
            return titled[0]
        sents = list(self.doc.sents)
        here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
        end = sents[min(here + 3, len(sents) - 1)].end
        ids = {a.id for a in people}
        for i in range(tok.i + 1, end):
            if self.actor_at.get(i) in ids:
                return self.actor_at[i]
        return None

    # -- pronouns ------------------------------------------------------------------------
    def subject_of(self, sent: Span, before: int | None = None) -> str | None:
        """The first actor that is a grammatical subject in ``sent`` (before a token)."""
        for t in sent:
            if before is not None and t.i >= before:
                break
            if t.dep_ in _SUBJ and t.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
                a = self.in_subtree_head(t)
                if a:
                    return a
        return None

    def in_subtree_head(self, t: Token) -> str | None:
        """An actor whose name is the subject itself (not one buried in a clause under it);
        a name in apposition before an owner ("Chirac's spokesman, Denis Baudouin")."""
        apposed = [c for c in t.rights if c.dep_ == "appos"]
        for x in (t, *apposed, *t.lefts, *t.rights):
            if x.i in self.actor_at and x.dep_ not in {"relcl", "acl"}:
                return self.actor_at[x.i]
        return None

    def previous_subject(self, tok: Token, person: bool) -> str | None:
        sents = list(self.doc.sents)
        here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
        a = self.subject_of(sents[here], before=tok.i)
        if a and self._kind_ok(a, person):
            return a
        for k in range(here - 1, max(-1, here - 4), -1):
            a = self.subject_of(sents[k])
            if a and self._kind_ok(a, person):
                return a
        plural = tok.lower_ in {"they", "their", "them"}
        for i in range(tok.i - 1, -1, -1):  # fall back on the nearest mention
            a = self.actor_at.get(i)
            if a and self._kind_ok(a, person) and a not in self._wire:
                if plural and self.actors[a].type == "country":
                    # "criticised India's budget. They said": a state the subject's
                    # phrase merely owned is not "they" (a state is "it").
                    continue
                return a
        return None

    def _kind_ok(self, actor_id: str, person: bool) -> bool:
        return (self.actors[actor_id].type == "person") == person

    # -- descriptions --------------------------------------------------------------------
    def description(self, tok: Token) -> str | None:
        """'the Peruvian minister', 'the ministry', 'the statement' -> the one actor that fits."""
        words = [fold(t.text) for t in tok.subtree if not t.is_punct and t.dep_ != "det"]
        if not words:
            return None
        head = fold(tok.text)
        place = gazetteer().lookup(tok.text) if len(words) == 1 else None
        if place is not None and place.kind == "country":
            return None  # "U.S." is a state, not whoever's role carries its name
        if head in _ISSUER_WORDS and head not in {"spokesman", "spokeswoman", "spokesperson"}:
            return self._last_actor(tok.i, {"organisation", "country"})
        demonym = self._demonym_in(words)
        # A body word ("the police", "the ministry") names a body, never the person whose
        # title carries it ("police spokesman Sergeant Marcos Ribeiro").
        body = bool(self.lex.org_words.match([head], 0))
        # "a police spokesman" brings in someone new; only "the ..." points back at a person.
        new = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
        cands = []
        for a in self.actors.values():
            if (body or new) and a.type == "person":
                continue
            hay = fold(" ".join(x for x in (a.role or "", a.name, *a.aliases) if x))
            if head in hay.split() and (demonym is None or a.country == demonym):
                cands.append(a.id)
        if tok.tag_ in {"NNS", "NNPS"} and body:
            # "Opposition parties said", "the ministries": several bodies, never the one
            # party or ministry the story named.
            return None
        if not cands and self.lex.org_words.match([head], 0):
            # "the mission said", "the ministry said": the one organisation whose name has
            # an organisation word of the same sector.
            sector = str(self.lex.org_words.match([head], 0)[1])  # type: ignore[index]
            cands = [
                a.id
                for a in self.actors.values()
                if a.type == "organisation"
                and a.sector == sector
                and (demonym is None or a.country == demonym)
            ]
        if not cands and not new and not body:
            epithet = self._epithet(tok, head, demonym)
            if epithet:
                return epithet
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:
            before = [c for c in cands if self._mentioned_before(c, tok.i)] or cands
            if len(before) == 1:
                return before[0]
            # "McDonnell Douglas claimed Airbus tried ... The firm said": the one that was
            # last the subject of a sentence, the story's focus, not the last named.
            subject = self._last_subject(before, tok.i)
            if subject is not None:
                return subject
            # "the army" in a Bamako story, with the French military also named: the
            # story's own state's body, when exactly one is.
            home = [c for c in before if self.actors[c].country == self.ctx.record.country]
            if len(home) == 1 and self.ctx.record.country:
                return home[0]
        return None

    def epithet(self, tok: Token) -> str | None:
        """:meth:`_epithet` for a phrase head alone (the quote step's speakers)."""
        words = [fold(t.text) for t in tok.subtree if not t.is_punct and t.dep_ != "det"]
        return self._epithet(tok, fold(tok.text), self._demonym_in(words))

    def _demonym_in(self, words: list[str]) -> str | None:
        """The state of the last demonym among a phrase's words ("the Peruvian minister")."""
        demonym = None
        for j in range(len(words)):
            m = self.lex.demonyms.match(words, j)
            if m:
                demonym = str(m[1])
        return demonym

    def _epithet(self, tok: Token, head: str, demonym: str | None) -> str | None:
        """Wire copy's epithets for someone just named: "the Texas Democrat said", "the
        Canadian banker said" — a definite person noun (a title or a party member) with a
        place or demonym before it. The one person of the demonym's state named so far,
        else the person last the subject, as a pronoun would be."""
        person_noun = head in _PARTISANS or bool(
            self.lex.titles.match([head], 0) or self.lex.titles.match([tok.lemma_.lower()], 0)
        )
        modified = any(
            c.dep_ in {"compound", "amod"} and (c.pos_ == "PROPN" or c.ent_type_ in _PLACES)
            for c in tok.children
        )
        if not (person_noun and modified and any(c.lower_ == "the" for c in tok.children)):
            return None
        phrase = " ".join(t.lower_ for t in tok.subtree if t.dep_ != "det" and t.i <= tok.i)
        for a in self.actors.values():
            if a.type == "group" and a.name == phrase:
                return a.id  # "A Chinese journalist said ... the Chinese journalist said"
        if demonym is not None:
            own = [
                a.id
                for a in self.actors.values()
                if a.type == "person"
                and a.country == demonym
                and self._mentioned_before(a.id, tok.i)
            ]
            return own[0] if len(own) == 1 else None
        return self.previous_subject(tok, person=True)

    def _last_subject(self, cands: list[str], i: int) -> str | None:
        """Of ``cands``, the one last named as a main clause's subject before token ``i``."""
        doc = self.doc
        for j in range(i - 1, -1, -1):
            a = self.actor_at.get(j)
            if a in cands and doc[j].dep_ in {"nsubj", "nsubjpass"} and doc[j].head.dep_ == "ROOT":
                return a
        return None

    def _mentioned_before(self, actor_id: str, i: int) -> bool:
        return any(t < i and a == actor_id for t, a in self.actor_at.items())

    def _last_actor(self, i: int, types: set[str]) -> str | None:
        for j in range(i - 1, -1, -1):
            a = self.actor_at.get(j)
            if a and self.actors[a].type in types:
                return a
        return None
