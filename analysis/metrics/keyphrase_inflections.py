"""Inflected verbs among capitalised words: a participle is no name.

A capitalised word that the text writes only at a sentence start or in a title-case line, in
lower case nowhere, and that the tagger reads as no noun or adjective, is taken as a rare
name when its Zipf frequency is low (``keyphrase_names.RARE_VERB_ZIPF``: "Beijing" is no
*-ing* verb). An ``-ed`` or ``-ing`` word whose base form is itself a common English word is
an inflected verb instead ("Allied" of a title-case headline "The Endless Allied Need for
...", from "ally"; "Reading" from "read"): :func:`inflected_verb` says which. A name ending so
has a base that English does not use ("Beijing": "beij", "beije"; "Ahmed": "ahm").
"""

from __future__ import annotations

from functools import lru_cache

from .keyphrase_tokens import word_zipf

BASE_ZIPF = 3.0
"""A base form at least this frequent (Zipf, wordfreq) is an English word ("ally" 4.1,
"read"); a name's remainder is far rarer ("beij" 0)."""
BASE_LETTERS = 3
"""A base of fewer letters is no evidence ("Ted", "Fred", "Reed")."""


def verb_bases(lo: str) -> tuple[str, ...]:
    """The base forms a lower-case ``-ed``/``-ing`` word may come from: "allied" -> "ally";
    "planned" -> "plann", "plan"; "hoped" -> "hop", "hope"; "reading" -> "read", "reade"
    (a form no word has is harmless: it is only looked up)."""
    if lo.endswith("ied") and len(lo) > 4:
        return (lo[:-3] + "y",)
    if lo.endswith("ed"):
        root = lo[:-2]
    elif lo.endswith("ing"):
        root = lo[:-3]
    else:
        return ()
    bases = (root, root + "e")
    if len(root) > 2 and root[-1] == root[-2]:  # a doubled consonant: "planned", "running"
        bases += (root[:-1],)
    return bases


@lru_cache(maxsize=1 << 12)
def inflected_verb(lo: str) -> bool:
    """Whether the lower-case word ``lo`` is an ``-ed``/``-ing`` form of a common English word
    (:func:`verb_bases`, a base of at least :data:`BASE_LETTERS` letters and Zipf
    :data:`BASE_ZIPF`): "allied", "reading"; not "beijing", "ahmed", "ted"."""
    return any(len(b) >= BASE_LETTERS and word_zipf(b) >= BASE_ZIPF for b in verb_bases(lo))
