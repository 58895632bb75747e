"""``sentence_table(corpus, frames="encoder")``: the opt-in frame encoder in the sentence
table, on hand-written sentences."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from analysis import sentence_table
from analysis.corpus import Corpus, Document
from analysis.metrics.frame_encoder import encoder_frame_scores
from analysis.metrics.frames import FRAMES, frame_scores
from analysis.tables.sentences import sentence_rows

PARAPHRASE = "Seoul wants a bigger say in how Washington would use its arsenal if war came."
PROMISE = "Washington will keep its word to Seoul, the envoy said."
MARKETS = "Shares of the carmaker fell three percent on Tuesday after a weak earnings report."
LAUNCH = "The North fired two ballistic missiles into the sea on Thursday."
TEXTS = [PARAPHRASE, PROMISE, MARKETS, LAUNCH]
FRAME_COLUMNS = [f"frame_{f}" for f in FRAMES]
SCORE_COLUMNS = [f"score_{f}" for f in FRAMES]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([Document.from_text(" ".join(TEXTS), "wire")], name="four")


@pytest.fixture(scope="module")
def tables(corpus):
    return sentence_table(corpus), sentence_table(corpus, frames="encoder")


def flagged(table: pd.DataFrame) -> list[set[str]]:
    return [{f for f in FRAMES if row[f"frame_{f}"]} for _, row in table.iterrows()]


def test_encoder_frames_are_those_of_encoder_frame_scores(tables):
    default, encoder = tables
    assert list(encoder["text"]) == TEXTS
    assert flagged(encoder) == [encoder_frame_scores(t)["frames"] for t in TEXTS]
    # by hand: the encoder adds deterrence to the paraphrase, alliance to the promise
    assert flagged(default) == [{"alliance", "threat"}, set(), set(), {"threat"}]
    assert flagged(encoder) == [{"alliance", "deterrence", "threat"}, {"alliance"}, set(),
                                {"threat"}]


def test_evidence_names_the_encoder_where_it_added_a_frame(tables):
    default, encoder = tables
    p = encoder_frame_scores(PARAPHRASE)["encoder"]["deterrence"]
    assert p >= 0.80
    assert f"deterrence: war, encoder p={p:.2f}" in encoder["frame_evidence"][0]
    assert "encoder" not in default["frame_evidence"][0]
    assert encoder["frame_evidence"][1].startswith("alliance: ")
    assert encoder["frame_evidence"][1].endswith(
        f"encoder p={encoder_frame_scores(PROMISE)['encoder']['alliance']:.2f}")
    # where the encoder adds nothing the evidence is the default's
    assert list(encoder["frame_evidence"][2:]) == list(default["frame_evidence"][2:])


def test_scores_and_other_columns_stay_the_default(tables):
    default, encoder = tables
    assert list(encoder.columns) == list(default.columns)
    same = [c for c in default.columns if c not in (*FRAME_COLUMNS, "frame_evidence")]
    pd.testing.assert_frame_equal(encoder[same], default[same])
    assert encoder[SCORE_COLUMNS].equals(default[SCORE_COLUMNS])
    assert encoder.attrs["frames"] == (default.attrs["frames"] + ", plus frames of the "
                                       "fine-tuned MiniLM frame encoder (probability >= 0.80)")
    assert {k: v for k, v in encoder.attrs.items() if k != "frames"} == {
        k: v for k, v in default.attrs.items() if k != "frames"}


def test_default_is_unchanged_and_does_not_load_the_encoder(corpus, tables):
    default, _ = tables
    explicit = sentence_table(corpus, frames="default")
    pd.testing.assert_frame_equal(explicit, default)
    assert explicit.attrs == default.attrs
    assert flagged(default) == [frame_scores(t)["frames"] for t in TEXTS]
    code = ("import sys; from analysis import sentence_table; "
            "from analysis.corpus import Document; "
            f"sentence_table([Document.from_text({LAUNCH!r}, 'x')]); "
            "print('analysis.metrics.frame_encoder' in sys.modules, "
            "'onnxruntime' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["False", "False"]


class FixedEncoder:
    """An encoder stand-in giving every sentence the same probabilities."""

    threshold = 0.80

    def probabilities(self, texts):
        return np.array([[0.10, 0.20, 0.90, 0.79]] * len(texts))


def test_encoder_frame_on_a_sentence_without_any_cue():
    # MARKETS has no cue and no model frame (the table's fast path): the encoder's alliance
    # (0.90) is added with zero cue score; threat at 0.79 stays under 0.80.
    doc = Document.from_text(MARKETS, "x")
    default = sentence_table([doc], ("frames",))
    row = dict(zip(default.columns,
                   sentence_rows([doc], ("frames",), frame_encoder=FixedEncoder())[0],
                   strict=True))
    assert [row[c] for c in FRAME_COLUMNS] == [False, False, True, False]
    assert [row[c] for c in SCORE_COLUMNS] == [0.0] * 4
    assert row["frame_evidence"] == "alliance: encoder p=0.90"
    assert not default[FRAME_COLUMNS].any(axis=None)
    assert default["frame_evidence"][0] == ""


def test_stage_directions_get_no_encoder_frame():
    text = f"PRESIDENT YOON: {MARKETS}\n\n(Applause.)"
    doc = Document.from_text(text, "t", {"kind": "transcript"})
    columns = sentence_table([doc], ("frames",)).columns
    rows = [dict(zip(columns, r, strict=True))
            for r in sentence_rows([doc], ("frames",), frame_encoder=FixedEncoder())]
    assert [r["voice"] for r in rows] == ["speech", "stage"]
    assert [r["frame_alliance"] for r in rows] == [True, False]


def test_unknown_frames_value_names_the_allowed_ones(corpus):
    with pytest.raises(ValueError, match="frames must be one of default, encoder, not 'bert'"):
        sentence_table(corpus, frames="bert")


def test_metric_table_passes_the_frame_source_on(corpus, tables):
    from analysis import metric_table

    default, encoder = (metric_table(corpus, "document", keyphrases=0, frames=f)
                        for f in ("default", "encoder"))
    # by hand, from the four sentences above: alliance 1 -> 2 of 4, deterrence 0 -> 1 of 4
    assert default["share_alliance"].tolist() == [0.25]
    assert encoder["share_alliance"].tolist() == [0.5]
    assert encoder["share_deterrence"].tolist() == [0.25]
    assert default["share_threat"].tolist() == encoder["share_threat"].tolist() == [0.5]
