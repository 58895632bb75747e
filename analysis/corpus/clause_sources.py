"""The main clause's source over the subject of a clause of time or condition.

A reporting verb inside a clause opened by *after*, *when*, *before*, *while*, *once* or
*until* tells what led to the sentence's own report, not who speaks in it: in *After the two
presidents threatened to end the regime, the Chinese foreign ministry warned the pair against
"provoking confrontation"* the ministry speaks, and in *when a reporter asked about Beijing's
objection, he said, "..."* the president who answers does. The labelling rules
(``data/voices_README.md``) give such a sentence to the main clause's source; a trailing clause
(``Park had floated the idea in 2022 after Kim announced an "exponential" build-up``) leaves it
to the main clause's subject. *As* is left alone: ``as Kirby noted`` reports.
:func:`main_clause_source` moves the source there.
"""

from __future__ import annotations

import re
from itertools import islice

from .cues import WORD_RE
from .inner_sources import reports_before_relay
from .minor_reports import reporting_clause
from .opening_subjects import sentence_subject
from .source_spans import affiliated_person, named_after_role
from .speakers import SPEAKER_NOUNS

_SUBORDINATOR_RE = re.compile(r"\b(?:[Aa]fter|[Ww]hen|[Bb]efore|[Ww]hile|[Oo]nce|[Uu]ntil)\b")
_MAX_BETWEEN = 6
"""Words at most between the subordinator and the source (``After US President Joe Biden and
his counterpart``)."""
_SUBJECT_TOKENS = 12


def main_clause_source(outside: str, raw: str | None, has_quote: bool) -> str | None:
    """The source of ``outside`` (a sentence with its quotations blanked) when its reporting
    clause's subject ``raw`` stands inside a clause of time: the main clause's reporting subject
    after a fronted clause, the sentence's subject before a trailing one; else ``raw``."""
    at = outside.find(raw) if raw else -1
    if at < 0:
        return raw
    head = outside[:at]
    subordinator = next(iter(reversed(list(_SUBORDINATOR_RE.finditer(head)))), None)  # the last one
    if subordinator is None:
        return raw
    between = head[subordinator.end():]
    if re.search(r"[,;:]", between) or len(between.split()) > _MAX_BETWEEN:
        return raw
    before = head[:subordinator.start()].rstrip()
    if not before or before.endswith((",", " and", " but")) or before in {"And", "But"}:
        comma = outside.find(",", at + len(raw))
        if comma < 0:
            return raw
        main, _ = reporting_clause(outside[comma + 1:], has_quote)
        return main or raw
    if len(WORD_RE.findall(before)) <= len(WORD_RE.findall(outside, at)):
        return raw  # "Kim spoke after Sullivan said the U.S. ...": the clause holds the claim
    tokens = list(islice(WORD_RE.finditer(before), _SUBJECT_TOKENS))
    subject = sentence_subject(tokens) if tokens else None
    return subject or raw


_RELAY_TAIL_RE = re.compile(
    r",\s*(?:(?P<medium>[^,]{1,60}?)\s+(?P<verb>reported|reports|has\s+reported)"
    r"|according\s+to\s+[^,]{1,60}?)\s*\.?\s*$")
"""A relay closing the sentence: ``, Reuters reported.``, ``, according to the Post.``"""


def relayed_inner_source(outside: str, raw: str | None, has_quote: bool) -> str | None:
    """The source inside a report a medium relays (``Campbell confirmed the visit during a
    briefing, Reuters reported.``: Campbell, whose words they are, as the labelling rules give
    the inner of two sources): when ``raw`` is named in a closing relay with *reported* and the
    words before it have a reporting clause of their own; else ``raw``. A bare closing
    *according to* (no *reported*) keeps its outlet."""
    if not raw or "report" not in outside:  # no relay with "reported": nothing to change
        return raw
    body, reported, named = outside.rstrip(), False, False
    for _ in range(2):
        m = _RELAY_TAIL_RE.search(body)
        if not m:
            break
        reported = reported or bool(m.group("verb"))
        named = named or raw in m.group(0)
        body = body[:m.start()]
    if not (reported and named):
        return raw
    inner, _ = reporting_clause(body + ".", has_quote)
    return inner or raw


