"""A paragraph opened by its source and a reporting verb with a comma or colon, no quotation
marks: every sentence of it is that source's words.

A ministry's English record of a press conference, and outlets that copy it, set out the
exchange as prose paragraphs: ``A reporter asked: According to reports, ... What is China's
comment?`` and ``Mao Ning said, I would like to make four points. First, ... Second, ...``. The
opening sentence names its source; the sentences after it, in the same paragraph, carry no cue
of their own and were read as the writer's. :func:`framed_paragraph_readings` gives them the
opening's speaker (``indirect``: the words are not marked as quoted), when the opening reads
as that source's words and the paragraph holds no quotation mark (a paragraph with quotation
marks is read sentence by sentence, as news writes it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

FRAME_RE = re.compile(
    r"\s*(?P<source>[A-Z][^,:;\"“”.!?]{1,80}?)\s+(?:said|asked|added|stated|answered|replied|responded|"
    r"noted|stressed|remarked)\s*[,:]\s+(?=[A-Z])")
"""A paragraph's opening source and reporting verb before a comma or colon (``Mao Ning said,``,
``A reporter asked:``)."""

_MARKS = frozenset("\"“”«»")


def framed_paragraph_readings(text: str, sentences: Sequence[tuple[int, int, int]],
                              results: list[Any]) -> list[Any]:
    """``results`` (attributions with ``quote``, ``voice``, ``speaker``, ``full_name``) with the
    authorial sentences of each framed paragraph (module docstring) given the speaker of its
    opening sentence."""
    out = list(results)
    n = len(sentences)
    i = 0
    while i < n:
        p, s, _ = sentences[i]
        j = i
        while j + 1 < n and sentences[j + 1][0] == p:
            j += 1
        opening = out[i]
        m = FRAME_RE.match(text, s, sentences[i][2])
        if (m and j > i and opening.voice == "quoted" and opening.speaker
                and _MARKS.isdisjoint(text[s:sentences[j][2]])):
            speaker, full = _frame_source(m.group("source"), opening)
            for k in range(i + 1, j + 1):
                if out[k].voice == "authorial":
                    out[k] = replace(out[k], quote="indirect", voice="quoted",
                                     speaker=speaker, full_name=full)
        i = j + 1
    return out


_PRONOUNS = frozenset("he she they it we i".split())


def _frame_source(source: str, opening: Any) -> tuple[str, str | None]:
    """The speaker (and full name) of a framed paragraph's later sentences: the opening's own
    when the frame names it or a pronoun stands for it (``Mao Ning said,``, ``She said,``),
    else the frame's source as written: the opening may report someone else inside it (``A
    reporter asked: According to reports, Yoon said ...``: the question is the reporter's)."""
    if source.lower() in _PRONOUNS or opening.speaker.lower() in source.lower():
        return opening.speaker, opening.full_name
    return source, None
