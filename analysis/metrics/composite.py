"""A composite readability grade fitted on texts written at known levels, and how to judge one.

The classic formulas weight two or three ratios with constants fitted decades ago on other texts.
:func:`composite_grade` weights the seven length-free ratios that a :func:`analysis.readability`
table's base counts allow (:data:`FEATURES`) with coefficients fitted on OneStopEnglish
(the same articles rewritten at three levels, Vajjala & Lucic 2018) so that, of two texts, the
harder one gets the higher score. The coefficients ship as JSON
(``analysis/resources/composite_grade.json``); :func:`composite_grade` only does arithmetic, and
``scripts/fit_composite.py`` re-fits them (:func:`fit_composite`, scikit-learn).

What the score is
    A *relative* difficulty score for comparing texts with each other, not a school grade
    anyone validated. It is linear: ``intercept + sum(coefficient * (ratio - mean) / scale)``.
    Its scale is borrowed from Flesch-Kincaid: on the training texts (mean FKGL 10.6, sd 2.2)
    the composite has the mean and standard deviation of their Flesch-Kincaid grade, so its
    values have the familiar size, but away from those texts it need not agree with FKGL (the
    project's seed article: FKGL 16.2, composite 13.1). Read differences between articles
    scored the same way, not a school grade.

Why no length feature
    OneStopEnglish's advanced versions are longer than its elementary ones (on the dev part
    about 810 against 530 words), so ``log(n_words)`` lifts every figure on that set (see
    ``benchmarks/readability.py``): article length is a property of the rewriting, not of how
    hard a sentence is to read. An outlet that publishes longer articles is not harder to read
    for that reason, and a comparison of outlets should not reward or punish length, so the
    shipped composite has no length feature. Its ratios do not change when a text is repeated
    twice.

Why pairwise
    The fit is a logistic regression on differences of standardised features between two texts
    of different level (a linear RankSVM with the logistic loss, Herbrich et al. 2000; Joachims
    2002), which optimises exactly what the cross-article check counts: that the harder of two
    texts scores higher.

Reading the coefficients
    The word-length ratios are strongly correlated (r 0.8-0.99), so their coefficients work in
    pairs and must be read together. ``complex_share`` (+) against ``polysyllable_share`` (-):
    long words *outside* the Dale-Chall list mark harder versions, long familiar ones easier
    versions. ``characters_per_token`` (+) against ``letters_per_word`` (-): their difference is
    mostly punctuation per token, and with sentence length held fixed more of it (commas,
    quotation marks: clauses and reported speech) marks harder versions. Both contrasts have
    the same sign in every cross-validation fold and for any penalty from C = 0.01 to 10.
    ``words_per_sentence`` has the largest weight of a feature that acts alone, so longer
    sentences always score harder; words that get longer in every ratio at once (more letters,
    syllables, unfamiliar long words) score harder too.

How good it is (OneStopEnglish dev, 285 texts, 95 articles; ``benchmarks/readability.py``)
    Out of fold (``GroupKFold(5)`` by article): cross-article accuracy 0.898 and pooled Spearman
    0.607, against 0.874 and 0.568 for the best single formula (ARI) with the same counts; the
    article-bootstrap 95% intervals of the gain, [-0.006, +0.053] and [-0.012, +0.090], include
    zero, so the gain is likely but not established on 95 articles. On the 661 cross-article
    pairs whose elementary text is at least as long as the advanced one it keeps 0.944
    (word count 0.005, the length variant 0.772). Plain word count has the higher Spearman on
    this set (0.669), for the length reason above.

Judging a measure on texts with known levels (used by the benchmark and the fit script):
:func:`cross_level_accuracy` (elementary text of one article below the advanced text of another),
:func:`within_group_pair_accuracy`, :func:`within_group_order_accuracy` and
:func:`pooled_spearman`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

RESOURCE_NAME = "composite_grade.json"
"""File name of the packaged artefact inside ``analysis/resources``."""

FEATURES: dict[str, tuple[str, str]] = {
    "words_per_sentence": ("n_words", "n_sentences"),
    "syllables_per_word": ("n_syllables", "n_words"),
    "polysyllable_share": ("n_polysyllables", "n_words"),
    "unfamiliar_share": ("n_difficult_words", "n_words"),
    "complex_share": ("n_complex_words", "n_words"),
    "letters_per_word": ("n_letters", "n_words"),
    "characters_per_token": ("n_characters", "n_space_tokens"),
}
"""Length-free features: ``name -> (numerator, denominator)`` base-count columns of a
:func:`analysis.readability.readability` table. Every ratio of the additive counts that the
classic formulas use (``unfamiliar_share``: words outside the Dale-Chall list;
``complex_share``: Fog's complex words, 3+ syllables and unfamiliar; ``characters_per_token``:
ARI's non-space characters per whitespace token)."""

LENGTH_FEATURE = "log_words"
"""``log(n_words)``: the length feature of the (not shipped) length variant."""

FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "length_free": tuple(FEATURES),
    "with_length": (LENGTH_FEATURE, *FEATURES),
    "fk_ratios": ("words_per_sentence", "syllables_per_word"),
}
"""Variants measured by the benchmark: the shipped one (``length_free``), the same plus article
length (``with_length``), and Flesch-Kincaid's two ratios re-weighted (``fk_ratios``)."""

