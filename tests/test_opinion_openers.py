"""A sentence opened by someone's view (*In his opinion, ...*) reports that view
(:mod:`analysis.corpus.opinion_openers`). Sentences written for these tests in the style of
the Korean English-language press."""

import pytest

from analysis.corpus.opinion_openers import opinion_holder
from tests.speaker_rows import voice_speaker_rows

MAYOR = ("Seoul mayor Park Ji-hoon told a radio interview on Tuesday that the country needs "
         "its own deterrent.\n\n")


@pytest.mark.parametrize("opener", ["In his opinion,", "In her view,", "But in his view,"])
def test_a_pronouns_view_is_the_last_named_persons(opener):
    text = MAYOR + f"{opener} South Korea should act regardless of the countermeasures."
    assert voice_speaker_rows(text)[1] == ("quoted", "Park Ji-hoon")


def test_a_named_holders_view_is_theirs():
    text = ("Lee Jae-won, a professor at Yonsei University, spoke at the forum.\n\n"
            "In Lee's view, South Korea should act regardless of the countermeasures.")
    assert voice_speaker_rows(text)[1] == ("quoted", "Lee")


@pytest.mark.parametrize("opener", ["In my opinion,", "In the view of many,",
                                    "In its current form,"])
def test_the_writers_view_or_no_holder_is_no_report(opener):
    text = MAYOR + f"{opener} the plan comes too late to reassure the public."
    assert voice_speaker_rows(text)[1] == ("authorial", None)


@pytest.mark.parametrize("sentence,holder", [
    ("In his opinion, the drills were a warning.", "he"),
    ("In their assessment, the drills were a warning.", "they"),
    ("In Kim's view, the drills were a warning.", "Kim"),
    ("In the ministry’s judgment, the drills were a warning.", "the ministry"),
    ("In my view, the drills were a warning.", None),
    ("In the view of many, the drills were a warning.", None),
])
def test_the_holder_of_an_opening_view(sentence, holder):
    assert opinion_holder(sentence) == holder
