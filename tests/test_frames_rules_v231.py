"""Guide 2.31, rules 165-167 and the words given to rules 42, 55, 126 and 164 (lexicon 2.31.0),
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
    ("The new cabinet vowed to ease tensions between the two Koreas.", {"diplomacy", "threat"}),
    # rule 166: the North's programme and its trade in other words
    ("Investigators said hackers stole the funds through cryptocurrency theft.", {"threat"}),
    ("The team estimated that hackers stole $1.6 billion in cryptocurrency last year.",
     {"threat"}),
    ("The regime wants to be accepted as a de facto nuclear power.", {"threat"}),
    ("Tokyo voiced concern over the North's growing military ties with Russia.", {"threat"}),
    ("The ministers condemned the provision of military assistance to Russia by Pyongyang.",
     {"threat"}),
    ("Satellite images showed new buildings at North Korea's nuclear facilities.", {"threat"}),
    ("Israel struck nuclear facilities in Iran last year.", set()),
    # rule 42 gains words: named forums
    ("Trump will attend the Asia-Pacific Economic Cooperation summit in Gyeongju.", set()),
    ("Xi hosted leaders at the Shanghai Cooperation Organization meeting.", set()),
    # rule 164 gains words
    ("Kim halted all cooperation with the South after the summit failed.", {"diplomacy"}),
    # rule 126 gains a word: his
    ("Kim Jong Un praised his troops fighting in the Kursk region.", {"threat"}),
    ("Kim Jong Un said he would never give up his nuclear weapons.", {"threat"}),
    ("President Yoon said his government would strengthen the nuclear umbrella.",
     {"deterrence"}),
    # rule 167: the arsenal of a denuclearisation sentence
    ("Moscow called the denuclearisation of North Korea a closed issue as it now has nuclear "
     "weapons.", {"diplomacy", "threat"}),
    ("They have their own nuclear program in North Korea, and we remain committed to its "
     "complete denuclearization.", {"diplomacy", "threat"}),
    ("The allies stood by the denuclearization of North Korea and by US nuclear weapons.",
     {"alliance", "deterrence", "diplomacy"}),
    ("Seoul will not seek nuclear weapons and remains committed to the denuclearization of "
     "North Korea.", {"deterrence", "diplomacy"}),
])
def test_rules_of_guide_2_31(text, expected):
    assert frames_of(text) == expected
