"""Store benchmark: what storing costs the coding rate, and how fast the API's /events answers.

1. Ingest. The same Reuters stories are coded three ways with one loaded pipeline:
   code only (JSON Lines to /dev/null, what `dateline code` does), code + store into
   SQLite, code + store into PostgreSQL (what `dateline code --db` does). The rate drop is
   the store's cost; it is also measured alone by storing the coded records again into a
   fresh database, which is more precise than a difference of two noisy coding runs.
2. Query latency. 100,000 events (20,000 synthetic stories built from the model classes)
   are stored, statistics refreshed (`dateline db optimize`), then each /events filter
   below is requested through the ASGI app (FastAPI routing, validation and JSON
   included; no network) and timed; p50/p95 per filter.

PostgreSQL is a throwaway durable server (fsync on) started from the installed binaries.

    python benchmarks/store.py                  # 1,000 stories, 100,000 events
    python benchmarks/store.py -n 300 --events 20000 --repeat 20
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578"

FILTERS = [
    "/events",
    "/events?category=CONSULT",
    "/events?country=KAZ",
    "/events?country=KAZ&country=CZE",
    "/events?category=CONSULT&country=KAZ&country=CZE&from=2018-01-01",
    "/events?from=2020-01-01&to=2020-12-31",
    "/events?actor={person}",
    "/events?actor={surname}",
    "/events?category=ASSAULT&offset=1000",
]


def load_stories(n: int) -> list[Any]:
    """The first ``n`` Reuters stories with a body: the same as the throughput benchmark's."""
    if not any(REUTERS.glob("reut2-*.sgm")):
        sys.exit(f"Reuters-21578 not found at {REUTERS}")
    from throughput import load_stories as first_stories  # this folder is on sys.path

    return first_stories(n)


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    n = fn()
    return time.perf_counter() - start, n


def ingest(n: int, pg: Any, workdir: Path) -> dict[str, Any]:
    import orjson

    from dateline.nlp.coder import Coder
    from dateline.store import Store

    stories = load_stories(n)
    coder = Coder(with_text=True)
    list(coder.code(stories[:20]))  # warm up the pipeline

    def code_only() -> int:
        k = 0
        with open(os.devnull, "wb") as out:
            for rec in coder.code(stories):
                rec.text = None
                out.write(orjson.dumps(rec.to_dict()) + b"\n")
                k += 1
        return k

    coded: list[Any] = []

    def code_and_store(target: str) -> Callable[[], int]:
        def run() -> int:
            with Store(target) as store:
                coded[:] = list(store.ingest(coder.code(stories), commit_every=64))
            return len(coded)

        return run

    def store_only(target: str) -> Callable[[], int]:
        def run() -> int:
            with Store(target) as store:
                for _ in store.ingest(iter(coded), commit_every=64):
                    pass
            return len(coded)

        return run

    results: dict[str, Any] = {"stories": len(stories)}
    backends: list[tuple[str, Callable[[str], str]]] = [
        ("sqlite", lambda tag: str(workdir / f"{tag}.db"))
    ]
    if pg is not None:
        backends.append(("postgresql", pg.create_database))
    base = [timed(code_only)[0]]
    for name, new_db in backends:
        t_store, _ = timed(code_and_store(new_db("ingest_a")))
        base.append(timed(code_only)[0])  # interleaved, so drift hits both sides alike
        t_alone, _ = timed(store_only(new_db("ingest_b")))
        results[name] = {
            "code_and_store_s": t_store,
            "store_only_s": t_alone,
            "code_and_store_rate": len(stories) / t_store,
            "store_only_rate": len(stories) / t_alone,
        }
    code_s = statistics.mean(base)
    results["code_only_s"] = code_s
    results["code_only_rate"] = len(stories) / code_s
    for name, _ in backends:
        r = results[name]
        r["rate_drop_pct"] = 100 * (1 - r["code_and_store_rate"] / results["code_only_rate"])
        r["store_cost_pct_of_coding"] = 100 * r["store_only_s"] / code_s
    return results


