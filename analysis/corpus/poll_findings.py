"""Findings of a poll, survey or report that a document has named: the poll speaks.

``data/voices_README.md`` counts the findings of a poll or report as reported content, with the
poll as the source the document names it (*a Gallup Korea poll*, *the survey*, *the report*).
Once a document names a poll, survey, report or study (``Gallup Korea released a poll on
Friday.``, ``According to the survey, ...``; not a past one, *the previous survey*, *last
year's poll*, nor the share's own noun, *40 percent of the survey*), :func:`poll_findings`
reads the sentences after it:

* the answers a share gave (*answered*, *responded*, *cited*, *chose*, *expressed*, *rated*)
  are the poll's findings: a reported sentence whose speaker is that share, a quantifier left
  of it (``Approximately`` of *Approximately 60% expressed*, ``More`` of *More than half, 53%,
  answered*) or the share's noun (``the respondents`` of *61.6% of the respondents answered*)
  is the poll's, as the document last named it (in the sentence before the share, else before
  the sentence); with no poll named, the share's noun (``people``, ``South Koreans``). A share
  that *said*, *says* or *agreed* keeps its words as written (``63 percent``; a quantifier
  left of it runs on to the share, ``Only 44 percent of adults``), as PolNeAR
  labels it, unless the sentence itself names the poll before the share (``According to the
  report, 29 percent of adults said``: the report). A verb of answering alone does not make a
  writer's sentence a finding (PolNeAR leaves *48 percent chose Clinton* to the writer);
* the results of a poll are the poll's (``According to the results of a poll by X``: *a
  poll*);
* a sentence of the writer that carries a poll's measure is a finding of the poll named before
  it: a share opening a clause in a sentence with a word of answering (*respondents*,
  *answered*, *responded*, *those polled*: ``72% of respondents backed the plan.``), a
  sentence naming the poll before a share and such a word (``In the survey, responses split
  between "yes" (51%) and "no" (49%).``), *the most common answer at N percent*, and a share
  opening a clause right after such a finding (``Among the rest, 36% were undecided.``). A
  share alone is no finding (*exports fell 5%*, *a 26 percent tariff*), and no sentence before
  the first naming of a poll is one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

_NUMBER = (r"(?:\d[\d,]*(?:\.\d+)?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
           r"[Ee]ight|[Nn]ine|[Tt]en)")
_TENS = r"(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
_SHARE = (rf"(?:\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)|{_TENS}(?:-\w+)?\s+"
          rf"percent\b|{_NUMBER}\s+(?:in|out\s+of|of)\s+(?:10|ten)\b|[Mm]ore\s+than\s+half\b|"
          r"[Aa]\s+majority\b|[Hh]alf\b)")
_SHARE_RE = re.compile(_SHARE)
"""A share of people: a percentage, *N in 10*, *more than half*, *a majority*."""
_TEN_RE = re.compile(r"\sten\b")
_QUANTIFIERS = r"(?:approximately|about|around|some|nearly|almost|over|more|only|just|roughly|" \
    r"less|fewer|another)"
_QUANTITY_RE = re.compile(rf"^(?:{_QUANTIFIERS}(?:\s+than)?(?:\s+|$))*(?:$|{_SHARE}|"
                          rf"(?:{_NUMBER}|{_TENS})$)", re.IGNORECASE)
"""A speaker that is a quantity: a share, a number alone, or quantifiers left of a share."""
_NOUN_AFTER = (r"\s+of\s+(?P<noun>(?:the\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*s\b(?![’'])|"
               r"(?:the\s+)?(?:[a-z-]+\s+)?(?:[a-z-]+s|people)\b(?![’'])(?:\s+(?:polled|"
               r"surveyed|questioned|asked))?)")
_SHARE_NOUN_RE = re.compile(_SHARE + _NOUN_AFTER)
"""A share with the noun of the people it counts (``29 percent of adults``)."""
_CLAUSE_SHARE_RE = re.compile(rf"(?:^\W*|[,;:]\s+)(?:{_QUANTIFIERS}\s+(?:than\s+)?)*{_SHARE}",
                              re.IGNORECASE)
"""A share opening the sentence or a clause after a comma."""
_ANSWER_VERBS = frozenset("""answered responded replied cited chose picked selected named
    expressed rated evaluated identified identify identifies gave ranked""".split())
"""Verbs of a share answering a poll's question."""
_AFTER_SHARE = 8
"""Words read after a share for its verb of answering."""
_SKIP = r"(?!(?:of|the|a|an|and|or|in|on|at|to|by|for|with|from|that|which|who)\s)"
_POLL_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)|[A-Z][\w.-]*[’']s)\s+"
    rf"(?:{_SKIP}[“\"‘]?[\w./’'-]+[”\"’]?\s+){{0,4}}?[“\"‘]?(?:[Pp]oll|[Ss]urvey|[Rr]eport|"
    r"[Ss]tudy)[”\"’]?(?![\w-])")
