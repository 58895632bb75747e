"""Several pattern tables' prefilters in one: which tables may match in a sentence, at once.

The sentence table asks, of every sentence, whether the frame lexicon's tables (cues,
counterparts, allies, owners, contingency and negation phrases, parties) and the epistemic
lexicon's table may match in it. Each :class:`~analysis.metrics.lexicon.PatternTable` can say
so alone (:meth:`~analysis.metrics.lexicon.PatternTable.may_match`), but then each classifies
every word type and checks every sentence again. A :class:`TableIndex` holds the key tokens of
all its tables under one numbering: a word type is classified once (one prefix check, one
look-up of its inflected forms), and a sentence is checked with one set operation over its
word types, which gives every table that may match (:meth:`TableIndex.matching`). A table
it leaves out would find nothing in the sentence; the ones it gives are exactly those whose
own ``may_match`` is true.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .lexicon import PatternTable, PatternToken, classify_word_types, text_words
from .lexicon_prefixes import group_keys, key_prefixes

_NONE: frozenset[PatternTable] = frozenset()
_NO_IDS: frozenset[int] = frozenset()
_SEEN_MAX = 1 << 16
"""Bound of the per-word-type caches (cleared when full)."""
_ANSWERS_MAX = 1 << 12
"""Bound of the cache of answers per set of key-holding word types (cleared when full): the
frequent sets come back soon after a clear, and 65,536 sets held some 40 MB per worker."""


class TableIndex:
    """The key tokens of several :class:`PatternTable` in one index (see the module
    docstring). The tables must be complete: patterns added later are not seen."""

    def __init__(self, tables: Iterable[PatternTable]) -> None:
        self.tables = tuple(dict.fromkeys(tables))  # each table once, in order
        keys: dict[str, list[tuple[PatternToken, int]]] = {}
        limits: dict[str, int] = {}
        partner: list[int] = []
        owner: list[PatternTable] = []
        for table in self.tables:
            base = len(partner)
            for text, found in table.key_tokens.items():
                keys.setdefault(text, []).extend((key, base + k) for key, k in found)
            partner.extend(base + k for k in table.partners)
            owner.extend([table] * len(table.partners))
            for start, limit in table.key_prefixes().limits.items():
                limits[start] = max(limits.get(start, 0), limit)
        self._keys = group_keys(keys)
        self._prefixes = key_prefixes(limits)
        self._partner = partner
        self._owner = owner
        # Word types already classified, and those of them that hold key tokens (few).
        self._seen: set[str] = set()
        self._key_ids: dict[str, frozenset[int]] = {}
        self._answers: dict[frozenset[str], frozenset[PatternTable]] = {}

    def matching(self, text: str) -> frozenset[PatternTable]:
        """The tables that may match in ``text``: those with a pattern whose key tokens are
        all there (for each, the same answer as its own ``may_match``). Most sentences
        give none."""
        words = text_words(text)
        seen = self._seen
        key_ids = self._key_ids
        if not seen.issuperset(words):  # word types not seen yet
            classify_word_types(words, seen, key_ids, self._keys, self._prefixes, _SEEN_MAX)
        found = key_ids.keys() & words
        if not found:
            return _NONE
        # Sentences share a few sets of key-holding word types ("the", "may"...): the answer
        # is a function of the set, looked up once.
        types = frozenset(found)
        tables = self._answers.get(types)
        if tables is None:
            ids = _NO_IDS.union(*map(key_ids.__getitem__, types))
            # The keys whose partner is there too: a key's partner's partner is the key, so
            # they are the ids that are partners of ids (each a pattern's keys, all there).
            whole = ids.intersection(map(self._partner.__getitem__, ids))
            tables = frozenset(map(self._owner.__getitem__, whole))
            if len(self._answers) >= _ANSWERS_MAX:
                self._answers.clear()
            self._answers[types] = tables
        return tables


@lru_cache(maxsize=8)
def table_index(tables: tuple[PatternTable, ...]) -> TableIndex:
    """The :class:`TableIndex` of ``tables``, made once (its word-type caches then serve
    every call with the same tables)."""
    return TableIndex(tables)


class EveryTable:
    """The answer "every table may match" (the tables were not checked together): any
    table is in it."""

    def __contains__(self, table: Any) -> bool:
        return True


EVERY_TABLE = EveryTable()
"""Stands for :meth:`TableIndex.matching`'s answer when a caller has not checked the tables
together: the scorers then ask each table itself."""