FIRST = [
    "Adilbek",
    "Mikhal",
    "Anna",
    "Jorge",
    "Li",
    "Fatima",
    "Olga",
    "Kwame",
    "Maria",
    "Tomas",
    "Aigerim",
    "Pierre",
    "Sven",
    "Ngozi",
    "Hiroshi",
    "Leila",
    "Ivan",
    "Chen",
    "Amina",
    "Pablo",
]
LAST = [
    "Dzhaksybekov",
    "Hasek",
    "Kowalska",
    "Ramirez",
    "Wei",
    "Haddad",
    "Petrova",
    "Mensah",
    "Silva",
    "Novak",
    "Nurlanova",
    "Dubois",
    "Larsen",
    "Okafor",
    "Tanaka",
    "Rahimi",
    "Ivanov",
    "Zhang",
    "Bello",
    "Garcia",
    "Schmidt",
    "Rossi",
    "Kim",
    "Nguyen",
    "Ali",
]
COUNTRIES = [
    "KAZ",
    "CZE",
    "USA",
    "CHN",
    "RUS",
    "FRA",
    "DEU",
    "GBR",
    "KEN",
    "NGA",
    "BRA",
    "PER",
    "JPN",
    "KOR",
    "IND",
    "TUR",
    "POL",
    "UKR",
    "IRN",
    "EGY",
    "ZAF",
    "MEX",
    "ARG",
    "IDN",
    "THA",
    "VNM",
    "PAK",
    "SAU",
    "ISR",
    "ITA",
]
SECTORS = ["GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "CVL", "BUS", "MED"]


def synthetic(n_stories: int, events_per_story: int) -> Iterator[Any]:
    """Stories with the shape real ones have: a handful of actors drawn from a few thousand
    recurring people, events between them over ten years, quotes."""
    from dateline.model import PLOVER_CATEGORIES, Actor, CodedStory, Event, Quote

    r = random.Random(7)
    people = [
        (f"{f} {s}", c, r.choice(SECTORS))
        for f in FIRST
        for s in LAST
        for c in r.sample(COUNTRIES, 4)
    ]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(people))]  # a few are in the news a lot
    for i in range(n_stories):
        cast = r.choices(people, weights, k=6)
        actors = [
            Actor(
                id=f"A{k + 1}",
                name=n,
                aliases=[f"{n[0]}. {n.split()[-1]}"],
                role="Minister",
                country=c,
                sector=sec,
                mentions=[(k * 10, k * 10 + 8)],
            )
            for k, (n, c, sec) in enumerate(cast)
        ]
        day = f"{r.randint(2015, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        events = []
        for k in range(events_per_story):
            a, b = r.sample(range(len(actors)), 2)
            events.append(
                Event(
                    id=f"E{k + 1}",
                    category=r.choice(PLOVER_CATEGORIES),
                    actors=[f"A{a + 1}"],
                    recipients=[f"A{b + 1}"],
                    date=day if r.random() < 0.5 else None,
                    text="an evidence sentence of ordinary length for the event",
                    span=(0, 50),
                    contexts=["diplomatic"],
                    confidence=0.8,
                )
            )
        quotes = [
            Quote(
                id=f"Q{k + 1}",
                speaker=f"A{k + 1}",
                text="We agreed to cooperate.",
                cue="said",
                kind="direct",
                span=(0, 22),
            )
            for k in range(2)
        ]
        yield CodedStory(
            id=f"syn-{i:06d}",
            date=day,
            place="Astana",
            country=cast[0][1],
            agency="Synthetic",
            text="x" * 1500,
            actors=actors,
            events=events,
            quotes=quotes,
        )


