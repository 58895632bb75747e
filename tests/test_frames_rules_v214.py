"""Guide 2.14 and lexicon 2.14.0: rules 81-86, from the error analysis of team set 17 and of the
eighteen leave-one-set-out folds, each a class of error seen in more than one set: easing
tensions with the North (81), no intention of returning to talks (82), the homegrown bomb and
whose own weapons (83), the carrier by its short name and referred back (84), civil defence
drills (85), trust in Washington (86).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, briefings and commentary (none is from a labelled set or from real coverage); its frames
were checked by hand against the guide. Each positive check fails on lexicon 2.13.1; the
controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_context import (
    CARRIER_RULE,
    document_frame_scores,
    names_carrier,
)
from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 81: easing tension(s) with the North is engagement; its tensions stay threat
    ("The unification minister said the government would look for ways to ease tensions with "
     "Pyongyang before the holidays.", {"diplomacy", "threat"}),
    ("Lowering tension with the North has become the stated aim of the new cabinet.",
     {"diplomacy", "threat"}),
    # rule 82: a refusal of talks worded as intention stays diplomacy
    ("A ministry spokesman said the North had shown it had no intention of returning to "
     "denuclearisation talks.", {"diplomacy"}),
    ("Pyongyang has no intention of resuming talks with Washington, its vice foreign minister "
     "said.", {"diplomacy"}),
    # rule 83: the own-bomb debate as a homegrown bomb, and whose own weapons
    ("Support for a homegrown bomb has stayed above sixty percent in every poll this year.",
     {"deterrence"}),
    ("A lawmaker asked whether Seoul would be safer with its own weapons.", {"deterrence"}),
    ("North Korea said it would never surrender its own weapons.", {"threat"}),
    # rule 84: an American carrier by its short name
    ("The U.S. carrier is due in Busan next week for a five-day stay.", {"deterrence"}),
    ("Residents lined the pier for the first visit by an American carrier in a year.",
     {"deterrence"}),
    # rule 85: a civil defence drill is the civilians', not the forces'
    ("Traffic in Seoul will halt for twenty minutes during Wednesday's civil defence drill.",
     set()),
    ("Schools in Incheon took part in an air-raid drill on Thursday morning.", set()),
    # rule 86: trust in Washington and in the American umbrella
    ("The professor argued that trust in Washington had held up better than the polls suggest.",
     {"alliance"}),
    ("Officials in Seoul said trust with the United States had never been higher.",
     {"alliance"}),
    ("Fewer voters now trust the American umbrella than a year ago, the survey found.",
     {"alliance", "deterrence"}),
])
def test_rules_81_to_86(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # tensions alone, and easing with someone else: no diplomacy
    ("Tensions on the peninsula rose after the launch.", {"threat"}),
    ("Beijing and Tokyo pledged to ease tensions over the islands.", {"threat"}),
    # no intention of anything but talks stays rule 34's denial
    ("Seoul has no intention of building nuclear weapons, the minister said.", {"deterrence"}),
    ("Moscow has no intention of supplying weapons to Pyongyang, a deputy minister said.",
     set()),
    # own weapons with no party named, and nobody's carrier
    ("Hunters in the county keep their own weapons at home.", set()),
    ("Korean Air, the national carrier, added two flights to Guam.", set()),
    ("The military drill involved fighter jets and tanks north of Seoul.", {"deterrence"}),
    # trust in anything else
    ("Investors' trust in the won fell after the report.", set()),
    ("Voters trust the American economy less than they did a year ago.", set()),
])
def test_rules_81_to_86_controls(text, expected):
    assert frames_of(text) == expected


def test_rule_84_carrier_referred_back():
    texts = ["The aircraft carrier USS Ronald Reagan arrived in Busan on Monday for a port call.",
             "Sailors from the carrier were given shore leave on Tuesday.",
             "The 100,000-tonne carrier is expected to leave on Friday.",
             "The national carrier said it would add flights to Jeju."]
    scored = document_frame_scores(texts, use_model=False)
    assert [r["frames"] for r in scored] == [{"deterrence"}, {"deterrence"}, {"deterrence"},
                                             set()]
    assert scored[2]["evidence"]["deterrence"][0].rule == CARRIER_RULE
    assert scored[2]["evidence"]["deterrence"][0].text == "The 100,000-tonne carrier"


def test_rule_84_no_carrier_named_no_reference():
    texts = ["Shipbuilders in Ulsan signed an order for four vessels.",
             "The carrier is expected to be delivered in 2027."]
    assert [r["frames"] for r in document_frame_scores(texts, use_model=False)] == [set(), set()]
    assert names_carrier("a U.S. aircraft carrier") and not names_carrier("an LNG carrier")

