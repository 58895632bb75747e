"""Sources that name an event or an act, not anyone who speaks.

A phrase headed by a noun of an event, an act or a proceeding (``The launch of the two
missiles``, ``the carrier's arrival``, ``Discussions``, ``Attempts to explain ...``, ``The
establishment of the group``) names what happened, not a person, a body, a medium or a text:
nobody's words can be reported under it. :func:`names_an_event` finds the head of a source:
the noun before *of* or before a *to*-infinitive, else the last word (a possessor, ``the
carrier's``, is only its modifier). :func:`analysis.corpus.source_phrases.vetoed` uses it so
that the learned model's promotion with such a source is vetoed (the rules' own reporting
clauses are not affected).

Nouns of a step or a trip (*move*, *step*, *trip*, *effort*, *incident*) are left to
:data:`analysis.corpus.speaker_checks.EVENT_HEADS` and its narrower test: PolNeAR attributes
``The trip suggests that ...`` to the writer's inference from the trip.

Nouns of texts that do speak are not on the list (``release`` of *a news release*,
``statement``, ``report``, ``announcement``): ``according to the Friday release`` names a text.
"""

from __future__ import annotations

import re

EVENT_SOURCE_HEADS = frozenset("""arrival arrivals departure departures launch launches
    launching deployment deployments establishment creation formation signing opening
    resumption suspension expansion withdrawal visit visits dispatch docking presence
    discussion discussions talks attempt attempts meeting meetings session sessions summit
    summits test tests testing drill drills exercise exercises buildup build-up
    escalation""".split())
"""Heads of a source phrase that name an event, an act or a proceeding (module docstring)."""

_SPLIT_RE = re.compile(r"\s+(?:of|to|for|on|in|at|by|between|with|from)\s+")
_POSSESSIVE_RE = re.compile(r"[’']s?$")


def source_head(raw: str) -> str:
    """The head noun of the source phrase ``raw``, lower-cased: its last word before the
    first preposition (``launch`` of ``The launch of the missiles``), without a possessive
    ending."""
    words = _SPLIT_RE.split(raw.strip(), maxsplit=1)[0].split()
    return _POSSESSIVE_RE.sub("", words[-1].lower()) if words else ""


def names_an_event(raw: str) -> bool:
    """Whether the source ``raw`` is headed by a noun of an event or an act
    (:data:`EVENT_SOURCE_HEADS`): nobody who speaks (module docstring)."""
    return bool(raw) and source_head(raw) in EVENT_SOURCE_HEADS
