"""Reports embedded in a relative clause whose subject is the gap: the claim is the writer's.

A relative clause may carry a report about the noun it hangs on, its subject left out after
the reporting verb: ``..., a step officials said would deter North Korea``, ``..., which
critics said could fuel an arms race``, ``the pact that aides believe will be signed in June``,
``Kim, who officials say is ill, ...``. The reporting verb runs straight into an auxiliary or a
modal (*said would*, *say is*): nothing but a gapped subject can stand there. The sentence is
the writer's: its claim is the main clause, and the reported words are a part of one noun
phrase, as :mod:`analysis.corpus.relative_reports` reads a relative clause with a report in it.

:func:`gap_relative_report` measures the reported words (from the auxiliary to the end of the
clause: a comma, a semicolon, a spaced dash or the sentence's end), not the clause with its
source: when they hold less than half of the sentence's words, every quotation stands inside
the clause and the rest of the sentence reports nothing itself, the sentence is the writer's.
Otherwise the clause's source speaks: in a reduced relative the source is the bare noun phrase
before the verb, not the noun the clause hangs on (``a step officials said`` is *officials*;
:func:`gap_source`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cue_words import SPEECH_VERBS

Reader = Callable[[str, bool], tuple[str | None, bool]]

_GAP_RE = re.compile(
    r"\s*(?:said|say|says|believe[sd]?|think|thinks|thought|argued?|argues|warned|warns?"
    r"|estimated?|estimates|feared|fears?|expected|expects?|claimed|claims?|insisted|insists?"
    r"|predicted|predicts?|suspected|suspects?|acknowledged|acknowledges?|noted|notes)"
    r"\s+(?:would|could|will|can|may|might|should|must|was|were|is|are|had|has|have)\b")
"""A reporting verb followed at once by an auxiliary or a modal: its subject is the gap."""
_OPENER_RE = re.compile(r"\b(?:which|that|who|what)\s+$")
"""A relative pronoun right before the source (``which critics said could``)."""
_CLAUSE_END_RE = re.compile(r",(?!\d|\s\d{4}\b)|;|\s[—–-]{1,2}\s")
_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_NEGATION = frozenset("not never yet n't".split())
_HEAD_DETERMINERS = frozenset("a an the one another this that".split())
_HEAD_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,;(]))(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+"
                             r"(?:[a-z][\w-]*\s+){1,2})$")
"""The noun a reduced relative hangs on, right before a source read without it (``a step``)."""
_HEAD_REACH = 40
_SOURCE_NOUN_RE = re.compile(r"(?:[A-Z][\w.’'-]*|[a-z]+s)$")
"""The last word of a bare source of a reduced relative: a plural (``officials``) or a name."""


def _words(text: str) -> int:
    """The number of words of ``text``."""
    return len(_WORD_RE.findall(text))


def gap_source(raw: str) -> tuple[int, str] | None:
    """Where the bare source starts in ``raw`` and the source, when ``raw`` is a noun phrase
    followed by the source of a reduced relative (``a step officials`` -> ``(7, "officials")``,
    ``a move U.S. officials``): a determiner, one or two lower-case words, then a bare
    plural or a name; else ``None``."""
    words = raw.split()
    if len(words) < 3 or words[0].lower() not in _HEAD_DETERMINERS:
        return None
    for k in (2, 3):
        head, source = words[1:k], words[k:]
        if source and all(w.islower() for w in head) and 1 <= len(source) <= 3 and \
                _SOURCE_NOUN_RE.match(source[-1]) and (source[0][0].isupper() or len(source) == 1
                                                        or source[0].islower()):
            if source[0][0].isupper() or source[-1].islower():
                at = len(" ".join(words[:k])) + 1
                return at, " ".join(source)
    return None


def _gap_clause(outside: str, raw: str) -> tuple[int, int, int] | None:
    """``(start of the relative clause, start of the reported words, end of the verb)`` of the
    source ``raw`` in ``outside``, when a reporting verb with a gapped subject follows it and a
    relative pronoun or a noun it hangs on comes before it; else ``None``."""
    at = outside.find(raw)
    if at < 0:
        return None
    m = _GAP_RE.match(outside, at + len(raw))
    if m is None:
        return None
    content = m.end() - len(m.group(0).split()[-1])
    opener = _OPENER_RE.search(outside, max(0, at - 8), at)
    if opener is not None:
        return opener.start(), content, m.end()
    if gap_source(raw) is not None:
        return at, content, m.end()
    head = _HEAD_BEFORE_RE.search(outside, max(0, at - _HEAD_REACH), at)
    if head is not None and gap_source(head.group("np") + raw) is not None:
        return head.start("np"), content, m.end()  # "a step" before the source "officials"
    return None


def gap_relative_report(sentence: str, outside: str, raw: str, reader: Reader) -> bool:
    """Whether the source ``raw`` (read in ``outside``, the sentence ``sentence`` with its
    quotations blanked, offsets kept) reports a relative clause with a gapped subject whose
    reported words hold less than half of the sentence, every quotation inside the clause, and
    the rest of the sentence reports nothing itself (``reader``: the clause reader; module
    docstring)."""
    found = _gap_clause(outside, raw)
    if found is None:
        return False
    start, content, _ = found
    close = _CLAUSE_END_RE.search(sentence, content)
    end = close.start() if close else len(sentence)
    lead = len(outside) - len(outside.lstrip())  # a wire dateline blanked before the lede
    blanked = [k for k, (a, b) in enumerate(zip(sentence, outside, strict=True))
               if a != b and not a.isspace() and k >= lead]
    if any(not start <= k < end for k in blanked):
        return False  # a quotation outside the clause: the main clause may quote
    rest = (outside[:start] + " " + outside[end:]).strip()
    return 2 * _words(sentence[content:end]) < _words(sentence) and _words(rest) > 0 and \
        reader(rest + ".", False)[0] is None and not _reports(rest)


def _reports(text: str) -> bool:
    """Whether ``text`` holds a reporting verb (:data:`SPEECH_VERBS`) that is not negated
    (``has not yet responded`` reports nothing)."""
    words = _WORD_RE.findall(text)
    return any(w in SPEECH_VERBS and _NEGATION.isdisjoint(words[max(0, k - 3):k])
               for k, w in enumerate(words))


def gap_reading(sentence: str, outside: str, raw: str, reader: Reader) -> tuple[str | None, bool]:
    """``(None, True)`` when the sentence is the writer's (:func:`gap_relative_report`);
    ``(source, False)`` for a reduced relative whose report is the sentence's (``a step
    officials said would ...`` -> ``officials``); else ``(raw, False)``."""
    if gap_relative_report(sentence, outside, raw, reader):
        return None, True
    inner = gap_source(raw) if _gap_clause(outside, raw) else None
    return (inner[1] if inner else raw), False
