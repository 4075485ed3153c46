"""Events: second round of generic rules from the tune-miss tally (own sentences)."""

from __future__ import annotations

from dateline.model import Story


def coded(coder, text: str):
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    names = {a.id: a.name for a in rec.actors}
    return [
        (e.category, [names[a] for a in e.actors], [names[a] for a in e.recipients], e)
        for e in rec.events
    ]


def events(coder, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(c, a, r) for c, a, r, _ in coded(coder, text)]


def test_a_cooperative_act_dated_after_the_story_is_future_intent(coder):
    # present tense with a later date: announced ahead, future, so AGREE (PLOVER manual)
    got = coded(coder, "Chilean leader Ana Rojas begins a state visit to Peru on Friday.")
    assert [(c, a, r) for c, a, r, _ in got] == [("AGREE", ["Ana Rojas"], ["Peru"])], got
    assert got[0][3].tense == "future" and got[0][3].date == "2021-06-11"
    got = events(coder, "Peru and Chile hold talks in Lima next month.")
    assert [c for c, _, _ in got] == ["AGREE"], got
    # the same visit in the past, talks today, or a noun dated by another verb stay CONSULT
    got = events(coder, "Chilean leader Ana Rojas began a state visit to Peru on Friday.")
    assert [c for c, _, _ in got] == ["CONSULT"], got
    assert [c for c, _, _ in events(coder, "Peru and Chile hold talks in Lima today.")] == [
        "CONSULT"
    ]
    got = events(coder, "The accord follows talks between Peru and Chile in March.")
    assert [c for c, _, _ in got] == ["CONSULT"], got
    got = events(coder, "Talks between Peru and Chile ended on Friday.")
    assert [c for c, _, _ in got] == ["CONSULT"], got


def test_hoping_to_act_is_hypothetical_whatever_the_lemma_slip(coder):
    # the parser lemmatises "hopes" as "hop": a hoped-for visit stays a hypothetical CONSULT
    got = coded(coder, "Funaro hopes to visit Canada and Japan next week.")
    assert [(c, a) for c, a, _, _ in got] == [("CONSULT", ["Funaro"])], got
    assert got[0][3].hypothetical


def test_a_resignation_named_by_its_noun_is_a_retreat(coder):
    got = coded(
        coder, "Talks were delayed following the resignation of Peruvian minister Luis Soto."
    )
    assert [(c, a) for c, a, _, _ in got] == [("RETREAT", ["Luis Soto"])], got
    assert got[0][3].mode == "resign"
    # a resignation demanded has not happened: only the demand is coded
    got = events(coder, "Peru's opposition called for the resignation of minister Luis Soto.")
    assert [c for c, _, _ in got] == ["REQUEST"], got
    got = events(coder, "Chilean unions demanded the resignation of minister Ana Rojas.")
    assert [c for c, _, _ in got] == ["REQUEST"], got


def test_an_announced_resignation_stays_a_retreat(coder):
    got = coded(coder, "Prime Minister Luis Soto of Peru will step down next month.")
    assert [(c, a) for c, a, _, _ in got] == [("RETREAT", ["Luis Soto"])], got
    got = events(coder, "Aides said Peruvian minister Luis Soto would announce his resignation.")
    assert ("RETREAT", ["Luis Soto"], []) in got, got
    # other yielding acts announced for later remain intent (AGREE)
    got = events(coder, "Peru said it would release the Chilean fishermen.")
    assert [c for c, _, _ in got] == ["AGREE"], got


def test_branding_an_act_is_criticism(coder):
    got = events(coder, "Chilean senator Ana Rojas branded the Peruvian ruling as harassment.")
    assert got == [("ACCUSE", ["Ana Rojas"], ["Peru"])], got
    got = events(coder, "The Chilean newspaper El Mercurio branded the budget a disgrace.")
    assert [c for c, _, _ in got] == ["ACCUSE"], got
    assert events(coder, "The company branded its new coffee line.") == []
