"""Events: general rules added while working on PLOVER category accuracy (own sentences)."""

from __future__ import annotations

from dateline.model import Story


def code(coder, text: str):
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    return rec


def cats(rec) -> list[str]:
    return [e.category for e in rec.events]


def main_category(rec) -> str | None:
    """The event a one-sentence story is about, as the PLOVER scorer picks it."""
    if not rec.events:
        return None
    return max(rec.events, key=lambda e: (e.confidence, -e.span[0])).category


def test_staged_is_read_as_stage_so_staged_rallies_are_a_protest(coder):
    rec = code(coder, "Bolivian miners staged rallies against the government in La Paz.")
    assert main_category(rec) == "PROTEST", [(e.category, e.trigger) for e in rec.events]
    assert any(e.trigger == "staged rallies" for e in rec.events)


def test_fined_is_read_as_fine_so_a_fine_is_a_sanction(coder):
    rec = code(coder, "A Bolivian court fined the Chilean ambassador for insulting officials.")
    assert "SANCTION" in cats(rec), [(e.category, e.trigger) for e in rec.events]


def test_the_doer_of_a_gerund_after_of_is_the_clause_subject(coder):
    rec = code(coder, "The Bolivian army is guilty of violating the ceasefire agreement.")
    assert main_category(rec) == "ASSAULT", [(e.category, e.actors) for e in rec.events]


def test_a_gerund_after_against_is_not_done_by_the_subject(coder):
    rec = code(coder, "Bolivian President Jorge Vaca warned against attacking Chile.")
    assert main_category(rec) == "REQUEST"
    vaca = next(a.id for a in rec.actors if a.name == "Jorge Vaca")
    assert all(vaca not in e.actors for e in rec.events if e.category == "ASSAULT")


def test_peacekeepers_arriving_are_aid_and_troops_arriving_no_visit(coder):
    rec = code(coder, "Two hundred Bolivian peacekeeping troops arrived in Haiti on Monday.")
    assert main_category(rec) == "AID", [(e.category, e.trigger) for e in rec.events]
    rec = code(coder, "Bolivian troops arrived in the border town of Tacna on Monday.")
    assert "CONSULT" not in cats(rec), [(e.category, e.trigger) for e in rec.events]
    rec = code(coder, "Bolivian President Jorge Vaca arrived in Santiago on Monday.")
    assert "CONSULT" in cats(rec)


def test_mobilizing_people_who_are_no_force_is_no_mobilization(coder):
    rec = code(coder, "The Bolivian government mobilized farm unions to support its land reform.")
    assert "MOBILIZE" not in cats(rec), [(e.category, e.trigger) for e in rec.events]
    rec = code(coder, "The Bolivian government mobilized its reservists on Monday.")
    assert "MOBILIZE" in cats(rec)


def test_protesting_that_something_is_wrong_is_an_accusation(coder):
    rec = code(coder, "Chilean human rights groups protested that Bolivia was torturing prisoners.")
    assert main_category(rec) == "ACCUSE", [(e.category, e.trigger) for e in rec.events]


def test_halting_mediation_is_a_sanction_and_a_conditional_halt_a_threat(coder):
    rec = code(coder, "Brazil halted its mediation between Bolivia and Chile on Monday.")
    assert main_category(rec) == "SANCTION", [(e.category, e.trigger) for e in rec.events]
    rec = code(coder, "Brazil may halt mediation efforts if Bolivia refuses to talk.")
    assert main_category(rec) == "THREATEN", [(e.category, e.trigger) for e in rec.events]


def test_receiving_a_mission_of_observers_is_giving_access(coder):
    rec = code(coder, "Bolivian President Jorge Vaca received a mission of observers from the OAS.")
    assert main_category(rec) == "RETREAT", [(e.category, e.trigger) for e in rec.events]


def test_a_coordinated_object_can_make_the_trigger(coder):
    rec = code(coder, "Chile is providing maps and military intelligence to Bolivia.")
    assert main_category(rec) == "AID", [(e.category, e.trigger) for e in rec.events]


def test_a_demand_said_in_passing_ranks_below_the_act_reported(coder):
    rec = code(
        coder,
        "Bolivian miners staged rallies against President Jorge Vaca, saying he must resign.",
    )
    assert main_category(rec) == "PROTEST", [(e.category, e.confidence) for e in rec.events]


def test_an_inquiry_opened_by_a_court_is_coded_with_no_one_accused(coder):
    rec = code(
        coder,
        "Bolivia's supreme court opened a hearing into the legality of police interrogations.",
    )
    assert main_category(rec) == "ACCUSE", [(e.category, e.trigger) for e in rec.events]
    rec = code(coder, "Traders are investigating the cause of the fall in tin prices.")
    assert "ACCUSE" not in cats(rec)


def _events_of(coder, text: str) -> list[tuple[str, list[str], list[str]]]:
    from dateline.model import Story

    (rec,) = coder.code([Story(id="s", text=text)])
    names = {a.id: a.name for a in rec.actors}
    return [
        (e.category, [names[a] for a in e.actors], [names[a] for a in e.recipients])
        for e in rec.events
    ]


def test_judging_another_partys_act_in_a_statement_is_an_accusation_or_support(coder):
    got = _events_of(coder, "Japan is disappointed at the Chinese decision, the minister said.")
    assert ("ACCUSE", ["Japan"], ["China"]) in got
    got = _events_of(coder, "Greek minister Kostas Alexiou said the Turkish move was welcome.")
    assert any(c == "SUPPORT" and r == ["Türkiye"] for c, _, r in got)
    # Judging a price names no party; a negated judgement clears.
    assert _events_of(coder, "Traders said the price rise was unjustified.") == []
    got = _events_of(coder, "Japan is not disappointed at the Chinese decision, the minister said.")
    assert not any(c == "ACCUSE" for c, _, _ in got)
