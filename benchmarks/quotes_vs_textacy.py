"""Quotes: dateline against textacy's direct_quotations on the same held-out stories.

Both read the same spaCy Doc of each story (the same pipeline, the same unwrapped text),
so the comparison is of quote finding and attribution alone. Scored like citron: exact
and overlap precision/recall/F1 on direct quotes, and speaker accuracy (a speaker is right
when its words are a name form of the gold speaker).

    make bench-quotes            # installs textacy (benchmark-only) and runs this
    .venv/bin/python benchmarks/quotes_vs_textacy.py --split heldout
"""

from __future__ import annotations

import argparse

from dateline.evaluate import devset
from dateline.nlp.coder import unwrap
from dateline.nlp.gazetteer import fold

BAILED: list[int] = []


def textacy_quotes(doc, offset: int) -> list[tuple[tuple[int, int], set[str], str]]:
    from textacy.extract.triples import direct_quotations

    out: list[tuple[tuple[int, int], set[str], str]] = []
    try:
        found = list(direct_quotations(doc))
    except ValueError:
        # textacy refuses documents with an odd number of quotation marks (a quote running
        # over paragraphs, say); such a story yields no textacy quotes.
        BAILED.append(1)
        return out
    for q in found:
        content = q.content
        s, e = content[0].idx, content[-1].idx + len(content[-1].text)
        # textacy's content includes the quotation marks; dateline's and the gold's do not.
        text = doc.text
        if s < e and text[s] in "\"“”'‘’«»":
            s += 1
        if e > s and text[e - 1] in "\"“”'‘’«»":
            e -= 1
        speaker = " ".join(t.text for t in q.speaker)
        out.append(((s + offset, e + offset), {fold(speaker)} if speaker else set(), "direct"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--split", default="heldout", choices=["tune", "heldout"])
    args = ap.parse_args()
    gold = devset.load_gold(args.split)
    coded = devset.code_gold(gold)
    from dateline.nlp.pipeline import load

    nlp = load()
    ours, theirs = devset.QuoteScores(), devset.QuoteScores()
    for g in gold:
        rec = coded[g.id]
        text = rec.text or ""
        gq = devset.gold_quotes(g, "direct")
        pq = devset.coded_quotes(rec, "direct")
        devset.score_quote_spans(gq, pq, ours, g.id)
        doc = nlp(unwrap(text))  # the whole story text, so offsets match the gold's
        tq = textacy_quotes(doc, 0)
        # textacy names speakers by their words; a speaker is right when those words are a
        # form of the gold speaker's name (any token in common counts, e.g. "Quispe").
        tq_forms = [(span, {w for f in sp for w in f.split()}, k) for span, sp, k in tq]
        gq_forms = [(span, {w for f in sp for w in f.split()}, k) for span, sp, k in gq]
        devset.score_quote_spans(gq_forms, tq_forms, theirs, g.id)  # type: ignore[arg-type]
    n_direct = sum(1 for g in gold for q in g.quotes if q["kind"] == "direct")
    print(
        f"# {len(gold)} {args.split} stories, {n_direct} gold direct quotes; "
        f"textacy's speakers count as right when they share a word with the gold name"
    )

    print(
        f"{'system':<10} {'exact P':>8} {'exact R':>8} {'exact F1':>9} {'overlap P':>10} "
        f"{'overlap R':>10} {'overlap F1':>11} {'speaker acc':>12}"
    )
    print(f"# textacy refused {len(BAILED)} stories with unbalanced quotation marks")
    for name, sc in (("dateline", ours), ("textacy", theirs)):
        acc = sc.speaker_right / sc.speaker_total if sc.speaker_total else 0.0
        print(
            f"{name:<10} {sc.exact.precision:>8.3f} {sc.exact.recall:>8.3f} "
            f"{sc.exact.f1:>9.3f} {sc.overlap.precision:>10.3f} {sc.overlap.recall:>10.3f} "
            f"{sc.overlap.f1:>11.3f} {acc:>12.3f}"
        )


if __name__ == "__main__":
    main()
