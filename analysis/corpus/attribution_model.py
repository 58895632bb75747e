"""A learned second opinion on reported speech the reporting-verb rules miss.

News attributes far more than quotations: ``Clinton unveiled a proposal``, ``His advisers
believe``, ``Polls show``. A logistic regression over sparse features of a sentence and its
neighbours decides whether a sentence the rules of :mod:`analysis.corpus.quotes` left
authorial presents someone else's words or views. Features (:func:`sentence_features`): the
sentence's lower-cased words, its first word, the word pairs among its first six words (subject
and predicate), the word before each ``that`` and ``to`` (``believes that``, ``plans to``), the
first lower-case word after an opening run of capitalised words (the predicate of ``Name Name
verb``), the rules' reading of the sentence and of the ones before and after it in the
paragraph (or ``start`` / ``end``), quotation marks, length; and where the words are
(:func:`position_features`): the relative position of the first and last cue word (a
reporting predicate learned from PolNeAR's training split, :attr:`AttributionModel.cues`) and
of the first ``that``, the number of cue words and their classes (``accused``, ``accusing``
-> ``accus``), whether ``that``, a comma or a colon follows the cue, the share of the sentence
inside quotation marks, first- and second-person pronouns, a colon, an opening quotation
mark. Where the cue stands tells how much of the sentence is the source's content rather
than the source and cue themselves. A promoted sentence's speaker is
read by :func:`analysis.corpus.quotes.promoted_speaker` (its subject, the subject of its cue
word, :func:`cue_subject`, or the words before its first verb).

The model is trained on PolNeAR's training split (Newell, Margolin & Ruths, LREC 2018; 840 US
political news articles, attribution content spans) by ``scripts/train_attribution.py`` and
ships as gzipped JSON (``resources/attribution_model.json.gz``: the cue words, an intercept, a
threshold and one weight per feature, nothing executable). Applying it is a dictionary lookup
per feature.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Collection, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .cue_words import is_opening_adverb

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "attribution_model.json.gz"

_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_ASCII_WORD_RE = re.compile(_WORD_RE.pattern.replace(r"[^\W_]", "[A-Za-z0-9]"))  # ASCII text
_QUOTE_RE = re.compile(r"[“”\"]|''")
_QUOTED_RE = re.compile(r"[“\"][^”\"]*[”\"]?")
_PERSONAL = frozenset("i we my our me us i'm we're you your".split())

_HEAD_WORDS = 6
"""Word pairs among the first words of a sentence (its subject and predicate) are features."""


def _fifth(x: float) -> int:
    """``x`` in [0, 1] as one of five bins."""
    return min(int(x * 5), 4)


def _starts(sentence: str, tokens: list[str], last: int) -> list[int]:
    """Character offsets of ``tokens[:last + 1]`` (the :data:`_WORD_RE` tokens of
    ``sentence``, in order)."""
    out = []
    pos = 0
    for token in tokens[:last + 1]:
        pos = sentence.find(token, pos)
        out.append(pos)
        pos += len(token)
    return out


_THAT_RE = re.compile(r"\b[Tt]hat\b")
_THAT_OR_TO = frozenset({"that", "to"})
_US_RE = re.compile(r"\b[Uu]s\b")


_SUFFIXES = ("ing", "ed", "es", "s")


def cue_class(word: str) -> str:
    """A cue word's class: the word less one inflectional suffix (*-ing*, *-ed*, *-es*, *-s*)
    when at least three letters remain, so that ``accused``, ``accuses`` and ``accusing`` share
    the class ``accus`` and a form seen rarely in training borrows the weight of the others
    (``s=`` features). Crude on purpose: it only has to group, not to give the lemma."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def position_features(sentence: str, tokens: list[str], words: list[str],
                      cues: Collection[str], quoted: bool) -> list[str]:
    """Where a sentence's cue words (``tokens`` in ``cues``), ``that`` and quotations stand:
    relative positions in fifths (``cp``, ``cl``, ``tp``) and tenths (``cp10``) of its
    characters, the first cue word with its position (``cw=said|0``), what follows the cue
    (``ct``: ``that``; ``cpunct``: a comma or a colon), the number of cue words, the class of
    each cue word among ``words`` (``s=accus``, :func:`cue_class`), the share inside quotation
    marks (``qf``; ``quoted`` tells whether it has any quotation mark), first- and
    second-person pronouns (``fp``; ``words`` are the lower-case ``tokens``), a colon, an
    opening quotation mark."""
    n = max(len(sentence), 1)
    if cues.isdisjoint(tokens):
        feats = ["nocue"]
    else:
        found = [i for i, t in enumerate(tokens) if t in cues]
        starts = _starts(sentence, tokens, found[-1])
        first, last = starts[found[0]], starts[found[-1]] + len(tokens[found[-1]])
        fifth = _fifth(first / n)
        feats = [f"cp={fifth}", f"cl={_fifth(last / n)}", f"cw={tokens[found[0]]}|{fifth}",
                 f"cp10={min(int(10 * first / n), 9)}", f"cn={min(len(found), 3)}"]
        end = first + len(tokens[found[0]])
        after = sentence[end:end + 6].strip().lower()
        if after.startswith("that"):
            feats.append("ct")
        if after[:1] in {",", ":"}:
            feats.append("cpunct")
    if not cues.isdisjoint(words):  # most sentences: no cue word at all
        feats.extend(dict.fromkeys("s=" + cue_class(w) for w in words if w in cues))
    share = sum(map(len, _QUOTED_RE.findall(sentence))) / n if quoted else 0.0
    feats.append(f"qf={_fifth(share)}")
    if not _PERSONAL.isdisjoint(words):
        personal = _PERSONAL.intersection(words)
        if personal != {"us"} or _US_RE.search(sentence):
            feats.append("fp")  # "we", "our"; not "the US"
    if ":" in sentence:
        feats.append("colon")
    if sentence.lstrip()[:1] in {"“", '"'}:
        feats.append("qstart")
    if "hat" in sentence:
        that = _THAT_RE.search(sentence)
        if that is not None:
            feats.append(f"tp={_fifth(that.start() / n)}")
    return feats


