"""What the coding steps share for one story: the Doc, the story, and the record being filled."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.model import CodedStory, Story


@dataclass(slots=True)
class StoryContext:
    story: Story
    doc: Doc
    record: CodedStory
    nlp: Language
    #: The Doc covers ``story.text[offset:]``; add this to Doc offsets to get story offsets.
    offset: int = 0
    #: Entity spans that steps have claimed, so later steps do not read them twice.
    notes: dict[str, object] = field(default_factory=dict)

    def span(self, start_char: int, end_char: int) -> tuple[int, int]:
        return (start_char + self.offset, end_char + self.offset)

    def of(self, sp: Span) -> tuple[int, int]:
        return self.span(sp.start_char, sp.end_char)
