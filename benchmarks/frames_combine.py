"""Per-frame combinations of the lexicon, the TF-IDF model and the frame encoder, out of fold.

Usage (from the project root)::

    .venv/bin/python benchmarks/frames_combine.py [--table TABLE.csv] [--boot N]

The shipped encoder (``analysis/resources/frame_encoder.onnx``) never trained on team sets 10-18
(:data:`COMBINE_SETS`), so its probabilities there are out of sample. For each of those sets the
TF-IDF model is retrained without it (``benchmarks/frames.py --loso``, :func:`frames.fit_model`),
so its probability and the default decision (lexicon plus that fold model, passages read as
documents) are out of sample too. :func:`build_table` writes one row per (sentence, frame):
gold, the lexicon's decision, the fold default's decision, the fold TF-IDF probability and the
encoder probability (``--table`` caches it). The candidates of :data:`CANDIDATES` are then
chosen by leave-one-set-out over the nine sets (parameters chosen on eight, scored on the ninth):

* ``or@0.80``: the baseline, the default united with encoder frames of p >= 0.80 (the shipped
  ``frames="encoder"``); ``default``: the fold default alone, for reference;
* ``shared``: or@T, one threshold T for every frame;
* ``detveto``: or@0.80 with a default deterrence frame dropped when the encoder gives it p < V;
* ``perframe``: the default united with encoder frames of p >= T_f, one threshold a frame;
* ``veto``: ``perframe`` with a default frame dropped when the encoder gives it p < V_f;
* ``logreg``: a per-frame logistic regression on [lexicon, default, logit TF-IDF p, logit
  encoder p], frame given at p >= a per-frame cut.

Printed: out-of-fold micro-F1 (precision, recall) pooled and per held-out set, against the
baseline on the same folds, how many folds each candidate beats it on, and a paired bootstrap
over passages (``tN-PP``) of the pooled micro-F1 difference; then each candidate's parameters
fitted on all nine sets. Blind sets are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from frames import LOSO_SETS, fit_model, lexicon_predictions  # noqa: E402
from frames_encoder import BLIND_SETS  # noqa: E402

from analysis.metrics import frame_labels as fl  # noqa: E402
from analysis.metrics import frames as fr  # noqa: E402
from analysis.metrics.frame_encoder import load_frame_encoder  # noqa: E402

COMBINE_SETS = tuple(f"data/frames_heldout_team{n}.csv" for n in range(10, 19))
"""Team sets 10-18: never in the shipped encoder's training."""
assert not set(COMBINE_SETS) & set(BLIND_SETS)

FRAMES = fr.FRAMES
T_GRID = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01)
"""Encoder thresholds of ``perframe`` and ``veto`` (1.01: the encoder adds nothing)."""
V_GRID = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3)
"""Veto thresholds of ``veto`` (0: no veto)."""
CUT_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)
"""Probability cuts of ``logreg``."""


def build_table(sets: Sequence[str] = COMBINE_SETS) -> pd.DataFrame:
    """One row per (sentence, frame) of ``sets``: ``set``, ``id``, ``frame``, ``gold``, ``lex``,
    ``default`` (lexicon plus the TF-IDF model retrained without the set), ``p_tfidf`` (that
    model's probability) and ``p_enc`` (the shipped encoder's)."""
    all_sets = {p: fl.read_frame_labels(ROOT / p) for p in LOSO_SETS}
    encoder = load_frame_encoder()
    rows = []
    for held in sets:
        df = all_sets[held]
        train = [d for p, d in all_sets.items() if p != held]
        model = fit_model([t for d in train for t in d["text"]],
                          [f for d in train for f in d["frame_set"]])
        texts, ids = df["text"].tolist(), df["id"].astype(str).tolist()
        lex = lexicon_predictions(texts, ids=ids)[0]
        default = lexicon_predictions(texts, model, use_model=True, ids=ids)[0]
        p_enc = encoder.probabilities(texts)
        for i, (text, sid, gold) in enumerate(zip(texts, ids, df["frame_set"], strict=True)):
            p_tf = model.probabilities(text)
            for j, f in enumerate(FRAMES):
                rows.append({"set": Path(held).stem.removeprefix("frames_heldout_"), "id": sid,
                             "frame": f, "gold": f in gold, "lex": f in lex[i],
                             "default": f in default[i], "p_tfidf": float(p_tf[f]),
                             "p_enc": float(p_enc[i, j])})
    return pd.DataFrame(rows)


