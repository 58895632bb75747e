"""Fitting and writing the target-tone model (used by ``scripts/train_target_tone.py``,
``benchmarks/target_tone.py`` and the tests; never imported when a model is loaded).

Reads NewsMTSC (Hamborg & Donnay, EACL 2021), fits the featuriser (vocabularies ordered
alphabetically, idf and scaling rounded to 6 significant digits), a multinomial logistic
regression (balanced class weights by default) and its calibration (scikit-learn's
``CalibratedClassifierCV``), and writes the artefact as gzipped JSON with stable bytes.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...io import write_bytes_atomic
from .features import (
    DENSE_NAMES,
    SPACE_ORDER,
    TargetToneFeaturizer,
    TfidfSpace,
    dense_features,
    prepare_all,
    space_docs,
    vectorizer_params,
)
from .model import (
    CALIBRATION_METHODS,
    FORMAT_VERSION,
    LABELS,
    UNCERTAIN_BELOW,
    TargetToneModel,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    import pandas as pd

POLARITY_TO_LABEL: dict[float, str] = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
"""NewsMTSC ``polarity`` codes mapped to labels."""

DEFAULT_SETTINGS: dict[str, Any] = {
    "mask_repeats": True,
    "lowercase": True,
    "word": {"ngram_range": [1, 2], "min_df": 2, "max_features": 40000, "weight": 1.0},
    "char": {"ngram_range": [2, 5], "min_df": 3, "max_features": 60000, "weight": 1.0},
    "window": {
        "size": 6,
        "ngram_range": [1, 2],
        "min_df": 2,
        "max_features": 30000,
        "weight": 1.0,
        "near": 2,
        "lex_tags": True,
    },
    "dense": {"enabled": True, "weight": 1.0, "tau": 4.0},
}
"""Feature settings of the shipped model; the artefact stores the settings it was fitted with."""


def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """Flatten a NewsMTSC jsonl file to one row per (sentence, target).

    Columns: ``sentence_id``, ``text``, ``start``, ``end``, ``mention``, ``label``. A record
    without ``sentence_normalized``/``targets`` or with an unknown polarity raises
    :class:`ValueError` naming the file and line.
    """
    import pandas as pd

    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text = rec["sentence_normalized"]
                for t in rec["targets"]:
                    rows.append(
                        {
                            "sentence_id": i,
                            "text": text,
                            "start": int(t["from"]),
                            "end": int(t["to"]),
                            "mention": t["mention"],
                            "label": POLARITY_TO_LABEL[float(t["polarity"])],
                        }
                    )
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}, line {i + 1}: bad NewsMTSC record ({exc!r})") from None
    return pd.DataFrame(rows)


def round_sig(x: float, digits: int = 6) -> float:
    """Round ``x`` to ``digits`` significant digits (0 stays 0), as a plain Python float."""
    x = float(x)
    if x == 0.0 or not math.isfinite(x):
        return 0.0 if not math.isfinite(x) else x
    return float(f"{x:.{digits}g}")


def fit_tfidf_space(
    kind: str,
    docs: Sequence[str],
    ngram_range: Sequence[int],
    min_df: int,
    max_features: int | None,
    weight: float,
) -> TfidfSpace:
    """Learn vocabulary and smoothed idf from ``docs`` (same definition as scikit-learn)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    ngr = (int(ngram_range[0]), int(ngram_range[1]))
    vec = TfidfVectorizer(
        **vectorizer_params(kind, ngr),
        min_df=min_df,
        max_features=max_features,
        sublinear_tf=True,
        smooth_idf=True,
    )
    vec.fit(list(docs))
    # Re-index the vocabulary alphabetically so the artefact is byte-stable.
    terms = sorted(vec.vocabulary_)
    old = [vec.vocabulary_[t] for t in terms]
    idf = [float(round_sig(vec.idf_[i])) for i in old]
    return TfidfSpace(kind, ngr, {t: i for i, t in enumerate(terms)}, idf, weight)


def fit_featurizer(
    texts: Sequence[str],
    spans: Sequence[tuple[int, int]],
    settings: Mapping[str, Any] | None = None,
) -> TargetToneFeaturizer:
    """Learn vocabularies, idf weights and dense-feature scaling from training data."""
    import numpy as np

    st = json.loads(json.dumps(dict(settings or DEFAULT_SETTINGS)))
    prepared = prepare_all(texts, spans, st)
    docs = space_docs(prepared, st)
    spaces: dict[str, TfidfSpace] = {}
    for name, kind in SPACE_ORDER:
        cfg = st.get(name)
        if not cfg or cfg.get("weight", 1.0) == 0:
            continue
        spaces[name] = fit_tfidf_space(
            kind,
            docs[name],
            cfg["ngram_range"],
            int(cfg["min_df"]),
            cfg.get("max_features"),
            float(cfg.get("weight", 1.0)),
        )
    feat = TargetToneFeaturizer(st, spaces)
    if st["dense"]["enabled"]:
        dense = np.asarray([dense_features(p, float(st["dense"]["tau"])) for p in prepared])
        mean = dense.mean(axis=0)
        scale = dense.std(axis=0)
        scale[scale < 1e-9] = 1.0
        feat.dense_mean = [round_sig(x) for x in mean]
        feat.dense_scale = [round_sig(x) for x in scale]
    return feat


def space_to_dict(space: TfidfSpace) -> dict[str, Any]:
    """JSON-ready entry of a TF-IDF space (vocabulary stored as a list ordered by column)."""
    terms = sorted(space.vocabulary, key=space.vocabulary.__getitem__)
    return {
        "kind": space.kind,
        "ngram_range": list(space.ngram_range),
        "weight": space.weight,
        "terms": terms,
        "idf": [round_sig(x) for x in space.idf],
    }


