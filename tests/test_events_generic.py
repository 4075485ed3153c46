"""Events: generic trigger, party and precision rules from the tune-miss tally (own sentences)."""

from __future__ import annotations

from dateline.model import Story


def events(coder, text: str) -> list[tuple[str, list[str], list[str]]]:
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    names = {a.id: a.name for a in rec.actors}
    return [
        (e.category, [names[a] for a in e.actors], [names[a] for a in e.recipients])
        for e in rec.events
    ]


def test_suspending_debt_service_or_a_currency_auction_is_no_event(coder):
    assert events(coder, "Zambia has suspended its weekly foreign exchange auction.") == []
    assert events(coder, "Peru suspended servicing of its foreign debt to creditor banks.") == []
    # suspending ties with another party still is one
    got = events(coder, "Peru suspended its cooperation with the IMF.")
    assert [c for c, _, _ in got] == ["SANCTION"], got


def test_attacking_a_policy_is_criticism_not_an_assault(coder):
    got = events(coder, "Chile has openly attacked Peru's fishing policy for the first time.")
    assert ("ACCUSE", ["Chile"], ["Peru"]) in got, got
    assert not any(c == "ASSAULT" for c, _, _ in got)
    got = events(coder, "Bolivian miners joined attacks on the government's wage freeze.")
    assert [c for c, _, _ in got] == ["ACCUSE"], got
    # an attack on a place or a force stays an assault
    got = events(coder, "Rebels attacked an army post in northern Mali.")
    assert [c for c, _, _ in got] == ["ASSAULT"], got


def test_keen_or_eager_to_act_is_intent_coded_agree(coder):
    got = events(coder, "Chile is keen to continue talking with Peru about the border.")
    assert ("AGREE", ["Chile"], ["Peru"]) in got, got
    got = events(coder, "Bolivia is eager to expand cooperation with Brazil.")
    assert [c for c, _, _ in got] == ["AGREE"], got


def test_assuring_someone_is_agree_but_assuring_the_press_is_not(coder):
    got = events(coder, "The World Bank has assured President Ana Rojas it will keep lending.")
    assert ("AGREE", ["World Bank"], ["Ana Rojas"]) in got, got
    assert events(coder, "The minister assured reporters that tin prices would not fall.") == []
    got = events(coder, "Peru's minister assured that Peru is ready to cooperate with Chile.")
    assert [c for c, _, _ in got] == ["AGREE"], got  # the clause's offer, once


def test_writing_to_someone_is_a_remote_consultation(coder):
    got = events(coder, "Chilean minister Ana Rojas has written to Peruvian minister Luis Soto.")
    assert got == [("CONSULT", ["Ana Rojas"], ["Luis Soto"])], got
    got = events(coder, "Ana Rojas of Chile sent a letter to Peru's president Luis Soto.")
    assert [c for c, _, _ in got] == ["CONSULT"], got
    assert events(coder, "The company wrote a letter to its shareholders about the merger.") == []
