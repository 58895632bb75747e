"""Guide 2.25 and lexicon 2.25.0: a defensive posture (rule 151), from the blind set of real
coverage real63.

- The allies' *defensive posture*, like their *defence posture* (rule 23), is military
  posture, `deterrence`; a threat named beside it keeps its `threat`.

Every sentence was written for these tests in the style of wire copy, White House briefings
and Korean English-language press; its frames were checked by hand against the guide. Each
positive check fails on lexicon 2.24.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington is keeping an appropriate defensive posture against North Korean threats.",
     {"deterrence", "threat"}),
    ("The two militaries reviewed their defensive posture on the peninsula.", {"deterrence"}),
    ("Seoul has strengthened its defensive postures along the border.", {"deterrence"}),
    # controls: a posture of another field, and the defence posture of rule 23
    ("The company took a defensive stance in its talks with the union.", set()),
    ("The allies reviewed their defense posture.", {"deterrence", "alliance"}),
])
def test_a_defensive_posture_is_deterrence(text, expected):
    assert frames_of(text) == expected
