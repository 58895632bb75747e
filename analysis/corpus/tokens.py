"""Word tokenisation shared by every metric.

One regular expression defines a word for the whole package, so readability counts, keyphrase
candidates and lexicon matches all see the same tokens. A word is a run of letters or digits,
optionally joined by inner hyphens, apostrophes, periods, commas or slashes, so that
``B-52``, ``US-South``, ``1950-1953``, ``28,000``, ``U.S``, ``Yoon’s`` and ``nuclear-armed``
each stay one token. Punctuation outside words (quotes, dashes, brackets) is never a word.
"""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[^\W_]+(?:[-‐‑'’.,/&][^\W_]+)*")
"""A word: letters/digits with inner joiners (hyphen, apostrophe, period, comma, slash,
ampersand)."""
ASCII_WORD_RE = re.compile(WORD_RE.pattern, re.ASCII)
"""The same on ASCII text, where ``\\w`` is ``[A-Za-z0-9_]`` either way (the same tokens; the
engine's ASCII character tests are cheaper)."""


def words(text: str) -> list[str]:
    """Return the word tokens of ``text`` in order (case preserved)."""
    return (ASCII_WORD_RE if text.isascii() else WORD_RE).findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of every word token in ``text``."""
    return [m.span() for m in (ASCII_WORD_RE if text.isascii() else WORD_RE).finditer(text)]
