"""Guide 2.18 and lexicon 2.18.0: rules 121-124, classes of construction behind errors in at
least two of three sets of real coverage (most of them transcripts): a counterpart met is a
person (121), the commitment and confidence addressed to the ally (122), what we do together
(123) and the missile's flight data (124).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press and White House, State Department and Pentagon transcripts (none is from a labelled set or
from real coverage); its frames were checked by hand against the guide. Each positive check
fails on lexicon 2.17.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_lexicon import load_frame_lexicon
from tests.frame_rules import frames_of


def test_lexicon_version_is_2_18_0_or_later():
    assert tuple(map(int, load_frame_lexicon().version.split("."))) >= (2, 21, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # rule 121: a counterpart met, hosted or speaking is a person at a meeting
    ("On Saturday the defence secretary met his Japanese and South Korean counterparts in "
     "Honolulu.", set()),
    ("At a news conference with his visiting Korean counterpart, the defence secretary praised "
     "the drills.", {"deterrence"}),
    ("The president and the South Korean counterpart he hosted said the talks went well.",
     set()),
    # rule 122: the commitment and confidence addressed to the ally
    ("SECRETARY: Let me say again how firm our commitment to your country remains.",
     {"alliance"}),
    ("AMBASSADOR: We have every confidence in the ROK and in its institutions.", {"alliance"}),
    ("MR. MILLER: Our confidence in South Korea's democracy has not wavered for a moment.",
     {"alliance"}),
    # rule 123: what we do together
    ("We talked about the supply chains and the research we are doing together on batteries.",
     {"alliance"}),
    ("SENIOR OFFICIAL: The steps we take together serve one goal: stability in the region.",
     {"alliance"}),
    # rule 124: the missile's flight data
    ("The projectile reached a maximum altitude of about 50 kilometres, Japan's ministry said.",
     {"threat"}),
    ("Officials put the apogee of Thursday's missile at roughly 2,000 kilometres.", {"threat"}),
])
def test_rules_121_124(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # talks, contact and briefings with counterparts stay the engagement (rule 9)
    ("Seoul's officials are in daily contact with their American counterparts.", {"alliance"}),
    ("Seoul's nuclear envoy held phone talks with his American counterpart on Sunday.",
     {"alliance"}),
    ("\u201cMr President, the years ahead hold great promise,\u201d Biden told his South Korean "
     "counterpart at the welcome ceremony.", {"alliance"}),
    # confidence in anything else; together alone
    ("Investors regained confidence in the stock market after the central bank's move.", set()),
    ("The family ate dinner together on Sunday evening.", set()),
])
def test_rules_121_124_controls(text, expected):
    assert frames_of(text) == expected
