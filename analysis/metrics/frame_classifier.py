"""A supervised multi-label frame classifier (scikit-learn estimator) and its cross-validation.

Features: word n-gram TF-IDF over the package's tokens plus :func:`lexicon_features` (the frame
lexicon's scores, so a small training set starts from the lexicon's knowledge); model: one-vs-rest
logistic regression, one binary classifier per frame, on :class:`~sklearn.preprocessing.
MultiLabelBinarizer` targets in :data:`~analysis.metrics.frames.FRAMES` order.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sklearn.base import BaseEstimator, ClassifierMixin

from ..corpus.tokens import words
from .frame_labels import frame_agreement, parse_frames, read_frame_labels
from .frames import FRAMES, frame_scores

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd


def lower_words(text: str) -> list[str]:
    """Lower-case word tokens (the TF-IDF analyser)."""
    return [w.lower() for w in words(text)]


def lexicon_features(texts: Iterable[str], weight: float = 1.0) -> Any:
    """Dense lexicon features for the classifier: per frame the lexicon's cue score (capped at
    3, scaled to 0..1) and a 0/1 flag for passing the threshold (lexicon alone, without the
    shipped model), times ``weight``."""
    import numpy as np

    rows = []
    for t in texts:
        s = frame_scores(str(t), use_model=False)
        rows.append([min(s[f], 3.0) / 3.0 for f in FRAMES] +
                    [float(f in s["frames"]) for f in FRAMES])
    return np.asarray(rows, dtype=float).reshape(-1, 2 * len(FRAMES)) * weight


class FrameClassifier(ClassifierMixin, BaseEstimator):
    """Supervised multi-label frame classifier (a scikit-learn estimator).

    ``fit(texts, y)`` takes ``y`` as frame sets (iterables of frame names, or ``;``-joined
    strings) or as an indicator matrix in :data:`FRAMES` order; ``predict`` returns the
    indicator matrix (scikit-learn's multi-label convention) and :meth:`predict_frames` the
    frame sets. A frame is predicted when its probability is at least ``threshold``; frames
    absent from the training labels are never predicted.

    >>> clf = FrameClassifier().fit(texts, [{"alliance"}, set(), ...])  # doctest: +SKIP
    >>> clf.predict_frames(["The allies held talks."])  # doctest: +SKIP
    [{'alliance'}]
    """

    def __init__(self, C: float = 4.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 1,
                 use_lexicon: bool = True, lexicon_weight: float = 1.0,
                 class_weight: str | None = "balanced", threshold: float = 0.5,
                 max_iter: int = 2000) -> None:
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.use_lexicon = use_lexicon
        self.lexicon_weight = lexicon_weight
        self.class_weight = class_weight
        self.threshold = threshold
        self.max_iter = max_iter

    def _pipeline(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import FeatureUnion, Pipeline
        from sklearn.preprocessing import FunctionTransformer

        parts = [("tfidf", TfidfVectorizer(tokenizer=lower_words, token_pattern=None,
                                           lowercase=False, ngram_range=tuple(self.ngram_range),
                                           min_df=self.min_df, sublinear_tf=True))]
        if self.use_lexicon:
            parts.append(("lexicon", FunctionTransformer(
                lexicon_features, kw_args={"weight": self.lexicon_weight})))
        clf = LogisticRegression(C=self.C, class_weight=self.class_weight,
                                 max_iter=self.max_iter)
        return Pipeline([("features", FeatureUnion(parts)), ("clf", OneVsRestClassifier(clf))])

    def _targets(self, y: Any, n: int) -> Any:
        import numpy as np
        from sklearn.preprocessing import MultiLabelBinarizer

        self.mlb_ = MultiLabelBinarizer(classes=list(FRAMES))
        if hasattr(y, "shape") and len(getattr(y, "shape", ())) == 2:
            return np.asarray(y, dtype=int)
        sets = [parse_frames(s, "frame_sets") for s in y]
        if len(sets) != n:
            raise ValueError(f"fit: {n} texts but {len(sets)} label sets")
        return self.mlb_.fit_transform(sets)

    def fit(self, X: Sequence[str], y: Any) -> FrameClassifier:
        """Fit on sentences and their frames (sets, ``;``-joined strings or indicators)."""
        texts = [str(t) for t in X]
        target = self._targets(y, len(texts))
        if len(texts) < 2:
            raise ValueError("fit: need at least two labelled sentences")
        self.pipeline_ = self._pipeline()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Label not .* is present in all training")
            self.pipeline_.fit(texts, target)
        self.classes_ = list(FRAMES)
        self.n_train_ = len(texts)
        return self

    def predict_proba(self, X: Sequence[str]) -> Any:
        """Per-frame probabilities, an array of shape ``(n_texts, 4)`` in :data:`FRAMES`
        order."""
        if not hasattr(self, "pipeline_"):
            raise RuntimeError("FrameClassifier is not fitted; call fit() first")
        return self.pipeline_.predict_proba([str(t) for t in X])

    def predict(self, X: Sequence[str]) -> Any:
        """The predicted indicator matrix (``n_texts x 4``, :data:`FRAMES` order)."""
        return (self.predict_proba(X) >= self.threshold).astype(int)

    def predict_frames(self, X: Sequence[str]) -> list[set[str]]:
        """The predicted frame sets, one per text."""
        return [set(labels) for labels in self.mlb_.inverse_transform(self.predict(X))]


def train_frame_classifier(csv_path: str | Path | pd.DataFrame, text_column: str = "text",
                           frames_column: str = "frames", **params: Any) -> FrameClassifier:
    """Train a :class:`FrameClassifier` on a CSV of labelled sentences.

    The CSV needs a text column and a frames column (``;``-joined frame names; empty = no
    frame). A missing column raises ``ValueError("<file>: missing column 'frames' ...")``.
    ``params`` go to :class:`FrameClassifier`.
    """
    df = read_frame_labels(csv_path, text_column, frames_column)
    return FrameClassifier(**params).fit(df[text_column].tolist(), df["frame_set"].tolist())


def cross_validate_frames(data: str | Path | pd.DataFrame, cv: int = 5, seed: int = 0,
                          text_column: str = "text", frames_column: str = "frames",
                          **params: Any) -> pd.DataFrame:
    """K-fold cross-validation of :class:`FrameClassifier` on labelled sentences.

    Folds are shuffled with ``seed`` (deterministic). Out-of-fold predictions are pooled and
    scored with :func:`~analysis.metrics.frame_labels.frame_agreement`: rows per frame plus
    ``micro`` and ``macro``. ``attrs`` holds ``cv``, ``n_sentences`` and ``fold_micro_f1``.
    """
    from sklearn.model_selection import KFold

    df = read_frame_labels(data, text_column, frames_column)
    n = len(df)
    if cv < 2 or cv > n:
        raise ValueError(f"cross_validate_frames: cv must be between 2 and the number of "
                         f"labelled sentences ({n}), got {cv}")
    texts = df[text_column].tolist()
    gold = df["frame_set"].tolist()
    pred: list[set[str]] = [set() for _ in range(n)]
    fold_f1 = []
    for train, test in KFold(n_splits=cv, shuffle=True, random_state=seed).split(texts):
        clf = FrameClassifier(**params).fit([texts[i] for i in train], [gold[i] for i in train])
        fold_pred = clf.predict_frames([texts[i] for i in test])
        for i, p in zip(test, fold_pred, strict=True):
            pred[i] = p
        fold_f1.append(float(frame_agreement([gold[i] for i in test], fold_pred)
                             .loc["micro", "f1"]))
    out = frame_agreement(gold, pred)
    out.attrs.update({"cv": cv, "n_sentences": n, "fold_micro_f1": fold_f1})
    return out
