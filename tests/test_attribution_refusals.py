"""Refusals to comment, unanswered requests for comment and divided opinion: sentences the
learned attribution model may not promote to reported speech (issue 13).

Every sentence here was written for this file in the style of wire copy and the Korean
English-language press; none is copied from an outlet. The expected values were checked by
hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.quotes import promotable
from analysis.corpus.sentences import iter_sentences
from analysis.corpus.writer_claims import says_nothing


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


@pytest.mark.parametrize("sentence", [
    "A spokesman for the unification ministry declined to comment.",
    "The defense ministry declined to comment on the report of a second launch site.",
    "Through a spokeswoman, the senator declined to elaborate.",
    "The embassy in Seoul did not respond to a request for comment on Tuesday.",
    "Representatives of the shipbuilder did not immediately reply to emails seeking comment.",
    "Officials at the ministry could not be reached for comment late Friday.",
    "Analysts are divided over whether the new group will change Pyongyang's calculus.",
    "Lawmakers remain split on how the cost of the deployment should be shared.",
    "The ruling party is pushing to pass the chip subsidy bill before the recess.",
])
def test_refusals_silences_and_divided_opinion_say_nothing(sentence):
    assert says_nothing(sentence)


@pytest.mark.parametrize("sentence", [
    "The spokesman commented at a briefing on Tuesday that the report was false.",
    "The ministry responded to the report with a two-page statement.",
    "Analysts say the new group will change Pyongyang's calculus.",
    "The vote divided the ruling party over the cost of the deployment.",
    "Seoul declined to join the sanctions package announced in Brussels.",
])
def test_other_sentences_do_not(sentence):
    assert not says_nothing(sentence)


def test_a_refusal_is_never_open_to_the_model():
    text = ("The two sides met at the truce village of Panmunjom on Thursday. A ministry "
            "spokesperson declined to comment on reports of activity at the test site. "
            "Experts are divided over whether the talks will resume.")
    triples = list(iter_sentences(text))
    assert promotable(text, triples) == [True, False, False]
    assert [voice for voice, _ in rows(text)] == ["authorial", "authorial", "authorial"]


def test_a_reporting_clause_beside_a_refusal_is_still_read():
    text = ("Kim declined to comment on the launch, but said the alliance was "
            "\u201cstronger than ever.\u201d")
    assert rows(text) == [("quoted", "Kim")]
