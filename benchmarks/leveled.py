"""Judging a readability measure on texts written at known levels, and reading such a set.

Benchmark-only helpers (``benchmarks/readability.py``, ``scripts/fit_composite.py``): the
OneStopEnglish reader (Vajjala & Lucic 2018) and the usual checks (cross-level accuracy,
within-article pair and order accuracy, pooled Spearman correlation).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd


def _oriented(values: Sequence[float], higher_is_harder: bool) -> np.ndarray:
    v = np.asarray(values, dtype=float)
    return v if higher_is_harder else -v


def cross_level_accuracy(values: Sequence[float], ranks: Sequence[int], groups: Sequence[Any],
                         low: int = 0, high: int = 2, higher_is_harder: bool = True,
                         mask: np.ndarray | None = None) -> tuple[float, int]:
    """Share of pairs (rank-``low`` text of group A, rank-``high`` text of group B), A != B,
    where the measure calls A's text easier; a tie counts half.

    Returns ``(accuracy, n_pairs)``; pairs with a NaN value are left out. ``mask`` (optional,
    shape ``(n_low, n_high)`` in the order the texts appear) restricts the pairs further.
    """
    v = _oriented(values, higher_is_harder)
    ranks, groups = np.asarray(ranks), np.asarray(groups)
    lo, hi = ranks == low, ranks == high
    d = v[hi][None, :] - v[lo][:, None]
    keep = (groups[lo][:, None] != groups[hi][None, :]) & np.isfinite(d)
    if mask is not None:
        keep &= mask
    d = d[keep]
    if d.size == 0:
        return math.nan, 0
    return float(((d > 0).sum() + 0.5 * (d == 0).sum()) / d.size), int(d.size)


def within_group_pair_accuracy(values: Sequence[float], ranks: Sequence[int],
                               groups: Sequence[Any],
                               higher_is_harder: bool = True) -> tuple[float, int]:
    """Share of same-group pairs of different rank ordered correctly (ties count half).

    Returns ``(accuracy, n_pairs)``; pairs with a NaN value are left out.
    """
    v = _oriented(values, higher_is_harder)
    ranks, groups = np.asarray(ranks), np.asarray(groups)
    same = (groups[:, None] == groups[None, :]) & (ranks[:, None] < ranks[None, :])
    d = (v[None, :] - v[:, None])[same]
    d = d[np.isfinite(d)]
    if d.size == 0:
        return math.nan, 0
    return float(((d > 0).sum() + 0.5 * (d == 0).sum()) / d.size), int(d.size)


def within_group_order_accuracy(values: Sequence[float], ranks: Sequence[int],
                                groups: Sequence[Any],
                                higher_is_harder: bool = True) -> tuple[float, int]:
    """Share of groups whose texts are in strictly increasing order of rank (a tie fails).

    Returns ``(accuracy, n_groups)``; groups with a NaN value are left out.
    """
    frame = pd.DataFrame({"v": _oriented(values, higher_is_harder), "r": np.asarray(ranks),
                          "g": np.asarray(groups)})
    hits = []
    for _, grp in frame.groupby("g", sort=True):
        if grp["v"].isna().any():
            continue
        ordered = grp.sort_values("r")["v"].to_numpy()
        hits.append(bool(np.all(np.diff(ordered) > 0)))
    return (float(np.mean(hits)) if hits else math.nan), len(hits)


def pooled_spearman(values: Sequence[float], ranks: Sequence[int],
                    higher_is_harder: bool = True) -> tuple[float, int]:
    """Spearman correlation of the measure (oriented so higher = harder) with rank, pooled over
    all texts with a value. Returns ``(rho, n_texts)``."""
    from scipy.stats import spearmanr

    v = _oriented(values, higher_is_harder)
    r = np.asarray(ranks, dtype=float)
    ok = np.isfinite(v)
    if ok.sum() < 3:
        return math.nan, int(ok.sum())
    return float(spearmanr(v[ok], r[ok])[0]), int(ok.sum())


# --- the OneStopEnglish set ------------------------------------------------------------------


def read_levels(folder: str | Path) -> pd.DataFrame:
    """Read a leveled set (``levels.jsonl`` + texts) into one readability table.

    ``folder`` holds ``levels.jsonl`` with one ``{"article", "level", "rank", "file"}`` per
    line (``file`` relative to ``folder``), as ``../shared/bench/readability/onestopenglish-dev``.
    Returns the columns ``article, level, rank, file`` followed by the columns of
    :func:`analysis.tables.aggregate.aggregate` (document unit), rows sorted by article and rank.
    Raises ``FileNotFoundError`` with a clear message when the folder or its index is missing.
    """
    from analysis.corpus import Document
    from analysis.tables.aggregate import aggregate
    from analysis.tables.sentences import sentence_table

    folder = Path(folder)
    index = folder / "levels.jsonl"
    if not index.is_file():
        raise FileNotFoundError(f"no levels.jsonl in {folder}: pass --data pointing at a "
                                "leveled set such as ../shared/bench/readability/"
                                "onestopenglish-dev")
    with index.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    levels = pd.DataFrame(records).sort_values(["article", "rank"], kind="stable")
    levels = levels.reset_index(drop=True)
    docs = [Document.from_text((folder / name).read_text(encoding="utf-8"), doc_id=name)
            for name in levels["file"]]
    table = aggregate(sentence_table(docs, metrics=("readability",)), "document")
    out = pd.concat([levels[["article", "level", "rank", "file"]], table], axis=1)
    out.attrs.update(table.attrs)
    return out
