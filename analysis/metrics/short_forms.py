"""A person's short form in a document: the fullest naming earlier in the same document.

News names a person in full once and by surname after (``Kim Yo Jong ... Kim also mocked``,
``Mao Ning ... Mao said``). :func:`link_short_forms` rereads the mentions of the actor list
(:func:`analysis.metrics.actors.find_actor_mentions`) of one document so that a surname alone
means the person last named in full with it:

- a one-word alias of a listed person (``Kim``, ``Biden``) takes the listed person whose full
  naming with that surname came last (``Kim`` after ``Kim Yo Jong`` is Kim Yo Jong, not the
  list's default Kim Jong Un); after an unlisted full name with that surname (``Kim Tae-hyo``,
  a family name written first) it is nobody of the list and is dropped;
- a listed person's surname that is no alias of the list (``Mao`` of ``Mao Ning``) becomes a
  mention of that person after the full naming, never before it.

The surname is the first word of a name whose first word is a family name written first
(``resources/surname_first_names.txt``: Korean and Chinese names), else its last word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..corpus.actor_linker import ActorLinker
from ..corpus.speakers import NAME_RE, clean_name
from .keyphrase_names import surname_first_names

Mention = tuple[int, int, str, str]


def surname(name: str) -> str:
    """The word a later short form uses: ``Kim`` of ``Kim Yo Jong``, ``Biden`` of
    ``Joe Biden``."""
    words = name.split()
    return words[0] if words[0].lower() in surname_first_names() else words[-1]


def _namings(text: str, found: list[Mention], persons: set[str],
             linker: ActorLinker) -> list[tuple[int, str, str | None]]:
    """``(start, surname, actor)`` of every full naming of a person, in text order: listed
    persons named by an alias of two words or more, and unlisted names of a family name
    written first (``Kim Tae-hyo``: actor ``None``)."""
    out = [(s, surname(name), name) for s, _, name, alias in found
           if name in persons and " " in alias]
    east = surname_first_names()
    for m in NAME_RE.finditer(text):
        name = clean_name(m.group(0))
        words = name.split()
        if len(words) > 1 and words[0].lower() in east and linker.kind(name) is None:
            out.append((m.start(), words[0], None))
    return sorted(out, key=lambda x: x[0])


def _latest(namings: list[tuple[int, str, str | None]], short: str,
            before: int) -> tuple[bool, str | None]:
    """Whether a full naming with surname ``short`` stands before offset ``before``, and the
    actor of the latest one."""
    hit: tuple[bool, str | None] = (False, None)
    for start, sur, actor in namings:
        if start >= before:
            break
        if sur == short:
            hit = (True, actor)
    return hit


def link_short_forms(text: str, found: list[Mention], actors: Mapping[str, Any],
                     linker: ActorLinker) -> list[Mention]:
    """``found`` (sorted, non-overlapping mentions of ``text``) with short forms linked to the
    document's earlier full namings (see the module docstring)."""
    persons = {a["name"] for a in actors["actors"] if a["kind"] == "person"}
    namings = _namings(text, found, persons, linker)
    if not namings:
        return found
    out: list[Mention] = []
    for s, e, name, alias in found:
        if name in persons and " " not in alias:
            seen, actor = _latest(namings, text[s:e], s)
            if seen and actor is None:
                continue  # "Kim" after "Kim Tae-hyo": not a listed Kim
            if seen:
                name = actor
        out.append((s, e, name, alias))
    aliases = {alias for _, _, _, alias in found}
    shorts = {sur for _, sur, actor in namings if actor is not None} - aliases
    for short in sorted(shorts):
        for m in re.finditer(rf"(?<![^\W_]){re.escape(short)}(?![^\W_]|[-‐‑\s]+[A-Z])", text):
            seen, actor = _latest(namings, short, m.start())
            if seen and actor is not None and not _inside(out, m.start(), m.end()):
                out.append((m.start(), m.end(), actor, short))
    return sorted(out, key=lambda x: x[0])


def _inside(mentions: list[Mention], s: int, e: int) -> bool:
    """Whether ``[s, e)`` overlaps one of ``mentions``."""
    return any(ms < e and s < me for ms, me, _, _ in mentions)
