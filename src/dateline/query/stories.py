"""Stories: the list, filtered by date, country and agency, and one story in full."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, func, select

from dateline.query.common import Item, Page, check_country, check_page, date_range
from dateline.store.read import load_records
from dateline.store.schema import stories


def find_stories(
    conn: Connection,
    *,
    country: str | None = None,
    agency: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Story headers (no text) in date order."""
    check_page(limit, offset)
    st = stories.c
    lo, hi = date_range(date_from, date_to)
    conds: list[ColumnElement[bool]] = []
    if country:
        conds.append(st.country == check_country(country))
    if agency:
        conds.append(func.lower(st.agency) == agency.lower())
    if lo:
        conds.append(st.date >= lo)
    if hi:
        conds.append(st.date <= hi)
    total = conn.execute(select(func.count()).select_from(stories).where(*conds)).scalar_one()
    q = (
        select(
            st.id,
            st.date,
            st.place,
            st.country,
            st.agency,
            st.title,
            st.errors,
            st.content_hash,
            st.coded_at,
        )
        .where(*conds)
        .order_by(st.date.asc().nulls_last(), st.id)
        .limit(limit)
        .offset(offset)
    )
    items = [
        {
            "id": r.id,
            "date": r.date,
            "place": r.place,
            "country": r.country,
            "agency": r.agency,
            "title": r.title,
            "errors": list(r.errors),
            "content_hash": r.content_hash,
            "coded_at": r.coded_at,
        }
        for r in conn.execute(q)
    ]
    return Page(total=total, limit=limit, offset=offset, items=items)


def get_story(conn: Connection, story_id: str, *, with_text: bool = True) -> Item | None:
    """The stored record, exactly as coded (plus its text unless asked not to)."""
    found = load_records(conn, [story_id], with_text=with_text)
    return found[0].to_dict() if found else None
