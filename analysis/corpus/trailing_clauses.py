"""Reporting clauses of outcry that close a sentence: ``..., the participants cried out.``

Reports of rallies and protests (the North's and the South's activist press, wire copy of a
demonstration) give the protesters' words and then their act of crying out: ``..., the
demonstrators cried out.``, ``..., they raised their voices.``, ``..., the crowd chanted.``
These verbs are no reporting verbs elsewhere (``the child cried``, ``raised their voices in
song``), so :func:`outcry_source` reads them only as a clause of at most six words after a
comma that ends the sentence, as it reads a speech's going on or end (``..., Shin
concluded.``, ``..., she continued.``: :data:`_GOING_ON_CLOSE_RE`); :func:`reporting_clause`
adds that to :func:`analysis.corpus.inner_sources.reporting_clause` when it finds no other
source.
"""

from __future__ import annotations

import re

from .actor_linker import default_linker
from .inner_sources import reporting_clause as clause_of

_OUTCRY_RE = re.compile(
    r",\s*((?:they|we|he|she|(?:[Tt]he|[Aa]ll\s+the|[Tt]hose|[Mm]any)\s+(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))\s+"
    r"(?:(?:also|then|loudly|angrily)\s+)?"
    r"(?:cried\s+out|cried|shouted|chanted|roared|yelled|exclaimed|"
    r"raised\s+(?:their|his|her|its|our)\s+voices?)\s*[.!]?\s*$")
"""After a comma, a short subject and a verb of outcry, ending the sentence."""


_GOING_ON_CLOSE_RE = re.compile(
    r",\s*(he|she|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:concluded|continued|"
    r"observed|recalled)\s*[.!]?\s*$")
"""After a comma, a pronoun or a name and a verb that goes on or concludes a speech, ending the
sentence (``..., Shin concluded.``, ``..., she continued.``): no event's end there."""


def outcry_source(outside: str) -> str | None:
    """The subject of a clause of outcry ending ``outside`` (a sentence with its quotations
    blanked), or ``None`` (module docstring)."""
    if "," not in outside:
        return None
    m = _OUTCRY_RE.search(outside)
    if m is None and (m := _GOING_ON_CLOSE_RE.search(outside)) and not _speaking(m.group(1)):
        return None  # "..., Freedom Shield concluded.": an event's end, no one speaking
    return m.group(1) if m else None


def _speaking(name: str) -> bool:
    """Whether ``name`` closing a sentence before *concluded* or *continued* may be a person
    speaking: *he*, *she*, or a name the actor list knows as no country, body, place or event
    and that holds no word of an event (*Freedom Shield*, *Ulchi Freedom Shield*)."""
    if name in {"he", "she"}:
        return True
    linker = default_linker()
    return linker.kind(name) not in {"country", "organisation"} and not linker.is_place(
        name) and not _EVENT_WORDS.intersection(name.lower().split())


_EVENT_WORDS = frozenset("shield drills drill exercise exercises games edge talks summit war "
                         "meeting session conference forum freedom vigilant".split())


def reporting_clause(outside: str, has_quote: bool) -> tuple[str | None, bool]:
    """:func:`analysis.corpus.inner_sources.reporting_clause` of ``outside``, else the
    subject of a clause of outcry ending it (:func:`outcry_source`)."""
    raw, according = clause_of(outside, has_quote)
    if raw is None:
        raw = outcry_source(outside)
    return raw, according
