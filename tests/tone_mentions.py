"""Shared helpers of the tone-role tests: a sentence with its target marked, ready for the model;
the first mention of each actor in a few one-sentence documents."""

from __future__ import annotations

from analysis.corpus import Document
from analysis.metrics import target_tone as tt
from analysis.metrics.actor_tone import actor_tone
from analysis.metrics.target_tone import training
from analysis.metrics.target_tone.text import PreparedExample


def prepared(sentence: str, marks: str = "[]") -> PreparedExample:
    """The example of ``sentence`` whose target is the span between the two ``marks``."""
    start, end = marks
    a = sentence.index(start)
    b = sentence.index(end) - 1
    plain = sentence.replace(start, "").replace(end, "")
    return tt.prepare(plain, a, b, training.DEFAULT_SETTINGS)


def first_mentions(texts: list[str]) -> dict[tuple[str, str], dict]:
    """``actor_tone`` of ``texts`` (document ids ``w0``, ``w1``, ...): the first mention row of
    each (doc_id, actor), as a dict."""
    docs = [Document.from_text(t, doc_id=f"w{i}") for i, t in enumerate(texts)]
    first: dict[tuple[str, str], dict] = {}
    for row in actor_tone(docs).to_dict("records"):
        first.setdefault((row["doc_id"], row["actor"]), row)
    return first
