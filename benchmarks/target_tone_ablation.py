"""Feature and model variants of the target-tone model, compared by cross-validation on NewsMTSC
train and checked on the two dev files.

Usage (from the project root; about 30-40 minutes on two busy cores)::

    .venv/bin/python benchmarks/target_tone_ablation.py [--bench DIR] [--variants NAME ...]

Every variant is the shipped recipe (:data:`analysis.metrics.target_tone.training.
DEFAULT_SETTINGS`, balanced multinomial logistic regression, ``C = 1``, uncalibrated argmax)
plus one change:

* ``base``: nothing added (the shipped features, balanced class weights);
* ``unweighted``: the same features and head with unweighted classes (the training shares act
  as priors; the recipe of model 2.2);
* ``distance``: a bag of the 15 words on each side of the target, each weighted
  ``exp(-distance / 3)``, side-tagged and with VADER polarity tags (l2-normalised);
* ``clause``: TF-IDF word uni/bigrams of the target's clause only, side-tagged, with VADER
  polarity tags;
* ``buckets``: the ten words on each side of the target, tagged with side and distance bucket
  (1, 2-3, 4-6, 7-10 words away) and with VADER polarity tags per bucket, as TF-IDF unigrams;
* ``negation``: word uni/bigrams of the masked sentence with every word in a negation's scope
  (from *not*/*never*/*no*/... to the next punctuation mark) prefixed ``NOT_``;
* ``window_char``: character 2-5-grams (``char_wb``) of the five words on each side;
* ``clause_rest``: the words of the target's clause (``c_``) and of the rest of the sentence
  (``o_``) as two bags of TF-IDF unigrams;
* ``pos``: the target's neighbourhood read with the shipped POS tagger
  (:mod:`analysis.corpus.tagger`): Penn tags of the two words on each side, the nearest verb,
  adjective, noun and adverb on each side (word and VADER tag), subject/object/preposition cues;
* ``nblr``: a second linear model, one-vs-rest logistic regression (``C = 0.1``, liblinear) on
  binarised sparse features scaled by naive-Bayes log-count ratios (Wang & Manning 2012) plus
  the dense block;
* ``blend``: ``0.8 log p(base) + 0.2 log p(nblr)`` (needs ``base`` and ``nblr``).

Printed per variant: macro-F1 of the pooled out-of-fold predictions of a 5-fold CV on train
(folds grouped by sentence, seed 0), then macro-F1 (accuracy) on dev_rw and dev_mt of the model
fitted on all of train. Vocabularies, idf weights and dense scaling are fitted once on all of
train (no labels), so only the classifier is refitted per fold; the numbers compare variants,
they are not the shipped model's CV (``scripts/train_target_tone.py --cv 5``).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.corpus.tagger import load_tagger  # noqa: E402
from analysis.metrics.target_tone import training  # noqa: E402
from analysis.metrics.target_tone.features import DENSE_NAMES, prepare_all  # noqa: E402
from analysis.metrics.target_tone.lexicon import lex_tag, negations  # noqa: E402
from analysis.metrics.target_tone.roles import clause_words  # noqa: E402
from analysis.metrics.target_tone.text import TARGET_TOKEN, PreparedExample  # noqa: E402

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "stance" / "newsmtsc"
FILES = ("train", "dev_rw", "dev_mt")
VARIANTS = ("base", "unweighted", "distance", "clause", "buckets", "negation", "window_char",
            "clause_rest", "pos", "nblr", "blend")
BLEND_WEIGHT = 0.8


def distance_bag(ex: PreparedExample, tau: float = 3.0, reach: int = 15) -> dict[str, float]:
    """Side-tagged words (and VADER tags) around the target, weighted ``exp(-d / tau)``."""
    bag: dict[str, float] = {}
    sides = (("L_", list(reversed(ex.left_tokens)), True), ("R_", ex.right_tokens, False))
    for prefix, seq, reverse in sides:
        for d, word in enumerate(seq[:reach]):
            w = math.exp(-d / tau)
            i = len(seq) - 1 - d if reverse else d
            tag = lex_tag(ex.left_tokens if reverse else ex.right_tokens, i)
            for key in (prefix + word, "A_" + word, *(("A_" + tag,) if tag else ())):
                bag[key] = bag.get(key, 0.0) + w
    return bag


def clause_doc(ex: PreparedExample) -> str:
    """The target's clause as side-tagged words with VADER tags (``cl_``/``cr_``/``c_LEXP``)."""
    left, right, _ = clause_words(ex)
    toks = []
    for prefix, seq in (("cl_", left), ("cr_", right)):
        for i, word in enumerate(seq):
            toks.append(prefix + word)
            tag = lex_tag(seq, i)
            if tag:
                toks.append("c_" + tag)
    return " ".join(toks) or "c_EMPTY"


