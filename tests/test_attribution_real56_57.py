"""Shapes read off real56 and real57 (kept outside the repository) after their held-out
scoring: a verb of going on inside a quotation's sentence that only ends something, the writer's
naming after a comma (*dubbed*), passive condemnations and denials with their agent, reactions
*earned* or *received from* someone, *quoted in a newspaper as saying*, a place that is nobody's
name for a later *he*, *citing* a relay's source, a spokesperson or a titled name before a verb
of emphasis with an object, an expressed intention, and an abstraction or a text's reading that
is no source. Texts written for these tests in the styles of that coverage."""

import pytest

from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize("sentence", [
    "Seoul, Washington and Tokyo on Friday concluded their first “multi-domain exercise” off "
    "the southern coast.",
    "The warning came after Japan, the United States and South Korea held a combined drill, "
    "dubbed “Iron Tide,” in waters east of Busan from Monday to Friday.",
    "The allies staged the exercise, codenamed Ulchi Shield, in late August.",
    "This situation underscores the need for investment in skills and yards to support "
    "advanced naval projects.",
    "The ministry's statement appears intended to calm critics in Beijing.",
    "The bomber's long flight from the United States to South Korea underscores the reach of "
    "the alliance.",
])
def test_acts_namings_and_readings_are_the_writers(sentence):
    assert voice_speaker_rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“We will answer force with force,” the minister concluded.", "the minister"),
    ("The minister concluded: “We will answer force with force.”", "the minister"),
    ("The bomber flight was swiftly condemned by North Korea’s Defence Ministry.",
     "North Korea’s Defence Ministry"),
    ("The report was flatly denied by the defense ministry, wary of the effect on talks.",
     "the defense ministry"),
    ("The port call earned a sharp rebuke from Kim Yo Jong, the leader's sister.", "Kim Yo Jong"),
    ("The proposal received praise from the foreign ministry.", "foreign ministry"),
    ("Lee was quoted in a newspaper interview published on Tuesday as saying the allies were "
     "discussing joint planning.", "Lee"),
    ("Kim Tae-hyo was quoted in a local daily as claiming that talks had begun.", "Kim Tae-hyo"),
    ("The strike drill ended on Sunday, Trend News reports citing Korean media.", "Korean media"),
    ("The Pentagon spokesperson underscored the risk of a seventh nuclear test by the North.",
     "the Pentagon spokesperson"),
    ("Deputy Secretary of State Jane Roe highlighted steps to build trust in the alliance.",
     "Jane Roe"),
    ("South Korea's envoy to Washington, Park Min-ho, expressed the government's intention to "
     "deepen nuclear cooperation.", "Park Min-ho"),
])
def test_reports_without_a_said(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


def test_a_place_named_last_is_no_later_he():
    rows = voice_speaker_rows(
        "The remarks were made by Liu Jian, spokesperson of the Chinese embassy. "
        "The situation on the Korean Peninsula is tense. "
        "All sides should stay calm, not otherwise, he added.")
    assert rows[-1] == ("quoted", "Liu Jian")


def test_a_going_on_verb_without_a_quotation_still_names_an_end():
    assert voice_speaker_rows("The exercise concluded on Saturday.") == [("authorial", None)]
