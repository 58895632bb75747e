"""Pairing quotation marks into quotations, with a stray opening mark set aside.

Curly quotes (and TeX-style ````...''``) pair as opening and closing marks; straight double
quotes and doubled apostrophes (``''``) alternate. Web copy sometimes mixes the two and leaves
a curly mark unclosed: ``adopted “the "Pledge to Consult," "Hilltop Principles," setting out
... The leaders did not address “Beijing” or ...``. Read naively, the first straight mark closes
the curly one, the straight marks then pair off by one, and a "quotation" runs over several
sentences of the writer's narration. So, while a curly quotation is open:

* a straight mark after a space (not after a comma and a space) opens an inner quotation, and
  the next straight mark closes it (``“the "Pledge," text”``); the curly quotation stays open
  (otherwise a straight mark still closes it: ``“We will act," he said``, ``“..., "Kim said``);
* after such straight marks, a second curly opening mark before any closing one shows that
  the first was stray (English nests single quotes inside double ones, not ``“`` inside
  ``“``): the quotation opens anew there. Without straight marks inside, a second ``“`` is
  left as before (a quotation left open to the end of its paragraph, or closed with the wrong
  mark: ``... 51 percent.“``).

An opening ``“`` followed by nothing but a stop before a space or the line's end (``... great
significance.” “.``, ``... 51 percent.“``) opens nothing and is skipped
(:func:`stray_opening`).

A closing ``”`` that is the range's first mark, after a stop or a comma and a few words, closes
a quotation whose opening mark the copy lost at the start of the paragraph (``The scheme has
reached the most serious phase,” said the KCNA on Friday.``): :func:`missing_opening`.

A curly mark inside a straight quotation is an inner quotation, as before
(``"... “a phrase” ..."``).
"""

from __future__ import annotations

import re

OPEN_MARKS, CLOSE_MARKS = "“«`", "”»"
QUOTE_MARK_RE = re.compile(r"''|``|(?<![\w\"=])\"\"(?=\w)|[“«”»\"]")  # ""Word: one mark
"""A quotation mark: curly, guillemet, TeX-style or straight (``""Word`` is one mark)."""


def may_hold_marks(text: str) -> bool:
    """Whether ``text`` may hold a quotation mark (:data:`QUOTE_MARK_RE`): ``False`` only when
    it holds none of the strings every match holds, a gate that spares most paragraphs the
    pattern."""
    return ('"' in text or "“" in text or "”" in text or "«" in text or "»" in text
            or "''" in text or "``" in text)


def opens_wrongly(text: str, i: int) -> bool:
    """Whether the closing mark ``”`` at ``text[i]`` opens a quotation, as web copy sometimes
    types it: nothing is open, and it stands before a word and after a space or at the start
    (``”Fear. I am truly afraid.” ― Name``)."""
    return text[i] == "”" and (i == 0 or text[i - 1].isspace()) and \
        text[i + 1:i + 2].isalnum()


def opens_inner(text: str, i: int) -> bool:
    """Whether the straight mark at ``text[i]``, inside a curly quotation, opens an inner one:
    after a space that follows no comma (``“the "Pledge``, ``," "Spirit``; not ``ever, "Kim
    said``, a closing mark typed after a space)."""
    return text[i - 1:i].isspace() and text[i - 2:i - 1] != ","


_LEADING_WORDS = 4
"""Fewest words before a first closing mark read as a quotation whose opening mark was lost."""


def missing_opening(text: str, start: int, i: int, end: int) -> bool:
    """Whether the closing ``”`` at ``text[i]``, the first mark of the range ``text[start:end]``,
    closes a quotation whose opening mark the copy lost at the range's start: a stop or comma
    just before it, at least :data:`_LEADING_WORDS` words from the start and a reporting clause
    of two words or more after it (``The scheme has reached the most serious phase,” said the
    KCNA.``). A mark that ends its paragraph closes a quotation run on from an earlier one."""
    return text[i] == "”" and text[i - 1:i] in {",", ".", "?", "!"} and \
        len(text[start:i].split()) >= _LEADING_WORDS and len(text[i + 1:end].split()) >= 2


def lone_straight_closing(text: str, start: int, i: int, end: int) -> bool:
    """Whether the straight ``"`` at ``text[i]``, the only straight mark of the range
    ``text[start:end]``, closes a quotation run on from an earlier paragraph, as
    :func:`missing_opening` reads a ``”`` (``We hope that ... way," Wang told a briefing.``)."""
    return text.count('"', start, end) == 1 and text[i - 1:i] in {",", ".", "?", "!"} and \
        len(text[start:i].split()) >= _LEADING_WORDS and len(text[i + 1:end].split()) >= 2


