"""A source that is data or a document made by someone: ``according to data collected by the
Efe news agency`` names the agency, not the data alone.

A reporting clause whose source is a body of data or a document (``data``, ``a survey``, ``a
poll``, ``a press release``, ``a commentary``) followed by the one who made it (``collected
by``, ``conducted by``, ``commissioned by``, ``issued by``, a news agency's ``carried by``)
keeps that maker in the source, as the labelling rules of ``data/voices_README.md`` write a
source (the noun phrase as the document names it: ``a survey conducted by the Korea Institute
for National Unification``). The speaker's actor is then the maker's (:func:`maker_of`): ``the
presidential office`` is South Korea's.
"""

from __future__ import annotations

import re

MADE_NOUNS = frozenset("""data figures statistics survey surveys poll polls study report
    release statement analysis estimate estimates tally count research assessment findings
    results document paper information commentary article editorial""".split())
"""Last words of a source that someone made (data, a survey, a document)."""
_MADE_BY = (r"(?:collected|compiled|conducted|commissioned|released|published|issued|"
            r"carried(?:\s+out)?|prepared|gathered|produced|run|provided|supplied|submitted|shared|"
            r"disclosed)\s+by\s+")
_MAKER_RE = re.compile(rf"\s+{_MADE_BY}(?P<maker>(?:the\s+)?[A-Z][^,;:.()“”\"]{{1,80}}?|the\s+"
                       r"[a-z][^,;:.()“”\"]{1,60}?)"
                       r"(?=\s*(?:[(,;:.]|$|\s+(?:on|last|this|in|and|to|from|between)\s|"
                       r"\s+(?:found|finds|"
                       r"showed|shows|suggested|suggests|indicated|indicates|revealed)\b))"
                       r"|\s+by\s+(?P<finder>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}?[A-Z][\w.’'-]*)"
                       r"(?=(?:\s+(?:in|last|this|on|of)\s+[^,;:.“”\"]{1,40}?)?\s+(?:found|finds|"
                       r"showed|shows|suggested|suggests|indicated|indicates|revealed)\b)")
"""A maker after the source: ``collected by the Efe news agency``, ``issued by the presidential
office``, ``conducted by the Korea Institute for National Unification (KINU)``, or *by* alone
before a verb of finding (``A survey by the Asan Institute found``; not ``A report by the
Congressional Research Service said``, which stays the report)."""
_SOURCE_BY_RE = re.compile(rf"\s(?:{_MADE_BY}|by\s+)(?P<maker>.+)$")
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def with_maker(outside: str, raw: str | None) -> str | None:
    """``raw`` run on to its maker when ``raw`` ends in a made thing (:data:`MADE_NOUNS`) and
    ``outside`` names who made it right after it (module docstring); else ``raw``."""
    if not raw or raw.split()[-1].lower() not in MADE_NOUNS:
        return raw
    at = outside.find(raw)
    m = _MAKER_RE.match(outside, at + len(raw)) if at >= 0 else None
    return raw + outside[at + len(raw):m.end("finder") if m.group("finder") else m.end()] \
        if m else raw  # "A poll by the Asan Institute in March found": its maker, not the month


def maker_of(speaker: str | None) -> str | None:
    """The maker a speaker names after its made thing (``survey conducted by the Asan
    Institute`` -> ``Asan Institute``), without its article; else ``None``."""
    if not speaker or " by " not in speaker:
        return None
    m = _SOURCE_BY_RE.search(speaker)
    if m is None or speaker[:m.start()].split()[-1].lower() not in MADE_NOUNS:
        return None
    return _ARTICLE_RE.sub("", m.group("maker").strip())
