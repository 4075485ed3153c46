"""Score the coder against our own annotated dev set (``eval/dev/*.jsonl``, see
docs/annotation.md). Gold names refer to actors; predicted actors are matched to gold
actors by name forms (canonical name or alias, accents and case folded).

Reported, per split:

* actors — person actors with the right country; name-variant groups exactly right (the
  set of forms the coder gathered equals the gold set); wrong merges (a coded actor whose
  forms belong to two gold people); places with the right country;
* events — P/R/F1 where a match needs the same category, the same evidence sentence and
  matching actors (and recipients when the gold has them); also category-only matching;
* quotes — citron's exact and overlap P/R/F1, for direct quotes and for all, and speaker
  accuracy over overlap-matched quotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from dateline.evaluate.metrics import PRF, Confusion
from dateline.model import CodedStory
from dateline.nlp.gazetteer import fold, gazetteer

ROOT = Path(__file__).resolve().parents[3]


@dataclass
class Gold:
    id: str
    source: str
    actors: list[dict[str, Any]]
    places: list[dict[str, Any]]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


def plover_category(ev: dict[str, Any]) -> str:
    """The gold category under the PLOVER manual's AGREE rule: cooperative actions reported
    in the future tense (and not merely hypothetical) are intent, coded AGREE. The guide
    first asked annotators for the plain category with ``tense: future``; the rule is
    applied here, identically for every split, rather than by editing the gold."""
    if (
        ev["category"] in _COOPERATIVE
        and ev.get("tense") == "future"
        and not ev.get("hypothetical")
    ):
        return "AGREE"
    return str(ev["category"])


def load_gold(split: str, root: Path = ROOT) -> list[Gold]:
    path = root / "eval" / "dev" / f"{split}.jsonl"
    out = []
    for line in path.read_bytes().splitlines():
        if line.strip():
            d = orjson.loads(line)
            events = [{**e, "category": plover_category(e)} for e in d.get("events", [])]
            out.append(
                Gold(
                    d["id"],
                    d["source"],
                    d.get("actors", []),
                    d.get("places", []),
                    events,
                    d.get("quotes", []),
                )
            )
    return out


def code_gold(gold: list[Gold], root: Path = ROOT) -> dict[str, CodedStory]:
    """Read each gold story from its source and code it; returns records by id."""
    from dateline.nlp.coder import Coder
    from dateline.read import read_paths

    want = {g.id for g in gold}
    sources = sorted({str((root / g.source).resolve()) for g in gold})
    stories = [s for s in read_paths(sources) if s.id in want]
    return {r.id: r for r in Coder(with_text=True).code(stories)}


def _bare_place(name: str) -> str:
    """A place's name folded, without the lowercase generic words after it: "Kurram
    district" and "Kurram", "Burchardkai terminal" and "Burchardkai" name one place. The
    place scorer scores the country; annotators and the coder differ in whether they keep
    such a word (docs/annotation.md keeps it, as at the first mention)."""
    words = name.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()
    return fold(" ".join(words))


def _forms(name: str | None, aliases: Iterable[str] = ()) -> set[str]:
    return {fold(x) for x in (name, *aliases) if x}


@dataclass
class ActorScores:
    persons: int = 0
    person_country_right: int = 0
    groups_exact: int = 0
    wrong_merges: int = 0
    places: int = 0
    place_country_right: int = 0
    misses: list[str] = field(default_factory=list)


def score_actors(gold: list[Gold], coded: dict[str, CodedStory]) -> ActorScores:
    sc = ActorScores()
    for g in gold:
        rec = coded[g.id]
        gold_people = [a for a in g.actors if a.get("type") == "person"]
        pred = [a for a in rec.actors if a.type == "person"]
        for ga in gold_people:
            sc.persons += 1
            gforms = _forms(ga["name"], ga.get("aliases", []))
            match = next((p for p in pred if _forms(p.name, p.aliases) & gforms), None)
            if match is None:
                sc.misses.append(f"{g.id}: missed person {ga['name']}")
                continue
            if match.country == ga.get("country"):
                sc.person_country_right += 1
            else:
                sc.misses.append(
                    f"{g.id}: {ga['name']} country {match.country} != {ga.get('country')}"
                )
            if _forms(match.name, match.aliases) == gforms:
                sc.groups_exact += 1
            else:
                sc.misses.append(
                    f"{g.id}: group {sorted(_forms(match.name, match.aliases))} != {sorted(gforms)}"
                )
        for p in pred:
            pforms = _forms(p.name, p.aliases)
            owners = [
                ga for ga in gold_people if _forms(ga["name"], ga.get("aliases", [])) & pforms
            ]
            if len(owners) > 1:
                sc.wrong_merges += 1
                sc.misses.append(f"{g.id}: wrong merge {p.name} {p.aliases}")
        for gp in g.places:
            sc.places += 1
            want = _bare_place(gp["name"])
            match = next((p for p in rec.places if _bare_place(p.name) == want), None)
            if match is None and rec.text is not None:
                match = next(
                    (
                        p
                        for p in rec.places
                        if any(_bare_place(rec.text[s:e]) == want for s, e in p.mentions)
                    ),
                    None,
                )
            if match is None:  # two names for one gazetteer entry ("U.S.", "United States")
                entry = gazetteer().lookup(gp["name"])
                match = next(
                    (
                        p
                        for p in rec.places
                        if entry is not None and gazetteer().lookup(p.name) == entry
                    ),
                    None,
                )
            if match is not None and match.country == gp.get("country"):
                sc.place_country_right += 1
            else:
                sc.misses.append(
                    f"{g.id}: place {gp['name']} -> "
                    f"{match.country if match else 'missed'} != {gp.get('country')}"
                )
    return sc


#: How parties are compared: "strict" by name forms (a state by its code too); "code" also
#: lets an actor stand for its state (gold "Greece" ~ coded "Kostas Alexiou, GRC"), the
#: actor-code level at which event datasets such as ICEWS and POLECAT are compared.
MATCH = {"mode": "code"}


def _actor_forms(rec: CodedStory, ids: list[str]) -> list[set[str]]:
    by_id = {a.id: a for a in rec.actors}
    out = []
    for i in ids:
        a = by_id.get(i)
        if a is None:
            continue
        forms = _forms(a.name, a.aliases)
        if a.country and (a.type == "country" or MATCH["mode"] == "code"):
            forms.add("=" + a.country)
        out.append(forms)
    return out


def _gold_forms(g: Gold, names: list[str]) -> list[set[str]]:
    by_name = {a["name"]: a for a in g.actors}
    out = []
    for n in names:
        a = by_name.get(n)
        forms = _forms(n, a.get("aliases", []) if a else [])
        if a and a.get("country") and (a.get("type") == "country" or MATCH["mode"] == "code"):
            forms.add("=" + a["country"])
        out.append(forms)
    return out


def _parties_match(gold: list[set[str]], pred: list[set[str]]) -> bool:
    """Every gold party is among the predicted ones. Extra predicted parties are tolerated
    (a gold event with no recipient matches one coded with a recipient), except in the
    ``exact`` mode, where every predicted party must also be a gold one."""
    if MATCH.get("parties") == "exact" and not all(any(gf & pf for gf in gold) for pf in pred):
        return False
    if not gold:
        return True
    return all(any(gf & pf for pf in pred) for gf in gold)


def _directed_match(rec: CodedStory, e: Any, gact: list[set[str]], grec: list[set[str]]) -> bool:
    """Gold actors among the coded actors and gold recipients among the coded recipients.
    A gold event with parties but no recipient is reciprocal ("A and B met"): its parties
    may be coded either side, as a coder may write it A -> B."""
    act, recp = _actor_forms(rec, e.actors), _actor_forms(rec, e.recipients)
    if not grec:
        return _parties_match(gact, act + recp)
    return _parties_match(gact, act) and _parties_match(grec, recp)


@dataclass
class EventScores:
    full: PRF = field(default_factory=PRF)
    category: PRF = field(default_factory=PRF)
    confusion: Confusion = field(default_factory=Confusion)
    flags_right: int = 0
    flags_total: int = 0
    misses: list[str] = field(default_factory=list)


def _overlap(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _jaccard(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]) or 1)


def score_events(gold: list[Gold], coded: dict[str, CodedStory]) -> EventScores:
    sc = EventScores()
    for g in gold:
        rec = coded[g.id]
        used_full: set[int] = set()
        used_cat: set[int] = set()
        for ge in g.events:
            gact, grec = (
                _gold_forms(g, ge.get("actors", [])),
                _gold_forms(g, ge.get("recipients", [])),
            )
            cands = [(i, e) for i, e in enumerate(rec.events) if _overlap(e.span, ge["span"])]
            cat = next(
                ((i, e) for i, e in cands if e.category == ge["category"] and i not in used_cat),
                None,
            )
            if cat:
                used_cat.add(cat[0])
                sc.category.tp += 1
            else:
                sc.category.fn += 1
            sc.confusion.add(ge["category"], cands[0][1].category if cands else "NONE")
            full = next(
                (
                    (i, e)
                    for i, e in cands
                    if e.category == ge["category"]
                    and i not in used_full
                    and _directed_match(rec, e, gact, grec)
                ),
                None,
            )
            if full:
                used_full.add(full[0])
                sc.full.tp += 1
                e = full[1]
                for flag in ("negated", "hypothetical", "historical"):
                    sc.flags_total += 1
                    sc.flags_right += bool(e.__getattribute__(flag)) == bool(ge.get(flag))
            else:
                sc.full.fn += 1
                sc.misses.append(
                    f"{g.id}: missed {ge['category']} {ge.get('actors')} -> {ge.get('recipients')}"
                )
        for i, e in enumerate(rec.events):
            if i not in used_full:
                sc.full.fp += 1
                sc.misses.append(f"{g.id}: extra {e.category} {e.trigger!r} {e.text[:60]!r}")
            if i not in used_cat:
                sc.category.fp += 1
                if not any(_overlap(e.span, ge["span"]) for ge in g.events):
                    sc.confusion.add("NONE", e.category)
    return sc


@dataclass
class QuoteScores:
    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    direct_exact: PRF = field(default_factory=PRF)
    direct_overlap: PRF = field(default_factory=PRF)
    speaker_right: int = 0
    speaker_total: int = 0
    misses: list[str] = field(default_factory=list)


def score_quote_spans(
    gold: list[tuple[tuple[int, int], set[str], str]],
    pred: list[tuple[tuple[int, int], set[str], str]],
    sc: QuoteScores,
    story: str,
) -> None:
    """citron-style matching: exact span, or any overlap; one prediction per gold quote."""
    for kind_filter, exact, overlap in (
        (None, sc.exact, sc.overlap),
        ("direct", sc.direct_exact, sc.direct_overlap),
    ):
        gs = [q for q in gold if kind_filter is None or q[2] == kind_filter]
        ps = [q for q in pred if kind_filter is None or q[2] == kind_filter]
        used_e: set[int] = set()
        used_o: set[int] = set()
        for span, speaker, _ in gs:
            e = next((i for i, p in enumerate(ps) if p[0] == span and i not in used_e), None)
            if e is not None:
                used_e.add(e)
                exact.tp += 1
            else:
                exact.fn += 1
            # The best-overlapping free prediction, so that a quote nested in another
            # ("X said Y told Z that ...") is matched to its own span, not to its host's.
            o = max(
                (i for i, p in enumerate(ps) if _overlap(p[0], span) and i not in used_o),
                key=lambda i: _jaccard(ps[i][0], span),
                default=None,
            )
            if o is not None:
                used_o.add(o)
                overlap.tp += 1
                if kind_filter is None:
                    sc.speaker_total += 1
                    if ps[o][1] & speaker if speaker else not ps[o][1]:
                        sc.speaker_right += 1
                    else:
                        sc.misses.append(
                            f"{story}: speaker {sorted(ps[o][1])} != {sorted(speaker)} at {span}"
                        )
            else:
                overlap.fn += 1
                if kind_filter is None:
                    sc.misses.append(f"{story}: missed quote at {span}")
        exact.fp += len(ps) - len(used_e)
        overlap.fp += len(ps) - len(used_o)


ScoredQuote = tuple[tuple[int, int], set[str], str]  # span, speaker's name forms, kind


def gold_quotes(g: Gold, kind: str | None = None) -> list[ScoredQuote]:
    """The gold quotes of a story (of one kind, if given) in the form the scorer compares."""
    return [
        (
            tuple(q["span"]),
            _gold_forms(g, [q["speaker"]])[0]
            if q.get("speaker")  # type: ignore[misc]
            else set(),
            q["kind"],
        )
        for q in g.quotes
        if kind is None or q["kind"] == kind
    ]


def coded_quotes(rec: CodedStory, kind: str | None = None) -> list[ScoredQuote]:
    """The coder's quotes of a record (of one kind, if given), as :func:`gold_quotes`."""
    out: list[ScoredQuote] = []
    for q in rec.quotes:
        if kind is None or q.kind == kind:
            forms = _actor_forms(rec, [q.speaker]) if q.speaker else []
            out.append((q.span, forms[0] if forms else set(), q.kind))
    return out


def score_quotes(gold: list[Gold], coded: dict[str, CodedStory]) -> QuoteScores:
    sc = QuoteScores()
    for g in gold:
        score_quote_spans(gold_quotes(g), coded_quotes(coded[g.id]), sc, g.id)
    return sc