_STRAY_AFTER_RE = re.compile(r"[ \t]*(?:$|\n|[.,;:!?](?:\s|$))")
"""What follows an opening mark that opens nothing: the end of the line, or one stop and the
end of the word (``“.``, ``“ .``)."""


def stray_opening(text: str, j: int, end: int) -> bool:
    """Whether an opening ``“`` whose mark ends at ``text[j]`` opens nothing: only a stop (or
    nothing) follows it before a space or the end of ``text[:end]``."""
    return j >= end or _STRAY_AFTER_RE.match(text[:end], j) is not None


_SINGLE_OPEN_RE = re.compile(r"(?<![\w'’.,;:!?\"”“])['‘](?=[A-Z])")
_SINGLE_CLOSE_RE = re.compile(r"(?<=[.,!?])['’](?=\s|$)")


def single_quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of a range with no double quotation mark that quotes in single marks, as
    British copy does (``'It's very unfair. We supply ...,' Trump told reporters``): a mark
    before a capital, after no word, opens; the next mark after a stop or a comma, before a
    space or the end, closes. Apostrophes (``they're``, ``the allies' plan``) do neither, and a
    single-quoted word (``Biden 'canceled' the deal``) stays the writer's, as no stop precedes
    its closing mark, and so does a title in title case (``'All Bets Are Off.'``)."""
    spans: list[tuple[int, int]] = []
    if "'" not in text[start:end] and "‘" not in text[start:end]:
        return spans
    pos = start
    while (m := _SINGLE_OPEN_RE.search(text, pos, end)) is not None:
        close = _SINGLE_CLOSE_RE.search(text, m.end(), end)
        if close is None:
            break
        if not _title_case(text[m.end():close.start()]):
            spans.append((m.start(), close.end()))
        pos = close.end()
    return spans


_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as is are".split())


def _title_case(words: str) -> bool:
    """Whether ``words`` read as a title (``'All Bets Are Off.'``, ``'Legend in the Coal
    Fields.'``): at most eight words, most of those outside :data:`_SMALL_WORDS` capitalised."""
    found = [w for w in re.findall(r"[^\W\d_][\w’'-]*", words) if w.lower() not in _SMALL_WORDS]
    return len(words.split()) <= 8 and len(found) > 1 and \
        2 * sum(w[0].isupper() for w in found) > len(found)


def pair_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the quotations in ``text[start:end]`` (module notes); a
    quotation left open at the end of the range is closed there. A range with no double mark
    may quote in single marks (:func:`single_quote_spans`)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    inner, mixed = 0, False
    if not may_hold_marks(text[start:end]):
        return single_quote_spans(text, start, end)
    for m in QUOTE_MARK_RE.finditer(text, start, end):
        i, mark = m.start(), m.group(0)
        if mark == "“" and stray_opening(text, m.end(), end):
            continue  # "... significance.” “." or "51 percent.“": opens nothing
        straight = mark in {'"', "''", '""'}
        if straight and open_at is None and not spans and lone_straight_closing(text, start, i,
                                                                                 end):
            spans.append((start, m.end()))  # a run-on quotation's close: ...way," Wang told
            continue
        curly_open = open_at is not None and text[open_at] in "“«"
        if mark[0] in OPEN_MARKS or (open_at is None and (straight or opens_wrongly(text, i))):
            if open_at is None or (curly_open and mark == "“" and mixed and not inner):
                open_at = i  # a second "“" after straight marks: the first "“" was stray
            elif mark == "“" and text[open_at] == '"':
                inner += 1  # "... “a quotation inside” ...": the outer one stays open
        elif curly_open and straight and (inner or opens_inner(text, i)):
            inner, mixed = inner ^ 1, True  # “the "Pledge," text”: straight marks pair inside
        elif inner and mark == "”":
            inner -= 1
        elif open_at is not None:
            spans.append((open_at, m.end()))
            open_at, inner, mixed = None, 0, False
        elif not spans and missing_opening(text, start, i, end):
            spans.append((start, m.end()))  # "The scheme has reached ...,” said the KCNA."
    if open_at is not None:
        spans.append((open_at, end))
    return spans
