"""Shared helper of the tone-role tests: a sentence with its target marked, ready for the model."""

from __future__ import annotations

from analysis.metrics import target_tone as tt
from analysis.metrics.target_tone import training
from analysis.metrics.target_tone.text import PreparedExample


def prepared(sentence: str, marks: str = "[]") -> PreparedExample:
    """The example of ``sentence`` whose target is the span between the two ``marks``."""
    start, end = marks
    a = sentence.index(start)
    b = sentence.index(end) - 1
    plain = sentence.replace(start, "").replace(end, "")
    return tt.prepare(plain, a, b, training.DEFAULT_SETTINGS)
