"""Guide 2.26 and lexicon 2.26.0: danger words of reported statements (rule 152) and alliances
as a generic practice in other words (rule 153), from the blind set of real coverage real64.

- *Endanger* (the drills endanger the stability of the peninsula) and the North's vow to
  *punish* the provokers are danger words of reported statements, `threat` (rule 10).
- *Security alliances* in the plural and *such alliances* referring back to them are the
  generic practice that Chinese and Russian statements condemn (rule 139): no `alliance`.

Every sentence was written for these tests in the style of Russian, Chinese and North Korean
statements as reported and of wire copy; its frames were checked by hand against the guide.
Each positive check fails on lexicon 2.25.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister said the drills endanger the stability of the region.",
     {"deterrence", "threat"}),
    ("Beijing said such moves endangered peace on the peninsula.", {"threat"}),
    ("The statement vowed to mercilessly punish the provokers.", {"threat"}),
    # control: a danger word of rule 10 already in the lexicon
    ("The minister said the moves harm regional security.", {"threat"}),
])
def test_danger_words_of_reported_statements_are_threat(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign minister condemned attempts to form exclusive security alliances in Asia.",
     set()),
    ("He said building such alliances should not come at the expense of others.", set()),
    # controls: the allies' alliance named stays alliance
    ("The security alliance between Seoul and Washington is stronger than ever.", {"alliance"}),
    ("The two allies vowed to deepen their alliance.", {"alliance"}),
])
def test_generic_alliances_name_no_partnership(text, expected):
    assert frames_of(text) == expected
