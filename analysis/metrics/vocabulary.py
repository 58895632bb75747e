"""Stop words and general-English word frequencies shared by the keyword metrics.

* :func:`load_stopwords`: the editable stop-word list ``resources/stopwords_en.txt``.
* :func:`load_light_nouns`: the light nouns that head no keyphrase
  (``resources/keyphrase_light_nouns.txt``: "efforts", "way", "matter"...).
* :func:`load_fixed_expressions`: the loan phrases a keyphrase never cuts
  (``resources/keyphrase_fixed_expressions.txt``: "de facto", "status quo", "per se"...).
* :func:`zipf`: the Zipf frequency of a word in general English (``wordfreq``), the prior the
  keyphrase scorer uses in place of a document frequency.
* :func:`split_possessive`: a token without its trailing possessive (``Yoon’s`` -> ``Yoon``).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from .word_frequencies import english_frequencies, zipf_frequency

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
STOPWORDS_PATH = RESOURCES / "stopwords_en.txt"
LIGHT_NOUNS_PATH = RESOURCES / "keyphrase_light_nouns.txt"
FIXED_EXPRESSIONS_PATH = RESOURCES / "keyphrase_fixed_expressions.txt"
FIXED_KINDS = ("noun", "modifier", "adverb")
"""Kinds of fixed expression: may end a keyphrase; may modify one; in none."""

APOSTROPHE_FOLD = str.maketrans({"’": "'", "‘": "'"})
"""``str.translate`` table folding typographic apostrophes to ``'``."""

_POSSESSIVE = re.compile(r"['’][sS]$|(?<=[sS])['’]$")


@lru_cache(maxsize=4)
def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The stop-word list (one lower-case word a line, ``#`` comments), apostrophes folded."""
    path = Path(path) if path else STOPWORDS_PATH
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.split("#", 1)[0].strip().lower()
            if w:
                out.add(w.translate(APOSTROPHE_FOLD))
    return frozenset(out)


@lru_cache(maxsize=4)
def load_light_nouns(path: str | Path | None = None) -> frozenset[str]:
    """The light nouns (``resources/keyphrase_light_nouns.txt``, one lower-case word a line,
    ``#`` comments): abstract nouns that carry their modifier's content ("efforts" in "nuclear
    deterrence efforts") and so are in no keyphrase."""
    path = Path(path) if path else LIGHT_NOUNS_PATH
    with open(path, encoding="utf-8") as f:
        return frozenset(w for line in f if (w := line.split("#", 1)[0].strip().lower()))


@lru_cache(maxsize=4)
def load_fixed_expressions(path: str | Path | None = None
                           ) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The fixed expressions (``resources/keyphrase_fixed_expressions.txt``, ``kind: words``
    a line, ``#`` comments), keyed by their first word: for each, ``(following words, kind)``
    pairs, longest first, the kind one of :data:`FIXED_KINDS`. Typographic apostrophes are
    folded (``d’etat`` is ``d'etat``)."""
    path = Path(path) if path else FIXED_EXPRESSIONS_PATH
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            kind, _, words = line.split("#", 1)[0].partition(":")
            words = words.strip().lower().translate(APOSTROPHE_FOLD).split()
            if not words:
                continue
            if kind.strip() not in FIXED_KINDS:
                raise ValueError(f"{path}: unknown kind {kind.strip()!r} in {line.strip()!r}")
            out.setdefault(words[0], []).append((tuple(words[1:]), kind.strip()))
    return {w: tuple(sorted(v, key=lambda e: -len(e[0]))) for w, v in out.items()}


@lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """wordfreq Zipf frequency of a lower-case word in English (log10 per billion words).

    The same numbers as ``wordfreq.zipf_frequency(word, "en")``, read from the compact table of
    :mod:`analysis.metrics.word_frequencies`: plain words straight from the table; others
    (``b-52``) are split into wordfreq's tokens and the parts combined as wordfreq does.
    """
    table = english_frequencies()
    index = table.index(word)
    if index is not None and word.isalpha():
        return table.zipf[index]
    if index is None and word.isascii() and word.isalpha() and word.islower():
        return 0.0  # one plain token that the table lacks: zipf_frequency gives 0.0 too
    if "-" in word and _HYPHENATED.fullmatch(word):
        return _combined_zipf(word.split("-"))
    return zipf_frequency(word)


_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")
"""Lower-case ASCII words joined by hyphens, which wordfreq splits at the hyphens."""


def _combined_zipf(tokens: list[str]) -> float:
    """``wordfreq.zipf_frequency`` of a word that wordfreq splits into the plain lower-case
    ``tokens`` (``information-sharing``): the steps of
    :func:`analysis.metrics.word_frequencies.word_frequency` without its tokeniser, which costs
    ~40 us a word (``1/f = 1/f1 + 1/f2 + ...``, 3 significant digits, a missing token gives
    the minimum, Zipf 0)."""
    from wordfreq import freq_to_zipf, zipf_to_freq

    table = english_frequencies()
    minimum = zipf_to_freq(0.0)
    one_over = 0.0
    for token in tokens:
        freq = table.frequency(token)
        if freq is None:
            return round(freq_to_zipf(minimum), 2)
        one_over += 1.0 / freq
    unrounded = max(1.0 / one_over, minimum)
    return round(freq_to_zipf(round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)), 2)


def split_possessive(token: str) -> tuple[str, bool]:
    """``(token without a trailing possessive, whether it had one)``: ``Yoon’s`` ->
    ``("Yoon", True)``, ``allies'`` -> ``("allies", True)``, ``’s`` alone is kept."""
    pm = _POSSESSIVE.search(token)
    if pm and pm.start() > 0:
        return token[: pm.start()], True
    return token, False
