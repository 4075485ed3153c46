"""Events: PLOVER categories, roles, flags, dates and places (issue 4)."""

from __future__ import annotations

import pytest

from dateline.model import Story
from dateline.read import read_paths

from .conftest import ROOT


def ev(rec, category, **kw):
    out = [
        e
        for e in rec.events
        if e.category == category and all(getattr(e, k) == v for k, v in kw.items())
    ]
    return out


def name_of(rec, actor_id):
    return next(a.name for a in rec.actors if a.id == actor_id)


def test_kazinform_visit_has_the_visitor_as_actor_and_the_host_as_recipient(kazinform):
    _, rec = kazinform
    (visit,) = ev(rec, "CONSULT", mode="visit", historical=False)
    assert [name_of(rec, a) for a in visit.actors] == ["Mikhal Hasek"]
    assert [name_of(rec, a) for a in visit.recipients] == ["Adilbek Dzhaksybekov"]
    assert (visit.date, visit.place, visit.country) == ("2015-09-22", "Astana", "KAZ")


def test_kazinform_earlier_visit_is_historical_and_happened_in_kazakhstan(kazinform):
    _, rec = kazinform
    (old,) = ev(rec, "CONSULT", historical=True)
    assert [name_of(rec, a) for a in old.actors] == ["M. Zeman"]
    assert old.country == "KAZ" and old.date is None


def test_kazinform_offers_of_cooperation_are_agree_with_their_topics(kazinform):
    _, rec = kazinform
    agree = ev(rec, "AGREE")
    by = sorted({name_of(rec, e.actors[0]) for e in agree})
    assert by == ["Adilbek Dzhaksybekov", "Mikhal Hasek"]
    hasek = next(e for e in agree if name_of(rec, e.actors[0]) == "Mikhal Hasek")
    assert {"education", "science", "tourism", "culture"} <= set(hasek.topics)


def test_kazinform_has_no_false_events(kazinform):
    _, rec = kazinform
    assert sorted(e.category for e in rec.events) == [
        "AGREE",
        "AGREE",
        "AGREE",
        "CONSULT",
        "CONSULT",
    ]


def test_event_spans_are_the_evidence_sentence(kazinform):
    story, rec = kazinform
    for e in rec.events:
        assert story.text[e.span[0] : e.span[1]].strip() == e.text


@pytest.mark.parametrize(
    ("text", "category", "flags"),
    [
        (
            "Turkish Foreign Minister Mehmet Yilmaz and Greek Foreign Minister Kostas Alexiou did "
            "not meet in Hamburg last month.",
            "CONSULT",
            {"negated": True},
        ),
        (
            "Turkish Foreign Minister Mehmet Yilmaz is expected to visit Athens.",
            "CONSULT",
            {"hypothetical": True},
        ),
        (
            "Greek Foreign Minister Kostas Alexiou would consider visiting Ankara.",
            "CONSULT",
            {"hypothetical": True},
        ),
        (  # a fixed date makes it future, not hypothetical, so intent (AGREE) in PLOVER
            "Turkish Foreign Minister Mehmet Yilmaz is scheduled to visit Athens next week.",
            "AGREE",
            {"hypothetical": False, "tense": "future"},
        ),
        ("Iran threatened to close the Strait of Hormuz.", "THREATEN", {}),
        ("Peru's President said the government would expel the envoy.", "THREATEN", {}),
        ("Poland expelled four Belarusian diplomats on Wednesday.", "SANCTION", {"mode": "expel"}),
        ("Ivorian police arrested 23 protesters.", "COERCE", {"mode": "arrest"}),
        ("Malian troops clashed with jihadists near Boni.", "ASSAULT", {}),
        (
            "Chinese Vice Premier Liu Jianguo spoke by phone with Cambodian Deputy Prime Minister "
            "Sisowath Chamroeun.",
            "CONSULT",
            {"mode": "phone"},
        ),
    ],
)
def test_categories_and_flags(coder, text, category, flags):
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, category, **flags), [
        (e.category, e.mode, e.negated, e.hypothetical) for e in rec.events
    ]


def test_a_reciprocal_meeting_lists_every_party_as_actor(coder):
    (rec,) = coder.code(
        [
            Story(
                id="s",
                text="Uzbek Energy Minister Jasur Tursunov and Kazakh "
                "Energy Minister Nurlan Sarsenbayev met in Tashkent.",
            )
        ]
    )
    (meet,) = ev(rec, "CONSULT")
    assert {name_of(rec, a) for a in meet.actors} == {"Jasur Tursunov", "Nurlan Sarsenbayev"}
    assert meet.recipients == []


