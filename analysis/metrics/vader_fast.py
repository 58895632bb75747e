"""VADER's ``SentimentIntensityAnalyzer`` (vaderSentiment 3.3.2) with the same scores, faster.

``polarity_scores`` follows VADER's own steps on its public data (lexicon, booster, negation
and idiom tables, ``scalar_inc_dec``, ``allcap_differential``, ``score_valence``), less
costs that change no result (a test compares the two on thousands of sentences): the
character-by-character emoji pass runs only when the text holds an emoji of VADER's emoji
lexicon (VADER's own method then scores it); each word is lower-cased once, not once per
check; words outside the valence lexicon (most words) get their zero valence without the
per-word rule checks, which only ever act on lexicon words; a text without any lexicon word
gets VADER's all-neutral result; and the negation and idiom checks read the three words
either side of a lexicon word instead of lower-casing the whole sentence each time (VADER's
cost was quadratic in the length). Each whitespace token's punctuation-stripped word is
cached; the idiom check returns at once when no word of an idiom or of a several-word
booster is near; ``scalar_inc_dec`` is called only for booster words (it gives 0.0 for the
others); and ``score_valence`` sums the non-zero sentiments in VADER's order.

vaderSentiment is pinned in ``pyproject.toml``; ``tests/test_stance.py`` compares the two on
thousands of sentences. Hutto, C. J., & Gilbert, E. (2014). VADER: A parsimonious rule-based
model for sentiment analysis of social media text. *Proceedings of ICWSM-14*.
"""

from __future__ import annotations

import math
import re
import string
from itertools import compress

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    normalize,
    scalar_inc_dec,
)

NEUTRAL_SCORES = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
"""VADER's result for a text without any lexicon word."""

PUNCTUATION = string.punctuation
NEGATE_WORDS = frozenset(NEGATE)
NEGATION_CONTEXT = NEGATE_WORDS | {"never", "so", "this", "without"}
"""Every word that :func:`negation_check` reads as a negation or an intensifying ``so`` or
``this`` (besides any word with ``n't``): among the three words before a lexicon word none
of them means the check changes nothing."""
IDIOM_WORDS = frozenset(w for k in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in k
                        for w in k.split())
"""Every word of an idiom or of a several-word booster: the idiom check can change a valence
only when the words around the lexicon word include some of these."""


class StrippedWords(dict):
    """VADER's word of a whitespace token (SentiText._strip_punc_if_word: outer
    punctuation off unless that leaves two characters or fewer), cached per token."""

    def __missing__(self, token: str) -> str:
        stripped = token.strip(PUNCTUATION)
        word = self[token] = token if len(stripped) <= 2 else stripped
        return word


def negated(word: str) -> bool:
    """VADER's ``negated([word])`` for a lower-case word."""
    return word in NEGATE_WORDS or "n't" in word

def negation_check(valence: float, low: list[str], start_i: int, i: int) -> float:
    """VADER's ``_negation_check`` on the lower-cased words."""
    if start_i == 0:
        if negated(low[i - 1]):
            valence = valence * N_SCALAR
    elif start_i == 1:
        if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
            valence = valence * 1.25
        elif low[i - 2] == "without" and low[i - 1] == "doubt":
            pass
        elif negated(low[i - 2]):
            valence = valence * N_SCALAR
    else:
        if (low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this")
                or (low[i - 1] == "so" or low[i - 1] == "this")):
            valence = valence * 1.25
        elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
            pass
        elif negated(low[i - 3]):
            valence = valence * N_SCALAR
    return valence

