"""Fitting the composite readability grade (scikit-learn): a pairwise logistic regression.

See :mod:`analysis.metrics.composite` for what the composite is. :class:`PairwiseComposite` is
the fit as a scikit-learn estimator; ``scripts/fit_composite.py`` re-fits the shipped artefact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator

from .composite import (
    CALIBRATION_MEASURE,
    FEATURE_SETS,
    PAIRWISE_C,
    SHIPPED_VARIANT,
    CompositeModel,
    composite_features,
)


def _pairwise(z: np.ndarray, ranks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Differences of every pair of texts of different rank, in both directions."""
    lo, hi = np.nonzero(ranks[:, None] < ranks[None, :])
    diff = z[hi] - z[lo]
    return np.vstack([diff, -diff]), np.r_[np.ones(len(diff)), np.zeros(len(diff))]


class PairwiseComposite(BaseEstimator):
    """The composite fit as a scikit-learn estimator: ``fit(table, ranks)`` (see
    :func:`fit_composite`), ``predict(table)``; ``model_`` is the fitted
    :class:`CompositeModel`."""

    def __init__(self, features: Sequence[str] = FEATURE_SETS[SHIPPED_VARIANT],
                 C: float = PAIRWISE_C) -> None:
        self.features = features
        self.C = C

    def fit(self, X: pd.DataFrame, y: Sequence[int]) -> PairwiseComposite:
        """Fit on a readability table ``X`` and each row's level ``y`` (higher = harder)."""
        self.model_ = fit_composite(X, y, self.features, self.C)
        return self

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        """The composite of every row of ``X``."""
        return self.model_.predict(X).to_numpy(float)


def fit_composite(table: pd.DataFrame, ranks: Sequence[int],
                  features: Sequence[str] = FEATURE_SETS[SHIPPED_VARIANT],
                  C: float = PAIRWISE_C, meta: Mapping[str, Any] | None = None) -> CompositeModel:
    """Fit a composite on texts of known level (deterministic).

    ``table``: a readability table (base counts and :data:`CALIBRATION_MEASURE`); ``ranks``:
    each row's level (higher = harder). Features are standardised (mean, population standard
    deviation); a logistic regression without intercept (``lbfgs``, L2, ``C``) learns which of
    two texts of different rank is the harder from the difference of their standardised
    features; the resulting score is then mapped linearly so that on these texts it has the mean
    and standard deviation of :data:`CALIBRATION_MEASURE`. Rows with a NaN feature are dropped.
    """
    from sklearn.linear_model import LogisticRegression

    features = tuple(features)
    x = composite_features(table, features).to_numpy(float)
    ranks = np.asarray(ranks)
    target = table[CALIBRATION_MEASURE].to_numpy(float)
    ok = np.isfinite(x).all(axis=1) & np.isfinite(target)
    x, ranks, target = x[ok], ranks[ok], target[ok]
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales = np.where(scales > 0, scales, 1.0)
    z = (x - means) / scales
    xp, yp = _pairwise(z, ranks)
    clf = LogisticRegression(C=C, fit_intercept=False, max_iter=10_000).fit(xp, yp)
    w = clf.coef_.ravel()
    raw = z @ w
    spread = raw.std()
    factor = target.std() / spread if spread > 0 else 0.0
    return CompositeModel(features, tuple(means.tolist()), tuple(scales.tolist()),
                          tuple((w * factor).tolist()), float(target.mean()), dict(meta or {}))


def cross_validated_composite(table: pd.DataFrame, ranks: Sequence[int], groups: Sequence[Any],
                              features: Sequence[str] = FEATURE_SETS[SHIPPED_VARIANT],
                              n_splits: int = 5, C: float = PAIRWISE_C) -> np.ndarray:
    """Out-of-fold composite scores: ``GroupKFold(n_splits)`` by ``groups`` (article).

    Each text is scored by a composite fitted (:func:`fit_composite`) on the other folds'
    articles only, calibrated on those folds, so no text's score has seen its article.
    Deterministic (``GroupKFold`` without shuffling, ``lbfgs``).
    """
    from sklearn.model_selection import GroupKFold, cross_val_predict

    return cross_val_predict(PairwiseComposite(tuple(features), C), table, np.asarray(ranks),
                             groups=np.asarray(groups), cv=GroupKFold(n_splits=n_splits))
