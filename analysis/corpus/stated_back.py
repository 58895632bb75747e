"""A statement whose source the next sentence names: *This is stated in the commentary of X*.

Russian agency copy (TASS, RIA Novosti, and the sites that repost them) opens with a statement
and names its source only in the sentence after it: *The United States and its allies are
taking steps to apply extended deterrence in the region. This is stated in the commentary of
the official representative of the Russian Foreign Ministry Maria Zakharova.* The first
sentence is the named source's words (``quoted``, indirect); the naming sentence is a frame
the writer sets around them, as the labelling rules read *X issued the following statement:*
(``authorial``). :func:`stated_back` applies this to the readings of a document once every
sentence has its own, and only where the sentence before was read as the writer's and stands
in the same paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

_STATED_RE = re.compile(
    r"\s*(?:This|That|It)\s+(?:is|was|has\s+been)\s+(?:stated|said|announced|reported|noted|"
    r"declared|written|emphasized|emphasised|stressed)\s+(?:in|by)\s+(?P<rest>[^.;:]{3,200})")
"""*This is stated in* or *This was said by* and the words that name the source."""
_SETTING_RE = re.compile(r"\s+(?:on|at|during|last|this|published|posted|released)\s")
"""Where the naming's setting starts (``... Dmitry Peskov on Monday``): no part of the name."""
_NAME_RE = re.compile(r"(?:[A-Z][\w’'.-]+\s+)*[A-Z][\w’'.-]+")
_NAME_WORDS = 2
"""Words of a person's name kept from the end of a long capitalised run (``Russian Foreign
Ministry Maria Zakharova``: ``Maria Zakharova``)."""


def stated_source(sentence: str) -> str | None:
    """The source a naming sentence gives (``This is stated in the comments of the official
    representative of the Russian Foreign Ministry Maria Zakharova, published on ...``:
    ``Maria Zakharova``; ``This was said by Dmitry Peskov``: ``Dmitry Peskov``), else
    ``None``."""
    m = _STATED_RE.match(sentence)
    if m is None:
        return None
    names = _NAME_RE.findall(_SETTING_RE.split(m.group("rest").split(",")[0])[0])
    if not names:
        return None
    words = names[-1].split()
    return " ".join(words[-_NAME_WORDS:]) if len(words) > _NAME_WORDS + 1 else names[-1]


def stated_back(text: str, sentences: Sequence[tuple[int, int, int]], readings: list[Any]
                ) -> list[Any]:
    """``readings`` (one :class:`analysis.corpus.quotes.Attribution` per sentence) with each
    naming sentence read as the writer's frame and the writer's sentence just before it, in
    its paragraph, read as the named source's words (module docstring)."""
    for n in range(1, len(sentences)):
        (p, s, e), q = sentences[n], sentences[n - 1][0]
        if q != p or readings[n - 1].voice != "authorial":
            continue
        source = stated_source(text[s:e])
        if source is None:
            continue
        readings[n - 1] = replace(readings[n - 1], quote="indirect", voice="quoted",
                                  speaker=source, full_name=source)
        readings[n] = replace(readings[n], quote="none", voice="authorial", speaker=None,
                              full_name=None)
    return readings