SHIPPED_VARIANT = "length_free"
PAIRWISE_C = 1.0
"""Inverse L2 penalty of the pairwise logistic regression (scikit-learn's default; not tuned)."""

CALIBRATION_MEASURE = "flesch_kincaid_grade"
"""The measure whose mean and standard deviation on the training texts set the output scale."""

_SIG_DIGITS = 6


def feature_matrix(columns: Mapping[str, Any],
                   features: Sequence[str] = tuple(FEATURES)) -> np.ndarray:
    """The composite's features as a float array, one row per unit and one column per name of
    ``features``, from ``columns``: any mapping of the base-count column names of
    :data:`FEATURES` (and ``n_words`` for :data:`LENGTH_FEATURE`) to equal-length arrays (a
    DataFrame, or the dict of count arrays :func:`analysis.tables.aggregate.aggregate` sums).
    Units with ``n_words == 0`` or ``n_sentences == 0`` (or no whitespace token) get NaN in
    every feature, never an exception."""
    n_words = np.asarray(columns["n_words"], dtype=float)
    n_sent = np.asarray(columns["n_sentences"], dtype=float)
    empty = (n_words <= 0) | (n_sent <= 0)
    out = np.empty((n_words.size, len(features)))
    with np.errstate(divide="ignore", invalid="ignore"):
        for k, name in enumerate(features):
            if name == LENGTH_FEATURE:
                value = np.log(np.where(n_words > 0, n_words, np.nan))
            elif name in FEATURES:
                num, den = FEATURES[name]
                den_values = np.asarray(columns[den], dtype=float)
                value = (np.asarray(columns[num], dtype=float)
                         / np.where(den_values > 0, den_values, np.nan))
            else:
                raise ValueError(f"unknown feature {name!r}; choose from "
                                 f"{', '.join((LENGTH_FEATURE, *FEATURES))}")
            out[:, k] = np.where(empty, np.nan, value)
    return out


def composite_features(table: pd.DataFrame,
                       features: Sequence[str] = tuple(FEATURES)) -> pd.DataFrame:
    """Return the composite's features of a readability table, one row per row of ``table``
    (:func:`feature_matrix` as a DataFrame with the same index as ``table``).

    ``table`` needs the base-count columns named in :data:`FEATURES` (and ``n_words`` for
    :data:`LENGTH_FEATURE`). Rows with ``n_words == 0`` or ``n_sentences == 0`` (or no
    whitespace token) get NaN in every feature, never an exception.
    """
    return pd.DataFrame(feature_matrix(table, features), index=table.index,
                        columns=list(features))


