"""A participle clause of speech after a comma: ``The navy confirmed the arrival, stating that
the boat was there for rest``, ``The envoy responded to the pact, warning that it would lead
to danger``. The participle's subject is the sentence's, and the clause carries that subject's
words, whatever the main verb is: an act (*confirmed the arrival*, *responded to the pact*)
followed by such a clause still reports (the labelling rules of ``data/voices_README.md``:
``..., warning that it would lead to ...`` is someone's words).

:func:`speech_participle_follows` tells whether such a clause follows a given token (used by
:mod:`.announcements`: an event as an act verb's object then no longer makes the sentence the
writer's); :func:`comma_participle` tells whether a token that is a participle of
:data:`COMMA_ONLY_PARTICIPLES` opens such a clause (used by :mod:`.cue_words`: *warning*, which
is a noun too, reports after a comma and before ``that``).
"""

from __future__ import annotations

import re

SPEECH_PARTICIPLES = frozenset("""saying stating adding noting warning insisting claiming
    arguing stressing declaring explaining asserting urging""".split())
"""Participles that open a clause of someone's words after a comma (``..., stating that``)."""

COMMA_ONLY_PARTICIPLES = frozenset({"warning"})
"""Participles that are also nouns (``a stern warning that``): they report only right after a
comma and before ``that`` (``..., warning that it would ...``)."""


def _comma_between(outside: str, tokens: list[re.Match], k: int) -> bool:
    """Whether a comma (and nothing but spaces) stands between ``tokens[k - 1]`` and
    ``tokens[k]``."""
    return k > 0 and outside[tokens[k - 1].end():tokens[k].start()].strip() == ","


def speech_participle_follows(outside: str, tokens: list[re.Match], k: int) -> bool:
    """Whether ``tokens[k]`` is followed by a comma and a participle of
    :data:`SPEECH_PARTICIPLES` (``the arrival, stating that``)."""
    return k + 1 < len(tokens) and tokens[k + 1].group(0) in SPEECH_PARTICIPLES and \
        _comma_between(outside, tokens, k + 1)


def comma_participle(outside: str, tokens: list[re.Match], i: int) -> bool:
    """Whether ``tokens[i]`` (a word of :data:`COMMA_ONLY_PARTICIPLES`) opens a clause of
    speech: right after a comma that follows a word (not a number), and before ``that``."""
    return tokens[i].group(0) in COMMA_ONLY_PARTICIPLES and _comma_between(outside, tokens, i) \
        and tokens[i - 1].group(0).isalpha() and i + 1 < len(tokens) and \
        tokens[i + 1].group(0) == "that"


_CLAUSE_RE = re.compile(r",\s+(?:saying|stating)\b|,\s+(?:warning|adding|noting|insisting|"
                        r"claiming|arguing|stressing|declaring|asserting)\s+(?:that|it|they)\s"
                        r"|,\s+(?:likening|accusing|branding|denouncing|condemning|slamming)\s")
"""A participle clause of speech after a comma: *saying* or *stating* with or without ``that``,
the others before ``that`` or a subject pronoun (``..., warning that``, ``..., claiming it
will``; not ``..., warning of``, ``..., claiming a win``), and an evaluative one with its
object (``..., likening it to a coup``, ``..., accusing him of``)."""


_REPLY_RE = re.compile(r"\b(?:(?:hit|hits|struck|strikes|fired|fires|shot|shoots|lashed|lashes|"
                       r"pushed|pushes)\s+back|responded|responds|reacted|reacts|retorted|"
                       r"replied|replies)\b")
"""A verb of reply in the main clause (``has hit back at the accord``, ``responded to``)."""


def participle_clause(outside: str) -> bool:
    """Whether ``outside`` holds a participle clause of speech after a comma (:data:`_CLAUSE_RE`)
    after a main clause of reply (:data:`_REPLY_RE`: ``has hit back at the accord, claiming it
    will ...``): when no other source is found, its subject is the sentence's opening subject
    (the caller, :mod:`.minor_reports`, reads it). After another act (``shunned the envoy,
    claiming that he is "biased"``) the clause may be a small part of the sentence, and PolNeAR
    does not count it. After a speech act without content (``made the remarks``) an evaluative
    participle is the content (:func:`act_participle_clause`)."""
    m = _CLAUSE_RE.search(outside) if "," in outside else None
    return m is not None and _REPLY_RE.search(outside, 0, m.start()) is not None or \
        act_participle_clause(outside)


