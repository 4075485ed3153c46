"""A readable digest of coded records for people: `dateline summary coded.jsonl`."""

from __future__ import annotations

from pathlib import Path

import orjson
from rich.console import Console

from dateline.model import CodedStory, coded_from_dict


def _actor_label(rec: CodedStory, actor_id: str) -> str:
    for a in rec.actors:
        if a.id == actor_id:
            code = "/".join(x for x in (a.country, a.sector) if x)
            return f"{a.name} ({code})" if code else a.name
    return actor_id


def describe(rec: CodedStory) -> list[str]:
    """The lines that tell one story: header, actors, events, quotes, errors."""
    where = ", ".join(x for x in (rec.place, rec.country) if x) or "place unknown"
    lines = [f"[bold]{rec.id}[/bold]  {rec.date or 'date unknown'}  {where}  {rec.agency or ''}"]
    if rec.title:
        lines.append(f"  [italic]{rec.title}[/italic]")
    for a in rec.actors:
        bits = [x for x in (a.role, a.country, a.sector) if x]
        alias = f" aka {', '.join(a.aliases)}" if a.aliases else ""
        lines.append(f"  actor  {a.id} {a.name}{alias}" + (f" — {'; '.join(bits)}" if bits else ""))
    if rec.places:
        lines.append(
            "  places "
            + ", ".join(f"{p.name} ({p.country})" if p.country else p.name for p in rec.places)
        )
    for e in rec.events:
        who = " & ".join(_actor_label(rec, x) for x in e.actors) or "?"
        whom = " & ".join(_actor_label(rec, x) for x in e.recipients)
        flags = [
            f
            for f, on in (
                ("negated", e.negated),
                ("hypothetical", e.hypothetical),
                ("historical", e.historical),
            )
            if on
        ]
        mode = f"/{e.mode}" if e.mode else ""
        lines.append(
            f"  event  {who} —{e.category}{mode}→ {whom or '-'}"
            f"  [dim]{e.date or ''} {e.place or ''} {' '.join(flags)}[/dim]"
        )
    for q in rec.quotes:
        who = _actor_label(rec, q.speaker) if q.speaker else "?"
        text = q.text if len(q.text) < 90 else q.text[:87] + "..."
        lines.append(f"  quote  {who} ({q.kind}, {q.cue}): “{text}”")
    for err in rec.errors:
        lines.append(f"  [red]error[/red]  {err}")
    return lines


def print_summary(path: Path, limit: int = 50) -> None:
    console = Console(highlight=False)
    totals = {"stories": 0, "actors": 0, "places": 0, "events": 0, "quotes": 0, "errors": 0}
    with path.open("rb") as fh:
        for line in fh:
            rec = coded_from_dict(orjson.loads(line))
            totals["stories"] += 1
            totals["actors"] += len(rec.actors)
            totals["places"] += len(rec.places)
            totals["events"] += len(rec.events)
            totals["quotes"] += len(rec.quotes)
            totals["errors"] += bool(rec.errors)
            if totals["stories"] <= limit:
                for ln in describe(rec):
                    console.print(ln)
                console.print()
    console.print(", ".join(f"{v} {k}" for k, v in totals.items()))
