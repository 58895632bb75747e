"""The start of a progressive reporting verb's auxiliaries (``is clamouring``, ``has been
crying``, ``are loudly crying``): its subject stands before them (KCNA's English: *The puppet
military is clamouring that ...*; wire copy: *The opposition is insisting that ...*).

Used by :func:`analysis.corpus.cue_words.copula_start`.
"""

from __future__ import annotations

_BE = frozenset("is are was were".split())
_PERFECT = frozenset("has have had".split())
_BETWEEN = frozenset("again still also now once even repeatedly increasingly openly".split())
"""Adverbs that may stand between the auxiliary and the verb besides an *-ly* word."""


def progressive_start(tokens: list, i: int) -> int | None:
    """The index of the first auxiliary of the progressive verb ``tokens[i]`` (an *-ing* word
    after *is*/*are*/*was*/*were* or *has been*, adverbs between: ``is again clamouring``,
    ``has been clamouring``, ``are loudly crying``), else ``None``."""
    if i < 2 or not tokens[i].group(0).endswith("ing"):
        return None
    k = i - 1
    while k > 1 and (tokens[k].group(0) in _BETWEEN or tokens[k].group(0).endswith("ly")):
        k -= 1
    word = tokens[k].group(0)
    if word in _BE:
        return k
    if word == "been" and k > 1 and tokens[k - 1].group(0) in _PERFECT:
        return k - 1
    return None
