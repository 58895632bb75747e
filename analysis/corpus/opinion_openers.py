"""A sentence opened by the view of someone named or referred to: *In his opinion, ...*.

An opening phrase *In* + a possessor + *opinion*, *view*, *assessment*, *estimation*,
*judgment* or *mind*, closed by a comma, gives the rest of the sentence as what that possessor
holds (``In his opinion, the country should act regardless of the cost``, ``In Lee's view, the
plan comes too late``, ``In their assessment, the drills were a warning``): reported content,
as the labelling rules of ``data/voices_README.md`` count a view someone holds. The possessor
is the source (so is the holder of *In the eyes of the outside world, ...*): a pronoun as its
subject form (*his*: ``he``, resolved to the person it stands
for like any pronoun source), a name or a noun phrase without its ``’s`` (``Lee``, ``the
ministry``). The writer's own view (*In my opinion*, *In our view*) and a view without a
possessor (*In the view of many*, *In some views*) are no report, and neither is *its* (a
thing's, as often as a body's: *In its current form, ...*). A sentence opened by a
conclusion's connective or a point's ordinal (*Therefore, ...*, *Second, ...*) right after a
reported sentence goes on with that report (:func:`continues`).
"""

from __future__ import annotations

import re

_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
"""A possessive pronoun holding the view, and the subject pronoun it stands for."""
_OPENER_RE = re.compile(
    r"^\W*(?:(?:But|And|Yet|So),?\s+[Ii]n|In)\s+(?P<holder>[Hh]is|[Hh]er|[Tt]heir|"
    r"(?:the\s+(?:[a-z-]+\s+){0,2}[a-z-]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s)\s+"
    r"(?:own\s+)?(?:opinion|view|assessment|estimation|judge?ment|mind)\s*,\s*\S")
"""*In* + possessor + a noun of a view + a comma, opening the sentence (after *But* or *And*)."""
_EYES_RE = re.compile(
    r"^\W*(?:(?:But|And|Yet|So),?\s+[Ii]n|In)\s+the\s+eyes\s+of\s+(?P<holder>(?:the\s+|many\s+)?"
    r"(?:[a-z-]+\s+){0,2}[a-z-]+|(?:(?:many|most|some)\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
    r"\s*,\s*\S")
"""*In the eyes of* + a holder + a comma (``In the eyes of the outside world, ...``)."""
_NO_HOLDERS = frozenset("law laws statute constitution rules treaty court courts".split())
"""Heads of a phrase after *In the eyes of* that hold no view (*In the eyes of the law*)."""


def opinion_holder(sentence: str) -> str | None:
    """The source of a ``sentence`` opened by someone's view (module docstring): a subject
    pronoun (``he``) for *his*, the name or noun phrase without ``’s`` for a possessor;
    ``None`` for any other sentence."""
    m = _OPENER_RE.match(sentence)
    if m is None:
        eyes = _EYES_RE.match(sentence)  # "In the eyes of the outside world, ...": its view
        return eyes.group("holder") if eyes and eyes.group("holder").split()[-1].lower() not in \
            _NO_HOLDERS else None  # not "In the eyes of the law"
    holder = m.group("holder")
    pronoun = _PRONOUNS.get(holder.lower())
    return pronoun if pronoun else holder[:-2]


_GOES_ON_RE = re.compile(r"^\W*(?:Therefore|Thus|Hence|Consequently|Second(?:ly)?|Third(?:ly)?|"
                         r"Fourth(?:ly)?|Lastly),\s+\S")
"""A connective of an argument's conclusion or an ordinal of its points, closed by a comma."""
_REPORTED = frozenset({"indirect", "direct", "partial"})
_ARGUED_RE = re.compile(r"\b(?:is|are|has|have|must|should|will|would|can|cannot|could|may|"
                        r"might|need|needs|does|do|we|us|our|I)\b|\b(?:[Ii]t|[Tt]his|[Tt]hat|"
                        r"[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?[a-z]+s\b")
"""A present, perfect or modal verb or a first-person word: a point argued, not an event told
(``Second, an American submarine docked in Busan`` is the writer's list)."""


def continues(sentence: str, previous: str) -> bool:
    """Whether ``sentence`` (read ``none``) goes on with the words the sentence before it in
    the paragraph reports (``previous``: that one's reading): it opens with a conclusion's
    connective or a point's ordinal (``Park explains that ... . Therefore, the North's attack
    is unrealistic``; ``First of all, Geng stressed ... . Second, China has the right ...``),
    which argue on the source's side, not the writer's: the sentence argues
    (:data:`_ARGUED_RE`), where the writer's list or consequence tells events (``Consequently,
    roads were closed``)."""
    return previous in _REPORTED and _GOES_ON_RE.match(sentence) is not None and \
        _ARGUED_RE.search(sentence) is not None
