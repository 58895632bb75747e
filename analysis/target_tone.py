"""Target-dependent tone: the sentiment a news sentence expresses toward one named actor in it.

Given a sentence and the character span of a target mention (``"Pyongyang"``, ``"Yoon"``,
``"the White House"``), the model predicts whether the sentence is *negative*, *neutral* or
*positive* toward that target. It is a small linear model trained on NewsMTSC
(Hamborg & Donnay, 2021) by ``scripts/train_target_tone.py`` and shipped as plain JSON in
``analysis/resources/target_tone.json.gz`` - no pickle, no joblib.

Features (all rebuilt here at inference from the stored vocabularies, idf weights and scalers,
with the very same code that training uses, so a loaded model predicts exactly like the fitted
one):

* the sentence with the target mention (and repeats of the same name) masked by a placeholder,
  as word n-gram and character n-gram TF-IDF;
* a window of six words left and right of the target, position-tagged (``l_``/``r_``, and
  ``ln_``/``rn_`` for the two nearest words) with VADER polarity tags (negation-aware), as a
  separate TF-IDF space;
* dense lexicon features: VADER scores of the sentence and of the target's window/clause,
  distance-weighted VADER valence around the target with negation flips, quote markers and
  position cues, standardised.

A multinomial logistic regression (optionally an average of several) turns these into
probabilities ``p_negative``, ``p_neutral``, ``p_positive``.

Heavy libraries (scipy, scikit-learn, vaderSentiment) are imported inside functions, so
``import analysis`` stays cheap.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    import pandas as pd
    import scipy.sparse as sp

FORMAT_VERSION = "target-tone/1"
"""Schema version of the JSON artefact; bumped whenever the feature extraction changes."""

LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
"""Class labels in the column order of the probability matrix."""

POLARITY_TO_LABEL: dict[float, str] = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
"""NewsMTSC ``polarity`` codes mapped to labels."""

RESOURCE_NAME = "target_tone.json.gz"
"""File name of the packaged artefact inside ``analysis/resources``."""

TARGET_TOKEN = "xxtgt"
"""Placeholder that replaces the target mention before n-gram features are computed."""

_TOKEN_RE = re.compile(r"[^\W_]+(?:[-‐‑'’][^\W_]+)*|[“”\"!?]")
"""Word tokens for the window features: words with inner hyphens/apostrophes, plus quote/!/?."""

_WORD_RE = re.compile(r"[^\W_]+(?:[-‐‑'’][^\W_]+)*")
_CLAUSE_SPLIT_RE = re.compile(r"[;:()\[\]—–]|,\s|\s-\s|[“”\"]")
_QUOTE_CHARS = '“”"‘’'

_PRONOUNS = frozenset(
    "he she him her his hers they them their theirs it its we us our i me my you your".split()
)

# Default feature settings; the training script may override them and stores what it used.
DEFAULT_SETTINGS: dict[str, Any] = {
    "mask_repeats": True,
    "lowercase": True,
    "word": {"ngram_range": [1, 2], "min_df": 2, "max_features": 40000, "weight": 1.0},
    "char": {"ngram_range": [2, 5], "min_df": 3, "max_features": 60000, "weight": 1.0},
    "window": {
        "size": 6,
        "ngram_range": [1, 2],
        "min_df": 2,
        "max_features": 30000,
        "weight": 1.0,
        "near": 2,
        "lex_tags": True,
    },
    "dense": {"enabled": True, "weight": 1.0, "tau": 4.0},
}


# --------------------------------------------------------------------------------------------
# Text preparation
# --------------------------------------------------------------------------------------------


def validate_span(text: str, start: int, end: int) -> None:
    """Raise :class:`ValueError` unless ``text[start:end]`` is a non-empty, in-range mention."""
    if not isinstance(text, str):
        raise ValueError(f"text must be a str, got {type(text).__name__}")
    if not text.strip():
        raise ValueError("text is empty")
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, (int, *_np_integer_types())):
            raise ValueError(f"span {name} must be an int, got {value!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"invalid target span ({start}, {end}) for text of length {len(text)}: "
            "need 0 <= start < end <= len(text)"
        )
    if not text[start:end].strip():
        raise ValueError(f"target span ({start}, {end}) covers only whitespace")


@lru_cache(maxsize=1)
def _np_integer_types() -> tuple[type, ...]:
    try:
        import numpy as np
    except ImportError:  # pragma: no cover
        return ()
    return (np.integer,)


def mask_parts(text: str, start: int, end: int, mask_repeats: bool = True) -> tuple[str, str]:
    """Return the text left and right of ``text[start:end]``, optionally with repeats masked.

    With ``mask_repeats`` further whole-word occurrences of the same name (case-sensitive, only
    for capitalised, non-pronoun mentions of at least three characters) are replaced by
    :data:`TARGET_TOKEN`, and so is the last word of a multi-word name (``"Trump"`` for
    ``"Donald Trump"``).
    """
    mention = text[start:end].strip()
    left, right = text[:start], text[end:]
    if (
        mask_repeats
        and len(mention) >= 3
        and mention[:1].isupper()
        and (mention.lower() not in _PRONOUNS)
    ):
        names = {mention}
        parts = mention.split()
        if len(parts) > 1 and len(parts[-1]) >= 3 and parts[-1][:1].isupper():
            names.add(parts[-1])
        pattern = re.compile(
            r"(?<![\w])(?:"
            + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            + r")(?![\w])"
        )
        left = pattern.sub(" " + TARGET_TOKEN + " ", left)
        right = pattern.sub(" " + TARGET_TOKEN + " ", right)
    return left, right


def mask_target(text: str, start: int, end: int, mask_repeats: bool = True) -> str:
    """``text`` with the mention ``text[start:end]`` replaced by :data:`TARGET_TOKEN`."""
    left, right = mask_parts(text, start, end, mask_repeats)
    return f"{left} {TARGET_TOKEN} {right}"


@dataclass
class PreparedExample:
    """Intermediate representation shared by the sparse and dense feature extractors."""

    masked: str
    left_tokens: list[str]
    right_tokens: list[str]
    left_text: str
    right_text: str
    clause: str
    mention: str
    start: int
    end: int
    text: str


def prepare(text: str, start: int, end: int, settings: Mapping[str, Any]) -> PreparedExample:
    """Mask the target and cut the token windows/clause around it."""
    left_raw, right_raw = mask_parts(text, start, end, bool(settings.get("mask_repeats", True)))
    masked = f"{left_raw} {TARGET_TOKEN} {right_raw}"
    low = masked.lower() if settings.get("lowercase", True) else masked
    if settings.get("lowercase", True):
        left_raw_l, right_raw_l = left_raw.lower(), right_raw.lower()
    else:  # pragma: no cover
        left_raw_l, right_raw_l = left_raw, right_raw
    left_tokens = _TOKEN_RE.findall(left_raw_l)
    right_tokens = _TOKEN_RE.findall(right_raw_l)
    # Clause: the text between the nearest clause boundaries around the target.
    lcut = [m.end() for m in _CLAUSE_SPLIT_RE.finditer(left_raw)]
    rcut = _CLAUSE_SPLIT_RE.search(right_raw)
    clause = (
        left_raw[lcut[-1] if lcut else 0 :]
        + " "
        + (right_raw[: rcut.start()] if rcut else right_raw)
    )
    return PreparedExample(
        masked=low,
        left_tokens=left_tokens,
        right_tokens=right_tokens,
        left_text=left_raw,
        right_text=right_raw,
        clause=clause,
        mention=text[start:end],
        start=start,
        end=end,
        text=text,
    )


def _lex_tag(tokens: list[str], i: int) -> str | None:
    """``"LEXP"``/``"LEXN"`` for a VADER-lexicon word (|valence| >= 1) at ``tokens[i]``,
    flipped when one of the three preceding words is a negation; else ``None``."""
    val = _vader().lexicon.get(tokens[i].replace("’", "'"))
    if val is None or abs(val) < 1.0:
        return None
    negs = _negations()
    if any(t.replace("’", "'") in negs for t in tokens[max(0, i - 3) : i]):
        val = -val
    return "LEXP" if val > 0 else "LEXN"


def window_doc(ex: PreparedExample, size: int, near: int, lex_tags: bool = False) -> str:
    """Position-tagged window tokens: ``l_w``/``r_w`` within ``size`` words, ``ln_w``/``rn_w``
    for the ``near`` closest words (both are emitted for near words). With ``lex_tags`` a VADER
    polarity tag (``l_LEXP``, ``rn_LEXN``, ...) is emitted alongside each lexicon word."""
    nl = len(ex.left_tokens)
    lo = max(0, nl - size) if size > 0 else nl
    right = ex.right_tokens[:size] if size > 0 else []
    toks: list[str] = []
    for i in range(lo, nl):
        w = ex.left_tokens[i]
        words = [w]
        if lex_tags:
            tag = _lex_tag(ex.left_tokens, i)
            if tag:
                words.append(tag)
        for x in words:
            toks.append("l_" + x)
            if nl - i <= near:
                toks.append("ln_" + x)
    for i, w in enumerate(right):
        words = [w]
        if lex_tags:
            tag = _lex_tag(ex.right_tokens, i)
            if tag:
                words.append(tag)
        for x in words:
            toks.append("r_" + x)
            if i < near:
                toks.append("rn_" + x)
    if lo == nl:
        toks.insert(0, "l_BOS")
    if not right:
        toks.append("r_EOS")
    return " ".join(toks)


# --------------------------------------------------------------------------------------------
# Dense lexicon features
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    from vaderSentiment.vaderSentiment import NEGATE

    return frozenset(w.replace("’", "'") for w in NEGATE) | {"no", "not", "never", "without"}


DENSE_NAMES: tuple[str, ...] = (
    "s_compound",
    "s_pos",
    "s_neg",
    "s_neu",
    "c_compound",
    "c_pos",
    "c_neg",
    "l_compound",
    "r_compound",
    "dw_pos_left",
    "dw_neg_left",
    "dw_pos_right",
    "dw_neg_right",
    "dw_sum",
    "neg_near",
    "in_quote",
    "has_quote",
    "starts_sentence",
    "rel_pos",
    "is_pronoun",
    "log_len",
    "n_target_mentions",
    "said_near",
)
"""Names of the dense features, in column order."""

_SAID = frozenset(
    "said says say told tells according added stated argued claimed wrote noted".split()
)


def _quote_depth_at(text: str, pos: int) -> bool:
    """Whether character ``pos`` lies inside double quotes (straight or curly)."""
    before = text[:pos]
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return True
    return before.count('"') % 2 == 1


def dense_features(ex: PreparedExample, tau: float) -> list[float]:
    """Hand-made lexicon/position features for one prepared example (see :data:`DENSE_NAMES`)."""
    vader = _vader()
    lex = vader.lexicon
    negs = _negations()
    s = vader.polarity_scores(ex.masked.replace(TARGET_TOKEN, "it"))
    c = (
        vader.polarity_scores(ex.clause)
        if ex.clause.strip()
        else {"compound": 0.0, "pos": 0.0, "neg": 0.0}
    )
    lt = " ".join(ex.left_tokens[-8:])
    rt = " ".join(ex.right_tokens[:8])
    lc = vader.polarity_scores(lt)["compound"] if lt else 0.0
    rc = vader.polarity_scores(rt)["compound"] if rt else 0.0

    def weighted(tokens: list[str], reverse: bool) -> tuple[float, float]:
        pos = neg = 0.0
        seq = list(reversed(tokens)) if reverse else tokens
        for d, w in enumerate(seq):
            key = w.replace("’", "'")
            val = lex.get(key)
            if val is None:
                continue
            # negation within the three preceding words (in reading order) flips valence
            i = len(tokens) - 1 - d if reverse else d
            window = tokens[max(0, i - 3) : i]
            if any(t.replace("’", "'") in negs for t in window):
                val = -0.74 * val
            wgt = math.exp(-d / tau)
            if val > 0:
                pos += val * wgt
            else:
                neg += -val * wgt
        return pos / 4.0, neg / 4.0

    pl, nl = weighted(ex.left_tokens, reverse=True)
    pr, nr = weighted(ex.right_tokens, reverse=False)
    near = ex.left_tokens[-3:] + ex.right_tokens[:3]
    neg_near = float(any(t.replace("’", "'") in negs for t in near))
    in_quote = float(_quote_depth_at(ex.text, ex.start))
    has_quote = float(any(q in ex.text for q in '“”"'))
    starts = float(not _WORD_RE.search(ex.text[: ex.start]))
    rel = ex.start / max(1, len(ex.text))
    is_pron = float(ex.mention.strip().lower() in _PRONOUNS)
    n_words = len(_WORD_RE.findall(ex.text))
    n_tgt = ex.masked.count(TARGET_TOKEN)
    said = float(any(t in _SAID for t in ex.left_tokens[-4:] + ex.right_tokens[:4]))
    return [
        s["compound"],
        s["pos"],
        s["neg"],
        s["neu"],
        c["compound"],
        c["pos"],
        c["neg"],
        lc,
        rc,
        pl,
        nl,
        pr,
        nr,
        pl + pr - nl - nr,
        neg_near,
        in_quote,
        has_quote,
        starts,
        rel,
        is_pron,
        math.log1p(n_words),
        float(n_tgt),
        said,
    ]


# --------------------------------------------------------------------------------------------
# Sparse TF-IDF spaces, rebuilt from vocabulary + idf
# --------------------------------------------------------------------------------------------


@dataclass
class TfidfSpace:
    """A TF-IDF feature space with a fixed vocabulary (sublinear tf, idf, l2 norm).

    ``kind`` is ``"word"`` (tokens from ``token_pattern``), ``"char"`` (``char_wb`` n-grams) or
    ``"ws"`` (whitespace-separated tokens, for the pre-built window documents).
    """

    kind: str
    ngram_range: tuple[int, int]
    vocabulary: dict[str, int]
    idf: list[float]
    weight: float = 1.0
    _vectorizer: Any = field(default=None, repr=False, compare=False)
    _idf_array: Any = field(default=None, repr=False, compare=False)

    def _count_vectorizer(self) -> Any:
        if self._vectorizer is None:
            from sklearn.feature_extraction.text import CountVectorizer

            self._vectorizer = CountVectorizer(
                **_vectorizer_params(self.kind, self.ngram_range),
                vocabulary=self.vocabulary,
                dtype=_float64(),
            )
        return self._vectorizer

    def transform(self, docs: Sequence[str]) -> sp.csr_matrix:
        """Sublinear-tf TF-IDF rows (l2-normalised), scaled by ``weight``."""
        import numpy as np
        from sklearn.preprocessing import normalize

        counts = self._count_vectorizer().transform(list(docs)).tocsr()
        counts.sort_indices()
        if self._idf_array is None:
            self._idf_array = np.asarray(self.idf, dtype=np.float64)
        counts.data = (np.log(counts.data) + 1.0) * self._idf_array[counts.indices]
        out = normalize(counts, norm="l2", copy=False)
        if self.weight != 1.0:
            out = out * self.weight
        return out.tocsr()

    @classmethod
    def fit(
        cls,
        kind: str,
        docs: Sequence[str],
        ngram_range: Sequence[int],
        min_df: int,
        max_features: int | None,
        weight: float,
    ) -> TfidfSpace:
        """Learn vocabulary and smoothed idf from ``docs`` (same definition as scikit-learn)."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        ngr = (int(ngram_range[0]), int(ngram_range[1]))
        vec = TfidfVectorizer(
            **_vectorizer_params(kind, ngr),
            min_df=min_df,
            max_features=max_features,
            sublinear_tf=True,
            smooth_idf=True,
        )
        vec.fit(list(docs))
        # Re-index the vocabulary alphabetically so the artefact is byte-stable.
        terms = sorted(vec.vocabulary_)
        old = [vec.vocabulary_[t] for t in terms]
        idf = [float(round_sig(vec.idf_[i])) for i in old]
        return cls(kind, ngr, {t: i for i, t in enumerate(terms)}, idf, weight)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (vocabulary stored as a list ordered by column)."""
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "kind": self.kind,
            "ngram_range": list(self.ngram_range),
            "weight": self.weight,
            "terms": terms,
            "idf": [round_sig(x) for x in self.idf],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TfidfSpace:
        """Inverse of :meth:`to_dict`."""
        terms = list(d["terms"])
        if len(terms) != len(d["idf"]):
            raise ValueError("corrupt artefact: terms and idf differ in length")
        return cls(
            str(d["kind"]),
            (int(d["ngram_range"][0]), int(d["ngram_range"][1])),
            {t: i for i, t in enumerate(terms)},
            [float(x) for x in d["idf"]],
            float(d.get("weight", 1.0)),
        )


def _float64() -> Any:
    import numpy as np

    return np.float64


def _vectorizer_params(kind: str, ngram_range: tuple[int, int]) -> dict[str, Any]:
    if kind == "word":
        return {
            "analyzer": "word",
            "lowercase": False,
            "ngram_range": ngram_range,
            "token_pattern": _TOKEN_RE.pattern,
        }
    if kind == "char":
        return {"analyzer": "char_wb", "lowercase": False, "ngram_range": ngram_range}
    if kind == "ws":
        return {
            "analyzer": "word",
            "lowercase": False,
            "ngram_range": ngram_range,
            "token_pattern": r"\S+",
        }
    raise ValueError(f"unknown feature space kind {kind!r}")


def round_sig(x: float, digits: int = 6) -> float:
    """Round ``x`` to ``digits`` significant digits (0 stays 0), as a plain Python float."""
    x = float(x)
    if x == 0.0 or not math.isfinite(x):
        return 0.0 if not math.isfinite(x) else x
    return float(f"{x:.{digits}g}")


# --------------------------------------------------------------------------------------------
# Featuriser: everything between (text, span) and the design matrix
# --------------------------------------------------------------------------------------------


@dataclass
class TargetToneFeaturizer:
    """Turns ``(text, span)`` pairs into the model's design matrix."""

    settings: dict[str, Any]
    spaces: dict[str, TfidfSpace]
    dense_mean: list[float] | None = None
    dense_scale: list[float] | None = None

    @staticmethod
    def prepare_all(
        texts: Sequence[str], spans: Sequence[tuple[int, int]], settings: Mapping[str, Any]
    ) -> list[PreparedExample]:
        """Validate every span and prepare each example."""
        if len(texts) != len(spans):
            raise ValueError(f"got {len(texts)} texts but {len(spans)} spans")
        out = []
        for i, (text, span) in enumerate(zip(texts, spans, strict=True)):
            try:
                start, end = span
            except (TypeError, ValueError):
                raise ValueError(
                    f"item {i}: span must be a (start, end) pair, got {span!r}"
                ) from None
            try:
                validate_span(text, start, end)
            except ValueError as exc:
                raise ValueError(f"item {i}: {exc}") from None
            out.append(prepare(text, int(start), int(end), settings))
        return out

    @staticmethod
    def docs(prepared: Sequence[PreparedExample], settings: Mapping[str, Any]) -> dict[str, list]:
        """Per-space input documents."""
        w = settings["window"]
        return {
            "word": [p.masked for p in prepared],
            "char": [p.masked for p in prepared],
            "window": [
                window_doc(p, int(w["size"]), int(w.get("near", 0)), bool(w.get("lex_tags", False)))
                for p in prepared
            ],
        }

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        spans: Sequence[tuple[int, int]],
        settings: Mapping[str, Any] | None = None,
    ) -> TargetToneFeaturizer:
        """Learn vocabularies, idf weights and dense-feature scaling from training data."""
        import numpy as np

        st = json.loads(json.dumps(dict(settings or DEFAULT_SETTINGS)))
        prepared = cls.prepare_all(texts, spans, st)
        docs = cls.docs(prepared, st)
        spaces: dict[str, TfidfSpace] = {}
        for name, kind in (("word", "word"), ("char", "char"), ("window", "ws")):
            cfg = st.get(name)
            if not cfg or cfg.get("weight", 1.0) == 0:
                continue
            spaces[name] = TfidfSpace.fit(
                kind,
                docs[name],
                cfg["ngram_range"],
                int(cfg["min_df"]),
                cfg.get("max_features"),
                float(cfg.get("weight", 1.0)),
            )
        feat = cls(st, spaces)
        if st["dense"]["enabled"]:
            dense = np.asarray([dense_features(p, float(st["dense"]["tau"])) for p in prepared])
            mean = dense.mean(axis=0)
            scale = dense.std(axis=0)
            scale[scale < 1e-9] = 1.0
            feat.dense_mean = [round_sig(x) for x in mean]
            feat.dense_scale = [round_sig(x) for x in scale]
        return feat

    def transform(self, texts: Sequence[str], spans: Sequence[tuple[int, int]]) -> sp.csr_matrix:
        """Design matrix: sparse spaces in the order word, char, window, then dense block."""
        return self.transform_prepared(self.prepare_all(texts, spans, self.settings))

    def transform_prepared(self, prepared: Sequence[PreparedExample]) -> sp.csr_matrix:
        """Design matrix for already prepared examples."""
        import numpy as np
        import scipy.sparse as sps

        docs = self.docs(prepared, self.settings)
        blocks = [
            self.spaces[name].transform(docs[name])
            for name in ("word", "char", "window")
            if name in self.spaces
        ]
        if self.settings["dense"]["enabled"]:
            tau = float(self.settings["dense"]["tau"])
            dense = np.asarray([dense_features(p, tau) for p in prepared], dtype=np.float64)
            dense = (dense - np.asarray(self.dense_mean)) / np.asarray(self.dense_scale)
            dense *= float(self.settings["dense"].get("weight", 1.0))
            blocks.append(sps.csr_matrix(dense))
        return sps.hstack(blocks, format="csr")

    @property
    def n_features(self) -> int:
        """Total number of columns of the design matrix."""
        n = sum(len(s.vocabulary) for s in self.spaces.values())
        return n + (len(DENSE_NAMES) if self.settings["dense"]["enabled"] else 0)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "settings": self.settings,
            "spaces": {k: v.to_dict() for k, v in self.spaces.items()},
            "dense_names": list(DENSE_NAMES) if self.settings["dense"]["enabled"] else [],
            "dense_mean": self.dense_mean,
            "dense_scale": self.dense_scale,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TargetToneFeaturizer:
        """Inverse of :meth:`to_dict`."""
        settings = dict(d["settings"])
        if settings["dense"]["enabled"] and list(d.get("dense_names", [])) != list(DENSE_NAMES):
            raise ValueError("artefact was built with different dense features; retrain it")
        return cls(
            settings,
            {k: TfidfSpace.from_dict(v) for k, v in d["spaces"].items()},
            d.get("dense_mean"),
            d.get("dense_scale"),
        )


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------


