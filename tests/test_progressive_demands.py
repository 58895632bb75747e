"""Speech acts in the present progressive after a fronted phrase or a second adverb, and groups
of people that demand (issue 13; sentences written for this project in the styles of the Korean
English-language press and wire copy). Each was the writer's before."""

from __future__ import annotations

import pytest

from tests.speaker_rows import last as _last


@pytest.mark.parametrize("text, speaker", [
    ("Amid the new missile tests, South Koreans are now increasingly calling for a deterrent "
     "of their own.", "South Koreans"),
    ("In Busan, protesters are calling for the carrier to leave port.", "protesters"),
    ("Several opposition candidates are also advocating for a freeze on the drills.",
     "opposition candidates"),
])
def test_progressive_speech_act_reports(text, speaker):
    assert _last(text)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("text", [
    # a quantifier is no one in particular; an act without words is no speech
    "In recent years, many South Koreans are calling for change.",
    "In Seoul, officials are pushing to expand the shelters.",
])
def test_not_a_progressive_report(text):
    assert _last(text)[0] == "authorial"
