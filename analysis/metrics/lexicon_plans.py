"""The candidate patterns of a token, grouped for :meth:`.lexicon.PatternTable.scan`.

A token's candidates (the patterns that may start at it, longest first) are mostly patterns of
several tokens whose second token cannot match the next token of the text. A plan groups them
by that second token's text, so a scan tries only the patterns whose second text is among the
texts that can match the next token (one set intersection, in C) and the one-token patterns,
in the candidates' own order: the first that matches is the longest, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Any

Plan = tuple[tuple[Any, ...], tuple[int, ...], dict[str, tuple[int, ...]]]
"""``(patterns, one-token pattern indexes, second token text -> pattern indexes)``; the
indexes are positions in ``patterns``, ascending."""


def candidate_plan(patterns: Sequence[Any]) -> Plan | tuple[()]:
    """The plan of ``patterns`` (sorted longest first), or ``()`` when there are none."""
    if not patterns:
        return ()
    singles: list[int] = []
    seconds: dict[str, list[int]] = {}
    for at, pat in enumerate(patterns):
        if len(pat.tokens) > 1:
            seconds.setdefault(pat.tokens[1].text, []).append(at)
        else:
            singles.append(at)
    return tuple(patterns), tuple(singles), {k: tuple(v) for k, v in seconds.items()}


def plan_order(plan: Plan, after: frozenset[str]) -> tuple[int, ...]:
    """The indexes of the patterns of ``plan`` worth trying before a token whose matching
    texts are ``after``, ascending: those of several tokens whose second text is in
    ``after`` (the others cannot match), then the one-token patterns (the shortest, last)."""
    _, singles, seconds = plan
    hit = seconds.keys() & after
    if not hit:
        return singles
    if len(hit) == 1:
        return seconds[hit.pop()] + singles
    return (*sorted(chain.from_iterable(map(seconds.__getitem__, hit))), *singles)
