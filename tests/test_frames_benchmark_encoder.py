"""``benchmarks/frames.py --encoder`` scores what the notebooks compute: the frames of
``sentence_table(corpus, frames="encoder")`` for a passage read as one document."""

from __future__ import annotations

import frames as bench  # benchmarks/frames.py (tests/conftest.py puts it on the path)

from analysis import sentence_table
from analysis.corpus import Corpus, Document
from analysis.metrics.frames import FRAMES

PASSAGE = [
    "Seoul wants a bigger say in how Washington would use its arsenal if war came.",
    "Washington will keep its word to Seoul, the envoy said.",
    "Shares of the carmaker fell three percent on Tuesday after a weak earnings report.",
    "The North fired two ballistic missiles into the sea on Thursday.",
    "The consultative group will meet again in the spring to go over its planning.",
]
IDS = [f"t0-01-{i:02d}" for i in range(1, len(PASSAGE) + 1)]


def test_encoder_union_matches_the_sentence_table():
    table = sentence_table(Corpus([Document.from_text(" ".join(PASSAGE), "wire")], name="one"),
                           frames="encoder")
    assert list(table["text"]) == PASSAGE
    expected = [{f for f in FRAMES if row[f"frame_{f}"]} for _, row in table.iterrows()]
    default = bench.lexicon_predictions(PASSAGE, use_model=True, ids=IDS)[0]
    assert bench.encoder_union(PASSAGE, default) == expected
    # by hand: the encoder adds deterrence to the first sentence and alliance to the second;
    # the markets line has no frame either way
    assert {"deterrence", "alliance"} <= expected[0]
    assert "deterrence" not in default[0]
    assert expected[1] == {"alliance"} and default[1] == set()
    assert expected[2] == set()


def test_encoder_union_keeps_the_default_frames():
    line = "Shares of the carmaker fell three percent on Tuesday after a weak earnings report."
    assert bench.encoder_union([line], [{"diplomacy"}]) == [{"diplomacy"}]
    assert bench.encoder_union([line], [set()]) == [set()]
