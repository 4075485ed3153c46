"""Actors across stories: which story-level actors are the same global entity.

The coder already gathers one person's variants inside a story ("Mayor of Astana Adilbek
Dzhaksybekov" ... "A. Dzhaksybekov" ... "Dzhaksybekov" become one actor with aliases).
Across stories there is no such context, so the rule is deliberately strict: two actors
are merged only when the evidence agrees, because a wrong merge silently corrupts every
count and timeline built on it, while a missed merge merely splits one.

The rule (the key an actor gets; equal keys are one entity):

* A **person** needs a *full name*: a form of the name, among the actor's name and
  aliases, with at least two words that are not initials ("Adilbek Dzhaksybekov",
  "George W. Bush"; not "A. Dzhaksybekov", not "Dzhaksybekov"). The key is that full name,
  folded (case, accents and punctuation ignored, leading honorifics dropped), plus the
  actor's **country**. So "George H. W. Bush" and "George W. Bush" stay apart (different
  full names), as do two "John Smith"s coded GBR and USA, and a "John Smith" of unknown
  country stays apart from both (no evidence either way is not agreement).
* A person with no full name (a bare surname, initials) is never merged with anything
  outside its own story: its key is scoped to the story.
* An **organisation** or **group** is keyed on its folded name plus country; a one-word
  name with no country ("Police", "Ministry") is scoped to its story, since nothing says
  which one it is.
* A **country** actor is keyed on its country code when it has one.

Roles and sectors are never part of the key: people change jobs, and the coder's role for
the same person differs between stories. They are gathered on the entity instead.

:func:`resolve` applies the rule to any set of actors and :func:`pairwise_scores` scores
the result against gold clusters, so the rule can be measured on an annotated set.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from math import comb

from dateline.model import Actor

#: Words before a name that say nothing about who it is.
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "madam",
        "madame",
        "mme",
        "monsieur",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "herr",
        "frau",
    }
)

_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """The form names are compared in: 'Hašek', 'HASEK' and 'Hasek' fold alike.

    Accents are dropped but letters are kept (Cyrillic stays Cyrillic), apostrophes vanish
    ("O'Brien" = "OBrien") and other punctuation separates words ("Jean-Claude" = "Jean Claude").
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace("'", "").replace("\u2019", "")
    return " ".join(_NON_WORD.sub(" ", plain).split())


def _words(name: str) -> list[str]:
    words = fold(name).split()
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return words


def full_name(actor: Actor) -> str | None:
    """The folded full name that identifies a person across stories, if the story gives one.

    The actor's own name is preferred; else its longest qualifying alias (ties broken
    alphabetically, so the choice never depends on alias order).
    """

    def qualifies(words: list[str]) -> bool:
        return sum(len(w) > 1 for w in words) >= 2

    own = _words(actor.name)
    if qualifies(own):
        return " ".join(own)
    forms = [" ".join(w) for w in map(_words, actor.aliases) if qualifies(w)]
    if not forms:
        return None
    return min(forms, key=lambda f: (-len(f.split()), f))


@dataclass(frozen=True, slots=True)
class EntityKey:
    """Equal keys are one entity. ``scope`` is a story id for actors that must not merge."""

    type: str
    country: str | None
    name: str
    scope: str | None = None

    @property
    def id(self) -> str:
        """A readable, deterministic id (``person:KAZ:adilbek-dzhaksybekov``).

        Deterministic rather than a sequence number, so that the same stories give the same
        ids whatever order they were stored in, and a crashed run resumed gives the same
        database as a clean one.
        """
        parts = [self.type, self.country or "-"]
        if self.name:
            parts.append(self.name.replace(" ", "-"))
        ident = ":".join(parts)
        return f"{ident}@{self.scope}" if self.scope else ident


def entity_key(story_id: str, actor: Actor) -> EntityKey:
    """The key of the global entity this story-level actor belongs to (the module's rule)."""
    country = actor.country or None
    if actor.type == "person":
        full = full_name(actor)
        if full:
            return EntityKey("person", country, full)
        return EntityKey("person", country, " ".join(_words(actor.name)), scope=story_id)
    if actor.type == "country" and country:
        return EntityKey("country", country, "")
    name = fold(actor.name)
    if not name or (country is None and len(name.split()) == 1 and actor.type != "country"):
        return EntityKey(actor.type, country, name, scope=story_id)
    return EntityKey(actor.type, country, name)


def resolve(actors: Iterable[tuple[str, Actor]]) -> dict[tuple[str, str], str]:
    """Entity id for each ``(story_id, actor)``, keyed ``(story_id, actor.id)``: what to score."""
    return {(story_id, a.id): entity_key(story_id, a).id for story_id, a in actors}


def pairwise_scores(pred: Mapping[Hashable, str], gold: Mapping[Hashable, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a clustering against gold clusters.

    A pair of items is positive when both sit in one cluster. Precision is the share of
    predicted same-entity pairs that gold agrees with (a wrong merge lowers it), recall the
    share of gold pairs predicted (a missed merge lowers it). Only items in ``gold`` count.
    """
    items = [k for k in gold if k in pred]
    both = Counter((pred[k], gold[k]) for k in items)
    pred_sizes = Counter(pred[k] for k in items)
    gold_sizes = Counter(gold[k] for k in items)
    tp = sum(comb(n, 2) for n in both.values())
    pp = sum(comb(n, 2) for n in pred_sizes.values())
    gp = sum(comb(n, 2) for n in gold_sizes.values())
    precision = tp / pp if pp else 1.0
    recall = tp / gp if gp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "pairs_predicted": float(pp),
        "pairs_gold": float(gp),
        "pairs_agreed": float(tp),
    }


@dataclass(frozen=True, slots=True)
class Summary:
    """What an entity row shows, computed from how many stories state each fact."""

    name: str
    aliases: list[str]
    roles: list[str]
    sector: str | None


def summarise(facts: Iterable[tuple[str, str, int]]) -> Summary:
    """Canonical name, aliases, roles and sector from ``(kind, value, n_stories)`` facts.

    The canonical name is the name most stories use; ties go to the one not in capitals,
    then the longer, then the alphabetically first, so the result is a function of the
    counts alone and never of storage order.
    """
    names: Counter[str] = Counter()
    spellings: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    sectors: Counter[str] = Counter()
    for kind, value, n in facts:
        if n <= 0:
            continue
        if kind == "name":
            names[value] += n
            spellings[value] += n
        elif kind == "alias":
            spellings[value] += n
        elif kind == "role":
            roles[value] += n
        elif kind == "sector":
            sectors[value] += n
    pool = names or spellings
    name = min(pool, key=lambda v: (-pool[v], v.isupper(), -len(v.split()), v)) if pool else ""

    def ranked(c: Counter[str]) -> list[str]:
        return sorted(c, key=lambda v: (-c[v], v))

    return Summary(
        name=name,
        aliases=[a for a in ranked(spellings) if a != name],
        roles=ranked(roles),
        sector=ranked(sectors)[0] if sectors else None,
    )


def facts_of(actor: Actor) -> set[tuple[str, str]]:
    """The ``(kind, value)`` facts one story-level actor states about its entity."""
    out = {("name", actor.name)}
    out.update(("alias", a) for a in actor.aliases if a and a != actor.name)
    if actor.role:
        out.add(("role", actor.role))
    if actor.sector:
        out.add(("sector", actor.sector))
    return out
