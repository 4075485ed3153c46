"""Events read from what one side says it wants or refuses (own sentences)."""

from __future__ import annotations

from dateline.model import Story


def code(coder, text: str):
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    return rec


def requests(rec) -> list[tuple[list[str], list[str]]]:
    names = {a.id: a.name for a in rec.actors}
    return [
        ([names[a] for a in e.actors], [names[r] for r in e.recipients])
        for e in rec.events
        if e.category == "REQUEST"
    ]


def test_wanting_another_state_to_act_is_a_request(coder):
    rec = code(coder, "Chile wants Bolivia to withdraw its border claims, the minister said.")
    assert (["Chile"], ["Bolivia"]) in requests(rec), requests(rec)


def test_expecting_another_state_to_act_is_a_request(coder):
    rec = code(coder, "Peruvian officials said they expect Ecuador to reopen the border crossings.")
    assert any(r == ["Ecuador"] for _, r in requests(rec)), requests(rec)


def test_seeking_credit_is_a_request_for_aid(coder):
    rec = code(coder, "Bolivia is seeking 300 mln dlrs of credit from Brazil, the minister said.")
    found = [e for e in rec.events if e.category == "REQUEST"]
    assert found and found[0].mode == "assist", [(e.category, e.trigger) for e in rec.events]


def test_forecasts_and_business_are_no_requests(coder):
    # An expectation about a thing, a company's wish and a negated wish ask no one.
    for text in (
        "Chilean traders expect copper prices to rise next month.",
        "The Bolivian finance minister said he expected it to go up in April.",
        "Codelco is seeking approval for its new smelter, the company said.",
        "Chile does not want Bolivia to withdraw its claims.",
    ):
        assert requests(code(coder, text)) == [], text


def test_common_ground_found_is_agreement_between_the_parties(coder):
    rec = code(
        coder,
        "Chilean President Jorge Vaca and Peruvian President Juan Soto found common ground "
        "on the border issue.",
    )
    assert any(e.category == "AGREE" and len(e.actors) == 2 for e in rec.events), [
        (e.category, e.trigger) for e in rec.events
    ]
