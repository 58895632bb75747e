"""The substring gates before the document-context regexes: same answers as the regexes."""

from analysis.metrics.frame_context import (
    CARRIER_NAME_RE,
    NCG_NAME_RE,
    SUBMARINE_NAME_RE,
    names_carrier,
    names_ncg,
    names_submarine,
)

SENTENCES = [
    "The USS Kentucky, an Ohio-class SSBN, docked in Busan on Tuesday.",
    "Two SSNs and a carrier group took part in the drills, the Navy said.",
    "Submarines carrying nuclear missiles will make visible port calls, Yoon said.",
    "The submarine's visit was the first since the early 1980s.",
    "The USS Michigan arrived in Busan, officials said.",
    "KCNA said the boat's visit was a grave provocation.",
    "The Nuclear Consultative Group will meet quarterly, the statement said.",
    "Officials from the nuclear consultative group met in Seoul on Friday.",
    "The NCG's second session was held at the Pentagon.",
    "Seoul and Washington agreed to set up a consultative body on Wednesday.",
    "NCGs are not a thing; neither is the consultative group of Nuclear planners.",
]


def test_gated_answers_match_the_regexes():
    for text in SENTENCES:
        assert names_submarine(text) is (SUBMARINE_NAME_RE.search(text) is not None), text
        assert names_ncg(text) is (NCG_NAME_RE.search(text) is not None), text
        assert names_carrier(text) is (CARRIER_NAME_RE.search(text) is not None), text


def test_hand_checked_answers():
    assert [names_submarine(t) for t in SENTENCES[:6]] == [True, True, True, True, False, False]
    assert [names_ncg(t) for t in SENTENCES[6:]] == [True, True, True, False, False]
    assert [names_carrier(t) for t in SENTENCES[:6]] == [False, True, False, False, False, False]
