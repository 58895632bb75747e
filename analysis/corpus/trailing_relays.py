"""The inner source before a trailing relay: ``X said ..., according to the Daily Mail`` is X's.

A sentence whose own reporting clause names a person or body and that then credits a news
medium at its end (``..., the minister said in a statement, according to The Daily Mail.``,
``Campbell, the White House coordinator, confirmed the visit in Seoul, Reuters reported.``)
has two sources: the medium that carried the words and the one who said them. The labelling
rules (``data/voices_README.md``: *the speaker is the inner one, whose words they are*) credit
the inner one. :func:`inner_before_relay` reads the sentence again without the trailing relay
and takes the subject of a reporting clause found there; an aside between commas right after a
name opening the sentence (``Campbell, the White House coordinator, confirmed``) is stepped
over, as a reader does. A relay that opens the sentence (``According to AFP, the official
said``) is :mod:`analysis.corpus.relayed_subjects`'s; one whose medium is no news channel
(``according to the minister``) keeps its source.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .relayed_subjects import is_medium
from .sources import is_named

_TRAILING_ACCORDING_RE = re.compile(
    r",?\s+(?:according\s+to|as\s+reported\s+by|per)\s+(?P<channel>[^,;:]{1,60}?)\s*[.]?\s*$")
"""A relay ending the sentence: ``, according to The Daily Mail.``"""
_TRAILING_REPORTED_RE = re.compile(
    r",\s*(?P<channel>(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:reported|reports)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*\.?\s*$")
"""A medium's *reported* ending the sentence: ``, Reuters reported.``"""
_OPENING_ASIDE_RE = re.compile(
    r"^(?P<name>\W*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+(?:the|a|an)\s+[^,;:]{2,80},\s+")
"""A name opening the sentence with an aside between commas after it (``Kurt Campbell, the
White House Indo-Pacific coordinator, ...``)."""
_SOURCE_HEADS = frozenset("""minister ministry spokesperson spokesman spokeswoman official
    officials president leader office agency military navy army command envoy ambassador
    diplomat secretary chief director""".split())
"""Head nouns of an unnamed inner source (``the defense minister``)."""

_TITLE_RE = re.compile(r"^The(?:\s+[A-Z][\w.’'-]*)+$")
"""A title of capitalised words after a capital *The* (``The Daily Mail``, ``The Korea Times``):
a publication, never a person."""

Clause = Callable[[str, bool], tuple[str | None, bool]]


def is_channel(phrase: str) -> bool:
    """Whether ``phrase`` names a news channel: a medium (:func:`.relayed_subjects.is_medium`)
    or a title after a capital *The* (:data:`_TITLE_RE`)."""
    phrase = phrase.strip()
    return is_medium(phrase) or bool(_TITLE_RE.match(phrase))


def inner_before_relay(outside: str, raw: str | None, according: bool, has_quote: bool,
                       clause: Clause) -> tuple[str | None, bool]:
    """``(raw, according)`` of ``outside`` (a sentence with its quotations blanked) with the
    inner source preferred over a trailing news medium (module docstring); ``clause`` reads a
    reporting clause (:func:`analysis.corpus.minor_reports.reporting_clause`)."""
    if not raw or not (according or "report" in outside):  # no "reported": no trailing relay
        return raw, according
    regex = _TRAILING_ACCORDING_RE if according else _TRAILING_REPORTED_RE
    m = regex.search(outside)
    if m is None or raw not in m.group("channel") or not is_channel(m.group("channel")):
        return raw, according
    rest = outside[:m.start()].rstrip() + "."
    aside = _OPENING_ASIDE_RE.match(rest)
    if aside:
        rest = aside.group("name") + " " + rest[aside.end():]
    inner, inner_according = clause(rest, has_quote)
    if inner is None or inner_according or is_channel(inner) or not (
            is_named(inner) or inner.split()[-1].lower() in _SOURCE_HEADS):
        return raw, according
    return inner, False
