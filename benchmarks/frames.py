"""Agreement of the frame lexicon (and the supervised classifier) with hand labels.

Usage (from the project root)::

    .venv/bin/python benchmarks/frames.py LABELS.csv [--corpus seeds] [--train TRAIN.csv]
                                          [--cv K] [--by-style] [--quiet]

``LABELS.csv`` is any labelled CSV with a ``text`` and a ``frames`` column (``;``-joined frame
names, empty for none), labelled by ``docs/frame_annotation_guide.md``:

* ``data/seed_frame_labels.csv`` (``doc_id``, ``sentence``, ``text``, ``frames``): with
  ``--corpus`` the corpus is split by :mod:`analysis.corpus` and its sentences are scored, joined
  to the labels on (``doc_id``, ``sentence``), so the splitter is tested too;
* ``data/frames_dev.csv`` and ``data/frames_devtest.csv`` (``id``, ``text``, ``frames``,
  ``style``, ``note``): the texts are scored directly. Dev is for tuning; devtest is never tuned
  on and is reported separately.

Prints per-frame precision, recall, F1 and Cohen's kappa, the micro-F1 over (sentence, frame)
pairs, and the disagreements with the lexicon's evidence. ``--by-style`` adds the micro-F1 per
``style``. ``--train TRAIN.csv`` also fits
:class:`analysis.metrics.frame_classifier.FrameClassifier` on TRAIN
(with and without the lexicon's scores as features) and scores it on LABELS, alone and combined
with the lexicon (union of the two frame sets);
``--cv K`` reports the classifier's K-fold cross-validation on LABELS.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from analysis.corpus import load_corpus  # noqa: E402
from analysis.metrics import frame_classifier as fc  # noqa: E402
from analysis.metrics import frame_labels as fl  # noqa: E402
from analysis.metrics import frames as fr  # noqa: E402


def _print_table(title: str, table: pd.DataFrame) -> None:
    """Print one agreement table (per frame and micro/macro) under ``title``."""
    print(f"\n{title}: micro-F1 {table.loc['micro', 'f1']:.3f}")
    cols = ["precision", "recall", "f1", "kappa", "support", "predicted", "tp"]
    print(table[cols].round(3).to_string())


def lexicon_predictions(texts: Sequence[str]) -> tuple[list[set[str]], list[str]]:
    """Lexicon frame sets of ``texts`` and a readable evidence string for each."""
    scored = [fr.frame_scores(t) for t in texts]
    return [s["frames"] for s in scored], [fr.format_evidence(s) for s in scored]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", help="CSV with text and frames columns")
    ap.add_argument("--corpus", help="corpus to split and join on (doc_id, sentence)")
    ap.add_argument("--train", help="CSV to train the supervised classifier on")
    ap.add_argument("--cv", type=int, default=0, help="also cross-validate the classifier")
    ap.add_argument("--by-style", action="store_true", help="micro-F1 per style column")
    ap.add_argument("--quiet", action="store_true", help="do not list disagreements")
    args = ap.parse_args(argv)

    lex = fr.load_frame_lexicon()
    if args.corpus:
        table = fl.lexicon_agreement(args.labels, load_corpus(args.corpus), lex)
        labels = fl.read_frame_labels(args.labels, required=("doc_id", "sentence"))
        print(f"lexicon {lex.version} on {table.attrs['n_sentences']} sentences of "
              f"{args.corpus} ({table.attrs['text_mismatches']} text mismatches with the "
              "corpus split)")
        _print_table("lexicon", table)
        if not args.quiet:
            for d in table.attrs["disagreements"]:
                print(f"  {d['doc_id']} #{d['sentence']}: gold {d['gold'] or '-'}, lexicon "
                      f"{d['predicted'] or '-'} ({d['evidence'] or 'no cue'})")
        pred = None
    else:
        labels = fl.read_frame_labels(args.labels)
        texts = labels["text"].tolist()
        gold = labels["frame_set"].tolist()
        pred, evidence = lexicon_predictions(texts)
        print(f"lexicon {lex.version} on {len(texts)} labelled sentences of {args.labels}")
        _print_table("lexicon", fl.frame_agreement(gold, pred))
        if args.by_style and "style" in labels.columns:
            print("\nlexicon micro-F1 by style:")
            for style, idx in labels.groupby("style").groups.items():
                sub = fl.frame_agreement([gold[i] for i in idx], [pred[i] for i in idx])
                print(f"  {style:<13} n={len(idx):>3}  {sub.loc['micro', 'f1']:.3f}")
        if not args.quiet:
            ids = labels["id"] if "id" in labels.columns else labels.index.astype(str)
            print("\ndisagreements (gold | lexicon | evidence):")
            for rid, text, g, p, ev in zip(ids, texts, gold, pred, evidence, strict=True):
                if g != p:
                    print(f"  {rid}: {';'.join(sorted(g)) or '-'} | "
                          f"{';'.join(sorted(p)) or '-'} | {ev or 'no cue'}\n      {text}")
    if args.train:
        train = fl.read_frame_labels(args.train)
        texts = labels["text"].tolist()
        gold = labels["frame_set"].tolist()
        lex_pred = pred if pred is not None else lexicon_predictions(texts)[0]
        for name, use_lexicon in (("TF-IDF + lexicon features", True), ("TF-IDF only", False)):
            clf = fc.FrameClassifier(use_lexicon=use_lexicon).fit(
                train["text"].tolist(), train["frame_set"].tolist())
            clf_pred = clf.predict_frames(texts)
            _print_table(f"classifier ({name}) trained on {args.train} ({len(train)} sentences)",
                         fl.frame_agreement(gold, clf_pred))
            union = [a | b for a, b in zip(lex_pred, clf_pred, strict=True)]
            _print_table(f"lexicon OR classifier ({name})", fl.frame_agreement(gold, union))
    if args.cv:
        cv = fc.cross_validate_frames(args.labels, cv=args.cv)
        _print_table(f"classifier, {args.cv}-fold cross-validation", cv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
