"""Events: the general trigger vocabulary and the parse patterns it needs (own sentences)."""

from __future__ import annotations

import pytest

from dateline.model import Story


@pytest.fixture(scope="module")
def coder():
    """A coder told each sentence reports an event (the PLOVER GSR's forced choice): the
    trigger vocabulary is tested apart from the filter on who the parties are."""
    from dateline.nlp.coder import Coder

    return Coder(events_given=True)


def main_category(coder, text: str) -> str:
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    if not rec.events:
        return "NONE"
    return max(rec.events, key=lambda e: (e.confidence, -e.span[0])).category


def test_particles_read_as_adverbs_still_make_phrasal_triggers(coder):
    # the parser reads "back", "down" as adverbs, not particles
    assert main_category(coder, "Armenian forces pulled back from the disputed district.") == (
        "RETREAT"
    )
    assert main_category(coder, "The general stepped down as chief of staff.") == "RETREAT"
    assert main_category(coder, "Parliament voted down the peace agreement.") == "REJECT"


def test_an_object_after_a_preposition_names_the_act(coder):
    assert main_category(coder, "The army put its forces on high alert.") == "MOBILIZE"
    assert main_category(coder, "Police took the mayor into custody.") == "COERCE"
    assert main_category(coder, "Dockers went on strike in the port of Mombasa.") == "PROTEST"
    # "go on" alone is no strike
    assert main_category(coder, "The talks between Chad and Niger went on for hours.") == (
        "CONSULT"
    )


def test_hyphenated_nouns_are_matched_whole(coder):
    assert main_category(coder, "Nurses staged a sit-in at the health ministry.") == "PROTEST"


def test_leaving_a_body_or_pact_reduces_relations(coder):
    assert main_category(coder, "Venezuela pulled out of the regional trade pact.") == "SANCTION"
    assert main_category(coder, "Russia quit the arms control treaty.") == "SANCTION"
    # leaving ground is a retreat, leaving office a resignation
    assert main_category(coder, "Rebels pulled out of the border town.") == "RETREAT"
    assert main_category(coder, "The warlord quit as governor of the province.") == "RETREAT"


def test_a_strike_on_a_target_is_an_assault_but_workers_strike_in_protest(coder):
    assert main_category(coder, "Drones struck a convoy in the north.") == "ASSAULT"
    assert main_category(coder, "Thousands of miners struck on Monday over pay.") == "PROTEST"


def test_a_state_blocking_access_restricts_and_a_crowd_obstructs(coder):
    assert main_category(coder, "Iran blocked access to foreign websites.") == "COERCE"
    assert main_category(coder, "Farmers blocked the main highway with tractors.") == "PROTEST"


def test_single_side_drills_are_mobilisation_joint_ones_cooperation(coder):
    assert main_category(coder, "North Korea conducted artillery drills near the border.") == (
        "MOBILIZE"
    )
    assert main_category(coder, "Kenyan and Somali troops held joint drills near Kismayo.") == (
        "COOPERATE"
    )


def test_warning_of_consequences_is_a_threat(coder):
    assert main_category(coder, "Russia warned Georgia of serious consequences.") == "THREATEN"


def test_orders_and_instructions_are_requests(coder):
    got = main_category(coder, "The senate instructed the army to withdraw from the town.")
    assert got == "REQUEST"


def test_undertaking_to_act_is_agree(coder):
    assert main_category(coder, "Ghana undertook to ratify the regional trade treaty.") == "AGREE"


def test_released_reports_are_no_release_of_captives(coder):
    assert main_category(coder, "The rebels released twelve hostages on Tuesday.") == "RETREAT"
    assert main_category(coder, "Chile's ministry released the new crop estimate.") != "RETREAT"


def test_a_press_release_is_no_event(coder):
    assert main_category(coder, "The figures were published in a press release.") == "NONE"


def test_vocabulary_from_the_category_definitions(coder):
    cases = {
        "The court acquitted the opposition leader of treason charges.": "CONCEDE",
        "The authorities dropped charges against the student activists.": "CONCEDE",
        "Commandos rescued the hostages held by pirates.": "AID",
        "Norway wrote off Ethiopia's bilateral debt.": "AID",
        "Iran signaled its readiness to resume negotiations with the agency.": "AGREE",
        "Indonesia and Malaysia exchanged views on the haze problem.": "CONSULT",
        "The Gulf states threw their weight behind the Egyptian initiative.": "SUPPORT",
        "Canada withheld its contribution to the agency.": "SANCTION",
        "Authorities beefed up security around the embassy.": "MOBILIZE",
        "Soldiers cordoned off the district.": "COERCE",
        "The court put the former dictator on trial for genocide.": "ACCUSE",
        "Guerrillas handed over their weapons to UN monitors.": "RETREAT",
        "The Greek Cypriots said no to the reunification plan.": "REJECT",
    }
    got = {text: main_category(coder, text) for text in cases}
    assert got == cases
