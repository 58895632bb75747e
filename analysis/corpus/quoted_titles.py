"""A title in quotation marks after the word that introduces it: a name, not anyone's words.

Korean English-language press and official readouts name a forum's theme, a slogan or a
document's title in quotation marks (``The forum was held under the theme "The Situation on
the Korean Peninsula and the ROK-U.S. Alliance."``, ``a report entitled “Nuclear Deterrence in
the 2020s”``). Read as a quotation, such a sentence took the last speaker of the story as its
source. :func:`without_titles` drops these spans before the sentence is read: a quotation in
title case (most of its words capitalised) right after *theme*, *titled*, *entitled*,
*slogan*, *motto* or *banner* (perhaps with *of* and a colon or comma between); and a
document's name in title case after an article (``the two men issued the "Washington
Declaration,"``); and a short name given after *known as* (``the pact, known as the "123
Agreement,"``), *nicknamed* or *code-named*, in any case.
"""

from __future__ import annotations

import re

_INTRODUCED_RE = re.compile(r"\b(?:theme|themes|titled|entitled|slogan|motto|banner)"
                            r"(?:\s+of)?\s*[:,]?\s*$", re.IGNORECASE)
_SMALL = frozenset("a an the of and or in on at to for with by from as vs".split())
_KNOWN_AS_RE = re.compile(r"\b(?:(?:known|referred\s+to)\s+as\s+(?:the\s+|a\s+|an\s+)?|"
                          r"(?:nicknamed|code-?named)\s+(?:the\s+)?)[\"“]?$", re.IGNORECASE)
"""A name given right before a quotation (``the pact, known as the "123 Agreement,"``,
``colloquially known as a “123 agreement”``): a short quotation there is a name in any case."""
_NAME_WORDS = 4


def _title_case(quotation: str) -> bool:
    """Whether most words of ``quotation`` (small words aside) are capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'.-]*", quotation) if w.lower() not in _SMALL]
    return len(words) >= 2 and 3 * sum(w[0].isupper() for w in words) >= 2 * len(words)


_DOCUMENT_NAMES = frozenset("""Declaration Agreement Accord Accords Treaty Pact Plan Initiative
Doctrine Act Strategy Vision Statement Communique Charter Framework Roadmap Guidelines""".split())
_ARTICLE_RE = re.compile(r"\b(?:the|a|an|its|their)\s*[\"“]?$")


def _named_document(text: str, qs: int, qe: int) -> bool:
    """Whether the quotation ``text[qs:qe]`` names a document after an article (``issued the
    "Washington Declaration"``): title case, its last word a document's name."""
    words = re.findall(r"[^\W\d_][\w’'.-]*", text[qs:qe])
    return bool(words) and words[-1].rstrip(".") in _DOCUMENT_NAMES and \
        _title_case(text[qs:qe]) and _ARTICLE_RE.search(text, max(0, qs - 12), qs) is not None


def without_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (quotations of ``text``) less the titles named after an introducing word, and
    the names of documents after an article (:func:`_named_document`)."""
    return [(qs, qe) for qs, qe in spans
            if not (_INTRODUCED_RE.search(text, max(0, qs - 40), qs) and
                    _title_case(text[qs:qe])) and not _named_document(text, qs, qe)
            and not (_KNOWN_AS_RE.search(text, max(0, qs - 40), qs) and
                     len(text[qs:qe].split()) <= _NAME_WORDS)]


_PAIR_RE = re.compile(r"[\"“]([^\"“”]{1,80})[\"”]")


def without_title_marks(sentence: str) -> str:
    """``sentence`` with the quotation marks around each title or name of
    :func:`without_titles` replaced by spaces (offsets kept): the text the learned second
    opinion reads, to which a name in quotation marks is no quotation."""
    if '"' not in sentence and "“" not in sentence:
        return sentence
    kept = set(without_titles(sentence, [(m.start(), m.end()) for m in _PAIR_RE.finditer(
        sentence)]))
    out = list(sentence)
    for m in _PAIR_RE.finditer(sentence):
        if (m.start(), m.end()) not in kept:
            out[m.start()] = out[m.end() - 1] = " "
    return "".join(out)
