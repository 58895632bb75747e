"""Lexicon 2.8.2: recall rules from the lexicon's false negatives on team sets 10, 11 and 12
(guide 2.8, rules 43-49): whose build-up, activity, development and firing; the own-bomb debate
as independence and latency; vows never to negotiate the weapons away; keeping in touch;
Seoul's say in other words; the shared warning on the North's missiles; the regime brought to
an end.

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, transcripts and statements as reported (none is from a labelled set or from real
coverage); its frames were checked by hand against the guide. Each positive sentence gets other
frames from lexicon 2.8.1; the controls must not move.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frames import frame_cues
from tests.frame_rules import frames_of

# --- rule 43: whose build-up, activity, development and firing --------------------------------

@pytest.mark.parametrize("text, frames", [
    # the allies' build-up in a reported North Korean statement: deterrence, plus the danger
    # word of the statement (2.8.1: threat only, the build-up read as the North's)
    ("Pyongyang's foreign ministry said the U.S. military buildup near the peninsula was a "
     "rehearsal for invasion.", {"deterrence", "threat"}),
    ("KCNA said the American buildup around the peninsula showed Washington's hostile intent.",
     {"deterrence", "threat"}),
    ("Moscow criticised U.S. military activity near the Korean peninsula.", {"deterrence"}),
    # the North's development and firing are its own (2.8.1: diplomacy only / none)
    ("Seoul urged the North to halt its nuclear development and return to talks.",
     {"diplomacy", "threat"}),
    ("North Korea kept firing missiles toward the East Sea through the spring.", {"threat"}),
])
def test_whose_buildup_activity_development_and_firing(text, frames):
    assert frames_of(text) == frames


@pytest.mark.parametrize("text, frames", [
    ("Analysts have tracked Iran's nuclear development for years.", set()),
    ("A buildup of snow closed the mountain roads on Tuesday.", set()),
    ("North Korea's military buildup alarmed Tokyo.", {"threat"}),
    ("Critics say sanctions have barely slowed North Korea's missile development.", {"threat"}),
])
def test_buildup_controls(text, frames):
    assert frames_of(text) == frames


def test_the_american_buildup_is_owned_by_the_allies():
    cue = next(c for c in frame_cues("North Korea warned that the American buildup could "
                                      "spark a war.") if c.text == "buildup")
    assert cue.frame == "deterrence" and cue.rule == "owner:allies"


# --- rule 44: the own-bomb debate as independence and latency ---------------------------------

@pytest.mark.parametrize("text", [
    # 2.8.1: deterrence and threat (the arsenal read as the North's)
    "A majority backed an independent nuclear arsenal in the latest Gallup Korea survey.",
    # 2.8.1: no frame
    "Some ruling party lawmakers want a latent nuclear capability like Japan's.",
])
def test_own_bomb_independence_and_latency(text):
    assert frames_of(text) == {"deterrence"}


def test_the_norths_arsenal_stays_threat():
    assert frames_of("Pyongyang keeps enlarging its nuclear arsenal.") == {"threat"}


# --- rule 45: never negotiating the weapons away ------------------------------------------------

@pytest.mark.parametrize("text, frames", [
    ("The North's foreign ministry said the country would never negotiate away its nuclear "
     "deterrent.", {"diplomacy", "threat"}),
    ("A senior North Korean diplomat said Pyongyang won't negotiate away its weapons.",
     {"diplomacy"}),
])
def test_refusing_to_negotiate_the_weapons_away(text, frames):
    assert frames_of(text) == frames


def test_absent_talks_stay_negated():
    assert frames_of("Talks with the North were not on the schedule.") == set()


# --- rule 46: keeping in touch ------------------------------------------------------------------

@pytest.mark.parametrize("text, frames", [
    # the launch referred back is threat from lexicon 2.9.0 on (rule 51)
    ("The State Department said it was in close touch with Seoul and Tokyo after the launch.",
     {"alliance", "threat"}),
    ("The U.N. Command said it was in touch with the Korean People's Army about the soldier.",
     {"diplomacy"}),
    ("The team kept in close touch with its sponsors.", set()),
])
def test_keeping_in_touch(text, frames):
    assert frames_of(text) == frames


# --- rule 47: Seoul's say in other words ------------------------------------------------------

@pytest.mark.parametrize("text, frames", [
    ("Officials say the group gives Seoul a genuine voice on nuclear planning for the first "
     "time.", {"alliance", "deterrence"}),
    ("Will Seoul still have its say under the new administration?", {"alliance"}),
    ("Fans want a genuine voice in how the club is run.", set()),
])
def test_seouls_say_in_other_words(text, frames):
    assert frames_of(text) == frames


# --- rule 48: the shared warning on the North's missiles --------------------------------------

def test_sharing_north_korean_missile_warning_data():
    text = "The destroyers began sharing North Korean missile warning data last month."
    assert frames_of(text) == {"alliance", "deterrence", "threat"}


# --- rule 49: the regime brought to an end ------------------------------------------------------

def test_the_regime_brought_to_an_end():
    text = "The defence minister said any nuclear attack would bring the regime to an end."
    assert frames_of(text) == {"deterrence"}
