"""A sentence that is only a reporting clause (``Trump said.``, ``He told reporters:``): its
subject, a reporting verb and at most a short adjunct, with no content of its own. Such a
sentence frames a quotation next to it rather than presenting anyone's words."""

from __future__ import annotations

import re

from .cue_words import AUXILIARIES, PREPOSITIONS, SPEECH_VERBS, is_adverb
from .cues import NOUN_BEFORE, TIME_MODIFIERS, TIME_NOUNS, cue_at, cue_tokens
from .speakers import PRONOUNS, TITLE_WORDS

_FRAME_LEAD = frozenset("but and then so also has have had".split())
_FRAME_ADJUNCT_START = PREPOSITIONS | TIME_NOUNS | TIME_MODIFIERS | frozenset(
    "to into during via through after before while later again".split())
_FRAME_CONTENT = AUXILIARIES | PRONOUNS | frozenset(
    "that which who whom whose because if whether has have had i we you not".split())
_FRAME_LEAD_OR_TITLE = _FRAME_LEAD | TITLE_WORDS
_OBJECT_VERBS = frozenset("told tells asked asks".split())
_TOPIC_VERBS = frozenset("said says wrote writes spoke speaks".split())
"""Verbs whose *of* or *about* names a topic (``said of the plan``), not an object (``accused
of``): an infinitive inside that topic (``said of the plan to deploy``) reports nothing."""
_FRAME_MAX_WORDS = 10
_SUBORDINATORS = frozenset("as while when after before".split())
"""A time adjunct of a bare clause may be a clause of its own (``said as he left the stage``)."""
_APPOSITIVE_RE = re.compile(r"^\s*,\s*(?!(?:who|which|that|whose)\b)[^,]{1,60},\s*$")
"""A subject's appositive set off by commas (``Miller, a retired miner, said``)."""
_NAMED_RE = re.compile(r"^\s*(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*,\s*$")
"""The name before a subject that is its appositive (``Sam Lau, the party's spokesman said``)."""
_FRONTED = 8
"""Words of a fronted phrase before the subject of a clause that introduces a quotation."""


def _subordinate(rest: list[str]) -> bool:
    """Whether the words after a reporting verb open a subordinate time clause whose subject is
    a pronoun or a noun phrase (``as he launched the process``, ``while the crowd cheered``)."""
    return len(rest) > 2 and rest[0] in _SUBORDINATORS and (
        rest[1] in PRONOUNS or rest[1] in NOUN_BEFORE)


def _adjunct_words(rest: list[str]) -> bool:
    """Whether the words after a reporting verb hold no content word (a clause word, an
    auxiliary, a pronoun), pronouns allowed in a subordinate time clause (:func:`_subordinate`)."""
    content = _FRAME_CONTENT - PRONOUNS if _subordinate(rest) else _FRAME_CONTENT
    return not any(w in content for w in rest)


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
        if cue_at(outside, i, False):
            break
    else:
        return False
    introduces = outside.rstrip().endswith(":")
    head = outside[:tokens[i].start()].replace(raw, " ", 1)
    head = (_NAMED_RE if raw[:1].islower() else _APPOSITIVE_RE).sub(" ", head, count=1)
    if introduces and head.count(",") == 1 and len(head.split(",")[0].split()) <= _FRONTED:
        head = head.split(",")[1]  # "In a speech last July, he said:"
    if any(w.strip(",.").lower() not in _FRAME_LEAD_OR_TITLE and not is_adverb(w)
           for w in head.split()):
        return False
    verb, after = tokens[i].group(0), [t.group(0) for t in tokens[i + 1:]]
    rest = [w.lower() for w in after]
    if rest and is_adverb(rest[0]) and rest[0] not in _FRAME_CONTENT:
        after, rest = after[1:], rest[1:]  # "said pleasantly into the phone"
    if introduces and rest[-1:] == ["that"]:
        rest = rest[:-1]  # "Soerens argued that:"
    if len(rest) > _FRAME_MAX_WORDS or not _adjunct_words(rest):
        return False
    topic = rest[:1] in (["about"], ["of"]) and verb.lower() in _TOPIC_VERBS  # "said of X"
    addressee = rest[:1] == ["to"] and after[1:2] != [] and after[1][0].isupper()  # "to People"
    if not topic and any(a == "to" and b not in NOUN_BEFORE and not (k == 0 and addressee)
                         for k, (a, b) in enumerate(zip(rest, rest[1:], strict=False))):
        return False  # "asked the crowd to welcome him": an infinitive reports content
    if not rest or introduces:
        return True
    if tokens[i].group(0) in _OBJECT_VERBS and len(rest) <= 6:
        return True
    manner = rest[0].endswith("ing") and rest[0] not in SPEECH_VERBS and \
        outside[tokens[i].end():tokens[i + 1].start()].strip() == ","
    return rest[0] in _FRAME_ADJUNCT_START or manner or _subordinate(rest) or (
        rest[0] == "about" and len(rest) > 1 and not rest[1][0].isdigit())  # "said about the plan"


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
