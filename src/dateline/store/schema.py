"""The store's tables, as SQLAlchemy Core metadata: the current schema, in one place.

Story-level rows are keyed on the ids the coder gave (``A1``, ``E1``, ``Q1``) under their
story id, so a stored record can be rebuilt exactly and replacing a story is one
``DELETE ... WHERE story_id IN (...)`` per table. Dates are ISO strings (``YYYY-MM-DD``):
they sort and compare correctly as text on both backends, and a partial date stays
what the coder wrote instead of being forced into a ``DATE``.

``event_actors`` carries a copy of each participant's name, country, sector and entity
so that the API's filters are one indexed semi-join, not a join through ``actors``.
``entity_facts`` counts, per global entity, how many stored stories give it each name,
alias, role and sector; the ``entities`` row is recomputed from those counts, so the
result never depends on the order stories were stored in (see ``entities.py``).

There are no foreign keys, on purpose: the one writer (``write.py``) replaces a story's
rows together in one transaction, so they cannot dangle, while per-row foreign-key
triggers made PostgreSQL ingest several times slower (and SQLite does not enforce them
unless asked). Every link is still indexed by its key.

Changing anything here needs a migration in ``migrations.py``; a test checks that a
migrated database matches this metadata.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()

#: JSON lists; JSONB on PostgreSQL (compact, comparable), text on SQLite.
Json = JSON().with_variant(JSONB(), "postgresql")

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("applied_at", String, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String, nullable=False),
    Column("date", String),
    Column("place", String),
    Column("country", String),
    Column("agency", String),
    Column("title", Text),
    Column("language", String),
    Column("text", Text),
    Column("errors", Json, nullable=False),
    Column("coded_at", String, nullable=False),
    Index("ix_stories_date", "date"),
    Index("ix_stories_country", "country"),
)

actors = Table(
    "actors",
    metadata,
    Column("story_id", String, primary_key=True),
    Column("actor_id", String, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("name", String, nullable=False),
    Column("type", String, nullable=False),
    Column("role", String),
    Column("country", String),
    Column("sector", String),
    Column("aliases", Json, nullable=False),
    Column("entity_id", String),
    Index("ix_actors_entity", "entity_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("story_id", String, primary_key=True),
    Column("actor_id", String, primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("story_id", String, primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("country", String),
    Column("admin1", String),
    Column("lat", Float),
    Column("lon", Float),
    Column("mentions", Json, nullable=False),
    Index("ix_places_country", "country"),
)

#: Row ids: 64-bit on PostgreSQL, SQLite's own rowid (INTEGER PRIMARY KEY) there.
RowId = BigInteger().with_variant(Integer(), "sqlite")

events = Table(
    "events",
    metadata,
    #: a number, so filters joining event_actors compare integers, not two strings; given
    #: by the writer (see write.py), never by a sequence, so a rolled-back chunk leaves no gap
    Column("pk", RowId, primary_key=True, autoincrement=False),
    Column("story_id", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("category", String, nullable=False),
    Column("mode", String),
    Column("date", String),
    #: the event's date, else its story's: what date filters and ordering use
    Column("day", String),
    Column("place", String),
    Column("country", String),
    Column("text", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("tense", String),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("historical", Boolean, nullable=False),
    Column("contexts", Json, nullable=False),
    Column("topics", Json, nullable=False),
    Column("trigger", String),
    Column("confidence", Float, nullable=False),
    Index("ux_events_story_event", "story_id", "event_id", unique=True),
    Index("ix_events_day", "day", "story_id", "seq"),
    Index("ix_events_category_day", "category", "day"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_pk", RowId, primary_key=True, autoincrement=False),
    #: "actor" or "recipient": one table answers "X on either side" with one semi-join
    Column("role", String, primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("story_id", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("actor_id", String, nullable=False),
    Column("entity_id", String),
    Column("name", String),
    Column("country", String),
    Column("sector", String),
    Index("ix_event_actors_story", "story_id"),
    Index("ix_event_actors_entity", "entity_id", "event_pk"),
    Index("ix_event_actors_country", "country", "event_pk"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("story_id", String, primary_key=True),
    Column("quote_id", String, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("speaker", String),
    Column("speaker_entity", String),
    Column("text", Text, nullable=False),
    Column("cue", String),
    Column("kind", String, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Index("ix_quotes_speaker_entity", "speaker_entity"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("type", String, nullable=False),
    Column("name", String, nullable=False),
    Column("country", String),
    Column("sector", String),
    Column("roles", Json, nullable=False),
    Column("aliases", Json, nullable=False),
    Column("n_stories", Integer, nullable=False),
    Index("ix_entities_country", "country"),
    Index("ix_entities_n_stories", "n_stories"),
)

entity_facts = Table(
    "entity_facts",
    metadata,
    Column("entity_id", String, primary_key=True),
    #: "name" (an actor's canonical name in a story), "alias", "role" or "sector"
    Column("kind", String, primary_key=True),
    Column("value", String, primary_key=True),
    #: accent- and case-folded value: what name searches compare against
    Column("folded", String, nullable=False),
    #: how many stored stories state this fact
    Column("n", Integer, nullable=False),
    Index("ix_entity_facts_folded", "folded"),
)

#: Tables holding one story's rows, children first (the order deletes run in).
STORY_TABLES: tuple[Table, ...] = (event_actors, events, mentions, actors, quotes, places)

#: Every table the migrations create, in dependency order.
DATA_TABLES: tuple[Table, ...] = (
    stories,
    actors,
    mentions,
    places,
    events,
    event_actors,
    quotes,
    entities,
    entity_facts,
)
