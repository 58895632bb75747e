"""The shipped target-tone model: load the JSON artefact and predict tone toward a target.

The artefact (``analysis/resources/target_tone.json.gz``) is plain gzipped JSON written by
``scripts/train_target_tone.py`` - never pickle. It holds the featuriser (vocabularies, idf
weights, dense-feature scaling, settings), one multinomial linear head, the calibration map
fitted by scikit-learn's ``CalibratedClassifierCV`` on cross-validated training predictions,
and the confidence below which a mention is labelled ``uncertain``.

Labels: the calibrated class with the highest probability, except

* ``uncertain`` when that probability is below :attr:`TargetToneModel.uncertain_below`
  (a documented confidence, see :data:`UNCERTAIN_BELOW`), and
* ``uncertain`` when the top class is *positive* but the target is the object of pressure or
  the source of a hostile act in its clause (:mod:`.roles`): such a sentence cannot show
  favour toward the actor, so the model's positive reading is not trusted.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .features import TargetToneFeaturizer, prepare_all
from .roles import CRITIC, NEUTRAL_LEANING, ROLES, mention_role

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    import pandas as pd

FORMAT_VERSION = "target-tone/3"
"""Schema version of the JSON artefact; bumped whenever the feature extraction changes."""

LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
"""Class labels in the column order of the probability matrix."""

UNCERTAIN = "uncertain"
"""Label of a mention whose tone the model does not call (see the module docstring)."""

UNCERTAIN_BELOW = 0.55
"""Default confidence: a mention whose top calibrated probability is below it is ``uncertain``.

Chosen on NewsMTSC dev (dev_rw and dev_mt pooled, 785 targets; ``benchmarks/target_tone.py
--thresholds``) as the confidence below which the argmax label is a coin flip. In bins of top
probability, the label was right 42.6 % of the time below 0.45, 51.5 % in [0.45, 0.50), 45.8 %
in [0.50, 0.55), then 57.0 % in [0.55, 0.60), 67.5 % in [0.60, 0.65) and 92.2 % above 0.8.
Below 0.55 a label would be as often wrong as right, so none is claimed. About a quarter of
the dev mentions fall below it (22.7 % of dev_rw, 27.4 % of dev_mt).
"""

RESOURCE_NAME = "target_tone.json.gz"
"""File name of the packaged artefact inside ``analysis/resources``."""

CALIBRATION_METHODS = ("none", "sigmoid", "temperature")
"""Calibration maps the artefact may hold (scikit-learn's ``CalibratedClassifierCV`` methods)."""


def _expit(x: Any) -> Any:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-x))


