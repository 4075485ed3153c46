"""The lexicons the actor rules read, loaded once and indexed by token sequences.

Multi-word entries ("Prime Minister", "coast guard") are tokenised with the pipeline's
own tokenizer, so a lexicon entry matches exactly where the text has the same tokens,
whatever spaCy does with hyphens ("Secretary-General" -> Secretary, -, General).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from dateline.lexicons import read_tsv
from dateline.nlp.gazetteer import fold

Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    sector: str | None
    kind: str  # office, honorific, rank


@dataclass(frozen=True, slots=True)
class Org:
    name: str
    code: str
    sector: str | None


class PhraseTable:
    """Longest-match lookup of token sequences (case- and accent-insensitive)."""

    def __init__(self) -> None:
        self._entries: dict[Key, object] = {}
        #: First word -> longest entry starting with it; most words start nothing, and
        #: answering them with one set lookup keeps the per-token cost flat.
        self._first: dict[str, int] = {}
        self.max_len = 1

    def add(self, key: Key, value: object) -> None:
        if key:
            self._entries.setdefault(key, value)
            self.max_len = max(self.max_len, len(key))
            self._first[key[0]] = max(self._first.get(key[0], 0), len(key))

    def match(self, words: Sequence[str], i: int) -> tuple[int, object] | None:
        """Longest entry starting at ``words[i]``: (length, value), or None."""
        longest = self._first.get(words[i]) if i < len(words) else None
        if longest is None:
            return None
        for n in range(min(longest, len(words) - i), 0, -1):
            v = self._entries.get(tuple(words[i : i + n]))
            if v is not None:
                return n, v
        return None

    def __contains__(self, key: Key) -> bool:
        return key in self._entries


def words_of(doc: Doc) -> list[str]:
    """The folded form of every token, the key all tables are indexed by."""
    return [fold(t.text) for t in doc]


class Lexicon:
    """Titles, modifiers, demonyms, organisation words and named organisations."""

    def __init__(self, nlp: Language) -> None:
        def key(text: str) -> Key:
            return tuple(fold(t.text) for t in nlp.tokenizer(text))

        self.titles = PhraseTable()
        for row in read_tsv("titles.tsv"):
            title, sector, kind = ((*row, "", "", ""))[:3]
            self.titles.add(key(title), Title(title, sector or None, kind or "office"))
        self.modifiers = {fold(r[0]) for r in read_tsv("title_modifiers.tsv")}
        self.demonyms = PhraseTable()
        for form, code, *_ in read_tsv("demonyms.tsv"):
            self.demonyms.add(key(form), code)
        self.org_words = PhraseTable()
        for word, sector, *_ in read_tsv("org_sectors.tsv"):
            self.org_words.add(key(word), sector)
        self.orgs = PhraseTable()
        for row in read_tsv("organisations.tsv"):
            name, code, sector = row[:3]
            org = Org(name, code, sector or None)
            self.orgs.add(key(name), org)
            for alias in row[3].split("|") if len(row) > 3 and row[3] else []:
                # All-caps acronyms must match as written ("WHO", not "who").
                self.orgs.add(key(alias) if not alias.isupper() else ("=" + alias,), org)


@cache
def lexicon(nlp: Language) -> Lexicon:
    return Lexicon(nlp)
