"""A quotation that runs over several paragraphs without reopening its mark in each.

News style reopens a quotation at the start of every paragraph it continues into; blogs that
paste a whole wire story under ``The agency reports: “...`` often do not: the opening mark
stands once, the story runs on over paragraphs with no mark of its own (its inner quotations
in single marks), and a closing mark ends the last of them. :func:`closing_paragraph` finds that
last paragraph: the quotation opened in paragraph ``p`` is left open there, no later paragraph
opens a double mark before it, and it ends with a closing one. :func:`run_on_block` hands the
source of the opening paragraph to the paragraphs in between; the rules in
:mod:`analysis.corpus.quotes` give it to those of their sentences that name no source of their
own (a sentence with its own reporting clause keeps it: *North Korea said that ...*) and do
not open with a personal pronoun (*He repeated a line ...*: the person quoted last, whom the
rules and the learned model read on their own, :func:`in_run_on`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .listed_blocks import listed_block

Block = tuple[int, str, int] | None
"""A run of paragraphs handed to one source: first paragraph, source, last paragraph."""

_REACH = 12
"""Paragraphs searched for the closing mark."""


def closing_paragraph(text: str, paragraphs: dict[int, tuple[int, int]], p: int) -> int | None:
    """The paragraph after ``p`` that closes a quotation ``p`` leaves open, when no paragraph
    between them opens one, else ``None``."""
    s, e = paragraphs[p]
    if text.count("“", s, e) <= text.count("”", s, e):
        return None
    for q in range(p + 1, p + 1 + _REACH):
        if q not in paragraphs or "“" in text[paragraphs[q][0]:paragraphs[q][1]]:
            return None
        if text[paragraphs[q][0]:paragraphs[q][1]].rstrip().endswith("”"):
            return q
    return None


def run_on_block(text: str, paragraphs: dict[int, tuple[int, int]], where: tuple[int, int],
                 read: Sequence[Any],
                 block: Block) -> Block:
    """The run-on quotation ``(first paragraph, source, last paragraph)`` that the sentence
    ending at offset ``where[1]`` of paragraph ``where[0]`` leaves open, else ``block`` (the
    one already running). ``read``: the last sentences as the rules read them (each with its
    ``paragraph`` and its source ``raw``); the last source named in the paragraph opened it."""
    p, end = where
    if end != paragraphs[p][1]:
        return block
    last = closing_paragraph(text, paragraphs, p)
    source = next((c.raw for c in reversed(read) if c.paragraph == p and c.raw), None)
    return (p + 1, source, last) if last is not None and source else block


_PERSONAL = frozenset("He She They".split())


def in_run_on(block: tuple[int, str, int], p: int, sentence: str) -> bool:
    """Whether a sentence of paragraph ``p`` that names no source of its own takes the source
    of the run-on quotation ``block``: it lies in the block and does not open with a personal
    pronoun."""
    words = sentence.split(maxsplit=1)
    return block[0] <= p <= block[2] and bool(words) and words[0] not in _PERSONAL


def next_blocks(text: str, paragraphs: dict[int, tuple[int, int]], where: tuple[int, int],
                read: Sequence[Any], blocks: tuple[Block, Block],
                has_quote: bool) -> tuple[Block, Block]:
    """The frame or list block and the run-on quotation after the sentence ending at offset
    ``where[1]`` of paragraph ``where[0]`` (``read``: the sentences read so far, this one last;
    ``blocks``: the two before it; ``has_quote``: whether it quotes): a list its line
    introduces (:func:`.listed_blocks.listed_block`, only for a line without a quotation) and a
    quotation it leaves open (:func:`run_on_block`)."""
    block, run_on = blocks
    source = None if has_quote else read[-1].raw
    return (listed_block(text, paragraphs, where, source) or block,
            run_on_block(text, paragraphs, where, read[-5:], run_on))


def open_paragraphs(text: str, sentences: Sequence[tuple[int, int, int]]) -> set[int]:
    """The paragraphs of ``sentences`` whose quotation runs on into the next paragraph in news
    style: more opening than closing curly marks (or an odd number of straight ones), and the
    next paragraph opens with a mark (``“The alliance is ironclad.`` / ``“We will not be
    intimidated,” Campbell said.``): their source may be named in that next paragraph."""
    bounds: dict[int, list[int]] = {}
    for p, s, e in sentences:
        bounds.setdefault(p, [s, e])[1] = e
    out = set()
    for p, (s, e) in bounds.items():
        nxt = bounds.get(p + 1)
        left_open = text.count("“", s, e) > text.count("”", s, e) or text.count('"', s, e) % 2
        if left_open and nxt and text[nxt[0]:nxt[1]].lstrip()[:1] in {"“", '"'}:
            out.add(p)
    return out
