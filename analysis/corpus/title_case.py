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

from .cue_words import EVIDENCE_VERBS, QUOTE_ONLY_VERBS, SPEECH_VERBS, THAT_ONLY_VERBS

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


_SINGLE_QUOTE_RE = re.compile(r"(?<![\w’'])[‘'](?=\w)(.+?)(?<=[\w.!?,])[’'](?![\w’'])")
"""A single-quoted stretch: the opening mark before a word and not after one (so no
apostrophe of ``Clinton’s``), the closing mark after a word or its stop and before no letter."""


def headline_quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the single-quoted stretches of the headline
    ``text[start:end]`` (``Christie Calls Clinton ‘A Disgrace’``): headlines mark a quotation
    with single quotes, where the apostrophe rules them out in running text."""
    return [m.span() for m in _SINGLE_QUOTE_RE.finditer(text, start, end)]
