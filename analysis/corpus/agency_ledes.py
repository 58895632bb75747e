"""The lede under a state news agency's dateline: the agency's own words.

A dispatch filed under the dateline of a listed news agency (``PYONGYANG, April 29 (KCNA)
--``, KCNA in ``analysis/resources/actors.json``) and carried by another outlet is the agency
speaking, even where its lede has no reporting clause (*The so-called “Washington Declaration”
is the product of the hostile policy ...*). :func:`agency_lede` names the agency for that
sentence; an unlisted agency (``(Yonhap)``, ``(AP)``) is the outlet that files the story, whose
lede stays the writer's. So does the lede of the agency's own copy (its commentary as the agency
publishes it): a dispatch carried by another outlet goes on to name the text it carries as a
source (*The commentary accused ...*, *The paper said ...*, *KCNA said*), the agency's own copy
never does (:func:`names_the_carried_text`), and all of it is the writer's.
"""

from __future__ import annotations

import re

from .actor_linker import default_linker
from .datelines import dateline_spans

_AGENCY_RE = re.compile(r"\(([A-Z][\w .-]{1,40})\)")


def lede_start(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` begins after the wire dateline that opens it
    (``SEOUL, April 27 (Yonhap) --``, ``SEOUL (AP) —``, :func:`.datelines.dateline_spans`):
    the offset of the first character after its dash and the spaces that follow, or ``start``
    when it opens with none or is nothing else.
    A dateline names where a story was filed, never a speaker or a subject."""
    head = text[start:min(end, start + 80)]
    if "\n" in head.strip() or ("-" not in head and "—" not in head and "–" not in head
                                   and "/" not in head):
        return start  # a dateline ends in a dash (or a /TASS/): most have none near their start
    spans = dateline_spans(head)
    if not spans or spans[0][0] >= 3 or not text[start + spans[0][1]:end].strip():
        return start
    body = start + spans[0][1]
    return body + len(text[body:end]) - len(text[body:end].lstrip())


def agency_lede(text: str, start: int, end: int) -> str | None:
    """The listed news agency whose dateline opens the sentence ``text[start:end]`` (``KCNA``),
    else ``None``."""
    if "(" not in text[start:min(end, start + 80)]:
        return None
    body = lede_start(text, start, end)
    m = _AGENCY_RE.search(text, start, body) if body > start else None
    if m is None:
        return None
    linker = default_linker()
    if linker.kind(m.group(1)) != "organisation" or not names_the_carried_text(text, end):
        return None
    return m.group(1)


_CARRIED_TEXT_RE = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:commentary|article|editorial|paper|newspaper|"
    r"dispatch|agency|daily)|KCNA|[A-Z][a-z]+ Sinmun)"
    r"(?:\s+(?:also|further|then|later|went\s+on\s+to|on\s+\w+day))?\s+"
    r"(?:said|says|noted|notes|accused|accuses|claimed|claims|warned|warns|added|adds|stressed|"
    r"stresses|argued|argues|called|calls|described|describes|insisted|insists|asserted|"
    r"asserts|alleged|alleges|charged|charges|urged|urges|stated|states|reported|reports|"
    r"quoted|quotes|slammed|slams|denounced|denounces|blasted|blasts|criticized|criticizes)\b")
"""A carried text, its paper or the agency as the subject of a reporting verb."""


def names_the_carried_text(text: str, end: int) -> bool:
    """Whether the document ``text`` after the lede ending at ``end`` names the text an
    agency's dispatch carries as a source (module docstring)."""
    return _CARRIED_TEXT_RE.search(text, end) is not None