def test_hosting_makes_the_guest_the_visiting_actor(coder):
    (rec,) = coder.code(
        [
            Story(
                id="s",
                text="Peruvian Trade Minister Ana Lucia Quispe hosted "
                "South Korean Trade Minister Han Min-seok in Lima.",
            )
        ]
    )
    (visit,) = ev(rec, "CONSULT", mode="visit")
    assert [name_of(rec, a) for a in visit.actors] == ["Han Min-seok"]


def test_market_reports_and_accidents_yield_no_events(coder):
    stories = [
        s
        for s in read_paths([str(ROOT / "examples")])
        if s.id in {"nairobi-tea-2016-06-09", "reuters-saopaulo-2017-08-17"}
    ]
    assert len(stories) == 2
    for rec in coder.code(stories):
        assert rec.events == [], [(e.category, e.trigger) for e in rec.events]


def test_month_names_and_commerce_are_not_events(coder):
    text = (
        "Cocoa prices rallied in March as exporters offered 50,000 tonnes and the "
        "exchange accepted an export bonus offer."
    )
    (rec,) = coder.code([Story(id="s", text=text)])
    assert rec.events == []


def test_climbing_from_an_event_noun_stops_at_a_root_that_is_a_preposition():
    # A misparsed fragment can have a preposition as its root, whose head is itself; the
    # climb once looped forever on such a Reuters story and stalled a whole batch.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.nlp.events import governing_word

    doc = Doc(
        Vocab(), words=["after", "talks"], heads=[0, 0], deps=["ROOT", "pobj"], pos=["ADP", "NOUN"]
    )
    assert governing_word(doc[1]).i == 0


@pytest.mark.parametrize(
    ("text", "category", "flags"),
    [
        # CAMEO verb classes beyond the first lexicon: one sentence per new class
        ("The Chilean foreign minister implored Bolivia to return to the talks.", "REQUEST", {}),
        (
            "Thai police rounded up forty suspected smugglers near the border.",
            "COERCE",
            {"mode": "arrest"},
        ),
        ("Armenian gunmen hijacked a bus carrying Azeri workers.", "ASSAULT", {"mode": "abduct"}),
        (
            "Estonia recalled its envoy from Moscow after the incident.",
            "SANCTION",
            {"mode": "withdraw"},
        ),
        ("The Sudanese government lifted the state of emergency in Kassala.", "CONCEDE", {}),
        (
            "Kurdish fighters surrendered to Turkish troops on Friday.",
            "RETREAT",
            {"mode": "disarm"},
        ),
        ("The Danish prime minister decried the Iranian decision.", "ACCUSE", {}),
        ("Norway extended credit to Mozambique for road repairs.", "AID", {}),
        ("Hungary repudiated the Romanian proposal on minority schools.", "REJECT", {}),
        # a measured object: the verb's object is what the measure counts
        ("Japan delivered 3,000 tons of food aid to North Korea.", "AID", {}),
        # a passive subject is the verb's object: "sanctions were imposed"
        ("Sanctions were imposed on Belarus by the European Union.", "SANCTION", {}),
        # yielding announced for later is intent (CAMEO 035): AGREE
        ("Serbia said it would release the Kosovar prisoners next week.", "AGREE", {}),
    ],
)
def test_new_trigger_classes(coder, text, category, flags):
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, category, **flags), [(e.category, e.mode, e.trigger) for e in rec.events]


def test_a_list_misparsed_as_an_apposition_still_lists_every_party(coder):
    (rec,) = coder.code([Story(id="s", text="The UK, France, and Germany met on Tuesday.")])
    (meet,) = ev(rec, "CONSULT")
    assert {a.country for a in rec.actors if a.id in meet.actors} == {"GBR", "FRA", "DEU"}


def test_a_conflict_noun_takes_the_clause_subject_when_nobody_else_is_named(coder):
    text = "Angry Nepalese students marched through Kathmandu during protests against fees."
    (rec,) = coder.code([Story(id="s", text=text)])
    assert ev(rec, "PROTEST"), [(e.category, e.trigger) for e in rec.events]


def test_a_light_verbs_object_is_the_other_party_of_a_firefight(coder):
    text = "Colombian soldiers engaged Venezuelan smugglers in a firefight near Cucuta."
    (rec,) = coder.code([Story(id="s", text=text)])
    (fight,) = ev(rec, "ASSAULT")
    assert {a.country for a in rec.actors if a.id in fight.actors} == {"COL", "VEN"}


