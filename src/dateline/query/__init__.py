"""Questions asked of a store: the one implementation behind ``dateline query`` and the API.

Every function takes an open SQLAlchemy connection and plain filters and returns plain
dicts (JSON-ready), so the CLI renders them as tables or CSV and the API returns them
as they are.
"""

from dateline.query.common import MAX_LIMIT, Item, Page, QueryError
from dateline.query.events import EventFilter, find_events, meetings
from dateline.query.people import find_entities, find_quotes, get_entity, timeline
from dateline.query.stories import find_stories, get_story

__all__ = [
    "MAX_LIMIT",
    "EventFilter",
    "Item",
    "Page",
    "QueryError",
    "find_entities",
    "find_events",
    "find_quotes",
    "find_stories",
    "get_entity",
    "get_story",
    "meetings",
    "timeline",
]
