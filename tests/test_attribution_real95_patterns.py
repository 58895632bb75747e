"""Voice patterns read off the errors of the blind set real95 (congressional hearings and
think-tank events on deterrence in Korea, 2023-26, and the news that reported them), on texts
written for these tests in the styles of broadcast captions, hearing records, podcast
transcripts and the Korean press (issue 13)."""

from __future__ import annotations

import pytest

from analysis.corpus.sentences import iter_sentences, lower_case_text
from tests.speaker_rows import rows

CAPTIONS = ("joining us now is jane park with the asia institute. she covered the alliance for "
            "years. how important is this visit? guest: very important. a turning point for the "
            "alliance.")


def test_a_text_in_lower_case_is_split_and_read_as_one_unnamed_speaker_until_a_role_label():
    assert lower_case_text(CAPTIONS)
    got = rows(CAPTIONS)
    assert [g[:2] for g in got] == [("speech", None)] * 3 + [("speech", "Guest")] * 2


def test_ordinary_text_is_no_lower_case_text():
    text = "U.S. officials met on Monday. They said the talks were useful. Lee agreed."
    assert not lower_case_text(text)
    assert len(list(iter_sentences("The talks ended. they resumed later."))) == 1


@pytest.mark.parametrize("opening", [
    "Welcome, everybody. This hearing of the subcommittee will come to order.",
    "I wanna thank our witnesses for being here, and uh we appreciate it.",
])
def test_an_unlabelled_hearing_or_podcast_opening_is_speech(opening):
    text = (opening + " We have a serious threat in the region. I believe we must invest more "
            "in missile defence. We are grateful for your service. I will now turn to the "
            "ranking member.")
    assert {g[:2] for g in rows(text)} == {("speech", None)}


def test_an_op_ed_in_the_first_person_stays_the_writers():
    text = ("I believe the alliance is stronger than ever. We should not doubt it. Our "
            "commitment is firm. I have watched the peninsula for decades.")
    assert {g[0] for g in rows(text)} == {"authorial"}


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Dr. Jane Park from the Asia Institute said the North was not ready.", "Jane Park"),
    ("Experts sounded the alarm about the drills on Monday.", "experts"),
    ("The United States is sounding the alarm over the growing partnership between the two.",
     "United States"),
])
def test_real95_sources(sentence, speaker):
    assert rows("The talks ended on Friday.\n\n" + sentence)[1][:2] == ("quoted", speaker)


def test_he_is_no_body_named_in_quotation_marks():
    text = ("This is a report from the think tank 'Future Security,' written by Tom Reed, a "
            "former official.\n\nHe claims that the troops should be cut.")
    assert rows(text)[1][1] == "Tom Reed"


@pytest.mark.parametrize(("sentence", "expected"), [
    # review rv95: a lone "Some" or "Many" opening the sentence speaks before a verb of saying
    ("Some say the declaration is a betrayal of Seoul.", ("quoted", "Some")),
    ("Many say the pledge will not hold.", ("quoted", "Many")),
    ("Some claims were false.", ("authorial", None)),
    ("In the eyes of many South Koreans, the declaration fell short.",
     ("quoted", "South Koreans")),
])
def test_lone_subjects_and_holders(sentence, expected):
    assert rows("The talks ended on Friday.\n\n" + sentence)[1][:2] == expected
