"""The gated claim and referral test (:func:`analysis.corpus.voice_classes.claims_or_refers`)
gives the answer of its three patterns tried without gates. Sentences written for these
tests."""

import pytest

from analysis.corpus.voice_classes import (
    _FIRST_TIME_RE,
    _REFERRAL_RE,
    _REMARK_IS_RE,
    claims_or_refers,
)

SENTENCES = [
    "This is the first time Pyongyang has confirmed the launch.",
    "That was also the second occasion the envoy spoke of it.",
    "The envoy's remark is Beijing's first comment on the drills.",
    "Their statement was the strongest warning yet.",
    "The ministry referred questions back to the presidential office.",
    "A spokesman refers all inquiries to the embassy.",
    "The minister said the talks would resume next time.",
    "Seoul's comments came after a meeting on Tuesday.",
    "The two leaders met at the summit on Friday.",
    "It is the first visit by a foreign minister in five years.",
]


def _ungated(text: str) -> bool:
    return (_FIRST_TIME_RE.match(text) is not None or _REMARK_IS_RE.match(text) is not None
            or _REFERRAL_RE.search(text) is not None)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_gated_test_gives_the_patterns_answer(text):
    assert claims_or_refers(text) == _ungated(text)


def test_claims_and_referrals_are_found_and_plain_sentences_are_not():
    assert [claims_or_refers(t) for t in SENTENCES[:6]] == [True] * 6
    assert not claims_or_refers("The two leaders met at the summit on Friday.")
