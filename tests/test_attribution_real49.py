"""Shapes of attribution read off the real49 set (kept outside the repository) after its
held-out scoring: a title's abbreviation inside an inverted subject (*said Rear Adm. NAME*), a
closing *per NAME:*, a participle after the object of a verb (*lashed out at the X announced*),
a country as a roundup's section heading, participles of reaffirming and vowing, *floated the
idea*, and *saying* after a quotation that ends in a determiner's noun. Sentences written for
these tests in the style of that coverage."""

import pytest

from analysis.corpus.sentences import split_sentences
from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize("text,speaker", [
    ("\u201cThe alliance is the linchpin of peace,\u201d said Rear Adm. Jane Moss, commander of "
     "the strike group.", "Jane Moss"),
    ("\u201cWe will answer any threat,\u201d said Vice Adm. Park Sung-jin, the fleet's "
     "commander.", "Park Sung-jin"),
    ("\u201cWe are ready,\u201d said Brig. Gen. Pat Ryder.", "Pat Ryder"),
])
def test_an_abbreviated_title_stays_inside_an_inverted_subject(text, speaker):
    assert voice_speaker_rows(text) == [("quoted", speaker)]


def test_brig_ends_no_sentence():
    text = "Brig. Gen. Pat Ryder declined to comment. The submarine left."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("text,speaker", [
    ("The pact gives Seoul what it has long sought, per NPR: a voice in nuclear planning.",
     "NPR"),
    ("Kim also lashed out at the so-called Washington Declaration announced on Wednesday.",
     "Kim"),
    ("NORTH KOREA: Kim Yo Jong issued a statement on Monday, saying the drills were "
     "reckless.", "Kim Yo Jong"),
    ("Hegseth held his first security meeting in Seoul, reaffirming that the alliance "
     "remains \u201cstronger than ever.\u201d", "Hegseth"),
    ("Kim Moon-soo floated the idea of nuclear armament in a televised debate.",
     "Kim Moon-soo"),
    ("Seoul bristled at remarks calling the North a \u201cnuclear power,\u201d saying the "
     "label could undo years of diplomacy.", "Seoul"),
])
def test_sources_of_later_real_shapes(text, speaker):
    assert voice_speaker_rows(text) == [("quoted", speaker)]


@pytest.mark.parametrize("text", [
    "Costs rose 5 per cent, per the budget office: a record.",
    "The measures announced on Wednesday fall short.",
])
def test_per_and_participles_that_name_no_source(text):
    assert voice_speaker_rows(text) == [("authorial", None)]
