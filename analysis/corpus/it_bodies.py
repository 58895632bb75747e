"""A reporting *it* with no speaker or document before it: the country or body narrated last.

An opinion piece may narrate a country's act before it reports its words: ``Seoul gave up a
great deal. It pledged again never to pursue nuclear weapons, ...``. *It* is then neither a
speaker (none spoke before) nor a document (:mod:`analysis.corpus.it_referents`), and a
reported sentence would be left with no speaker. :func:`narrated_body` gives *it* the way a
*he* or *she* takes the person of the narration before it: the subject of the nearest sentence
before that has one, when that subject is a country or an organisation (of the actor list, or
shaped like an organisation's name: ``the Pentagon``, ``the ministry``); a nearer subject
that is neither (``The plan was ...``) is what *it* stands for, and no source.

A paraphrase (``indirect``) whose source resolves to nobody, neither by this reading nor by
any other (an *it* with nothing before it, a source the model found but no clause names), is
the writer's (:func:`nobodys_paraphrase`): a sentence is ``quoted`` only with a speaker. A
personal pronoun is left to the reader (*I*, *we*, *you*, *they*: a person or group the text
does not name again, whose words the sentence still reports).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from .cues import WORD_RE
from .opening_subjects import sentence_subject
from .speakers import PRONOUNS, looks_like_org

REACH = 2
"""Sentences searched back for the narrated subject."""
_SUBJECT_TOKENS = 40
_OPENING_NAME_RE = re.compile(r"\s*(?:The\s+)?([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)"
                              r"\s+[a-z]")
"""A capitalised name opening a sentence before a lower-case word (``The Pentagon moved``)."""
_PERSONAL = frozenset("i we you they".split())


def narrated_body(text: str, sentences: list[tuple[int, int, int]], n: int, linker: Any
                  ) -> str | None:
    """The country or organisation that is the subject of the nearest of the :data:`REACH`
    sentences before sentence ``n`` (``sentences``: ``(paragraph, start, end)`` of ``text``),
    else ``None`` (module docstring). ``linker``: the actor list's
    :class:`analysis.corpus.actor_linker.ActorLinker`."""
    before = [text[s:e] for _, s, e in sentences[max(0, n - REACH):n]]
    for sentence in reversed(before):
        subject = sentence_subject(list(islice(WORD_RE.finditer(sentence), _SUBJECT_TOKENS)))
        if not subject:
            opening = _OPENING_NAME_RE.match(sentence)
            subject = opening.group(1) if opening else None
        if not subject:
            return None  # "The plan was approved ...": what "it" stands for, no source
        if subject.lower() in PRONOUNS:
            return None  # "It said ... It added": the carried speaker's case, not this one
        body = linker is not None and linker.kind(subject) in {"country", "organisation"}
        return subject if body or looks_like_org(subject) else None
    return None


def nobodys_paraphrase(quote: str, speaker: str | None, raw: str | None) -> bool:
    """Whether a sentence read as ``quote`` with the source ``raw`` and no ``speaker`` is a
    paraphrase of nobody, the writer's own (module docstring)."""
    return quote == "indirect" and speaker is None and (raw or "").lower() not in _PERSONAL
