"""VADER (Hutto & Gilbert 2014) through its public API: the analyser, its lexicon, negations.

Only public names of ``vaderSentiment`` are used: :class:`SentimentIntensityAnalyzer` (its
``lexicon`` mapping and ``polarity_scores``) and the module's ``NEGATE`` word list.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def vader_analyzer() -> Any:
    """The shared :class:`vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer`."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def negations() -> frozenset[str]:
    """VADER's negation words (straight apostrophes) plus ``no``/``not``/``never``/``without``."""
    from vaderSentiment.vaderSentiment import NEGATE

    return frozenset(w.replace("’", "'") for w in NEGATE) | {"no", "not", "never", "without"}


def lex_tag(tokens: list[str], i: int) -> str | None:
    """``"LEXP"``/``"LEXN"`` for a VADER-lexicon word (|valence| >= 1) at ``tokens[i]``,
    flipped when one of the three preceding words is a negation; else ``None``."""
    val = vader_analyzer().lexicon.get(tokens[i].replace("’", "'"))
    if val is None or abs(val) < 1.0:
        return None
    negs = negations()
    if any(t.replace("’", "'") in negs for t in tokens[max(0, i - 3) : i]):
        val = -val
    return "LEXP" if val > 0 else "LEXN"
