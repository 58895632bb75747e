"""Micro-F1 interval resampling passages (``benchmarks/frames.py --passages``)."""

from __future__ import annotations

import frames as frames_bench  # benchmarks/frames.py (tests/conftest.py puts it on the path)


def test_interval_of_all_correct_passages_is_one_point() -> None:
    gold = [{"threat"}, set(), {"alliance", "deterrence"}]
    ids = ["t8-01-01", "t8-01-02", "t8-02-01"]
    assert frames_bench.passage_interval(gold, gold, ids) == (1.0, 1.0)


def test_interval_spans_the_passages_not_the_sentences() -> None:
    # Passage t9-01 is right (one true positive), passage t9-02 wrong (one false positive and
    # one false negative in each of its two sentences): resamples of the two passages give
    # micro-F1 1 (01 twice), 2 / (2 + 4) = 1/3 (one of each) or 0 (02 twice).
    gold = [{"threat"}, {"alliance"}, {"alliance"}]
    pred = [{"threat"}, {"deterrence"}, {"diplomacy"}]
    ids = ["t9-01-01", "t9-02-01", "t9-02-02"]
    assert frames_bench.passage_interval(gold, pred, ids) == (0.0, 1.0)


def test_interval_is_deterministic_and_holds_the_estimate() -> None:
    gold = [{"threat"}, {"alliance"}, set(), {"deterrence"}, {"diplomacy"}, {"threat"}]
    pred = [{"threat"}, set(), set(), {"deterrence"}, {"diplomacy", "threat"}, {"threat"}]
    ids = ["t9-01-01", "t9-01-02", "t9-02-01", "t9-03-01", "t9-04-01", "t9-05-01"]
    first = frames_bench.passage_interval(gold, pred, ids)
    assert first == frames_bench.passage_interval(gold, pred, ids)
    assert first[0] < 10 / 12 < first[1]  # micro-F1 = 2 * 5 / (2 * 5 + 1 + 1)
