"""Mentions inside a question: a question asks, it asserts no tone toward the actor.

"Will Seoul still have its say?", a reporter's "Q: Does the U.S. plan to ...?" or a quoted
"Who is the real threat to peace?" put the actor in a question. Whether a question carries a
tone depends on whether it is rhetorical, which a sentence alone rarely shows: in NewsMTSC
train (Hamborg & Donnay 2021) the 121 targets of sentences ending in "?" are 49% negative, 38%
neutral and 13% positive, so the model's label would be a guess about the asker's intent.
:func:`mark_questions` therefore labels such a mention ``uncertain`` (the package's label for a
tone the model does not claim), keeps the model's probabilities for inspection and gives it no
``net_tone`` (NaN), so a question never moves an actor's mean tone; its reason is
:data:`QUESTION_REASON`.

A mention is in a question when the first clause end after it (a colon, a semicolon or a
sentence's end mark, abbreviations' stops aside) is a question mark: in "the question South
Koreans keep asking: would America trade Los Angeles for Seoul?" America is in the question,
South Koreans are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

QUESTION_REASON = "question: asks, asserts no tone toward the actor"
"""The ``reason`` of a mention inside a question (:func:`mark_questions`)."""

_ABBREVIATION_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Adm|Jr|Sr|Amb|Prof|No|vs|Jan|Feb|Mar|Apr|"
    r"Aug|Sept?|Oct|Nov|Dec)\.|\b(?:[A-Za-z]\.){2,}")
"""Stops that end no clause: titles, month short forms, initials (``U.S.``, ``N.``)."""

_CLAUSE_END_RE = re.compile(r"[:;]|[.?!]+(?=[\s\"”’')\]]|$)")
"""A clause's end: a colon, a semicolon, or an end mark before a space, a quote or the end."""


def in_question(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` lies in a question: the first clause end after
    it (:data:`_CLAUSE_END_RE`, abbreviations' stops skipped) is a question mark."""
    rest = _ABBREVIATION_RE.sub(lambda m: "x" * len(m.group()), text[end:])
    m = _CLAUSE_END_RE.search(rest)
    return bool(m) and "?" in m.group()


def mark_questions(table: pd.DataFrame, texts: Sequence[str],
                   spans: Sequence[tuple[int, int]]) -> pd.DataFrame:
    """A copy of a tone table (rows aligned with ``texts`` and ``spans``, with a ``tone_label``
    column) whose mentions inside a question are ``uncertain`` with NaN ``net_tone`` (when the
    table has one) and the reason :data:`QUESTION_REASON`; the ``reason`` column is added
    ("" elsewhere) when the table has none."""
    import numpy as np

    from .model import UNCERTAIN

    out = table.copy()
    if "reason" not in out.columns:
        out["reason"] = ""
    asked = np.array([in_question(t, s, e) for t, (s, e) in zip(texts, spans, strict=True)],
                     dtype=bool)
    if asked.any():
        out.loc[asked, "tone_label"] = UNCERTAIN
        if "net_tone" in out.columns:
            out.loc[asked, "net_tone"] = np.nan
        out.loc[asked, "reason"] = QUESTION_REASON
    return out
