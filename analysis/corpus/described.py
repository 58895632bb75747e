"""The head of a subject phrase cut at its ``of``: a speaker described by another person.

:func:`analysis.corpus.cues.find_reporting_clause` reads a subject back a few words from its
verb; in ``The powerful sister of North Korean leader Kim Jong Un denounced ...`` that stops
inside the description, at ``of``. :func:`head_of` extends it back to the head noun and its
determiner, so the speaker is the sister (linked by
:meth:`analysis.corpus.speakers.ActorLinker.link`), not the person named after ``of``.
"""

from __future__ import annotations

from .cue_words import CLAUSE_STOPS, PREPOSITIONS
from .speakers import DETERMINERS


def head_of(outside: str, tokens: list, k: int) -> int:
    """``k``, or for a subject cut at its ``of`` (``of North Korean leader Kim Jong Un``) the
    index of the head before it, back to its determiner (``The powerful sister``)."""
    if tokens[k].group(0) != "of":
        return k
    for m in range(k - 1, max(-1, k - 4), -1):
        word = tokens[m].group(0).lower()
        if outside[tokens[m].end():tokens[m + 1].start()].strip() or word in PREPOSITIONS or \
                word in CLAUSE_STOPS:
            return k
        if word in DETERMINERS:
            return m
    return k