def idioms_check(valence: float, low: list[str], i: int) -> float:
    """VADER's ``_special_idioms_check`` for ``i >= 3`` (the only calls it gets)."""
    if IDIOM_WORDS.isdisjoint(low[i - 3:i + 3]):  # most words: no idiom around
        return valence
    twoone = f"{low[i - 2]} {low[i - 1]}"
    threetwo = f"{low[i - 3]} {low[i - 2]}"
    threetwoone = f"{threetwo} {low[i - 1]}"
    for seq in (f"{low[i - 1]} {low[i]}", f"{twoone} {low[i]}", twoone, threetwoone,
                threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if len(low) - 1 > i:
        zeroone = f"{low[i]} {low[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(low) - 1 > i + 1:
        zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


class FastVader(SentimentIntensityAnalyzer):
    """VADER's analyser with the same scores, faster (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self._stripped = StrippedWords()
        self._emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
        # Characters that may be one (news text has few: curly quotes and dashes).
        first = chr(min(map(ord, self._emoji_chars)) - 1)
        self._rare_re = re.compile(f"[^\\x00-{re.escape(first)}]")

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not isinstance(text, str) or (not text.isascii() and not self._emoji_chars.isdisjoint(
                self._rare_re.findall(text))):  # isascii: a flag, no pass over the text
            return super().polarity_scores(text)
        text = text.strip()
        lowered = text.lower()
        if len(lowered) != len(text):  # a character lower-cases to several: VADER's way
            return super().polarity_scores(text)
        # VADER's words (SentiText._strip_punc_if_word) on the whitespace-split text; as
        # lower() maps character to character here, lower-casing first gives the same.
        if len(self._stripped) > 1 << 16:
            self._stripped.clear()
        strip_word = self._stripped.__getitem__
        low = list(map(strip_word, lowered.split()))
        hits = self.lexicon.keys() & low
        if low and not hits:
            return dict(NEUTRAL_SCORES)
        # The whitespace tokens as written: VADER's words are these less outer punctuation,
        # which has no case, so a token is in capitals exactly when its word is (the words
        # themselves are stripped only where a booster needs one).
        raw = text.split()
        sentiments: list[float] = [0] * len(raw)
        # VADER's allcap_differential: some but not all words in capitals.
        is_cap_diff = 0 < len(raw) - sum(map(str.isupper, raw)) < len(raw)
        last = len(raw) - 1
        for i in compress(range(len(low)), map(hits.__contains__, low)):
            word = low[i]
            if word not in BOOSTER_DICT and not (i < last and word == "kind"
                                                 and low[i + 1] == "of"):
                sentiments[i] = self._lexicon_valence(raw, low, i, is_cap_diff)
        if "but" in low:  # _but_check reads the words lower-cased: low
            sentiments = self._but_check(low, sentiments)
        return self.score_valence(sentiments, text)

    def score_valence(self, sentiments: list[float], text: str) -> dict[str, float]:
        """VADER's ``score_valence``, with its punctuation emphasis and positive,
        negative and neutral sums, in the same operations on the same values."""
        if not sentiments:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        sum_s = float(sum(sentiments))
        ep_count = text.count("!")
        qm_count = text.count("?")
        punct_emph_amplifier = (min(ep_count, 4) * 0.292
                                + (0 if qm_count <= 1 else
                                   qm_count * 0.18 if qm_count <= 3 else 0.96))
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        compound = normalize(sum_s)
        pos_sum = 0.0
        neg_sum = 0.0
        nonzero = list(filter(None, sentiments))  # most words are neutral
        neu_count = len(sentiments) - len(nonzero)
        for sentiment_score in nonzero:
            if sentiment_score > 0:
                pos_sum += (float(sentiment_score) + 1)
            elif sentiment_score < 0:
                neg_sum += (float(sentiment_score) - 1)
        if pos_sum > math.fabs(neg_sum):
            pos_sum += punct_emph_amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punct_emph_amplifier
        total = pos_sum + math.fabs(neg_sum) + neu_count
        return {"neg": round(math.fabs(neg_sum / total), 3),
                "neu": round(math.fabs(neu_count / total), 3),
                "pos": round(math.fabs(pos_sum / total), 3),
                "compound": round(compound, 4)}

    def _lexicon_valence(self, raw: list[str], low: list[str], i: int,
                         is_cap_diff: bool) -> float:
        """VADER's ``sentiment_valence`` of the lexicon word ``low[i]`` (``raw`` are the
        whitespace tokens as written, ``low`` VADER's words lower-cased)."""
        lexicon = self.lexicon
        word = low[i]
        valence = lexicon[word]
        if word == "no" and i != len(raw) - 1 and low[i + 1] in lexicon:
            valence = 0.0
        if ((i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no")
                or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))):
            valence = lexicon[word] * N_SCALAR
        if raw[i].isupper() and is_cap_diff:
            if valence > 0:
                valence += C_INCR
            else:
                valence -= C_INCR
        # negation_check reads only the three words before: most often none can change it.
        before = low[i - 3 if i > 3 else 0:i]
        plain = NEGATION_CONTEXT.isdisjoint(before) and "n't" not in " ".join(before)
        for start_i in range(0, 3):
            if i > start_i and low[i - (start_i + 1)] not in lexicon:
                # scalar_inc_dec is 0.0 for a word that is no booster (most words).
                s = (scalar_inc_dec(self._stripped[raw[i - (start_i + 1)]], valence,
                                    is_cap_diff)
                     if low[i - (start_i + 1)] in BOOSTER_DICT else 0.0)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                if not plain:
                    valence = negation_check(valence, low, start_i, i)
                if start_i == 2:
                    valence = idioms_check(valence, low, i)
        if i > 1 and low[i - 1] not in lexicon and low[i - 1] == "least":
            if low[i - 2] != "at" and low[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and low[i - 1] not in lexicon and low[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence

    # VADER's own path (texts with an emoji) lower-cases the whole sentence for each of
    # these checks of each lexicon word (cost quadratic in the length): the windowed
    # versions above serve it too.
    @staticmethod
    def _negation_check(valence: float, words: list[str], start_i: int, i: int) -> float:
        return negation_check(valence, [str(w).lower() for w in words[max(0, i - 3):i]]
                              + [""], start_i, min(i, 3))

    @staticmethod
    def _special_idioms_check(valence: float, words: list[str], i: int) -> float:
        if i < 3:  # not reached from sentiment_valence; VADER's negative indices wrap
            return SentimentIntensityAnalyzer._special_idioms_check(valence, words, i)
        return idioms_check(valence, [str(w).lower() for w in words[i - 3:i + 3]], 3)
