"""A sentence that is only a reporting clause (``Trump said.``, ``He told reporters:``): its
subject, a reporting verb and at most a short adjunct, with no content of its own. Such a
sentence frames a quotation next to it rather than presenting anyone's words."""

from __future__ import annotations

import re

from .cue_words import AUXILIARIES, PREPOSITIONS, SPEECH_VERBS, is_adverb
from .cues import NOUN_BEFORE, TIME_MODIFIERS, TIME_NOUNS, cue_tokens, is_cue
from .speakers import PRONOUNS, TITLE_WORDS

_FRAME_LEAD = frozenset("but and then so also has have had".split())
_FRAME_ADJUNCT_START = PREPOSITIONS | TIME_NOUNS | TIME_MODIFIERS | frozenset(
    "to during via through after before while later again".split())
_FRAME_CONTENT = AUXILIARIES | PRONOUNS | frozenset(
    "that which who whom whose because if whether has have had i we you not".split())
_FRAME_LEAD_OR_TITLE = _FRAME_LEAD | TITLE_WORDS
_OBJECT_VERBS = frozenset("told tells asked asks".split())
_FRAME_MAX_WORDS = 10
_FRONTED = 8
"""Words of a fronted phrase before the subject of a clause that introduces a quotation."""


def is_bare_clause(outside: str, raw: str) -> bool:
    """Whether a sentence without quotation marks is only a reporting clause: its subject
    ``raw``, a reporting verb and at most a short adjunct (``Trump said.``, ``Biden told
    reporters on Monday.``, ``The ministry said in a statement:``, ``Biden said, gripping the
    lectern.``, ``Lee said quietly.``; before a colon also after a fronted phrase: ``In a speech
    in May, he said:``), with no content of its own.
    Such a sentence frames a quotation next to it rather than presenting anyone's words."""
    if len(outside.split()) > len(raw.split()) + _FRAME_MAX_WORDS + 4:
        return False  # too long to be a subject, a verb and a short adjunct: most sentences
    cues, tokens = cue_tokens(outside)
    for i in cues:
        if is_cue(tokens, i, outside, False):
            break
    else:
        return False
    introduces = outside.rstrip().endswith(":")
    head = outside[:tokens[i].start()].replace(raw, " ", 1)
    if introduces and head.count(",") == 1 and len(head.split(",")[0].split()) <= _FRONTED:
        head = head.split(",")[1]  # "In a speech last July, he said:"
    if any(w.strip(",.").lower() not in _FRAME_LEAD_OR_TITLE and not is_adverb(w)
           for w in head.split()):
        return False
    rest = [t.group(0).lower() for t in tokens[i + 1:]]
    if rest and is_adverb(rest[0]) and rest[0] not in _FRAME_CONTENT:
        rest = rest[1:]  # "said pleasantly into the phone"
    if introduces and rest[-1:] == ["that"]:
        rest = rest[:-1]  # "Soerens argued that:"
    if len(rest) > _FRAME_MAX_WORDS or any(w in _FRAME_CONTENT for w in rest):
        return False
    if any(a == "to" and b not in NOUN_BEFORE
           for a, b in zip(rest, rest[1:], strict=False)):
        return False  # "asked the crowd to welcome him": an infinitive reports content
    if not rest or introduces:
        return True
    if tokens[i].group(0) in _OBJECT_VERBS and len(rest) <= 6:
        return True
    manner = rest[0].endswith("ing") and rest[0] not in SPEECH_VERBS and \
        outside[tokens[i].end():tokens[i + 1].start()].strip() == ","
    return rest[0] in _FRAME_ADJUNCT_START or manner  # "said, clutching the lectern."


_CLOSING = "”\"'’»"
_REFERS_BACK_RE = re.compile(r"(?:That|This)(?:’s|'s| is| was) according to ")


def refers_back(sentence: str) -> bool:
    """Whether ``sentence`` only names the source of the sentence before it (``That's according
    to a poll released on Monday.``): a bare clause of *according to*, no words of its own."""
    return _REFERS_BACK_RE.match(sentence.lstrip()) is not None


def frame_reading(text: str, sentences: list[tuple[int, int, int]], n: int) -> str:
    """The reading of the bare reporting clause ``sentences[n]``: ``none`` (the writer's) when
    it is the reporting clause of a quotation that punctuation split from it (it ends in a
    colon: ``He added:``; or it follows, in its paragraph, a sentence ending in a closing
    quotation mark: ``“Why?” she asked.``; or it names the source of the sentence before it:
    ``That's according to a poll.``), for it presents no words of its own; else
    ``indirect`` (``The declaration claims.`` before a quotation). Either way it hands its
    speaker to the quotation (:mod:`analysis.corpus.quotes`)."""
    p, s, e = sentences[n]
    if text[s:e].rstrip().endswith(":") or refers_back(text[s:e]):
        return "none"
    if n and sentences[n - 1][0] == p:
        _, ps, pe = sentences[n - 1]
        if text[ps:pe].rstrip()[-1:] in _CLOSING:
            return "none"
    return "indirect"
