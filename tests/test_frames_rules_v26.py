"""Rules 35-37 of ``docs/frame_annotation_guide.md`` (version 2.5) and the lexicon 2.6.0 families
(denial scope, whose force, whose talks and partnership, counterparts within a clause).

Every sentence was written for these tests in the style of wire copy, briefings and reported
statements (none is from a labelled set), and its frames were checked by hand against the
guide. Each rule's sentences got other frames from lexicon 2.5.0, so the tests fail without it.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_lexicon import load_frame_lexicon
from analysis.metrics.frame_scope import carried_negation, possessive
from analysis.metrics.frames import frame_cues, frame_scores
from analysis.metrics.lexicon import tokens
from tests.frame_rules import frames_of


def test_lexicon_version_is_at_least_2_6_0():
    assert tuple(map(int, load_frame_lexicon().version.split("."))) >= (2, 6, 0)


# --- rule 35: a denial reaches the object of its verb ------------------------------------------

@pytest.mark.parametrize("text", [
    "Washington is not going to be stationing nuclear weapons in the South, the envoy said.",
    "The agreement does not return American nuclear weapons to the peninsula.",
    "Seoul will not be deploying strategic assets of its own, the ministry said.",
])
def test_rule35_denied_placement_denies_the_weapons(text):
    assert "deterrence" not in frames_of(text)
    negated = {c.text for c in frame_scores(text, use_model=False)["negated"]}
    assert negated & {"nuclear weapons", "strategic assets"}


def test_rule35_denial_does_not_carry_across_a_longer_gap():
    # rule 8: "no new commitment to station troops" still speaks of troop posture
    text = "The accord contains no new promise to station troops, a former general noted."
    assert frames_of(text) == {"deterrence"}


def test_carried_negation_needs_adjacency():
    text = "not stationing nuclear weapons near troops"
    toks = tokens(text)
    between = load_frame_lexicon().negation_carry_between
    # the negated cue 'stationing' ends at token 2; 'nuclear' starts right there
    assert carried_negation(text, toks, 2, (2, "not"), between) == "not"
    # 'troops' (token 5) is two content words later: not carried
    assert carried_negation(text, toks, 5, (4, "not"), between) == ""
    assert carried_negation(text, toks, 2, None, between) == ""


# --- rule 36: the North's force is threat -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The North's armed forces were put on alert, the state news agency said.",
    "North Korean soldiers were seen laying mines near the border.",
    "Pyongyang's own armed forces were placed on alert.",
])
def test_rule36_north_korean_force_is_threat(text):
    assert frames_of(text) == {"threat"}


def test_rule36_allied_force_stays_deterrence():
    assert frames_of("American soldiers in the South joined the exercise.") == {"deterrence"}


# --- rule 37: whose talks, whose partnership, counterparts within the clause ----------------

def test_rule37_the_allies_own_talks_are_alliance():
    frames = frames_of("The allies' nuclear talks ended without a joint statement.")
    assert "alliance" in frames and "diplomacy" not in frames


@pytest.mark.parametrize("text, expected", [
    ("Vietnam's own partnership with Washington has deepened this year.", set()),
    ("Mongolia, which prizes its friendship with Beijing, stayed silent.", set()),
    ("Japan's partnership with Seoul has deepened this year.", {"alliance"}),
    ("America's friendship with Seoul is seventy years old.", {"alliance"}),
])
def test_rule37_another_countrys_partnership_is_no_frame(text, expected):
    assert frames_of(text) == expected


def test_rule37_counterpart_stays_in_its_clause():
    text = "Two days after the summit, North Korea fired a cruise missile."
    assert frames_of(text) == {"threat"}


def test_possessive_is_not_a_contraction():
    text = "There's the Gulf's plan"
    toks = tokens(text)
    assert [possessive(text, t) for t in toks] == [False, False, True, False]


# --- lexicon 2.6.0 wordings of real coverage --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pyongyang will try to drive a wedge between Seoul and Washington, the minister warned.",
     {"alliance"}),
    ("There is no wedge between the two allies, the ambassador said.", {"alliance"}),
    ("The defence minister ordered a stern response to any provocation.",
     {"deterrence", "threat"}),
    ("The missile flew about 600 kilometers before it fell into the sea, the military said.",
     {"threat"}),
    ("The spokesman said these launches violate Security Council resolutions.", {"threat"}),
    ("Beijing said it had been in contact with Pyongyang since the weekend.", {"diplomacy"}),
    ("The ministry said it was in contact with Washington and Tokyo on the matter.",
     {"alliance"}),
])
def test_lexicon_2_6_wordings(text, expected):
    assert frames_of(text) == expected


def test_owner_rules_report_their_rule():
    rules = {c.text: c.rule for c in frame_cues("The North's armed forces and Vietnam's own "
                                                "partnership with Hanoi's neighbours")}
    assert rules["armed forces"] == "owner:north_korea"
    assert rules["partnership"] == "owner:other"
