"""Guide 2.19 and lexicon 2.19.0: rules 125-130, classes of error of a fourth set of real
coverage that recur in another set or are general in news English: whose force, named after it
or as DPRK (125) or by a pronoun (126), the allied platform's missiles in other words (127), the
attack the allies protect against (128), the DPRK named with Russia or China (129) and the
North's counteraction and trash balloons (130).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, White House and State Department transcripts and KCNA statements as reported (none is
from a labelled set or from real coverage); its frames were checked by hand against the guide.
Each positive check fails on lexicon 2.18.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_lexicon import load_frame_lexicon
from tests.frame_rules import frames_of


def test_lexicon_version_is_2_19_0():
    assert tuple(map(int, load_frame_lexicon().version.split("."))) >= (2, 21, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # rule 125: the owner named after the force, or DPRK as its modifier
    ("KCNA said the armed forces of the DPRK stood ready to carry out any order.", {"threat"}),
    ("Officials voiced alarm at fresh troop deployments by North Korea to the Russian front.",
     {"threat"}),
    ("MR. PRICE: We raised the deployment of DPRK soldiers to Russia with our partners.",
     {"threat"}),
    # rule 126: a pronoun that refers back to the North
    ("Pyongyang pledged on Friday to further bolster its military deterrence.", {"threat"}),
    ("The DPRK said the country's armed forces would answer any provocation at once.",
     {"threat"}),
    # rule 127: the allied platform's missiles in other words
    ("The Ohio-class vessel, capable of firing nuclear ballistic missiles, docked at Busan on "
     "Tuesday.", {"deterrence"}),
    ("The Pentagon said the boat would arrive with ballistic missiles on board.",
     {"deterrence"}),
    ("A U.S. Navy cruise missile submarine arrived at the naval base in Busan last week.",
     {"deterrence"}),
    # rule 128: the attack the allies protect against
    ("The agreement is meant to protect the peninsula from a nuclear attack.", set()),
    ("Analysts called the exercise a rehearsal for the deterrence of nuclear war.",
     {"deterrence"}),
    # rule 129: the DPRK named with Russia or China
    ("SPOKESPERSON: We are tracking their deepening military cooperation with the DPRK very "
     "closely.", {"threat"}),
    ("The ministers talked about the relationship between the DPRK and Russia.", set()),
    # rule 130: the North's counteraction and its trash balloons
    ("The KPA General Staff warned that any intrusion would face a merciless counteraction.",
     {"threat"}),
    ("Seoul said hundreds of balloons carrying trash had landed across the capital overnight.",
     {"threat"}),
])
def test_rules_125_130(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the allies' own forces and deterrence stay deterrence
    ("Analysts said the deterrence of North Korea had weakened over the decade.",
     {"deterrence"}),
    ("The deployment of U.S. troops to the peninsula continues this year.", {"deterrence"}),
    ("South Korea said it would strengthen its deterrence against the North.", {"deterrence"}),
    # the allies named before the pronoun: their exercise is the allies'
    ("The allies will rehearse a scenario of a North Korean nuclear attack in their exercise.",
     {"alliance", "deterrence"}),
    # the end of its regime is the allies' warning, whoever its is
    ("Yoon said any nuclear provocation by the North would bring its regime to an end.",
     {"deterrence", "threat"}),
    # a North Korean submarine's missiles stay the North's launch
    ("North Korea launched two ballistic missiles from the sea on Monday.", {"threat"}),
])
def test_rules_125_130_controls(text, expected):
    assert frames_of(text) == expected