"""A poll, survey, report or study named with a determiner or a possessor."""
_POLL_WORD_RE = re.compile(r"(?:[Pp]oll|[Ss]urvey|[Rr]eport|[Ss]tudy)[”\"’]?(?![\w-])")
"""The noun that ends every match of :data:`_POLL_RE`."""
_POLL_NOUN_RE = re.compile(r"\b(?:poll|survey|report|study)\b", re.IGNORECASE)
_PAST_RE = re.compile(r"\b(?:previous|last|earlier|prior|past|former|year[’']s)\b", re.I)
_RESULTS_RE = re.compile(r"^(?:the\s+)?(?:results|findings)$", re.IGNORECASE)
_ANSWERING_RE = re.compile(
    r"\b(?:respondents|answered|responded|responses|answers|(?:those|people|adults|voters)\s+"
    r"(?:polled|surveyed|questioned))\b")
"""Words of answering that make a share a poll's measure."""
_COMMON_ANSWER_RE = re.compile(r"\b(?:most\s+)?(?:common|frequent|popular)\s+(?:answer|response|"
                               r"reply|choice)\s+(?:at|with)\s+" + _SHARE)
_SHARE_SUBJECT_RE = re.compile(rf"(?:^\W*|,\s+)(?:{_QUANTIFIERS}\s+)?{_SHARE}\s+(?:were|was|are|"
                               r"is|[a-z]+ed)\b", re.IGNORECASE)
"""A share opening a clause before its verb (``36% were conservative``)."""


def poll_findings(text: str, sentences: Sequence[tuple[int, int, int]],
                  attributions: list[Any]) -> list[Any]:
    """``attributions`` (``quote``, ``voice``, ``speaker``, ``full_name``, one a sentence of
    ``text`` in reading order) with the findings of the poll named before them given to that
    poll (module docstring); the others as they are."""
    out = list(attributions)
    poll: str | None = None
    finding = False  # whether the sentence before is a poll's finding
    for n, (_, s, e) in enumerate(sentences):
        sentence, a = text[s:e], out[n]
        share = _SHARE_RE.search(sentence) if may_hold_share(sentence) else None
        before = poll_named(sentence[:share.start()]) if share else None
        current = before or poll
        if share and a.voice == "quoted":
            new = _poll_speaker(sentence, a.speaker or "", current, before is not None)
            out[n] = replace(a, speaker=new, full_name=new) if new else a
        elif share and a.voice == "authorial" and a.quote == "none" and current and \
                _measures(sentence, before is not None, finding):
            out[n] = replace(a, quote="indirect", voice="quoted", speaker=current,
                             full_name=current)
        finding = bool(share) and out[n].voice == "quoted" and bool(
            _POLL_NOUN_RE.search(out[n].speaker or ""))
        poll = poll_named(sentence) or poll
    return out


