"""Response models: what the OpenAPI document promises for each endpoint."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from dateline.model import PLOVER_CATEGORIES

Category = StrEnum("Category", {c: c for c in PLOVER_CATEGORIES})  # type: ignore[misc]


class EntityType(StrEnum):
    person = "person"
    organisation = "organisation"
    country = "country"
    group = "group"


class Participant(BaseModel):
    actor_id: str = Field(description="the actor's id inside its story (A1, A2, ...)")
    entity_id: str | None = Field(description="the global entity (see /actors/{id})")
    name: str | None
    country: str | None
    sector: str | None


class EventOut(BaseModel):
    story_id: str
    event_id: str
    category: str = Field(description="PLOVER category")
    mode: str | None
    day: str | None = Field(
        description="the event's date, else its story's: what from/to filter and ordering use"
    )
    date: str | None = Field(description="the event's own date as coded, null if unknown")
    place: str | None
    country: str | None
    actors: list[Participant]
    recipients: list[Participant]
    text: str = Field(description="the evidence sentence")
    span: list[int]
    tense: str | None
    negated: bool
    hypothetical: bool
    historical: bool
    contexts: list[str]
    topics: list[str]
    trigger: str | None
    confidence: float


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    roles: list[str]
    aliases: list[str]
    stories: int = Field(description="how many stored stories mention this entity")


class TimelineEntry(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    day: str | None
    story_id: str
    kind: str = Field(description="event or quote")
    id: str
    what: str
    part: str = Field(description="actor, recipient or speaker")
    with_: list[str] = Field(alias="with", description="the other participants")
    text: str


class EntityDetail(EntityOut):
    timeline: list[TimelineEntry]


class Speaker(BaseModel):
    actor_id: str
    entity_id: str | None
    name: str | None
    country: str | None


class QuoteOut(BaseModel):
    story_id: str
    quote_id: str
    day: str | None
    speaker: Speaker | None
    text: str
    cue: str | None
    kind: str
    span: list[int]


class StoryHead(BaseModel):
    id: str
    date: str | None
    place: str | None
    country: str | None
    agency: str | None
    title: str | None
    errors: list[str]
    content_hash: str
    coded_at: str


class _Page(BaseModel):
    total: int = Field(description="matches over all pages")
    limit: int
    offset: int


class EventPage(_Page):
    items: list[EventOut]


class EntityPage(_Page):
    items: list[EntityOut]


class QuotePage(_Page):
    items: list[QuoteOut]


class StoryPage(_Page):
    items: list[StoryHead]


class Problem(BaseModel):
    detail: Any = Field(description="what was wrong with the request")
