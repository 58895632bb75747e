"""A bare family name shared by many (``Kim``) read against the whole document.

:class:`analysis.corpus.speakers.SpeakerTracker` gives a bare ``Kim`` the full name of the Kim
who spoke or was named last; a ``Kim`` read before any full naming (a headline: ``Kim vows
response``, a lede) has none yet. :func:`document_actor` then reads the whole document: the
actor of the one Kim it names in full (``Kim Jong Un``, or ``Kim Yo Jong`` in a story about
her), none when it names several (``Kim`` stays itself: no listed Kim is sure), and the actor
list's reading (``Kim`` is Kim Jong Un) when it names none.
"""

from __future__ import annotations

from typing import Any

from .speakers import NAME_RE, clean_name


def full_namings(bare: str, text: str) -> set[str]:
    """The names of two words or more in ``text`` that start with the word ``bare``."""
    found = set()
    for m in NAME_RE.finditer(text):
        if m.group(0).startswith(bare + " ") or (" " + bare + " ") in m.group(0):
            name = clean_name(m.group(0))
            words = name.split()
            if len(words) > 1 and words[0] == bare:
                found.add(name)
    return found


def document_actor(full_name: str | None, text: str, linker: Any) -> str | None:
    """The actor of a speaker's ``full_name`` in the document ``text``: the linker's, except
    for a bare family name shared by many (see the module docstring)."""
    actor = linker.link(full_name)
    if not full_name or " " in full_name or not linker.is_named_first(full_name):
        return actor
    named = {linker.link(name) for name in full_namings(full_name, text)}
    if len(named) == 1:
        return named.pop()
    return full_name if named else actor
