"""Score NewsMTSC-format jsonl files with the shipped target-tone model.

Usage (from the project root)::

    .venv/bin/python benchmarks/target_tone.py FILE [FILE ...] [--kind encoder|linear]
        [--model PATH] [--blend W] [--role-blend W] [--critic-weight W] [--thresholds]

The default is the shipped default model (:func:`analysis.metrics.target_tone.
load_target_tone_model`, the fine-tuned encoder); ``--kind linear`` scores the linear model and
``--blend W`` / ``--role-blend W`` the encoder blended with weight ``W`` on the linear model's
probabilities (for all mentions / for mentions with an adverse role). ``--critic-weight W``
applies the actor table's critic rule (:func:`analysis.metrics.target_tone.lean_critics_neutral`,
off by default here: NewsMTSC labels critics otherwise).

Every record holds one sentence (``sentence_normalized``) and one or more ``targets``, each with
a character span ``from``/``to`` and a gold ``polarity`` (2 negative, 4 neutral, 6 positive);
each target is scored as its own example (so multi-target files such as ``dev_mt.jsonl`` count
every target). Printed per file, in percent unless said otherwise:

* ``macro-F1`` and ``accuracy`` of the *argmax* of the calibrated probabilities: a mention the
  model labels ``uncertain`` falls back to its most probable class, so every target counts and
  the figure compares with published NewsMTSC results;
* ``uncert.``: the share of targets labelled ``uncertain``; ``F1 conf.``/``acc. conf.``:
  macro-F1 and accuracy on the other, confidently labelled targets;
* ``ECE``: expected calibration error of the top-class probability (10 equal-width bins) and
  ``logloss`` (natural log), both on calibrated probabilities;
* ``ms/target``: prediction time per target (model loading excluded).

``--thresholds`` adds, per file, the share of uncertain targets and the accuracy of the
confident and of the uncertain ones for confidence thresholds from 0.35 to 0.70: the table on
which :data:`analysis.metrics.target_tone.UNCERTAIN_BELOW` was chosen.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.metrics import target_tone as tt  # noqa: E402
from analysis.metrics.target_tone.training import label_codes, read_newsmtsc  # noqa: E402

THRESHOLDS = (0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70)


def expected_calibration_error(proba: Any, y: Any, bins: int = 10) -> float:
    """ECE of the top-class probability: the bin-weighted mean |accuracy - confidence| over
    ``bins`` equal-width confidence bins (Guo et al. 2017)."""
    import numpy as np

    conf = proba.max(axis=1)
    right = (proba.argmax(axis=1) == y).astype(float)
    which = np.minimum((conf * bins).astype(int), bins - 1)
    return float(sum(abs(right[which == b].mean() - conf[which == b].mean()) * (which == b).mean()
                     for b in range(bins) if (which == b).any()))


def load_model(kind: str | None, path: str | None, blend: float | None = None,
               role_blend: float | None = None) -> Any:
    """The model to score: the default, one ``kind``, or the encoder with other blend weights
    (``--blend 0 --role-blend 0`` is the encoder alone)."""
    if blend is not None or role_blend is not None:
        from analysis.metrics.target_tone.encoder import load_encoder_model

        return load_encoder_model(path, blend, role_blend)
    return tt.load_target_tone_model(path, kind)


def describe(model: Any) -> str:
    """One line naming the model and its settings."""
    name = f"model {model.meta.get('model_version', '?')}"
    if hasattr(model, "featurizer"):
        return (f"{name} (linear, {model.featurizer.n_features} features, calibration "
                f"{model.calibration['method']}, uncertain below {model.uncertain_below:.2f})")
    return (f"{name} (encoder, temperature beta {model.beta}, blend {model.blend}, role "
                f"blend {model.role_blend}, "
            f"uncertain below {model.uncertain_below:.2f})")


def score_file(model: Any, path: Path, critic_weight: float = 0.0) -> dict[str, Any]:
    """Scores of one NewsMTSC file (see the module docstring); ``critic_weight`` leans the
    critics' probabilities toward neutral first (:func:`tt.lean_critics_neutral`)."""
    import numpy as np
    from sklearn.metrics import accuracy_score, f1_score, log_loss

    df = read_newsmtsc(path)
    t = time.perf_counter()
    pred = model.predict(df["text"].tolist(), list(zip(df["start"], df["end"], strict=True)))
    pred = tt.lean_critics_neutral(pred, critic_weight, model.uncertain_below)
    ms = 1000 * (time.perf_counter() - t) / max(1, len(df))
    proba = pred[[f"p_{lab}" for lab in tt.LABELS]].to_numpy()
    y, top = label_codes(df["label"].tolist()), proba.argmax(axis=1)
    sure = (pred["tone_label"] != tt.UNCERTAIN).to_numpy()

    def f1(mask: Any) -> float:
        return 100 * f1_score(y[mask], top[mask], average="macro", labels=[0, 1, 2])

    everything = np.ones(len(y), dtype=bool)
    return {"file": path.name, "n": len(df), "f1": f1(everything),
            "acc": 100 * accuracy_score(y, top), "uncertain": 100 * (1 - sure.mean()),
            "f1_conf": f1(sure), "acc_conf": 100 * float((top[sure] == y[sure]).mean()),
            "ece": 100 * expected_calibration_error(proba, y), "logloss": log_loss(y, proba),
            "ms": ms, "proba": proba, "y": y}


