"""Relative clauses that a reporting verb closes: ``the pact, which Trump has criticized``
(:func:`object_relative`, used by :mod:`.cues`): the verb qualifies the writer's noun and
reports nothing."""

from __future__ import annotations

from .cue_words import PREPOSITIONS

_AFTER_OBJECT_RELATIVE = PREPOSITIONS | frozenset("when as before after later earlier".split())


def object_relative(outside: str, tokens: list, k: int, i: int) -> bool:
    """Whether the reporting verb ``tokens[i]`` closes a relative clause opened by *which*,
    *whom* or *whatever* at ``tokens[k]`` whose object is that pronoun: nothing is reported,
    the clause qualifies the writer's noun (``the pact, which Trump has criticized.``, ``a
    president whom Obama mentioned later``). A relative after a preposition (``an interview in
    which he said ...``) or before the clause it reports (``which advocates say disadvantages
    schools``) is no such clause."""
    if k and tokens[k - 1].group(0).lower() in PREPOSITIONS:
        return False
    if i + 1 == len(tokens) or outside[tokens[i].end():tokens[i + 1].start()].strip():
        return True  # "which Trump has criticized." / "..., which he denied, ..."
    return tokens[i + 1].group(0).lower() in _AFTER_OBJECT_RELATIVE
