"""The last reading of a reported sentence's quote type: a bare frame's, and nobody's words.

:func:`sentence_reading` is the quote type :mod:`analysis.corpus.quotes` gives a sentence once
its speaker is resolved: a bare reporting clause split from its quotation is read by
:func:`analysis.corpus.bare_clauses.frame_reading` (``"Why?" she asked.``: the writer's;
``The declaration claims.``: indirect speech); and a paraphrase (``indirect``) whose source
resolves to nobody (an *it* with nothing before it, :mod:`analysis.corpus.it_bodies`; a source
the model found but no clause names) is the writer's (:func:`nobodys_paraphrase`), so that a
``quoted`` sentence always has a speaker. A personal pronoun is left as read (*he*, *she*,
*I*, *we*, *you*, *they*: a person or group the text does not name again, whose words the
sentence still reports); the speaker of such a sentence is then the pronoun as written, *he*,
*she* or *they*, with no actor (:func:`unnamed_pronoun`: a passage that opens mid-article).
"""

from __future__ import annotations

from .bare_clauses import frame_reading

_PERSONAL = frozenset("he she i we you they".split())


def nobodys_paraphrase(quote: str, speaker: str | None, raw: str | None) -> bool:
    """Whether a sentence read as ``quote`` with the source ``raw`` and no ``speaker`` is a
    paraphrase of nobody, the writer's own (module docstring)."""
    return quote == "indirect" and speaker is None and (raw or "").lower() not in _PERSONAL


def sentence_reading(text: str, sentences: list[tuple[int, int, int]], n: int, quote: str,
                     speaker: str | None, raw: str | None) -> str:
    """The quote type of sentence ``n`` (``sentences``: ``(paragraph, start, end)`` of
    ``text``) read as ``quote`` with the source ``raw`` resolved to ``speaker`` (module
    docstring)."""
    if quote == "frame":
        quote = frame_reading(text, sentences, n)
    return "none" if nobodys_paraphrase(quote, speaker, raw) else quote


def unnamed_pronoun(raw: str | None, quote: str) -> str | None:
    """The speaker of a sentence read as ``quote`` whose pronoun source ``raw`` (``he said``)
    stands for no one the document names: the pronoun in lower case (module docstring); else
    ``None``."""
    low = (raw or "").lower()
    return low if quote != "none" and low in {"he", "she", "they"} else None
