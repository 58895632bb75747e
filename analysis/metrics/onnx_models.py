"""What the package's ONNX encoders share: where their files are, how a session runs, and how
token rows become the padded arrays they read.

The target-tone encoder (:mod:`analysis.metrics.target_tone.encoder`) and the opt-in frame
encoder (:mod:`analysis.metrics.frame_encoder`) are both 8-bit MiniLM graphs run by onnxruntime
on one thread, sequentially, so the same input gives the same bits on every run on one machine.
Their weights are unsigned 8-bit (``scripts/onnx_unsigned.py``), so the integer products are
exact on every x86 CPU; onnxruntime's float kernels still differ by instruction set (AVX2,
AVX-512) in the last bits, which can move a probability by up to about 0.03 on another machine
(``tests/test_target_tone_predictions.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np


def resources_dir() -> Path:
    """The packaged ``analysis/resources`` folder (found with :mod:`importlib.resources`)."""
    from importlib.resources import files

    return Path(str(files("analysis") / "resources"))


def onnx_session(path: Path) -> Any:
    """An onnxruntime session on ``path``: one thread (intra- and inter-op), sequential."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def padded(rows: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """``input_ids`` and ``attention_mask`` (int64) of token-id ``rows``, zero-padded to the
    longest row."""
    import numpy as np

    width = max((len(r) for r in rows), default=0)
    ids = np.zeros((len(rows), width), dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = r
        mask[i, :len(r)] = 1
    return ids, mask
