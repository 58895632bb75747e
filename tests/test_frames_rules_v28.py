"""Rule 42 of ``docs/frame_annotation_guide.md`` (version 2.7) and lexicon 2.8.0: other senses
of frame words (named forums, clubs and firms; figures of speech; another field's danger;
business and sport).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, briefings and commentary, or of the off-topic news a corpus may hold (none is from a
labelled set), and its frames were checked by hand against the guide. The positive sentences get
a frame from lexicon 2.7.0 (each fails on it); the controls keep the frame word's sense where the
story's parties or weapons are named and must not move.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_lexicon import load_frame_lexicon, read_senses
from analysis.metrics.frames import frame_cues, frame_scores
from tests.frame_rules import frames_of


def test_lexicon_version_is_2_8_1():
    assert tuple(map(int, load_frame_lexicon().version.split("."))) >= (2, 21, 0)


# --- (a) a named forum, club or firm -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ministers met on the sidelines of the Shangri-La Dialogue in Singapore on Saturday.",
    "Japan's foreign minister will speak at the Raisina Dialogue in New Delhi next week.",
    "Manchester United face the threat of relegation for the first time in decades.",
])
def test_rule42a_a_named_forum_or_club_is_no_frame(text):
    assert frames_of(text) == set()


def test_rule42a_the_forum_name_is_marked_as_another_sense():
    cue = next(c for c in frame_cues("Envoys met at the Shangri-La Dialogue in June.")
               if c.text == "Dialogue")
    assert cue.frame is None and cue.rule == "other sense: name"


def test_rule42a_a_forum_named_after_the_allies_is_their_consultation():
    text = ("The Korea-U.S. Integrated Defense Dialogue met in Seoul to review the extended "
            "deterrence steps.")
    assert frames_of(text) == {"alliance", "deterrence"}


@pytest.mark.parametrize("text, frames", [
    ("Dialogue with Pyongyang has been frozen since 2019, the ministry said.", {"diplomacy"}),
    ("China urged all sides to return to dialogue.", {"diplomacy"}),
    ("ALLIES STAND UNITED AGAINST NORTH KOREAN THREAT", {"alliance", "threat"}),
    ("Allies Stand United Against Pyongyang's Threat", {"alliance", "threat"}),
])
def test_rule42a_controls_keep_the_word_outside_a_name(text, frames):
    assert frames_of(text) == frames


# --- (b) a figure of speech ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The bakery laid out an arsenal of pastries for the press centre.",
    "Campaign aides have an arsenal of attack lines ready for the debate.",
])
def test_rule42b_a_figurative_arsenal_is_no_weapon(text):
    assert frames_of(text) == set()


@pytest.mark.parametrize("text", [
    "Pyongyang keeps enlarging its arsenal of short-range missiles.",
    "The North now has an arsenal of an estimated 50 warheads, researchers say.",
    "North Korea's arsenal grew again last year, a Stockholm institute said.",
])
def test_rule42b_a_literal_arsenal_stays_threat(text):
    assert frames_of(text) == {"threat"}


# --- (c) another field's danger ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Farmers in the south face the threat of flooding after a week of heavy rain.",
    "The governor faces the threat of impeachment over the budget dispute.",
])
def test_rule42c_another_fields_danger_is_no_threat(text):
    assert frames_of(text) == set()


@pytest.mark.parametrize("text", [
    "Officials warned of the threat of a nuclear strike on the South.",
    "The threat from Pyongyang has grown, the minister said.",
])
def test_rule42c_the_norths_threat_stays_threat(text):
    assert "threat" in frames_of(text)


# --- (d) business and sport ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two Korean carmakers formed an alliance on batteries, the companies said.",
    "The airline announced a code-share partnership with a Gulf carrier on Monday.",
    "Higher mortgage rates could deter buyers this spring, analysts said.",
    "A new stadium ban aims to deter fans from lighting flares.",
])
def test_rule42d_business_and_sport_are_no_frame(text):
    assert frame_scores(text)["frames"] == set()


@pytest.mark.parametrize("text, frame", [
    ("The alliance between Seoul and Washington has never been stronger.", "alliance"),
    ("The bombers were sent to deter the North, the Pentagon said.", "deterrence"),
    ("Workers at Hyundai's Ulsan plant went on strike on Tuesday.", None),
])
def test_rule42d_controls(text, frame):
    assert frames_of(text) == ({frame} if frame else set())


def test_a_sense_rule_with_an_unknown_key_is_an_error():
    with pytest.raises(ValueError, match="unknown key 'after'"):
        read_senses({"rules": [{"cue": "threat", "after": ["rain"]}]}, "x.json")


@pytest.mark.parametrize("text, frames", [
    ("The USS Kentucky docked in Busan on Tuesday.", {"deterrence"}),
    ("The Kentucky left Busan on Friday for an undisclosed destination.", {"deterrence"}),
    ("Kentucky voters go to the polls in the Senate primary on Tuesday.", set()),
    ("The senator from Kentucky said the bill would pass.", set()),
    ("Crowds gathered for the Kentucky Derby on Saturday.", set()),
])
def test_rule42a_the_kentucky_is_the_submarine_only_after_the_or_uss(text, frames):
    assert frames_of(text) == frames


def test_a_party_word_inside_another_sense_does_not_ask_the_model():
    text = "The two carmakers signed a strategic alliance on batteries in Detroit on Monday."
    scores = frame_scores(text)
    assert scores["frames"] == set() and scores["model"] == {}
    assert frame_scores("The allies signed a strategic alliance on batteries in Detroit on "
                        "Monday.")["model"] != {}
