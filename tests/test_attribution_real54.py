"""Shapes read off real54 (kept outside the repository) after its held-out scoring: the items of
a plan's list in the imperative, a subject ending in a preposition before an attributive
participle, a relative clause without *that* on a noun (*a drill it said was*), the maker of a
text after *according to* named by a common noun, *hit back at*, a fronted participle before
the subject of an act, a participle after a quotation, the writer's *I* as no later *he*, a
sentence that lost its stop on a page of stopped sentences, a source quoted or cited in an
opening participle, and *forewarned*.
Texts written for these tests in the styles of that coverage."""

import pytest

from analysis.corpus.source_phrases import imperative_opening
from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize(("sentence", "imperative"), [
    ("Strengthen broader cooperation on deterrence through the working groups.", True),
    ("Conduct large-scale field training exercises to maintain a strong posture.", True),
    ("Seoul warned the North against further launches.", False),
    ("Critics argue the pact is weak.", False),
    ("Republicans fear the deal.", False),
])
def test_an_imperative_opening_names_no_source(sentence, imperative):
    assert imperative_opening(sentence, sentence.split()[0]) is imperative


@pytest.mark.parametrize("sentence", [
    "Historic because the pact aims to extend the American nuclear umbrella over threatened "
    "South Korea.",
])
def test_writers_sentences_stay_the_writers(sentence):
    assert voice_speaker_rows(sentence) == [("authorial", None)]


def test_a_report_inside_a_relative_clause_on_a_noun_is_the_writers():
    text = ("North Korea has called the bomber flights a provocation. North Korea on Monday fired "
            "a missile into the sea in a drill it said was meant as a warning to Seoul.")
    assert voice_speaker_rows(text) == [("quoted", "North Korea"), ("authorial", None)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The allies agreed to more drills, according to a statement from the defense ministry.",
     "the defense ministry"),
    ("The two ministers agreed to hold more drills, according to a speech by the minister at "
     "the time.", "the minister"),
    ("The allies agreed, according to a report from Sputnik.", "Sputnik"),
    ("Alarmed, the regime hit back at the pact.", "the regime"),
    ("Pyongyang hit back at Seoul on Friday.", "Pyongyang"),
    ("Busan Mayor Park Min-ho joined the chorus by pointing to “the North's growing arsenal,” "
     "adding, “We cannot wait.”", "Park Min-ho"),
])
def test_sources_of_texts_acts_and_participles(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


def test_a_gerund_after_a_preposition_reports_nothing():
    assert voice_speaker_rows("It goes without saying that the plan will cost more.") == \
        [("authorial", None)]


def test_the_writers_i_is_no_later_he():
    text = ("Deputy Secretary Kurt Campbell was asked, “Is more needed?” to which Campbell "
            "responded, “I think the pact is enough.” I answered. He continued, “It works.”")
    assert [s for _, s in voice_speaker_rows(text)][-1] == "Campbell"


def test_a_pronoun_clause_without_its_stop_is_no_menu_line():
    text = ("The allies will send more strategic assets. This was announced by Defense Secretary "
            "Mark Hale after the talks.\n\nHe pointed out that the two sides agreed to deepen "
            "planning\n\n\"We will consult more,\" Hale said.")
    # the first sentence is what the second names Hale as having announced (stated_back)
    assert voice_speaker_rows(text) == [("quoted", "Mark Hale"), ("authorial", None),
                                        ("quoted", "Mark Hale"), ("quoted", "Hale")]


@pytest.mark.parametrize(("sentence", "row"), [
    ("Quoting Newsweek's report, the bomber flight was meant as a warning to Pyongyang.",
     ("quoted", "Newsweek")),
    ("Citing a government source, the drill was meant to deter the North.",
     ("quoted", "government source")),
    ("Citing concerns about safety, the navy delayed the visit.", ("authorial", None)),
    ("The administration has forewarned Beijing that it plans to expand the drills.",
     ("quoted", "the administration")),
])
def test_quoting_citing_and_forewarning(sentence, row):
    assert voice_speaker_rows(sentence) == [row]
