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
from .minor_reports import reporting_clause
from .opening_subjects import sentence_subject

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
