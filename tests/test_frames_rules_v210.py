"""Guide 2.10 and lexicon 2.10.0: whose warships (rule 53), conventional-nuclear integration
(54), whose enrichment (55), the North called a nuclear power (56), who pays for the troops
(57), Seoul at the American planning table (58), loudspeakers switched off (59), meeting Kim
again (60), arms control with the North (61), what a statement did not mention (62), the
North's name for the allies' nuclear posture (63); the Russia-North pact's assistance (rule 38)
and the NCG referred back to as *that group* (rule 50).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, briefings and KCNA as reported (none is from a labelled set or from real coverage); its
frames were checked by hand against the guide. Each positive check fails on lexicon 2.9.0; the
controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_context import document_frame_scores
from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 53: the North's destroyer and navy are its weapons, the allies' stay deterrence
    ("Kim Jong Un toured a new destroyer at the Nampo shipyard, state media said.", {"threat"}),
    ("North Korea unveiled a second 5,000-tonne destroyer on Friday.", {"threat"}),
    # ... and troops sent to Russia are the North's forces, whoever is named first
    ("Seoul's spy agency said Pyongyang had sent more troops to Russia.", {"threat"}),
    # rule 54: conventional-nuclear integration is the allies' capability
    ("Officials spent most of the session on conventional-nuclear integration.", {"deterrence"}),
    # rule 55: Seoul's right to enrich is the own-bomb debate, the North's enrichment a threat
    ("A ruling party lawmaker said Seoul should press for the right to enrich uranium.",
     {"deterrence"}),
    ("North Korea showed rows of centrifuges at a uranium enrichment site.", {"threat"}),
    # rule 56: the North called a nuclear power
    ('Trump again described North Korea as a "nuclear power" on Monday.', {"threat"}),
    ("Seoul has lived for decades with a nuclear-armed neighbour.", {"threat"}),
    # rule 57: who pays for the troops
    ("Negotiators initialled the new Special Measures Agreement on Monday.",
     {"alliance"}),
    ("Seoul agreed to pay more toward the upkeep of American troops, the ministry said.",
     {"alliance", "deterrence"}),
    # rule 58: Seoul at the American planning table; findings to the two presidents
    ("It is unclear whether South Korean officers have seen American targeting plans.",
     {"alliance", "deterrence"}),
    ("Its recommendations will go straight to both presidents, an aide said.", {"alliance"}),
    # rule 59: loudspeakers switched off
    ("The military switched off the loudspeakers along the border on Thursday.", {"diplomacy"}),
    # rule 60: meeting Kim again
    ("Trump told reporters he would like to meet Kim again before the end of the year.",
     {"diplomacy"}),
    # rule 61: arms control with the North
    ("Some in Washington favour an arms control deal that would cap the North's arsenal.",
     {"diplomacy", "threat"}),
    # rule 62: what a statement did not mention
    ("The KCNA dispatch did not mention the Nuclear Consultative Group.", set()),
    ("State television did not report the drill.", set()),
    # rule 63: the North's name for the allies' nuclear posture
    ("The ministry said the region was held hostage by American nuclear threats.",
     {"deterrence", "threat"}),
    # rule 38: the Russia-North pact's assistance is their partnership
    ("The pact obliges Moscow and Pyongyang to offer military assistance if either is attacked.",
     set()),
])
def test_rules_53_to_63(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an allied destroyer stays deterrence (rule 53)
    ("A U.S. Navy destroyer escorted the carrier into Busan.", {"deterrence"}),
    # another country's enrichment and nuclear power are no frame (rules 55, 56)
    ("Iran's uranium enrichment resumed, the agency said.", set()),
    ("The plant has run on nuclear power since 1998.", set()),
    ("China is a nuclear power, the minister said.", set()),
    # a health plan's cost-sharing names no ally (rule 57)
    ("The insurer raised cost-sharing for hospital visits.", set()),
    # loudspeakers in a list of grievances are condemnation only (rules 10, 59)
    ("Kim Yo Jong mocked Seoul over leaflets and loudspeaker broadcasts.", set()),
    # the negation reaches only what was not mentioned (rule 62)
    ("The statement did not mention the talks but condemned the bombers.", {"deterrence"}),
    # a thing not mentioned by name is referred to in other words (rule 62)
    ("KCNA did not mention the NCG by name but called the meeting a war rehearsal.",
     {"deterrence", "threat"}),
])
def test_controls(text, expected):
    assert frames_of(text) == expected


def test_that_group_after_the_ncg_is_named():
    named = ("Officials of the two countries met for the fourth round of the Nuclear "
             "Consultative Group.")
    later = "The work of that group goes on at the staff level every week, a spokesman said."
    assert frames_of(later) == set()
    scored = document_frame_scores([named, later], use_model=False)
    assert scored[1]["frames"] == {"deterrence"}
    assert scored[1]["evidence"]["deterrence"][0].text == "that group"
