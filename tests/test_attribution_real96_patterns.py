"""Voice patterns of the coverage of US strategic assets on the peninsula and the reactions to
them (blind set real96), and of the patterns left open after real93-95: a Japanese press
conference's reporter under a broadcaster's initials, present-tense naming (*Some call the visit
a show of force*), on texts written for these tests in the styles of wire copy, the Korean press
and Japan's foreign ministry transcripts (issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import one, rows

MOFA = ("Mr. KAMIKAWA Yoko, Minister for Foreign Affairs: Good afternoon. I have one "
        "announcement today. I will visit Seoul next week.\n\n"
        "NHK, OKADA: I would like to ask about North Korea. What is your view of the launch?\n\n"
        "Minister Kamikawa: The launch is a clear violation of Security Council resolutions.")

OPENING = ("I would like to begin with a short report on my visit to Seoul. I held talks with "
           "Foreign Minister Cho Tae-yul and we confirmed close cooperation. That is all from "
           "me.\n\n"
           "Kyodo News, SAKAGUCHI: I would like to ask about North Korea. What is your view?\n\n"
           "Minister Kamikawa: The launch is a clear violation of Security Council resolutions.")


def test_a_broadcasters_initials_and_the_reporters_name_in_capitals_are_the_reporters_turn():
    got = [g[:2] for g in rows(MOFA)]
    assert got[3:5] == [("speech", "NHK, Okada")] * 2
    assert got[5] == ("speech", "Minister Kamikawa")


def test_one_question_and_answer_after_unlabelled_opening_remarks_is_a_dialogue():
    got = [g[:2] for g in rows(OPENING)]
    assert got[:3] == [("speech", None)] * 3
    assert got[3:] == [("speech", "Kyodo News, Sakaguchi")] * 2 + [("speech", "Minister Kamikawa")]


def test_an_articles_prose_before_one_question_is_no_opening():
    text = ("The minister took questions after the cabinet meeting on Friday. Reporters asked "
            "about the launch.\n\n" + OPENING.split("\n\n", 1)[1])
    assert rows(text)[0][0] == "authorial"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Some critics call the port visit a show of force.", "critics"),
    ("Many call it a turning point for the alliance.", "Many"),
    ("Others call it the most visible sign yet of commitment.", "others"),
    ("Analysts called the drills the largest in years.", "analysts"),
    ("Pyongyang routinely called the drills rehearsals for invasion.", "Pyongyang"),
    ("Officials describe the visit as a signal to Pyongyang.", "officials"),
])
def test_naming_in_the_present_or_with_a_superlative_or_a_plural_complement_reports(
        sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "In a phone call with Yoon, Kishida agreed to deepen cooperation.",
    "The call lasted 40 minutes and covered the missile launches.",
    "It was a close call for the crew of the patrol boat.",
    "Yoon called the defence chiefs for talks.",
    "Biden called the leaders of Japan and Korea on Tuesday.",
    "Instead, the study should be a five-alarm call to Congress to act as a whole.",
    "Small groups of protesters continued to call for more information about the shooting.",
])
def test_a_call_that_names_nothing_is_no_report(sentence):
    assert one(sentence)[0] == "authorial"
