"""Syllables of out-of-dictionary words by hyphenation points (textstat's fallback rule).

textstat counts a word missing from the CMU dictionary as ``len(pyphen.Pyphen(lang="en_US")
.positions(word)) + 1``. :func:`pyphen_syllables` gives the same number from the same
``en_US`` hyphenation patterns (read from the installed ``pyphen`` package), with Liang's
algorithm written for counting:

* the patterns that occur in a word are found in one pass by an Aho-Corasick automaton
  (``pyahocorasick``, :func:`pattern_automaton`) instead of a look-up per substring, and
* no hyphenation point objects are built, and nothing is cached per word: Pyphen keeps every
  word it has seen in an unbounded dictionary, which grows with a corpus's vocabulary; the
  callers (:func:`analysis.metrics.syllables.analyse`,
  :func:`analysis.metrics.readability.word_counts`) hold bounded caches instead.

A test compares the counts with pyphen's on a large word list.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGE = "en_US"
"""The hyphenation patterns textstat uses (its default language)."""

LEFT = RIGHT = 2
"""Pyphen's defaults: no hyphenation point leaves fewer than two letters at either end."""

_PREFIX_ONLY = ()
"""The table entry of a substring that starts some pattern but is not one itself."""


@lru_cache(maxsize=1)
def pattern_table() -> dict[str, tuple[int, ...]]:
    """The ``en_US`` patterns as ``{letters: (offset, value, value, ...)}``, plus every start
    of a pattern that is not a pattern itself mapped to ``()``.

    ``offset`` is where the first value applies, counted from the first letter, as in Pyphen's
    parsed patterns (``HyphDict.patterns``), whose values are copied as plain integers.
    """
    import pyphen

    # A HyphDict of our own rather than Pyphen(lang=...), which keeps it (and every word it
    # hyphenates) in a module-level cache for the life of the process.
    patterns = pyphen.HyphDict(pyphen.LANGUAGES[pyphen.language_fallback(LANGUAGE)]).patterns
    table: dict[str, tuple[int, ...]] = {}
    for letters in patterns:
        for end in range(1, len(letters)):
            table.setdefault(letters[:end], _PREFIX_ONLY)
    for letters, (offset, values) in patterns.items():
        table[letters] = (offset, *map(int, values))
    return table


@lru_cache(maxsize=1)
def pattern_automaton() -> Any:
    """The ``en_US`` patterns of :func:`pattern_table` in an Aho-Corasick automaton
    (``pyahocorasick``): one pass over a word finds every pattern in it, each as its last
    character's index ``end`` with the value ``(shift, (value, value, ...))``: its first
    value applies to the point ``end + shift``."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for letters, entry in pattern_table().items():
        if entry:  # the starts of patterns are the automaton's own business
            automaton.add_word(letters, (entry[0] + 1 - len(letters), entry[1:]))
    automaton.make_automaton()
    pattern_table.cache_clear()  # the automaton holds every pattern: no need to keep both
    return automaton


def hyphenation_points(word: str) -> int:
    """Number of Pyphen ``en_US`` hyphenation points of ``word`` (``len(Pyphen(lang="en_US")
    .positions(word))``), at least ``LEFT`` letters from the start and ``RIGHT`` from the end."""
    pointed = f".{word.lower()}."
    levels = [0] * (len(pointed) + 1)
    # Every pattern that occurs in the word, found in one pass; each raises the levels of
    # the points it covers to its values (the highest value wins, in any order).
    for end, (shift, values) in pattern_automaton().iter(pointed):
        at = end + shift
        for value in values:
            if value > levels[at]:
                levels[at] = value
            at += 1
    # levels[k] is the point before letter k of the word (k - 1 in Pyphen's numbering).
    last = len(word) - RIGHT + 1
    return sum(map(_ODD, levels[LEFT + 1:last + 1]))


_ODD = (1).__and__
"""1 for an odd level (a hyphenation point), 0 for an even one."""


def pyphen_syllables(word: str) -> int:
    """textstat's syllable count for a word it cannot find: hyphenation points + 1."""
    return hyphenation_points(word) + 1
