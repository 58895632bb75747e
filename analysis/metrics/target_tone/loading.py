"""Loading a target-tone model of either kind: the encoder (the default) or the linear model.

Kept apart from :mod:`.model` and :mod:`.encoder` so that neither imports the other back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .encoder import load_encoder_model
from .model import DEFAULT_KIND, MODEL_KINDS, load_linear_model


def load_target_tone_model(path: str | Path | None = None, kind: str | None = None) -> Any:
    """Load (and cache) a target-tone model; both kinds have the same ``predict`` API.

    ``kind`` is ``"encoder"`` (the default, :data:`DEFAULT_KIND`; an
    :class:`~.encoder.EncoderToneModel`) or ``"linear"`` (a :class:`TargetToneModel`). ``path``
    is a linear artefact file (implies ``"linear"``) or a folder holding the encoder files;
    ``None`` means the packaged resources.
    """
    if kind is None:
        kind = "linear" if path is not None and Path(path).is_file() else DEFAULT_KIND
    if kind not in MODEL_KINDS:
        raise ValueError(f"unknown target-tone model kind {kind!r}; expected {MODEL_KINDS}")
    if kind == "encoder":
        return load_encoder_model(None if path is None else str(Path(path).resolve()))
    return load_linear_model(path)
