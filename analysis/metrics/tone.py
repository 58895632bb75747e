"""General evaluative tone of a sentence with VADER (Hutto & Gilbert 2014).

VADER's lexicon of valence scores ships inside the ``vaderSentiment`` package (no network). It is
labelled ``tone`` throughout, never stance: VADER measures how positive or negative the wording is,
not the position a text takes on the declaration. See :func:`tone_scores`. The domain adjustments
of :mod:`analysis.metrics.tone_lexicon` (``resources/tone_domain.json``) apply: a lexicon word
inside a name ("the United States") is not scored, and conflict words VADER lacks
("provocation", "invasion") take the valence of a named VADER entry.

Hutto, C. J., & Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment
analysis of social media text. *Proceedings of ICWSM-14*.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .lexicon import count_words
from .tone_lexicon import ToneLexicon, load_tone_lexicon

TONE_COLUMNS: tuple[str, ...] = ("tone", "tone_pos", "tone_neu", "tone_neg")
"""VADER compound score (``tone``, -1..1) and the pos/neu/neg proportions."""

EMPTY_TONE_NOTE = "empty text: no words to score"


@lru_cache(maxsize=1)
def vader() -> Any:
    """VADER's analyser with the same scores, faster: :class:`.vader_fast.FastVader`."""
    from .vader_fast import FastVader

    return FastVader()


@lru_cache(maxsize=4)
def tone_analyser(lexicon: ToneLexicon) -> Any:
    """:func:`vader`'s analyser with the ``lexicon``'s valences added to its lexicon (the
    plain one when it adds none)."""
    from .vader_fast import FastVader

    if not lexicon.valences:
        return vader()
    analyser = FastVader()
    analyser.lexicon = {**analyser.lexicon, **dict(lexicon.valences)}
    return analyser


TONE_MAX_WORDS = 1000
"""Longest text :func:`tone_scores` gives to VADER. VADER's cost grows with the square of a
sentence's length (about 2 ms at 180 words, 20 ms at 700, 0.4 s at 2,900 on a 2-core machine),
and a "sentence" of more than a thousand words is a segmentation failure (a list, a table,
text without punctuation) whose tone would mean little; news sentences have 20-40 words."""

LONG_TONE_NOTE = (f"over {TONE_MAX_WORDS} words: not scored (likely not one sentence; VADER's "
                  "cost grows with the square of the length)")


def tone_scores(text: str, lexicon: ToneLexicon | None = None) -> dict[str, Any]:
    """General evaluative **tone** of one sentence with VADER (Hutto & Gilbert 2014).

    Returns ``tone`` (VADER compound, -1 most negative .. +1 most positive), ``tone_pos``,
    ``tone_neu``, ``tone_neg`` (proportions of the text) and ``tone_note``. This is tone, not
    stance: it says how positively worded a sentence is, not whether it supports the
    declaration. Text without words gives NaN scores and the note
    ``"empty text: no words to score"`` instead of VADER's misleading 0; text of more than
    :data:`TONE_MAX_WORDS` words gives NaN scores and :data:`LONG_TONE_NOTE`. ``lexicon`` is
    the domain adjustments (default :func:`~analysis.metrics.tone_lexicon.load_tone_lexicon`;
    :data:`~analysis.metrics.tone_lexicon.NO_ADJUSTMENTS` for plain VADER).
    """
    return dict(zip((*TONE_COLUMNS, "tone_note"),
                    tone_values(text, count_words(text or ""), lexicon), strict=True))


def tone_values(text: str, n_words: int, lexicon: ToneLexicon | None = None
                ) -> tuple[float, float, float, float, str]:
    """:func:`tone_scores` as a tuple in :data:`TONE_COLUMNS` order plus the note, for a text
    of ``n_words`` words (:func:`~analysis.metrics.lexicon.count_words`, when already
    known)."""
    if not n_words or n_words > TONE_MAX_WORDS:
        nan = float("nan")
        return nan, nan, nan, nan, EMPTY_TONE_NOTE if not n_words else LONG_TONE_NOTE
    lexicon = lexicon or load_tone_lexicon()
    last = _LAST_ANALYSER
    if last[0] is not lexicon:  # hashing the lexicon for the cache costs more than a sentence
        last[:] = [lexicon, tone_analyser(lexicon)]  # look-up: it is asked of one lexicon
    s = last[1].polarity_scores(lexicon.mask_names(text))
    return (float(s["compound"]), float(s["pos"]), float(s["neu"]), float(s["neg"]), "")


_LAST_ANALYSER: list[Any] = [None, None]
"""The lexicon :func:`tone_values` last scored with and its :func:`tone_analyser`."""
