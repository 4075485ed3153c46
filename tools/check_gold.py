"""Check a dev-set gold file (``eval/dev/*.jsonl``) for the mistakes annotators make.

Every line must name a story ``dateline`` can read, every span must lie inside that
story's text, and every name an event or quote uses must be an actor's canonical name
in the same line (docs/annotation.md). With ``--show`` the text of every span is
printed so an annotator can read back what the offsets cover.

    .venv/bin/python tools/check_gold.py eval/dev/tune.jsonl [--show]

Exit status 1 when a problem is found; the problems are printed one per line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson

from dateline.read import read_paths

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
ACTOR_TYPES = {"person", "organisation", "country"}
QUOTE_KINDS = {"direct", "indirect", "mixed"}
TENSES = {"past", "present", "future"}


def _span_ok(span: Any, size: int) -> bool:
    return (
        isinstance(span, list)
        and len(span) == 2
        and all(isinstance(x, int) for x in span)
        and 0 <= span[0] < span[1] <= size
    )


def check_line(d: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """Problems of one gold line (empty when it is sound)."""
    sid = d.get("id", "?")
    text = texts.get(sid)
    if text is None:
        return [f"{sid}: story not found in {d.get('source')}"]
    problems = []
    names: set[str] = set()
    for a in d.get("actors", []):
        if a.get("type") not in ACTOR_TYPES:
            problems.append(f"{sid}: actor {a.get('name')!r} has type {a.get('type')!r}")
        if a.get("name") in names:
            problems.append(f"{sid}: actor {a.get('name')!r} listed twice")
        names.add(a.get("name"))
        country = a.get("country")
        if country is not None and (len(country) != 3 or not country.isupper()):
            problems.append(f"{sid}: actor {a.get('name')!r} country {country!r}")
    for e in d.get("events", []):
        if e.get("category") not in CATEGORIES:
            problems.append(f"{sid}: event category {e.get('category')!r}")
        if e.get("tense") not in TENSES:
            problems.append(f"{sid}: event tense {e.get('tense')!r}")
        if not _span_ok(e.get("span"), len(text)):
            problems.append(f"{sid}: event span {e.get('span')!r} outside the text")
        for who in [*e.get("actors", []), *e.get("recipients", [])]:
            if who not in names:
                problems.append(f"{sid}: event party {who!r} is not an actor's name")
    for q in d.get("quotes", []):
        if q.get("kind") not in QUOTE_KINDS:
            problems.append(f"{sid}: quote kind {q.get('kind')!r}")
        if not _span_ok(q.get("span"), len(text)):
            problems.append(f"{sid}: quote span {q.get('span')!r} outside the text")
        if q.get("speaker") is not None and q["speaker"] not in names:
            problems.append(f"{sid}: quote speaker {q['speaker']!r} is not an actor's name")
    return problems


def main(argv: list[str]) -> int:
    show = "--show" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    problems: list[str] = []
    for path in paths:
        lines = [orjson.loads(x) for x in path.read_bytes().splitlines() if x.strip()]
        sources = sorted({str(ROOT / d["source"]) for d in lines})
        texts = {s.id: s.text for s in read_paths(sources)}
        for d in lines:
            problems += check_line(d, texts)
            if show and d.get("id") in texts:
                text = texts[d["id"]]
                for q in d.get("quotes", []):
                    s, e = q["span"]
                    print(f"{d['id']} quote {q['kind']} {q['speaker']}: {text[s:e]!r}")
                for ev in d.get("events", []):
                    s, e = ev["span"]
                    print(f"{d['id']} event {ev['category']}: {text[s:e][:120]!r}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
