"""Print an evaluation report for people: headline figures, then per-category tables."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def _prf_table(title: str, rows: dict[str, dict[str, Any]]) -> Table:
    t = Table(title=title)
    for col in ("", "tp", "fp", "fn", "precision", "recall", "f1"):
        t.add_column(col, justify="right" if col else "left")
    for name, r in rows.items():
        t.add_row(name, *(str(r[k]) for k in ("tp", "fp", "fn", "precision", "recall", "f1")))
    return t


def print_report(report: dict[str, Any], misses: int = 0) -> None:
    console = Console(highlight=False)
    console.print(
        f"[bold]{report['benchmark']}[/bold]"
        + (f"  split={report['split']}" if "split" in report else "")
    )
    flat = {k: v for k, v in report.items() if not isinstance(v, dict | list)}
    for k, v in flat.items():
        if k not in {"benchmark", "split"}:
            console.print(f"  {k}: {v}")
    for k, v in report.items():
        if not isinstance(v, dict) or k in {"per_category", "confusion", "misses_by_part"}:
            continue
        if all(isinstance(x, dict) and "f1" in x for x in v.values()):
            console.print(_prf_table(k, v))
            continue
        console.print(f"[bold]{k}[/bold]")
        for kk, vv in v.items():
            if isinstance(vv, dict) and vv and all(isinstance(x, dict) for x in vv.values()):
                console.print(_prf_table(f"{k}: {kk}", vv))
            elif isinstance(vv, dict) and "f1" in vv:
                console.print(
                    f"  {kk}: P={vv['precision']} R={vv['recall']} F1={vv['f1']} "
                    f"(tp={vv['tp']} fp={vv['fp']} fn={vv['fn']})"
                )
            elif not isinstance(vv, dict):
                console.print(f"  {kk}: {vv}")
    if "per_category" in report:
        console.print(_prf_table("per category", report["per_category"]))
    if misses and report.get("misses"):
        console.print("[bold]misses[/bold]")
        for m in report["misses"][:misses]:
            console.print(f"  {m}")
