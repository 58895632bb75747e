"""Headlines set in title case, read as a sentence is.

A headline in title case capitalises its verbs (``Clinton Hid Health Problems, Former Doctor
Says``, ``Sanders Vows To Eliminate Tax Breaks``), and the reporting clauses of
:mod:`analysis.corpus.cues` count only lower-case cue words (so that ``United States`` is not
``states``). :func:`sentence_case` lower-cases, in a title-case headline only, the reporting
verbs and the function words around them, keeping every offset, so the headline is read like
its sentence-case twin (``Lindsey Graham says``, ``Sanders vows to``). Names stay capitalised.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .cue_words import EVIDENCE_VERBS, QUOTE_ONLY_VERBS, SPEECH_VERBS, THAT_ONLY_VERBS
from .lead_lengths import too_long_for_headline
from .voice_classes import without_signoff

_WORD_RE = re.compile(r"[A-Za-z][a-z’']*")
_SMALL = frozenset("""a an the of in on at to for from by with and or but as that this is are
    was were be has have had will would can could should may might not nor so than""".split())
"""Function words: title case capitalises them (``To``, ``That``), sentence case does not."""
_VERBS = SPEECH_VERBS | EVIDENCE_VERBS | QUOTE_ONLY_VERBS | THAT_ONLY_VERBS
_LOWER = _SMALL | _VERBS
_TITLE_SHARE = 0.75
"""The share of the words of four letters or more (less the first) that must be capitalised."""


def is_title_case(sentence: str) -> bool:
    """Whether ``sentence`` is set in title case: at least three words of four letters or more
    after the first, and at least :data:`_TITLE_SHARE` of them capitalised (``Retired General
    Reveals ‘Demoralizing’ Experience``; not ``Trump urges supporters to monitor polls``)."""
    long = [w for w in _WORD_RE.findall(sentence)[1:] if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= _TITLE_SHARE * len(long)


def _lower(m: re.Match) -> str:
    word = m.group(0)
    return word.lower() if word.lower() in _LOWER and not word.isupper() else word


def sentence_case(sentence: str) -> str:
    """``sentence`` with its capitalised reporting verbs and function words lower-cased when it
    is set in title case (:func:`is_title_case`), else unchanged; the first word stays as it is
    and the length never changes."""
    if not is_title_case(sentence):
        return sentence
    first = _WORD_RE.search(sentence)
    cut = first.end() if first else 0
    return sentence[:cut] + _WORD_RE.sub(_lower, sentence[cut:])


_OPENING_RE = re.compile(r"(?<![\w’'])[‘'](?=\w)")
_CLOSING_RE = re.compile(r"(?<=[\w.!?,])[’'](?![\w’'])")
"""A single-quoted stretch runs from an opening mark (before a word and not after one, so no
apostrophe of ``Clinton’s``) to the first closing mark after it (after a word or its stop and
before no letter), on one line."""


def headline_quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the single-quoted stretches of the headline
    ``text[start:end]`` (``Christie Calls Clinton ‘A Disgrace’``): headlines mark a quotation
    with single quotes, where the apostrophe rules them out in running text. The marks are
    paired in one pass (an opening mark that nothing closes costs no rescan of the line)."""
    closings = [m.start() for m in _CLOSING_RE.finditer(text, start, end)]
    if not closings:
        return []
    lines = [m.start() for m in re.finditer("\n", text[start:end])]
    spans: list[tuple[int, int]] = []
    for m in _OPENING_RE.finditer(text, start, end):
        i = m.start()
        if spans and i < spans[-1][1]:
            continue
        k = bisect_right(closings, i)
        if k == len(closings):
            break
        n = bisect_right(lines, i - start)
        if n == len(lines) or lines[n] > closings[k] - start:  # no line break in between
            spans.append((i, closings[k] + 1))
    return spans


def single_quote_style(text: str) -> bool:
    """Whether the document ``text`` marks its quotations with single quotes only, as part of
    the British press does (``‘The alliance is ironclad,’ said Biden.``): no double quotation
    mark anywhere (nor ``''``) and at least two opening marks ``‘``. Its quotations are then
    read with :func:`headline_quote_spans` in every paragraph, not in the headline only."""
    return text.count("‘") >= 2 and not any(c in text for c in '"“”') and "''" not in text


END_PUNCT = frozenset(".!?…\"”’')»:")
"""Characters a sentence may end on (a closing mark counts: ``... "for good."``)."""
CLOSING_MARKS = "\"”’')»"


