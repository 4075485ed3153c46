"""False events on stories with no political events: Reuters-21578 commodity reports.

Stories are chosen by their Reuters TOPICS tags: at least one commodity topic and none of
the tags that mark politics or policy. Every event the coder finds in them is counted as
false; the figure is the share of stories with any event, and events per story.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

COMMODITIES = {
    "cocoa",
    "coffee",
    "grain",
    "wheat",
    "corn",
    "sugar",
    "crude",
    "gold",
    "silver",
    "copper",
    "cotton",
    "rubber",
    "tin",
    "zinc",
    "lead",
    "soybean",
    "veg-oil",
    "palm-oil",
    "livestock",
    "carcass",
    "oilseed",
    "barley",
    "rice",
    "nat-gas",
    "iron-steel",
    "alum",
    "nickel",
    "orange",
    "tea",
    "wool",
    "hog",
    "sorghum",
    "meal-feed",
    "rapeseed",
    "platinum",
    "strategic-metal",
    "pet-chem",
}
#: Tags that mean the story may well report political action; such stories are left out.
POLITICAL = {
    "trade",
    "money-fx",
    "interest",
    "bop",
    "gnp",
    "jobs",
    "ipi",
    "reserves",
    "money-supply",
    "acq",
    "earn",
}


def select(sgml_dir: Path, n: int) -> list[str]:
    """NEWIDs of the first ``n`` commodity-only stories with a body, in file order."""
    out: list[str] = []
    for f in sorted(sgml_dir.glob("reut2-*.sgm")):
        raw = f.read_bytes().decode("latin-1")
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', raw, re.S):
            topics = set(
                re.findall(
                    r"<D>([^<]+)</D>",
                    (
                        re.search(r"<TOPICS>(.*?)</TOPICS>", m.group(2), re.S) or re.match("", "")
                    ).group(0),
                )
            )
            if topics & COMMODITIES and not topics & POLITICAL and "<BODY>" in m.group(2):
                out.append(f"reuters-{m.group(1)}")
                if len(out) == n:
                    return out
    return out


def run(sgml_dir: Path, n: int = 500) -> dict[str, Any]:
    from dateline.nlp.coder import Coder
    from dateline.read import read_paths

    ids = set(select(sgml_dir, n))
    stories = [
        s for s in read_paths(sorted(str(p) for p in sgml_dir.glob("reut2-*.sgm"))) if s.id in ids
    ]
    with_events = 0
    events = 0
    cats: Counter[str] = Counter()
    examples = []
    for rec in Coder().code(stories):
        if rec.events:
            with_events += 1
            events += len(rec.events)
            cats.update(e.category for e in rec.events)
            examples.extend(
                f"{rec.id}: {e.category} {e.trigger!r}: {e.text[:80]}" for e in rec.events[:1]
            )
    return {
        "benchmark": "false events on Reuters commodity stories",
        "stories": len(stories),
        "stories_with_events": with_events,
        "false_event_story_rate": round(with_events / len(stories), 3) if stories else 0,
        "events_per_story": round(events / len(stories), 3) if stories else 0,
        "by_category": dict(cats.most_common()),
        "misses": examples,
    }
