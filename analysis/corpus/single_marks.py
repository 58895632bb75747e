"""A sentence that opens with a quotation in single marks, in a document that marks its other
quotations with double ones.

Some outlets (British tabloids and the pages that copy them, blogs that paste a wire story into
their own text) print a quotation in single marks (``‘The treaty is ironclad,’ said Biden.``,
``'Nothing will stop us.'``) beside double-marked ones. :func:`analysis.corpus.quotes.quote_spans`
does not read single marks, since ``’`` is also the apostrophe, and a document with any double
mark is no single-quote document (:func:`analysis.corpus.title_case.single_quote_style`). A
single mark before the first letter of a sentence is no apostrophe, however (words that start
with one, ``’tis`` or ``’90s``, are rare in news and the digit is excluded):
:func:`opening_quotation_spans` pairs it with its closing mark the way headlines are read
(:func:`analysis.corpus.title_case.headline_quote_spans`). A quotation in title case (``'All
Bets Are Off.'``, a section heading) is no quotation, and neither is a short one that is a
paragraph by itself (``'A fight to the finish.'``).
"""

from __future__ import annotations

from .title_case import headline_quote_spans

_OPENING_MARKS = frozenset("‘'")
_HEADING_WORDS = 6
"""The longest single-quoted line that stands alone as a paragraph and is read as a section
heading (``'A really tough call.'``), not a quotation."""


def opening_quotation_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The single-quoted stretches of the sentence ``text[start:end]`` when it opens with a
    single quotation mark before a letter and that mark is closed in the sentence, else no
    span."""
    body = text[start:end]
    k = len(body) - len(body.lstrip())
    if body[k:k + 1] not in _OPENING_MARKS or not body[k + 1:k + 2].isalpha():
        return []
    spans = headline_quote_spans(text, start, end)
    if not spans or spans[0][0] != start + k:
        return []
    words = text[spans[0][0]:spans[0][1]].split()
    capitals = sum(w[:1].isupper() or w[1:2].isupper() for w in words)
    if 2 * capitals > len(words):
        return []  # "'All Bets Are Off.'": a heading
    alone = text[spans[0][1]:end].strip() == "" and text[start - 2:start].strip() == ""
    return [] if alone and len(words) <= _HEADING_WORDS else spans  # "'A tough call.'"


def single_mark_spans(text: str, start: int, end: int, first: bool) -> list[tuple[int, int]]:
    """The single-quoted stretches of the sentence ``text[start:end]`` read as quotations: in
    the first paragraph (``first``) every one, headline style (``Rip Trump As A ‘Fraud.’``),
    elsewhere one that opens the sentence (:func:`opening_quotation_spans`)."""
    return headline_quote_spans(text, start, end) if first else \
        opening_quotation_spans(text, start, end)
