"""A reporting *it* with no speaker or document before it: the country or body narrated last.

An opinion piece may narrate a country's act before it reports its words: ``Seoul gave up a
great deal. It pledged again never to pursue nuclear weapons, ...``. *It* is then neither a
speaker (none spoke before) nor a document, and a reported sentence would be left with no
speaker. :func:`narrated_body` gives *it* the way a *he* or *she* takes the person of the
narration before it (:func:`analysis.corpus.it_referents.it_referent` asks it last): the
capitalised subject opening the nearest sentence before (``The Pentagon moved ...``, after a
fronted phrase ``On Friday, Tokyo ...``), when the actor list holds it as a country or an
organisation; a nearer sentence opening otherwise (``The plan was ...``, a pronoun) names what
*it* stands for, and no source.
"""

from __future__ import annotations

import re
from typing import Any

REACH = 2
"""Sentences searched back for the narrated subject."""
_OPENING_NAME_RE = re.compile(r"\s*(?:The\s+)?([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)"
                              r"\s+[a-z]")
"""A capitalised name opening a sentence before a lower-case word (``The Pentagon moved``)."""
_FRONTED_RE = re.compile(r"\s*(?:[A-Z][\w’'-]*|[Ii]n|[Oo]n|[Aa]t)(?:\s+[\w’'-]+){0,4},\s+")
"""A short fronted phrase before the subject (``On Friday,``, ``In a statement,``)."""
_PRONOUNS = frozenset("he she it they we i you".split())


def _opening_name(sentence: str) -> str | None:
    """The capitalised name opening ``sentence``, after a short fronted phrase if need be."""
    m = _OPENING_NAME_RE.match(sentence)
    if m is None and (fronted := _FRONTED_RE.match(sentence)):
        m = _OPENING_NAME_RE.match(sentence, fronted.end())
    return m.group(1) if m else None


def narrated_body(before: list[str], linker: Any) -> str | None:
    """The country or organisation (of ``linker``, the actor list's
    :class:`analysis.corpus.actor_linker.ActorLinker`) opening the nearest of the sentences
    ``before`` (reading order, the latest last; at most :data:`REACH` read) that opens with a
    name, or ``None`` (module docstring)."""
    for sentence in reversed(before[-REACH:]):
        first = sentence.split()[0].lower() if sentence.split() else ""
        if first in _PRONOUNS:
            return None  # "It said ... It added": the carried speaker's case, not this one
        name = _opening_name(sentence)
        if name is None:
            return None  # "The plan was approved ...": what "it" stands for, no source
        if linker is not None and linker.kind(name) in {"country", "organisation"}:
            return name
        return None
    return None
