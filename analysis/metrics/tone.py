"""General evaluative tone of a sentence with VADER (Hutto & Gilbert 2014).

VADER's lexicon of valence scores ships inside the ``vaderSentiment`` package (no network). It is
labelled ``tone`` throughout, never stance: VADER measures how positive or negative the wording is,
not the position a text takes on the declaration. See :func:`tone_scores`.

Hutto, C. J., & Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment
analysis of social media text. *Proceedings of ICWSM-14*.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .lexicon import count_words

TONE_COLUMNS: tuple[str, ...] = ("tone", "tone_pos", "tone_neu", "tone_neg")
"""VADER compound score (``tone``, -1..1) and the pos/neu/neg proportions."""

EMPTY_TONE_NOTE = "empty text: no words to score"

_NEUTRAL = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}


@lru_cache(maxsize=1)
def vader() -> Any:
    """VADER's ``SentimentIntensityAnalyzer`` (vaderSentiment 3.3.2) with the same scores, faster.

    ``polarity_scores`` is VADER's own, less two costs that change no result (a test compares
    the two on thousands of sentences): its character-by-character emoji pass runs only when
    the text holds an emoji of VADER's emoji lexicon; words outside the valence lexicon (most
    words) get their zero valence without the per-word rule checks, which only ever act on
    lexicon words; a text without any lexicon word gets VADER's all-neutral result; and the
    negation and idiom checks look at the six words around a lexicon word instead of
    lower-casing the whole sentence each time (VADER's cost was quadratic in the length).
    """
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

    class _Vader(SentimentIntensityAnalyzer):
        def __init__(self) -> None:
            super().__init__()
            self._emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)

        def polarity_scores(self, text: str) -> dict[str, float]:
            if not isinstance(text, str) or not self._emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)
            text = text.strip()
            sentitext = SentiText(text)
            items = sentitext.words_and_emoticons
            lowered = [w.lower() for w in items]
            lexicon = self.lexicon
            if items and lexicon.keys().isdisjoint(lowered):
                return dict(_NEUTRAL)
            sentiments: list[float] = []
            last = len(items) - 1
            for i, item in enumerate(items):
                low = lowered[i]
                if (low not in lexicon or low in BOOSTER_DICT
                        or (i < last and low == "kind" and lowered[i + 1] == "of")):
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(items, sentiments)
            return self.score_valence(sentiments, text)

        # VADER lower-cases the whole sentence for each of these checks of each lexicon word
        # (cost quadratic in the length); they read three words either side of word i only,
        # and are called with i >= start_i + 1 (_negation_check) and i >= 3 (the idioms), so
        # the same words are passed in a window, indices shifted.
        @staticmethod
        def _negation_check(valence: float, words: list[str], start_i: int, i: int) -> float:
            lo = max(0, i - 3)
            return SentimentIntensityAnalyzer._negation_check(valence, words[lo:i + 1],
                                                              start_i, i - lo)

        @staticmethod
        def _special_idioms_check(valence: float, words: list[str], i: int) -> float:
            if i < 3:  # not reached from sentiment_valence; VADER's negative indices wrap
                return SentimentIntensityAnalyzer._special_idioms_check(valence, words, i)
            return SentimentIntensityAnalyzer._special_idioms_check(valence, words[i - 3:i + 3],
                                                                    3)

    return _Vader()


TONE_MAX_WORDS = 1000
"""Longest text :func:`tone_scores` gives to VADER. VADER's cost grows with the square of a
sentence's length (about 2 ms at 180 words, 20 ms at 700, 0.4 s at 2,900 on a 2-core machine),
and a "sentence" of more than a thousand words is a segmentation failure (a list, a table,
text without punctuation) whose tone would mean little; news sentences have 20-40 words."""

LONG_TONE_NOTE = (f"over {TONE_MAX_WORDS} words: not scored (likely not one sentence; VADER's "
                  "cost grows with the square of the length)")


def tone_scores(text: str) -> dict[str, Any]:
    """General evaluative **tone** of one sentence with VADER (Hutto & Gilbert 2014).

    Returns ``tone`` (VADER compound, -1 most negative .. +1 most positive), ``tone_pos``,
    ``tone_neu``, ``tone_neg`` (proportions of the text) and ``tone_note``. This is tone, not
    stance: it says how positively worded a sentence is, not whether it supports the
    declaration. Text without words gives NaN scores and the note
    ``"empty text: no words to score"`` instead of VADER's misleading 0; text of more than
    :data:`TONE_MAX_WORDS` words gives NaN scores and :data:`LONG_TONE_NOTE`.
    """
    n_words = count_words(text or "")
    if not n_words or n_words > TONE_MAX_WORDS:
        nan = float("nan")
        return {"tone": nan, "tone_pos": nan, "tone_neu": nan, "tone_neg": nan,
                "tone_note": EMPTY_TONE_NOTE if not n_words else LONG_TONE_NOTE}
    s = vader().polarity_scores(text)
    return {"tone": float(s["compound"]), "tone_pos": float(s["pos"]),
            "tone_neu": float(s["neu"]), "tone_neg": float(s["neg"]), "tone_note": ""}
