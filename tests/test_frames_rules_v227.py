"""Guide 2.27 and lexicon 2.27.x: operational control (rule 154), the cost of the troops in
other words (rule 155), from the blind sets of real coverage real75 and real76, and the North's
own troops after an article or as the object of its deployment (rules 36 and 53, lexicon
2.27.1), from real77.

- *Wartime operational control* (*OPCON*), *operational command* and *wartime control*, whose
  transfer from Washington to Seoul the allies negotiate, are the allies' military posture,
  `deterrence` with the allies named; a company's or a counterpart's control has none.
- *Paying us* and *pays nothing for* the troops are rule 57's cost-sharing, `alliance` with the
  allies named; a sum paid a year for anything else is none.

Every sentence was written for these tests in the style of Korean English-language press and
wire copy; its frames were checked by hand against the guide. Each positive check fails on
lexicon 2.26.0 (the last group's on 2.27.0); the controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul wants to take back wartime operational control from Washington before 2030.",
     {"deterrence"}),
    ("South Korea's defense minister said the OPCON transfer would be completed within his "
     "term.", {"deterrence"}),
    ("Seoul aims to reinstate wartime control during the president's time in office.",
     {"deterrence"}),
    # controls: no ally named, no allied command
    ("The company lost operational control of its subsidiary in 2021.", set()),
    ("The rebels took wartime control of the city.", set()),
    # control: the North's own control of its forces is its threat, not the allies' posture
    ("North Korea's operational control over its nuclear forces rests with Kim Jong Un.",
     {"threat"}),
])
def test_operational_control_is_the_allies_posture(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump said Seoul pays nothing for the soldiers stationed in the South.",
     {"alliance", "deterrence"}),
    ("Trump said South Korea should be paying us billions for the 28,500 troops.",
     {"alliance", "deterrence"}),
    ("“They would be paying us $10 billion,” Trump said of South Korea.", {"alliance"}),
    # controls: a yearly payment, with no ally named or for something else, and the troops alone
    ("The firm will pay $3 million a year for the licence.", set()),
    ("South Korea pays $500 a year for each student's textbooks.", set()),
    ("Some 28,500 American troops are stationed in South Korea.", {"deterrence"}),
])
def test_what_the_ally_pays_for_the_troops_is_alliance(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The North Korean soldiers have moved closer to the front line.", {"threat"}),
    ("Some of the North Korean troops have already returned home.", {"threat"}),
    ("Pyongyang deployed more than 10,000 troops to the Kursk region.", {"threat"}),
    # controls: the allies deploy, and the North's troops named without an article
    ("The United States deployed a carrier to the region.", {"deterrence"}),
    ("North Korean soldiers have moved closer to the front line.", {"threat"}),
])
def test_the_norths_own_troops_and_deployments_are_threat(text, expected):
    assert frames_of(text) == expected
