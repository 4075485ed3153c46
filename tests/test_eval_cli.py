"""The dev-set scorer's per-part reports (issue 3: `dateline eval actors`)."""

from __future__ import annotations

from dateline.evaluate import run


def test_a_part_keeps_its_section_and_only_its_misses(monkeypatch):
    full = {
        "benchmark": "dateline dev set",
        "split": "tune",
        "stories": 2,
        "actors": {"persons": 3},
        "events": {"full": {}},
        "quotes": {"speaker": 1.0},
        "misses": ["a", "e", "q"],
        "misses_by_part": {"actors": ["a"], "events": ["e"], "quotes": ["q"]},
    }
    monkeypatch.setattr(run, "_run_dev", lambda split: full)
    got = run.run_dev("tune", "actors")
    assert got["actors"] == {"persons": 3} and "events" not in got and "quotes" not in got
    assert got["misses"] == ["a"]
    assert run.run_dev("tune") is full


def test_event_parties_are_scored_with_their_direction():
    from dateline.evaluate import devset
    from dateline.model import Actor, CodedStory, Event

    rec = CodedStory(
        id="s",
        actors=[
            Actor(id="A1", name="Peru", type="country", country="PER"),
            Actor(id="A2", name="Chile", type="country", country="CHL"),
        ],
    )
    ev = Event(id="E1", category="ACCUSE", actors=["A1"], recipients=["A2"], span=(0, 5))
    peru, chile = [{"peru", "=PER"}], [{"chile", "=CHL"}]
    assert devset._directed_match(rec, ev, peru, chile)
    assert not devset._directed_match(rec, ev, chile, peru)  # Chile accusing Peru is another
    assert devset._directed_match(rec, ev, peru + chile, [])  # reciprocal: either side
    devset.MATCH["parties"] = "exact"
    try:
        assert not devset._directed_match(rec, ev, peru, [])  # Chile is an extra party
    finally:
        devset.MATCH["parties"] = "tolerant"


def test_a_reciprocal_event_stands_for_both_directions_of_a_petrarch_coding():
    from dateline.model import Event

    countries = {"A1": "IRQ", "A2": "SYR", "A3": None}
    talks = Event(id="E1", category="CONSULT", actors=["A1", "A2"], span=(0, 5))
    assert run._petr_parties(talks, countries, "IRQGOV", "SYRGOV")
    assert run._petr_parties(talks, countries, "SYRGOV", "IRQGOV")
    assert not run._petr_parties(talks, countries, "IRQGOV", "USAGOV")
    directed = Event(id="E2", category="ACCUSE", actors=["A1"], recipients=["A2"], span=(0, 5))
    assert run._petr_parties(directed, countries, "IRQ", "SYR")
    assert not run._petr_parties(directed, countries, "SYR", "IRQ")
    assert run._petr_parties(directed, countries, "---REB", "SYR")  # unknown source
