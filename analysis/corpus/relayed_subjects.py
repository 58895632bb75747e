"""The source inside a relay: ``According to X, Y confirmed that ...`` is Y's words.

A sentence that opens with *according to* (or *as per*) a medium or a document and then has a
reporting clause of its own reports two sources: the channel (``AFP``, ``the newspaper``) and
the one whose words the channel carries (``the diplomat, who asked not to be named, confirmed
that ...``). The labelling rules (``data/voices_README.md``) credit the inner one,
whose words they are. :func:`relayed_subject` reads the sentence again after the opening
phrase and its comma and takes the subject of a reporting clause found there, when it is no
*according to* of its own.
"""

from __future__ import annotations

import re

from .minor_reports import reporting_clause
from .sources import RELAY_HEADS

MEDIUM_WORDS = RELAY_HEADS | frozenset("""times post journal news press network channel
    television wire afp ap reuters bloomberg cnn bbc nhk kbs mbc sbs""".split())
"""Last words of a channel that carries others' words (``AFP``, ``the Korea Times``, ``local
media``, ``a Yonhap report``); an initialism of up to five letters counts too."""

_RELAY_OPENING_RE = re.compile(r"\s*(?:[Aa]ccording to|[Aa]s per)\s+(?P<channel>[^,;:]{1,80}),\s+")
"""An opening *according to X,* (or *as per X,*): the channel before the sentence's clause."""


def relayed_subject(outside: str, raw: str | None, according: bool, has_quote: bool
                    ) -> tuple[str | None, bool]:
    """The source of ``outside`` (a sentence with its quotations blanked) whose reporting
    clause reads as ``(raw, according)``: when that clause is the sentence's opening
    *according to X,* with X a medium (:func:`is_medium`) and the words after its comma hold a
    reporting clause of their own (``According to AFP, the official ... confirmed that``),
    that clause's subject, not an *according to*; else ``(raw, according)`` unchanged."""
    m = _RELAY_OPENING_RE.match(outside) if according and raw else None
    if m is None or not is_medium(m.group("channel")):
        return raw, according  # "According to the minister, the US should be aware": his
    inner, inner_according = reporting_clause(" " * m.end() + outside[m.end():], has_quote)
    if inner is None or inner_according:
        return raw, according
    return inner, False


def is_medium(phrase: str) -> bool:
    """Whether ``phrase`` names a channel of others' words: its last word is a medium's
    (:data:`MEDIUM_WORDS`) or an initialism of two to five letters (``AFP``, ``NHK``)."""
    words = re.findall(r"[\w.’'-]+", phrase)
    if not words:
        return False
    last = words[-1].replace(".", "")
    return last.lower() in MEDIUM_WORDS or (last.isupper() and 2 <= len(last) <= 5)
