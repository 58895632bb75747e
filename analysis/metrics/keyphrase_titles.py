"""Title-case lines: the lines of a text whose capitals say nothing about names.

A headline in title case capitalises every word but short function words, so a capital there
is no evidence of a name, and a phrase only written there has no case cue
(:mod:`analysis.metrics.keyphrase_candidates`, steps 3 and 4). :func:`title_case_flags` marks
the tokens of such lines: a line of 2-24 words, at least 60% of them capitalised.

A sentence dense with names can pass that share on a line of its own ("Japanese Prime
Minister Daisuke Arima held talks with Philippine President Rosa Villanueva in Manila on
Tuesday.": 11 of 16 words capitalised), and its names were then read as a headline's words
(dropped as written only in a headline, the lone "Arima" shown instead of "Daisuke Arima").
A title-case headline has no lower-case content word and seldom ends in a full stop, so a
line that ends in a full stop and writes more than :data:`LOWER_WORDS` lower-case words that
are no stop words is a sentence (:func:`sentence_line`). Lines without a final stop keep the
share rule alone: news headlines in sentence case with names ("Singer Michael Buble weds TV
star Luisana Lopilato") are headlines.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import itemgetter

from .vocabulary import load_stopwords

SENTENCES = True  # a name-dense sentence on a line of its own is no title-case line
LOWER_WORDS = 1
"""A line ending in a full stop with more lower-case content words than this is a sentence
(0 and 2 measured the same on the dev sets; 1 leaves a headline one lower-case slip)."""
TITLE_SHARE = 0.6  # share of a line's words capitalised in a title-case line
MAX_TITLE_WORDS = 25  # a title-case line has fewer words than this
_STOPS = (".", "!", "?")


def sentence_line(los: Sequence[str], caps: Sequence[bool], letter: Sequence[bool],
                  lo_i: int, hi_i: int, end: str) -> bool:
    """Whether the line of tokens ``lo_i:hi_i`` is a sentence: the text after its last token
    (``end``, closing quotes and brackets skipped) starts with a full stop, and more than
    :data:`LOWER_WORDS` of its words (``letter``: starting with a letter) are lower case and
    no stop word (``resources/stopwords_en.txt``)."""
    if end.lstrip(" )]\"”’'")[:1] not in _STOPS:
        return False
    stop = load_stopwords()
    lower = [lo for lo, cap, a in zip(los[lo_i:hi_i], caps[lo_i:hi_i], letter[lo_i:hi_i],
                                      strict=True) if a and not cap and lo not in stop]
    return len(lower) > LOWER_WORDS


def title_case_flags(los: Sequence[str], caps: Sequence[bool], lines: list[tuple[int, int]],
                     headline: int = 0, alpha: Sequence[bool] | None = None,
                     gaps: Sequence[str] | None = None) -> list[bool]:
    """Per token: in a headline, i.e. a title-case line (module docs) or the first
    ``headline`` tokens. ``alpha`` (per token: starts with a letter) is read from ``los``
    when not given; ``gaps`` (the text before each token, and after the last: the token
    scan's) lets a line ending in a full stop be read as a sentence (:func:`sentence_line`)."""
    title = [True] * headline + [False] * (len(los) - headline)
    letter = None  # per token: starts with a letter (read for the whole text once)
    for lo_i, hi_i in lines:
        if hi_i - lo_i < 2 or sum(caps[lo_i:hi_i]) < 2:
            continue  # fewer than two capitalised words: no title-case line
        if letter is None:
            letter = list(map(str.isalpha, map(itemgetter(0), los))) if alpha is None else alpha
        alpha_line = letter[lo_i:hi_i]
        n_alpha = sum(alpha_line)
        if not (2 <= n_alpha < MAX_TITLE_WORDS
                and sum(compress(caps[lo_i:hi_i], alpha_line)) >= TITLE_SHARE * n_alpha):
            continue
        if (SENTENCES and gaps is not None and hi_i < len(gaps)
                and sentence_line(los, caps, letter, lo_i, hi_i, gaps[hi_i])):
            continue
        title[lo_i:hi_i] = [True] * (hi_i - lo_i)
    return title
