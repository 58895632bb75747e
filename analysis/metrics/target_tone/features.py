"""Features of the target-tone model: the design matrix for ``(sentence, target span)`` pairs.

* the sentence with the target mention (and repeats of the same name) masked, as word n-gram
  and character n-gram TF-IDF;
* a window of words left and right of the target, position-tagged (``l_``/``r_``, and
  ``ln_``/``rn_`` for the nearest words) with VADER polarity tags, as its own TF-IDF space;
* dense features (:data:`DENSE_NAMES`): VADER scores of the sentence and of the target's
  window/clause, distance-weighted valence around the target with negation flips, quote
  markers, position cues and the target's adverse role in its clause (object of pressure,
  source of a hostile act; :mod:`.roles`), standardised with the stored mean and scale.

The vocabularies, idf weights and scalers come from the JSON artefact; fitting them is in
:mod:`analysis.metrics.target_tone.training`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .lexicon import lex_tag, negations, vader_analyzer
from .roles import ROLES, target_roles
from .text import PRONOUNS, TARGET_TOKEN, TOKEN_RE, WORD_RE, PreparedExample, prepare, validate_span

if TYPE_CHECKING:  # pragma: no cover - typing only
    import scipy.sparse as sp

SPACE_ORDER: tuple[tuple[str, str], ...] = (("word", "word"), ("char", "char"), ("window", "ws"))
"""Sparse feature spaces (settings key, vectoriser kind) in design-matrix column order."""

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
    "role_pressure_object",
    "role_hostile_source",
)
"""Names of the dense features, in column order (``role_*``: :mod:`.roles`)."""

SAID_WORDS = frozenset(
    "said says say told tells according added stated argued claimed wrote noted".split()
)
"""Speech verbs whose presence near the target sets ``said_near``."""


def _tagged(tokens: list[str], i: int, lex_tags: bool) -> list[str]:
    """The word ``tokens[i]`` followed by its VADER polarity tag, if any and wanted."""
    words = [tokens[i]]
    if lex_tags:
        tag = lex_tag(tokens, i)
        if tag:
            words.append(tag)
    return words


def window_doc(ex: PreparedExample, size: int, near: int, lex_tags: bool = False) -> str:
    """Position-tagged window tokens: ``l_w``/``r_w`` within ``size`` words, ``ln_w``/``rn_w``
    for the ``near`` closest words (both are emitted for near words). With ``lex_tags`` a VADER
    polarity tag (``l_LEXP``, ``rn_LEXN``, ...) is emitted alongside each lexicon word."""
    nl = len(ex.left_tokens)
    lo = max(0, nl - size) if size > 0 else nl
    right = ex.right_tokens[:size] if size > 0 else []
    toks: list[str] = []
    for i in range(lo, nl):
        for x in _tagged(ex.left_tokens, i, lex_tags):
            toks.append("l_" + x)
            if nl - i <= near:
                toks.append("ln_" + x)
    for i in range(len(right)):
        for x in _tagged(ex.right_tokens, i, lex_tags):
            toks.append("r_" + x)
            if i < near:
                toks.append("rn_" + x)
    if lo == nl:
        toks.insert(0, "l_BOS")
    if not right:
        toks.append("r_EOS")
    return " ".join(toks)


def _quote_depth_at(text: str, pos: int) -> bool:
    """Whether character ``pos`` lies inside double quotes (straight or curly)."""
    before = text[:pos]
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return True
    return before.count('"') % 2 == 1


def weighted_valence(tokens: list[str], reverse: bool, tau: float) -> tuple[float, float]:
    """Positive and negative VADER valence of ``tokens``, each word weighted by
    ``exp(-distance / tau)`` from the target (``reverse`` for the left side, read outwards);
    a negation in the three preceding words flips and damps the valence (``-0.74``, VADER's
    constant). Both sums are divided by 4 (VADER's valence scale)."""
    lex = vader_analyzer().lexicon
    negs = negations()
    pos = neg = 0.0
    seq = list(reversed(tokens)) if reverse else tokens
    for d, w in enumerate(seq):
        val = lex.get(w.replace("’", "'"))
        if val is None:
            continue
        i = len(tokens) - 1 - d if reverse else d
        if any(t.replace("’", "'") in negs for t in tokens[max(0, i - 3) : i]):
            val = -0.74 * val
        wgt = math.exp(-d / tau)
        if val > 0:
            pos += val * wgt
        else:
            neg += -val * wgt
    return pos / 4.0, neg / 4.0


def _vader_block(ex: PreparedExample) -> list[float]:
    """VADER scores of the sentence (target read as ``it``), of the clause around the target
    and of the eight words on either side: the first nine dense features."""
    vader = vader_analyzer()
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
    return [s["compound"], s["pos"], s["neg"], s["neu"], c["compound"], c["pos"], c["neg"], lc, rc]


def dense_features(ex: PreparedExample, tau: float) -> list[float]:
    """Hand-made lexicon/position features for one prepared example (see :data:`DENSE_NAMES`)."""
    negs = negations()
    pl, nl = weighted_valence(ex.left_tokens, reverse=True, tau=tau)
    pr, nr = weighted_valence(ex.right_tokens, reverse=False, tau=tau)
    near = ex.left_tokens[-3:] + ex.right_tokens[:3]
    near_said = ex.left_tokens[-4:] + ex.right_tokens[:4]
    return [
        *_vader_block(ex),
        pl,
        nl,
        pr,
        nr,
        pl + pr - nl - nr,
        float(any(t.replace("’", "'") in negs for t in near)),
        float(_quote_depth_at(ex.text, ex.start)),
        float(any(q in ex.text for q in '“”"')),
        float(not WORD_RE.search(ex.text[: ex.start])),
        ex.start / max(1, len(ex.text)),
        float(ex.mention.strip().lower() in PRONOUNS),
        math.log1p(len(WORD_RE.findall(ex.text))),
        float(ex.masked.count(TARGET_TOKEN)),
        float(any(t in SAID_WORDS for t in near_said)),
        *(float(flag) for flag in target_roles(ex, ROLES)),
    ]


def vectorizer_params(kind: str, ngram_range: tuple[int, int]) -> dict[str, Any]:
    """Keyword arguments of scikit-learn's ``CountVectorizer``/``TfidfVectorizer`` for a space
    of ``kind`` ``"word"``, ``"char"`` (``char_wb``) or ``"ws"`` (whitespace tokens)."""
    if kind == "word":
        return {
            "analyzer": "word",
            "lowercase": False,
            "ngram_range": ngram_range,
            "token_pattern": TOKEN_RE.pattern,
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


@dataclass
class TfidfSpace:
    """A TF-IDF feature space with a fixed vocabulary (sublinear tf, idf, l2 norm).

    ``kind`` is ``"word"`` (tokens from :data:`TOKEN_RE`), ``"char"`` (``char_wb`` n-grams) or
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
            import numpy as np
            from sklearn.feature_extraction.text import CountVectorizer

            self._vectorizer = CountVectorizer(
                **vectorizer_params(self.kind, self.ngram_range),
                vocabulary=self.vocabulary,
                dtype=np.float64,
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
    def from_dict(cls, d: Mapping[str, Any]) -> TfidfSpace:
        """Build a space from its artefact entry (``terms`` ordered by column, ``idf``)."""
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


def prepare_all(
    texts: Sequence[str], spans: Sequence[tuple[int, int]], settings: Mapping[str, Any]
) -> list[PreparedExample]:
    """Validate every span (errors name the item) and prepare each example."""
    if len(texts) != len(spans):
        raise ValueError(f"got {len(texts)} texts but {len(spans)} spans")
    out = []
    for i, (text, span) in enumerate(zip(texts, spans, strict=True)):
        try:
            start, end = span
        except (TypeError, ValueError):
            raise ValueError(f"item {i}: span must be a (start, end) pair, got {span!r}") from None
        try:
            validate_span(text, start, end)
        except ValueError as exc:
            raise ValueError(f"item {i}: {exc}") from None
        out.append(prepare(text, int(start), int(end), settings))
    return out


def space_docs(
    prepared: Sequence[PreparedExample], settings: Mapping[str, Any]
) -> dict[str, list[str]]:
    """Input documents of each sparse space (``word``, ``char``, ``window``)."""
    w = settings["window"]
    return {
        "word": [p.masked for p in prepared],
        "char": [p.masked for p in prepared],
        "window": [
            window_doc(p, int(w["size"]), int(w.get("near", 0)), bool(w.get("lex_tags", False)))
            for p in prepared
        ],
    }


@dataclass
class TargetToneFeaturizer:
    """Turns ``(text, span)`` pairs into the model's design matrix."""

    settings: dict[str, Any]
    spaces: dict[str, TfidfSpace]
    dense_mean: list[float] | None = None
    dense_scale: list[float] | None = None

    def transform(self, texts: Sequence[str], spans: Sequence[tuple[int, int]]) -> sp.csr_matrix:
        """Design matrix: sparse spaces in the order word, char, window, then dense block."""
        return self.transform_prepared(prepare_all(texts, spans, self.settings))

    def transform_prepared(self, prepared: Sequence[PreparedExample]) -> sp.csr_matrix:
        """Design matrix for already prepared examples."""
        import numpy as np
        import scipy.sparse as sps

        docs = space_docs(prepared, self.settings)
        blocks = [
            self.spaces[name].transform(docs[name])
            for name, _ in SPACE_ORDER
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

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TargetToneFeaturizer:
        """Build the featuriser from the artefact's ``featurizer`` entry."""
        settings = dict(d["settings"])
        if settings["dense"]["enabled"] and list(d.get("dense_names", [])) != list(DENSE_NAMES):
            raise ValueError("artefact was built with different dense features; retrain it")
        return cls(
            settings,
            {k: TfidfSpace.from_dict(v) for k, v in d["spaces"].items()},
            d.get("dense_mean"),
            d.get("dense_scale"),
        )
