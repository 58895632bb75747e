"""Encoder inputs for target-dependent tone: the sentence with the target wrapped in markers.

Shared by the runtime (:mod:`.encoder`) and by ``scripts/train_target_tone_encoder.py`` so the
shipped model sees exactly what the fine-tuned one saw. Only the ``tokenizers`` library and
numpy are used.

The target mention ``text[start:end]`` is wrapped in two marker tokens, ``[unused0]`` before
and ``[unused1]`` after (unused rows of the BERT vocabulary, declared as special tokens in the
shipped ``tokenizer.json`` so each is one token). The classifier reads the hidden state of the
opening marker together with the mean of the sentence. A sentence longer than ``max_len``
tokens is cut to a window of tokens around the target (the target and its markers are always
kept).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..onnx_models import padded

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

MARK_START = "[unused0]"
"""Marker token inserted before the target mention."""

MARK_END = "[unused1]"
"""Marker token inserted after the target mention."""

MAX_LEN = 96
"""Default maximum sequence length in tokens (with ``[CLS]``, ``[SEP]`` and the markers)."""


def add_marker_tokens(tokenizer: Any) -> Any:
    """Declare the two markers as special tokens (they reuse existing vocabulary ids)."""
    tokenizer.add_special_tokens([MARK_START, MARK_END])
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


def marked_text(text: str, start: int, end: int) -> str:
    """``text`` with the target ``text[start:end]`` wrapped in the marker tokens."""
    return f"{text[:start]} {MARK_START} {text[start:end]} {MARK_END} {text[end:]}"


def _window(ids: list[int], first: int, last: int, max_len: int) -> list[int]:
    """Token ids (without ``[CLS]``/``[SEP]``) cut to ``max_len - 2`` around positions
    ``first``..``last`` (the markers), centred on the target."""
    room = max_len - 2
    if len(ids) <= room:
        return ids
    span = last - first + 1
    if span >= room:
        return ids[first:first + room - 1] + [ids[last]]
    left = max(0, min(first - (room - span) // 2, len(ids) - room))
    return ids[left:left + room]


def encode(
    tokenizer: Any,
    texts: Sequence[str],
    spans: Sequence[tuple[int, int]],
    max_len: int = MAX_LEN,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``input_ids``, ``attention_mask`` (int64, padded to the longest row) and the position
    of the opening marker per row, for targets ``texts[i][spans[i][0]:spans[i][1]]``."""
    import numpy as np

    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    m0, m1 = tokenizer.token_to_id(MARK_START), tokenizer.token_to_id(MARK_END)
    marked = [marked_text(t, int(s), int(e)) for t, (s, e) in zip(texts, spans, strict=True)]
    rows, marks = [], []
    for enc in tokenizer.encode_batch(marked, add_special_tokens=False):
        ids = list(enc.ids)
        ids = _window(ids, ids.index(m0), ids.index(m1), max_len)
        rows.append([cls_id, *ids, sep_id])
        marks.append(rows[-1].index(m0))
    input_ids, mask = padded(rows)
    return input_ids, mask, np.asarray(marks, dtype=np.int64)
