"""Actors: people and organisations named in the story, one record per distinct name.

This is the backbone pass: it trusts the NER's PERSON/ORG spans and groups identical
names. Titles, name variants, country and sector are the actor-resolution step's job.
"""

from __future__ import annotations

from dateline.model import Actor
from dateline.nlp.context import StoryContext

ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation"}


def code_actors(ctx: StoryContext) -> None:
    by_name: dict[tuple[str, str], Actor] = {}
    for ent in ctx.doc.ents:
        kind = ACTOR_LABELS.get(ent.label_)
        if kind is None:
            continue
        key = (kind, ent.text)
        actor = by_name.get(key)
        if actor is None:
            actor = Actor(id=f"A{len(by_name) + 1}", name=ent.text, type=kind)  # type: ignore[arg-type]
            by_name[key] = actor
        actor.mentions.append(ctx.of(ent))
    ctx.record.actors = list(by_name.values())
