"""analysis.tables.bootstrap: the one bootstrap of the package (scipy.stats.bootstrap).

Intervals changed with the move to scipy, so they are checked by properties that must hold
(bounds around the estimate, determinism, one generator per key, NaN below two units, the
cluster case) and by small cases whose percentile interval can be read off by hand.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.tables.aggregate import ONE_DOCUMENT_TONE, aggregate
from analysis.tables.bootstrap import (
    N_RESAMPLES,
    SEED,
    bootstrap_interval,
    mean_interval,
    ratio_interval,
    rng_for,
)
from analysis.tables.compare import compare_groups

VALUES = [0.1, 0.4, -0.2, 0.8, 0.3, 0.0, 0.5, -0.1, 0.6, 0.2]


def test_mean_interval_brackets_the_mean_and_is_deterministic():
    low, high = mean_interval(VALUES, key=("x",))
    assert low < np.mean(VALUES) < high
    assert (low, high) == mean_interval(VALUES, key=("x",))
    assert (low, high) != mean_interval(VALUES, key=("y",))  # one generator per key
    assert (low, high) != mean_interval(VALUES, key=("x",), seed=SEED + 1)
    # within the range of the values, and narrower at a lower level
    assert min(VALUES) <= low and high <= max(VALUES)
    low80, high80 = mean_interval(VALUES, key=("x",), level=0.8)
    assert low <= low80 and high80 <= high


def test_defaults():
    assert (N_RESAMPLES, SEED) == (1000, 20230426)
    assert mean_interval(VALUES) == mean_interval(VALUES, n_resamples=N_RESAMPLES, seed=SEED)


def test_fewer_than_two_values_have_no_interval():
    for values in ([], [0.5], [0.5, math.nan], [None, 0.3]):
        low, high = mean_interval(values)
        assert math.isnan(low) and math.isnan(high), values
    # NaN values are left out, not counted
    assert mean_interval([0.1, math.nan, 0.4, 0.2], key=("k",)) == \
        mean_interval([0.1, 0.4, 0.2], key=("k",))


def test_a_two_point_sample_gives_its_two_values():
    # Resampling {0, 1} twice: means 0 (p 1/4), 0.5 (1/2), 1 (1/4): the 2.5th and 97.5th
    # percentiles of 2,000 resamples are 0 and 1.
    assert mean_interval([0.0, 1.0], n_resamples=2000) == (0.0, 1.0)


def test_cluster_interval_pools_the_drawn_documents_by_hand():
    # Document sums and sizes: a1 = 1 + 3 over 2 sentences, a2 = 5 over 1. Drawing two
    # documents gives pooled means 8/4 = 2 (a1 twice), 9/3 = 3, or 10/2 = 5 (a2 twice).
    low, high = ratio_interval([4.0, 5.0], [2, 1], n_resamples=2000)
    assert (low, high) == (2.0, 5.0)
    # with one sentence per document the cluster interval is the mean interval
    num = np.array(VALUES)
    assert ratio_interval(num, np.ones(num.size), key=("k",)) == pytest.approx(
        mean_interval(VALUES, key=("k",)))
    with pytest.raises(ValueError, match="differ in length"):
        ratio_interval([1.0, 2.0], [1.0])


def test_several_statistics_share_the_resamples_and_nan_gives_no_interval_without_warning():
    x = np.array(VALUES)

    def stats(i):
        # the mean, twice the mean, and a statistic that is NaN whenever x[0] is drawn
        m = x[i].mean(axis=-1)
        return np.stack([m, 2 * m, np.where((i == 0).any(axis=-1), np.nan, m)])

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # scipy's DegenerateDataWarning would fail here
        low, high = bootstrap_interval(stats, [x.size], key=("k",))
    assert low.shape == high.shape == (3,)
    assert (low[1], high[1]) == pytest.approx((2 * low[0], 2 * high[0]))
    assert math.isnan(low[2]) and math.isnan(high[2])
    assert (low[0], high[0]) == mean_interval(VALUES, key=("k",))
    with pytest.raises(ValueError, match="n_resamples must be >= 1"):
        bootstrap_interval(stats, [x.size], n_resamples=0)


def test_rng_for_depends_on_seed_and_key_only():
    a = rng_for(1, "tone", "doc").integers(0, 10**9, 5)
    assert (a == rng_for(1, "tone", "doc").integers(0, 10**9, 5)).all()
    assert not (a == rng_for(1, "tone", "other").integers(0, 10**9, 5)).all()
    assert not (a == rng_for(2, "tone", "doc").integers(0, 10**9, 5)).all()


def _clustered_sentences(n_docs: int = 12, per_doc: int = 15) -> pd.DataFrame:
    """Tones alike within a document and different between documents."""
    rng = np.random.default_rng(3)
    rows = []
    for d in range(n_docs):
        level = rng.uniform(-0.6, 0.6)
        for s in range(per_doc):
            rows.append({"doc_id": f"d{d:02d}", "paragraph": 1, "sentence": s + 1,
                         "voice": "authorial", "speaker": "", "n_words": 10,
                         "tone": float(np.clip(level + rng.normal(0, 0.05), -1, 1)),
                         "outlet": "O"})
    return pd.DataFrame(rows)


def test_document_clusters_give_a_wider_tone_interval_than_sentences():
    sentences = _clustered_sentences()
    by_sentence = aggregate(sentences, "outlet", cluster=None).iloc[0]
    by_document = aggregate(sentences, "outlet").iloc[0]
    assert by_sentence["tone"] == by_document["tone"]
    for row in (by_sentence, by_document):
        assert row["tone_ci_low"] <= row["tone"] <= row["tone_ci_high"]
    # 12 documents of 15 near-identical sentences carry about 12 values' worth of information
    width = {name: row["tone_ci_high"] - row["tone_ci_low"]
             for name, row in (("sentence", by_sentence), ("document", by_document))}
    assert width["document"] > 2 * width["sentence"]
    assert "doc_id clusters" in aggregate(sentences, "outlet").attrs["interval"]


def _two_documents() -> pd.DataFrame:
    """Outlet O: document a with three sentences of tone 0.25, document b with one of 0.75."""
    rows = [("a", 1, 0.25), ("a", 2, 0.25), ("a", 3, 0.25), ("b", 1, 0.75)]
    return pd.DataFrame([{"doc_id": d, "paragraph": 1, "sentence": s, "voice": "authorial",
                          "speaker": "", "n_words": 10, "tone": t, "outlet": "O"}
                         for d, s, t in rows])


def test_a_group_of_documents_resamples_documents_by_hand():
    # Drawing two documents: a twice (pooled mean 0.25, p 1/4), a and b ((0.75 + 0.75) / 4,
    # p 1/2) or b twice (0.75, p 1/4): the 2.5th and 97.5th percentiles are 0.25 and 0.75.
    sentences = _two_documents()
    row = aggregate(sentences, "outlet", n_resamples=2000).iloc[0]
    assert (row["tone"], row["tone_ci_low"], row["tone_ci_high"]) == (0.375, 0.25, 0.75)
    # two documents can only be recombined: the interval is given and marked, as in
    # compare_groups
    assert row["reason"] == "tone: interval from 2 documents; unreliable"
    # compare_groups resamples the same documents from the same generator: the same interval
    other = compare_groups(sentences, "tone", "outlet", n_resamples=2000).iloc[0]
    assert (other["ci_low"], other["ci_high"]) == (0.25, 0.75)
    assert other["reason"].startswith("interval from 2 documents; unreliable")
    # Resampling the four sentences, all four draws are b's with p 1/256 < 2.5%: the upper
    # bound stays below 0.75
    assert aggregate(sentences, "outlet", cluster=None, n_resamples=2000).iloc[0][
        "tone_ci_high"] < 0.75


def test_the_same_group_gets_the_interval_compare_groups_gives():
    sentences = _clustered_sentences(n_docs=5).assign(
        outlet=lambda t: np.where(t["doc_id"] < "d03", "A", "B"))
    mine = aggregate(sentences, "outlet").set_index("outlet")
    theirs = compare_groups(sentences, "tone", "outlet").set_index("group")
    for group in ("A", "B"):
        assert mine.loc[group, ["tone_ci_low", "tone_ci_high"]].tolist() == pytest.approx(
            theirs.loc[group, ["ci_low", "ci_high"]].tolist(), abs=1e-12)
    # A holds 3 documents, B 2: both intervals are marked; a group of five is not
    assert mine.loc["A", "reason"] == "tone: interval from 3 documents; unreliable"
    assert mine.loc["B", "reason"] == "tone: interval from 2 documents; unreliable"
    five = _clustered_sentences(n_docs=5).assign(outlet="C")
    assert aggregate(five, "outlet").iloc[0]["reason"] == ""


def test_a_group_of_one_document_resamples_its_sentences_and_says_so():
    sentences = _clustered_sentences(n_docs=1)
    row = aggregate(sentences, "outlet").iloc[0]
    assert row["reason"] == ONE_DOCUMENT_TONE
    assert (row["tone_ci_low"], row["tone_ci_high"]) == tuple(
        aggregate(sentences, "outlet", cluster=None).iloc[0][["tone_ci_low", "tone_ci_high"]])
    assert not math.isnan(row["tone_ci_low"])
    # documents and paragraphs are units within one document: no such reason
    assert set(aggregate(sentences, "document")["reason"]) == {""}
    assert set(aggregate(sentences, "paragraph")["reason"]) == {""}


def test_one_batch_draws_equal_batched_draws(monkeypatch):
    """A single sample's resamples drawn in one batch give the interval that batches of
    ``_BATCH`` give (the same draws in the same order)."""
    import numpy as np

    from analysis.tables import bootstrap as bs

    rng = np.random.default_rng(7)
    samples = [rng.normal(size=n) for n in (2, 5, 52, 301)]
    one = [bs.mean_interval(x, key=("doc", i)) for i, x in enumerate(samples)]
    monkeypatch.setattr(bs, "_ONE_BATCH_INDICES", 0)
    batched = [bs.mean_interval(x, key=("doc", i)) for i, x in enumerate(samples)]
    assert one == batched
    assert all(lo < hi for lo, hi in one)


def test_mean_intervals_equal_one_scipy_call_per_sample(monkeypatch):
    """The batched intervals are those of :func:`mean_interval` (one scipy.stats.bootstrap
    call per sample) bit for bit: sizes below two, one batch and several batches of draws,
    NaN values left out, an infinite value (no NaN resample) and +inf with -inf (NaN
    resamples: no interval), over more samples than one scipy call takes."""
    from analysis.tables import bootstrap as bs

    monkeypatch.setattr(bs, "_SAMPLES_PER_CALL", 4)
    rng = np.random.default_rng(11)
    samples = [rng.normal(size=n) for n in (0, 1, 2, 3, 8, 52, 129, 262, 263, 700)]
    samples += [np.array([np.nan, 0.2, 0.3]), [0.2, None, 0.5],
                np.array([np.inf, 0.2, 0.3]), np.array([np.inf, -np.inf, 0.3])]
    keys = [("tone", f"d{i}") for i in range(len(samples))]
    low, high = bs.mean_intervals(samples, keys)
    for sample, key, lo, hi in zip(samples, keys, low, high, strict=True):
        np.testing.assert_array_equal([lo, hi], mean_interval(sample, key=key))
    assert np.isnan(low[[0, 1, -1]]).all() and not np.isnan(low[2:-1]).any()
    assert high[-2] == math.inf
    low80, _ = bs.mean_intervals(samples, keys, level=0.8, n_resamples=500, seed=1)
    assert low80[5] == mean_interval(samples[5], key=keys[5], level=0.8, n_resamples=500,
                                     seed=1)[0]
    with pytest.raises(ValueError, match="differ in length"):
        bs.mean_intervals(samples, keys[:-1])
