"""Quotation attribution (who speaks) against PolNeAR, and its cost per article.

Usage (from the project root)::

    .venv/bin/python benchmarks/attribution.py [--split dev|train|both] [--bench DIR]
                                               [--keep PRED.csv] [--by-publisher]

Loads ``BENCH/attribution/polnear-<split>/docs`` with :func:`analysis.corpus.load_corpus` (the
same segmentation and attribution as ``python -m analysis export DIR --unit sentence``), writes
the sentence table's ``doc_id, text, voice, speaker`` columns to a CSV and scores it with
``BENCH/score_attribution.py``: precision, recall and F1 of ``voice == "quoted"`` for the
sentences whose characters lie at least half inside a gold attribution's content, and speaker
accuracy (the predicted speaker shares a content word with the gold source). It also prints
the time spent attributing (milliseconds per document and per 600 words), measured by running
:func:`analysis.corpus.quotes.attribute_sentences` a second time on the loaded documents.

``BENCH`` defaults to ``../shared/bench`` beside the project; the PolNeAR files are never
copied into the project.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import load_corpus  # noqa: E402
from analysis.corpus.quotes import attribute_sentences  # noqa: E402
from analysis.corpus.sentences import iter_sentences  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"


def write_predictions(corpus, path: Path) -> int:
    """Write ``doc_id, text, voice, speaker`` of every sentence to ``path``; return the count."""
    table = corpus.sentences()
    table[["doc_id", "text", "voice", "speaker"]].to_csv(path, index=False,
                                                         quoting=csv.QUOTE_MINIMAL)
    return len(table)


def attribution_ms(corpus) -> tuple[float, float]:
    """Milliseconds spent in attribution per document and per 600 words (best of three)."""
    docs = [(d.text, list(iter_sentences(d.text)), len(d.words), d.meta.get("kind"))
            for d in corpus]
    n_words = sum(n for _, _, n, _ in docs) or 1
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for text, triples, _, kind in docs:
            attribute_sentences(text, triples, kind=kind)
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / max(len(docs), 1), 1000 * best * 600 / n_words


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train", "both"), default="dev")
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH,
                    help="the shared benchmark folder (default: ../shared/bench)")
    ap.add_argument("--keep", type=Path, help="also keep the prediction CSV here")
    ap.add_argument("--by-publisher", action="store_true")
    args = ap.parse_args(argv)
    scorer = args.bench / "score_attribution.py"
    if not scorer.is_file():
        print(f"{scorer}: not found; pass --bench with the shared benchmark folder",
              file=sys.stderr)
        return 2
    splits = ("dev", "train") if args.split == "both" else (args.split,)
    for split in splits:
        gold = args.bench / "attribution" / f"polnear-{split}"
        if not (gold / "gold.jsonl").is_file():
            print(f"{gold}: no gold.jsonl; is the benchmark folder complete?", file=sys.stderr)
            return 2
        t0 = time.perf_counter()
        corpus = load_corpus(gold / "docs", errors="raise")
        load_s = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as tmp:
            pred = args.keep or Path(tmp) / "pred.csv"
            n = write_predictions(corpus, pred)
            cmd = [sys.executable, str(scorer), str(gold), str(pred)]
            if args.by_publisher:
                cmd.append("--by-publisher")
            result = subprocess.run(cmd, capture_output=True, text=True, check=True)
        per_doc, per_600 = attribution_ms(corpus)
        print(f"polnear-{split}: {len(corpus)} documents, {n} sentences, loaded in {load_s:.1f} s")
        print(result.stdout.rstrip())
        print(f"attribution: {per_doc:.2f} ms per document, {per_600:.2f} ms per 600 words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