def micro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Micro-F1 over (sentence, frame) pairs of boolean arrays."""
    tp = np.sum(gold & pred)
    denom = 2 * tp + np.sum(~gold & pred) + np.sum(gold & ~pred)
    return float(2 * tp / denom) if denom else 1.0


def counts(gold: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """(tp, fp, fn) of boolean arrays."""
    return np.array([np.sum(gold & pred), np.sum(~gold & pred), np.sum(gold & ~pred)])


def baseline(tab: pd.DataFrame) -> Callable[[pd.DataFrame], np.ndarray]:
    """or@0.80: nothing to fit."""
    del tab
    return lambda t: t["default"].to_numpy() | (t["p_enc"].to_numpy() >= 0.80)


def rule(tab: pd.DataFrame, t: dict[str, float], v: dict[str, float]) -> np.ndarray:
    """Default frames kept unless the encoder's p < V_f, united with encoder p >= T_f."""
    f = tab["frame"].to_numpy()
    tf, vf = np.vectorize(t.get)(f), np.vectorize(v.get)(f)
    p = tab["p_enc"].to_numpy()
    return (tab["default"].to_numpy() & (p >= vf)) | (p >= tf)


def search_rule(tab: pd.DataFrame, vetoes: Sequence[float]) -> tuple[dict, dict]:
    """Per-frame (T_f, V_f) maximising micro-F1 on ``tab``: each frame's (tp, fp, fn) for every
    pair is counted once, then every combination of the four frames' pairs is summed (ties go
    to the first in grid order, no veto and the lowest threshold first)."""
    options = [(t, v) for v in vetoes for t in T_GRID]
    per_frame = []
    for f in FRAMES:
        sub = tab[tab["frame"] == f]
        g, d, p = sub["gold"].to_numpy(), sub["default"].to_numpy(), sub["p_enc"].to_numpy()
        per_frame.append(np.array([counts(g, (d & (p >= v)) | (p >= t)) for t, v in options]))
    n = len(options)
    half = [(a[:, None, :] + b[None, :, :]).reshape(n * n, 3)
            for a, b in (per_frame[:2], per_frame[2:])]
    tp, fp, fn = (half[0][:, None, :] + half[1][None, :, :]).transpose(2, 0, 1)
    flat = int(np.argmax(2 * tp / (2 * tp + fp + fn)))
    combo = np.unravel_index(flat, (n,) * len(FRAMES))
    return ({f: options[c][0] for f, c in zip(FRAMES, combo, strict=True)},
            {f: options[c][1] for f, c in zip(FRAMES, combo, strict=True)})


def fit_rule(vetoes: Sequence[float]) -> Callable[[pd.DataFrame], Callable]:
    """A fitter of :func:`rule` with the veto grid ``vetoes`` (``(0.0,)``: thresholds only)."""
    def fit(tab: pd.DataFrame) -> Callable[[pd.DataFrame], np.ndarray]:
        t, v = search_rule(tab, vetoes)
        predict = lambda x: rule(x, t, v)  # noqa: E731
        predict.params = {"threshold": t, "veto": v}
        return predict
    return fit


def features(tab: pd.DataFrame) -> np.ndarray:
    """[lexicon, default, logit TF-IDF p, logit encoder p] of each row."""
    def logit(p: np.ndarray) -> np.ndarray:
        p = np.clip(p, 1e-4, 1 - 1e-4)
        return np.log(p / (1 - p))
    return np.column_stack([tab["lex"].to_numpy(float), tab["default"].to_numpy(float),
                            logit(tab["p_tfidf"].to_numpy()), logit(tab["p_enc"].to_numpy())])


