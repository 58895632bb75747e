"""A statement whose source the next sentence names: *This is stated in the commentary of X*.

Russian agency copy (TASS, RIA Novosti, and the sites that repost them) opens with a statement
and names its source only in the sentence after it: *The United States and its allies are
taking steps to apply extended deterrence in the region. This is stated in the commentary of
the official representative of the Russian Foreign Ministry Maria Zakharova.* (or *This was
said by X*, *X said this on Friday*). The first sentence is the named source's words
(``quoted``, indirect); the naming sentence is a frame
the writer sets around them, as the labelling rules read *X issued the following statement:*
(``authorial``). :func:`stated_back` applies this to the readings of a document once every
sentence has its own: the sentence before, read as the writer's and in the same paragraph,
becomes the named source's; read as the same source's words (``“...,” Shin said.`` and,
perhaps in a new paragraph, ``Minister Shin said this in his opening remarks.``), it keeps
them, and the naming is still a frame; another source's *said so* is its own report (``China
said so last year, too.``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .speakers import NAME_RE, clean_name

_STATED_RE = re.compile(
    r"\s*(?:This|That|It)\s+(?:is|was|has\s+been)\s+(?:stated|said|announced|reported|noted|"
    r"declared|written|emphasized|emphasised|stressed)\s+(?:on\s+(?:[A-Z][a-z]+day|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s+)?"
    r"(?:by\s+|in\s+(?:an?|the|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:commentary|comments?|"
    r"statement|remarks|interview|article|briefing|message|post|letter|speech|address)\s+"
    r"(?:(?:with|to|for)\s+(?:[A-Z][\w.-]*\s+){1,4})?(?:of|by|from)\s+)(?P<rest>.{3,200}?)"
    r"(?:[,;:]|(?<![A-Z])(?<!Gen|Sen|Rep|Adm|Col|Maj|Gov|Amb)(?<!Mr|Ms|Dr|Lt)\.(?:\s|$)|$)")
"""*This is stated in the commentary of*, *This was said by* (a day or a date between; *in an
interview with RIA Novosti by*) and the words that name the source, to the first comma or stop
(a dotted abbreviation or title goes on: *U.S.*, *Gen.*)."""
_SAID_THIS_RE = re.compile(
    r"\s*(?!(?:He|She|They|It|This|That|We|I|No|Nobody|None|Few|Many|Most|Some|All|Everyone|"
    r"Everybody|Others|Both|Neither|Several|One)\s)(?P<name>(?:[A-Z][\w.’'-]*\s+){0,6}?"
    r"[A-Z][\w’'-]+)\s+(?:also\s+)?(?:said|stated|announced|noted|stressed|declared)\s+"
    r"(?:this|so)(?=\s*(?:[.,;]|$)|\s+(?:on|in|at|during|while|when|after|before|earlier|later|"
    r"last|to|yesterday|today)\b)")
"""A name and *said this* (``Sergei Ryabkov said this on Friday.``), *this* or *so* ending the
clause or followed by its setting (not *said this was*, *said this week*): the sentence before
is his."""
_SETTING_RE = re.compile(r"\s+(?:on|at|during|last|this|published|posted|released|in)\s")
"""Where the naming's setting starts (``... Dmitry Peskov on Monday``): no part of the name."""
_BODY_WORDS = frozenset("Ministry Office Department Agency Administration".split())
"""Last words of a body before a person's name in one capitalised run (``Russian Foreign
Ministry Maria Zakharova``): the person is the words after it."""


def stated_source(sentence: str) -> str | None:
    """The source a naming sentence gives (``This is stated in the comments of the official
    representative of the Russian Foreign Ministry Maria Zakharova, published on ...``:
    ``Maria Zakharova``; ``This was said by Dmitry Peskov``; ``This was stated by South Korean
    President Yoon Suk Yeol``: ``Yoon Suk Yeol``), else ``None``; not a date or a language
    (``This was reported in April``, ``It was written in English``)."""
    said = _SAID_THIS_RE.match(sentence)
    if said:  # "Deputy Foreign Minister Sergei Ryabkov said this on Friday."
        return clean_name(said.group("name"))
    m = _STATED_RE.match(sentence)
    if m is None:
        return None
    names = [n.group(0) for n in NAME_RE.finditer(_SETTING_RE.split(m.group("rest"))[0])]
    if not names:
        return None
    words = clean_name(names[-1]).split()
    body = max((k for k, w in enumerate(words[:-1]) if w in _BODY_WORDS and
                words[k + 1][:1].isupper()), default=-1)
    return " ".join(words[body + 1:]) if 0 <= body < len(words) - 2 else " ".join(words)


def stated_back(text: str, sentences: Sequence[tuple[int, int, int]], readings: list[Any]
                ) -> list[Any]:
    """``readings`` (one :class:`analysis.corpus.quotes.Attribution` per sentence) with each
    naming sentence read as the writer's frame and the writer's sentence just before it, in
    its paragraph, read as the named source's words (module docstring)."""
    for n in range(1, len(sentences)):
        (p, s, e), q = sentences[n], sentences[n - 1][0]
        before = readings[n - 1].voice
        if not (before == "quoted" or before == "authorial" and q == p):
            continue
        source = stated_source(text[s:e])
        if source is None or before == "quoted" and not _same_source(source, (
                f"{readings[n - 1].speaker} {readings[n - 1].full_name}")):
            continue  # "“...,” the ministry said. China said so last year, too.": China's
        if before == "authorial":  # a quoted sentence before keeps its source
            readings[n - 1] = replace(readings[n - 1], quote="indirect", voice="quoted",
                                      speaker=source, full_name=source)
        readings[n] = replace(readings[n], quote="none", voice="authorial", speaker=None,
                              full_name=None)
    return own_text(text, sentences, readings)


def _same_source(source: str, speaker: str | None) -> bool:
    """Whether every word of a naming's ``source`` (``Shin``) is one of the ``speaker`` of the
    quotation before it (``Shin Won-sik``; not ``Kim Jong Un`` after ``Kim Yo Jong``)."""
    words = {w.lower().strip(",") for w in (speaker or "").replace("-", " ").split()}
    return all(w.lower() in words for w in source.replace("-", " ").split())


_OWN_TEXT_RE = re.compile(r"[Tt]his\s+(commentary|piece)")
_TEXT_NAMED_RE = re.compile(r"\b(?:commentary|piece|article|op-ed|column|editorial|essay)\b")
"""A text named in lower case before *This commentary argues* (not a section label in
capitals, not *centerpiece*): the text the sentence refers back to."""


def own_text(text: str, sentences: Sequence[tuple[int, int, int]], readings: list[Any]
             ) -> list[Any]:
    """``readings`` with *This commentary argues* or *This piece argues* read as the writer's
    claim about the text itself (``authorial``) where no sentence before it names a text (after
    *KCNA released a commentary on Monday.* or *Rodong Sinmun ran an article* it is theirs)."""
    for n, reading in enumerate(readings):
        m = _OWN_TEXT_RE.fullmatch(reading.speaker or "") if reading.voice == "quoted" else None
        if m and not _TEXT_NAMED_RE.search(text, 0, sentences[n][1]):
            readings[n] = replace(reading, quote="none", voice="authorial", speaker=None,
                                  full_name=None)
    return readings