_CITED_RE = re.compile(
    r"(?:\bciting|\bas\s+(?:noted|stated|confirmed|announced)\s+by)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:statement|report|announcement|briefing)s?\s+(?:from|by|of)\s+)?(?P<src>[^,.;:]+)")
"""A relay's own source: ``citing officials``, ``citing a statement from the military``, ``as
noted by South Korea's Navy``."""
_SOURCE_HEADS = SPEAKER_NOUNS | frozenset("""military ministry government agency navy army office
    command chiefs spokesperson""".split())


def may_cite(text: str) -> bool:
    """Whether ``text`` may hold a citation (:data:`_CITED_RE`): ``False`` only when it holds
    none of *citing*, *noted*, *stated*, *confirmed*, *announced*, one of which every match
    holds (a gate before the pattern)."""
    return ("citing" in text or "noted" in text or "stated" in text or "confirmed" in text
            or "announced" in text)


def cited_source(outside: str, raw: str | None) -> str | None:
    """The source a relay cites (``..., NHK said, citing officials``: officials), when it is a
    source noun or a body (``a statement from the Japanese navy``), not a reason
    (``citing poor weather``); else ``raw``."""
    m = _CITED_RE.search(outside) if raw and may_cite(outside) else None
    if not m:
        return raw
    src = re.split(r"\s+(?:on|in|at|during|over|about|to|that|which|who|as)\s", m.group("src"))[0]
    src = src.strip()
    words = src.split()
    if not words or raw in src or words[-1].lower().strip("’'s") not in _SOURCE_HEADS:
        return raw
    if m.start() < outside.find(raw) or (m.group(0).startswith("citing")
                                         and reports_before_relay(outside, raw, m.start())):
        return raw  # the relay named after its citation; a source before the relay that cites
    return src


_PERCENT_RE = re.compile(r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)")
_SURVEY_RE = re.compile(r"\b((?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:survey|poll|study))\b")


def survey_source(outside: str, raw: str | None) -> str | None:
    """The survey, poll or study named before a share of its respondents that the reporting
    clause took as the source (``The survey of 900 adults found that 41 percent of respondents
    say``, ``According to a poll by the institute, 60 percent said``: the survey, the poll);
    else ``raw``."""
    at = outside.find(raw) if raw else -1
    if at < 0 or not _PERCENT_RE.match(raw):
        return raw
    m = _SURVEY_RE.search(outside, 0, at)
    return m.group(1) if m else raw


_NAME_ASIDE_RE = re.compile(
    r"\W*((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),\s+(?:a|an|the)\s+")
"""A person's name opening the sentence, then an aside with an article (``Kim Yang-paeng, a
senior researcher at ...``)."""


def unclosed_aside_name(outside: str, raw: str | None) -> str | None:
    """The name before an aside whose closing comma the copy left out (``Kim Yang-paeng, a
    senior researcher at the institute said ...``), when the reporting clause read the aside
    (``a senior researcher at the institute``) as its subject; else ``raw``."""
    m = _NAME_ASIDE_RE.match(outside) if raw and ", " in outside[:60] else None
    at = outside.find(raw, m.end() - 4) if m and raw else -1
    if m is None or at < 0 or "," in outside[m.end():at + len(raw)] or raw in m.group(1) or \
            not _NOT_A_NAME.isdisjoint(m.group(1).split()):
        return raw
    return m.group(1)


_NOT_A_NAME = frozenset("""In On At After Before During Since Last This That Earlier Later
    Meanwhile Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Separately However""".split())
"""Words of a fronted phrase (``In February, a ...``, ``On Wednesday, the ...``), no name."""


def repaired_source(outside: str, raw: str | None, has_quote: bool) -> str | None:
    """``raw``, the reporting clause's subject in ``outside``, after the checks of this module
    and of :mod:`.source_spans` in turn: the person, not an affiliation or a role cut off before
    the name; the main clause's source; the source a relay relays or cites; the survey, not a
    share of its respondents."""
    raw = unclosed_aside_name(outside, named_after_role(outside, affiliated_person(outside, raw)))
    raw = main_clause_source(outside, raw, has_quote)
    raw = cited_source(outside, relayed_inner_source(outside, raw, has_quote))
    return survey_source(outside, raw)
