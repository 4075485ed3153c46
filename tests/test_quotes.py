"""Quotes: direct, indirect and mixed, with speakers (issue 5)."""

from __future__ import annotations

from dateline.model import Story
from dateline.nlp.quotes import find_marked


def speaker(rec, q):
    return next((a.name for a in rec.actors if a.id == q.speaker), None)


def test_kazinform_three_direct_quotes_with_their_speakers(kazinform):
    _, rec = kazinform
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert [speaker(rec, q) for q in direct] == [
        "Adilbek Dzhaksybekov",
        "Mikhal Hasek",
        "Mikhal Hasek",
    ]
    assert direct[0].text.startswith("Our countries have traditionally friendly")


def test_kazinform_indirect_quotes_are_tied_to_their_speakers(kazinform):
    _, rec = kazinform
    indirect = {(speaker(rec, q), q.cue) for q in rec.quotes if q.kind == "indirect"}
    assert ("Mikhal Hasek", "noted") in indirect
    assert ("Adilbek Dzhaksybekov", "assured") in indirect


def test_quote_spans_point_at_the_quoted_words(kazinform):
    story, rec = kazinform
    for q in rec.quotes:
        assert story.text[q.span[0] : q.span[1]] == q.text


def test_a_quote_split_by_its_attribution_keeps_one_speaker(coder):
    text = (
        'Turkish Foreign Minister Mehmet Yilmaz spoke to reporters. "We are not there yet,"'
        ' Yilmaz was quoted by the agency as saying. "But we are close."'
    )
    (rec,) = coder.code([Story(id="s", text=text)])
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We are not there yet,", "But we are close."]
    assert {speaker(rec, q) for q in direct} == {"Mehmet Yilmaz"}


def test_a_quote_over_two_paragraphs_is_attributed_to_the_speaker_of_its_end(coder):
    text = (
        "Opposition lawmaker Yao Kouadio spoke outside parliament.\n\n"
        '"We came here with our families and our placards.\n\n'
        '"The government must cancel this increase," Kouadio told Reuters.'
    )
    (rec,) = coder.code([Story(id="s", text=text)])
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert len(direct) == 2
    assert {speaker(rec, q) for q in direct} == {"Yao Kouadio"}


def test_an_odd_number_of_marks_neither_crashes_nor_swallows_the_story():
    text = 'He said "we will win.\n\nThe next paragraph is plain text.\n\nSo is this one.'
    assert find_marked(text) == []


def test_curly_single_and_guillemet_marks_are_quotes():
    for open_, close in (("“", "”"), ("«", "»"), ("‘", "’")):
        text = f"The minister said: {open_}We will sign the agreement next week.{close}"
        (m,) = find_marked(text)
        assert text[m.start : m.end] == "We will sign the agreement next week."


def test_according_to_and_mixed_quotes(coder):
    text = (
        "According to Colonel Souleymane Dembele, the army repelled the attack. "
        'Police spokesman Serge Kouadio said officers had "acted with restraint" and used '
        "tear gas only after stones were thrown."
    )
    (rec,) = coder.code([Story(id="s", text=text)])
    kinds = {(q.kind, q.cue, speaker(rec, q)) for q in rec.quotes}
    assert ("indirect", "according to", "Souleymane Dembele") in kinds
    assert ("mixed", "said", "Serge Kouadio") in kinds


def _speakers(coder, text):
    (rec,) = coder.code([Story(id="s", text=text)])
    return [(q.kind, speaker(rec, q)) for q in rec.quotes]


def test_a_body_named_with_a_possessive_country_speaks_at_the_end_of_the_sentence(coder):
    got = _speakers(
        coder,
        "The two presidents signed a treaty on border demarcation in "
        "Tashkent on Monday, Uzbekistan's foreign economic relations ministry "
        "said.",
    )
    assert ("indirect", "Uzbekistan's foreign economic relations ministry") in got


def test_the_ministry_said_goes_to_the_ministry_named_before_not_a_new_group(coder):
    got = _speakers(
        coder,
        "Chile's foreign ministry said the border would reopen on "
        "Monday.\n\nThe pass had been closed for a week by snow, the ministry "
        "said.",
    )
    assert [s for _, s in got] == ["Chile's foreign ministry"] * 2


def test_a_body_introduced_by_a_description_answers_to_it_later(coder):
    got = _speakers(
        coder,
        "The African Union mission in Somalia, AMISOM, condemned "
        'the bombing.\n\n"Such attacks will not weaken our resolve," the '
        "mission said.",
    )
    assert ("direct", "AMISOM") in got


