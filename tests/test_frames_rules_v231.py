"""Guide 2.31, rules 165-168 and the words given to rules 42, 55, 160 and 164 (lexicon 2.31.0),
read off the errors of the blind set real85 (North Korea's nuclear programme, sanctions and
diplomacy). Sentences written for these tests in the styles of wire copy, the Korean
English-language press and commentary."""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 165: the diplomacy track in other words
    ("The president set out his peace initiative for the peninsula at the UN.", {"diplomacy"}),
    ("Pyongyang hinted at the possibility of re-engaging with Washington.", {"diplomacy"}),
    ("The plan set out a freeze, then the disablement and dismantlement of the reactor.",
     {"diplomacy"}),
    ("The administration ordered the dismantlement of the aid agency.", set()),
    ("The new cabinet vowed to ease tensions between the two Koreas.", {"diplomacy", "threat"}),
    # rule 166: the North's programme and its trade in other words
    ("Investigators said hackers stole the funds through cryptocurrency theft.", {"threat"}),
    ("The team estimated that hackers stole $1.6 billion in cryptocurrency last year.",
     {"threat"}),
    ("North Korea wants to be accepted as a de facto nuclear power.", {"threat"}),
    ("India became a de facto nuclear power in 1998.", set()),
    ("Tokyo voiced concern over the North's growing military ties with Russia.", {"threat"}),
    ("The ministers condemned North Korea's military assistance to Russia.", {"threat"}),
    ("Iran has provided military assistance to Russia.", set()),
    ("India has long-standing military ties with Russia.", set()),
    ("Satellite images showed new buildings at North Korea's nuclear facilities.", {"threat"}),
    ("Israel struck nuclear facilities in Iran last year.", set()),
    # rule 42 gains words: named forums
    ("Trump will attend the Asia-Pacific Economic Cooperation summit in Gyeongju.", set()),
    ("Xi hosted leaders at the Shanghai Cooperation Organization meeting.", set()),
    # rules 42, 60 and 96 gain words (real86)
    ("North Korea and Japan are in a tug of war over a possible summit.", set()),
    ("Takaichi said she wants a summit with Kim to settle the abduction issue.", {"diplomacy"}),
    ("Tokyo lodged a protest with North Korea through its embassy in Beijing.", {"diplomacy"}),
    # Kim Yo Jong names the North as a counterpart (real86)
    ("Kim Yo Jong rejected any negotiation with Japan.", {"diplomacy"}),
    # rule 168: South Korea's own partnership with a third power (real87)
    ("Seoul and Beijing agreed to deepen their strategic cooperative partnership.", set()),
    ("Xi Jinping and Lee Jae-myung met in Gyeongju and pledged closer ties between South Korea "
     "and China.", set()),
    ("South Korea and the United States agreed to strengthen their alliance as China grows.",
     {"alliance"}),
    ("Seoul and Tokyo agreed to deepen cooperation despite pressure from China.", {"alliance"}),
    # rule 164 gains words
    ("Kim halted all cooperation with the South after the summit failed.", {"diplomacy"}),
    # rule 167: the arsenal of a denuclearisation sentence
    ("Moscow called the denuclearisation of North Korea a closed issue as it now has nuclear "
     "weapons.", {"diplomacy", "threat"}),
    ("Experts doubt the denuclearization of North Korea, which may have dozens of nuclear "
     "weapons.", {"diplomacy", "threat"}),
    ("Some lawmakers say the country needs nuclear weapons of its own despite the goal of "
     "denuclearizing North Korea.", {"deterrence", "diplomacy"}),
    ("The two sides pledged the denuclearization of North Korea through joint nuclear "
     "planning.", {"deterrence", "diplomacy"}),
    ("The allies stood by the denuclearization of North Korea and by US nuclear weapons.",
     {"alliance", "deterrence", "diplomacy"}),
    ("Seoul will not seek nuclear weapons and remains committed to the denuclearization of "
     "North Korea.", {"deterrence", "diplomacy"}),
])
def test_rules_of_guide_2_31(text, expected):
    assert frames_of(text) == expected
