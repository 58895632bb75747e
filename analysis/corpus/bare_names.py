"""A bare family name shared by many (``Kim``) read against the whole document.

:class:`analysis.corpus.speakers.SpeakerTracker` gives a bare ``Kim`` the full name of the Kim
who spoke or was named last; a ``Kim`` read before any full naming (a headline: ``Kim vows
response``, a lede) has none yet. :func:`document_actor` then reads the whole document: the
actor of the one Kim it names in full (``Kim Jong Un``, or ``Kim Yo Jong`` in a story about
her), none when it names several (``Kim`` stays itself: no listed Kim is sure), and the actor
list's reading (``Kim`` is Kim Jong Un) when it names none.

A national body named in full with no country (``the Ministry of National Defense``) is its
country's: the one listed country of the document's wire dateline (``SEOUL, April 28 (Yonhap)
--``: South Korea), else the one named in its opening (:func:`home_country`), else the body is
its own actor. An unnamed organ (``the defense ministry``, ``the military``) takes the
dateline's country only (:func:`dateline_country`). A piece of writing that speaks (``a
commentary said``, ``the article``) under a listed agency's dateline (``PYONGYANG, April 29
(KCNA) --``) is that agency's (:func:`agency_actor`).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from .datelines import dateline_spans
from .described import ADHERENTS
from .person_names import bare_naming, person_tail
from .speakers import NAME_RE, clean_name

NATIONAL_BODY_RE = re.compile(r"(?:Ministry|Department) of (?:[A-Z][\w-]*(?: and | |$))+")
"""A government body named in full without its country (``Ministry of National Defense``,
``Ministry of Foreign Affairs``, ``Ministry of Unification``)."""
UNNAMED_ORGAN_RE = re.compile(
    r"(?i:the\s+)?(?:(?:defen[cs]e|foreign|unification|finance|trade|national|security|"
    r"presidential|prime)\s+){0,2}(?:ministry|military|government|navy|army|"
    r"(?<=presidential\s)office|joint\s+chiefs\s+of\s+staff)")
"""An organ of government named without its country in lower case (``the defense ministry``,
``the ministry``, ``the military``, ``the presidential office``)."""
WRITING_NOUNS = frozenset("commentary article editorial dispatch".split())
"""Pieces of writing that speak for the agency that filed them (``a commentary said``)."""
_AGENCY_RE = re.compile(r"\(([A-Z][\w .-]{1,40})\)")
_OPENING = 600
"""Characters of a document read for its country when it has no dateline."""


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
    for a bare family name shared by many (see the module docstring). For many speakers of
    one document, :class:`DocumentActors` reads the document once."""
    return DocumentActors(text, linker).actor(full_name)


class DocumentActors:
    """:func:`document_actor` for the speakers of one document ``text``: its home country,
    dateline agency and full namings of a family name are read once, when first needed."""

    def __init__(self, text: str, linker: Any) -> None:
        self.text, self.linker = text, linker
        self._namings: dict[str, set[str]] = {}

    @cached_property
    def home(self) -> str | None:
        """:func:`home_country` of the document."""
        return home_country(self.text, self.linker)

    @cached_property
    def agency(self) -> str | None:
        """:func:`agency_actor` of the document."""
        return agency_actor(self.text, self.linker)

    def actor(self, full_name: str | None) -> str | None:
        """The actor of a speaker's ``full_name`` in the document (:func:`document_actor`)."""
        linker = self.linker
        actor = linker.link(full_name)
        if full_name and actor == full_name and NATIONAL_BODY_RE.fullmatch(full_name):
            return self.home or actor
        if full_name and actor == full_name and UNNAMED_ORGAN_RE.fullmatch(full_name):
            return dateline_country(self.text, self.linker) or actor  # under "SEOUL, ... --"
        if full_name and actor == full_name and full_name.lower().split()[-1] in WRITING_NOUNS:
            return self.agency or actor
        kind = linker.kind(full_name) if full_name else "none"
        if full_name and kind in {None, "organisation"} and \
                ADHERENTS.isdisjoint(full_name.lower().split()[:2]):  # not "veterans of ..."
            named = person_tail(full_name) if " " in full_name else None \
                if kind or linker.is_named_first(full_name) else bare_naming(full_name, self.text)
            if named:  # "Affairs Kurt Campbell", a bare "Liu" of "Liu Jinsong": the person
                return linker.link(named)
        if not full_name or " " in full_name or not linker.is_named_first(full_name):
            return actor
        if full_name not in self._namings:
            self._namings[full_name] = {linker.link(name)
                                        for name in full_namings(full_name, self.text)}
        named = set(self._namings[full_name])
        if len(named) == 1:
            return named.pop()
        return full_name if named else actor


def dateline_country(text: str, linker: Any) -> str | None:
    """The listed country of a document's dateline place (``SEOUL``, ``Pyongyang``), else
    ``None``."""
    for s, e in dateline_spans(text)[:1]:
        place = re.split(r"[,(]|\s[-—–]", text[s:e])[0].strip()
        if s < _OPENING and linker.kind(place) == "country":
            return linker.link(place)
    return None


def home_country(text: str, linker: Any) -> str | None:
    """The listed country a document is filed from: its dateline's place if that is one
    listed country or capital (:func:`dateline_country`), else the one listed country named in
    its opening characters, else ``None``."""
    if (country := dateline_country(text, linker)) is not None:
        return country
    found = linker.countries_in(text[:_OPENING])
    return found.pop() if len(found) == 1 else None


def agency_actor(text: str, linker: Any) -> str | None:
    """The listed organisation of the agency in the document's dateline (``(KCNA)``: KCNA),
    else ``None`` (an unlisted agency such as Yonhap is no speaker's actor here)."""
    for s, e in dateline_spans(text)[:1]:
        m = _AGENCY_RE.search(text, s, e)
        if s < _OPENING and m and linker.kind(m.group(1)) == "organisation":
            return linker.link(m.group(1))
    return None
