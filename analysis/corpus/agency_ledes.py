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


def agency_lede(text: str, start: int, end: int) -> str | None:
    """The listed news agency whose dateline opens the sentence ``text[start:end]`` (``KCNA``),
    else ``None``."""
    head = text[start:min(end, start + 80)]
    if "(" not in head or "\n" in head.strip():
        return None
    spans = dateline_spans(head)
    m = _AGENCY_RE.search(head, 0, spans[0][1]) if spans and spans[0][0] < 3 else None
    if m is None or not text[start + spans[0][1]:end].strip():
        return None
    linker = default_linker()
    return m.group(1) if linker.kind(m.group(1)) == "organisation" else None
