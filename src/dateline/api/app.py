"""The read-only HTTP API over a store: ``dateline serve`` runs :func:`create_app`.

Every endpoint is a thin wrapper over :mod:`dateline.query`, so the API and the CLI can
never disagree. The store is opened read-only (SQLite ``mode=ro``, PostgreSQL
``default_transaction_read_only``): even a bug here cannot write.

Bad requests get a 4xx with a message that says what to change: 422 for a parameter of
the wrong shape (FastAPI's validation, listing allowed values), 400 for one FastAPI cannot
judge alone (an unknown parameter, ``from`` after ``to``), 404 for an unknown id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Connection

from dateline import __version__, query
from dateline.api.schemas import (
    Category,
    EntityDetail,
    EntityPage,
    EntityType,
    EventPage,
    Problem,
    QuotePage,
    StoryPage,
)
from dateline.store import Store

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
COUNTRY = r"^[A-Za-z]{3}$"

Limit = Annotated[int, Query(ge=1, le=query.MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
From = Annotated[
    str | None,
    Query(alias="from", pattern=DATE, description="on or after (YYYY, YYYY-MM or YYYY-MM-DD)"),
]
To = Annotated[str | None, Query(alias="to", pattern=DATE, description="on or before")]
Country = Annotated[str | None, Query(pattern=COUNTRY, description="ISO 3166-1 alpha-3")]

ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": Problem}, 404: {"model": Problem}}


def _reject_unknown_params(request: Request) -> None:
    """A misspelt filter (``?categroy=``) would otherwise be ignored and return everything."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        known |= {p.alias for p in sub.query_params}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise HTTPException(
            400,
            f"unknown parameter(s) {', '.join(unknown)}; this endpoint "
            f"takes {', '.join(sorted(known)) or 'none'}",
        )


def _conn(request: Request) -> Iterator[Connection]:
    with request.app.state.store.connect() as c:
        yield c


Conn = Annotated[Connection, Depends(_conn)]


def create_app(target: str) -> FastAPI:
    """The API over the store at ``target`` (a SQLite path or a postgresql:// URL)."""
    store = Store(target, readonly=True)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        yield
        store.close()

    app = FastAPI(
        title="dateline",
        version=__version__,
        description="Coded news-wire stories: PLOVER events, actors, quotes. Read-only.",
        lifespan=lifespan,
        dependencies=[Depends(_reject_unknown_params)],
    )

    app.state.store = store

    @app.exception_handler(query.QueryError)
    async def _bad_query(_request: Request, exc: query.QueryError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    @app.get("/", summary="What this server holds")
    def index() -> dict[str, Any]:
        return {
            "name": "dateline",
            "version": __version__,
            "database": store.where,
            "endpoints": [
                "/stories",
                "/stories/{id}",
                "/events",
                "/actors",
                "/actors/{id}",
                "/quotes",
            ],
            "openapi": "/openapi.json",
        }

    @app.get(
        "/stories",
        response_model=StoryPage,
        responses=ERRORS,
        summary="Stored stories (headers), in date order",
    )
    def stories(
        c: Conn,
        country: Country = None,
        agency: Annotated[str | None, Query(description="e.g. Reuters")] = None,
        date_from: From = None,
        date_to: To = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return query.find_stories(
            c,
            country=country,
            agency=agency,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        ).to_dict()

    @app.get(
        "/stories/{story_id}", responses=ERRORS, summary="One story's full record, exactly as coded"
    )
    def story(
        c: Conn,
        story_id: str,
        text: Annotated[bool, Query(description="include the story text")] = True,
    ) -> dict[str, Any]:
        found = query.get_story(c, story_id, with_text=text)
        if found is None:
            raise HTTPException(404, f"no story with id {story_id!r}")
        return found

    @app.get(
        "/events",
        response_model=EventPage,
        responses=ERRORS,
        summary="Events in date order, with actors and recipients",
    )
    def events(
        c: Conn,
        category: Annotated[
            list[Category] | None, Query(description="PLOVER category; repeat for several")
        ] = None,
        country: Annotated[
            list[str] | None,
            Query(
                description="a participant from this country; repeat to require several (between)"
            ),
        ] = None,
        actor: Annotated[str | None, Query(description="entity id or name words")] = None,
        story: Annotated[str | None, Query(description="story id")] = None,
        date_from: From = None,
        date_to: To = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        flt = query.EventFilter(
            categories=tuple(c.value for c in category or ()),
            countries=tuple(country or ()),
            actor=actor,
            date_from=date_from,
            date_to=date_to,
            story=story,
        )
        return query.find_events(c, flt, limit=limit, offset=offset).to_dict()

    @app.get(
        "/actors",
        response_model=EntityPage,
        responses=ERRORS,
        summary="Global actors (one per person or body across stories), most reported first",
    )
    def actors(
        c: Conn,
        name: Annotated[str | None, Query(description="words of a name or alias")] = None,
        country: Country = None,
        type: EntityType | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return query.find_entities(
            c,
            name=name,
            country=country,
            type=type.value if type else None,
            limit=limit,
            offset=offset,
        ).to_dict()

    @app.get(
        "/actors/{entity_id}",
        response_model=EntityDetail,
        responses=ERRORS,
        summary="One actor with its timeline of events and quotes",
    )
    def actor(
        c: Conn,
        entity_id: str,
        date_from: From = None,
        date_to: To = None,
        limit: Annotated[int, Query(ge=1, le=5000, description="timeline entries")] = 200,
    ) -> dict[str, Any]:
        found = query.get_entity(c, entity_id)
        if found is None:
            raise HTTPException(
                404, f"no actor with id {entity_id!r} (find ids with /actors?name=...)"
            )
        found["timeline"] = query.timeline(
            c, entity_id, date_from=date_from, date_to=date_to, limit=limit
        )
        return found

    @app.get(
        "/quotes",
        response_model=QuotePage,
        responses=ERRORS,
        summary="Quotes in date order, with their speakers",
    )
    def quotes(
        c: Conn,
        speaker: Annotated[str | None, Query(description="entity id or name words")] = None,
        story: Annotated[str | None, Query(description="story id")] = None,
        date_from: From = None,
        date_to: To = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return query.find_quotes(
            c,
            speaker=speaker,
            story=story,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        ).to_dict()

    return app
