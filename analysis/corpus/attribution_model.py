"""A learned second opinion on the reported-speech readings of the rules.

News attributes far more than quotations: ``Clinton unveiled a proposal``, ``His advisers
believe``, ``Polls show``; and a sentence the rules read as reported speech may hold little of
the speaker's words (``In a long interview on Thursday with a radio host in Ohio, the
senator said he was surprised``). Logistic regressions over sparse features of a sentence and
its neighbours review the rules of :mod:`analysis.corpus.quotes`: one decides whether a
sentence the rules left authorial presents someone else's words or views (promotion); two
more decide whether a sentence the rules read as reported (``indirect`` or ``partial``) or as
a ``direct`` quotation keeps that reading.

Features (:func:`sentence_features`): the sentence's lower-cased words, its first word, the word
pairs among its first six words (subject and predicate), the word before each ``that`` and
``to`` (``believes that``, ``plans to``), the first lower-case word after an opening run of
capitalised words (the predicate of ``Name Name verb``), the rules' reading of the sentence and
of the ones before and after it in the paragraph (or ``start`` / ``end``), quotation marks,
length; and where the words are: the relative position of the first and last cue word (a
reporting predicate learned from PolNeAR's training split, :attr:`AttributionModel.cues`) and of
the first ``that``, the number of cue words, whether a ``that``, a comma or a colon follows
the cue, the share of the sentence inside quotation marks, first- and second-person pronouns,
a colon, an opening quotation mark. Where the cue stands tells how much of the sentence is
the source's content and how much is the source and cue themselves.

The models are trained on PolNeAR's training split (Newell, Margolin & Ruths, LREC 2018; 840 US
political news articles, attribution content spans) by ``scripts/train_attribution.py`` and
ship as gzipped JSON (``resources/attribution_model.json.gz``: the cue words and, per model,
an intercept, a threshold and one weight per feature, nothing executable). Applying one is a
dictionary lookup per feature.
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

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "attribution_model.json.gz"

_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_QUOTE_RE = re.compile(r"[“”\"]|''")
_QUOTED_RE = re.compile(r"[“\"][^”\"]*[”\"]?")
_PERSONAL = frozenset("i we my our me us i'm we're you your".split())

_HEAD_WORDS = 6
"""Word pairs among the first words of a sentence (its subject and predicate) are features."""

REVIEWED = {"none": "promote", "indirect": "reported", "partial": "reported"}
"""The model that reviews each reading of the rules. A direct quotation is not reviewed (the
words in quotation marks are someone's, however long the reporting clause), nor a bare
reporting clause (``frame``), which hands its speaker to the quotation next to it."""


def _fifth(x: float) -> int:
    """``x`` in [0, 1] as one of five bins."""
    return min(int(x * 5), 4)


def position_features(sentence: str, tokens: list[re.Match], cues: Collection[str]) -> list[str]:
    """Where a sentence's cue words, ``that`` and quotations stand: relative positions in
    fifths (``cp``, ``cl``, ``tp``) and tenths (``cp10``) of its characters, the first cue word
    with its position (``cw=said|0``), what follows the cue (``ct``: ``that``; ``cpunct``: a
    comma or a colon), the number of cue words, the share inside quotation marks (``qf``),
    first- and second-person pronouns (``fp``), a colon, an opening quotation mark."""
    n = max(len(sentence), 1)
    feats = []
    found = [t for t in tokens if t.group(0) in cues]
    if found:
        first, last = found[0], found[-1]
        feats += [f"cp={_fifth(first.start() / n)}", f"cl={_fifth(last.end() / n)}",
                  f"cw={first.group(0)}|{_fifth(first.start() / n)}",
                  f"cp10={min(int(10 * first.start() / n), 9)}", f"cn={min(len(found), 3)}"]
        after = sentence[first.end():first.end() + 6].strip().lower()
        if after.startswith("that"):
            feats.append("ct")
        if after[:1] in {",", ":"}:
            feats.append("cpunct")
    else:
        feats.append("nocue")
    quoted = sum(len(m.group(0)) for m in _QUOTED_RE.finditer(sentence))
    feats.append(f"qf={_fifth(quoted / n)}")
    lower = [t.group(0).lower() for t in tokens]
    if any(w in _PERSONAL and t.group(0) != "US" for t, w in zip(tokens, lower, strict=True)):
        feats.append("fp")  # "we", "our"; not "the US"
    if ":" in sentence:
        feats.append("colon")
    if sentence.lstrip()[:1] in {"“", '"'}:
        feats.append("qstart")
    that = next((t for t, w in zip(tokens, lower, strict=True) if w == "that"), None)
    if that is not None:
        feats.append(f"tp={_fifth(that.start() / n)}")
    return feats


def sentence_features(sentence: str, quote: str, previous: str, following: str = "end",
                      cues: Collection[str] = frozenset()) -> list[str]:
    """The features of one sentence: ``quote`` is the rules' reading of it (``none``,
    ``direct``...), ``previous`` that of the sentence before it in its paragraph (or
    ``"start"`` for the first sentence of a paragraph), ``following`` that of the sentence
    after it (or ``"end"``); ``cues`` are the cue words (:attr:`AttributionModel.cues`)."""
    matches = list(_WORD_RE.finditer(sentence))
    tokens = [m.group(0) for m in matches]
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
    feats.extend(position_features(sentence, matches, cues))
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
            and "," not in text[tokens[start].start():tokens[k - 1].end()]:
        return " ".join(t.group(0) for t in tokens[start:k])
    j = k
    while j > 0 and tokens[j - 1].group(0)[0].isupper() and (
            j == k or not text[tokens[j - 1].end():tokens[j].start()].strip()):
        j -= 1
    while j < k and tokens[j].group(0).lower() in _NOT_SUBJECT | _LEADS:
        j += 1
    return " ".join(t.group(0) for t in tokens[j:k]) or None


class LinearScorer:
    """One logistic regression: ``{"intercept", "threshold", "weights": {feature: w}}``."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.intercept = float(data["intercept"])
        self.threshold = float(data["threshold"])
        self.weights: dict[str, float] = dict(data["weights"])

    def probability(self, features: list[str]) -> float:
        """P(the sentence presents someone else's words or views)."""
        get = self.weights.get
        z = self.intercept + math.fsum(get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def accepts(self, features: list[str]) -> bool:
        """Whether the probability reaches the threshold."""
        return self.probability(features) >= self.threshold


class AttributionModel:
    """The promotion model (top-level ``intercept``, ``threshold``, ``weights``), the review
    models of the rules' reported readings (``review``: ``{"reported": ..., "direct": ...}``,
    each a :class:`LinearScorer`), and the cue words of the position features (``cues``)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        promote = LinearScorer(data)
        self.intercept, self.threshold, self.weights = \
            promote.intercept, promote.threshold, promote.weights
        self.scorers = {"promote": promote}
        self.scorers.update((k, LinearScorer(v)) for k, v in data.get("review", {}).items())
        self.cues = frozenset(data.get("cues", ()))
        self.meta = {k: v for k, v in data.items() if k not in {"weights", "review", "cues"}}

    def probability(self, features: list[str]) -> float:
        """P(an authorial sentence presents someone else's words or views)."""
        return self.scorers["promote"].probability(features)

    def is_reported(self, features: list[str]) -> bool:
        """Whether the promotion probability reaches its threshold."""
        return self.scorers["promote"].accepts(features)

    def reads_reported(self, quote: str, features: list[str]) -> bool:
        """Whether a sentence the rules read as ``quote`` presents someone else's words, after
        review: a reading without a review model (``frame``) stands as the rules give it."""
        scorer = self.scorers.get(REVIEWED.get(quote, ""))
        if scorer is None:
            return quote != "none"
        return scorer.accepts(features)


def load_model(path: str | Path | None = None) -> AttributionModel:
    """Load a model written by ``scripts/train_attribution.py`` (gzipped JSON)."""
    path = Path(path) if path else RESOURCE
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    parts = [data, *data.get("review", {}).values()] if isinstance(data, dict) else [data]
    if not all(isinstance(d, dict) and {"intercept", "threshold", "weights"} <= set(d)
               for d in parts):
        raise ValueError(f"{path}: expected an object with intercept, threshold and weights")
    return AttributionModel(data)


@lru_cache(maxsize=1)
def default_model() -> AttributionModel:
    """The shipped model (``resources/attribution_model.json.gz``), loaded once."""
    return load_model()