def featurizer_to_dict(feat: TargetToneFeaturizer) -> dict[str, Any]:
    """JSON-ready entry of the featuriser (inverse of ``TargetToneFeaturizer.from_dict``)."""
    return {
        "settings": feat.settings,
        "spaces": {k: space_to_dict(v) for k, v in feat.spaces.items()},
        "dense_names": list(DENSE_NAMES) if feat.settings["dense"]["enabled"] else [],
        "dense_mean": feat.dense_mean,
        "dense_scale": feat.dense_scale,
    }


def model_to_dict(model: TargetToneModel) -> dict[str, Any]:
    """JSON-ready artefact (floats rounded to 6 significant digits)."""
    import numpy as np

    calibration = {
        k: ([round_sig(x) for x in v] if isinstance(v, list) else
            round_sig(v) if isinstance(v, float) else v)
        for k, v in model.calibration.items()
    }
    return {
        "format": FORMAT_VERSION,
        "labels": list(model.labels),
        "meta": model.meta,
        "featurizer": featurizer_to_dict(model.featurizer),
        "head": {
            "coef": [[round_sig(v) for v in row] for row in np.asarray(model.coef)],
            "intercept": [round_sig(v) for v in np.asarray(model.intercept)],
        },
        "calibration": calibration,
        "uncertain_below": float(model.uncertain_below),
    }


def save_model(model: TargetToneModel, path: str | Path) -> bytes:
    """Write the artefact as (gzipped if ``.gz``) JSON with stable bytes; returns them."""
    payload = json.dumps(
        model_to_dict(model), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")
    path = Path(path)
    if path.suffix == ".gz":
        payload = gzip.compress(payload, compresslevel=9, mtime=0)
    write_bytes_atomic(path, payload)
    return payload


def label_codes(labels: Sequence[str]) -> np.ndarray:
    """Class indices (in :data:`LABELS` order) of ``labels``; all three classes must occur."""
    import numpy as np

    unknown = sorted(set(labels) - set(LABELS))
    if unknown:
        raise ValueError(f"unknown labels {unknown}; expected {LABELS}")
    y = np.asarray([LABELS.index(lab) for lab in labels])
    if len(set(y.tolist())) != len(LABELS):
        raise ValueError("training data must contain all three classes")
    return y


def cv_splits(y: np.ndarray, groups: Sequence[Any] | None, k: int) -> list[tuple[Any, Any]]:
    """Stratified K-fold splits (grouped when ``groups`` is given, so that all targets of one
    sentence stay in one fold), shuffled with seed 0: deterministic."""
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    idx = list(range(len(y)))
    if groups is None:
        return list(StratifiedKFold(k, shuffle=True, random_state=0).split(idx, y))
    return list(StratifiedGroupKFold(k, shuffle=True, random_state=0).split(idx, y, groups))


def calibration_params(calibrated: Any, method: str) -> dict[str, Any]:
    """The calibration map of a fitted ``CalibratedClassifierCV(ensemble=False)`` as JSON."""
    cals = calibrated.calibrated_classifiers_[0].calibrators
    if method == "sigmoid":
        return {"method": method, "a": [float(c.a_) for c in cals],
                "b": [float(c.b_) for c in cals]}
    return {"method": method, "beta": float(cals[0].beta_)}


def fit_target_tone_model(
    texts: Sequence[str],
    spans: Sequence[tuple[int, int]],
    labels: Sequence[str],
    settings: Mapping[str, Any] | None = None,
    c: float = 1.0,
    calibration: str = "sigmoid",
    cv: int = 5,
    groups: Sequence[Any] | None = None,
    uncertain_below: float = UNCERTAIN_BELOW,
    meta: Mapping[str, Any] | None = None,
    class_weight: str | None = "balanced",
) -> TargetToneModel:
    """Fit the featuriser and a multinomial logistic regression (``C = c``; ``class_weight``
    ``None``, the training shares as priors, or ``"balanced"``, uniform priors), then
    calibrate its scores with ``CalibratedClassifierCV(method=calibration, cv=...,
    ensemble=False)``: the calibration map is fitted on ``cv``-fold out-of-fold scores (folds
    grouped by ``groups``), the head on all the data. ``calibration="none"`` skips it.

    Deterministic: ``newton-cg`` has no randomness, folds are shuffled with seed 0 and
    vocabularies are ordered alphabetically.
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression

    if calibration not in CALIBRATION_METHODS:
        raise ValueError(f"calibration must be one of {CALIBRATION_METHODS}, not {calibration!r}")
    y = label_codes(labels)
    feat = fit_featurizer(texts, spans, settings)
    x = feat.transform(texts, spans)
    if class_weight not in (None, "balanced"):
        raise ValueError(f"class_weight must be None or 'balanced', not {class_weight!r}")
    clf = LogisticRegression(
        C=float(c), class_weight=class_weight, solver="newton-cg", max_iter=1000, tol=1e-6
    )
    if calibration == "none":
        head, params = clf.fit(x, y), {"method": "none"}
    else:
        cal = CalibratedClassifierCV(
            clf, method=calibration, cv=cv_splits(y, groups, cv), ensemble=False
        ).fit(x, y)
        head = cal.calibrated_classifiers_[0].estimator
        params = calibration_params(cal, calibration)
    meta_d = dict(meta or {})
    meta_d.update({"C": float(c), "calibration": calibration, "calibration_cv_folds": cv})
    return TargetToneModel(
        feat, head.coef_.copy(), head.intercept_.copy(), params, uncertain_below, LABELS, meta_d
    )