def test_an_offer_of_talks_is_not_commerce(coder):
    text = "The Georgian president rejected an Abkhaz offer of direct talks."
    (rec,) = coder.code([Story(id="s", text=text)])
    assert ev(rec, "REJECT")


def test_a_directed_act_with_no_recipient_is_aimed_at_the_other_side_of_the_story(coder):
    text = (
        "Ecuador closed its border with Colombia on Monday after Colombian troops crossed "
        "into Ecuadorean territory. Colombia said the incursion was an accident. "
        "Quito demanded that the soldiers be punished."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (demand,) = ev(rec, "REQUEST")
    assert [name_of(rec, a) for a in demand.actors] == ["Ecuador"]
    assert [name_of(rec, a) for a in demand.recipients] == ["Colombia"]


def test_the_two_sides_are_the_last_two_parties_named(coder):
    text = (
        "Chilean President Maria Soto met Bolivian President Jorge Vaca in La Paz on "
        "Monday. The two sides signed an agreement on water sharing."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (signed,) = ev(rec, "SUPPORT")
    assert {next(a.country for a in rec.actors if a.id == x) for x in signed.actors} == {
        "CHL",
        "BOL",
    }


def test_ministers_of_two_states_stand_for_both_states(coder):
    text = "The foreign ministers of Chile and Bolivia held talks in Lima on Monday."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (talks,) = ev(rec, "CONSULT")
    assert {name_of(rec, a) for a in talks.actors} == {"Chile", "Bolivia"}


def test_an_invitation_to_talks_is_agree(coder):
    text = "Chilean President Maria Soto invited Bolivian President Jorge Vaca for talks."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, "AGREE") and not ev(rec, "REQUEST")


def test_a_demand_inside_a_quote_is_the_speakers_state(coder):
    text = (
        '"We have asked Peru to release the fishermen," Chilean Foreign Minister Maria '
        'Soto told reporters. "We will cooperate with Lima," she added.'
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (ask,) = ev(rec, "REQUEST")
    assert [next(a.country for a in rec.actors if a.id == x) for x in ask.actors] == ["CHL"]
    assert [name_of(rec, a) for a in ask.recipients] == ["Peru"]
    assert not ev(rec, "AGREE")  # a position inside a quote is not coded


def test_talks_with_a_partner_take_the_clause_subject_as_the_other_party(coder):
    text = (
        "Chilean President Maria Soto stressed in talks with Bolivian President Jorge "
        "Vaca the need for a new water treaty."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (talks,) = ev(rec, "CONSULT")
    assert {name_of(rec, a) for a in talks.actors} == {"Maria Soto", "Jorge Vaca"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Bolivia rejected the demand to reverse the fuel price increase.", "REJECT"),
        ("The United States granted Argentina a 500 mln dlr bridge loan.", "AID"),
    ],
)
def test_money_between_states_and_demands_to_act_are_not_commerce(coder, text, category):
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, category), [(e.category, e.trigger) for e in rec.events]


def test_a_refusal_to_negotiate_is_reject_but_a_meeting_that_did_not_happen_is_not(coder):
    (rec,) = coder.code(
        [
            Story(
                id="s",
                text="Bolivian President Jorge Vaca said he would not negotiate with Chile.",
                date="2021-06-09",
            )
        ]
    )
    assert ev(rec, "REJECT") and not ev(rec, "CONSULT")
    (rec,) = coder.code(
        [
            Story(
                id="s",
                text="Bolivian President Jorge Vaca and Chilean "
                "President Maria Soto did not meet in Lima.",
                date="2021-06-09",
            )
        ]
    )
    assert ev(rec, "CONSULT", negated=True) and not ev(rec, "REJECT")


def test_a_hostile_consequence_announced_for_a_condition_is_threaten(coder):
    text = (
        "Chilean Foreign Minister Maria Soto said that if Bolivia closed the border, "
        "Chile would retaliate."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (threat,) = ev(rec, "THREATEN")
    assert [name_of(rec, a) for a in threat.actors] == ["Chile"]
    assert [name_of(rec, a) for a in threat.recipients] == ["Bolivia"]
    assert threat.hypothetical


def test_no_choice_but_is_a_threat_and_a_conditional_promise_is_not(coder):
    text = (
        '"Such a tax would leave us no choice but to act," Chilean Foreign Minister '
        "Maria Soto said of Bolivia."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (threat,) = ev(rec, "THREATEN")
    assert [name_of(rec, a) for a in threat.actors] == ["Chile"]
    text = (
        "Bolivian President Jorge Vaca said that if the talks succeed, Bolivia will sign "
        "a treaty with Chile."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert not ev(rec, "THREATEN")


def test_a_meeting_noun_with_no_owner_takes_its_parties_from_between(coder):
    text = "The negotiations held between Bolivia and Peru ended on Friday without agreement."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (talks,) = ev(rec, "CONSULT")
    assert {name_of(rec, a) for a in talks.actors} == {"Bolivia", "Peru"}


def test_a_warning_noun_is_threaten_by_its_agent_and_readiness_to_fight_is_a_threat(coder):
    text = "Peru rejected a warning by Chile against fishing in the disputed waters."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (warning,) = ev(rec, "THREATEN")
    assert [name_of(rec, a) for a in warning.actors] == ["Chile"]
    text = "Bolivian President Jorge Vaca said Bolivia was ready to tackle any aggressor."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, "THREATEN") and not ev(rec, "AGREE")


def test_a_meeting_with_a_foreigner_at_the_dateline_is_the_foreigners_visit(coder):
    text = (
        "Peruvian Trade Minister Ana Lucia Quispe met Chilean Foreign Minister Maria Soto "
        "on Wednesday to discuss fishing rights."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09", place="Lima")])
    (meeting,) = ev(rec, "CONSULT")
    assert [name_of(rec, a) for a in meeting.actors] == ["Maria Soto"]
    assert meeting.recipients and meeting.mode == "visit"


def test_a_strike_at_home_is_aimed_at_the_strikers_state_but_not_at_a_consulate(coder):
    text = "Thousands of Bolivian miners went on strike on Monday to press for higher wages."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09", place="La Paz")])
    (strike,) = ev(rec, "PROTEST")
    assert [name_of(rec, a) for a in strike.recipients] == ["Bolivia"]
    text = (
        "Hundreds of Bolivian truck drivers demonstrated outside the Chilean consulate on Monday."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09", place="La Paz")])
    assert all(name_of(rec, a) != "Bolivia" for e in ev(rec, "PROTEST") for a in e.recipients)


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether Chile would close the border, Bolivian President Jorge Vaca said no.",
        "Bolivian President Jorge Vaca, asked about the border, said Chile had not replied.",
    ],
)
def test_a_question_put_to_an_official_is_not_a_request(coder, text):
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert not ev(rec, "REQUEST"), [(e.category, e.trigger) for e in rec.events]


def test_asking_a_state_to_act_is_still_a_request(coder):
    text = "Bolivian President Jorge Vaca asked Chile to reopen the border."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, "REQUEST")


def test_a_later_sentence_naming_the_same_event_by_a_definite_noun_restates_it(coder):
    text = (
        "Chilean Foreign Minister Maria Soto visited Bolivia on Monday. "
        "Her talks with Bolivian officials covered water rights, the ministry said."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert len(ev(rec, "CONSULT")) == 1, [(e.trigger, e.actors) for e in rec.events]


def test_troops_sent_to_occupy_property_is_a_seizure_and_sending_alone_is_mobilize(coder):
    text = "The Bolivian government sent troops to occupy the country's main refineries."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, "COERCE", mode="seize") and not ev(rec, "MOBILIZE")
    text = "The Bolivian government sent troops to the border with Chile."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, "MOBILIZE")


def test_warning_against_is_an_appeal_and_warning_about_a_danger_is_no_event(coder):
    text = "Bolivian President Jorge Vaca warned the army against disloyalty."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, "REQUEST") and not ev(rec, "THREATEN")
    text = "Bolivian President Jorge Vaca warned about the spread of the disease."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert not ev(rec, "THREATEN")
    text = "Bolivian President Jorge Vaca warned Chile not to send troops to the border."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert ev(rec, "THREATEN")


