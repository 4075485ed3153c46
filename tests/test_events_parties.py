"""Events: who the parties are (rules added on the ev2 branch; own sentences)."""

from __future__ import annotations

from dateline.model import Story


def code(coder, text: str):
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    return rec


def names(rec, ids: list[str]) -> list[str]:
    by_id = {a.id: a for a in rec.actors}
    return [by_id[i].name for i in ids if i in by_id]


def test_a_capital_the_tagger_calls_an_organisation_still_stands_for_its_state(coder):
    # The small model tags a sentence-initial "Minsk" ORG; it is a capital acting.
    rec = code(coder, "Minsk demanded an explanation from the Lithuanian envoy.")
    req = [e for e in rec.events if e.category == "REQUEST"]
    assert req, [(e.category, e.trigger) for e in rec.events]
    assert names(rec, req[0].actors) == ["Belarus"]
    assert not any(a.type == "organisation" and a.name == "Minsk" for a in rec.actors)


def test_a_preposition_hung_on_the_light_verb_belongs_to_the_event_noun(coder):
    rec = code(
        coder,
        "Peru's foreign minister held a telephone call on Tuesday with his Chilean"
        " counterpart, Jorge Soto.",
    )
    call = [e for e in rec.events if e.category == "CONSULT"]
    assert call, [(e.category, e.trigger) for e in rec.events]
    assert "Jorge Soto" in names(rec, call[0].actors + call[0].recipients)


def test_the_two_ministers_with_one_named_only_by_title_are_a_person_and_a_state(coder):
    rec = code(
        coder,
        "Peru's foreign minister held a telephone call on Tuesday with his Chilean counterpart,"
        " Jorge Soto. The two ministers discussed fishing rights and agreed to meet again.",
    )
    agree = [e for e in rec.events if e.category == "AGREE"]
    assert agree, [(e.category, e.trigger) for e in rec.events]
    assert sorted(names(rec, agree[0].actors)) == ["Jorge Soto", "Peru"]


def test_a_region_named_as_a_destination_stands_for_its_state(coder):
    from dateline.model import Story

    text = "Foreign Minister Hun Sokha will also travel to Yunnan Province next week."
    (rec,) = coder.code([Story(id="s", text=text, date="2019-11-28")])
    names = {a.id: a.name for a in rec.actors}
    recipients = [names[r] for e in rec.events for r in e.recipients]
    assert "China" in recipients
    assert not any(a.type == "group" and "yunnan" in a.name.lower() for a in rec.actors)
