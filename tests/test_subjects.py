"""The subject phrase of a promoted sentence (analysis.corpus.subjects) and the speaker it
gives (analysis.corpus.quotes.promoted_speaker). Sentences written for these tests."""

import pytest

from analysis.corpus.quotes import attribute_sentences
from analysis.corpus.sentences import iter_sentences
from analysis.corpus.subjects import subject_phrase


@pytest.mark.parametrize(("sentence", "subject"), [
    ("His advisers believe the consultative group will reassure Seoul.", "His advisers"),
    # a fronted phrase and a time phrase after the subject are left out
    ("In Seoul, opposition lawmakers this week questioned the value of the pledge.",
     "opposition lawmakers"),
    ("More recently, Yoon has stressed the nuclear side of the alliance.", "Yoon"),
    ("But many analysts in Tokyo expect Pyongyang to answer with another missile launch.",
     "many analysts in Tokyo"),
    ("The concern within the administration is that Seoul may still seek its own weapons.",
     "The concern within the administration"),
    # an appositive between commas is no fronted phrase; a fragment has no verb
    ("Kim, 45, a teacher in Seoul, worried about the tension.", None),
    ("Nuclear weapons.", None),
])
def test_subject_phrase(sentence: str, subject: str | None) -> None:
    assert subject_phrase(sentence) == subject


def test_promoted_sentences_take_their_own_subject_not_the_last_speaker() -> None:
    text = ("President Yoon Suk Yeol returned from Washington on Saturday with a new nuclear "
            "pledge.\n\n"
            "\"This is an upgraded deterrence,\" Yoon told reporters on the flight home.\n\n"
            "His advisers believe the consultative group will quiet calls at home for South "
            "Korea to build its own bomb.\n\n"
            "In Seoul, opposition lawmakers this week questioned whether the pledge changes "
            "anything on the peninsula.\n")
    triples = list(iter_sentences(text))
    got = [(a.voice, a.speaker) for a in attribute_sentences(text, triples)]
    assert got == [("authorial", None), ("quoted", "Yoon"), ("quoted", "His advisers"),
                   ("quoted", "opposition lawmakers")]