def menu_page(text: str, sentences: list[tuple[int, int, int]]) -> bool:
    """Whether most sentences (at least two) end in punctuation: on such a page an unpunctuated
    paragraph end stands out as a menu line; a table export that lost its stops is not one."""
    stops = sum(text[s:e].rstrip()[-1:] in END_PUNCT for _, s, e in sentences)
    return stops >= 2 and 2 * stops > len(sentences)


_CLOSING_CLAUSE_RE = re.compile(r",\s+(?:(?:[\w.’'-]+\s+){0,4}?([a-z]+)|(said|says)\s+"
                                r"(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)$")
"""A reporting clause after a comma at the end of a sentence (``..., China said``, ``..., said
the ministry``)."""


_DEK_WORDS = 30
_SUBJECT_WORDS = 4
"""The longest sub-headline; a longer unstopped second paragraph is a lede that lost its stop."""


def _closing_report(text: str) -> bool:
    """Whether the words after the last comma of ``text`` are a short subject and a reporting
    verb (``..., Yoon told reporters on April 27``: a sentence that lost its stop)."""
    words = text.rsplit(",", 1)[1].split()[:_SUBJECT_WORDS + 1] if "," in text else []
    return any(w in SPEECH_VERBS for w in words[1:])


def heading_paragraphs(text: str, paragraphs: dict[int, tuple[int, int]]) -> tuple[int, set[int]]:
    """The first paragraph of ``paragraphs`` (number -> start and end offsets in ``text``) and
    the paragraphs read as headlines by :func:`is_headline`: the first, and a sub-headline (a
    dek) right after it when both end without a stop (``China Slams Plan`` then ``The
    announcement came after Seoul reaffirmed its ‘umbrella’``), of at most thirty words and no
    closing reporting clause (``..., media reported``, ``..., Yoon told reporters on April
    27``); a dek, like a headline, reports nothing even when it names a statement."""
    if not paragraphs:
        return 0, {0}
    first = min(paragraphs)
    heads = {first}

    def unstopped(p: int) -> bool:
        s, e = paragraphs[p]
        return "\n" not in text[s:e].strip() and \
            text[s:e].rstrip().rstrip(CLOSING_MARKS)[-1:] not in END_PUNCT

    if first + 1 in paragraphs and unstopped(first) and unstopped(first + 1):
        dek = text[slice(*paragraphs[first + 1])].strip()
        if len(dek.split()) <= _DEK_WORDS and not _closing_clause(dek) and \
                not _closing_report(dek):
            heads.add(first + 1)  # not a lede that lost its stop ("..., media reported")
    return first, heads


def is_headline(sentence: str, whole_first_paragraph: bool, menu_line: bool) -> bool:
    """A headline: the whole first paragraph without a final stop (a closing mark is no stop:
    ``... will bring 'more serious danger'``), or, on a :func:`menu_page`, unquoted words that
    close a paragraph without any punctuation (``OK Yoon heads to Washington``), unless a
    reporting clause closes them (``..., China said``: a sentence that lost its stop) or a
    pronoun and a lower-case word open them (``He pointed out that ...``: one too), nor
    when they are too long for a headline (:func:`.lead_lengths.too_long_for_headline`); a
    wire sign-off after the stop (``... said. — Reuters``) is no menu line. Words that end in
    a stop and a footnote's number (``... the nuclear umbrella.1``) are a sentence."""
    end = sentence.rstrip()
    end = without_signoff(end) or end if menu_line else end
    if _FOOTNOTE_END_RE.search(end):
        return False
    return (whole_first_paragraph and end.rstrip(CLOSING_MARKS)[-1:] not in END_PUNCT
            and not too_long_for_headline(end)) or \
        (menu_line and end[-1:].isalnum() and not _closing_clause(end)
         and not _PRONOUN_CLAUSE_RE.match(end) and not too_long_for_headline(end))


_FOOTNOTE_END_RE = re.compile(r"[^\W\d_][.!?][”\"’']?\d{1,2}$")
"""A footnote's number after a word's stop (``... the American nuclear umbrella.1``): the
sentence has its stop."""
_PRONOUN_CLAUSE_RE = re.compile(r"(?:He|She|They|We|I)\s+[a-z]")
"""A personal pronoun and a lower-case word: a clause, never a menu line."""


def _closing_clause(sentence: str) -> bool:
    """Whether a reporting clause after a comma closes ``sentence`` (:data:`_CLOSING_CLAUSE_RE`:
    its verb one of :data:`_VERBS`)."""
    m = _CLOSING_CLAUSE_RE.search(sentence[-80:])
    return m is not None and (m.group(2) is not None or m.group(1) in _VERBS)
