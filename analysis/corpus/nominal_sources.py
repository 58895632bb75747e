"""The source of a promise named by a noun: ``secured a US promise to deploy ...``.

A sentence the learned model reads as reported speech may carry its source inside a noun
phrase rather than as a subject: *Seoul secured a US promise to send "every asset we
have"*, *Tokyo won Washington's pledge to ...*. The one who promised speaks, not the one who
obtained the promise: :func:`nominal_source` names it (``US``, ``Washington``) for
:func:`analysis.corpus.quotes.promoted_speaker`.
"""

from __future__ import annotations

import re

_OBTAINED = (r"\b(?:secur|w[io]n\b|wins\b|receiv|got\b|get|obtain|sought|seek|extract|gain|"
             r"welcom|accept|demand|want|hold|held|contain|includ|carr)\w*\s+(?:[a-z]+ly\s+)?")
"""A verb of obtaining, seeking or holding (``secured``, ``won``, ``sought``, ``The deal
holds``) before the promise: the one who obtains or holds it is no source; without such a verb
the promise's name is no source either (``Brunson called USFK the physical manifestation of the
U.S. commitment to ...``: Brunson speaks)."""
_NOMINAL_SOURCE_RE = re.compile(
    _OBTAINED + r"(?:a|an|the)\s+((?:[A-Z][\w.’'-]*\s+){0,2}?[A-Z][\w.’'-]*?)\s+"
    r"(?:promise|pledge|assurance|commitment|guarantee|vow)s?\s+(?:to|that)\b"
    r"|" + _OBTAINED + r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[’']s\s+"
    r"(?:promise|pledge|assurance|commitment|guarantee|vow)s?\s+(?:to|that)\b"
    r"|" + _OBTAINED + r"(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:promise|pledge|assurance|"
    r"commitment|guarantee|vow)s?\s+from\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
    r"(?:to|that)\b")
"""``a US promise to``, ``the U.S. commitment that``, ``Washington's pledge to``: a name (up to
three capitalised words) before a noun of promising and *to* or *that*; or after it and *from*
(``received assurance from Biden that``, ``got a pledge from Seoul to``)."""


def nominal_source(sentence: str) -> str | None:
    """The name before a noun of promising in ``sentence`` (see the module docstring), or
    ``None``; a name opening the sentence is its subject, no such source."""
    m = _NOMINAL_SOURCE_RE.search(sentence)
    if m is None:
        return None
    k = next(g for g in (1, 2, 3) if m.group(g))
    return m.group(k).rstrip(".") if m.start(k) > 0 else None


_FROM_GIVER_RE = re.compile(
    _OBTAINED + r"(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:promise|pledge|assurance|commitment|"
    r"guarantee|vow)s?\s+from\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:to|that)\b")


def promise_giver(sentence: str) -> str | None:
    """The giver of a promise obtained *from* someone, with its content after *to* or *that*
    (``Yoon received assurance from Biden that ...``, ``The US got a pledge from Seoul to
    ...``): a report of the giver's words, whoever obtained them; else ``None``."""
    if " from " not in sentence:
        return None
    m = _FROM_GIVER_RE.search(sentence)
    return m.group(1).rstrip(".") if m else None