def fit_logreg(tab: pd.DataFrame) -> Callable[[pd.DataFrame], np.ndarray]:
    """Per frame: a logistic regression (C 1) on :func:`features`, its cut the one of
    :data:`CUT_GRID` with the best F1 of that frame on ``tab``."""
    from sklearn.linear_model import LogisticRegression

    models = {}
    for f in FRAMES:
        sub = tab[tab["frame"] == f]
        clf = LogisticRegression(C=1.0).fit(features(sub), sub["gold"].to_numpy())
        p = clf.predict_proba(features(sub))[:, 1]
        g = sub["gold"].to_numpy()
        cut = max(CUT_GRID, key=lambda c: (micro_f1(g, p >= c), -abs(c - 0.5)))
        models[f] = (clf, cut)

    def predict(x: pd.DataFrame) -> np.ndarray:
        out = np.zeros(len(x), dtype=bool)
        for f, (clf, cut) in models.items():
            m = (x["frame"] == f).to_numpy()
            out[m] = clf.predict_proba(features(x[m]))[:, 1] >= cut
        return out
    predict.params = {f: {"coef": [round(float(c), 3) for c in clf.coef_[0]],
                          "intercept": round(float(clf.intercept_[0]), 3), "cut": cut}
                      for f, (clf, cut) in models.items()}
    return predict


def fit_shared(tab: pd.DataFrame) -> Callable[[pd.DataFrame], np.ndarray]:
    """One threshold T for every frame (or@T), the best of :data:`T_GRID` on ``tab``."""
    g = tab["gold"].to_numpy()
    best = max(T_GRID, key=lambda t: (micro_f1(g, rule(tab, dict.fromkeys(FRAMES, t),
                                                       dict.fromkeys(FRAMES, 0.0))), -t))
    predict = lambda x: rule(x, dict.fromkeys(FRAMES, best), dict.fromkeys(FRAMES, 0.0))  # noqa: E731
    predict.params = {"threshold": best}
    return predict


def fit_deterrence_veto(tab: pd.DataFrame) -> Callable[[pd.DataFrame], np.ndarray]:
    """or@0.80 with a veto of deterrence only: V of :data:`V_GRID`, best on ``tab``."""
    g, t = tab["gold"].to_numpy(), dict.fromkeys(FRAMES, 0.80)

    def veto(v: float) -> dict[str, float]:
        return {**dict.fromkeys(FRAMES, 0.0), "deterrence": v}
    best = max(V_GRID, key=lambda v: (micro_f1(g, rule(tab, t, veto(v))), -v))
    predict = lambda x: rule(x, t, veto(best))  # noqa: E731
    predict.params = {"deterrence_veto": best}
    return predict


CANDIDATES: dict[str, Callable] = {
    "or@0.80": lambda tab: baseline(tab),
    "default": lambda tab: lambda x: x["default"].to_numpy(),
    "shared": fit_shared,
    "detveto": fit_deterrence_veto,
    "perframe": fit_rule((0.0,)),
    "veto": fit_rule(V_GRID),
    "logreg": fit_logreg,
}
"""Name -> fitter: a function of a training table returning a predictor of a table."""


def out_of_fold(tab: pd.DataFrame) -> dict[str, np.ndarray]:
    """Each candidate's predictions of every row, fitted on the other eight sets; prints the
    encoder thresholds and vetoes each fold chose."""
    out = {name: np.zeros(len(tab), dtype=bool) for name in CANDIDATES}
    print("parameters chosen without each set (shared T; detveto V; perframe T_f; veto T_f/V_f, "
          "frames in the order " + ", ".join(FRAMES) + "):")
    for s in tab["set"].unique():
        held = (tab["set"] == s).to_numpy()
        chosen = []
        for name, fit in CANDIDATES.items():
            predict = fit(tab[~held])
            out[name][held] = predict(tab[held])
            params = getattr(predict, "params", {})
            if name in ("shared", "detveto"):
                chosen.append(f"{next(iter(params.values())):g}")
            elif name in ("perframe", "veto"):
                chosen.append(" ".join(f"{params['threshold'][f]:g}" + (
                    f"/{params['veto'][f]:g}" if name == "veto" else "") for f in FRAMES))
        print(f"  {s:<8} " + "; ".join(chosen))
    print()
    return out