_ACT_RE = re.compile(r"\b(?:made|makes)\s+(?:the|these|those|his|her|its|their)\s+(?:\w+\s+)?"
                     r"(?:remarks|comments|statement)\b|\b(?:issued|issues)\s+(?:[\w’'-]+\s+){0,5}?"
                     r"(?:response|reaction|statement|remarks)\b")
"""A speech act without content in the main clause (``made the remarks``, ``issued the
North's first response to ...``)."""
_EVALUATING_RE = re.compile(r"(?:,|\swhile)\s+(?:criticizing|criticising|condemning|denouncing|"
                            r"slamming|blasting|lambasting|accusing|warning|issuing\s+(?:\w+\s+)"
                            r"{0,3}?(?:criticism|condemnation|warning)|(?:underscoring|stressing|"
                            r"emphasizing|emphasising|saying|noting|adding|arguing|insisting)"
                            r"\s+that)\b")
"""A participle of evaluative speech after a comma or *while* (``..., warning Pyongyang
could``, ``while criticizing the deployment``, ``, issuing a sharp criticism of``), or of
saying before *that* (``made the remarks, underscoring that ...``)."""


def act_participle_clause(outside: str) -> bool:
    """Whether ``outside`` tells a speech act without content (:data:`_ACT_RE`: ``X made the
    remarks``) and then, in a participle clause, what the act was (:data:`_EVALUATING_RE`:
    ``..., warning that``, ``while criticizing the drills``): the clause is the content, and
    the opening subject its source (the rule of the voices sets: an evaluative speech act with
    an object reports)."""
    if "issu" not in outside and "make" not in outside and "made" not in outside:
        return False
    m = _EVALUATING_RE.search(outside)
    return m is not None and _ACT_RE.search(outside, 0, m.start()) is not None


SPEECH_ACT_INGS = frozenset("""ripping lashing slamming blasting hitting taking accusing blaming
    mocking praising welcoming questioning rejecting dismissing pointing citing criticizing
    criticising condemning denouncing urging demanding calling vowing pledging threatening
    saying stating warning issuing arguing noting insisting denying expressing repeating
    posting tweeting writing stressing reiterating emphasizing emphasising asserting describing
    labeling labelling branding telling""".split())
"""Participles of a reply in words (``responded first, ripping into the president``,
``responded ... by pointing to her record``): no act in reply."""
_REPLY_ACTS = frozenset("to by as".split())
"""Words after *responded* (an adverb between) that make it an act in reply, not words: *responded
to the tweet*, *has not responded to requests*, *responded by easing sanctions*, *responded as if
hurt* (*responded that*, *responded with criticism*, *responded:* still report)."""
_REPLY_REACH = 6
"""Words after *responded* searched for the act it replied with."""


def reply_act(tokens: list[re.Match], i: int, spoken: frozenset[str]) -> bool:
    """Whether *responded* at ``tokens[i]`` is an act in reply, no report: :data:`_REPLY_ACTS`
    right after it (an adverb between), unless *by* and a word of ``spoken`` (``responded by
    saying``); or, within :data:`_REPLY_REACH` words of one clause, the act it replied with, a
    participle in *-ing* after a comma or after *by* that is not in ``spoken`` (``responded
    within hours, firing two missiles``, ``responded on Friday by launching``); *that*, *with*
    or another mark first make it words (``responded on Friday that ...``)."""
    after = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
    k = i + 2 if after.endswith("ly") else i + 1  # "responded enthusiastically by"
    reply = tokens[k].group(0) if k < len(tokens) else ""
    if reply in _REPLY_ACTS:
        return not (reply == "by" and k + 1 < len(tokens) and tokens[k + 1].group(0) in spoken)
    for k in range(i + 1, min(len(tokens), i + 1 + _REPLY_REACH)):
        word = tokens[k].group(0).lower()
        gap = tokens[k].string[tokens[k - 1].end():tokens[k].start()]
        if word in {"that", "with"} or gap.strip(" ,"):
            return False
        if word.endswith("ing") and word not in spoken and word not in SPEECH_ACT_INGS and (
                "," in gap or tokens[k - 1].group(0).lower() == "by"):
            return True
    return False
