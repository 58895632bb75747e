"""The list a source's line introduces: ``According to the declaration:`` and then one
paragraph per point, each opened by a list mark.

Explainers and briefs give a document's provisions or a speaker's points as a list under a
line that names the source and ends in a colon (``The statement lists three steps:``,
``According to the declaration:``, ``Officials said the plan includes:``). Every item is the
source's content (the rule of the voices sets, ``data/voices_README.md``), though none names
it. :func:`listed_block` hands the source of such a line to the paragraphs after it that open
with a list mark (a dash, a bullet, an asterisk, ``1.`` or ``1)``), up to the first that does
not. A line without a source (``The guidelines are expected to include:``) hands nothing, and
neither does a line followed by a paragraph without a list mark (the bare frame before a block
quotation is read in :mod:`analysis.corpus.quotes`).
"""

from __future__ import annotations

import re

_ITEM_RE = re.compile(r"\s*(?:[-–—•·▪*]\s|\d{1,2}[.)]\s)")
"""A list mark opening a paragraph."""


def listed_block(text: str, paragraphs: dict[int, tuple[int, int]], where: tuple[int, int],
                 source: str | None) -> tuple[int, str, int] | None:
    """The block ``(first paragraph, source, last paragraph)`` of list items that the sentence
    ending at offset ``where[1]`` of paragraph ``where[0]`` introduces, when it ends its
    paragraph with a colon and names ``source``; else ``None``."""
    p, end = where
    if source is None or end != paragraphs[p][1] or \
            not text[paragraphs[p][0]:end].rstrip().endswith(":"):
        return None
    last = p
    while last + 1 in paragraphs and _ITEM_RE.match(text, paragraphs[last + 1][0]):
        last += 1
    return (p + 1, source, last) if last > p else None
