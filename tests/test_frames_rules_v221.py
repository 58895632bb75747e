"""Guide 2.21 and lexicon 2.21.0: rules 137-147 and words for rules 5 and 66, classes of error
of real38 and real39 that recur in at least two sets of real coverage: the allies' nuclear
agreement (137), military programmes and policies by owner (138), generic alliances in the
plural (139), the North strengthening its deterrent (140), the North's vowed response (141),
the US nuclear arsenal and a nuclear confrontation as the case planned for (142), the agent
after *by* as no counterpart of engagement (143), *engaged in* as a verb of doing (144),
scare quotes inside a multi-word cue and the end of the regime in other words (145), mutual
trust by counterpart (146), *sub* for submarine (147), the launch by the DPRK (66).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press and Chinese, Russian and North Korean statements as reported (none is from a labelled set
or from real coverage); its frames were checked by hand against the guide. Each positive check
fails on lexicon 2.20.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_agents import counterpart_candidates
from analysis.metrics.lexicon import tokens
from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 137: the allies' nuclear agreement
    ("Beijing says the Seoul-Washington nuke agreement will unsettle the region",
     {"deterrence"}),
    ("The nuclear deal between South Korea and the US drew criticism abroad.", {"deterrence"}),
    # rule 138: military programmes and policies of the allies
    ("The ministry said Washington and its allies keep expanding military programs in Asia.",
     {"deterrence"}),
    ("The envoy blamed the military policies of the US and South Korea for the standoff.",
     {"deterrence"}),
    # rule 139: alliances as a generic practice in a reported statement
    ("The spokesman said forging exclusive alliances only heightens the danger of conflict.",
     {"threat"}),
    # rule 140: the North as the subject of a verb of strengthening
    ("Pyongyang says it will strengthen nuclear deterrence in answer to the drills",
     {"deterrence", "threat"}),
    ("North Korea will step up military deterrence, KCNA said on Monday.", {"threat"}),
    # rule 141: the North vows a response
    ("North Korea vows response to the bomber flights over the peninsula", {"deterrence",
                                                                           "threat"}),
    # rule 142: America's arsenal; a nuclear confrontation as the case planned for
    ("Only the president can order the nuclear arsenal of the United States into use should "
     "a nuclear confrontation erupt.", {"deterrence"}),
    # rule 143: the North as the doer after by is not whom the allies cooperate with
    ("Seoul keeps tracking the launches by Pyongyang in tight coordination with Washington.",
     {"alliance", "threat"}),
    # rule 144: engaged in is a verb of doing
    ("Pyongyang has lately engaged in a string of provocations along the border.", {"threat"}),
    # rule 145: scare quotes inside a cue; the end of the regime in other words
    ("The allies again pledged to \u201cend\u201d the North Korean regime should it ever turn "
     "to weapons of mass destruction.", {"alliance", "deterrence"}),
    ("The leaders said an attack would bring the 'end' of its leadership.", {"deterrence"}),
    # rule 146: mutual trust with the North, or called for by China
    ("The spokeswoman blamed the lack of mutual trust between Washington and the DPRK.",
     {"diplomacy"}),
    ("All sides should work to build mutual trust, the ministry said.", {"diplomacy"}),
    # rule 147: sub for submarine
    ("US nuclear sub docks in Busan as tensions simmer", {"deterrence", "threat"}),
    # rule 66: the launch of a satellite by the North
    ("Beijing noted the launch of a satellite by North Korea and the reactions to it.",
     {"threat"}),
])
def test_rules_137_147(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nuclear deal with nobody named counts toward no frame
    ("Negotiators in Vienna were still haggling over a nuclear deal.", set()),
    # another country's military policy names no owner of the story
    ("China says it follows a defensive military policy.", set()),
    # the allies' own vow to respond is not the North's counteraction
    ("Yoon and Biden vow to respond to any provocation", {"threat"}),
    # the allies strengthening their deterrence against the North stay deterrence
    ("The allies will strengthen deterrence against North Korea and enhance the umbrella.",
     {"alliance", "deterrence"}),
    # the North's strengthening verb with a condition after it ends the object
    ("Kim said the North would keep bolstering its arsenal until the American nuclear threat "
     "was removed.", {"deterrence", "threat"}),
    # to engage in dialogue with the North stays engagement
    ("Seoul wants to engage in dialogue with Pyongyang.", {"diplomacy"}),
    # mutual trust between the allies
    ("Yoon spoke of the mutual trust between Seoul and Washington.", {"alliance"}),
    # a singular alliance of the allies still names it
    ("Russia said the military alliance of the US and South Korea had gone nuclear.",
     {"alliance"}),
    # a name that ends in -sub is no submarine
    ("Defence Minister Lee Jong-sub met reporters on Tuesday.", set()),
])
def test_rules_137_147_controls(text, expected):
    assert frames_of(text) == expected


def test_counterpart_candidates_drop_the_agent_of_engagement_only():
    toks = tokens("launches by the DPRK and talks")
    mentions = [(3, 4, {"name": "north_korea", "frame": "diplomacy"})]
    assert counterpart_candidates(toks, mentions, {"counterpart_frame": "diplomacy"}) == []
    assert counterpart_candidates(toks, mentions, {"counterpart_frame": "threat"}) == mentions
    toks = tokens("talks with the DPRK")
    assert counterpart_candidates(toks, mentions, {"counterpart_frame": "diplomacy"}) == mentions
