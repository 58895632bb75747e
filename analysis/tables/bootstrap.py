"""One bootstrap for every interval in the package: percentile intervals on
:func:`scipy.stats.bootstrap` (Efron & Tibshirani 1993).

Every interval is computed by :func:`bootstrap_interval`: the statistic is written over *index
arrays*, one per sample, which scipy resamples with replacement. That single form covers

* the mean of values (:func:`mean_interval`);
* the cluster (document-level) case: whole documents are resampled with their per-document
  sums, and the statistic is a ratio of summed sums (:func:`ratio_interval`; Davison & Hinkley
  1997, section 3.8), because the sentences of one article are not independent;
* formulas of summed counts (readability, :mod:`analysis.metrics.readability`) and differences
  between two independent samples (:mod:`analysis.tables.compare`).

One seeding rule (:func:`rng_for`): a generator seeded with ``seed`` and the CRC-32 of a key
naming what is resampled (a document id, a group, a metric), so an interval does not depend on
which other documents or groups are in the table, and the same inputs give the same interval.
One default size, :data:`N_RESAMPLES`.

Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the Bootstrap*. Chapman & Hall.
Davison, A. C. & Hinkley, D. V. (1997). *Bootstrap Methods and their Application*. Cambridge
University Press.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

N_RESAMPLES = 1000
"""Default number of bootstrap resamples (Efron & Tibshirani 1993, ch. 13, suggest at least
1,000 for percentile intervals; every interval of the package uses this one size)."""

SEED = 20230426
"""Default seed (the date of the Washington Declaration)."""

LEVEL = 0.95
"""Default confidence level."""

_BATCH = 250
"""Resamples per vectorised batch for large samples: bounds memory at ``_BATCH x n`` indices."""

_ONE_BATCH_INDICES = 1 << 18
"""Up to this many resampled indices (2 MiB), the resamples of a single sample are drawn in one
batch: the same draws, in the same order, as in batches of :data:`_BATCH` (with two samples
the batches interleave them, so those keep :data:`_BATCH`), with less of scipy's per-batch
overhead."""


def rng_for(seed: int, *key: Any) -> np.random.Generator:
    """The generator for one interval: ``seed`` and the CRC-32 of ``key`` (joined as text)."""
    text = "\x1f".join(str(k) for k in key)
    return np.random.default_rng([int(seed), zlib.crc32(text.encode("utf-8"))])


def _batch(sizes: Sequence[int], n_resamples: int) -> int | None:
    one = len(sizes) == 1 and n_resamples * sizes[0] <= _ONE_BATCH_INDICES
    return None if one else _BATCH


def bootstrap_interval(statistic: Callable[..., Any], sizes: Sequence[int], *,
                       key: Iterable[Any] = (), level: float = LEVEL,
                       n_resamples: int = N_RESAMPLES, seed: int = SEED
                       ) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of ``statistic`` over independent samples of ``sizes`` units.

    ``statistic(*indices)`` receives one integer array per sample, of shape ``(..., n_i)``
    (resampled unit indices along the last axis), and returns the statistic reduced over that
    axis: an array of shape ``(...)``, or ``(k, ...)`` for ``k`` statistics sharing the same
    resamples. Returns ``(low, high)`` as arrays of shape ``()`` or ``(k,)``; NaN where a
    sample has fewer than two units (no interval).
    """
    from scipy.stats import bootstrap

    if n_resamples < 1 or not 0 < level < 1:
        raise ValueError("n_resamples must be >= 1 and 0 < level < 1")
    probe = np.asarray(statistic(*(np.arange(max(n, 1)) for n in sizes)), dtype=float)
    if not sizes or min(sizes) < 2:
        nan = np.full(probe.shape, np.nan)
        return nan, nan.copy()
    data = tuple(np.arange(n) for n in sizes)
    undefined = np.zeros(probe.shape, dtype=bool)

    def stat(*idx: np.ndarray, axis: int = -1) -> np.ndarray:
        # A statistic that is NaN in any resample has no interval (NaN). scipy would warn
        # about it (DegenerateDataWarning); silencing that with warnings.catch_warnings would
        # swap process-wide state and lose other threads' warnings (threaded Dask workers),
        # so NaN is recorded here and replaced, and the bounds are set to NaN below.
        value = np.asarray(statistic(*idx), dtype=float)
        nan = np.isnan(value)
        if value.ndim > probe.ndim and nan.any():
            np.logical_or(undefined, nan.any(axis=-1), out=undefined)
        return np.where(nan, 0.0, value)

    with np.errstate(divide="ignore", invalid="ignore"):  # thread-local, unlike warnings
        res = bootstrap(data, stat, n_resamples=n_resamples, vectorized=True,
                        paired=False, confidence_level=level, method="percentile",
                        batch=_batch(sizes, n_resamples),
                        random_state=rng_for(seed, *key))
    low = np.where(undefined, np.nan, np.asarray(res.confidence_interval.low, dtype=float))
    high = np.where(undefined, np.nan, np.asarray(res.confidence_interval.high, dtype=float))
    return low, high


def _finite(values: Iterable[float]) -> np.ndarray:
    x = np.asarray([v for v in values if v is not None], dtype=float)
    return x[~np.isnan(x)]


def mean_interval(values: Iterable[float], *, key: Iterable[Any] = (), level: float = LEVEL,
                  n_resamples: int = N_RESAMPLES, seed: int = SEED) -> tuple[float, float]:
    """Percentile interval of the mean of ``values`` (NaN dropped; fewer than two values:
    ``(nan, nan)``)."""
    x = _finite(values)
    low, high = bootstrap_interval(lambda i: x[i].mean(axis=-1) if x.size else np.nan,
                                   [x.size], key=key, level=level, n_resamples=n_resamples,
                                   seed=seed)
    return float(low), float(high)


def ratio_interval(numerators: Sequence[float], denominators: Sequence[float], *,
                   key: Iterable[Any] = (), level: float = LEVEL, n_resamples: int = N_RESAMPLES,
                   seed: int = SEED) -> tuple[float, float]:
    """Cluster bootstrap of ``sum(numerators) / sum(denominators)``: each cluster (a document)
    is resampled whole with its sums (e.g. the summed tone of its sentences and their number).
    Fewer than two clusters: ``(nan, nan)``."""
    num = np.asarray(numerators, dtype=float)
    den = np.asarray(denominators, dtype=float)
    if num.shape != den.shape:
        raise ValueError("numerators and denominators differ in length")

    def stat(i: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return num[i].sum(axis=-1) / den[i].sum(axis=-1)

    low, high = bootstrap_interval(stat, [num.size], key=key, level=level,
                                   n_resamples=n_resamples, seed=seed)
    return float(low), float(high)
