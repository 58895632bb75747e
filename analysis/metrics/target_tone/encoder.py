"""The fine-tuned encoder for target-dependent tone: an int8 ONNX MiniLM run by onnxruntime.

``scripts/train_target_tone_encoder.py`` fine-tunes sentence-transformers/all-MiniLM-L6-v2
(Apache-2.0) on NewsMTSC train with the target between marker tokens
(:mod:`.encoder_inputs`), fits a temperature on a held-out tenth of train and exports the
network to ONNX, dynamically quantised to int8. The package ships three files in
``analysis/resources``: the model (:data:`ENCODER_RESOURCE`), the tokenizer
(:data:`TOKENIZER_RESOURCE`) and the settings with the temperature (:data:`SETTINGS_RESOURCE`).
At run time only onnxruntime and tokenizers are needed (no torch).

Determinism: one onnxruntime thread (intra- and inter-op) and one mention per ``run`` call, so
a mention's probabilities do not depend on which other mentions are scored with it (dynamic
int8 quantisation scales each activation tensor by its own range, which in a padded batch would
mix rows). Tokenisation is batched.

The calibrated encoder probabilities are blended with the linear model's (:data:`BLEND_LINEAR`;
:data:`ROLE_BLEND_LINEAR` for a mention with an adverse role). Labels and the ``uncertain``
rule are those of :func:`.model.decide_labels`: a positive reading of a deterred, condemned or
hostile target is never claimed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..onnx_models import onnx_session, resources_dir
from .encoder_inputs import encode
from .features import prepare_all
from .model import (
    LABELS,
    UNCERTAIN_BELOW,
    TargetToneModel,
    ToneModelApi,
    calibrate,
    load_linear_model,
)
from .roles import adverse_role, mention_role

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    import pandas as pd

ENCODER_RESOURCE = "target_tone_encoder.onnx"
"""File name of the int8 ONNX model inside ``analysis/resources``."""

TOKENIZER_RESOURCE = "target_tone_tokenizer.json"
"""File name of the tokenizer (MiniLM's WordPiece plus the two marker tokens)."""

SETTINGS_RESOURCE = "target_tone_encoder.json"
"""File name of the settings written by the training script (temperature, max_len, scores)."""

SETTINGS_FORMAT = "target-tone-encoder/1"
"""Schema version of the settings file."""

BLEND_LINEAR = 0.2
"""Weight of the linear model's calibrated probabilities in the blend (0 = encoder alone).

Chosen on NewsMTSC dev (the mean of dev_rw and dev_mt macro-F1, weights 0 to 1 by 0.1,
``benchmarks/target_tone.py --blend W``): 78.3 alone, 78.5 at 0.1 and 0.2, 78.1 at 0.3, then
falling to 67.5 for the linear model alone."""

ROLE_BLEND_LINEAR = 0.5
"""Weight of the linear model for a mention with an adverse role among the linear model's
features (:func:`.roles.adverse_role`; not the roles read at labelling time only,
:mod:`.label_roles`, which the linear model has never seen).

The linear model has the roles as features; the encoder reads "deter aggression from X" as
mostly neutral toward X. Dev has 13 such mentions and no label changes with this weight; on the
team actor set (no longer blind) it lifts macro-F1 by about 2 points (``docs/benchmarks.md``)."""


@dataclass
class EncoderToneModel(ToneModelApi):
    """The int8 encoder (an onnxruntime session and its tokenizer), its temperature and the
    linear model (for the role rule's text preparation and the optional blend)."""

    session: Any
    tokenizer: Any
    linear: TargetToneModel
    beta: float
    max_len: int
    blend: float = BLEND_LINEAR
    role_blend: float = ROLE_BLEND_LINEAR
    uncertain_below: float = UNCERTAIN_BELOW
    labels: tuple[str, ...] = LABELS
    meta: dict[str, Any] = field(default_factory=dict)

    def logits(self, texts: Sequence[str], spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """Uncalibrated encoder scores, shape ``(n, 3)``, one ``run`` per mention (a progress
        bar on a terminal for more than 1,000 mentions)."""
        import numpy as np

        from ...progress import progress_bar

        ids, mask, marker = encode(self.tokenizer, texts, spans, self.max_len)
        out = np.zeros((len(ids), len(self.labels)), dtype=np.float64)
        lengths = mask.sum(axis=1)
        # about 6 ms a mention: a bar (on a terminal only) once a run takes more than seconds
        with progress_bar(len(ids), "tone toward actors", None if len(ids) > 1000 else False,
                          unit="mention") as bar:
            for i, n in enumerate(lengths):
                feeds = {"input_ids": ids[i:i + 1, :n], "attention_mask": mask[i:i + 1, :n],
                         "marker": marker[i:i + 1]}
                out[i] = self.session.run(["logits"], feeds)[0][0]
                bar.update(1)
        return out

    def predict(
        self,
        texts: Sequence[str],
        spans: Sequence[tuple[int, int]],
        uncertain_below: float | None = None,
    ) -> pd.DataFrame:
        """Tone toward each target, with the columns of :meth:`TargetToneModel.predict`:
        ``tone_label``, ``p_negative``, ``p_neutral``, ``p_positive`` and ``role``."""
        import numpy as np

        if isinstance(texts, str):
            raise ValueError("texts must be a sequence of strings, not a single string")
        prepared = prepare_all(texts, spans, self.linear.featurizer.settings)
        if prepared:
            proba = calibrate(self.logits(texts, spans),
                              {"method": "temperature", "beta": self.beta})
        else:
            proba = np.zeros((0, len(self.labels)))
        roles = [mention_role(p) for p in prepared]
        if prepared and (self.blend or self.role_blend):
            lin = self.linear.proba_from_matrix(self.linear.featurizer.transform_prepared(prepared))
            # the linear model's own role features: the roles of .label_roles are not among them
            featured = [bool(adverse_role(p)) for p in prepared]
            w = np.where(featured, self.role_blend, self.blend)[:, None]
            proba = (1.0 - w) * proba + w * lin
        return self.tone_table(proba, roles, uncertain_below)


def read_settings(folder: Path) -> dict[str, Any]:
    """The encoder settings file in ``folder`` (validates its format)."""
    settings = json.loads((folder / SETTINGS_RESOURCE).read_text(encoding="utf-8"))
    if settings.get("format") != SETTINGS_FORMAT:
        raise ValueError(f"unsupported encoder settings format {settings.get('format')!r}; "
                         f"expected {SETTINGS_FORMAT!r}")
    return settings


@lru_cache(maxsize=4)
def load_encoder_model(
    folder: str | None = None, blend: float | None = None, role_blend: float | None = None
) -> EncoderToneModel:
    """Load (once, cached) the encoder from ``folder`` (default: the packaged resources),
    with the packaged linear model as its companion, weighted ``blend`` (default
    :data:`BLEND_LINEAR`) and, for a mention with an adverse role, ``role_blend`` (default
    :data:`ROLE_BLEND_LINEAR`); ``0, 0`` is the encoder alone."""
    try:
        import onnxruntime  # noqa: F401 - checked here for the error below
        from tokenizers import Tokenizer
    except ImportError as exc:  # pragma: no cover - both are package dependencies
        raise ImportError(f"the target-tone encoder needs onnxruntime and tokenizers ({exc}); "
                          "install the package's dependencies, or load the linear model with "
                          "load_target_tone_model(kind='linear')") from exc

    where = Path(folder) if folder is not None else resources_dir()
    model_path = where / ENCODER_RESOURCE
    if not model_path.is_file():
        raise FileNotFoundError(f"target-tone encoder not found at {model_path}; run "
                                "scripts/train_target_tone_encoder.py")
    settings = read_settings(where)
    session = onnx_session(model_path)
    tokenizer = Tokenizer.from_file(str(where / TOKENIZER_RESOURCE))
    return EncoderToneModel(
        session, tokenizer, load_linear_model(),
        float(settings["calibration"]["beta"]), int(settings["max_len"]),
        BLEND_LINEAR if blend is None else float(blend),
        ROLE_BLEND_LINEAR if role_blend is None else float(role_blend),
        meta={k: settings[k] for k in ("model_version", "base_model", "int8_check")
              if k in settings})
