"""A learned second opinion on reported speech the reporting-verb rules miss.

News attributes far more than quotations: ``Clinton unveiled a proposal``, ``His advisers
believe``, ``Polls show``. A logistic regression over a few sparse features of a sentence and
its neighbours decides whether a sentence the rules of :mod:`analysis.corpus.quotes` left
authorial presents someone else's words or views. Features (:func:`document_features`): the
sentence's lower-cased words, its first word, the word pairs among its first six words (subject
and predicate), the word before each ``that`` and ``to`` (``believes that``, ``plans to``), the
first lower-case word after an opening run of capitalised words (the predicate of ``Name Name
verb``), the rules' reading of the sentence and of the ones before and after it in the
paragraph (or ``start`` / ``end``), quotation marks, length.

The model is trained on PolNeAR's training split (Newell, Margolin & Ruths, LREC 2018; 840 US
political news articles, attribution content spans) by ``scripts/train_attribution.py`` and
ships as gzipped JSON (``resources/attribution_model.json.gz``: intercept, threshold and one
weight per feature, nothing executable). Applying it is a dictionary lookup per feature.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "attribution_model.json.gz"

_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_QUOTE_RE = re.compile(r"[“”\"]|''")


_HEAD_WORDS = 6
"""Word pairs among the first words of a sentence (its subject and predicate) are features."""


def sentence_features(sentence: str, quote: str, previous: str,
                      following: str = "end") -> list[str]:
    """The features of one sentence: ``quote`` is the rules' reading of it (``none``,
    ``direct``...), ``previous`` that of the sentence before it in its paragraph (or
    ``"start"`` for the first sentence of a paragraph), ``following`` that of the sentence
    after it (or ``"end"``)."""
    tokens = _WORD_RE.findall(sentence)
    feats = [f"q={quote}", f"p={previous}", f"x={following}", f"n={min(len(tokens) // 10, 4)}"]
    if _QUOTE_RE.search(sentence):
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
    return list(dict.fromkeys(feats))  # each feature once, in a fixed order


def document_features(text: str, sentences: list[tuple[int, int, int]],
                      quotes: list[str]) -> list[list[str]]:
    """:func:`sentence_features` of every sentence of a document, given the rules' ``quote``
    values (one per ``(paragraph, start, end)`` sentence)."""
    out = []
    for n, ((p, s, e), quote) in enumerate(zip(sentences, quotes, strict=True)):
        previous = quotes[n - 1] if n and sentences[n - 1][0] == p else "start"
        following = quotes[n + 1] if n + 1 < len(sentences) and sentences[n + 1][0] == p \
            else "end"
        out.append(sentence_features(text[s:e], quote, previous, following))
    return out


class AttributionModel:
    """Logistic regression weights: ``{"intercept", "threshold", "weights": {feature: w}}``."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.intercept = float(data["intercept"])
        self.threshold = float(data["threshold"])
        self.weights: dict[str, float] = dict(data["weights"])
        self.meta = {k: v for k, v in data.items() if k != "weights"}

    def probability(self, features: list[str]) -> float:
        """P(the sentence presents someone else's words or views)."""
        get = self.weights.get
        return self._logistic([get(f, 0.0) for f in features])

    def is_reported(self, features: list[str]) -> bool:
        """Whether the probability reaches the model's threshold."""
        return self.probability(features) >= self.threshold

    def _logistic(self, values: list[float]) -> float:
        """The probability for the weights ``values`` of a sentence's features."""
        z = self.intercept + math.fsum(values)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def load_model(path: str | Path | None = None) -> AttributionModel:
    """Load a model written by ``scripts/train_attribution.py`` (gzipped JSON)."""
    path = Path(path) if path else RESOURCE
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    if not {"intercept", "threshold", "weights"} <= set(data):
        raise ValueError(f"{path}: expected an object with intercept, threshold and weights")
    return AttributionModel(data)


@lru_cache(maxsize=1)
def default_model() -> AttributionModel:
    """The shipped model (``resources/attribution_model.json.gz``), loaded once."""
    return load_model()
