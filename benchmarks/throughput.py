"""Throughput: dateline against raw spaCy ``nlp.pipe`` on the same Reuters stories.

Each configuration runs in a fresh subprocess so that peak RSS (``ru_maxrss`` of the
process and its children) belongs to that configuration alone. Raw spaCy is the ceiling:
the same pipeline over the same body texts with ``n_process`` equal to the worker count.
dateline is the full job: read the SGML, code, serialise JSON Lines.

    python benchmarks/throughput.py                # 2,000 stories, 1 and 2 workers
    python benchmarks/throughput.py -n 500 --workers 1
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578"


def load_stories(n: int):
    from dateline.read import read_paths

    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    out = []
    for s in read_paths(files):
        if s.text.strip():
            out.append(s)
            if len(out) == n:
                break
    return out


def run_raw(n: int, workers: int) -> dict[str, float]:
    from dateline.nlp.pipeline import load

    texts = [s.text[s.body_start :] for s in load_stories(n)]
    nlp = load()
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32, n_process=workers):
        pass
    return {"seconds": time.perf_counter() - start, "stories": len(texts)}


def run_dateline(n: int, workers: int) -> dict[str, float]:
    import orjson

    from dateline.runner import code_stories

    stories = load_stories(n)
    if workers == 1:
        # Same footing as raw spaCy, whose model is loaded before its clock starts: load
        # the pipeline and gazetteer first. With N workers, both sides load inside the clock.
        from dateline.nlp.coder import Coder
        from dateline.nlp.gazetteer import gazetteer

        Coder()
        gazetteer()
    start = time.perf_counter()
    with open(os.devnull, "wb") as out:
        for rec in code_stories(stories, workers=workers):
            out.write(orjson.dumps(rec.to_dict()) + b"\n")
    return {"seconds": time.perf_counter() - start, "stories": len(stories)}


def child(kind: str, n: int, workers: int) -> None:
    result = (run_raw if kind == "raw" else run_dateline)(n, workers)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result["peak_rss_mb_per_process"] = max(own, kids) / 1024
    print(json.dumps(result))


def measure(kind: str, n: int, workers: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", kind, "-n", str(n), "--workers", str(workers)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="stories (with a body) to code")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--child", choices=["raw", "dateline"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not REUTERS.exists():
        sys.exit(f"Reuters-21578 not found at {REUTERS}; this benchmark needs ../shared")
    if args.child:
        child(args.child, args.n, args.workers[0])
        return
    cpu = platform.processor() or platform.machine()
    print(
        f"# {time.strftime('%Y-%m-%d')} {platform.node()} {cpu} {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(f"# {args.n} Reuters-21578 stories with a body; peak RSS is the largest single process")
    print(
        f"{'workers':>7} {'raw spaCy/s':>12} {'dateline/s':>11} {'ratio':>6} "
        f"{'raw RSS MB':>11} {'dateline RSS MB':>16}"
    )
    for w in args.workers:
        raw = measure("raw", args.n, w)
        dl = measure("dateline", args.n, w)
        raw_rate = raw["stories"] / raw["seconds"]
        dl_rate = dl["stories"] / dl["seconds"]
        print(
            f"{w:>7} {raw_rate:>12.1f} {dl_rate:>11.1f} {dl_rate / raw_rate:>6.2f} "
            f"{raw['peak_rss_mb_per_process']:>11.0f} {dl['peak_rss_mb_per_process']:>16.0f}"
        )


if __name__ == "__main__":
    main()
