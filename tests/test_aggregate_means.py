"""analysis.tables.aggregate.group_means: per-group means without NaN, equal bit for bit to
numpy's group-by-group nanmean, whether the sums are taken at once (whole numbers) or not."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.tables.aggregate import aggregate, group_means


def _groups(codes: np.ndarray, n: int) -> list[np.ndarray]:
    return [np.flatnonzero(codes == i) for i in range(n)]


def test_flags_with_missing_values_give_the_share_of_the_present_ones():
    values = np.array([1.0, 0.0, np.nan, 1.0, 1.0, np.nan, np.nan, 0.0])
    codes = np.array([0, 0, 0, 1, 1, 2, 2, 3])
    means = group_means(values, codes, _groups(codes, 4))
    assert means[:2] == [0.5, 1.0] and math.isnan(means[2]) and means[3] == 0.0


def test_equal_to_nanmean_for_whole_and_fractional_values():
    rng = np.random.default_rng(4)
    codes = rng.integers(0, 40, 2000)
    groups = _groups(codes, 40)
    flags = rng.integers(0, 2, 2000).astype(float)
    flags[rng.random(2000) < 0.1] = np.nan
    tones = rng.uniform(-1, 1, 2000)  # fractional: averaged group by group
    tones[rng.random(2000) < 0.1] = np.nan
    for values in (flags, tones):
        expected = [float(np.nanmean(values[g])) for g in groups]
        assert group_means(values, codes, groups) == expected


def test_document_shares_and_quoted_share_by_hand():
    from analysis.metrics.frames import FRAMES

    sentences = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b"], "paragraph": [1, 1, 2, 1], "sentence": [1, 2, 3, 1],
        "voice": ["authorial", "quoted", "quoted", "authorial"],
        "speaker": ["", "Yoon", "Biden", ""], "n_words": [10, 6, 4, 0],
        **{f"frame_{f}": [False] * 4 for f in FRAMES}})
    sentences["frame_deterrence"] = [True, False, True, False]
    table = aggregate(sentences, "document")
    assert table["share_deterrence"].tolist() == [2 / 3, 0.0]
    assert table["share_any_frame"].tolist() == [2 / 3, 0.0]
    assert table["quoted_share"].iloc[0] == 0.5  # (6 + 4) / 20 words
    assert math.isnan(table["quoted_share"].iloc[1])  # no words
    assert table["speakers"].iloc[0] == ("Yoon", "Biden")


def test_a_unit_mostly_in_a_transcript_s_turns_has_the_voice_speech():
    # before, a briefing's document row said "quoted" though every sentence is a turn's speech
    from analysis.corpus.documents import Document
    from analysis.tables.sentences import sentence_table

    briefing = Document.from_text(
        "MS. PARK: Good afternoon. The alliance is strong.\n\n"
        "Q: Will the submarine come to Busan this year?\n\n"
        "MS. PARK: It will come this summer. We are ready.", "briefing")
    article = Document.from_text(
        "The allies met on Monday.\n\n"
        "\"The alliance is stronger than ever before, and the group will meet again soon,\" the "
        "minister said after the long meeting.", "article")
    rows = aggregate(sentence_table([briefing, article]), "document").set_index("doc_id")
    assert rows.loc["briefing", "voice"] == "speech"
    assert rows.loc["article", "voice"] == "quoted"
    assert rows.loc["briefing", "quoted_share"] == 1.0
