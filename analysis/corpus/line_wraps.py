"""Hard-wrapped text: lines broken inside sentences at a fixed width (e-mail, terminal copies,
some database exports). The loader reads every line break as a paragraph break
(:func:`analysis.corpus.sentences.split_paragraphs`), so such a text loses its sentences;
:func:`hard_wrapped` lets the loader warn instead of cutting them silently."""

from __future__ import annotations

import re

_INSIDE_RE = re.compile(r"[^\W_][,;]?[ \t]*\n[ \t]*[a-z(]"
                        r"|\b(?:a|an|the|to|of|and|or|in|on|for|with|by|at|from|that|as)[ \t]*\n"
                        r"[ \t]*[A-Za-z]")
"""A line break inside a sentence: a line ending in a word (or a comma) before a line that
goes on in lower case, or a line ending in a function word (``to set up a`` / ``Nuclear``)."""
MIN_BREAKS = 3
"""Line breaks inside sentences a text needs before it is called hard-wrapped."""
MIN_SHARE = 0.3
"""Share of its single line breaks (not blank lines) that must fall inside sentences."""


def hard_wrapped(text: str) -> str | None:
    """``"N of M line breaks fall inside a sentence"`` when at least :data:`MIN_BREAKS` single
    line breaks, and :data:`MIN_SHARE` of them, fall inside sentences; else ``None``."""
    text = text.strip()
    inside = len(_INSIDE_RE.findall(text))
    if inside < MIN_BREAKS:
        return None
    single = len(re.findall(r"[^\n]\n(?![ \t]*\n)", text))
    if not single or inside < MIN_SHARE * single:
        return None
    return f"{inside} of {single} line breaks fall inside a sentence"
