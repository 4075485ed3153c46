"""Quotes: direct, indirect and mixed, with speakers (issue 5)."""

from __future__ import annotations

from dateline.model import Story
from dateline.nlp.quotes import find_marked


def speaker(rec, q):
    return next((a.name for a in rec.actors if a.id == q.speaker), None)


def test_kazinform_three_direct_quotes_with_their_speakers(kazinform):
    _, rec = kazinform
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert [speaker(rec, q) for q in direct] == ["Adilbek Dzhaksybekov", "Mikhal Hasek",
                                                 "Mikhal Hasek"]
    assert direct[0].text.startswith("Our countries have traditionally friendly")


def test_kazinform_indirect_quotes_are_tied_to_their_speakers(kazinform):
    _, rec = kazinform
    indirect = {(speaker(rec, q), q.cue) for q in rec.quotes if q.kind == "indirect"}
    assert ("Mikhal Hasek", "noted") in indirect
    assert ("Adilbek Dzhaksybekov", "assured") in indirect


def test_quote_spans_point_at_the_quoted_words(kazinform):
    story, rec = kazinform
    for q in rec.quotes:
        assert story.text[q.span[0]:q.span[1]] == q.text


def test_a_quote_split_by_its_attribution_keeps_one_speaker(coder):
    text = ('Turkish Foreign Minister Mehmet Yilmaz spoke to reporters. "We are not there yet,"'
            ' Yilmaz was quoted by the agency as saying. "But we are close."')
    (rec,) = coder.code([Story(id="s", text=text)])
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We are not there yet,", "But we are close."]
    assert {speaker(rec, q) for q in direct} == {"Mehmet Yilmaz"}


def test_a_quote_over_two_paragraphs_is_attributed_to_the_speaker_of_its_end(coder):
    text = ('Opposition lawmaker Yao Kouadio spoke outside parliament.\n\n'
            '"We came here with our families and our placards.\n\n'
            '"The government must cancel this increase," Kouadio told Reuters.')
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
        assert text[m.start:m.end] == "We will sign the agreement next week."


def test_according_to_and_mixed_quotes(coder):
    text = ("According to Colonel Souleymane Dembele, the army repelled the attack. "
            'Police spokesman Serge Kouadio said officers had "acted with restraint" and used '
            "tear gas only after stones were thrown.")
    (rec,) = coder.code([Story(id="s", text=text)])
    kinds = {(q.kind, q.cue, speaker(rec, q)) for q in rec.quotes}
    assert ("indirect", "according to", "Souleymane Dembele") in kinds
    assert ("mixed", "said", "Serge Kouadio") in kinds