def paired_bootstrap(tab: pd.DataFrame, pred: np.ndarray, base: np.ndarray, n: int = 2000,
                     seed: int = 0) -> tuple[float, float, float]:
    """95% interval of micro-F1(pred) - micro-F1(base) resampling passages (``tN-PP``) with
    their summed counts, and the share of resamples with a difference <= 0."""
    passage = tab["id"].str.rsplit("-", n=1).str[0].to_numpy()
    order, inv = np.unique(passage, return_inverse=True)
    gold = tab["gold"].to_numpy()

    def per_passage(p: np.ndarray) -> np.ndarray:
        c = np.column_stack([gold & p, ~gold & p, gold & ~p]).astype(float)
        return np.stack([np.bincount(inv, c[:, k], len(order)) for k in range(3)], axis=1)

    a, b = per_passage(pred), per_passage(base)
    idx = np.random.default_rng(seed).integers(0, len(order), size=(n, len(order)))

    def f1(c: np.ndarray) -> np.ndarray:
        tp, fp, fn = c[idx].sum(axis=1).T
        return 2 * tp / (2 * tp + fp + fn)
    diff = f1(a) - f1(b)
    return (float(np.percentile(diff, 2.5)), float(np.percentile(diff, 97.5)),
            float(np.mean(diff <= 0)))


def report(tab: pd.DataFrame, oof: dict[str, np.ndarray], n_boot: int) -> None:
    """Pooled and per-set out-of-fold micro-F1, folds won, per-frame F1, bootstrap."""
    gold, sets = tab["gold"].to_numpy(), tab["set"].to_numpy()
    names = list(oof)
    print(f"out-of-fold micro-F1 over {tab['set'].nunique()} sets "
          f"({len(tab) // len(FRAMES)} sentences), parameters chosen on the other eight:")
    print(f"  {'set':<8} " + " ".join(f"{n:>9}" for n in names))
    wins = dict.fromkeys(names, 0)
    for s in pd.unique(sets):
        m = sets == s
        vals = {n: micro_f1(gold[m], oof[n][m]) for n in names}
        wins = {n: wins[n] + (vals[n] > vals["or@0.80"] + 1e-12) for n in names}
        print(f"  {s:<8} " + " ".join(f"{vals[n]:>9.3f}" for n in names))
    print(f"  {'pooled':<8} " + " ".join(f"{micro_f1(gold, oof[n]):>9.4f}" for n in names))
    print(f"  {'P / R':<8} " + " ".join(
        f"{c[0] / (c[0] + c[1]):.3f}/{c[0] / (c[0] + c[2]):.3f}"
        for c in (counts(gold, oof[n]) for n in names)))
    print(f"  {'wins':<8} " + " ".join(f"{wins[n]:>9}" for n in names))
    print("\nper-frame F1 (P / R), pooled out of fold:")
    for n in names:
        parts = []
        for f in FRAMES:
            m = tab["frame"].to_numpy() == f
            tp, fp, fn = counts(gold[m], oof[n][m])
            parts.append(f"{f} {2 * tp / (2 * tp + fp + fn):.3f} ({tp / (tp + fp):.3f} / "
                         f"{tp / (tp + fn):.3f})")
        print(f"  {n:<9} " + "  ".join(parts))
    print(f"\npaired bootstrap over passages ({n_boot} resamples), pooled micro-F1 minus "
          "or@0.80's: 95% interval, share <= 0")
    for n in names[1:]:
        low, high, share = paired_bootstrap(tab, oof[n], oof["or@0.80"], n_boot)
        print(f"  {n:<9} {micro_f1(gold, oof[n]) - micro_f1(gold, oof['or@0.80']):+.4f} "
              f"({low:+.4f} to {high:+.4f})  {share:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--table", help="cache of the (sentence, frame) table (CSV)")
    ap.add_argument("--boot", type=int, default=2000, help="bootstrap resamples")
    args = ap.parse_args(argv)
    if args.table and Path(args.table).is_file():
        tab = pd.read_csv(args.table, dtype={"id": str, "set": str})
    else:
        tab = build_table()
        if args.table:
            tab.to_csv(args.table, index=False)
    report(tab, out_of_fold(tab), args.boot)
    g, none = tab["gold"].to_numpy(), dict.fromkeys(FRAMES, 0.0)
    print("\nor@T pooled over the nine sets (in sample, descriptive): " + "  ".join(
        f"{t:g} {micro_f1(g, rule(tab, dict.fromkeys(FRAMES, t), none)):.4f}" for t in T_GRID))
    print("\nparameters fitted on all nine sets:")
    for name, fit in list(CANDIDATES.items())[2:]:
        print(f"  {name}: {fit(tab).params}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
