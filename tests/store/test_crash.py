"""Kill -9 in the middle of `dateline code --db`, run again: the same database as a clean run.

The coder runs as a real subprocess over a few hundred generated stories, committing
every few stories; the test kills it with SIGKILL as soon as some chunks are stored.
Nothing half-stored may be left, and the rerun must finish the job without coding twice.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
from sqlalchemy import func, select

from dateline.store import Store, StoreError
from dateline.store.schema import stories

from .dump import dump

N = 200
FIRST = ["Adilbek", "Mikhal", "Anna", "Jorge", "Li", "Fatima", "Olga", "Kwame", "Maria"]
LAST = ["Dzhaksybekov", "Hasek", "Kowalska", "Ramirez", "Wei", "Haddad", "Petrova", "Mensah"]
DESKS = [("ASTANA", "Kazinform"), ("PRAGUE", "CTK"), ("WARSAW", "PAP"), ("LIMA", "Reuters")]


def write_stories(path: Path) -> None:
    """Short wire stories with recurring people, so entities span stories."""
    lines = []
    for i in range(N):
        r = random.Random(i)
        a, b = (f"{r.choice(FIRST)} {r.choice(LAST)}" for _ in range(2))
        city, agency = DESKS[i % len(DESKS)]
        text = (
            f"{city}, March {1 + i % 28} ({agency}) - Foreign Minister {a} met Trade "
            f'Minister {b} on Monday to discuss cooperation in energy. "We agreed to '
            f'expand trade," {a.split()[1]} told reporters. {b} said the talks had been '
            "useful."
        )
        lines.append(
            orjson.dumps(
                {"id": f"story-{i:04d}", "text": text, "date": f"2020-03-{1 + i % 28:02d}"}
            )
        )
    path.write_bytes(b"\n".join(lines) + b"\n")


def command(source: Path, db: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "dateline.cli",
        "code",
        str(source),
        "--db",
        db,
        "--commit-every",
        "4",
        "--no-progress",
    ]


def stored_count(db: str) -> int:
    try:
        with Store(db, readonly=True) as store, store.connect() as conn:
            return conn.execute(select(func.count()).select_from(stories)).scalar_one()
    except StoreError:  # not created yet
        return 0


def test_a_run_killed_mid_batch_resumes_to_the_same_database_as_a_clean_run(
    new_db, tmp_path: Path
) -> None:
    source = tmp_path / "stories.jsonl"
    write_stories(source)
    clean, crashed = new_db(), new_db()
    subprocess.run(command(source, clean), check=True, capture_output=True, timeout=600)
    assert stored_count(clean) == N

    proc = subprocess.Popen(
        command(source, crashed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    while stored_count(crashed) < 12 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = stored_count(crashed)
    assert 12 <= at_kill < N, f"the kill did not land mid-run ({at_kill} of {N} stored)"

    with Store(crashed, readonly=True) as store, store.connect() as conn:
        partial = set(conn.execute(select(stories.c.id)).scalars())
    assert dump(crashed, partial) == dump(clean, partial)  # no story is half-stored

    rerun = subprocess.run(
        command(source, crashed), check=True, capture_output=True, text=True, timeout=600
    )
    assert f"stored {N - at_kill} stories" in rerun.stderr
    assert f"skipped {at_kill} already stored" in rerun.stderr
    assert dump(crashed) == dump(clean)