def test_the_statement_said_is_its_issuer_not_the_last_speaker(coder):
    got = _speakers(
        coder,
        "The Peruvian embassy in Bolivia protested to La Paz on "
        "Friday, the embassy said in a statement.\n\nThe march was peaceful "
        'until the evening, police said.\n\n"The embassy asks the authorities '
        'to guarantee the safety of its staff," the statement said.',
    )
    assert got[-1] == ("direct", "Peruvian embassy in Bolivia")


def test_a_police_spokesman_speaks_for_the_police_and_the_police_is_never_a_person(coder):
    text = (
        "NAIROBI, June 3 (Reuters) - Kenyan police arrested 12 people in Nairobi on "
        "Monday, a police spokesman said."
        '\n\n"The situation is calm," police spokesman Inspector John Otieno told '
        "reporters.\n\nThe road was reopened in the evening, police said."
    )
    got = _speakers(coder, text)
    assert got[0] == ("indirect", "Kenyan police")
    assert got[1] == ("direct", "John Otieno")
    assert got[2][1] != "John Otieno"


def test_anonymous_sources_stay_anonymous_even_with_a_named_employer(coder):
    got = _speakers(
        coder,
        "Police fired tear gas at the marchers in Lagos on Monday, a Reuters "
        "witness said.\n\nThe price of cocoa fell for a third day, traders said.",
    )
    assert [s for _, s in got] == [None, None]


def test_a_release_issued_by_a_body_speaks_for_it_and_a_joint_statement_for_no_one(coder):
    got = _speakers(
        coder,
        "The prime minister will travel to Hanoi next week, according to a "
        "press release issued by the Myanmar embassy in Bangkok.\n\nThe two "
        "ministers agreed to build a bridge, according to a joint statement.",
    )
    assert got == [("indirect", "Myanmar embassy in Bangkok"), ("indirect", None)]


def test_a_capitals_radio_and_the_official_who_spoke_for_a_body(coder):
    got = _speakers(
        coder,
        "Khomeini warned against dissent, Tehran radio said.\n\nSecretary "
        "of State George Shultz will not oppose the subsidy, a State Department "
        'official said.\n\n"It is now up to the USDA," the official said. "We '
        'will not fight it," he said.',
    )
    assert got[0] == ("indirect", "Tehran radio")
    assert [s for _, s in got[1:]] == ["State Department"] * 3


def test_quoted_by_an_agency_as_saying_is_the_quoted_person(coder):
    got = _speakers(
        coder,
        "Deputy Prime Minister Jozef Koziol said wages would rise. But he "
        "was also quoted by the official PAP news agency as saying the government "
        "had to take economic realities into account.",
    )
    assert [s for _, s in got] == ["Jozef Koziol", "Jozef Koziol"]


def test_an_unnamed_official_of_a_body_is_never_a_named_person_nearby(coder):
    got = _speakers(
        coder,
        "Secretary of State George Shultz has decided not to oppose the "
        "subsidy, a State Department official said.",
    )
    assert got == [("indirect", "State Department")]


def test_sources_close_to_a_person_officers_of_a_state_and_they_after_sources(coder):
    got = _speakers(
        coder,
        "Sources close to Deputy Prime Minister Arnaldo Forlani said Craxi "
        "would resign next week.\n\nFrench officers said the fall of the base "
        "deprived Libya of its runway.\n\nPolitical sources said the coalition "
        "would hold. They said talks would begin tomorrow.",
    )
    assert [s for _, s in got] == ["Arnaldo Forlani", "France", None, None]


def test_attribution_after_a_question_inverted_names_and_quote_only_paragraphs(coder):
    got = _speakers(
        coder,
        '"What were they talking about if not missiles?" Foulkes said.\n\n'
        '"We should be thinking about these things now," commented Ontario '
        "Premier David Peterson.\n\nThere remain obstacles to another offer, a "
        'State Department official said.\n\n"Everyone in the government agrees '
        'that we would not offer it without a commitment."',
    )
    assert got[0] == ("direct", "Foulkes")
    assert got[1] == ("direct", "David Peterson")
    assert got[-1] == ("direct", "State Department")


def test_a_spokesman_for_a_body_speaks_for_it_and_so_does_he_after(coder):
    got = _speakers(
        coder,
        "A spokesman for the port of Santos, which has seen unrest in "
        "recent months, said ships were leaving at half the normal rate.\n\nHe said "
        "76 ships were waiting at anchor.",
    )
    assert [s for _, s in got] == ["port of Santos", "port of Santos"]
