"""Shared helper of the speaker-resolution tests: (voice, speaker, actor) of each sentence."""

from __future__ import annotations

from analysis.corpus.documents import Document
from analysis.corpus.quotes import attribute_sentences
from analysis.corpus.sentences import iter_sentences


def rows(text: str, kind: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """``(voice, speaker, actor)`` of every sentence of ``text`` read as one document."""
    meta = {"kind": kind} if kind else None
    doc = Document.from_text(text, doc_id="t", meta=meta)
    return [(s.voice, s.speaker, s.actor) for s in doc.sentences]


def last(text: str) -> tuple[str, str | None, str | None]:
    """The reading of the last sentence of ``text``."""
    return rows(text)[-1]


def quote_rows(text: str) -> list[tuple[str, str, str | None]]:
    """``(quote, voice, speaker)`` of every sentence of ``text`` as the attribution reads it
    (:func:`analysis.corpus.quotes.attribute_sentences`, no document model)."""
    triples = list(iter_sentences(text))
    return [(a.quote, a.voice, a.speaker) for a in attribute_sentences(text, triples)]


def voice_speaker_rows(text: str, **kw: object) -> list[tuple[str, str | None]]:
    """``(voice, speaker)`` of every sentence of ``text``; ``kw`` goes to ``Document.from_text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text, **kw).sentences]


def one(sentence: str) -> tuple[str, str | None, str | None]:
    """The reading of ``sentence`` after a neutral first paragraph (no speaker before it)."""
    return rows("Intro line here.\n\n" + sentence)[1]
