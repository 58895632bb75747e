"""Guide 2.13 and lexicon 2.13.0: a role in planning (rule 73), combined forces (74), American
strategic weapons (75), weapons supplied to the North (76), Russia's military cooperation with
the North (77), hotlines the North has cut (78) and the regime that could not survive a nuclear
attack (79); and four earlier rules' words: a bomb of our own and support for a bomb (rule 15),
'no intention of' as a denial (rule 34), 'made no mention of' denying its whole object (rule 62)
and Japan's non-nuclear principles (rule 21).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, briefings and KCNA as reported (none is from a labelled set or from real coverage); its
frames were checked by hand against the guide. Each positive check fails on lexicon 2.12.0; the
controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 73: a role in planning is nuclear planning as well as Seoul's say
    ("Officials in Seoul say the new role in planning is more than symbolic.",
     {"alliance", "deterrence"}),
    ("MR. KIRBY: It gives our Korean partners a real role in planning for a crisis.",
     {"alliance", "deterrence"}),
    # rule 74: the allies' combined forces
    ("The combined forces rehearsed a river crossing north of the capital on Friday.",
     {"deterrence"}),
    # rule 75: American strategic weapons
    ("KCNA said each visit by U.S. strategic weapons raised tension on the peninsula.",
     {"deterrence", "threat"}),
    # rule 76: weapons supplied to the North
    ("Officials fear Moscow may begin supplying weapons to North Korea in return for shells.",
     {"threat"}),
    # rule 77: Russia's military cooperation with the North, presented as a concern
    ("Tokyo called the growing military cooperation between Moscow and Pyongyang a grave "
     "concern.", {"threat"}),
    # rule 78: hotlines the North has cut
    ("UNIFICATION MINISTRY: They severed the hotlines in April and nobody has picked up since.",
     {"diplomacy"}),
    # rule 79: the regime that could not survive a nuclear attack
    ("Asked what would happen if the North used a nuclear weapon, the general said no regime "
     "that launched such an attack could survive it.", {"deterrence"}),
    # rule 15: the own-bomb debate in the first person and as support
    ("We need a bomb of our own, the lawmaker told a rally in Daegu.", {"deterrence"}),
    ("Support for a bomb fell to 61 percent in the autumn survey, Gallup Korea said.",
     {"deterrence"}),
    # rule 62: made no mention of denies its whole object
    ("The KCNA dispatch made no mention of the North's own missile launches that week.", set()),
    ("The communique made no mention of Washington's standing offer of talks.", set()),
    # rule 34: 'no intention to' is a denial
    ("The official said there was no intention to redeploy tactical nuclear weapons to the "
     "South.", set()),
    # rule 21: Japan's non-nuclear principles are another country's policy
    ("Ishiba told reporters that Japan would keep its three non-nuclear principles.", set()),
])
def test_rules_73_to_79(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rule 76 denied (rule 34): no frame
    ("A Kremlin aide said Russia had no intention of supplying weapons to Pyongyang.", set()),
    # a hotline between the allies stays alliance
    ("Seoul and Washington tested their new hotline for the first time on Monday.",
     {"alliance"}),
    # a mention phrase reaches no further than its clause
    ("The statement made no mention of talks, but it condemned the missile launches.",
     {"threat"}),
    # a real attack that a city survived is no contingency
    ("The port city barely survived the bombing of 1950, the museum's guide said.", set()),
    # combined forces of another field, and strategic weapons of another power
    ("Two rival retailers combined forces to cut delivery costs.", set()),
    ("Moscow is modernising its strategic weapons, the report said.", set()),
])
def test_controls(text, expected):
    assert frames_of(text) == expected


def test_an_attack_the_regime_would_not_survive_is_no_threat():
    # rule 79: the attack is the hypothetical the allies answer (2.12.0 read it as threat)
    text = "Biden said the leadership in Pyongyang would not survive a nuclear attack on the South."
    assert "threat" not in frames_of(text)
    assert "threat" in frames_of("Pyongyang staged a nuclear attack drill on Sunday, KCNA said.")

