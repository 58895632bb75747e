"""Guide 2.17 and lexicon 2.17.0: rules 106-120, from the error analysis of two sets of real
coverage (transcripts, official texts, the Korean and international press, state media): a
trilateral summit named as the event (106), the Security Consultative Meeting by its name alone
(107), a commitment to principles (108), a friend of Korea (109), a text jointly issued (110),
American missiles by name (111), whatever regime (112), its allies or partners (113), this
meeting after the NCG is named (114), Seoul's input and opinion (115), defence commitments and
doubt about them (116), the nuclear defence treaty (117), the end of the government (118), the
wars of other regions (119) and danger words of reported statements (120); and the model guard
on words read in another sense.

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, White House, State Department and Pentagon transcripts and official texts (none is from a
labelled set or from real coverage); its frames were checked by hand against the guide. Each
positive check fails on lexicon 2.16.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_context import document_frame_scores
from analysis.metrics.frame_guards import other_sense_guard
from analysis.metrics.frame_lexicon import load_frame_lexicon
from analysis.metrics.frames import frame_cues
from tests.frame_rules import frames_of


def test_lexicon_version_is_2_17_0_or_later():
    assert tuple(map(int, load_frame_lexicon().version.split("."))) >= (2, 21, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # rule 106: a trilateral summit named as the event is a setting (rule 3)
    ("MS. JEAN-PIERRE: The admiral is here to walk you through the trilateral summit on Friday.",
     set()),
    ("The prime ministers of China, Japan and South Korea will meet for a trilateral summit in "
     "Busan next spring.", set()),
    # rule 107: the Security Consultative Meeting by its name alone is the occasion
    ("STAFF: Good morning, and welcome to the joint press conference of the 57th Security "
     "Consultative Meeting.", set()),
    # rule 108: a commitment to principles is not the commitment to the ally
    ("The two leaders reaffirmed their commitment to the principles of the UN Charter.", set()),
    # rule 109: a friend of Korea
    ("SECRETARY BLINKEN: I come here as a longtime friend of Korea, and I leave more confident "
     "than ever.", {"alliance"}),
    # rule 110: a text jointly issued is attribution (rule 100)
    ("Seoul and Washington jointly released the text of the declaration on Wednesday afternoon.",
     set()),
    # rule 111: American missiles by name are the allies' weapons
    ("The Air Force fired an unarmed Minuteman III intercontinental ballistic missile from a "
     "base in California on Wednesday.", {"deterrence"}),
    ("Each Ohio-class boat can carry Trident II D5 ballistic missiles.", {"deterrence"}),
    ("The destroyer carries Tomahawk cruise missiles.", {"deterrence"}),
    # rule 112: whatever regime; rule 113: its allies or partners
    ("Any use of nuclear arms by the North against America, its allies or partners, the "
     "president said, crosses a red line and brings the end of whatever regime gave the order.",
     {"deterrence"}),
    ("A nuclear strike on Seoul, Tokyo or Guam, whatever its size, means the end of any regime "
     "that orders it, the admiral said.", {"deterrence"}),
    # rule 115: Seoul's input and opinion
    ("The body lets Seoul's generals give their views on the use of American strategic "
     "bombers.", {"alliance", "deterrence"}),
    ("Officials say the new body will give Seoul input into how Washington would use its "
     "nuclear forces.", {"alliance", "deterrence"}),
    # rule 116: defence commitments and doubt about them
    ("Many in South Korea doubt that commitment and want a bomb of their own.",
     {"alliance", "deterrence"}),
    ("Washington will make its defense commitments more visible by sending bombers to the "
     "peninsula.", {"alliance", "deterrence"}),
    # rule 117: the nuclear defence treaty
    ("Critics called the nuclear defense deal a paper promise.", {"deterrence"}),
    ("PRESIDENT BIDEN: Our nuclear defense treaty with the Republic of Korea will never waver.",
     {"alliance", "deterrence"}),
    # rule 118: the end of the government
    ("Any such strike would bring the end of the North Korean government, the general warned.",
     {"deterrence"}),
    # rule 119: the wars of other regions
    ("MR. PRICE: Beyond the war in Ukraine and the Israel-Hamas conflict, the secretary will "
     "raise climate finance.", set()),
    # rule 120: danger words of reported statements
    ("The Chinese envoy said the creeping militarisation of the Asia-Pacific served no one.",
     {"threat"}),
    ("KCNA said the drills were disturbing peace and security on the peninsula.",
     {"deterrence", "threat"}),
    ("The ministry said the allies would answer Pyongyang's escalatory moves in kind.",
     {"alliance", "threat"}),
    ("The defence minister said the bombers' flights may fall under the conditions Pyongyang has "
     "set.", {"deterrence", "threat"}),
])
def test_rules_106_118(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the partnership beside the summit, and trilateral talks, still count
    ("Ahead of the trilateral summit, the three leaders agreed to deepen trilateral security "
     "cooperation.", {"alliance"}),
    ("Tokyo, Seoul and Washington will hold trilateral security talks next month.",
     {"alliance"}),
    # the allies' forum named with the allies (rule 42a)
    ("The 57th ROK-U.S. Security Consultative Meeting will open in Seoul next week.",
     {"alliance"}),
    # a commitment to the ally
    ("The two leaders reaffirmed their commitment to the defence of the Republic of Korea.",
     {"alliance"}),
    # anyone else's friend
    ("She was a friend of the late senator, the family said.", set()),
    # acting jointly is still the partnership
    ("The allies will jointly plan their response to a nuclear contingency.",
     {"alliance", "deterrence"}),
    # the North's missile; other senses of the names
    ("North Korea fired an intercontinental ballistic missile into the sea on Thursday.",
     {"threat"}),
    ("The tomahawk steak was the restaurant's best seller.", set()),
    ("The Minutemen of Lexington fought the British in 1775.", set()),
    # a real launch with a regime named otherwise stays the North's launch and a threat
    ("North Korea fired two ballistic missiles on Monday, days after Biden warned of the end of "
     "any regime that used nuclear weapons.", {"deterrence", "threat"}),
    # a partnership named outright beside the generic formula
    ("The alliance will keep its allies and partners informed, the envoy said.", {"alliance"}),
    # anyone's opinion on anything else; another field's input
    ("The pollster asked readers for their opinion on the use of artificial sweeteners.", set()),
    ("The committee welcomed input on nuclear energy tariffs from households.", set()),
    # the North's part in another war stays its own; a misdemeanour is no danger
    ("Seoul said the North's artillery fire was an escalatory step.", {"threat"}),
    ("The officer was charged with disturbing the peace outside a bar.", set()),
])
def test_rules_106_118_controls(text, expected):
    assert frames_of(text) == expected


class _Model:
    """A stand-in model: alliance 0.9 while the text holds *trilateral*, else 0.2."""

    def sentence_probabilities(self, text):
        p = 0.9 if "trilateral" in text else 0.2
        return {"deterrence": 0.1, "diplomacy": 0.1, "alliance": p, "threat": 0.1}


def test_model_guard_blanks_words_read_in_another_sense():
    text = "The president will host the two leaders for a trilateral summit on Friday."
    cues = frame_cues(text)
    assert any(c.rule.startswith("other sense") and c.text == "trilateral" for c in cues)
    probs = _Model().sentence_probabilities(text)
    assert other_sense_guard(text, cues, probs, _Model())["alliance"] == 0.2
    plain = "The three leaders agreed to deepen trilateral security cooperation."
    assert other_sense_guard(plain, frame_cues(plain), _Model().sentence_probabilities(plain),
                             _Model())["alliance"] == 0.9


def test_rule_114_this_meeting_after_the_ncg_is_named():
    doc = ["The Nuclear Consultative Group met for the third time on Monday.",
           "Intelligence officers of both sides also joined the meeting.",
           "MR. KIRBY: This meeting shows how seriously both sides take the work."]
    scores = document_frame_scores(doc, use_model=False)
    assert [s["frames"] for s in scores] == [{"deterrence"}] * 3
    alone = document_frame_scores(doc[1:], use_model=False)
    assert [s["frames"] for s in alone] == [set(), set()]
    other = document_frame_scores([doc[0], "This meeting with Kim was the first in a year."],
                                  use_model=False)
    assert other[1]["frames"] == set()
