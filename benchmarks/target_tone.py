"""Score NewsMTSC-format jsonl files with the shipped target-tone model.

Usage (from the project root)::

    .venv/bin/python benchmarks/target_tone.py FILE [FILE ...] [--model PATH]

Every record holds one sentence (``sentence_normalized``) and one or more ``targets``, each with
a character span ``from``/``to`` and a gold ``polarity`` (2 negative, 4 neutral, 6 positive);
each target is scored as its own example (so multi-target files such as ``dev_mt.jsonl`` count
every target). Prints, per file, the number of targets, macro-F1 and accuracy in percent, and
the prediction time per target in milliseconds (model loading excluded).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import target_tone as tt  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description="Score NewsMTSC jsonl files with the tone model.")
    ap.add_argument("files", nargs="+", help="NewsMTSC-format jsonl files")
    ap.add_argument("--model", default=None, help="artefact path (default: packaged resource)")
    args = ap.parse_args(argv)

    from sklearn.metrics import accuracy_score, f1_score

    t = time.perf_counter()
    model = tt.load_target_tone_model(args.model)
    print(
        f"model {model.meta.get('model_version', '?')} loaded in "
        f"{time.perf_counter() - t:.2f} s ({model.featurizer.n_features} features)"
    )
    print(f"{'file':<24} {'n':>5} {'macro-F1':>9} {'accuracy':>9} {'ms/target':>10}")
    status = 0
    for f in args.files:
        path = Path(f)
        if not path.is_file():
            print(f"error: no such file {path}", file=sys.stderr)
            status = 2
            continue
        df = tt.read_newsmtsc(path)
        t = time.perf_counter()
        pred = model.predict(df["text"].tolist(), list(zip(df["start"], df["end"], strict=True)))
        ms = 1000 * (time.perf_counter() - t) / max(1, len(df))
        f1 = 100 * f1_score(
            df["label"], pred["tone_label"], average="macro", labels=list(tt.LABELS)
        )
        acc = 100 * accuracy_score(df["label"], pred["tone_label"])
        print(f"{path.name:<24} {len(df):>5} {f1:>9.1f} {acc:>9.1f} {ms:>10.2f}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