def may_hold_share(text: str) -> bool:
    """Whether ``text`` may hold a share of people (:data:`_SHARE_RE`): ``False`` only when it
    has none of the strings every share holds (``%``, ``cent``, ``10``, ``ten`` after a space,
    ``half``'s ``alf``, ``majority``), a gate that spares most sentences the full pattern."""
    return ("%" in text or "cent" in text or "alf" in text or "majority" in text
            or "10" in text or ("ten" in text and _TEN_RE.search(text) is not None))


def may_name_poll(text: str) -> bool:
    """Whether ``text`` may name a poll (:data:`_POLL_RE`): ``False`` only when it has no
    *poll*, *survey*, *report* or *study* ending a word, a gate that spares most sentences the
    full pattern."""
    return ("oll" in text or "urvey" in text or "eport" in text or "tudy" in text) and \
        _POLL_WORD_RE.search(text) is not None


def _measures(sentence: str, named: bool, after_finding: bool) -> bool:
    """Whether a writer's ``sentence`` holding a share carries a poll's measure (module
    docstring); ``named``: it names the poll before the share; ``after_finding``: the
    sentence before is a poll's finding."""
    if _COMMON_ANSWER_RE.search(sentence):
        return True
    if _ANSWERING_RE.search(sentence) and (named or _CLAUSE_SHARE_RE.search(sentence)):
        return True
    return after_finding and _SHARE_SUBJECT_RE.search(sentence) is not None


def _poll_speaker(sentence: str, speaker: str, poll: str | None, named: bool) -> str | None:
    """The speaker of a reported ``sentence`` whose ``speaker`` is a share answering, a
    quantifier of it, its noun, or a poll's results (module docstring): ``poll`` (``named``:
    the sentence names it before the share), else the share's noun; ``None`` to keep it."""
    speaker = speaker.strip()
    if not speaker:
        return None
    if _RESULTS_RE.match(speaker):
        m = re.search(rf"\b{re.escape(speaker.split()[-1])}\s+of\s+(.+)", sentence)
        return poll_named(m.group(1)[:120], first=True) if m else None
    counted = _SHARE_NOUN_RE.search(sentence)
    noun = counted.group("noun") if counted else None
    if not _QUANTITY_RE.match(speaker) and speaker != noun:
        return None
    if named and poll:
        return poll
    if _answers(sentence):
        return poll or noun
    return _whole_share(sentence, speaker)


def _whole_share(sentence: str, speaker: str) -> str | None:
    """The share as written that a ``speaker`` of quantifiers alone opens (``Only`` of *Only 44
    percent of adults agreed*: that phrase), else ``None``."""
    if not re.fullmatch(rf"(?:{_QUANTIFIERS}\s*)+", speaker, re.IGNORECASE):
        return None
    m = re.search(rf"\b{re.escape(speaker)}\s+(?:than\s+)?(?:{_SHARE})(?:{_NOUN_AFTER})?",
                  sentence)
    return m.group(0) if m else None


def _answers(sentence: str) -> bool:
    """Whether the first share opening a clause of ``sentence`` answers (a verb of
    :data:`_ANSWER_VERBS` among the words after it, before the next clause)."""
    m = _CLAUSE_SHARE_RE.search(sentence)
    if m is None:
        return False
    rest = re.sub(rf"^\s*,\s*{_SHARE}\s*,", " ", sentence[m.end():])  # "More than half, 53%,"
    words = re.split(r"[;:.]|,\s", rest, maxsplit=1)[0].split()[:_AFTER_SHARE]
    return any(w.lower() in _ANSWER_VERBS for w in words)


def poll_named(text: str, first: bool = False) -> str | None:
    """The last (``first``: the first) poll, survey, report or study ``text`` names, as it
    names it (``a Gallup Korea poll``), passing over a past one and the noun of a share."""
    found = None
    if not may_name_poll(text):
        return None
    for m in _POLL_RE.finditer(text):
        if _PAST_RE.search(m.group(0)) or re.search(r"(?:%|percent|cent)\s+of\s*$",
                                                    text[:m.start()]):
            continue
        found = re.sub(r"[“”\"‘]|’(?!\w)", "", m.group(0)).strip()
        if first:
            break
    return found