@dataclass
class TargetToneModel:
    """Featuriser plus one or more multinomial linear heads whose probabilities are averaged.

    ``heads`` is a list of ``(coef, intercept)`` with ``coef`` of shape ``(3, n_features)`` in
    :data:`LABELS` order.
    """

    featurizer: TargetToneFeaturizer
    heads: list[tuple[Any, Any]]
    labels: tuple[str, ...] = LABELS
    meta: dict[str, Any] = field(default_factory=dict)

    def predict_proba(self, texts: Sequence[str], spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """Class probabilities, shape ``(n, 3)``, columns in :attr:`labels` order."""
        import numpy as np

        if isinstance(texts, str):
            raise ValueError("texts must be a sequence of strings, not a single string")
        if len(texts) == 0:
            return np.zeros((0, len(self.labels)))
        x = self.featurizer.transform(texts, spans)
        return self.proba_from_matrix(x)

    def proba_from_matrix(self, x: Any) -> np.ndarray:
        """Average of the heads' softmax probabilities for a design matrix ``x``."""
        import numpy as np

        total = np.zeros((x.shape[0], len(self.labels)))
        for coef, intercept in self.heads:
            z = np.asarray(x @ np.asarray(coef).T) + np.asarray(intercept)
            z -= z.max(axis=1, keepdims=True)
            e = np.exp(z)
            total += e / e.sum(axis=1, keepdims=True)
        return total / len(self.heads)

    def predict(self, texts: Sequence[str], spans: Sequence[tuple[int, int]]) -> pd.DataFrame:
        """Tone toward each target: ``tone_label`` and ``p_negative``/``p_neutral``/``p_positive``.

        ``spans[i] = (start, end)`` is the character span of the target mention in ``texts[i]``.
        Raises :class:`ValueError` for empty texts or invalid spans.
        """
        import pandas as pd

        proba = self.predict_proba(texts, spans)
        df = pd.DataFrame(proba, columns=[f"p_{lab}" for lab in self.labels])
        df.insert(
            0,
            "tone_label",
            [self.labels[i] for i in proba.argmax(axis=1)]
            if len(df)
            else pd.Series([], dtype=object),
        )
        return df

    def predict_one(self, text: str, start: int, end: int) -> str:
        """Tone label toward ``text[start:end]``."""
        return str(self.predict([text], [(start, end)]).loc[0, "tone_label"])

    # --- (de)serialisation -----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready artefact (floats rounded to 6 significant digits)."""
        import numpy as np

        heads = []
        for coef, intercept in self.heads:
            c = np.asarray(coef)
            heads.append(
                {
                    "coef": [[round_sig(v) for v in row] for row in c],
                    "intercept": [round_sig(v) for v in np.asarray(intercept)],
                }
            )
        return {
            "format": FORMAT_VERSION,
            "labels": list(self.labels),
            "meta": self.meta,
            "featurizer": self.featurizer.to_dict(),
            "heads": heads,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TargetToneModel:
        """Build a model from the artefact dictionary (validates shapes)."""
        import numpy as np

        if d.get("format") != FORMAT_VERSION:
            raise ValueError(
                f"unsupported artefact format {d.get('format')!r}; expected {FORMAT_VERSION!r}"
            )
        feat = TargetToneFeaturizer.from_dict(d["featurizer"])
        labels = tuple(d["labels"])
        heads = []
        for h in d["heads"]:
            coef = np.asarray(h["coef"], dtype=np.float64)
            intercept = np.asarray(h["intercept"], dtype=np.float64)
            if coef.shape != (len(labels), feat.n_features) or intercept.shape != (len(labels),):
                raise ValueError(
                    f"corrupt artefact: coef shape {coef.shape}, expected "
                    f"{(len(labels), feat.n_features)}"
                )
            heads.append((coef, intercept))
        return cls(feat, heads, labels, dict(d.get("meta", {})))

    def save(self, path: str | Path) -> bytes:
        """Write the artefact as (gzipped if ``.gz``) JSON with stable bytes; returns them."""
        payload = json.dumps(
            self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        ).encode("utf-8")
        path = Path(path)
        if path.suffix == ".gz":
            payload = gzip.compress(payload, compresslevel=9, mtime=0)
        path.write_bytes(payload)
        return payload


def read_artefact(path: str | Path) -> dict[str, Any]:
    """Parse a (possibly gzipped) JSON artefact - plain JSON, never pickle."""
    raw = Path(path).read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return json.loads(raw.decode("utf-8"))


@lru_cache(maxsize=8)
def _load_cached(path: str) -> TargetToneModel:
    return TargetToneModel.from_dict(read_artefact(path))


def default_model_path() -> Path:
    """Location of the packaged artefact (found with :mod:`importlib.resources`)."""
    from importlib.resources import files

    return Path(str(files("analysis") / "resources" / RESOURCE_NAME))


def load_target_tone_model(path: str | Path | None = None) -> TargetToneModel:
    """Load (and cache) the target-tone model; default is the packaged resource."""
    p = Path(path) if path is not None else default_model_path()
    if not p.is_file():
        raise FileNotFoundError(
            f"target-tone artefact not found at {p}; run scripts/train_target_tone.py"
        )
    return _load_cached(str(p.resolve()))


def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """Flatten a NewsMTSC jsonl file to one row per (sentence, target).

    Columns: ``sentence_id``, ``text``, ``start``, ``end``, ``mention``, ``label``.
    """
    import pandas as pd

    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["sentence_normalized"]
            for t in rec["targets"]:
                rows.append(
                    {
                        "sentence_id": i,
                        "text": text,
                        "start": int(t["from"]),
                        "end": int(t["to"]),
                        "mention": t["mention"],
                        "label": POLARITY_TO_LABEL[float(t["polarity"])],
                    }
                )
    return pd.DataFrame(rows)


def fit_target_tone_model(
    texts: Sequence[str],
    spans: Sequence[tuple[int, int]],
    labels: Sequence[str],
    settings: Mapping[str, Any] | None = None,
    c_values: Sequence[float] = (1.0,),
    meta: Mapping[str, Any] | None = None,
) -> TargetToneModel:
    """Fit featuriser and one balanced multinomial logistic regression per value in ``c_values``.

    The heads' probabilities are averaged at prediction time. Deterministic: the ``newton-cg``
    solver has no randomness and vocabularies are ordered alphabetically.
    """
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    unknown = sorted(set(labels) - set(LABELS))
    if unknown:
        raise ValueError(f"unknown labels {unknown}; expected {LABELS}")
    y = np.asarray([LABELS.index(lab) for lab in labels])
    if len(set(y.tolist())) != len(LABELS):
        raise ValueError("training data must contain all three classes")
    feat = TargetToneFeaturizer.fit(texts, spans, settings)
    x = feat.transform(texts, spans)
    heads = []
    for c in c_values:
        clf = LogisticRegression(
            C=float(c),
            class_weight="balanced",
            solver="newton-cg",
            max_iter=1000,
            tol=1e-6,
        )
        clf.fit(x, y)
        if list(clf.classes_) != list(range(len(LABELS))):  # pragma: no cover - defensive
            raise RuntimeError("unexpected class order")
        heads.append((clf.coef_.copy(), clf.intercept_.copy()))
    meta_d = dict(meta or {})
    meta_d.setdefault("c_values", [float(c) for c in c_values])
    return TargetToneModel(feat, heads, LABELS, meta_d)
