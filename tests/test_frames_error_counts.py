"""False positive / negative counts per style and frame (``benchmarks/frames.py --by-style``)."""

from __future__ import annotations

import frames as frames_bench  # benchmarks/frames.py (tests/conftest.py puts it on the path)


def test_error_counts_per_style_and_frame() -> None:
    gold = [{"alliance", "deterrence"}, set(), {"threat"}, {"diplomacy"}]
    pred = [{"deterrence"}, {"threat"}, {"threat"}, {"alliance"}]
    styles = ["wire", "wire", "transcript", "transcript"]
    table = frames_bench.error_counts(gold, pred, styles)
    assert list(table.index) == ["transcript", "wire", "all"]
    assert table.loc["wire", ("alliance", "fn")] == 1
    assert table.loc["wire", ("threat", "fp")] == 1
    assert table.loc["transcript", ("diplomacy", "fn")] == 1
    assert table.loc["transcript", ("alliance", "fp")] == 1
    assert table.loc["transcript", ("threat", "fp")] == 0
    assert table.loc["all"].sum() == 4
    assert table.loc["all", ("deterrence", "fp")] == 0


def test_error_counts_without_errors_is_all_zero() -> None:
    table = frames_bench.error_counts([{"threat"}], [{"threat"}], ["wire"])
    assert table.to_numpy().sum() == 0
    assert table.shape == (2, 8)
