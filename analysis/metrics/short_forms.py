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

A family name shared by many people (an alias marked ``"named_first": true`` in the actor list:
``Kim``) names a listed person only after that person is named in full earlier in the same
document: with no earlier naming (the AP tagline "Kim reported from Seoul", a story that never
names Kim Jong Un) a bare ``Kim`` is nobody of the list, and inside someone else's full name
written given name first (``Ellen Kim``, :func:`given_name_first_spans`) it never is; a later
``Kim`` then goes with that unlisted name, as after ``Kim Tae-hyo``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..corpus.actor_linker import ActorLinker
from ..corpus.speakers import NAME_RE, SENTENCE_OPENERS, TITLE_WORDS, WEEKDAY_NAMES, clean_name
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
    shared = named_first_aliases(actors)
    namings = sorted(_namings(text, found, persons, linker)
                     + given_name_first_spans(text, shared, linker), key=lambda x: x[0])
    if not namings and not shared:
        return found
    out: list[Mention] = []
    for s, e, name, alias in found:
        if name in persons and " " not in alias:
            seen, actor = _latest(namings, text[s:e], s)
            if (seen and actor is None) or (not seen and alias in shared):
                continue  # "Kim" after "Kim Tae-hyo", or never named in full: not a listed Kim
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


HONORIFICS = frozenset("comrade marshal supreme dear respected chief".split())
"""Words before a family name that are no given name ("Comrade Kim", "Marshal Kim"), besides
the speakers' title words (``President``, ``Chairman``, ``Leader``)."""
_MONTHS = frozenset("""January February March April May June July August September October
    November December""".split())


def named_first_aliases(actors: Mapping[str, Any]) -> frozenset[str]:
    """The one-word aliases marked ``"named_first": true`` in the actor list: family names
    shared by many people (``Kim``), which name a listed person only after a full naming."""
    return frozenset(alias["text"] for a in actors["actors"] for alias in a["aliases"]
                     if isinstance(alias, dict) and alias.get("named_first"))


def _given_name(word: str, linker: ActorLinker) -> bool:
    """Whether ``word``, just before a family name, reads as a given name: a capitalised word
    that is no title or honorific, sentence opener, weekday, month, possessive or actor."""
    bare = word.strip(".")
    return (bool(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", word))
            and bare.lower() not in TITLE_WORDS and bare.lower() not in HONORIFICS
            and bare not in SENTENCE_OPENERS and bare not in WEEKDAY_NAMES
            and bare not in _MONTHS and linker.link(bare) == bare)


def given_name_first_spans(text: str, shared: frozenset[str], linker: ActorLinker
                           ) -> list[tuple[int, str, str | None]]:
    """``(start, family name, None)`` of every full name written given name first whose
    family name is one of ``shared`` (``Ellen Kim``, ``Victor Kim``): someone other than the
    listed person, whatever the document named before. ``start`` is the given name's."""
    if not shared:
        return []
    out: list[tuple[int, str, str | None]] = []
    for name in shared:
        for m in re.finditer(rf"(?<![^\W_])(\S+)[ \t]+{re.escape(name)}(?![^\W_]|[-‐‑\s]+[A-Z])",
                             text):
            if _given_name(m.group(1), linker):
                out.append((m.start(1), name, None))
    return out
