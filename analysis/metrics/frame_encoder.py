"""An opt-in frame encoder: fine-tuned MiniLM as a four-frame classifier, int8 ONNX.

``scripts/train_frame_encoder.py`` fine-tunes sentence-transformers/all-MiniLM-L6-v2
(Apache-2.0) on the team's labelled sentences (every set but the blind set 10) as a multi-label
classifier of the four frames, and exports it to ONNX, quantised to int8. The package ships the
model (:data:`ENCODER_RESOURCE`), its tokenizer (:data:`TOKENIZER_RESOURCE`) and its settings
(:data:`SETTINGS_RESOURCE`) in ``analysis/resources`` (licence in
``frame_encoder.README.txt``). Only onnxruntime and tokenizers are needed at run time.

It is **not** the default: the default frames are the lexicon plus the TF-IDF model
(:func:`analysis.metrics.frames.frame_scores`), about a hundred times cheaper. The encoder costs
about 6 ms of CPU a sentence. :func:`encoder_frame_scores` gives the default result plus every
frame the encoder gives a probability of at least :data:`THRESHOLD`, on any sentence (the rule
chosen on validation; ``docs/benchmarks.md``, *Frames*: team set 10 0.809 against the default's
0.762, but it also gives a frame to 6% of off-topic news lines against the default's 0.05%).
``sentence_table(corpus, frames="encoder")`` (:mod:`analysis.tables.sentences`) does the same
for every sentence of a table.

Determinism: one onnxruntime thread and one sentence per ``run`` call (dynamic int8 quantisation
scales each activation tensor by its own range, so padding other sentences in would change a
sentence's probabilities).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .frame_lexicon import FRAMES, denied_frames
from .onnx_models import onnx_session, padded, resources_dir

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

ENCODER_RESOURCE = "frame_encoder.onnx"
"""File name of the int8 ONNX model inside ``analysis/resources``."""

TOKENIZER_RESOURCE = "frame_encoder_tokenizer.json"
"""File name of its tokenizer (MiniLM's WordPiece)."""

SETTINGS_RESOURCE = "frame_encoder.json"
"""File name of the settings written by the training script."""

SETTINGS_FORMAT = "frame-encoder/1"
"""Schema version of the settings file."""

MAX_LEN = 128
"""Maximum tokens per sentence, with ``[CLS]`` and ``[SEP]``."""

THRESHOLD = 0.80
"""Probability from which the encoder adds a frame (chosen on validation sets 7 and 9 among
0.3-0.95 with 1-5 epochs: pooled micro-F1 0.924 against the default's 0.909)."""


def encode_sentences(tokenizer: Any, texts: Sequence[str], max_len: int = MAX_LEN
                     ) -> tuple[np.ndarray, np.ndarray]:
    """``input_ids`` and ``attention_mask`` (int64, padded to the longest row) of ``texts``:
    ``[CLS]``, the first ``max_len - 2`` WordPiece tokens, ``[SEP]``."""
    tokenizer.no_padding()
    tokenizer.no_truncation()
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    rows = [[cls_id, *e.ids[:max_len - 2], sep_id]
            for e in tokenizer.encode_batch(list(texts), add_special_tokens=False)]
    return padded(rows)


@dataclass
class FrameEncoder:
    """The int8 encoder (an onnxruntime session and its tokenizer) and its threshold."""

    session: Any
    tokenizer: Any
    max_len: int = MAX_LEN
    threshold: float = THRESHOLD

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Probability of each frame (columns in :data:`FRAMES` order), shape ``(n, 4)``;
        one ``run`` per sentence."""
        import numpy as np

        if isinstance(texts, str):
            raise ValueError("texts must be a sequence of strings, not a single string")
        out = np.zeros((len(texts), len(FRAMES)))
        if not len(texts):
            return out
        ids, mask = encode_sentences(self.tokenizer, texts, self.max_len)
        for i, n in enumerate(mask.sum(axis=1)):
            feeds = {"input_ids": ids[i:i + 1, :n], "attention_mask": mask[i:i + 1, :n]}
            logits = self.session.run(["logits"], feeds)[0][0].astype(np.float64)
            out[i] = 1.0 / (1.0 + np.exp(-logits))
        return out

    def frames(self, text: str) -> set[str]:
        """The frames of ``text`` whose probability is at least the threshold."""
        row = self.probabilities([text])[0]
        return {f for f, p in zip(FRAMES, row, strict=True) if p >= self.threshold}


@lru_cache(maxsize=4)
def load_frame_encoder(folder: str | None = None, threshold: float | None = None
                       ) -> FrameEncoder:
    """Load (once, cached) the encoder from ``folder`` (default: the packaged resources), with
    ``threshold`` (default :data:`THRESHOLD`)."""
    from tokenizers import Tokenizer

    where = Path(folder) if folder is not None else resources_dir()
    model_path = where / ENCODER_RESOURCE
    if not model_path.is_file():
        raise FileNotFoundError(f"frame encoder not found at {model_path}; run "
                                "scripts/train_frame_encoder.py --export")
    settings = json.loads((where / SETTINGS_RESOURCE).read_text(encoding="utf-8"))
    if settings.get("format") != SETTINGS_FORMAT or tuple(settings.get("frames", ())) != FRAMES:
        raise ValueError(f"{where / SETTINGS_RESOURCE}: not a {SETTINGS_FORMAT} file for the "
                         f"frames {FRAMES}")
    session = onnx_session(model_path)
    tokenizer = Tokenizer.from_file(str(where / TOKENIZER_RESOURCE))
    return FrameEncoder(session, tokenizer, int(settings["max_len"]),
                        THRESHOLD if threshold is None else float(threshold))


def encoder_frame_scores(text: str, encoder: FrameEncoder | None = None,
                         **kwargs: Any) -> dict[str, Any]:
    """:func:`analysis.metrics.frames.frame_scores` of ``text`` (``kwargs`` passed on) with the
    encoder's frames added: ``"frames"`` gains every frame of probability at least the
    encoder's threshold, ``"encoder"`` holds the probabilities and ``"encoder_frames"`` the
    frames only the encoder gave. The encoder only adds; it sees every sentence."""
    from .frames import frame_scores

    enc = encoder or load_frame_encoder()
    return add_encoder_frames(frame_scores(text, **kwargs), enc.probabilities([text])[0],
                              enc.threshold)


def add_encoder_frames(result: dict[str, Any], probabilities: Sequence[float],
                       threshold: float = THRESHOLD) -> dict[str, Any]:
    """Add to a frame result (:func:`~analysis.metrics.frames.frame_scores`,
    :func:`~analysis.metrics.frames.cue_scores`) the frames of ``probabilities`` (one per frame,
    in :data:`FRAMES` order) at least ``threshold``, in place: ``"frames"`` gains them,
    ``"encoder"`` holds the probabilities and ``"encoder_frames"`` the frames only the encoder
    gave (:func:`~analysis.metrics.frames.format_evidence` reads ``"encoder p=0.91"``). The
    frame scores are left as they are. Like the supervised model
    (:func:`~analysis.metrics.frames.add_model_frames`), the encoder never adds a frame whose
    cue the lexicon read as denied (guide rules 8, 62, 150: "The statement made no reference to
    dialogue" stays without diplomacy). Returns ``result``."""
    probs = dict(zip(FRAMES, [float(p) for p in probabilities], strict=True))
    added = {f for f, p in probs.items() if p >= threshold} - result["frames"] - \
        denied_frames(result)
    result["frames"] = result["frames"] | added
    result["encoder"] = probs
    result["encoder_frames"] = added
    return result
