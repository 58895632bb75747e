"""Commentary's narration that reads like reported words: a leader welcoming a titled guest
named with a country (hosting, not approval) and a trend of voices or calls (the writer's
observation); and a press report that *characterized* a long object *as* something. Sentences
written for these tests in the style of commentary and the press on the alliance."""

import pytest

from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize("text", [
    "On May 2, the American leader welcomed South Korean President Lee Jae-myung to the Oval "
    "Office for talks marking the alliance's anniversary.",
    "Prime Minister Ishiba welcomed visiting Philippine President Marcos at his residence on "
    "Friday.",
])
def test_welcoming_a_titled_guest_named_with_a_country_is_hosting(text):
    assert voice_speaker_rows(text) == [("authorial", None)]


def test_welcoming_a_countrys_decision_stays_a_report():
    text = "Seoul welcomed North Korea's decision to reopen the hotline."
    assert voice_speaker_rows(text) == [("quoted", "Seoul")]


@pytest.mark.parametrize("text", [
    "Voices calling for a domestic arsenal are growing louder in the ruling party after the "
    "summit in Moscow.",
    "Demands for a tougher line on Pyongyang have been mounting among conservative lawmakers "
    "since the launch.",
])
def test_a_trend_of_voices_or_calls_is_the_writers(text):
    assert voice_speaker_rows(text) == [("authorial", None)]


def test_voices_that_warn_stay_a_report():
    text = "Some voices in the party warned that an arsenal would invite sanctions."
    assert voice_speaker_rows(text)[0][0] == "quoted"


def test_characterized_with_a_long_object_before_as_reports():
    text = ("The Pentagon has characterized the pact signed last month by the defence chiefs of "
            "Japan and the Philippines as a step toward closer deterrence.")
    assert voice_speaker_rows(text) == [("quoted", "Pentagon")]
