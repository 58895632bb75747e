"""The learned attribution model: its position features, the subject of a learned cue word,
and the cue words the shipped model learned from PolNeAR-train."""

import re

import pytest

from analysis.corpus.attribution_model import (
    cue_subject,
    default_model,
    position_features,
    sentence_features,
)
from analysis.corpus.quotes import attribute_sentences
from analysis.corpus.sentences import iter_sentences

WORDS = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")


def features(sentence, cues=frozenset({"said", "hopes"})):
    tokens = WORDS.findall(sentence)
    return position_features(sentence, tokens, [t.lower() for t in tokens], cues,
                             '"' in sentence or "“" in sentence)


def test_position_features_say_where_the_cue_and_that_stand():
    # 46 characters: "said" starts at 10 (10/46 = 0.22, bin 1 of five, 2 of ten), ends at
    # 14 (0.30, bin 1); "that" starts at 15 (0.33, bin 1).
    sentence = "Officials said that the drills would go ahead."
    assert len(sentence) == 46
    feats = features(sentence)
    assert feats == ["cp=1", "cl=1", "cw=said|1", "cp10=2", "cn=1", "ct", "s=said", "qf=0",
                     "tp=1"]


def test_a_source_heavy_sentence_has_its_cue_late():
    sentence = ("The spokesman for the South Korean defence ministry in Seoul, Jeon Ha-kyu, "
                "said the drills would go ahead.")
    feats = features(sentence)
    assert "cp=3" in feats and "cn=1" in feats and "ct" not in feats
    assert "cw=said|3" in feats


def test_quoted_share_colon_and_opening_quote():
    sentence = "“We will respond firmly,” the ministry said: a warning."
    feats = features(sentence)
    # The quotation with its marks is 25 of 55 characters: 0.45, the third fifth.
    assert "qf=2" in feats and "colon" in feats and "qstart" in feats and "fp" in feats


def test_the_us_is_not_a_first_person_pronoun():
    assert "fp" not in features("As part of the deal, the US has pledged to deploy its forces.")
    assert "fp" in features("The envoy told us the deal was done.")
    assert "nocue" in features("The envoy told us the deal was done.")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The Clinton campaign says the ad will air on cable.", "The Clinton campaign"),
    ("His ex-wife agreed, but said little more.", "His ex-wife"),
    ("But the unification ministry also hopes talks resume.", "the unification ministry"),
    ("In Seoul, Yoon hopes the new group will calm calls for a bomb.", "Yoon"),
    ("After the summit in Washington, lawmakers clashed over the cost.", None),
])
def test_cue_subject_is_the_phrase_before_the_cue(sentence, subject):
    cues = {"says", "agreed", "hopes", "said"}
    assert cue_subject(list(WORDS.finditer(sentence)), cues) == subject


def test_shipped_model_learned_reporting_predicates_beyond_the_hand_list():
    model = default_model()
    assert {"said", "told", "according", "hopes", "opted", "believes"} <= model.cues
    assert not {"also", "the", "publicly"} & model.cues
    assert model.meta["version"] == "2.1.15"
    assert 0.47 <= model.threshold < 1.0


def test_sentence_features_include_the_positions_of_learned_cues():
    model = default_model()
    feats = sentence_features("Yoon hopes the group will calm calls for a bomb.", "none",
                              "start", "end", model.cues)
    assert "cw=hopes|0" in feats and "cp=0" in feats and "w=hopes" in feats


def test_promoted_sentence_speaker_is_the_subject_of_its_cue():
    # "hopes" is no reporting verb of the rules; the model promotes the sentence, and its
    # speaker stands after an opening place adverbial.
    text = "In Seoul, Yoon hopes the new group will calm calls for a domestic bomb."
    (got,) = attribute_sentences(text, list(iter_sentences(text)))
    assert (got.quote, got.voice, got.speaker) == ("indirect", "quoted", "Yoon")