def bucket_doc(ex: PreparedExample, reach: int = 10) -> str:
    """Side- and distance-bucket-tagged words around the target, with VADER tags
    (``L1_word``, ``R3_LEXN``; buckets 1, 2-3, 4-6 and 7-10 words away)."""
    toks = []
    for side, seq, reverse in (("L", ex.left_tokens, True), ("R", ex.right_tokens, False)):
        outward = list(reversed(seq)) if reverse else seq
        for d, word in enumerate(outward[:reach]):
            b = "1" if d == 0 else "2" if d <= 2 else "3" if d <= 5 else "4"
            toks.append(f"{side}{b}_{word}")
            tag = lex_tag(seq, len(seq) - 1 - d if reverse else d)
            if tag:
                toks.append(f"{side}{b}_{tag}")
        if not outward:
            toks.append(f"{side}_EDGE")
    return " ".join(toks)


SCOPE_TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[.,;:!?()“”\"—–]")
SCOPE_END_RE = re.compile(r"[.,;:!?()“”\"—–]")


def negation_doc(ex: PreparedExample) -> str:
    """The masked sentence with the words in a negation's scope (to the next punctuation mark)
    prefixed ``NOT_``; punctuation dropped."""
    negs = negations()
    out, scoped = [], False
    for tok in SCOPE_TOKEN_RE.findall(ex.masked):
        if SCOPE_END_RE.fullmatch(tok):
            scoped = False
        elif tok.replace("’", "'") in negs:
            scoped = True
            out.append(tok)
        else:
            out.append("NOT_" + tok if scoped else tok)
    return " ".join(out)


def window_text(ex: PreparedExample, k: int = 5) -> str:
    """The ``k`` words on each side of the target, split by ``|``."""
    return " ".join(ex.left_tokens[-k:]) + " | " + " ".join(ex.right_tokens[:k])


def clause_rest_doc(ex: PreparedExample) -> str:
    """Words of the target's clause (``c_``) and of the rest of the sentence (``o_``)."""
    clause = [w for w in SCOPE_TOKEN_RE.findall(ex.clause.lower())
              if not SCOPE_END_RE.fullmatch(w)]
    toks = ["c_" + w for w in clause]
    left = Counter(clause)
    for w in SCOPE_TOKEN_RE.findall(ex.masked):
        if SCOPE_END_RE.fullmatch(w) or w == TARGET_TOKEN:
            continue
        if left[w] > 0:
            left[w] -= 1
        else:
            toks.append("o_" + w)
    return " ".join(toks) or "EMPTY"


TEXT_BLOCKS: dict[str, tuple[Callable[[PreparedExample], str], dict[str, Any]]] = {
    "clause": (clause_doc, {"ngram_range": (1, 2)}),
    "buckets": (bucket_doc, {}),
    "negation": (negation_doc, {"ngram_range": (1, 2)}),
    "window_char": (window_text, {"analyzer": "char_wb", "ngram_range": (2, 5),
                                  "token_pattern": None, "min_df": 3}),
    "clause_rest": (clause_rest_doc, {}),
}
"""TF-IDF variants: the document of each example and the vectoriser settings that differ from
whitespace-token unigrams with ``min_df = 2``."""


