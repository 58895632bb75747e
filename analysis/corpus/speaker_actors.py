"""Actors of a document's speakers read in order: a bare family name shared by many and a name
without its family name are the person who spoke under the full name before.

:class:`analysis.corpus.bare_names.DocumentActors` links each speaker's full name on its own.
Two forms need the speakers before them (``data/voices_README.md``: the actor is *the
source's fullest name in the document*):

* a bare family name that many share (``Kim``, ``named_first`` in the actor list) is the
  latest earlier speaker named in full with it: in a story where *Kim Yo Jong, the sister of
  leader Kim Jong Un,* speaks, her later *Kim said* is hers, though her brother was named last;
* a given name without the family name (``Yo-jong``, hyphen or not) is the latest earlier
  speaker whose full name ends with it (``Kim Yo Jong``).

A form with no such speaker before it keeps the actor it had.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .maker_sources import maker_of
from .name_keys import normal_key
from .speakers import description_head

_SELF_RE = re.compile(r"\s+(?:himself|herself)$")
"""An emphatic pronoun after a name (``Kim himself``)."""
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "poll": "survey",
            "polls": "survey", "surveys": "survey"}
"""Head nouns read as one when a role noun refers back (``the survey`` after ``a poll``)."""
WORD_VOICES = frozenset({"quoted", "speech"})
"""Voices of someone's words: the sentences whose speakers are remembered."""


def speaker_actors(attributions: Sequence[Any], actor_of: Mapping[str | None, str | None],
                   linker: Any) -> list[str | None]:
    """The actor of every attribution (``speaker``, ``full_name``, ``voice``) in reading
    order: ``actor_of[full_name]``, with the two forms of the module docstring read against
    the speakers before them. ``linker`` is the :class:`.actor_linker.ActorLinker` (``None``:
    ``actor_of`` unchanged)."""
    out: list[str | None] = []
    spoken: list[str] = []  # the actors of earlier speakers, latest last
    linked: dict[str, str] = {}  # a role noun's head: the latest actor linked under it
    for a in attributions:
        actor = actor_of[a.full_name]
        if actor and a.speaker and a.voice in WORD_VOICES and linker is not None:
            maker = maker_of(a.speaker)  # "a survey conducted by the Asan Institute"
            actor = (actor_of[maker] if maker else earlier_bearer(a.speaker, spoken, linker)
                     ) or actor
            head = role_head(a.speaker)
            if head and normal_key(actor) in _own_keys(a.speaker):
                actor = linked.get(head, actor)  # "the spokesperson" of one linked before
            elif head:
                linked[head] = actor
            spoken.append(actor)
        out.append(actor)
    return out


def role_head(speaker: str) -> str | None:
    """The head noun of a speaker named by a common noun phrase (``the spokesperson``, ``a
    poll commissioned by ...``: *poll*, ``a spokesman for ...``: *spokesman*), synonyms as one
    (*spokesman* is *spokesperson*); ``None`` for a name (a capitalised last word)."""
    words = speaker.split(" by ")[0].split()
    head = description_head(speaker) or (words[-1] if words else "")  # "a spokesman for X"
    if not head[:1].islower():
        return None
    return SYNONYMS.get(head.lower(), head.lower())


def _own_keys(speaker: str) -> set[str]:
    """The keys of ``speaker`` as its own actor, with and without its article."""
    return {normal_key(speaker), normal_key(_ARTICLE_RE.sub("", speaker))}


def earlier_bearer(speaker: str, spoken: Sequence[str], linker: Any) -> str | None:
    """The latest of ``spoken`` (earlier speakers' actors) that ``speaker`` names in part: a
    bare shared family name its first word, a given name its last words; else ``None``."""
    key = normal_key(_SELF_RE.sub("", speaker.strip()))
    words = key.split()
    if not words or not all(w[:1].isupper() for w in _SELF_RE.sub("", speaker).split()):
        return None
    bare = len(words) == 1 and linker.is_named_first(key)
    if not bare and len(words) < 2:
        return None
    for actor in reversed(spoken):
        full = normal_key(actor)
        if bare and full.startswith(key + " "):
            return actor
        if not bare and full.endswith(" " + key):
            return actor
    return None
