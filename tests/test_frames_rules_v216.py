"""Guide 2.16 and lexicon 2.16.0: rules 100-105, from the error analysis of the tuning halves of
two sets of real coverage, each a class of error of more than one style: a joint statement is
attribution (100), the shield, the guarantee, the treaty and the extended nuclear deterrent
extended to the ally (101), assuring the ally (102), the situation called tense (103), the
planned answer as a predicate and the end of the leadership (104), the North's law on nuclear
force policy (105); and rule 50's *convened by*.

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, White House and Pentagon transcripts, state media as reported and commentary (none is
from a labelled set or from real coverage); its frames were checked by hand against the guide.
Each positive check fails on lexicon 2.15.0; the controls pass on both, except the denied law of
rule 105, which 2.15.0 gave a frame.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_context import document_frame_scores
from analysis.metrics.frame_lexicon import load_frame_lexicon
from tests.frame_rules import frames_of


def test_lexicon_version_is_2_17_0_or_later():
    assert tuple(map(int, load_frame_lexicon().version.split("."))) >= (2, 17, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # rule 100: a joint statement named as a document or a source is attribution
    ("In a joint statement, the two governments said the bomber flights would continue through "
     "the summer.", {"deterrence"}),
    ("The accord is a separate text from the joint statement the two countries issued on "
     "Wednesday.", set()),
    ("Seoul and Washington released a joint statement after the talks, the foreign ministry "
     "said.", set()),
    ("The two leaders said in a joint statement that they opposed any attempt to change the "
     "status quo by force.", set()),
    ("The joint statement from the two presidents runs to nine pages.", set()),
    # rule 101: the shield, the treaty and the extended nuclear deterrent extended to the ally
    ("Biden vowed to honour the defense treaty with South Korea, a pact signed in 1953.",
     {"alliance"}),
    ("The U.S. security shield for Seoul will only grow stronger, the Pentagon said.",
     {"alliance", "deterrence"}),
    ("Analysts doubt that the extended nuclear deterrent for Seoul can be made more visible.",
     {"alliance", "deterrence"}),
    # rule 102: assuring the ally
    ("Austin assured Seoul that the carrier would return before the end of the year.",
     {"alliance"}),
    ("Officials sought to assure the South Korean public that the umbrella would hold.",
     {"alliance"}),
    ("The carrier group's arrival in Busan was a show of support to Seoul, officials said.",
     {"alliance"}),
    # rule 103: the situation called tense
    ("The situation in the region is becoming more tense by the day, the Russian envoy said.",
     {"threat"}),
    ("The standoff along the maritime border remains tense, the Joint Chiefs said.",
     {"threat"}),
    # rule 104: the planned answer as a predicate; the end of the leadership
    ("Should the North strike the South, the response would be devastating, the two leaders "
     "said.", {"deterrence"}),
    ("The North would see the end of its leadership if it ever used the weapons, Biden said.",
     {"deterrence"}),
    # rule 105: the North's law on nuclear force policy
    ("The bombers could become targets under the DPRK law on nuclear forces policy, KCNA said.",
     {"deterrence", "threat"}),
])
def test_rules_100_105(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a partnership cue beside the joint statement still counts
    ("The two countries pledged in a joint statement to stand together against any attack.",
     {"alliance"}),
    # another country's treaty is not the commitment to the ally
    ("China and North Korea renewed their defence treaty in 2021.", set()),
    # tied by the owner or the ally after it, as before
    ("Critics asked whether America's security guarantee for Seoul would hold in a crisis.",
     {"alliance"}),
    ("MR. KIRBY: Our security guarantees to the ROK have never been stronger.", {"alliance"}),
    # the new phrases keep the cues they contain: extended nuclear deterrence stays deterrence,
    # another ally's treaty stays a half cue (defense) and no alliance
    ("The Pentagon said it would keep strengthening extended nuclear deterrence in the region.",
     {"deterrence"}),
    ("Its defense treaty with Manila obliges Washington to respond, the admiral said.", set()),
    # assuring someone else, support for someone else
    ("The minister assured lawmakers that the budget would pass.", set()),
    ("The rally was a show of support for the striking dockers.", set()),
    # the bare adjective is no entry
    ("It was a tense night for the ruling party as the votes were counted.", set()),
    # negated: no such law
    ("Washington has no law on nuclear force policy of that kind, the analyst said.", set()),
])
def test_rules_100_105_controls(text, expected):
    assert frames_of(text) == expected


def test_rule_50_convened_by_after_the_ncg_is_named():
    doc = ["The Nuclear Consultative Group met for the second time in Seoul on Friday.",
           "The meeting was convened by a White House coordinator and a deputy national "
           "security adviser of the ROK."]
    scores = document_frame_scores(doc, use_model=False)
    assert "deterrence" in scores[1]["frames"]
    alone = document_frame_scores(doc[1:], use_model=False)
    assert "deterrence" not in alone[0]["frames"]
