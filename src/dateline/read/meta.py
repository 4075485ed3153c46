"""Fill a story's date, place and agency from its header and dateline.

Shared by every reader so that a dateline means the same thing in a text file, a JSON
line or a CSV row. Record fields (``date``, ``source``) win over what the text says;
the dateline supplies only what the record left out.
"""

from __future__ import annotations

from dateline.model import Story
from dateline.read.dateline import normalise_agency, parse_dateline, parse_header


def apply_dateline(story: Story, *, header: bool = False) -> Story:
    """Parse an optional ``date`` header then a dateline at the start of the text."""
    pos = 0
    if header:
        hdate, pos = parse_header(story.text)
        if hdate and not story.date:
            story.date = hdate
    if story.dateline:
        # The record carried its dateline apart from the text (Reuters SGML, JSON field).
        dl = parse_dateline(story.dateline, 0, ref_date=story.date)
    else:
        dl = parse_dateline(story.text, pos, ref_date=story.date)
        if dl is not None:
            story.dateline = story.text[dl.start : dl.end].strip()
            pos = dl.end
    if dl is not None:
        story.place = story.place or dl.place
        story.region = story.region or dl.region
        story.agency = story.agency or dl.agency
        story.date = story.date or dl.date
    if story.source and not story.agency:
        story.agency = normalise_agency(story.source)
    story.body_start = pos
    return story
