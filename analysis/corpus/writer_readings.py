"""Sentences the rules read as reported whose claim stays the writer's.

:func:`writer_reading` is applied to the source a sentence's reporting clause gives
(:func:`analysis.corpus.quotes.attribute_sentences`, first pass). It drops the source, and bars
the learned model from promoting the sentence, when:

* the source stands in a relative clause on the writer's noun that holds less than half of the
  sentence (:func:`analysis.corpus.relative_reports.minor_relative_report`: ``..., in which
  the allies reaffirmed ...``);
* the source is the *It*, *This* or *That* of an agentless passive of knowing or reading
  (:func:`analysis.corpus.agentless_passives.agentless_report`: ``This has been widely
  interpreted to suggest ...``), which names no one;
* the source is the writer's own *I* or *we* arguing outside any quotation
  (:func:`analysis.corpus.writer_stances.own_stance`: ``I argue Seoul should ...``), unless a
  reporting clause ends the sentence (``I argue that ..., a lawmaker wrote``: the lawmaker's);
* the source reports a relative clause whose subject is the gap and whose reported words hold
  less than half of the sentence (:func:`analysis.corpus.gap_reports.gap_relative_report`:
  ``..., a step officials said would deter ...``, ``..., which critics said could ...``);
* the sentence only says who reported the sentence before it
  (:func:`analysis.corpus.relay_lines.reports_the_previous`: ``This was reported by the
  Financial Times.``).
"""

from __future__ import annotations

import re

from .agentless_passives import SUBJECTS, agentless_report
from .gap_reports import gap_reading
from .relative_reports import Reader, minor_relative_report
from .relay_lines import reports_the_previous
from .writer_stances import own_stance

_TRAILING_SOURCE_RE = re.compile(
    r",\s+(?P<source>(?:(?:a|an|the|one)\s+)?(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)"
    r"(?:,\s+(?:a|an|the)\s+[^,;:]{1,60},)?\s+"
    r"(?:said|says|wrote|writes|told|tells|added|posted|tweeted)\b[^,;:]{0,60}[.!?]?\s*$")
"""A reporting clause that ends the sentence (``..., a lawmaker wrote on social media.``,
``..., Victor Cha, a former official, wrote.``): a first-person source before it is that
speaker's own *I*."""


_FIRST_PERSON_RE = re.compile(r"(?:(?:As|Like)\s+)?(?:I|[Ww]e)(?:[’'](?:m|re|ve))?"
                              r"(?:\s+(?:am|are|have|had|been|long|also|often|always|repeatedly|"
                              r"consistently|previously|already|here))*", re.IGNORECASE)
"""A first-person source as the clause reader may give it, with the auxiliaries and adverbs
it can take along (``I am`` of *I am arguing*, ``I have long``, ``As I``)."""


def first_person(raw: str) -> bool:
    """Whether the source ``raw`` is the writer's *I* or *we* (:data:`_FIRST_PERSON_RE`), or
    the text itself (``This paper``, ``this article``: :data:`_SELF_TEXT_RE`)."""
    return _FIRST_PERSON_RE.fullmatch(raw.strip()) is not None or \
        _SELF_TEXT_RE.fullmatch(raw.strip()) is not None


_SELF_TEXT_RE = re.compile(r"[Tt]his\s+(?:paper|article|essay|chapter|column|brief)")
"""The text as its own source (``This paper argues``): the writer's claim."""


def writer_reading(sentence: str, outside: str, raw: str | None, reader: Reader
                   ) -> tuple[str | None, bool]:
    """``(None, True)`` when the source ``raw`` of ``sentence`` (``outside``: the sentence with
    its quotations blanked; ``reader``: the clause reader) leaves the sentence to the writer
    (module docstring); else ``(raw, False)``."""
    if raw and first_person(raw) and (trail := _TRAILING_SOURCE_RE.search(outside)):
        return trail["source"], False  # "I argue that ..., a lawmaker wrote": the lawmaker's I
    if raw and (minor_relative_report(sentence, outside, raw, reader) or
                reports_the_previous(sentence) or (
            raw.split()[0].lower() in SUBJECTS and agentless_report(sentence)) or (
            first_person(raw) and own_stance(sentence))):
        return None, True
    return gap_reading(sentence, outside, raw, reader) if raw else (raw, False)
