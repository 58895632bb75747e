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
ASCII_WORD_RE = re.compile(WORD_RE.pattern.replace(r"[^\W_]", "[A-Za-z0-9]"))
"""The same on ASCII text, where ``[^\\W_]`` is ``[A-Za-z0-9]`` (the same tokens; the engine tests
a character against one set of ASCII characters, cheaper than a category and a negation)."""


_WIDE_WORD_CHAR = re.compile("[^\x00-\x7f\u00a0\u2010-\u2015\u2018-\u201f\u2026]")
"""A character outside ASCII other than the no-break space, dashes, curly quotes and ellipsis
of news text (none of which is a word character)."""


def ascii_words(text: str) -> bool:
    """Whether every character of ``text`` outside ASCII is punctuation of
    :data:`_WIDE_WORD_CHAR`'s kind, so that a pattern whose classes are ``\\w``/``\\W`` and
    literal characters (:data:`WORD_RE`) finds the same matches compiled ``re.ASCII``."""
    return text.isascii() or _WIDE_WORD_CHAR.search(text) is None


def words(text: str) -> list[str]:
    """Return the word tokens of ``text`` in order (case preserved)."""
    ascii = text.isascii() or _WIDE_WORD_CHAR.search(text) is None  # ascii_words(text)
    return (ASCII_WORD_RE if ascii else WORD_RE).findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of every word token in ``text``."""
    return [m.span() for m in (ASCII_WORD_RE if ascii_words(text) else WORD_RE).finditer(text)]


_FOLD_TABLE = bytes(c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 or c == 95
                    else 32 for c in range(256))
"""Bytes: an ASCII capital to its lower case, any other byte but an ASCII letter, digit or
underscore (every byte of a non-ASCII character too) to a space."""


def folded_words(text: str) -> list[bytes]:
    """The runs of ASCII letters, digits and underscores of ``text``, lower-cased, as bytes;
    any other character separates them. A cheap test before a regex: a word of ASCII letters
    that a regex finds between characters that are neither ``\\w`` nor joined to it is one of
    these (a word with a non-ASCII letter in it is split, which only adds candidates)."""
    return text.encode("utf-8", "surrogatepass").translate(_FOLD_TABLE).split()
