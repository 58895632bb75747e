"""Cue classes of the attribution model (inflections of a learned cue word share one feature)
and the training script's cue words. Every sentence here was written for these tests in the
styles of wire copy, Korean English-language press and a briefing transcript."""

import re
import sys
from pathlib import Path

import pytest

from analysis.corpus.attribution_model import cue_class, default_model, position_features
from analysis.corpus.quotes import attribute_sentences
from analysis.corpus.sentences import iter_sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from train_attribution import NOT_PREDICATES, learn_cues  # noqa: E402

WORDS = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")


@pytest.mark.parametrize(("word", "cls"), [
    ("accused", "accus"), ("accuses", "accus"), ("accusing", "accus"), ("accuse", "accuse"),
    ("says", "say"), ("said", "said"), ("warning", "warn"), ("warned", "warn"),
    ("touts", "tout"), ("yes", "yes"), ("sing", "sing"),
    # -es would leave two letters, so only -s goes.
    ("uses", "use"),
])
def test_cue_class_strips_one_inflection_when_three_letters_remain(word, cls):
    assert cue_class(word) == cls


def test_each_cue_class_is_one_feature_and_only_cue_words_have_one():
    sentence = "Seoul accused Pyongyang of lying and accuses it of worse, the ministry said."
    tokens = WORDS.findall(sentence)
    feats = position_features(sentence, tokens, [t.lower() for t in tokens],
                              frozenset({"accused", "accuses", "said"}), False)
    assert [f for f in feats if f.startswith("s=")] == ["s=accus", "s=said"]
    # "lying" ends in -ing but is no cue word, so it has no class feature.
    assert "s=ly" not in feats


@pytest.mark.parametrize(("text", "voice", "speaker"), [
    # Korean press: a progressive form of a learned cue ("accused") reads as reported words.
    ("Pyongyang is accusing Washington of turning the peninsula into a nuclear staging "
     "ground.", "quoted", "Pyongyang"),
    ("The ruling party accuses the opposition of playing politics with the alliance.",
     "quoted", "the ruling party"),
    # Wire narration stays the writer's; "has" is an auxiliary, not a cue word.
    ("Yoon has visited Washington twice since taking office.", "authorial", None),
    ("The submarine docked at Busan on Tuesday morning.", "authorial", None),
    ("Markets in Seoul closed higher on Thursday.", "authorial", None),
])
def test_shipped_model_reads_single_sentences(text, voice, speaker):
    (got,) = attribute_sentences(text, list(iter_sentences(text)))
    assert (got.voice, got.speaker) == (voice, speaker)


def test_briefing_transcript_turns_are_untouched_by_the_model():
    text = ("Press Briefing by Press Secretary Karine Jean-Pierre\n\n"
            "MS. JEAN-PIERRE: The submarine's visit is routine. Our commitment is ironclad.\n\n"
            "Q: Is Pyongyang accusing you of escalation?\n\n"
            "MS. JEAN-PIERRE: They are. We reject that.")
    got = attribute_sentences(text, list(iter_sentences(text)))
    assert [(a.voice, a.speaker) for a in got] == [
        ("stage", None),
        ("speech", "Ms. Jean-Pierre"), ("speech", "Ms. Jean-Pierre"),
        ("speech", "Q"),
        ("speech", "Ms. Jean-Pierre"), ("speech", "Ms. Jean-Pierre")]


def test_shipped_cue_words_leave_out_auxiliaries_and_particles():
    cues = default_model().cues
    assert not NOT_PREDICATES & cues
    assert {"accused", "accuses", "touts", "said", "hopes"} <= cues


def _doc(sentences, cue_words):
    """A gold record and text whose every sentence is one attribution with ``cue_words`` (the
    words of each sentence that make its cue span)."""
    text, atts = "", []
    for sentence, cue in zip(sentences, cue_words, strict=True):
        start = len(text)
        text += sentence + " "
        s = start + sentence.index(cue)
        atts.append({"cue": [[s, s + len(cue)]], "content": [[start, start + len(sentence)]]})
    return {"id": "x", "attributions": atts}, text


def test_learn_cues_counts_share_and_skips_auxiliaries():
    # "touts" heads three cue spans of three uses; "has" stands in three cue spans but is an
    # auxiliary; "lauded" heads only two (under the count of three); "the" is in cue spans
    # in too small a share of its uses.
    sentences = ["Seoul touts the group.", "The ministry touts the talks.",
                 "Yoon touts the deal.", "Kim has warned the South.",
                 "The agency has warned again.", "Beijing has warned Seoul.",
                 "Critics lauded the plan.", "Lawmakers lauded the vote."]
    cues = ["touts", "touts", "touts", "has warned", "has warned", "has warned", "lauded",
            "lauded"]
    docs = [_doc(sentences, cues)]
    assert learn_cues(docs) == ["touts", "warned"]
