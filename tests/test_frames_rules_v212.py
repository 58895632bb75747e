"""Guide 2.12 and lexicon 2.12.0: whose nuclear doctrine (rule 67), Japan's emergency alert
(68), trying to reach Pyongyang (69), American bombs hosted abroad (70), surveillance along the
border (71) and the submarine referred back to as *the boat* (72);
and four earlier rules' words: the DPRK's missile warning data (rule 48), ruling out nuclear
armament (rule 15), paying many times more or contributing to the stationing of the troops
(rule 57), and an unowned munitions factory (rule 7).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, briefings and KCNA as reported (none is from a labelled set or from real coverage); its
frames were checked by hand against the guide. Each positive check fails on lexicon 2.11.0; the
controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis import sentence_table
from analysis.corpus import Document
from analysis.metrics.frame_context import BOAT_RULE, document_frame_scores
from analysis.metrics.frames import FRAMES
from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 67: the North's nuclear doctrine
    ("The aircraft carrier could be a legitimate target under the North's nuclear doctrine, "
     "the KCNA commentary said.", {"deterrence", "threat"}),
    # rule 68: Japan's emergency alert under a launch
    ("TOKYO, May 27 (Reuters) - Japan sent an emergency alert to phones in Okinawa late on "
     "Monday, telling residents to go indoors.", {"threat"}),
    # rule 10 wording: militarisation of the region as a reported danger word
    ("Beijing said the drills would speed up the militarization of the region.",
     {"deterrence", "threat"}),
    # rule 69: trying to reach Pyongyang
    ("MR. MILLER: We are still trying to reach Pyongyang about the detained private.",
     {"diplomacy"}),
    # rule 70: American bombs hosted abroad
    ("Belgium, Germany, Italy and the Netherlands still store U.S. bombs at their air bases.",
     {"deterrence"}),
    # rule 71: surveillance along the border
    ("Seoul will restart surveillance flights near the demarcation line on Thursday, the "
     "defence ministry said.", {"deterrence"}),
    # rule 48: the DPRK's missile warning data
    ("The three ministers agreed to keep sharing DPRK missile warning data in real time.",
     {"alliance", "deterrence", "threat"}),
    # rule 15: ruling out nuclear armament is the own-bomb debate
    ("The foreign minister again ruled out nuclear armament in a parliamentary hearing.",
     {"deterrence"}),
    # rule 57: who pays for the troops
    ("The candidate said Seoul should pay several times more for the soldiers it hosts.",
     {"alliance", "deterrence"}),
    ("The Secretary thanked the ROK for its contributions to the stable stationing of USFK.",
     {"alliance", "deterrence"}),
    # rule 7: a munitions factory with no party named is the North's
    ("State television showed Kim at a munitions factory, touring assembly lines.", {"threat"}),
])
def test_rules_67_to_71(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a denial stays a denial
    ("Officials said the plan doesn't involve a new deployment.", set()),
    # other countries' militarisation, doctrine and alerts with no party named
    ("Critics warned of the militarization of the police.", set()),
    ("France revised its nuclear doctrine last year.", set()),
    # reaching a place is not reaching out
    ("The missile could reach the North Pacific, the ministry said.", set()),
    # an arms factory with no party named is no frame by this cue (a South Korean firm's)
    ("Hanwha's new arms factory in Changwon will employ 900 workers.", set()),
])
def test_controls(text, expected):
    assert frames_of(text) == expected


SUB = ("SEOUL, July 18 (Yonhap) - A U.S. ballistic-missile submarine arrived in Busan on "
       "Tuesday, the first such visit in four decades.")
BOAT = "The boat's crew is not expected to go ashore, officials said."
NORTH_SUB = "The North's submarine was shown at a shipyard in Sinpo, KCNA said."
NORTH_BOAT = "The boat is thought to be far noisier than American designs."


def test_the_boat_takes_the_frame_of_the_submarine_named_earlier():
    # rule 72: alone, "the boat" is any boat; after the allies' submarine it is deterrence,
    # after the North's it is threat; a fishing boat before any submarine stays unread
    assert frames_of(BOAT) == set() and frames_of(NORTH_BOAT) == set()
    scored = document_frame_scores([BOAT, SUB, BOAT], use_model=False)
    assert [s["frames"] for s in scored] == [set(), {"deterrence"}, {"deterrence"}]
    cue = scored[2]["evidence"]["deterrence"][0]
    assert (cue.text, cue.rule) == ("The boat", BOAT_RULE)
    scored = document_frame_scores([NORTH_SUB, NORTH_BOAT], use_model=False)
    assert [s["frames"] for s in scored] == [{"threat"}, {"threat"}]


def test_sentence_table_reads_the_boat_and_starts_afresh():
    first = Document.from_text(" ".join([SUB, BOAT]), "wire-a")
    second = Document.from_text(BOAT, "wire-b")
    table = sentence_table([first, second], ("frames",))
    flagged = [{f for f in FRAMES if row[f"frame_{f}"]} for _, row in table.iterrows()]
    assert flagged == [{"deterrence"}, {"deterrence"}, set()]