def latency(target: str, n_events: int, repeat: int) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from dateline.api import create_app
    from dateline.store import Store

    per_story = 5
    start = time.perf_counter()
    with Store(target) as store:
        batch: list[Any] = []
        for rec in synthetic(n_events // per_story, per_story):
            batch.append(rec)
            if len(batch) == 500:
                store.write(batch)
                batch = []
        store.write(batch)
    load_s = time.perf_counter() - start
    with Store(target) as store:  # what autovacuum does in time: `dateline db optimize`
        store.optimize()

    with TestClient(create_app(target)) as client:
        top = client.get("/actors?limit=1&type=person").json()["items"][0]
        fill = {"person": top["name"].replace(" ", "%20"), "surname": top["name"].split()[-1]}
        urls = [u.format(**fill) for u in FILTERS]
        for u in urls:  # warm caches and check every filter answers
            resp = client.get(u)
            assert resp.status_code == 200, (u, resp.text)
        times: dict[str, list[float]] = {u: [] for u in urls}
        totals = {u: client.get(u).json()["total"] for u in urls}
        for _ in range(repeat):
            for u in urls:
                t = time.perf_counter()
                client.get(u)
                times[u].append((time.perf_counter() - t) * 1000)
    allt = [x for v in times.values() for x in v]
    return {
        "events": n_events,
        "load_s": load_s,
        "load_stories_per_s": n_events / per_story / load_s,
        "p95_ms_all": _p95(allt),
        "filters": {
            u: {"total": totals[u], "p50_ms": statistics.median(v), "p95_ms": _p95(v)}
            for u, v in times.items()
        },
    }


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) > 1 else xs[0]


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", type=int, default=1000, help="Reuters stories to code (ingest)")
    ap.add_argument("--events", type=int, default=100_000, help="events to store (latency)")
    ap.add_argument("--repeat", type=int, default=50, help="requests per filter")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    args = ap.parse_args()

    from dateline.store.pgtemp import PostgresUnavailable, TempPostgres

    pg: TempPostgres | None = None
    if not args.no_postgres:
        try:
            pg = TempPostgres(durable=True)
            pg.start()
        except PostgresUnavailable as exc:
            print(f"PostgreSQL skipped: {exc}", file=sys.stderr)
            pg = None
    result: dict[str, Any] = {"machine": machine()}
    try:
        with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
            work = Path(tmp)
            if pg is not None:
                result["machine"]["postgresql"] = pg.bindir.parts[-2]
            if not args.skip_ingest:
                result["ingest"] = ingest(args.n, pg, work)
            result["latency"] = {
                "sqlite": latency(str(work / "latency.db"), args.events, args.repeat)
            }
            if pg is not None:
                result["latency"]["postgresql"] = latency(
                    pg.create_database("latency"), args.events, args.repeat
                )
    finally:
        if pg is not None:
            pg.stop()
    if args.json:
        print(json.dumps(result, indent=2))
        return
    report(result)


def report(r: dict[str, Any]) -> None:
    m = r["machine"]
    print(
        f"machine: {m['cpu']}, {m['cpus']} CPUs, Python {m['python']}, SQLite {m['sqlite']}"
        + (f", PostgreSQL {m['postgresql']}" if "postgresql" in m else "")
    )
    if "ingest" in r:
        i = r["ingest"]
        print(f"\ningest, {i['stories']} Reuters stories, one process:")
        print(f"  code only                 {i['code_only_rate']:7.1f} stories/s")
        for name in ("sqlite", "postgresql"):
            if name in i:
                b = i[name]
                print(
                    f"  code + store {name:<12} {b['code_and_store_rate']:7.1f} stories/s "
                    f"(rate drop {b['rate_drop_pct']:+.1f}%)   store alone "
                    f"{b['store_only_rate']:7.0f} stories/s = "
                    f"{b['store_cost_pct_of_coding']:.1f}% of coding time"
                )
    for name, lat in r["latency"].items():
        print(
            f"\n/events on {lat['events']:,} stored events, {name} "
            f"(loaded at {lat['load_stories_per_s']:,.0f} stories/s): "
            f"p95 over all filters {lat['p95_ms_all']:.1f} ms"
        )
        for url, f in lat["filters"].items():
            print(
                f"  {f['p50_ms']:7.1f} ms p50 {f['p95_ms']:7.1f} ms p95  "
                f"{f['total']:>7,} matches  {url}"
            )


if __name__ == "__main__":
    main()
