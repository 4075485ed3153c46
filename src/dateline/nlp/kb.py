"""Who a named person is when the story does not say: a knowledge base of office-holders.

``lexicons/people.tsv`` lists public figures with the offices they held and when (heads of
state and government, ministers, central bankers, heads of international bodies, party
and rebel leaders): "Reagan said" in a 1987 story is the US president, "Camdessus" the
IMF's managing director. It plays the part of PETRARCH's CAMEO actor dictionaries, and is
as readable and extensible: one row per person and spell of office.

The text always wins: a person whose country the story gives (a demonym, "of Turkey", the
place of the role) keeps it. The knowledge base fills what the text leaves open, and only
for the spell that covers the story's year, so a minister who later heads an international
body is coded for the office held at the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.lexicons import read_tsv
from dateline.nlp.gazetteer import fold

#: Codes of international bodies: an office in one says nothing of a person's state.
_BODIES = {"UNO", "IGO", "EUR", "NGO", "MNC"}


@dataclass(frozen=True, slots=True)
class Spell:
    name: str  # the person's canonical name
    country: str  # ISO 3166-1 alpha-3, or UNO/IGO/EUR/NGO
    sector: str
    role: str
    start: int
    end: int | None  # None: still in office


class KnowledgeBase:
    def __init__(self) -> None:
        self._by_form: dict[str, list[Spell]] = {}
        self._surnames: dict[str, str] = {}  # a one-word alias -> the one person it names
        self._by_first: dict[str, set[str]] = {}  # first word -> two-word-plus forms
        #: Given names of the people listed ("Victor", "Salvador"): first words of their
        #: multi-word canonical names.
        self.given_names: set[str] = set()
        for name, aliases, country, sector, role, start, end, *_ in read_tsv("people.tsv"):
            spell = Spell(name, country, sector, role, int(start), int(end) if end else None)
            first = name.split()[0]
            if " " in name and first.isalpha() and first[0].isupper() and len(first) > 2:
                self.given_names.add(fold(first))
            for form in {name, *(a for a in aliases.split("|") if a)}:
                self._by_form.setdefault(fold(form), []).append(spell)
                words = fold(form).split()
                if len(words) >= 2:
                    self._by_first.setdefault(words[0], set()).add(" ".join(words))
                if " " not in form.strip():
                    key = fold(form)
                    # A one-word form two people share ("Panetta") names neither alone.
                    owner = self._surnames.get(key, name)
                    self._surnames[key] = name if owner == name else ""

    def spell(self, forms: list[str], year: int | None) -> Spell | None:
        """The office a person known by any of ``forms`` held in ``year`` (any year when the
        story is undated, if the person held only one office); the most recently begun
        spell wins where two overlap (a minister appointed to a new post that year)."""
        found: list[Spell] = []
        for f in forms:
            found.extend(self._by_form.get(fold(f), ()))
        if not found:
            # An honorific the titles lexicon lacks ("Hojatoleslam Ali Akbar Hashemi
            # Rafsanjani"): the name without its first words, down to two.
            for f in forms:
                words = fold(f).split()
                for k in range(1, len(words) - 2):  # never down to a bare "dos Santos"
                    found.extend(self._by_form.get(" ".join(words[k:]), ()))
        people = {s.name for s in found}
        if len(people) != 1:
            return None  # unknown, or two people share the form
        if year is None:
            # Undated: the office is unknown, but a person who acted for one state in every
            # office (Obama as senator and as president) still acts for it.
            places = {(s.country, s.sector) for s in found}
            if len(places) == 1:
                return found[0]
            states = {s.country for s in found}
            if len(states) == 1 and not states & _BODIES:
                return Spell(found[0].name, states.pop(), "", "", 0, None)
            return None
        current = [s for s in found if s.start <= year and (s.end is None or year <= s.end)]
        if current:
            return max(current, key=lambda s: s.start)
        # Out of office that year (Mitsotakis in opposition in 1987): a person's state does
        # not change with office, so one state across all national spells still holds;
        # the office does not.
        states = {s.country for s in found if len(s.country) == 3 and s.country not in _BODIES}
        if len(states) == 1:
            return Spell(found[0].name, states.pop(), "", "", year, year)
        return None

    def misspelt(self, form: str) -> str | None:
        """The known full name a full name differs from by one slip in its last word
        ("Andreas Papanderou" for Papandreou): wire copy has typos, and the first name
        plus a long surname one letter off leave little room for a namesake."""
        words = fold(form).split()
        if len(words) < 2 or len(words[-1]) < 6:
            return None
        head = " ".join(words[:-1])
        hits = {
            f
            for f in self._by_first.get(words[0], ())
            if f.rsplit(" ", 1)[0] == head and one_slip(f.rsplit(" ", 1)[-1], words[-1])
        }
        people = {s.name for f in hits for s in self._by_form[f]}
        return people.pop() if len(people) == 1 else None

    def person(self, form: str) -> str | None:
        """The one person the knowledge base knows by this written form, if any."""
        people = {s.name for s in self._by_form.get(fold(form), ())}
        return people.pop() if len(people) == 1 else None

    def surname_owner(self, surname: str) -> str | None:
        """The person a distinctive one-word alias names on its own ("Reagan")."""
        return self._surnames.get(fold(surname)) or None


def one_slip(a: str, b: str) -> bool:
    """Whether two different words are one substitution, insertion, deletion or swap of
    neighbours apart (the Damerau-Levenshtein distance is 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (
            a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short[i:] == long_[i + 1 :]


@cache
def knowledge_base() -> KnowledgeBase:
    """The process-wide knowledge base (read once, ~6,500 rows)."""
    return KnowledgeBase()
