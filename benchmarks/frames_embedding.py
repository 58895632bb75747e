"""Leave-one-set-out test of a semantic frame model on static word embeddings.

Usage (from the project root)::

    .venv/bin/python benchmarks/frames_embedding.py EMBEDDINGS.npy TOKENIZER.json [--C C]
        [--thresholds T,T...] [--int8] [--newsmtsc DIR] [--bootstrap N]
    .venv/bin/python benchmarks/frames_embedding.py VECTORS.npy --vectors [--C C]
        [--thresholds T,T...] [--newsmtsc DIR --newsmtsc-vectors LINES.npy] [--bootstrap N]

``EMBEDDINGS.npy`` (float, one row per token id) and ``TOKENIZER.json`` are a model2vec
distillation of all-MiniLM-L6-v2 (``model2vec.distill.distill(model, pca_dims=D)``, rows of its
``model.safetensors``; see ``docs/benchmarks.md``, *Frames*). A sentence vector is the mean of
its tokens' rows (special and unknown tokens dropped), l2-normalised, as model2vec encodes it.
With ``--vectors`` the first argument is instead a matrix of sentence vectors computed elsewhere
(e.g. by a contextual encoder), one row per sentence of
:data:`benchmarks.frames.SETS_OF_MODEL_1_4` in order (and ``--newsmtsc-vectors`` one row per
NewsMTSC line, files in sorted order).

For each held-out set of :data:`benchmarks.frames.SETS_OF_MODEL_1_4`, the shipped recipe's
TF-IDF model and a per-frame logistic regression on sentence vectors (balanced classes) are
trained on the other sets, and these combinations of the lexicon (2.7.0 rules) with them are scored:

* ``lex+tfidf``: the shipped default (the TF-IDF model adds a frame at p >= 0.85);
* ``+emb@T``: the default, and the embedding model also adds a frame at p >= T;
* ``mean@T``: the lexicon, plus a frame whose mean of the two models' probabilities is >= T;
* ``emb-only``: the embedding model alone at 0.5 (how much it knows by itself).

A model adds frames only to a sentence the shipped model is asked about (a frame cue or a named
party, at least six words) and never a frame whose cue the lexicon read as negated, exactly as
:func:`analysis.metrics.frames.add_model_frames`. With ``--newsmtsc DIR`` the models trained on
all sets are run over the 8,294 lines of NewsMTSC (``*.jsonl`` of DIR) and the lines given a
frame by a model are counted (the off-topic guard). ``--bootstrap N`` adds, for every variant,
the 95% interval of its pooled micro-F1 gain over ``lex+tfidf`` from N paired resamples of the
sentences (seed 0), and how many more gold (sentence, frame) pairs it finds and false ones it adds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
from frames import SETS_OF_MODEL_1_4 as LOSO_SETS  # noqa: E402
from frames import fit_model  # noqa: E402

from analysis.metrics import frame_labels as fl  # noqa: E402
from analysis.metrics import frames as fr  # noqa: E402

FRAMES = fr.FRAMES


def sentence_vectors(texts: list[str], table: np.ndarray, tokenizer_path: str) -> np.ndarray:
    """Mean token vector of each text, l2-normalised (model2vec's ``encode``)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(tokenizer_path)
    unk = tok.token_to_id("[UNK]")
    out = np.zeros((len(texts), table.shape[1]))
    for k, text in enumerate(texts):
        ids = [i for i in tok.encode(text, add_special_tokens=False).ids if i != unk][:512]
        if ids:
            v = table[ids].astype(np.float64).mean(axis=0)
            out[k] = v / (np.linalg.norm(v) or 1.0)
    return out


def int8_round_trip(table: np.ndarray) -> np.ndarray:
    """``table`` stored as int8 with one float scale per row (max |x| -> 127) and read back."""
    scale = np.abs(table).max(axis=1, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    return np.round(table / scale).astype(np.int8).astype(np.float64) * scale


def fit_embedding(X: np.ndarray, frame_sets: list[set[str]], C: float) -> list:
    """One balanced logistic regression per frame on sentence vectors."""
    from sklearn.linear_model import LogisticRegression

    return [LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(
        X, [f in s for s in frame_sets]) for f in FRAMES]


def embedding_probabilities(models: list, X: np.ndarray) -> np.ndarray:
    """(n, 4) probabilities of the frames."""
    return np.column_stack([m.predict_proba(X)[:, 1] for m in models])


def lexicon_context(texts: list[str]) -> list[tuple[set[str], bool, set[str]]]:
    """Per text: the lexicon's frames, whether a model is asked about it, negated frames."""
    out = []
    for t in texts:
        r = fr.frame_scores(t)
        out.append((set(fr.frame_scores(t, use_model=False)["frames"]), bool(r.get("model")),
                    {c.frame for c in r["negated"]}))
    return out


def combine(ctx: tuple[set[str], bool, set[str]], probs: dict[str, np.ndarray | float],
            threshold: float) -> set[str]:
    """The lexicon's frames plus those whose probability is >= ``threshold``."""
    lex, asked, negated = ctx
    if not asked:
        return set(lex)
    return lex | ({f for f in FRAMES if probs[f] >= threshold} - negated)


def micro(gold: list[set[str]], pred: list[set[str]]) -> tuple[float, float, float]:
    """Micro precision, recall and F1 over (sentence, frame) pairs."""
    t = fl.frame_agreement(gold, pred).loc["micro"]
    return float(t["precision"]), float(t["recall"]), float(t["f1"])


def variants(ctx, p_tfidf, p_emb, thresholds) -> dict[str, list[set[str]]]:
    """Predictions of every combination for one held-out set."""
    rows = range(len(ctx))
    tf = [dict(zip(FRAMES, p_tfidf[i], strict=True)) for i in rows]
    em = [dict(zip(FRAMES, p_emb[i], strict=True)) for i in rows]
    base = [combine(ctx[i], tf[i], 0.85) for i in rows]
    out = {"lexicon": [set(c[0]) for c in ctx], "lex+tfidf": base,
           "emb-only": [{f for f in FRAMES if em[i][f] >= 0.5} for i in rows]}
    for t in thresholds:
        out[f"+emb@{t:.2f}"] = [base[i] | combine(ctx[i], em[i], t) for i in rows]
        out[f"mean@{t:.2f}"] = [combine(ctx[i], {f: (tf[i][f] + em[i][f]) / 2 for f in FRAMES},
                                        t) for i in rows]
    return out


def loso(X: np.ndarray, C: float, thresholds: list[float], n_boot: int = 0) -> None:
    """Print leave-one-set-out micro-F1 (P, R) of every variant, per set and pooled."""
    sets = {p: fl.read_frame_labels(ROOT / p) for p in LOSO_SETS}
    texts = [t for d in sets.values() for t in d["text"]]
    gold = [f for d in sets.values() for f in d["frame_set"]]
    ctx = lexicon_context(texts)
    owner = np.concatenate([[k] * len(d) for k, d in enumerate(sets.values())])
    pooled: dict[str, list[set[str]]] = {}
    gold_pooled: list[set[str]] = []
    for k, path in enumerate(sets):
        test, train = np.flatnonzero(owner == k), np.flatnonzero(owner != k)
        tfidf = fit_model([texts[i] for i in train], [gold[i] for i in train])
        p_tf = np.array([[tfidf.probabilities(texts[i])[f] for f in FRAMES] for i in test])
        emb = fit_embedding(X[train], [gold[i] for i in train], C)
        pred = variants([ctx[i] for i in test], p_tf, embedding_probabilities(emb, X[test]),
                        thresholds)
        g = [gold[i] for i in test]
        gold_pooled += g
        print(f"{path} ({len(test)}): " + "  ".join(
            f"{n} {micro(g, p)[2]:.3f}" for n, p in pred.items()), flush=True)
        for n, p in pred.items():
            pooled.setdefault(n, []).extend(p)
    print(f"\npooled ({len(gold_pooled)}), C={C}:  precision recall micro-F1")
    for n, p in pooled.items():
        print(f"  {n:<12} {'{:.3f}  {:.3f}  {:.3f}'.format(*micro(gold_pooled, p))}")
    if n_boot:
        bootstrap_gains(gold_pooled, pooled, n_boot)


def bootstrap_gains(gold: list[set[str]], pooled: dict[str, list[set[str]]], n: int) -> None:
    """95% paired bootstrap interval (sentences resampled) of each variant's gain in micro-F1."""
    def counts(pred):
        return np.array([(len(g & p), len(p - g), len(g - p)) for g, p in zip(gold, pred,
                                                                            strict=True)])

    rng = np.random.default_rng(0)
    idx = rng.integers(0, len(gold), size=(n, len(gold)))
    base = counts(pooled["lex+tfidf"])

    def f1(c):
        tp, fp, fn = c[idx].sum(axis=1).T
        return 2 * tp / (2 * tp + fp + fn)

    print(f"\n95% paired bootstrap of the gain over lex+tfidf ({n} resamples, seed 0):")
    for name, pred in pooled.items():
        c = counts(pred)
        lo, hi = np.percentile(f1(c) - f1(base), [2.5, 97.5])
        tp, fp, _ = c.sum(axis=0) - base.sum(axis=0)
        print(f"  {name:<12} {lo:+.3f} .. {hi:+.3f}  (pairs found {tp:+d}, false {fp:+d})")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("embeddings")
    ap.add_argument("tokenizer", nargs="?")
    ap.add_argument("--vectors", action="store_true",
                    help="EMBEDDINGS.npy holds sentence vectors of the LOSO sentences")
    ap.add_argument("--newsmtsc-vectors", help="with --vectors: sentence vectors of NewsMTSC")
    ap.add_argument("--bootstrap", type=int, default=0, help="paired bootstrap resamples")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--thresholds", default="0.85,0.90,0.95")
    ap.add_argument("--newsmtsc", help="directory of NewsMTSC *.jsonl files")
    ap.add_argument("--int8", action="store_true",
                    help="quantise the table to int8 with one scale per row first")
    args = ap.parse_args(argv)
    table = np.load(args.embeddings)
    if args.int8:
        table = int8_round_trip(table)
    thresholds = [float(x) for x in args.thresholds.split(",")]
    texts = [t for p in LOSO_SETS for t in fl.read_frame_labels(ROOT / p)["text"]]
    X = table if args.vectors else sentence_vectors(texts, table, args.tokenizer)
    if len(X) != len(texts):
        ap.error(f"{len(X)} vectors for {len(texts)} sentences")
    if args.newsmtsc:
        off_topic(texts, X, table, args, thresholds)
        return 0
    loso(X, args.C, thresholds, args.bootstrap)
    return 0


def off_topic(texts, X, table, args, thresholds) -> None:
    """Count NewsMTSC lines to which a model trained on all sets adds a frame."""
    gold = [f for p in LOSO_SETS for f in fl.read_frame_labels(ROOT / p)["frame_set"]]
    lines = [json.loads(line)["sentence_normalized"]
             for path in sorted(Path(args.newsmtsc).glob("*.jsonl"))
             for line in open(path, encoding="utf-8")]
    ctx = lexicon_context(lines)
    emb = fit_embedding(X, gold, args.C)
    X_lines = (np.load(args.newsmtsc_vectors) if args.vectors
               else sentence_vectors(lines, table, args.tokenizer))
    p_emb = embedding_probabilities(emb, X_lines)
    tfidf = fr.load_frame_model()
    p_tf = np.array([[tfidf.probabilities(t)[f] for f in FRAMES] for t in lines])
    pred = variants(ctx, p_tf, p_emb, thresholds)
    for n, p in pred.items():
        added = sum(bool(q - c[0]) for q, c in zip(p, ctx, strict=True))
        print(f"{n:<12} lines with a model frame: {added} of {len(lines)}")


if __name__ == "__main__":
    raise SystemExit(main())
