"""Guide 2.33, rule 170 and words for rules 5 and 145 (lexicon 2.33.0), read off the errors of
the blind set real90 (official US texts on the alliance and North Korea, 2023-25). Sentences
written for these tests in the styles of wire copy, White House briefings as reported and the
international press."""

from __future__ import annotations

import pytest

from analysis.metrics.frame_references import REACH, ForceReference, sentence_owner
from analysis.metrics.frames import frame_scores
from tests.frame_rules import frames_of
from tests.frame_rules import story_frames as _story

NORTH = "Kirby said North Korean troops in Russia might be sent to the Kursk region."
ALLIED = "The United States keeps 28,500 troops in South Korea."


@pytest.mark.parametrize("later", [
    "He said the U.S. was unclear about the role of these troops in that area.",
    "Washington is unsure whether those soldiers will fight, the official said.",
    "The Pentagon confirmed the deployment on Tuesday, the State Department said.",
])
def test_a_force_referred_back_after_the_norths_is_the_norths(later):
    assert frames_of(later) == {"deterrence"}  # alone, the force reads as the allies'
    assert _story(NORTH, later) == [{"threat"}, {"threat"}]


def test_a_force_referred_back_after_the_allies_keeps_deterrence():
    later = "Officials said these troops would stay on the peninsula."
    assert _story(NORTH, ALLIED, later)[2] == {"deterrence"}


def test_an_owner_or_a_number_gives_the_force_its_own_reading():
    assert _story(NORTH, "The U.S. said its troops in Japan were on alert.")[1] == {"deterrence"}
    assert _story(NORTH, "The U.S. said 2,000 troops would join the drills.")[1] == {
        "deterrence"}


def test_the_reference_reaches_three_sentences():
    quiet = "The briefing lasted an hour."
    later = "He said the U.S. was unclear about the role of these troops."
    assert _story(NORTH, quiet, quiet, later)[3] == {"threat"}
    assert REACH == 3
    assert _story(NORTH, quiet, quiet, quiet, later)[4] == {"deterrence"}


def test_sentence_owner():
    assert sentence_owner(frame_scores(NORTH, use_model=False)) == "north"
    assert sentence_owner(frame_scores(ALLIED, use_model=False)) == "allies"
    assert sentence_owner(frame_scores("The talks ended on Friday.", use_model=False)) is None
    assert sentence_owner(None) is None


def test_force_reference_resets_for_a_new_document():
    ref = ForceReference()
    ref.apply(frame_scores(NORTH, use_model=False), NORTH, lambda r, c: r)
    assert (ref.owner, ref.age) == ("north", 1)
    ref.reset()
    assert (ref.owner, ref.age) == (None, 0)


@pytest.mark.parametrize("sentence", [
    "Biden warned that a nuclear strike by North Korea would lead to the end of Kim Jong-un's "
    "regime.",
    "Biden warned that a nuclear strike would mean the end of Kim Jong Un's government.",
    'Seoul and Washington have said it would be "the end" of Kim Jong-un\'s government if the '
    "North used its nuclear weapons.",
    "Biden said the North Korean regime would end if it ever used nuclear weapons.",
    "Biden said the North Korean regime would be over if it ever used nuclear weapons.",
])
def test_the_end_of_a_leaders_regime_is_deterrence(sentence):
    assert frames_of(sentence) == {"deterrence"}


def test_an_owner_after_of_and_the_allies_assets_end_the_reference():
    # review rv90: an owner after the noun is its own; the allies' assets are the last force
    assert _story(NORTH, "Seoul welcomed the deployment of U.S. strategic assets.")[1] == {
        "deterrence"}
    assets = "The United States flew U.S. strategic assets over the peninsula."
    assert _story(NORTH, assets, "The deployment drew a protest from Pyongyang.")[2] == {
        "deterrence"}


@pytest.mark.parametrize("sentence", [
    "The North Korean regime would end up more isolated, the analyst said.",
    "The North Korean regime would end its moratorium on tests, the analyst said.",
])
def test_a_regime_that_ends_something_else_has_no_frame(sentence):
    assert frames_of(sentence) == set()


@pytest.mark.parametrize("sentence", [
    "It is unusual for Trump to refer to North Korea as a nuclear state.",
    'Washington has not recognized North Korea\'s "nuclear state" status.',
    "The recognition of the DPRK as a nuclear weapons state is irreversible, Kim said.",
])
def test_the_north_called_a_nuclear_state(sentence):
    assert frames_of(sentence) == {"threat"}


@pytest.mark.parametrize("sentence", [
    "Israel is an undeclared nuclear state.",
    "Pakistan became a nuclear weapons state in 1998.",
])
def test_another_countrys_nuclear_status_has_no_frame(sentence):
    assert frames_of(sentence) == set()


def test_a_pronoun_called_a_nuclear_power_after_the_north_is_named():
    kim = "Trump mentioned North Korean leader Kim Jong Un on his first day in office."
    assert frames_of("“He is a nuclear power,” Trump said.") == set()
    assert _story(kim, "“He is a nuclear power,” Trump said.")[1] == {"threat"}
    assert _story(kim, "It is a nuclear power plant.")[1] == set()
    assert _story(kim, "China is growing fast.", "It is a nuclear power.")[2] == set()


@pytest.mark.parametrize(("sentence", "frames"), [
    ('Biden warned that any nuclear attack from Pyongyang would lead to its "end."',
     {"deterrence"}),
    ("Biden vowed to annihilate the DPRK in the event of a nuclear attack.", {"deterrence"}),
    ("Zakharova warned that the agreement will undermine global stability.", {"threat"}),
    ("The reforms could undermine the stability of the housing market.", set()),
])
def test_real92_words(sentence, frames):
    assert frames_of(sentence) == frames