def sentence_features(sentence: str, quote: str, previous: str, following: str = "end",
                      cues: Collection[str] = frozenset()) -> list[str]:
    """The features of one sentence: ``quote`` is the rules' reading of it (``none``,
    ``direct``...), ``previous`` that of the sentence before it in its paragraph (or
    ``"start"`` for the first sentence of a paragraph), ``following`` that of the sentence
    after it (or ``"end"``); ``cues`` are the cue words (:attr:`AttributionModel.cues`)."""
    tokens = _WORD_RE.findall(sentence)
    feats = [f"q={quote}", f"p={previous}", f"x={following}", f"n={min(len(tokens) // 10, 4)}"]
    quoted = _QUOTE_RE.search(sentence) is not None
    if quoted:
        feats.append("qm")
    words = " ".join(tokens).lower().split()  # one lower-case word per token
    feats.extend("w=" + w for w in words)
    if words:
        feats.append("f=" + words[0])
    head = words[:_HEAD_WORDS]
    feats.extend("b=" + a + "_" + b for a, b in zip(head, head[1:], strict=False))
    # The verb of a reported clause stands before its "that" or "to" ("believes that",
    # "plans to").
    feats.extend(("t=" if b == "that" else "i=") + a
                 for a, b in zip(words, words[1:], strict=False) if b == "that" or b == "to")
    k = 0
    while k < len(tokens) and tokens[k][0].isupper():
        k += 1
    if 0 < k < min(len(tokens), len(words)):
        feats.append("v=" + words[k])
    feats.extend(position_features(sentence, tokens, words, cues, quoted))
    return list(dict.fromkeys(feats))  # each feature once, in a fixed order


def document_features(text: str, sentences: list[tuple[int, int, int]], quotes: list[str],
                      cues: Collection[str] = frozenset()) -> list[list[str]]:
    """:func:`sentence_features` of every sentence of a document, given the rules' ``quote``
    values (one per ``(paragraph, start, end)`` sentence)."""
    out = []
    for n, ((_, s, e), quote) in enumerate(zip(sentences, quotes, strict=True)):
        previous, following = neighbours(sentences, quotes, n)
        out.append(sentence_features(text[s:e], quote, previous, following, cues))
    return out


def neighbours(sentences: list[tuple[int, int, int]], quotes: list[str],
               n: int) -> tuple[str, str]:
    """The readings of the sentences before and after sentence ``n`` in its paragraph
    (``"start"`` / ``"end"`` at the paragraph's edges)."""
    p = sentences[n][0]
    previous = quotes[n - 1] if n and sentences[n - 1][0] == p else "start"
    following = quotes[n + 1] if n + 1 < len(sentences) and sentences[n + 1][0] == p \
        else "end"
    return previous, following


_LEADS = frozenset("but and so yet still".split())
_NOT_SUBJECT = frozenset("""in on at to of for with by from as after before during when while
    if because although though since that this these those it there here what why how who
    which where instead however meanwhile""".split())
_BETWEEN = frozenset("""has have had is are was were will would can could should may might
    also still then now already""".split())
_NOT_IN_NAME = _NOT_SUBJECT | _LEADS
_SUBJECT_WORDS = 6


