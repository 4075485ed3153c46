"""The store's commands: ``dateline query``, ``export``, ``serve`` and ``db``.

Kept apart from ``cli.py`` (which codes stories) and registered on its group by
:func:`register`. Every command takes ``--db`` (a SQLite path or a ``postgresql://`` URL;
default ``dateline.db`` or ``$DATELINE_DB``) and opens the store read-only unless its job
is to write. Query results print as a table on a terminal, or as ``--json`` / ``--csv``
for machines.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
import orjson
from sqlalchemy import Connection

from dateline import query as q
from dateline.store import Store, StoreError, default_db

Item = dict[str, Any]
#: (header, value of the column for one item)
Columns = list[tuple[str, Callable[[Item], Any]]]


def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        default=default_db,
        show_default="dateline.db or $DATELINE_DB",
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql:// URL.",
    )(f)


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--csv", "as_csv", is_flag=True, help="CSV on standard output.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="A JSON array on standard output.")(f)
    return f


def page_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option(
        "--offset", type=click.IntRange(0), default=0, show_default=True, help="Rows to skip."
    )(f)
    f = click.option(
        "--limit",
        type=click.IntRange(1, q.MAX_LIMIT),
        default=50,
        show_default=True,
        help="Rows to show.",
    )(f)
    return f


def date_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--to", "date_to", metavar="DATE", help="On or before (YYYY[-MM[-DD]]).")(f)
    f = click.option("--from", "date_from", metavar="DATE", help="On or after (YYYY[-MM[-DD]]).")(f)
    return f


@contextmanager
def reading(db: str) -> Iterator[Connection]:
    """A read-only connection, with store and query problems turned into clean CLI errors."""
    try:
        with Store(db, readonly=True) as store, store.connect() as conn:
            yield conn
    except (StoreError, q.QueryError) as exc:
        raise click.ClickException(str(exc)) from exc


def emit(
    items: list[Item],
    columns: Columns,
    *,
    as_json: bool,
    as_csv: bool,
    title: str | None = None,
    total: int | None = None,
    empty: str = "nothing found",
) -> None:
    """Print rows: JSON (the items as they are), CSV (the columns) or a rich table."""
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(items, option=orjson.OPT_INDENT_2) + b"\n")
        return
    if as_csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow([h for h, _ in columns])
        for it in items:
            w.writerow(["" if (v := get(it)) is None else v for _, get in columns])
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Text(), not str: names and ids with brackets must never be read as rich markup.
    wide = sys.stdout.isatty() or "COLUMNS" in os.environ
    console = Console(highlight=False, width=None if wide else 160)
    if not items:
        console.print(Text(empty))
        return
    table = Table(title=Text(title) if title else None, title_justify="left")
    for header, _ in columns:
        if header in SHORT:  # codes and dates stay whole; the rest share what is left
            table.add_column(header, no_wrap=True)
        else:
            table.add_column(header, ratio=3 if header in PROSE else 1, overflow="fold")
    for it in items:
        table.add_row(*[Text("" if (v := get(it)) is None else str(v)) for _, get in columns])
    console.print(table)
    if total is not None and total > len(items):
        console.print(f"[dim]{len(items)} of {total} shown; --limit/--offset for more[/dim]")


#: Table columns never wrapped (short codes), and those given the most room (prose).
SHORT = {
    "date",
    "event",
    "kind",
    "as",
    "type",
    "country",
    "a country",
    "b country",
    "sector",
    "meetings",
    "first",
    "last",
    "stories",
    "errors",
    "rows",
    "agency",
}
PROSE = {"text", "title"}


def _names(people: list[Item]) -> str:
    return "; ".join(
        f"{p['name'] or p['actor_id']}" + (f" ({p['country']})" if p["country"] else "")
        for p in people
    )


EVENT_COLUMNS: Columns = [
    ("date", lambda e: e["day"]),
    ("event", lambda e: e["category"] + (f"/{e['mode']}" if e["mode"] else "")),
    ("actors", lambda e: _names(e["actors"])),
    ("recipients", lambda e: _names(e["recipients"])),
    ("place", lambda e: e["place"]),
    ("story", lambda e: f"{e['story_id']}:{e['event_id']}"),
    ("text", lambda e: e["text"]),
]
MEETING_COLUMNS: Columns = [
    ("a", lambda m: m["a"]),
    ("a country", lambda m: m["a_country"]),
    ("b", lambda m: m["b"]),
    ("b country", lambda m: m["b_country"]),
    ("meetings", lambda m: m["meetings"]),
    ("first", lambda m: m["first"]),
    ("last", lambda m: m["last"]),
]
TIMELINE_COLUMNS: Columns = [
    ("date", lambda t: t["day"]),
    ("what", lambda t: t["what"]),
    ("as", lambda t: t["part"]),
    ("with", lambda t: "; ".join(t["with"])),
    ("story", lambda t: t["story_id"]),
    ("text", lambda t: t["text"]),
]
QUOTE_COLUMNS: Columns = [
    ("date", lambda x: x["day"]),
    ("speaker", lambda x: (x["speaker"] or {}).get("name")),
    ("kind", lambda x: x["kind"]),
    ("cue", lambda x: x["cue"]),
    ("story", lambda x: f"{x['story_id']}:{x['quote_id']}"),
    ("text", lambda x: x["text"]),
]
ENTITY_COLUMNS: Columns = [
    ("id", lambda a: a["id"]),
    ("name", lambda a: a["name"]),
    ("type", lambda a: a["type"]),
    ("country", lambda a: a["country"]),
    ("sector", lambda a: a["sector"]),
    ("roles", lambda a: "; ".join(a["roles"])),
    ("aliases", lambda a: "; ".join(a["aliases"])),
    ("stories", lambda a: a["stories"]),
]
STORY_COLUMNS: Columns = [
    ("id", lambda s: s["id"]),
    ("date", lambda s: s["date"]),
    ("place", lambda s: s["place"]),
    ("country", lambda s: s["country"]),
    ("agency", lambda s: s["agency"]),
    ("title", lambda s: s["title"]),
    ("errors", lambda s: len(s["errors"]) or None),
]


@click.group("query")
def query_group() -> None:
    """Ask a store: events, meetings, an actor's timeline, quotes, actors, stories.

    \b
    Examples:
      dateline query events --between KAZ CZE --from 2015-01-01 --category CONSULT
      dateline query actor "Dzhaksybekov"
      dateline query quotes --speaker Hasek --json
      dateline query meetings --csv > meetings.csv
    """


def _event_filter(
    category: tuple[str, ...],
    country: tuple[str, ...],
    between: tuple[str, str] | None,
    actor: str | None,
    date_from: str | None,
    date_to: str | None,
    story: str | None = None,
) -> q.EventFilter:
    return q.EventFilter(
        categories=category,
        countries=(*country, *(between or ())),
        actor=actor,
        date_from=date_from,
        date_to=date_to,
        story=story,
    )


def event_filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option(
        "--actor", metavar="NAME_OR_ID", help="Events with this actor (name words or entity id)."
    )(f)
    f = click.option(
        "--between", nargs=2, metavar="A B", help="Events with participants from both countries."
    )(f)
    f = click.option(
        "--country",
        multiple=True,
        metavar="ISO3",
        help="Events with a participant from this country (repeatable).",
    )(f)
    return date_options(f)


@query_group.command("events")
@click.option(
    "--category",
    multiple=True,
    metavar="PLOVER",
    help="PLOVER category, e.g. CONSULT (repeatable).",
)
@event_filter_options
@click.option("--story", metavar="ID", help="Events of one story.")
@page_options
@output_options
@db_option
def query_events(
    category: tuple[str, ...],
    country: tuple[str, ...],
    between: tuple[str, str] | None,
    actor: str | None,
    date_from: str | None,
    date_to: str | None,
    story: str | None,
    limit: int,
    offset: int,
    as_json: bool,
    as_csv: bool,
    db: str,
) -> None:
    """Events in date order: who did what to whom, where, with the evidence sentence."""
    with reading(db) as conn:
        flt = _event_filter(category, country, between, actor, date_from, date_to, story)
        page = q.find_events(conn, flt, limit=limit, offset=offset)
    emit(
        page.items,
        EVENT_COLUMNS,
        as_json=as_json,
        as_csv=as_csv,
        total=page.total,
        title=f"{page.total} events",
        empty="no events match",
    )


@query_group.command("meetings")
@event_filter_options
@click.option(
    "--limit",
    type=click.IntRange(1, q.MAX_LIMIT),
    default=50,
    show_default=True,
    help="Pairs to show.",
)
@output_options
@db_option
def query_meetings(
    country: tuple[str, ...],
    between: tuple[str, str] | None,
    actor: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    as_json: bool,
    as_csv: bool,
    db: str,
) -> None:
    """Who met whom: pairs of actors in CONSULT events, most meetings first."""
    with reading(db) as conn:
        flt = _event_filter((), country, between, actor, date_from, date_to)
        items = q.meetings(conn, flt, limit=limit)
    emit(
        items,
        MEETING_COLUMNS,
        as_json=as_json,
        as_csv=as_csv,
        title="meetings (CONSULT)",
        empty="no meetings (CONSULT events with two or more actors) stored",
    )


@query_group.command("actor")
@click.argument("name")
@date_options
@click.option(
    "--limit",
    type=click.IntRange(1, 5000),
    default=200,
    show_default=True,
    help="Timeline entries per actor.",
)
@output_options
@db_option
def query_actor(
    name: str,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    as_json: bool,
    as_csv: bool,
    db: str,
) -> None:
    """The timeline (events and quotes) of every actor whose name matches NAME.

    NAME is matched by whole words against names and aliases, accents and case
    ignored, or is an entity id. Two people who share a surname are two actors and
    get two timelines.
    """
    with reading(db) as conn:
        found = q.find_entities(conn, name=name, limit=20).items
        lines = [
            (a, q.timeline(conn, a["id"], date_from=date_from, date_to=date_to, limit=limit))
            for a in found
        ]
    if not found:
        raise click.ClickException(f"no actor matches {name!r}")
    if as_json:
        emit([{**a, "timeline": t} for a, t in lines], [], as_json=True, as_csv=False)
        return
    if as_csv:
        cols: Columns = [("actor_id", lambda t: t["_actor"]), *TIMELINE_COLUMNS]
        emit(
            [{**t, "_actor": a["id"]} for a, t_ in lines for t in t_],
            cols,
            as_json=False,
            as_csv=True,
        )
        return
    for a, t in lines:
        about = "; ".join(x for x in (a["country"], a["sector"], ", ".join(a["roles"][:3])) if x)
        head = f"{a['name']} [{a['id']}]" + (f" — {about}" if about else "")
        if a["aliases"]:
            head += f" (aka {', '.join(a['aliases'][:5])})"
        emit(
            t,
            TIMELINE_COLUMNS,
            as_json=False,
            as_csv=False,
            title=head,
            empty=f"{head}: no events or quotes",
        )


@query_group.command("quotes")
@click.option("--speaker", metavar="NAME_OR_ID", help="Quotes by this actor.")
@click.option("--story", metavar="ID", help="Quotes of one story.")
@date_options
@page_options
@output_options
@db_option
def query_quotes(
    speaker: str | None,
    story: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    offset: int,
    as_json: bool,
    as_csv: bool,
    db: str,
) -> None:
    """Who said what: quotes in date order with their speakers."""
    with reading(db) as conn:
        page = q.find_quotes(
            conn,
            speaker=speaker,
            story=story,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        )
    emit(
        page.items,
        QUOTE_COLUMNS,
        as_json=as_json,
        as_csv=as_csv,
        total=page.total,
        title=f"{page.total} quotes",
        empty="no quotes match",
    )


@query_group.command("actors")
@click.option("--name", metavar="WORDS", help="Name or alias words.")
@click.option("--country", metavar="ISO3")
@click.option("--type", "type_", type=click.Choice(["person", "organisation", "country", "group"]))
@page_options
@output_options
@db_option
def query_actors(
    name: str | None,
    country: str | None,
    type_: str | None,
    limit: int,
    offset: int,
    as_json: bool,
    as_csv: bool,
    db: str,
) -> None:
    """Global actors (one row per person or body across stories), most reported first."""
    with reading(db) as conn:
        page = q.find_entities(
            conn, name=name, country=country, type=type_, limit=limit, offset=offset
        )
    emit(
        page.items,
        ENTITY_COLUMNS,
        as_json=as_json,
        as_csv=as_csv,
        total=page.total,
        title=f"{page.total} actors",
        empty="no actors match",
    )


@query_group.command("stories")
@click.option("--country", metavar="ISO3", help="Dateline country.")
@click.option("--agency", help="e.g. Reuters.")
@date_options
@page_options
@output_options
@db_option
def query_stories(
    country: str | None,
    agency: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    offset: int,
    as_json: bool,
    as_csv: bool,
    db: str,
) -> None:
    """Stored stories in date order."""
    with reading(db) as conn:
        page = q.find_stories(
            conn,
            country=country,
            agency=agency,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        )
    emit(
        page.items,
        STORY_COLUMNS,
        as_json=as_json,
        as_csv=as_csv,
        total=page.total,
        title=f"{page.total} stories",
        empty="no stories match",
    )


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "plover"]),
    default="jsonl",
    show_default=True,
    help="jsonl: full records; csv/parquet: one flat --table; plover: the flat "
    "event table (POLECAT-style) as CSV.",
)
@click.option(
    "--table",
    type=click.Choice(["events", "stories", "actors", "quotes", "places", "entities"]),
    default="events",
    show_default=True,
    help="Which flat table (csv, parquet).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write here instead of standard output (required for parquet).",
)
@click.option("--with-text", is_flag=True, help="Include story texts (jsonl, stories table).")
@db_option
def export(fmt: str, table: str, output: str | None, with_text: bool, db: str) -> None:
    """Export a store: JSON Lines records, CSV or Parquet tables, the PLOVER event table.

    \b
    Examples:
      dateline export --format jsonl -o coded.jsonl
      dateline export --format plover -o events.csv
      dateline export --format parquet --table actors -o actors.parquet
    """
    from dateline import export as ex

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    if fmt == "plover":
        table = "events"
    with reading(db) as conn:
        if fmt == "jsonl":
            with _binary_out(output) as out:
                n = ex.write_jsonl(conn, out, with_text=with_text)
        else:
            columns, batches = ex.table_batches(conn, table, with_text=with_text)
            if fmt == "parquet":
                assert output is not None
                n = ex.write_parquet(columns, batches, output)
            else:
                with _text_out(output) as tout:
                    n = ex.write_csv(columns, batches, tout)
    click.echo(
        f"dateline: exported {n} {'records' if fmt == 'jsonl' else table + ' rows'}", err=True
    )


@contextmanager
def _binary_out(path: str | None) -> Iterator[Any]:
    if path is None:
        yield sys.stdout.buffer
        return
    with open(path, "wb") as fh:
        yield fh


@contextmanager
def _text_out(path: str | None) -> Iterator[Any]:
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", newline="", encoding="utf-8") as fh:
        yield fh


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind; the API has no authentication, so loopback by default.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@db_option
def serve(host: str, port: int, db: str) -> None:
    """Serve a store over a read-only HTTP JSON API (OpenAPI at /openapi.json).

    Endpoints: /stories, /stories/{id}, /events, /actors, /actors/{id}, /quotes.
    """
    import uvicorn

    from dateline.api import create_app

    try:
        app = create_app(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"dateline: warning: serving on {host}, reachable from other machines; "
            "the API is read-only but has no authentication",
            err=True,
        )
    uvicorn.run(app, host=host, port=port, log_level="info")


@click.group("db")
def db_group() -> None:
    """Create, migrate, inspect or load a store."""


@db_group.command("migrate")
@db_option
def db_migrate(db: str) -> None:
    """Create the database, or bring its schema to this dateline's version."""
    from dateline.store.migrations import LATEST

    try:
        with Store(db):
            pass
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"dateline: {db} is at schema version {LATEST}", err=True)