def pos_bag(ex: PreparedExample) -> dict[str, float]:
    """The target's POS neighbourhood (see the module docstring)."""
    words = load_tagger().annotate(ex.text)
    before = [w for w in words if w.end <= ex.start][::-1]
    after = [w for w in words if w.start >= ex.end]
    bag: dict[str, float] = {}
    for side, seq in (("L", before), ("R", after)):
        seen: set[str] = set()
        for k, w in enumerate(seq[:10]):
            if k < 2:
                bag[f"{side}{k}_{w.penn}"] = 1.0
            if w.upos in ("VERB", "ADJ", "NOUN", "ADV") and w.upos not in seen:
                seen.add(w.upos)
                low = w.word.lower()
                bag[f"{side}{w.upos}_{low}"] = 1.0
                tag = lex_tag([low], 0)
                if tag:
                    bag[f"{side}{w.upos}_{tag}"] = 1.0
        if not seq:
            bag[f"{side}0_EDGE"] = 1.0
    if after and after[0].upos in ("VERB", "AUX"):
        bag["SUBJ"] = 1.0
    if before and before[0].upos == "VERB":
        bag["OBJ"] = 1.0
    if before and before[0].upos == "ADP":
        bag["PP_" + before[0].word.lower()] = 1.0
    return bag


def extra_block(kind: str, prepared: dict[str, list[PreparedExample]]) -> dict[str, Any]:
    """The added feature block of variant ``kind`` for each file (fitted on train)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    if kind in TEXT_BLOCKS:
        make_doc, changes = TEXT_BLOCKS[kind]
        params: dict[str, Any] = {"analyzer": "word", "lowercase": False, "token_pattern": r"\S+",
                                  "ngram_range": (1, 1), "min_df": 2, "sublinear_tf": True}
        vec = TfidfVectorizer(**{**params, **changes})
        vec.fit([make_doc(p) for p in prepared["train"]])
        return {n: vec.transform([make_doc(p) for p in prepared[n]]) for n in FILES}
    make = distance_bag if kind == "distance" else pos_bag
    bags = {n: [make(p) for p in prepared[n]] for n in FILES}
    dv = DictVectorizer(sort=True).fit(bags["train"])
    mats = {n: dv.transform(bags[n]).tocsr() for n in FILES}
    keep = np.flatnonzero(np.asarray((mats["train"] > 0).sum(axis=0)).ravel() >= 2)
    return {n: normalize(mats[n][:, keep]) for n in FILES}


class NaiveBayesLogistic:
    """One-vs-rest logistic regression on binarised sparse features scaled by naive-Bayes
    log-count ratios (NBSVM-style, Wang & Manning 2012), plus the dense block unscaled."""

    def __init__(self, c: float = 0.1, alpha: float = 1.0, n_dense: int = len(DENSE_NAMES)):
        self.c, self.alpha, self.n_dense = c, alpha, n_dense
        self.ratios: list[Any] = []
        self.heads: list[Any] = []

    def _design(self, x: Any, r: Any) -> Any:
        import scipy.sparse as sps

        sparse = x[:, : -self.n_dense].copy()
        sparse.data = (sparse.data > 0).astype(float)
        return sps.hstack([sparse.multiply(r), x[:, -self.n_dense :]], format="csr")

    def fit(self, x: Any, y: Any) -> NaiveBayesLogistic:
        """Fit the three one-vs-rest heads."""
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        binary = x[:, : -self.n_dense].copy()
        binary.data = (binary.data > 0).astype(float)
        for k in range(3):
            p = np.asarray(binary[y == k].sum(axis=0)).ravel() + self.alpha
            q = np.asarray(binary[y != k].sum(axis=0)).ravel() + self.alpha
            r = np.log(p / p.sum()) - np.log(q / q.sum())
            head = LogisticRegression(C=self.c, solver="liblinear", class_weight="balanced")
            self.ratios.append(r)
            self.heads.append(head.fit(self._design(x, r), (y == k).astype(int)))
        return self

    def predict_proba(self, x: Any) -> Any:
        """Softmax of the three one-vs-rest decision values."""
        import numpy as np

        z = np.stack([h.decision_function(self._design(x, r))
                      for r, h in zip(self.ratios, self.heads, strict=True)], axis=1)
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)


def multinomial(class_weight: str | None = "balanced") -> Any:
    """The multinomial head, uncalibrated (balanced class weights unless told)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, class_weight=class_weight, solver="newton-cg",
                              max_iter=1000, tol=1e-6)


