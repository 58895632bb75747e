"""Lexicon 2.8.1: frame errors a newcomer found against rules of the guide (a name that holds
the unification cue, the North's own drone, a platform's "diplomacy", and capability,
credibility and own-bomb wordings the lexicon missed).

Every sentence was written for these tests in the style of Korean English-language press, wire
copy, transcripts and commentary (none is from a labelled set); its frames were checked by hand
against the guide. Each positive sentence gets the wrong frames from lexicon 2.8.0; the controls
must not move.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frames import frame_cues
from tests.frame_rules import frames_of

# --- names, owners and platforms (rules 31, 36, 42) ---------------------------------------------

@pytest.mark.parametrize("text, frames", [
    ("Cho Han-bum, a senior fellow at the Korea Institute for National Unification, said "
     "Pyongyang would answer the deal with more missile launches.", {"threat"}),
    ("A researcher at the Institute for Peace and Unification Studies in Seoul said the "
     "summit changed little.", set()),
    ("The Committee for the Peaceful Reunification of the Country denounced the summit.", set()),
    ("Pyongyang said it had tested an underwater nuclear attack drone, and the missile "
     "splashed down off Japan.", {"threat"}),
    ("North Korea unveiled what it called a new strategic cruise missile and a reconnaissance "
     "drone at a parade watched by Japan and South Korea.", {"threat"}),
    ("Washington's submarine diplomacy is aimed at Seoul's nervous public, not at Pyongyang.",
     {"deterrence"}),
    ("Critics called the bomber diplomacy of the spring a show for voters.", {"deterrence"}),
])
def test_names_owners_and_platforms(text, frames):
    assert frames_of(text) == frames


def test_the_platform_word_marks_diplomacy_as_a_show_of_force():
    cue = next(c for c in frame_cues("Biden's submarine diplomacy drew praise in Seoul.")
               if c.text == "diplomacy")
    assert cue.frame is None and cue.rule == "other sense: show of force"


@pytest.mark.parametrize("text, frames", [
    ("Seoul still hopes for peaceful unification, the minister said.", {"diplomacy"}),
    ("Diplomacy with Pyongyang has stalled since 2019.", {"diplomacy"}),
    ("The allies will fly drones over the demilitarized zone, Seoul said.", {"deterrence"}),
    ("North Korea condemned the drills, and South Korea said it would deploy more drones.",
     {"deterrence"}),
    ("North Korea's defence minister warned that the carrier's visit could meet the "
     "conditions for using nuclear weapons.", {"deterrence"}),
])
def test_controls_keep_their_frames(text, frames):
    assert frames_of(text) & {"deterrence", "diplomacy", "threat"} == frames


# --- capability, credibility and the own-bomb debate (rules 15, 16, 23, 24, 39) -----------------

@pytest.mark.parametrize("text, frames", [
    ("PRESIDENT YOON: We will secure peace through overwhelming superiority.", {"deterrence"}),
    ("Seoul will seek overwhelming superiority over the North, the defence minister said.",
     {"deterrence"}),
    ("Would an American president risk American cities to defend Busan?", {"alliance"}),
    ("Few in Seoul believe Washington would sacrifice its own city for a Korean one.",
     {"alliance"}),
    ("Conservative lawmakers demanded that Seoul reclaim its nuclear sovereignty.",
     {"deterrence"}),
    ("Pyongyang vowed to guard its nuclear sovereignty at any cost.", {"threat"}),
])
def test_capability_credibility_and_own_bomb(text, frames):
    assert frames_of(text) == frames


@pytest.mark.parametrize("text", [
    "The club's overwhelming superiority in possession did not bring a goal.",
    "Residents said the wildfire put their own cities at risk.",
])
def test_off_topic_controls_stay_quiet(text):
    assert frames_of(text) == set()