@dataclass(frozen=True)
class CompositeModel:
    """A linear composite: ``intercept + sum(coefficients * (x - means) / scales)``."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    def predict(self, table: pd.DataFrame) -> pd.Series:
        """The composite of every row of a readability table (NaN for empty units)."""
        return pd.Series(self.predict_values(table), index=table.index, name="composite_grade")

    def predict_values(self, columns: Mapping[str, Any]) -> np.ndarray:
        """The composite of every unit of ``columns`` (as in :func:`feature_matrix`: a table
        or a dict of count arrays), as a float array (NaN for empty units)."""
        x = feature_matrix(columns, self.features)
        z = (x - np.asarray(self.means)) / np.asarray(self.scales)
        # Row by row, the same sum whatever the number of rows (a matrix product may order
        # it differently for one row than for many, so chunked results would differ by 1 ulp).
        return self.intercept + (z * np.asarray(self.coefficients)).sum(axis=1)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record, numbers rounded to 6 significant digits."""
        return {
            **self.meta,
            "features": [
                {"name": f, "numerator": _feature_parts(f)[0],
                 "denominator": _feature_parts(f)[1],
                 "mean": _round(m), "scale": _round(s), "coefficient": _round(c)}
                for f, m, s, c in zip(self.features, self.means, self.scales,
                                      self.coefficients, strict=True)
            ],
            "intercept": _round(self.intercept),
        }

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> CompositeModel:
        """Inverse of :meth:`to_dict`."""
        feats = record["features"]
        meta = {k: v for k, v in record.items() if k not in ("features", "intercept")}
        return cls(tuple(f["name"] for f in feats), tuple(float(f["mean"]) for f in feats),
                   tuple(float(f["scale"]) for f in feats),
                   tuple(float(f["coefficient"]) for f in feats), float(record["intercept"]),
                   meta)


def _feature_parts(name: str) -> tuple[str, str]:
    """Numerator and denominator (in words) of a feature, for the artefact."""
    return ("log(n_words)", "1") if name == LENGTH_FEATURE else FEATURES[name]


def _round(x: float) -> float:
    """Round to :data:`_SIG_DIGITS` significant digits (keeps the JSON short and stable)."""
    return float(f"{x:.{_SIG_DIGITS}g}")


def default_composite_path() -> Path:
    """Location of the packaged artefact."""
    from importlib.resources import files

    return Path(str(files("analysis") / "resources" / RESOURCE_NAME))


def load_composite(path: str | Path | None = None) -> CompositeModel:
    """Load the composite from its JSON artefact (default: the packaged one)."""
    p = Path(path) if path is not None else default_composite_path()
    if not p.is_file():
        raise FileNotFoundError(f"composite artefact not found at {p}; "
                                "run scripts/fit_composite.py")
    with p.open(encoding="utf-8") as f:
        return CompositeModel.from_dict(json.load(f))


@lru_cache(maxsize=1)
def default_composite() -> CompositeModel:
    """The packaged composite (:func:`load_composite` with no path), read once."""
    return load_composite()


def composite_grade(table: pd.DataFrame, model: CompositeModel | None = None) -> pd.Series:
    """Return the composite grade of every row of a :func:`analysis.readability.readability` table.

    A relative difficulty score for comparing texts (higher = harder), on Flesch-Kincaid's
    scale (see the module docstring for the scale, the training data and why it has no length
    feature). Computed from the base-count columns only, so it works for documents, paragraphs
    and sentences alike, though it was fitted and checked on whole articles. NaN where
    ``n_words == 0`` or ``n_sentences == 0``. ``model`` defaults to the packaged artefact
    (:func:`load_composite`). Returns a float Series named ``composite_grade`` with the table's
    index.
    """
    return (model or default_composite()).predict(table)
