"""*As X put it, "..."*: a quotation introduced by the writer's *as* clause is X's words.

``put it`` is no reporting verb of :mod:`analysis.corpus.cues` (*put* is mostly an act: *put
pressure on*, *put the plan on hold*), so a quotation introduced this way took no speaker, or the
last speaker of the story. Used by :mod:`analysis.corpus.quotes` for the speaker of a sentence
that is at least half quotation and has no reporting clause of its own; it changes no reading
(a shorter quotation after a longer clause, *As one former official put it to me, "..."*, stays
the writer's sentence unless the model promotes it).
"""

from __future__ import annotations

import re

from .source_spans import colon_source

_AS_PUT_IT_RE = re.compile(
    r"(?:^|(?<=[\s,(—–-]))[Aa]s\s+([^;:“”\"()]{1,120}?)\s+(?:(?:once|has|had|later|recently|"
    r"memorably|aptly|bluntly|so)\s+)?(?:put|puts)\s+it\b")


def put_it_source(outside: str) -> str | None:
    """The source X of ``As X put it`` (``As one former U.S. official put it to me``, ``as he
    puts it``, ``As Park, a senior fellow at the Asan Institute, put it``: ``Park``) in the
    text of a sentence outside its quotation marks, an appositive after a comma left out;
    ``None`` when there is no such clause (``to put it mildly``, ``let me put it this way``)."""
    if " it" not in outside:
        return None
    m = _AS_PUT_IT_RE.search(outside)
    if m is None:
        return None
    source = m.group(1).split(",")[0].strip()
    return source or None


_NAME = r"[A-Z][\w.’'-]*"
_SUBJECT_BEFORE_RE = re.compile(
    rf"\W*(?:(?:But|And|Yet|Still|Now|Instead)\s+)?((?:{_NAME}(?:\s+(?:and\s+)?{_NAME}){{0,4}})|"
    r"He|She|They|We)(?:\s+(?:also|later|then|further|again|[a-z]+ly))?\s*")
"""Only a subject before a quotation: a name or names (``Carlin and Hecker``, ``Guterres``) or a
pronoun, perhaps after a conjunction."""
_PREDICATE_RE = re.compile(r"\W*(?:has|have|had|is|are|was|were|will|would|can|could|should|"
                           r"must|may|might|does|do|did|remains|[a-z]+ly|[a-z]+s|[a-z]+ed)\s")
"""The first word of a quotation that is its subject's predicate: an auxiliary, an adverb or a
verb of the present or the past (``“has consistently called ...”``, ``"do not see ..."``,
``“uses ...”``, ``“stressed the importance of ...”``)."""


_SPOKEN_RE = re.compile(r"\W*(?:(?:has|have|had|was|were|is|also|again|always|repeatedly|"
                        r"consistently|[a-z]+ly)\s+){0,2}(?:called|calls|urged|urges|said|says|"
                        r"warned|warns|stressed|stresses|insisted|insists|maintained|maintains|"
                        r"argued|argues|demanded|demands|condemned|condemns|vowed|vows|pledged|"
                        r"reiterated|reiterates|rejected|rejects|denied|denies|noted|emphasized|"
                        r"asserted|claimed|declared|accused|welcomed|criticized|expressed)\b")
"""A predicate of speech at the start of a quotation: before an *according to* source, only
such a quotation is its subject's words (``Guterres “has consistently called for ...,”``); a
description of the subject is the source's (``Yoon “was briefed ...,” according to``)."""


def predicate_subject(before: str, quotation: str) -> str | None:
    """The subject of a sentence that is only that subject and a quotation of its predicate
    (``But Carlin and Hecker "do not see ... as typical bluster."``, ``Guterres “has
    consistently called for de-escalation,” according to a UN spokesperson``): the quotation
    is the subject's words. ``before`` is the sentence before its first quotation mark,
    ``quotation`` the quotation's text after its mark; ``None`` for any other shape (``The
    US “extended deterrence” ...``: a phrase, not a predicate)."""
    m = _SUBJECT_BEFORE_RE.fullmatch(before)
    if m is None or m.group(1) in ("The", "A", "An", "This", "That", "It") or \
            not _PREDICATE_RE.match(quotation):
        return None
    return m.group(1)


def shaped_source(outside: str, text: str, span: tuple[int, int],
                  reading: tuple[int, str | None, bool]) -> tuple[str | None, bool]:
    """The source of a sentence at least half quotation, from its shape: a subject before a
    quotation of its predicate (:func:`predicate_subject`, before an *according to* source
    too: the inner source), *as X put it*, *X reports:* (``colon_source``); else the reading
    ``(raw, according)`` of ``reading = (sentence start, raw, according)``. ``span`` is the
    first quotation's ``(start, end)`` in ``text``."""
    start, raw, according = reading
    before, quotation = text[start:span[0]], text[span[0]:span[1]]
    if (subject := predicate_subject(before, quotation)) and not (
            according and _SPOKEN_RE.match(quotation) is None):
        return subject, False  # not "Yoon “was briefed ...,” according to the office"
    if raw is None:
        return put_it_source(outside) or colon_source(before), according
    return raw, according