def run(mats: dict[str, Any], ys: dict[str, Any], groups: Any,
        make: Callable[[], Any]) -> dict[str, Any]:
    """Out-of-fold train probabilities (5 grouped folds) and dev probabilities."""
    import numpy as np

    y = ys["train"]
    oof = np.zeros((len(y), 3))
    for tr, te in training.cv_splits(y, groups, 5):
        oof[te] = make().fit(mats["train"][tr], y[tr]).predict_proba(mats["train"][te])
    full = make().fit(mats["train"], y)
    return {"train": oof, **{n: full.predict_proba(mats[n]) for n in FILES[1:]}}


def report(name: str, proba: dict[str, Any], ys: dict[str, Any], seconds: float) -> None:
    """Print one variant's line."""
    from sklearn.metrics import accuracy_score, f1_score

    cells = []
    for n in FILES:
        pred = proba[n].argmax(axis=1)
        f1 = 100 * f1_score(ys[n], pred, average="macro", labels=[0, 1, 2])
        acc = 100 * accuracy_score(ys[n], pred)
        cells.append(f"{f1:>6.2f}" if n == "train" else f"{f1:>6.2f} ({acc:4.1f})")
    print(f"{name:<10} {cells[0]:>8} {cells[1]:>15} {cells[2]:>15} {seconds:>6.0f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    import numpy as np
    import scipy.sparse as sps

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", default=str(DEFAULT_BENCH), help="folder with the NewsMTSC files")
    ap.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=VARIANTS)
    args = ap.parse_args(argv)
    paths = {n: Path(args.bench) / f"{n}.jsonl" for n in FILES}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        print(f"error: NewsMTSC files not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    frames = {n: training.read_newsmtsc(p) for n, p in paths.items()}
    spans = {n: list(zip(df["start"], df["end"], strict=True)) for n, df in frames.items()}
    ys = {n: training.label_codes(df["label"].tolist()) for n, df in frames.items()}
    feat = training.fit_featurizer(frames["train"]["text"].tolist(), spans["train"],
                                   training.DEFAULT_SETTINGS)
    prepared = {n: prepare_all(frames[n]["text"].tolist(), spans[n], feat.settings)
                for n in FILES}
    base = {n: feat.transform_prepared(prepared[n]) for n in FILES}
    groups = frames["train"]["sentence_id"].to_numpy()
    print(f"{'variant':<10} {'CV train':>8} {'dev_rw (acc.)':>15} {'dev_mt (acc.)':>15} {'s':>6}")
    done: dict[str, dict[str, Any]] = {}
    for name in args.variants:
        t = time.perf_counter()
        if name == "blend":
            if not {"base", "nblr"} <= set(done):
                print("blend: needs base and nblr in --variants", file=sys.stderr)
                return 2
            done[name] = {n: np.exp(BLEND_WEIGHT * np.log(done["base"][n] + 1e-12)
                                    + (1 - BLEND_WEIGHT) * np.log(done["nblr"][n] + 1e-12))
                          for n in FILES}
        elif name in ("base", "unweighted", "nblr"):
            make = {"base": multinomial, "unweighted": lambda: multinomial(None),
                    "nblr": NaiveBayesLogistic}[name]
            done[name] = run(base, ys, groups, make)
        else:
            block = extra_block(name, prepared)
            mats = {n: sps.hstack([base[n], block[n]], format="csr") for n in FILES}
            done[name] = run(mats, ys, groups, multinomial)
        report(name, done[name], ys, time.perf_counter() - t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
