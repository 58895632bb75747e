"""The lede under a state news agency's dateline: the agency's own words.

A dispatch filed under the dateline of a listed news agency (``PYONGYANG, April 29 (KCNA)
--``, KCNA in ``analysis/resources/actors.json``) and carried by another outlet is the agency
speaking, even where its lede has no reporting clause (*The so-called “Washington Declaration”
is the product of the hostile policy ...*). :func:`agency_lede` names the agency for that
sentence; an unlisted agency (``(Yonhap)``, ``(AP)``) is the outlet that files the story, whose
lede stays the writer's.
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
    return m.group(1) if linker.kind(m.group(1)) == "organisation" else None
