"""Guide 2.34, rule 171 and words for rule 36 (lexicon 2.34.0), read off the errors of the blind
set real93 (North Korea's launches of 2023 and the allies' answer). Sentences written for these
tests in the styles of wire copy, the Korean English-language press and KCNA as reported."""

from __future__ import annotations

import pytest

from analysis.metrics.frame_references import MISSILE_RE, missile_owner
from analysis.metrics.frames import frame_scores
from tests.frame_rules import frames_of
from tests.frame_rules import story_frames as _story

LAUNCH = "North Korea fired a Hwasong-18 ICBM into the sea on Wednesday."


@pytest.mark.parametrize("later", [
    "Analysts believe the missile could fly more than 15,000 kilometres.",
    "Once again the missile appears to have broken up on re-entry.",
    "A Japanese patrol plane filmed the missile as it fell.",
])
def test_a_missile_referred_back_after_the_norths_launch_is_threat(later):
    assert "threat" not in frames_of(later)  # alone, a bare missile is too weak a cue
    assert "threat" in _story(LAUNCH, later)[1]


def test_after_the_allies_missile_the_reference_is_not_the_norths():
    allied = "South Korea test-fired its Hyunmoo missile off the east coast."
    later = "Analysts believe the missile could fly more than 800 kilometres."
    assert _story(LAUNCH, allied, later)[2] != {"threat"}


@pytest.mark.parametrize(("text", "found"), [
    ("the missile", "the missile"), ("this ICBM", "this ICBM"),
    ("that the projectile", "the projectile"), ("the new missile", "the new missile"),
    ("the missile defence", None), ("the missile programme", None),
    ("the missile launchers", None),
])
def test_missile_reference_words(text, found):
    m = MISSILE_RE.search(text)
    assert (m.group(0) if m else None) == found


def test_missile_owner():
    assert missile_owner(frame_scores(LAUNCH, use_model=False), None) == "north"
    assert missile_owner(frame_scores("The drills ended on Friday.", use_model=False),
                         "north") == "north"


@pytest.mark.parametrize("sentence", [
    "Kim said the new weapon would greatly strengthen North Korea's strategic deterrence.",
    "Pyongyang's nuclear drill sent a message to its enemies, the army said.",
    "North Korea's military drills began on Monday.",
])
def test_the_norths_force_across_its_modifiers_is_threat(sentence):
    assert frames_of(sentence) == {"threat"}


def test_an_allied_owner_across_modifiers_keeps_deterrence():
    assert frames_of("South Korea's strategic deterrence grows stronger.") == {"deterrence"}


@pytest.mark.parametrize("sentence", [
    "We concurred on further strengthening the Japan-U.S. Alliance, a global partnership.",
    "Tokyo and Washington agreed to upgrade the Japan-US military alliance.",
])
def test_the_japan_us_alliance_is_no_alliance_of_the_allies(sentence):
    assert "alliance" not in frames_of(sentence)


def test_the_alliance_named_with_south_korea_stays():
    assert frames_of("Japan, South Korea and the US will deepen their alliance.") == {
        "alliance"}
    assert frames_of("The US-South Korea alliance is strong.") == {"alliance"}


@pytest.mark.parametrize("sentence", [
    "Amid the severe security environment, the minister called for more debate on weapons.",
    "The security environment is becoming increasingly severe, he said.",
    "Tokyo weighed its options amid the tough regional security environment.",
])
def test_a_severe_security_environment_is_threat(sentence):
    assert "threat" in frames_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The severe winter closed the roads.",
    "Competition among memory-chip makers is becoming increasingly severe.",
    "Marathon organisers faced a tough security environment after a stabbing.",
])
def test_severe_words_of_other_fields_are_no_threat(sentence):
    assert frames_of(sentence) == set()


def test_undermining_security_and_stability_is_threat_and_cyber_threat_intelligence_is_none():
    assert "threat" in frames_of("Four countries are conducting activities that undermine the "
                                 "security and stability of the peninsula.")
    assert frames_of("The firm sells cyber threat intelligence to banks.") == set()