def test_speaking_to_reporters_is_not_a_meeting(coder):
    text = (
        "Speaking to reporters after the session, Bolivian President Jorge Vaca said the "
        "border would stay open."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert not ev(rec, "CONSULT"), [(e.trigger, e.actors) for e in rec.events]


def test_not_ruling_out_force_is_a_threat_but_not_ruling_out_talks_is_not(coder):
    text = "Bolivian President Jorge Vaca did not rule out the use of force against Chile."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    (threat,) = ev(rec, "THREATEN")
    assert threat.hypothetical and not threat.negated
    text = "Bolivian President Jorge Vaca did not rule out new talks with Chile."
    (rec,) = coder.code([Story(id="s", text=text, date="2021-06-09")])
    assert not ev(rec, "THREATEN")


def test_a_text_known_to_report_an_event_is_classified_whoever_its_parties_are():
    """The PLOVER GSR's forced choice: parties the lexicons do not know as political actors
    do not stop the classification, while the news pipeline stays strict."""
    from dateline.nlp.coder import Coder

    text = "Local traders denounced the harbour board for raising fees."
    (strict,) = Coder().code([Story(id="s", text=text)])
    (given,) = Coder(events_given=True).code([Story(id="s", text=text)])
    assert not strict.events
    assert [e.category for e in given.events] == ["ACCUSE"]


def test_a_visit_to_places_abroad_is_hosted_by_their_state(coder):
    text = (
        "Australian Foreign Minister Helen Marsh toured flood-hit districts of East Java province."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2024-02-07", place="Surabaya")])
    (visit,) = ev(rec, "CONSULT", mode="visit")
    assert [name_of(rec, a) for a in visit.recipients] == ["Indonesia"]


@pytest.mark.parametrize(
    "text",
    [
        "President Vladimir Putin received Polish Foreign Minister Jan Nowak on Monday.",
        "Polish Foreign Minister Jan Nowak was received by President Vladimir Putin on Monday.",
        "President Vladimir Putin received the Polish minister on Monday.",
    ],
)
def test_whoever_is_received_visits_and_the_receiver_hosts(coder, text):
    (rec,) = coder.code([Story(id="s", text=text, date="2024-02-07", place="Moscow")])
    (visit,) = ev(rec, "CONSULT", mode="visit")
    assert [name_of(rec, a) for a in visit.recipients] == ["Vladimir Putin"]
    assert rec.actors[[a.id for a in rec.actors].index(visit.actors[0])].country == "POL"


@pytest.mark.parametrize(
    ("when", "historical"),
    [("in 2022", True), ("last month", True), ("in March", True), ("last week", False)],
)
def test_a_past_event_dated_before_the_storys_news_is_background(coder, when, historical):
    text = f"Polish Foreign Minister Jan Nowak visited Lithuania {when}."
    (rec,) = coder.code([Story(id="s", text=text, date="2024-10-07", place="Warsaw")])
    (visit,) = ev(rec, "CONSULT")
    assert visit.historical is historical


def test_a_protest_with_no_named_target_is_aimed_at_the_government_where_it_happens(coder):
    text = "Hundreds of migrants marched through Tapachula on Tuesday to demand permits."
    (rec,) = coder.code([Story(id="s", text=text, date="2024-04-17", place="Tapachula")])
    (protest,) = ev(rec, "PROTEST")
    assert [name_of(rec, a) for a in protest.recipients] == ["Mexico"]


def test_a_demand_rejected_is_a_call_for_action_and_a_named_union_is_a_body(coder):
    text = (
        "The ver.di union called a strike on Wednesday. Jürgen Köhler, chief negotiator for "
        "the employers, rejected the union's demand as unaffordable."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2023-10-11", place="Hamburg")])
    (reject,) = ev(rec, "REJECT")
    union = next(a for a in rec.actors if a.id == reject.recipients[0])
    assert (union.name, union.type, union.country, union.sector) == (
        "ver.di",
        "organisation",
        "DEU",
        "LAB",
    )
    # demand for goods stays business
    (rec,) = coder.code([Story(id="s", text="Weak demand for copper cut prices on Monday.")])
    assert not rec.events


def test_missiles_fired_into_the_sea_are_a_show_of_arms_not_an_attack(coder):
    text = "North Korea fired two ballistic missiles into the East Sea on Tuesday."
    (rec,) = coder.code([Story(id="s", text=text, date="2023-09-05", place="Seoul")])
    assert ev(rec, "MOBILIZE", mode="weapons") and not ev(rec, "ASSAULT")


def test_parties_of_two_states_agreeing_together_get_no_implied_other_side(coder):
    text = (
        "South Korean Foreign Minister Kang Mi-ran and her Japanese counterpart, Yoshiko "
        "Tanaka, agreed on Tuesday to share warning data, hours after Pyongyang fired two "
        "missiles into the East Sea."
    )
    (rec,) = coder.code([Story(id="s", text=text, date="2023-09-05", place="Busan")])
    (agree,) = ev(rec, "AGREE")
    assert len(agree.actors) == 2 and agree.recipients == []
