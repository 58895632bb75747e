"""How far back a ``he`` or ``she`` reaches when the reader's tracker has no person for it.

The tracker offers a pronoun the last person who spoke and the subjects of the few narration
sentences before it (:mod:`analysis.corpus.quotes`). A pronoun source can still be left with
nobody: the person was named further back (a lede, three sentences of background, then
``“...,” he said``), named after the verb of a quotation the reader took as the writer's
(``“...,” said Biden``), or named with a role before a possessor (``Kim Jong Un's sister Kim Yo
Jong``). No speaker is never the right reading of a pronoun source (``data/voices_README.md``:
a pronoun takes the form of the last naming of its source), so :func:`nearest_person` looks back
further: the first person named (no possessor, country, place or organisation, nor two
countries joined by a hyphen, ``US-South Korea``, nor a name in quotation marks or after a
body's noun, ``the think tank 'Defense Priorities'``) in the nearest earlier sentence that names
one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .name_keys import POSSESSIVE_RE
from .pronoun_sources import BODY_ENDS
from .speakers import DETERMINERS, NAME_RE, ROLE_ENDS, SpeakerTracker, looks_like_org, name_parts

REACH = 5
"""Sentences searched back for a pronoun's person."""

PLACE_HEADS = frozenset("""peninsula sea strait island islands ocean bay gulf river province
    county region zone port harbor harbour base shipyard district""".split())
"""Last words of a place's name (``the Korean Peninsula``, ``Jeju Island``), never a person."""


def is_named_person(name: str, tracker: SpeakerTracker, titled: bool = False) -> bool:
    """Whether ``name`` (titles dropped) names a person: capitalised words, no organisation's
    name, no country, place or organisation of the actor list, and two words or more unless
    a person's title stood before it (``titled``) or the actor list knows it as a person."""
    words = name.split()
    if not words or not all(w[0].isupper() for w in words) or looks_like_org(name) or \
            words[0].lower() in DETERMINERS or words[-1].lower() in PLACE_HEADS | ROLE_ENDS | \
            BODY_ENDS:
        return False  # "An American submarine": nobody; "Korean Peninsula": a place
    linker = tracker.linker
    kind = linker.kind(name) if linker is not None else None
    if kind in {"country", "organisation"} or (linker is not None and linker.is_place(name)):
        return False
    if linker is not None and "-" in name and all(
            linker.kind(part) == "country" or linker.is_place(part) for part in name.split("-")):
        return False  # "US-South Korea" (exercises), "US-ROK" (alliance): two countries
    return len(words) > 1 or titled or kind == "person"


_QUOTE_OPENERS = frozenset("'‘\"“")
_BODY_BEFORE_RE = re.compile(r"\b(?:think\s+tank|group|institute|foundation|firm|company|party|"
                             r"agency|newspaper|magazine|outlet|network)\s+[‘'\"“]?$")
"""A body's noun right before a name (``the think tank Defense Priorities``): no person."""


def first_person_named(sentence: str, tracker: SpeakerTracker) -> str | None:
    """The first person named in ``sentence`` who is no possessor (``Kim Jong Un's sister``:
    not Kim Jong Un), else ``None``."""
    for m in NAME_RE.finditer(sentence):
        if POSSESSIVE_RE.search(m.group()) or sentence[m.end():m.end() + 2] in {"’s", "'s"}:
            continue
        if sentence[max(0, m.start() - 1):m.start()] in _QUOTE_OPENERS or _BODY_BEFORE_RE.search(
                sentence, 0, m.start()):
            continue  # "the think tank 'Defense Priorities'": a body's name in quotation marks
        parts = name_parts(m.group())
        name, titled = parts[0], bool(parts[4])  # "President Lula": a titled single name
        if name and is_named_person(name, tracker, titled):
            return name
    return None


def nearest_person(before: Sequence[str], tracker: SpeakerTracker) -> str | None:
    """The first person named in the nearest of the last :data:`REACH` sentences ``before``
    (in reading order) that names one, else ``None``."""
    for sentence in reversed(before[-REACH:]):
        found = first_person_named(sentence, tracker)
        if found:
            return found
    return None
