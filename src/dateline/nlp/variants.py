"""Name variants within one story: "Adilbek Dzhaksybekov", "A. Dzhaksybekov", "Dzhaksybekov".

Rules, in order of trust:

1. Mentions with a spelled-out given name start clusters; two of them join only when every
   name token agrees (accents and common transliteration pairs folded: Hašek/Hasek,
   Mikhal/Michal). A two-word surname written alone ("De Clercq") is read as in rule 3.
2. An initial form ("A. Dzhaksybekov") joins the cluster whose surname matches and whose given
   name starts with that initial; a disagreeing initial never joins.
3. A single name token ("Dzhaksybekov", "Wang") joins the one cluster that has it as a name
   token. When two clusters share it, it joins the one mentioned most recently in the same
   paragraph, or none: a shared surname alone never merges two people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.nlp.gazetteer import fold

_TRANSLIT = (
    # German umlauts written out: Köhler ~ Koehler (fold makes Köhler "kohler")
    (re.compile(r"(?<=[a-z])([aou])e(?=[^aeiou]|$)"), r"\1"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ch"), "h"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"y"), "i"),
    (re.compile(r"j"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1"), r"\1"),
)


def loose(token: str) -> str:
    """A transliteration-tolerant key: Mikhal ~ Michal, Jurij ~ Yuriy, Hašek ~ Hasek,
    Köhler ~ Koehler."""
    s = fold(token).strip(".")
    for pat, rep in _TRANSLIT:
        s = pat.sub(rep, s)
    return s


def name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name.strip()) if t]


def _is_initial(tok: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", tok))


@dataclass(slots=True)
class Cluster:
    tokens: list[str]  # the fullest form's tokens
    forms: list[str] = field(default_factory=list)  # surface forms, first-seen order
    members: list[int] = field(default_factory=list)  # indices into the mention list
    last_seen: int = -1  # char offset of the latest mention

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    def keys(self) -> set[str]:
        return {loose(t) for t in self.tokens if not _is_initial(t)}


def _full_match(a: list[str], b: list[str]) -> bool:
    """Same person written twice in full: equal token keys, or one extends the other."""
    ka = [loose(t) for t in a if not _is_initial(t)]
    kb = [loose(t) for t in b if not _is_initial(t)]
    if ka == kb:
        return True
    short, long_ = (ka, kb) if len(ka) < len(kb) else (kb, ka)
    # "Ana Quispe" ~ "Ana Lucia Quispe": same first and last token.
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]


def _surname_of_another(toks: list[str], others: list[list[str]]) -> bool:
    """A two-word surname written alone ("De Clercq", "Paz Estenssoro") is the tail of a
    longer name in the story: it is read like a bare surname, not as a full name."""
    keys = [loose(t) for t in toks]
    return any(len(o) > len(toks) and [loose(t) for t in o[-len(toks) :]] == keys for o in others)


def _initials_agree(initials: list[str], given: list[str]) -> bool:
    letters = [c for tok in initials for c in tok if c.isalpha()]
    names = [loose(t)[:1] for t in given]
    return bool(letters) and names[: len(letters)] == [c.lower() for c in letters]


def cluster_names(
    mentions: list[tuple[str, int, str]], apart: frozenset[int] = frozenset()
) -> list[Cluster]:
    """Group ``(name, char_offset, paragraph_id)`` mentions into people.

    ``apart`` lists bare-surname mentions known to name someone other than the story's
    full names ("Reagan" in a story that names only Nancy Reagan): they form a person of
    their own. Returns clusters in order of first mention; every mention index lands in at
    most one.
    """
    clusters: list[Cluster] = []
    own: dict[str, Cluster] = {}
    for i in sorted(apart, key=lambda i: mentions[i][1]):
        key = loose(mentions[i][0])
        if key not in own:
            own[key] = Cluster(tokens=name_tokens(mentions[i][0]))
            clusters.append(own[key])
        _add(own[key], i, mentions[i])
    order = sorted(range(len(mentions)), key=lambda i: mentions[i][1])
    full = [i for i in order if _is_full(name_tokens(mentions[i][0]))]
    longer = [name_tokens(mentions[i][0]) for i in full]
    full = [i for i in full if not _surname_of_another(name_tokens(mentions[i][0]), longer)]
    rest = [i for i in order if i not in set(full) and i not in apart]
    for i in full:
        toks = name_tokens(mentions[i][0])
        home = next((c for c in clusters if _full_match(c.tokens, toks)), None)
        if home is None:
            home = Cluster(tokens=toks)
            clusters.append(home)
        elif len(toks) > len(home.tokens):
            home.tokens = toks
        _add(home, i, mentions[i])
    for i in rest:
        name, offset, para = mentions[i]
        toks = name_tokens(name)
        if not toks:
            continue
        if len(toks) >= 2 and all(_is_initial(t) for t in toks[:-1]):
            sur = loose(toks[-1])
            cands = [c for c in clusters if c.tokens and loose(c.tokens[-1]) == sur]
            agree = [c for c in cands if _initials_agree(toks[:-1], c.tokens[:-1])]
            if len(agree) == 1:
                _add(agree[0], i, mentions[i])
            elif not cands:
                c = Cluster(tokens=toks)
                clusters.append(c)
                _add(c, i, mentions[i])
            continue
        key = {loose(t) for t in toks if not _is_initial(t)}
        cands = [c for c in clusters if key <= c.keys()]
        if len(toks) == 1 and own.get(loose(toks[0])) in cands:
            cands = [own[loose(toks[0])]]  # the surname's own person, as the others were
        if len(cands) == 1:
            _add(cands[0], i, mentions[i])
        elif len(cands) > 1:
            recent = [
                c
                for c in cands
                if any(mentions[m][2] == para and mentions[m][1] < offset for m in c.members)
            ]
            # A surname two people share attaches to the one just mentioned in the paragraph
            # (so "Wang said" gets its speaker) but never becomes an alias of either.
            if len(recent) == 1:
                _add(recent[0], i, mentions[i], alias=False)
            elif recent:
                best = max(
                    recent,
                    key=lambda c: max(mentions[m][1] for m in c.members if mentions[m][1] < offset),
                )
                _add(best, i, mentions[i], alias=False)
        else:
            c = Cluster(tokens=toks)
            clusters.append(c)
            _add(c, i, mentions[i])
    clusters.sort(key=lambda c: min(mentions[m][1] for m in c.members))
    return clusters


def _is_full(toks: list[str]) -> bool:
    return len(toks) >= 2 and not _is_initial(toks[0])


def _add(c: Cluster, i: int, mention: tuple[str, int, str], alias: bool = True) -> None:
    c.members.append(i)
    if alias and mention[0] not in c.forms:
        c.forms.append(mention[0])
    c.last_seen = max(c.last_seen, mention[1])