def cue_subject(tokens: list[re.Match], cues: Collection[str]) -> str | None:
    """The subject of the first cue word (``The Clinton campaign says``, ``His ex-wife
    agreed``, ``In California, Clinton hopes``): the one to six words from the start of the
    sentence (after ``But``/``And``) when no comma, preposition or clause word opens them,
    else the capitalised words just before the cue; auxiliaries and adverbs before the cue are
    left out. ``None`` when there is no cue word or no such subject."""
    k = next((i for i, t in enumerate(tokens) if t.group(0) in cues), 0)
    while k and (tokens[k - 1].group(0) in _BETWEEN or (
            tokens[k - 1].group(0).endswith("ly") and tokens[k - 1].group(0).islower())):
        k -= 1
    if not k:
        return None
    start = 1 if tokens[0].group(0).lower() in _LEADS else 0
    text = tokens[0].string
    if 0 < k - start <= _SUBJECT_WORDS and tokens[start].group(0).lower() not in _NOT_SUBJECT \
            and not is_opening_adverb(tokens, start) \
            and "," not in text[tokens[start].start():tokens[k - 1].end()]:
        return " ".join(t.group(0) for t in tokens[start:k])
    j = k
    while j > 0 and tokens[j - 1].group(0)[0].isupper() and (
            j == k or not text[tokens[j - 1].end():tokens[j].start()].strip()):
        j -= 1
    while j < k and (tokens[j].group(0).lower() in _NOT_IN_NAME or
                     j == start and is_opening_adverb(tokens, j)):
        j += 1
    return " ".join(t.group(0) for t in tokens[j:k]) or None


class AttributionModel:
    """Logistic regression weights and the cue words of its position features:
    ``{"intercept", "threshold", "weights": {feature: w}, "cues": [word, ...]}``."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.intercept = float(data["intercept"])
        self.threshold = float(data["threshold"])
        self.weights: dict[str, float] = dict(data["weights"])
        self.cues = frozenset(data.get("cues", ()))
        self.meta = {k: v for k, v in data.items() if k not in {"weights", "cues"}}
        # The weights of the word features ("w=said") by word, for :meth:`sentence_probability`.
        self._word_weights = {f[2:]: w for f, w in self.weights.items() if f.startswith("w=")}
        # The word-pair features ("b=the_ministry") by pair: a token holds no "_", so a pair's
        # feature has one, and one with more is no pair's.
        self._pair_weights = {tuple(f[2:].split("_")): w for f, w in self.weights.items()
                              if f.startswith("b=") and f.count("_") == 1}

    def probability(self, features: list[str]) -> float:
        """P(the sentence presents someone else's words or views)."""
        weights = self.weights
        z = self.intercept + math.fsum([weights[f] for f in features if f in weights])
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def sentence_probability(self, sentence: str, quote: str, previous: str,
                             following: str = "end") -> float:
        """``probability(sentence_features(sentence, quote, previous, following, cues))``
        with the model's :attr:`cues`, without writing out a feature string per word: each
        distinct word's weight is looked up directly. ``math.fsum`` is exact, so the order in
        which the weights are summed does not change a bit of the result."""
        tokens = (_ASCII_WORD_RE if sentence.isascii() else _WORD_RE).findall(sentence)
        quoted = _QUOTE_RE.search(sentence) is not None
        words = " ".join(tokens).lower().split()  # as in sentence_features
        feats = [f"q={quote}", f"p={previous}", f"x={following}",
                 f"n={min(len(tokens) // 10, 4)}"]
        if quoted:
            feats.append("qm")
        if words:
            feats.append("f=" + words[0])
        head = words[:_HEAD_WORDS]
        # Each feature once (a set), as sentence_features' dict.fromkeys keeps them; the word
        # pairs' weights looked up by pair.
        pair_weights = self._pair_weights
        pairs = pair_weights.keys() & zip(head, head[1:], strict=False)
        if "to" in words or "that" in words:  # "believes that", "plans to"
            feats.extend({("t=" if words[k] == "that" else "i=") + words[k - 1]
                          for k in range(1, len(words)) if words[k] in _THAT_OR_TO})
        k = 0
        while k < len(tokens) and tokens[k][0].isupper():
            k += 1
        if 0 < k < min(len(tokens), len(words)):
            feats.append("v=" + words[k])
        feats.extend(position_features(sentence, tokens, words, self.cues, quoted))
        weights = self.weights
        found = [weights[f] for f in feats if f in weights]
        word_weights = self._word_weights
        found.extend([word_weights[w] for w in word_weights.keys() & words])
        found.extend([pair_weights[p] for p in pairs])
        z = self.intercept + math.fsum(found)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def is_reported(self, features: list[str]) -> bool:
        """Whether the probability reaches the model's threshold."""
        return self.probability(features) >= self.threshold


def load_model(path: str | Path | None = None) -> AttributionModel:
    """Load a model written by ``scripts/train_attribution.py`` (gzipped JSON)."""
    path = Path(path) if path else RESOURCE
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict) or not {"intercept", "threshold", "weights"} <= set(data):
        raise ValueError(f"{path}: expected an object with intercept, threshold and weights")
    return AttributionModel(data)


@lru_cache(maxsize=1)
def default_model() -> AttributionModel:
    """The shipped model (``resources/attribution_model.json.gz``), loaded once."""
    return load_model()
