"""The shipped supervised frame model that backs up the frame lexicon (data, not pickle).

A word n-gram TF-IDF logistic regression, one binary classifier per frame, trained by
``scripts/train_frame_model.py`` on the team's labelled sentences (``data/frames_*.csv``,
labelled by ``docs/frame_annotation_guide.md``) and shipped as gzipped JSON
(``analysis/resources/frame_model.json.gz``): the vocabulary, the inverse document frequencies,
one weight vector and intercept per frame, and the threshold. Inference is a few dictionary
look-ups and dot products in NumPy, the same arithmetic as scikit-learn's ``TfidfVectorizer``
(``sublinear_tf``, smooth idf, l2 norm) followed by ``LogisticRegression.predict_proba``.

The model only **adds** frames to the lexicon's: a frame whose probability is at least the
model's threshold (0.85 from model 1.1.0, 0.75 from model 1.6.0, chosen by
leave-one-set-out evaluation; see ``scripts/train_frame_model.py``) joins the sentence's
frames, with the evidence ``model p=0.88``. It never removes a lexicon frame (vetoes measured
worse), nor adds one whose cue the lexicon read as negated.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..corpus.tokens import words
from .frame_lexicon import FRAMES
from .lexicon import RESOURCES, text_words

FRAME_MODEL_PATH = RESOURCES / "frame_model.json.gz"
FRAME_MODEL_FORMAT = "frame-model/1"


def ngram_terms(text: str, ngram_range: tuple[int, int] = (1, 2)) -> list[str]:
    """The lower-case word n-grams of ``text`` (words of :func:`analysis.corpus.tokens.words`,
    joined by one space), as scikit-learn's ``TfidfVectorizer`` builds them from the same
    tokens: all unigrams first, then all bigrams..."""
    toks = [w.lower() for w in words(text)]
    lo, hi = ngram_range
    out = toks[:] if lo == 1 else []
    for n in range(max(lo, 2), hi + 1):
        out.extend([" ".join(toks[k:k + n]) for k in range(len(toks) - n + 1)])
    return out


@dataclass(frozen=True, eq=False)
class FrameModel:
    """A trained frame model (see the module docstring); load with :func:`load_frame_model`."""

    version: str
    threshold: float
    ngram_range: tuple[int, int]
    vocabulary: Mapping[str, int] = field(repr=False)
    idf: Sequence[float] = field(repr=False)
    coef: Sequence[Sequence[float]] = field(repr=False)
    intercept: Sequence[float] = field(repr=False)
    training: Mapping[str, Any] = field(default_factory=dict, repr=False)
    path: str = ""
    min_words: int = 6

    def sentence_probabilities(self, text: str) -> dict[str, float] | None:
        """:meth:`probabilities`, or ``None`` for a text of fewer than :attr:`min_words` words:
        the model learned from whole sentences, and on a fragment (``"U.S."``, a headline) one
        word carries the whole l2-normalised vector."""
        if len(text_words(text)) < self.min_words:
            return None
        return self.probabilities(text)

    def probabilities(self, text: str) -> dict[str, float]:
        """The probability of each frame of :data:`FRAMES` for one sentence."""
        rows = self.term_rows
        # Each term once, in the order of its first occurrence, with its row and count.
        found: dict[Any, list[Any]] = {}
        if self.ngram_range == (1, 2):  # the shipped model: bigrams looked up without joining
            toks = list(map(str.lower, text_words(text)))
            pairs = self.bigram_rows
            last = len(toks) - 1
            for k, tok in enumerate(toks):
                row = rows.get(tok)
                if row is not None:
                    hit = found.get(tok)
                    if hit is None:
                        found[tok] = [row, 1]
                    else:
                        hit[1] += 1
                follow = pairs.get(tok)
                if follow is not None and k < last:
                    row = follow.get(toks[k + 1])
                    if row is not None:
                        key = (tok, toks[k + 1])
                        hit = found.get(key)
                        if hit is None:
                            found[key] = [row, 1]
                        else:
                            hit[1] += 1
        else:
            for term in ngram_terms(text, self.ngram_range):
                row = rows.get(term)
                if row is not None:
                    hit = found.get(term)
                    if hit is None:
                        found[term] = [row, 1]
                    else:
                        hit[1] += 1
        b0, b1, b2, b3 = self.intercept
        if found:
            # The four frames' dot products written out (the model has exactly four): the
            # same additions in the same order as a loop over them, so the same bits.
            sq = d0 = d1 = d2 = d3 = 0.0
            for row, c in found.values():
                w = row[0] if c == 1 else (1.0 + math.log(c)) * row[0]
                sq += w * w
                d0 += w * row[1]
                d1 += w * row[2]
                d2 += w * row[3]
                d3 += w * row[4]
            norm = math.sqrt(sq)
            b0, b1, b2, b3 = b0 + d0 / norm, b1 + d1 / norm, b2 + d2 / norm, b3 + d3 / norm
        exp = math.exp
        f0, f1, f2, f3 = FRAMES
        return {f0: 1.0 / (1.0 + exp(-b0)), f1: 1.0 / (1.0 + exp(-b1)),
                f2: 1.0 / (1.0 + exp(-b2)), f3: 1.0 / (1.0 + exp(-b3))}

    @cached_property
    def bigram_rows(self) -> dict[str, dict[str, tuple[float, ...]]]:
        """The rows of :attr:`term_rows` of the two-word terms, by first word then second."""
        out: dict[str, dict[str, tuple[float, ...]]] = {}
        for term, row in self.term_rows.items():
            first, space, second = term.partition(" ")
            if space and " " not in second:
                out.setdefault(first, {})[second] = row
        return out

    @cached_property
    def term_rows(self) -> dict[str, tuple[float, ...]]:
        """Per term its idf and its weight for each frame: one look-up per n-gram."""
        return {t: (self.idf[k], *(row[k] for row in self.coef))
                for t, k in self.vocabulary.items()}

    def frames(self, text: str) -> set[str]:
        """The frames whose probability is at least :attr:`threshold`."""
        return {f for f, p in self.probabilities(text).items() if p >= self.threshold}


def significant(x: float, digits: int = 6) -> float:
    """``x`` rounded to ``digits`` significant digits (so a retrained file is byte-identical
    across platforms whose last bits differ)."""
    return float(f"{x:.{digits}g}")


def model_payload(classifier: Any, threshold: float, version: str,
                  training: Mapping[str, Any], min_words: int = 6) -> dict[str, Any]:
    """The JSON payload of a fitted :class:`~analysis.metrics.frame_classifier.FrameClassifier`
    trained without lexicon features: terms in the vectoriser's index order, idf, per-frame
    weights and intercepts rounded to 6 significant digits, the ``threshold``, ``min_words``,
    ``version`` and a ``training`` record."""
    if getattr(classifier, "use_lexicon", True):
        raise ValueError("model_payload: the shipped model uses words only (use_lexicon=False)")
    features = classifier.pipeline_.named_steps["features"]
    vectoriser = dict(features.transformer_list)["tfidf"]
    estimators = classifier.pipeline_.named_steps["clf"].estimators_
    terms = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.__getitem__)
    return {
        "format": FRAME_MODEL_FORMAT, "version": version, "frames": list(FRAMES),
        "threshold": threshold, "min_words": min_words,
        "ngram_range": list(classifier.ngram_range),
        "training": dict(training), "terms": terms,
        "idf": [significant(x) for x in vectoriser.idf_],
        "coef": [[significant(x) for x in est.coef_[0]] for est in estimators],
        "intercept": [significant(float(est.intercept_[0])) for est in estimators],
    }


def frame_model_from_payload(data: Any, where: str) -> FrameModel:
    """A :class:`FrameModel` from a :func:`model_payload` dict; ``ValueError`` naming
    ``where`` when it is malformed."""
    p = where
    if not isinstance(data, dict) or data.get("format") != FRAME_MODEL_FORMAT:
        raise ValueError(f"{p}: not a frame model (format must be {FRAME_MODEL_FORMAT!r})")
    try:
        terms = list(data["terms"])
        idf, coef, intercept = data["idf"], data["coef"], data["intercept"]
        frames = tuple(data["frames"])
        threshold = float(data["threshold"])
        min_words = int(data.get("min_words", 6))
        ngram_range = (int(data["ngram_range"][0]), int(data["ngram_range"][1]))
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"{p}: frame model field missing or malformed ({exc!r})") from None
    if frames != FRAMES:
        raise ValueError(f"{p}: frames {frames} differ from {FRAMES}")
    if len(idf) != len(terms) or len(coef) != len(FRAMES) or len(intercept) != len(FRAMES) \
            or any(len(row) != len(terms) for row in coef):
        raise ValueError(f"{p}: {len(terms)} terms but idf, coef or intercept of another shape")
    return FrameModel(version=str(data.get("version", "")), threshold=threshold,
                      ngram_range=ngram_range,
                      vocabulary={t: k for k, t in enumerate(terms)},
                      idf=tuple(float(x) for x in idf),
                      coef=tuple(tuple(float(x) for x in row) for row in coef),
                      intercept=tuple(float(x) for x in intercept),
                      training=dict(data.get("training", {})), path=where,
                      min_words=min_words)


def model_bytes(payload: Mapping[str, Any]) -> bytes:
    """The gzipped JSON bytes of a payload (no timestamp, so the same payload gives the same
    bytes)."""
    import io

    raw = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0, compresslevel=9) as f:
        f.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return raw.getvalue()


def read_frame_model(path: str | Path) -> FrameModel:
    """Read a model file written by ``scripts/train_frame_model.py``.

    Raises ``FileNotFoundError`` for a missing file and ``ValueError`` naming the file and the
    problem for anything else (not gzipped JSON, another format, arrays of the wrong shape).
    """
    p = Path(path)
    try:
        with gzip.open(p, "rt", encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise FileNotFoundError(f"{p}: frame model file not found") from None
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{p}: not a gzipped JSON frame model ({exc})") from None
    return frame_model_from_payload(data, str(p))


@lru_cache(maxsize=4)
def _cached_frame_model(path: str) -> FrameModel:
    return read_frame_model(path)


def load_frame_model(path: str | Path | None = None) -> FrameModel:
    """Load (and cache) a frame model; default ``analysis/resources/frame_model.json.gz``."""
    return _cached_frame_model(str(path or FRAME_MODEL_PATH))