def calibrate(z: np.ndarray, calibration: Mapping[str, Any]) -> np.ndarray:
    """Calibrated probabilities from decision values ``z`` (shape ``(n, 3)``).

    The formulas are scikit-learn's (``sklearn.calibration``): ``sigmoid`` fits Platt's
    ``1 / (1 + exp(a z_k + b))`` one-vs-rest per class and renormalises the rows (uniform
    where all three are zero); ``temperature`` is ``softmax(beta z)`` (Guo et al. 2017);
    ``none`` is the plain softmax.
    """
    import numpy as np

    method = calibration.get("method", "none")
    if method == "sigmoid":
        a, b = np.asarray(calibration["a"]), np.asarray(calibration["b"])
        proba = _expit(-(a * z + b))
        total = proba.sum(axis=1, keepdims=True)
        proba = np.divide(proba, total, out=np.full_like(proba, 1 / z.shape[1]), where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba
    if method not in ("temperature", "none"):
        raise ValueError(f"unknown calibration method {method!r}; expected {CALIBRATION_METHODS}")
    beta = float(calibration["beta"]) if method == "temperature" else 1.0
    z = beta * z
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def decide_labels(
    proba: np.ndarray, roles: Sequence[str], uncertain_below: float, labels: Sequence[str] = LABELS
) -> list[str]:
    """Label per row: the top class, or :data:`UNCERTAIN` when its probability is below
    ``uncertain_below`` or when it is *positive* for a target with an adverse ``role``
    (:data:`.roles.ROLES`)."""
    out = []
    for row, role in zip(proba, roles, strict=True):
        top = int(row.argmax())
        weak = float(row[top]) < uncertain_below
        adverse = role in ROLES and labels[top] == "positive"
        out.append(UNCERTAIN if weak or adverse else labels[top])
    return out


CRITIC_NEUTRAL_WEIGHT = 0.5
"""Weight of *neutral* in a critic's probabilities after :func:`lean_critics_neutral`.

The package's actor labelling (``data/actor_tone_team_README.md``) reads the one who condemns
as neutral: "Pyongyang accused Washington of ..." is negative toward Washington, not toward
Pyongyang; governments and their organs condemn as routine. The model reads the sentence's
hostile words as aimed at every actor in it. At 0.5 neutral is the critic's top class whatever
the model said (a label below :data:`UNCERTAIN_BELOW` stays ``uncertain``); the probabilities
keep half the model's reading. NewsMTSC labels critics otherwise (US politicians who accuse
or blame are mostly *negative* there: 25 of 43 such targets in train, all 3 in dev), so the
rule is the actor table's, not the model's (:func:`analysis.metrics.actor_tone.actor_tone`).
"""


def lean_critics_neutral(table: pd.DataFrame, weight: float = CRITIC_NEUTRAL_WEIGHT,
                         uncertain_below: float = UNCERTAIN_BELOW) -> pd.DataFrame:
    """A copy of a ``predict`` table whose :data:`.roles.NEUTRAL_LEANING` rows (the critic, a
    person the critic is described by, the one whose offer is refused, the one addressed) have
    their probabilities blended with *neutral* (``(1 - weight) p + weight e_neutral``) and
    their ``tone_label`` decided again (:func:`decide_labels` at ``uncertain_below``); other
    rows are unchanged."""
    import numpy as np

    out = table.copy()
    critic = out["role"].isin(NEUTRAL_LEANING).to_numpy()
    if not critic.any() or not weight:
        return out
    cols = [f"p_{lab}" for lab in LABELS]
    proba = out.loc[critic, cols].to_numpy(dtype=float) * (1.0 - weight)
    proba[:, LABELS.index("neutral")] += weight
    out.loc[critic, cols] = proba
    labels = decide_labels(proba, [CRITIC] * len(proba), uncertain_below)
    out.loc[critic, "tone_label"] = np.asarray(labels, dtype=object)
    return out


class ToneModelApi:
    """What both tone models offer on top of their ``predict`` (the linear
    :class:`TargetToneModel` and :class:`.encoder.EncoderToneModel`)."""

    labels: tuple[str, ...]
    uncertain_below: float

    def tone_table(self, proba: np.ndarray, roles: list[str],
                   uncertain_below: float | None = None) -> pd.DataFrame:
        """The table ``predict`` returns, from the calibrated ``proba`` (rows in ``labels``
        order) and each target's adverse ``role``: ``tone_label`` (:func:`decide_labels` at
        ``uncertain_below``, default the model's), ``p_<label>`` and ``role``."""
        import pandas as pd

        threshold = self.uncertain_below if uncertain_below is None else float(uncertain_below)
        df = pd.DataFrame(proba, columns=[f"p_{lab}" for lab in self.labels])
        df.insert(0, "tone_label", pd.Series(decide_labels(proba, roles, threshold, self.labels),
                                             dtype=object))
        df["role"] = pd.Series(roles, dtype=object)
        return df

    def predict_proba(self, texts: Sequence[str], spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """Calibrated class probabilities, shape ``(n, 3)``, columns in :attr:`labels` order."""
        return self.predict(texts, spans)[[f"p_{lab}" for lab in self.labels]].to_numpy()

    def predict_one(self, text: str, start: int, end: int) -> str:
        """Tone label toward ``text[start:end]``."""
        return str(self.predict([text], [(start, end)]).loc[0, "tone_label"])


@dataclass
class TargetToneModel(ToneModelApi):
    """Featuriser, one multinomial linear head (``coef`` of shape ``(3, n_features)`` and
    ``intercept``, classes in :data:`LABELS` order) and its calibration map."""

    featurizer: TargetToneFeaturizer
    coef: Any
    intercept: Any
    calibration: dict[str, Any] = field(default_factory=lambda: {"method": "none"})
    uncertain_below: float = UNCERTAIN_BELOW
    labels: tuple[str, ...] = LABELS
    meta: dict[str, Any] = field(default_factory=dict)

    def decision_function(self, x: Any) -> np.ndarray:
        """Uncalibrated class scores ``x @ coef.T + intercept`` for a design matrix ``x``."""
        import numpy as np

        return np.asarray(x @ np.asarray(self.coef).T) + np.asarray(self.intercept)

    def proba_from_matrix(self, x: Any) -> np.ndarray:
        """Calibrated class probabilities for a design matrix ``x``."""
        return calibrate(self.decision_function(x), self.calibration)

    def predict(
        self,
        texts: Sequence[str],
        spans: Sequence[tuple[int, int]],
        uncertain_below: float | None = None,
    ) -> pd.DataFrame:
        """Tone toward each target: ``tone_label`` (negative/neutral/positive/uncertain), the
        calibrated ``p_negative``/``p_neutral``/``p_positive`` and the target's adverse
        ``role`` (``pressure_object``, ``hostile_source``, ``critic`` or ``""``).

        ``spans[i] = (start, end)`` is the character span of the target mention in ``texts[i]``;
        ``uncertain_below`` overrides the artefact's confidence. Raises :class:`ValueError` for
        empty texts or invalid spans.
        """
        import numpy as np

        if isinstance(texts, str):
            raise ValueError("texts must be a sequence of strings, not a single string")
        prepared = prepare_all(texts, spans, self.featurizer.settings)
        proba = (
            self.proba_from_matrix(self.featurizer.transform_prepared(prepared))
            if prepared
            else np.zeros((0, len(self.labels)))
        )
        roles = [mention_role(p) for p in prepared]
        return self.tone_table(proba, roles, uncertain_below)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TargetToneModel:
        """Build a model from the artefact dictionary (validates format and shapes)."""
        import numpy as np

        if d.get("format") != FORMAT_VERSION:
            raise ValueError(
                f"unsupported artefact format {d.get('format')!r}; expected {FORMAT_VERSION!r}"
            )
        feat = TargetToneFeaturizer.from_dict(d["featurizer"])
        labels = tuple(d["labels"])
        coef = np.asarray(d["head"]["coef"], dtype=np.float64)
        intercept = np.asarray(d["head"]["intercept"], dtype=np.float64)
        if coef.shape != (len(labels), feat.n_features) or intercept.shape != (len(labels),):
            raise ValueError(
                f"corrupt artefact: coef shape {coef.shape}, expected "
                f"{(len(labels), feat.n_features)}"
            )
        calibration = dict(d["calibration"])
        if calibration.get("method") not in CALIBRATION_METHODS:
            raise ValueError(f"corrupt artefact: unknown calibration {calibration.get('method')!r}")
        return cls(feat, coef, intercept, calibration, float(d["uncertain_below"]), labels,
                   dict(d.get("meta", {})))


def read_artefact(path: str | Path) -> dict[str, Any]:
    """Parse a (possibly gzipped) JSON artefact - plain JSON, never pickle."""
    raw = Path(path).read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return json.loads(raw.decode("utf-8"))


@lru_cache(maxsize=8)
def _load_cached(path: str) -> TargetToneModel:
    return TargetToneModel.from_dict(read_artefact(path))


def default_model_path() -> Path:
    """Location of the packaged artefact (found with :mod:`importlib.resources`)."""
    from importlib.resources import files

    return Path(str(files("analysis") / "resources" / RESOURCE_NAME))


MODEL_KINDS = ("encoder", "linear")
"""Models :func:`load_target_tone_model` can load."""

DEFAULT_KIND = "encoder"
"""The default model: the fine-tuned encoder (:mod:`.encoder`); ``"linear"`` is this module's
model, about a hundred times faster and a few points of macro-F1 weaker."""


def load_linear_model(path: str | Path | None = None) -> TargetToneModel:
    """Load (and cache) the linear model from the artefact ``path`` (default: the packaged
    one, :func:`default_model_path`)."""
    p = Path(path) if path is not None else default_model_path()
    if not p.is_file():
        raise FileNotFoundError(
            f"target-tone artefact not found at {p}; run scripts/train_target_tone.py"
        )
    return _load_cached(str(p.resolve()))
