"""The outlet's own voice in a television news script.

A broadcaster's script labels who reads each part: ``Anchor:``, ``Report:``, ``<Reporter>``,
``◀ Anchor ▶``, ``((NARRATOR))``, ``[LEAD]``. Those are the outlet's staff reading the outlet's
copy, as a byline's writer writes an article: their sentences are the writer's
(``authorial``), and the quotations and reported speech inside them are read as in an article
(*Report: Candidate Lee vowed to ease tensions with the North.* is Lee's indirect speech). An
interview bite (``[Kim Min-su / Professor] ...``, ``Kim Min-su/ Professor ...``), a host who
talks with guests (``Host:``) and the turns of a briefing (``Q:``, ``MR. KIRBY:``) stay speech
turns (:mod:`analysis.corpus.transcripts`).

:func:`outlet_turns` marks the sentences of a transcript's reading that belong to such a label;
:func:`blank_labels` gives the text with their labels blanked (offsets kept), for the article
reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .interviews import requests
from .transcripts import turn_at

OUTLET_ROLES = frozenset("anchor anchorman anchorwoman report reporter narrator correspondent "
                         "intro lead".split())
"""Labels (lower case) of a news script's parts read by the outlet's own staff."""
_SCRIPT_LEADS = frozenset("anchor anchorman anchorwoman narrator intro lead".split())
"""Labels that only a news script has (a briefing has reporters, never an anchor)."""


def is_outlet_role(speaker: str | None) -> bool:
    """Whether a turn's ``speaker`` label is one of :data:`OUTLET_ROLES` (``Anchor``,
    ``Report``, ``Reporter``)."""
    return speaker is not None and speaker.lower().strip(" .") in OUTLET_ROLES


def outlet_turns(turns: Sequence[tuple[str, str, str | None]]) -> list[bool]:
    """For each ``(quote, voice, speaker)`` of :func:`analysis.corpus.transcripts.attribute_turns`,
    whether the sentence is part of a turn of the outlet's own staff (:func:`is_outlet_role`)
    or prose that is nobody's turn (``authorial``: an introduction, or the paragraphs after a
    script's label standing on a line of its own, ``[Anchor]``), read as an article."""
    return [voice == "authorial" or (voice == "speech" and is_outlet_role(speaker))
            for _, voice, speaker in turns]


def blank_labels(text: str, sentences: Sequence[tuple[int, int, int]],
                 own: Sequence[bool]) -> str:
    """``text`` with the turn label opening each sentence marked in ``own`` replaced by
    spaces (``Report: Lee vowed`` -> ``        Lee vowed``), every offset kept."""
    parts: list[str] = []
    at = 0
    for (_, s, e), mine in zip(sentences, own, strict=True):
        if mine and (m := turn_at(text, s, e)) is not None:
            parts += [text[at:s], " " * (m.end() - s)]
            at = m.end()
    parts.append(text[at:])
    return "".join(parts)


def outlet_text(text: str, sentences: Sequence[tuple[int, int, int]],
                turns: Sequence[tuple[str, str, str | None]]) -> tuple[list[bool], str | None]:
    """:func:`outlet_turns` of a transcript's ``turns``, and the text to read those sentences
    from as an article (:func:`blank_labels`), ``None`` when there are none."""
    own = asking_reporters(text, sentences, turns, outlet_turns(turns))
    return own, blank_labels(text, sentences, own) if any(own) else None


def asking_reporters(text: str, sentences: Sequence[tuple[int, int, int]],
                     turns: Sequence[tuple[str, str, str | None]], own: list[bool]) -> list[bool]:
    """``own`` with each turn of a ``Reporter`` that asks a question (a sentence ending in a
    question mark, a request: ``Please tell us ...``, or a transcriber's summary, :data:`_ASKS_RE`)
    taken out: at a ministry's briefing the reporter is a questioner, whose turn stays speech
    (``Reporter: Has the North answered the liaison line today?``), not the outlet's copy of a
    script. A document with an anchor's, narrator's or lead's label is a news script, whose
    reporter's questions are the outlet's copy."""
    if any(sp and sp.lower().strip(" .") in _SCRIPT_LEADS for _, _, sp in turns):
        return own
    n = len(turns)
    i = 0
    while i < n:
        speaker = turns[i][2]
        if not (own[i] and turns[i][1] == "speech" and speaker
                and speaker.lower().strip(" .") == "reporter"):
            i += 1
            continue
        j = i
        while j + 1 < n and turns[j + 1][1:] == turns[i][1:] and own[j + 1] \
                and turn_at(text, sentences[j + 1][1], sentences[j + 1][2]) is None:
            j += 1  # the turn's later sentences (a label opens the next turn)
        if any(text[s:e].rstrip().rstrip("\"”’'").endswith("?") or requests(text[s:e])
               or _ASKS_RE.search(text, s, e) for _, s, e in sentences[i:j + 1]):
            own[i:j + 1] = [False] * (j + 1 - i)
        i = j + 1
    return own


_ASKS_RE = re.compile(r"\(\s*(?:[Aa]sks|[Aa]sked|[Aa]sking|(?:[Ii]naudible\s+)?[Qq]uestion)\b")
"""A transcriber's summary of a question in parentheses (``Reporter: (Asks if the two leaders
might meet this year.)``): the reporter asks."""


HANDOVER_RE = re.compile(
    r"\W*(?:(?:(?:[Oo]ur\s+)?(?:[A-Za-z]+\s+){0,2}(?:correspondent|reporter)s?\s+|[Oo]ur\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"|[Oo]ur\s+(?:[A-Za-z]+\s+){0,2}(?:correspondent|reporter)s?)"  # "Our correspondent reports."
    r"\s+(?:reports|has\s+more|has\s+the\s+(?:story|details)|"
    r"looks\s+(?:at|into)|takes\s+a\s+(?:closer\s+)?look)\b")
"""An anchor's handover to the outlet's reporter (``Correspondent Choi Yu-na reports.``, ``Our
Washington correspondent Kim Ji-hoon reports.``, ``Lee Ha-eun has more.``, ``our Bae Joo-yon
looks at their plans``): the outlet's words, no report of anyone's."""


def outlet_readings(text: str, sentences: Sequence[tuple[int, int, int]], own: Sequence[bool],
                    article: list[Any]) -> list[Any]:
    """The article reader's ``article`` attributions (dataclass instances with ``quote``,
    ``voice``, ``speaker`` and ``full_name``) with the anchor's handovers of the outlet's parts
    (``own``; :data:`HANDOVER_RE`, after a fronted phrase ending in a comma) made the
    writer's."""
    out = list(article)
    for n, ((_, s, e), mine) in enumerate(zip(sentences, own, strict=True)):
        sentence = text[s:e].strip()
        comma = sentence.find(", ")
        if mine and (HANDOVER_RE.match(sentence) or (0 < comma < 80 and HANDOVER_RE.match(
                sentence, comma + 2))):
            out[n] = replace(out[n], quote="none", voice="authorial", speaker=None,
                             full_name=None)
    return out