def threshold_table(res: dict[str, Any]) -> None:
    """Print share uncertain and accuracy of confident/uncertain targets per threshold."""
    conf = res["proba"].max(axis=1)
    right = res["proba"].argmax(axis=1) == res["y"]
    print(f"  {res['file']}: threshold  uncertain%  acc.confident  acc.uncertain")
    for th in THRESHOLDS:
        low = conf < th
        acc_low = 100 * right[low].mean() if low.any() else float("nan")
        print(f"  {th:>20.2f} {100 * low.mean():>10.1f} {100 * right[~low].mean():>14.1f}"
              f" {acc_low:>14.1f}")


def add_model_options(ap: argparse.ArgumentParser) -> None:
    """The options that choose the model (for :func:`load_model`), shared with
    ``benchmarks/actor_tone_team.py``."""
    ap.add_argument("--kind", choices=tt.MODEL_KINDS, default=None,
                    help=f"model kind (default: {tt.DEFAULT_KIND})")
    ap.add_argument("--model", default=None,
                    help="linear artefact file or encoder folder (default: packaged resources)")
    ap.add_argument("--blend", type=float, default=None,
                    help="score the encoder blended with this weight on the linear model")
    ap.add_argument("--role-blend", type=float, default=None,
                    help="the linear model's weight for a mention with an adverse role")
    ap.add_argument("--critic-weight", type=float, default=None,
                    help="lean critics neutral with this weight (analysis.metrics.target_tone."
                         "lean_critics_neutral; default: 0 on NewsMTSC, the actor table's "
                         "weight on the team set)")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description="Score NewsMTSC jsonl files with the tone model.")
    ap.add_argument("files", nargs="+", help="NewsMTSC-format jsonl files")
    add_model_options(ap)
    ap.add_argument("--thresholds", action="store_true", help="print the threshold table")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    model = load_model(args.kind, args.model, args.blend, args.role_blend)
    print(f"{describe(model)} loaded in {time.perf_counter() - t:.2f} s")
    print(f"{'file':<16} {'n':>5} {'macro-F1':>9} {'accuracy':>9} {'uncert.':>8} "
          f"{'F1 conf.':>9} {'acc. conf.':>10} {'ECE':>6} {'logloss':>8} {'ms/target':>10}")
    status, results = 0, []
    for f in args.files:
        path = Path(f)
        if not path.is_file():
            print(f"error: no such file {path}", file=sys.stderr)
            status = 2
            continue
        r = score_file(model, path, args.critic_weight or 0.0)
        results.append(r)
        print(f"{r['file']:<16} {r['n']:>5} {r['f1']:>9.1f} {r['acc']:>9.1f} "
              f"{r['uncertain']:>8.1f} {r['f1_conf']:>9.1f} {r['acc_conf']:>10.1f} "
              f"{r['ece']:>6.1f} {r['logloss']:>8.3f} {r['ms']:>10.2f}")
    if args.thresholds:
        for r in results:
            threshold_table(r)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
