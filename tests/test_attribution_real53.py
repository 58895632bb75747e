"""Shapes read off real53 (kept outside the repository) after its held-out scoring: a participle
after a linking verb, a place after a preposition before a verb of showing, a passive *made
clear by*, an ordinal inside a role before an appositive name, a relative clause without commas
on the subject, a person introduced by *named*, a long titled name, *the statement* that an
agency cited before did not make, and a kicker in capitals before a headline closed with a stop.
Texts written for these tests in the styles of that coverage."""

import pytest

from analysis.corpus.cues import find_reporting_clause
from analysis.corpus.headline_labels import is_label_headline
from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize("sentence", [
    "The doctrine lists cases in which the North could use its arsenal, including a first strike "
    "if it feels threatened.",
    "The crew felt threatened by the drills.",
    "The bomber's long flight from Guam to South Korea underscores the reach of the alliance.",
    "That’s made clear by the guest list of the state dinner.",
])
def test_adjectives_places_and_passives_report_nothing(sentence):
    assert find_reporting_clause(sentence, False) == (None, False)
    assert voice_speaker_rows(sentence) == [("authorial", None)]


def test_a_verb_of_showing_after_its_subject_name_still_reports():
    assert find_reporting_clause("Secretary Austin underscored the commitment.", False) == \
        ("Secretary Austin", False)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The commander of the 7th Fleet, Vice Adm. Mark Hale, said the visit was routine.",
     "Mark Hale"),
    ("At the air base, the commander of the 35th Fighter Wing, Col. Dana Ortiz, stressed the "
     "value of drills.", "Dana Ortiz"),
    ("Two senior officials who briefed reporters on condition of anonymity ahead of the "
     "announcement said the plan took months.", "senior officials"),
    ("A government official who spoke on condition of anonymity because of the sensitivity of "
     "the matter said the talks had stalled.", "government official"),
    ("A retired general named Han Min-soo wrote to lawmakers urging a review.", "Han Min-soo"),
    ("LONDON (Wire Service) — Days after the vote, an analyst named Jo Eun-bi sent a note to "
     "her 2,300 readers noting a silver lining.", "Jo Eun-bi"),
    ("At a briefing, Pentagon Press Secretary Air Force Brig. Gen. Tom Reyes while answering a "
     "question about the remarks, he said the policy had not changed.", "Tom Reyes"),
])
def test_the_subject_past_roles_relatives_and_titles(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


def test_a_verb_after_and_keeps_the_sentence_subject():
    assert voice_speaker_rows("Kim praised the crews who carried out the launch and noted "
                              "that the test was a success.") == [("quoted", "Kim")]


def test_the_statement_is_not_the_agency_cited_before():
    text = ("The carrier docked in Busan on Sunday, according to Yonhap News Agency.\n\n"
            "Kim Yo Jong said on Monday that the North would respond, state media reported.\n\n"
            "The statement added that the visits had become a habit.")
    assert [s for _, s in voice_speaker_rows(text)] == \
        ["Yonhap News Agency", "Kim Yo Jong", "the statement"]


def test_a_kicker_in_capitals_before_a_closed_headline_is_the_writers():
    assert is_label_headline("BIG SHIFT: Seoul Wins Approval for New Submarines.", True)
    assert not is_label_headline("Pence: Flowers Won't Be at Debate.", True)
    assert not is_label_headline("YOON: The alliance has never been stronger.", True)
    text = ("BIG SHIFT: Seoul Wins Approval for New Submarines.\n\n"
            "The decision surprised analysts in the region.")
    assert voice_speaker_rows(text) == [("authorial", None), ("authorial", None)]
