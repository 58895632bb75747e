"""One bootstrap for every interval in the package: percentile intervals on
:func:`scipy.stats.bootstrap` (Efron & Tibshirani 1993).

Every interval is computed by :func:`bootstrap_interval`: the statistic is written over *index
arrays*, one per sample, which scipy resamples with replacement. That single form covers

* the mean of values (:func:`mean_interval`; :func:`mean_intervals` gives the same bounds for
  many samples at once, the draws of each made as scipy makes them and the percentiles of all
  taken by one scipy call);
* the cluster (document-level) case: whole documents are resampled with their per-document
  sums, and the statistic is a ratio of summed sums (:func:`ratio_interval`; Davison & Hinkley
  1997, section 3.8), because the sentences of one article are not independent;
* formulas of summed counts (readability, :mod:`analysis.metrics.readability`) and differences
  between two independent samples (:mod:`analysis.tables.compare`).

One seeding rule (:func:`rng_for`): a generator seeded with ``seed`` and the CRC-32 of a key
naming what is resampled (a document id, a group, a metric), so an interval does not depend on
which other documents or groups are in the table, and the same inputs give the same interval.
One default size, :data:`N_RESAMPLES`.

A share (the mean of a 0/1 indicator) resampled over two or three documents has only a few
values to give, and a share of none or all none but itself: :func:`widened_share` widens such a
bootstrap interval to Wilson's score interval (:func:`wilson_interval`) wherever that reaches
further.

Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the Bootstrap*. Chapman & Hall.
Davison, A. C. & Hinkley, D. V. (1997). *Bootstrap Methods and their Application*. Cambridge
University Press.
Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference.
*Journal of the American Statistical Association* 22(158), 209-212.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Sequence
from types import SimpleNamespace
from typing import Any

import numpy as np

N_RESAMPLES = 1000
"""Default number of bootstrap resamples (Efron & Tibshirani 1993, ch. 13, suggest at least
1,000 for percentile intervals; every interval of the package uses this one size)."""

SEED = 20230426
"""Default seed (the date of the Washington Declaration)."""

LEVEL = 0.95
"""Default confidence level."""

MIN_RELIABLE_DOCUMENTS = 5
"""Resampling documents, an interval from fewer documents than this is marked unreliable
(:data:`UNRELIABLE` in its reason): a percentile bootstrap of 2 to 4 documents can only
recombine those few, so its interval is too narrow and unstable (Davison & Hinkley 1997,
sec. 2.5)."""

UNRELIABLE = "unreliable"
"""The word in the reason of an interval from too few documents."""


def few_documents_reason(n_documents: int, prefix: str = "") -> str:
    """The reason of an interval resampled from ``n_documents`` (2 to 4) documents, or ""
    from :data:`MIN_RELIABLE_DOCUMENTS` or more: ``"interval from 3 documents; unreliable"``."""
    if n_documents >= MIN_RELIABLE_DOCUMENTS:
        return ""
    plural = "s" if n_documents != 1 else ""
    return f"{prefix}interval from {n_documents} document{plural}; {UNRELIABLE}"

_BATCH = 250
"""Resamples per vectorised batch for large samples: bounds memory at ``_BATCH x n`` indices."""

_ONE_BATCH_INDICES = 1 << 18
"""Up to this many resampled indices (2 MiB), the resamples of a single sample are drawn in one
batch: the same draws, in the same order, as in batches of :data:`_BATCH` (with two samples
the batches interleave them, so those keep :data:`_BATCH`), with less of scipy's per-batch
overhead."""


_SAMPLES_PER_CALL = 256
"""Samples whose intervals :func:`mean_intervals` asks scipy for at once: their bootstrap
distributions (``256 x n_resamples`` floats, 2 MiB) are held together."""


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
    with np.errstate(divide="ignore", invalid="ignore"):
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
    if isinstance(values, np.ndarray) and values.dtype == np.float64 and values.ndim == 1:
        return values[~np.isnan(values)]
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


def _mean_distribution(x: np.ndarray, rng: np.random.Generator, n_resamples: int
                       ) -> np.ndarray:
    """The bootstrap distribution of the mean of ``x`` that :func:`bootstrap_interval` gives:
    scipy draws each batch of resampled indices as ``rng.integers(0, n, (batch, n))``."""
    n = x.size
    step = _batch([n], n_resamples) or n_resamples
    return np.concatenate([x.take(rng.integers(0, n, (min(step, n_resamples - k), n)))
                           .mean(axis=-1) for k in range(0, n_resamples, step)])


def mean_intervals(samples: Sequence[Iterable[float]], keys: Sequence[Iterable[Any]], *,
                   level: float = LEVEL, n_resamples: int = N_RESAMPLES, seed: int = SEED
                   ) -> tuple[np.ndarray, np.ndarray]:
    """:func:`mean_interval` of each sample with its key, as two arrays ``(low, high)``.

    The same bounds, bit for bit (a test compares them), at a fraction of the cost for many
    small samples (the tone of every document or paragraph): each sample's resamples are drawn
    from its own generator (:func:`rng_for`) as :func:`scipy.stats.bootstrap` draws them, and
    one :func:`scipy.stats.bootstrap` call per :data:`_SAMPLES_PER_CALL` samples turns their
    bootstrap distributions into percentile intervals, instead of one call, with its fixed
    cost, per sample.
    """
    if n_resamples < 1 or not 0 < level < 1:
        raise ValueError("n_resamples must be >= 1 and 0 < level < 1")
    if len(samples) != len(keys):
        raise ValueError("samples and keys differ in length")
    low = np.full(len(samples), np.nan)
    high = np.full(len(samples), np.nan)
    rows: list[int] = []
    dists: list[np.ndarray] = []
    with np.errstate(divide="ignore", invalid="ignore"):  # thread-local, unlike warnings
        for row, (values, key) in enumerate(zip(samples, keys, strict=True)):
            x = _finite(values)
            if x.size >= 2:
                rows.append(row)
                dists.append(_mean_distribution(x, rng_for(seed, *key), n_resamples))
            if len(rows) == _SAMPLES_PER_CALL or (rows and row == len(samples) - 1):
                low[rows], high[rows] = _percentile_rows(np.stack(dists), level)
                rows, dists = [], []
    return low, high


def _percentile_rows(dist: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """The percentile interval of each row of a bootstrap distribution, by scipy."""
    from scipy.stats import bootstrap

    # As in bootstrap_interval: a NaN resample means no interval, and scipy must not see it
    # (it would warn).
    nan = np.isnan(dist)
    undefined = nan.any(axis=-1)
    dist[nan] = 0.0
    # With no new resamples, scipy computes the interval of each row of the previous result's
    # distribution; the data only has to be a valid sample, it is not resampled.
    res = bootstrap((np.arange(2),), np.mean, n_resamples=0, vectorized=True, paired=False,
                    confidence_level=level, method="percentile",
                    bootstrap_result=SimpleNamespace(bootstrap_distribution=dist))
    return (np.where(undefined, np.nan, np.asarray(res.confidence_interval.low, dtype=float)),
            np.where(undefined, np.nan, np.asarray(res.confidence_interval.high, dtype=float)))


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


def wilson_interval(count: int, n: int, level: float = LEVEL) -> tuple[float, float]:
    """The Wilson score interval at ``level`` (95% by default) of the share ``count / n``
    (Wilson 1927, via :meth:`scipy.stats.binomtest`'s ``proportion_ci``): for 0 of 5, 0 to
    0.43 at 95%, where a
    bootstrap of a share that is 0 in every resample gives 0 to 0. It treats the units as
    independent, so for many units in few documents it is, if anything, narrow."""
    from scipy.stats import binomtest

    ci = binomtest(int(count), int(n)).proportion_ci(confidence_level=level, method="wilson")
    return float(ci.low), float(ci.high)


def widened_share(count: int, n: int, boot: tuple[float, float],
                  level: float = LEVEL) -> tuple[float, float]:
    """The interval of the share ``count / n``: the bootstrap's ``boot`` (at ``level``) widened
    to :func:`wilson_interval` at the same level wherever that reaches further (``boot`` as it
    is for fewer than two units or when it is undefined)."""
    if n < 2 or boot[0] != boot[0]:
        return boot
    low, high = wilson_interval(count, n, level)
    return min(low, boot[0]), max(high, boot[1])
