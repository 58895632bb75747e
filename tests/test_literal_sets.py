""":class:`analysis.corpus.literal_sets.AnyOf` gives the answer of one substring test a string,
and the gates built on it pass every sentence their patterns match. Sentences written for these
tests."""

import pytest

from analysis.corpus.beliefs import _SPEAKING_WORDS, _VIEW_STEMS
from analysis.corpus.literal_sets import AnyOf
from analysis.corpus.speech_acts import ACT_STEMS
from analysis.corpus.speech_nouns import _NOUN_STEMS
from analysis.corpus.writer_stances import _PARTICIPLES

SENTENCES = [
    "The minister lashed out at Pyongyang on Friday.",
    "Seoul's announced plans drew criticism from the opposition.",
    "Officials believe the talks will resume, and the envoy is telling reporters so.",
    "The spokesman issued a stern warning to the North.",
    "“We will not back down,” the minister said.",
    "Rain fell over the capital.",
    "It’s the delegates’ last session before the summit — and the hardest.",
    "北 외무성, 담화 발표 😀 the statement was released.",
    "",
]


@pytest.mark.parametrize("strings", [ACT_STEMS, _VIEW_STEMS, _SPEAKING_WORDS, _NOUN_STEMS,
                                     _PARTICIPLES, ("’s", "“", "😀"), ("ab", "b", "abc")])
@pytest.mark.parametrize("text", SENTENCES)
def test_any_of_answers_as_the_substring_tests(strings, text):
    assert AnyOf(strings)(text) == any(s in text for s in strings)


def test_no_strings_match_nothing_and_the_empty_string_matches_everything():
    assert not AnyOf(())("any text")
    assert AnyOf(("",))("")
    assert AnyOf(("x", ""))("abc")
