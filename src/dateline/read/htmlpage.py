"""HTML pages: main text, title and publication date via trafilatura.

trafilatura is maintained, made for news pages, and beats hand-written boilerplate
removal; it runs offline. ``text`` is the extracted main text (paragraphs separated by
blank lines) and spans point into it, since markup offsets mean nothing to a reader.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.model import Story
from dateline.read.dateline import parse_dateline
from dateline.read.decode import decode
from dateline.read.meta import apply_dateline


def read_html(data: bytes, origin: str, story_id: str) -> Iterator[Story]:
    import trafilatura  # imported here: loading it costs ~0.3 s that other inputs never pay

    page, errors = decode(data)
    doc = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        deduplicate=False,
    )
    if doc is None or not getattr(doc, "text", None):
        yield Story(
            id=story_id,
            text="",
            origin=origin,
            errors=[*errors, "no-main-text: no article text could be extracted from the HTML"],
        )
        return
    # trafilatura joins paragraphs with single newlines; wire text uses blank lines.
    paras = [p.strip() for p in doc.text.split("\n") if p.strip()]
    # The headline often comes back as the first paragraph; it is the title, not the body,
    # and leaving it would hide the dateline that opens the first real paragraph.
    if len(paras) > 1 and doc.title and paras[0].casefold() in doc.title.casefold():
        paras = paras[1:]
    # Kickers ("World / Diplomacy") and standfirsts may also precede the dateline paragraph.
    for i, para in enumerate(paras[:4]):
        if parse_dateline(para) is not None:
            paras = paras[i:]
            break
    text = "\n\n".join(paras)
    story = Story(
        id=story_id,
        text=text,
        date=(doc.date or None),
        title=doc.title or None,
        url=doc.url or None,
        source=doc.sitename or None,
        origin=origin,
        errors=errors,
    )
    yield apply_dateline(story)
