"""Which words may hold a lexicon key: the prefixes of the keys' tokens and their lengths;
and the keys grouped by distinct key token (:func:`group_keys`).

:func:`may_hold_key` rules out most words with one or two dictionary look-ups, before the
inflected forms of a word are built (:func:`analysis.metrics.lexicon.word_key_ids`).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any, NamedTuple


class ShortLimits(dict):
    """A string of at most two letters -> the longest ``norm`` that any of ``limits``' keys
    starting it allows (-1 when none): what the prefixes of at most two letters of a ``norm``
    say, in one look-up of its first two letters. Filled as strings are met."""

    def __init__(self, limits: Mapping[str, int]) -> None:
        super().__init__()
        self.limits = limits

    def __missing__(self, start: str) -> int:
        get = self.limits.get
        limit = self[start] = max(get(start[:n], -1) for n in range(len(start) + 1))
        return limit


class KeyPrefixes(NamedTuple):
    """The strings that start the ``norm`` of a token some key token matches, each with the
    longest such ``norm`` (``limits``), their first three letters (``gate``), the
    :class:`ShortLimits` of ``limits`` (``short``) and, by those first three letters, the
    starts of three letters or more with their limits, the longest limit first (``starts``):
    :func:`key_prefixes`."""

    limits: dict[str, int]
    gate: frozenset[str]
    short: ShortLimits
    starts: dict[str, tuple[tuple[str, int], ...]]


def key_prefixes(limits: dict[str, int]) -> KeyPrefixes:
    """The :class:`KeyPrefixes` of ``limits`` (start -> longest ``norm``)."""
    starts: dict[str, list[tuple[str, int]]] = {}
    for start, limit in limits.items():
        if len(start) >= 3:
            starts.setdefault(start[:3], []).append((start, limit))
    return KeyPrefixes(limits, frozenset(starts), ShortLimits(limits),
                       {gate: tuple(sorted(found, key=lambda f: -f[1]))
                        for gate, found in starts.items()})


def may_hold_key(norm: str, prefixes: KeyPrefixes) -> bool:
    """False when no key token can match a token of this ``norm`` (most words): it starts
    with none of the ``prefixes``, or is too long for those it starts with."""
    size = len(norm)
    if size <= prefixes.short[norm[:2]]:  # a prefix of at most two letters allows it
        return True
    # The starts of three letters or more that share its first three (a few, longest limit
    # first): one of them starts it and allows its length.
    for start, limit in prefixes.starts.get(norm[:3], ()):
        if size > limit:
            return False
        if norm.startswith(start):
            return True
    return False


GroupedKeys = dict[str, tuple[tuple[Any, tuple[int, ...]], ...]]
"""Per key token text, each distinct key token of that text with the ids it has
(:func:`group_keys`)."""


def group_keys(keys: Mapping[str, Sequence[tuple[Hashable, int]]]) -> GroupedKeys:
    """``keys`` (:attr:`analysis.metrics.lexicon.PatternTable.key_tokens`: per text, the key
    tokens of that text and their ids) with the ids of equal key tokens together: a text is the
    key of up to some 200 patterns but of one to three distinct key tokens, so a word's token is
    matched against each of those once."""
    grouped: GroupedKeys = {}
    for text, found in keys.items():
        by_token: dict[Any, list[int]] = {}
        for key, k in found:
            by_token.setdefault(key, []).append(k)
        grouped[text] = tuple((key, tuple(ids)) for key, ids in by_token.items())
    return grouped
