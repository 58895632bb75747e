"""Text preparation for target-dependent tone: span checks, target masking, token windows.

Everything here is pure string work (no heavy imports), shared by feature extraction at
prediction time and at training time, so a loaded model sees exactly what the fitted one saw.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

TARGET_TOKEN = "xxtgt"
"""Placeholder that replaces the target mention before n-gram features are computed."""

TOKEN_RE = re.compile(r"[^\W_]+(?:[-‐‑'’][^\W_]+)*|[“”\"!?]")
"""Word tokens for the window features: words with inner hyphens/apostrophes, plus quote/!/?."""

WORD_RE = re.compile(r"[^\W_]+(?:[-‐‑'’][^\W_]+)*")
"""Plain word tokens (no punctuation)."""

CLAUSE_SPLIT_RE = re.compile(r"[;:()\[\]—–]|,\s|\s-\s|[“”\"]")
"""Clause boundaries: semicolons, colons, brackets, dashes, ``", "`` and quotation marks."""

PRONOUNS = frozenset(
    "he she him her his hers they them their theirs it its we us our i me my you your".split()
)
"""Personal pronouns: a pronoun target never masks other words."""


@lru_cache(maxsize=1)
def _np_integer_types() -> tuple[type, ...]:
    try:
        import numpy as np
    except ImportError:  # pragma: no cover
        return ()
    return (np.integer,)


def validate_span(text: str, start: int, end: int) -> None:
    """Raise :class:`ValueError` unless ``text[start:end]`` is a non-empty, in-range mention."""
    if not isinstance(text, str):
        raise ValueError(f"text must be a str, got {type(text).__name__}")
    if not text.strip():
        raise ValueError("text is empty")
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, (int, *_np_integer_types())):
            raise ValueError(f"span {name} must be an int, got {value!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"invalid target span ({start}, {end}) for text of length {len(text)}: "
            "need 0 <= start < end <= len(text)"
        )
    if not text[start:end].strip():
        raise ValueError(f"target span ({start}, {end}) covers only whitespace")


def mask_parts(text: str, start: int, end: int, mask_repeats: bool = True) -> tuple[str, str]:
    """Return the text left and right of ``text[start:end]``, optionally with repeats masked.

    With ``mask_repeats`` further whole-word occurrences of the same name (case-sensitive, only
    for capitalised, non-pronoun mentions of at least three characters) are replaced by
    :data:`TARGET_TOKEN`, and so is the last word of a multi-word name (``"Trump"`` for
    ``"Donald Trump"``).
    """
    mention = text[start:end].strip()
    left, right = text[:start], text[end:]
    if (
        mask_repeats
        and len(mention) >= 3
        and mention[:1].isupper()
        and (mention.lower() not in PRONOUNS)
    ):
        names = {mention}
        parts = mention.split()
        if len(parts) > 1 and len(parts[-1]) >= 3 and parts[-1][:1].isupper():
            names.add(parts[-1])
        pattern = re.compile(
            r"(?<![\w])(?:"
            + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            + r")(?![\w])"
        )
        left = pattern.sub(" " + TARGET_TOKEN + " ", left)
        right = pattern.sub(" " + TARGET_TOKEN + " ", right)
    return left, right


def mask_target(text: str, start: int, end: int, mask_repeats: bool = True) -> str:
    """``text`` with the mention ``text[start:end]`` replaced by :data:`TARGET_TOKEN`."""
    left, right = mask_parts(text, start, end, mask_repeats)
    return f"{left} {TARGET_TOKEN} {right}"


@dataclass
class PreparedExample:
    """Intermediate representation shared by the sparse and dense feature extractors."""

    masked: str
    left_tokens: list[str]
    right_tokens: list[str]
    left_text: str
    right_text: str
    clause: str
    mention: str
    start: int
    end: int
    text: str


def prepare(text: str, start: int, end: int, settings: Mapping[str, Any]) -> PreparedExample:
    """Mask the target and cut the token windows/clause around it.

    ``settings`` are the model's feature settings (``mask_repeats``, ``lowercase``).
    """
    left_raw, right_raw = mask_parts(text, start, end, bool(settings.get("mask_repeats", True)))
    masked = f"{left_raw} {TARGET_TOKEN} {right_raw}"
    lowercase = settings.get("lowercase", True)
    low = masked.lower() if lowercase else masked
    left_cased = left_raw.lower() if lowercase else left_raw
    right_cased = right_raw.lower() if lowercase else right_raw
    # Clause: the text between the nearest clause boundaries around the target.
    lcut = [m.end() for m in CLAUSE_SPLIT_RE.finditer(left_raw)]
    rcut = CLAUSE_SPLIT_RE.search(right_raw)
    clause = (
        left_raw[lcut[-1] if lcut else 0 :]
        + " "
        + (right_raw[: rcut.start()] if rcut else right_raw)
    )
    return PreparedExample(
        masked=low,
        left_tokens=TOKEN_RE.findall(left_cased),
        right_tokens=TOKEN_RE.findall(right_cased),
        left_text=left_raw,
        right_text=right_raw,
        clause=clause,
        mention=text[start:end],
        start=start,
        end=end,
        text=text,
    )