@db_group.command("optimize")
@db_option
def db_optimize(db: str) -> None:
    """Refresh query statistics after a large load (VACUUM ANALYZE / ANALYZE)."""
    try:
        with Store(db) as store:
            store.optimize()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"dateline: optimized {db}", err=True)


@db_group.command("info")
@output_options
@db_option
def db_info(as_json: bool, as_csv: bool, db: str) -> None:
    """Schema version and row counts."""
    from sqlalchemy import func, select

    from dateline.store.migrations import current_version
    from dateline.store.schema import DATA_TABLES

    with reading(db) as conn:
        rows = [{"table": "schema_version", "rows": current_version(conn)}]
        rows += [
            {
                "table": t.name,
                "rows": conn.execute(select(func.count()).select_from(t)).scalar_one(),
            }
            for t in DATA_TABLES
        ]
    emit(
        rows,
        [("table", lambda r: r["table"]), ("rows", lambda r: r["rows"])],
        as_json=as_json,
        as_csv=as_csv,
        title=db,
    )


@db_group.command("load")
@click.argument("coded", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@db_option
def db_load(coded: tuple[str, ...], db: str) -> None:
    """Store records already coded to JSON Lines (`dateline code -o coded.jsonl`).

    Records without their text (coded without --with-text) are keyed on a hash of the
    record itself, so loading the same file twice still stores each story once.
    """
    from dateline.model import coded_from_dict

    def records() -> Iterator[Any]:
        for path in coded:
            with open(path, "rb") as fh:
                for line in fh:
                    if line.strip():
                        yield coded_from_dict(orjson.loads(line))

    try:
        with Store(db) as store:
            for _ in store.ingest(records(), commit_every=500):
                pass
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"dateline: stored {store.stored} records in {store.where}", err=True)


def open_for_coding(db: str) -> Store:
    """The store ``dateline code --db`` writes to, with a clean error if it cannot."""
    try:
        return Store(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # e.g. PostgreSQL unreachable: say where, not a traceback
        raise click.ClickException(f"cannot open {db}: {type(exc).__name__}: {exc}") from exc


def register(main: click.Group) -> None:
    """Add the store's commands to the ``dateline`` group."""
    for cmd in (query_group, export, serve, db_group):
        main.add_command(cmd)
