"""Guide 2.13.1 and lexicon 2.13.1: America's other allies (rule 80, a clarification of rules 13
and 21). A sentence that names Japan, Australia or NATO and no ally outside them (no South Korea,
Seoul, allies or trilateral word) is about that partnership: its Japan mentions resolve no
engagement word, and no cue is tied to the allies by the ally link.

Every sentence was written for these tests in the style of wire copy, Korean and Japanese
English-language press and briefings (none is from a labelled set or from real coverage); its
frames were checked by hand against the guide. Each positive check fails on lexicon 2.13.0; the
controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_scope import allies_elsewhere
from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # Japan's own dialogue with Washington on extended deterrence
    ("Japan and the United States held another round of their extended deterrence dialogue in "
     "Tokyo this week.", {"deterrence"}),
    # the American umbrella over Australia, Japan and NATO's members
    ("Canberra, which also shelters under the American nuclear umbrella, welcomed the "
     "statement.", {"deterrence"}),
    ("Tokyo's defence minister said the U.S. nuclear umbrella over Japan remained credible.",
     {"deterrence"}),
    ("At the Vilnius summit, NATO leaders said the U.S. nuclear umbrella covered every member.",
     {"deterrence"}),
    # engagement between Washington and another ally: no frame
    ("Kishida spoke by phone with Biden on Tuesday, a Japanese government spokesman said.",
     set()),
    ("Australian officials want a consultation mechanism of their own with Washington.", set()),
    ("Japanese and American diplomats have kept up a quiet dialogue on the issue for years.",
     set()),
    # Japan's own policy on nuclear weapons (rule 21)
    ("Tokyo has never allowed nuclear weapons on Japanese soil, the chief cabinet secretary "
     "said.", set()),
])
def test_rule_80_other_allies(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Japan named with Seoul, the allies or the trilateral stays the trilateral partner
    ("Seoul, Tokyo and Washington agreed to hold their extended deterrence dialogue every year.",
     {"alliance", "deterrence"}),
    ("The allies and Japan will share missile warning data in real time from December.",
     {"alliance", "deterrence"}),
    ("Yoon spoke by phone with Kishida on Tuesday to discuss the launch.",
     {"alliance", "threat"}),
    ("Biden reaffirmed the American commitment to defend Japan, South Korea and the "
     "Philippines.", {"alliance"}),
    # the umbrella extended to the ally, with Japan only a date
    ("Washington restated its extended deterrence to the Republic of Korea, a day after Japan's "
     "election.", {"alliance", "deterrence"}),
    ("The U.S. nuclear umbrella over South Korea is as strong as ever, the general said.",
     {"alliance", "deterrence"}),
    # Washington and Tokyo engaged together from Seoul's side (rule 46)
    ("The foreign ministry said it had been in contact with Washington and Tokyo since the "
     "launch.", {"alliance", "threat"}),
    # the bloc the North's statements name is the trilateral, not NATO
    ("KCNA said the trilateral drills were the first step toward an Asian NATO.",
     {"alliance", "deterrence"}),
])
def test_controls(text, expected):
    assert frames_of(text) == expected


def test_allies_elsewhere_spans():
    # Japan alone (its ally span inside the other-ally span) -> elsewhere
    assert allies_elsewhere([(0, 1)], [(0, 1)])
    # Seoul named as well (a span outside every other-ally span) -> not elsewhere
    assert not allies_elsewhere([(0, 1), (3, 4)], [(0, 1)])
    # no other ally named -> not elsewhere, whatever the allies
    assert not allies_elsewhere([(2, 3)], [])
    assert not allies_elsewhere([], [])
    # Australia (no ally span at all) -> elsewhere
    assert allies_elsewhere([], [(0, 1)])
