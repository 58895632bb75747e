#!/usr/bin/env python3
"""Benchmark :func:`analysis.metrics.keyphrases.extract_keyphrases` against YAKE on public
keyphrase sets.

usage: python benchmarks/keyphrases.py [--data ../shared/bench/keyphrases] [--k 10]
                                       [--sets duc2001-dev kpcrowd-dev] [--no-yake]

For each set (``docs/ID.txt``: headline, blank line, paragraphs; ``gold.jsonl``) it runs

* ``ours``: the extractor on each document alone (no corpus statistics), noun-phrase
  candidates from the packaged part-of-speech tagger (:mod:`analysis.corpus.tagger`);
* ``ours+df``: the same with document frequencies over the documents of that set only
  (what a user with a corpus has); the df pass is included in the time;
* ``ours-pos``: ``ours`` without the tagger (the chunking heuristics alone, ``pos=False``);
* ``yake``: YAKE 0.7.3 (``n=3``, top 10; a benchmark-only dependency),

writes the predictions as jsonl to a temporary folder, scores each file with the shared
``score_keyphrases.py PRED GOLD -k K`` (lowercase, Porter-stemmed exact match) and prints
macro/micro F1@K and milliseconds per document: CPU time of this process (one core) and wall
time (inflated when other jobs share the machine). ``ours`` runs first, so its time includes
filling the per-word caches (wordfreq look-ups, the tagger's word-type vectors); the later
rows find them warm.

Measured (``.venv/bin/python benchmarks/keyphrases.py --no-yake``, two runs alternated with
runs of the code before the hyphenated-modifier support, on a 2-core machine shared with other
jobs, load average 5.6-7.2; the YAKE rows are from an earlier full run at load 3.5)::

    set            method   macro F1@10 micro F1@10  docs cpu ms/doc (2 runs)
    duc2001-dev    ours           32.22       32.32   150  4.00-5.31 (code before: 3.97-4.06)
    duc2001-dev    ours+df        31.99       32.08   150  4.85-4.87
    duc2001-dev    ours-pos       31.60       31.70   150  2.12-2.28
    duc2001-dev    yake           15.58       15.59   150  55.92
    kpcrowd-dev    ours           14.52       12.82   450  2.72-3.00 (code before: 2.76-2.86)
    kpcrowd-dev    ours+df        14.49       12.77   450  3.52-3.54
    kpcrowd-dev    ours-pos       14.06       12.48   450  1.45-1.69
    kpcrowd-dev    yake            7.63        6.96   450  28.30

Valgrind (``PYTHONHASHSEED=0 valgrind --tool=callgrind``, a script that warms up and then
extracts the top 10 of the first N duc2001-dev documents; N = 150 minus N = 0) counts
23.50 M instructions per cold document, against 23.47 M for the code before (the same within
the 0.03 M resolution that the N = 0 runs of the two copies give).

CPU time per document varies by a tenth to a half between runs on such a machine; compare
methods within one run, and code against code in alternated runs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "keyphrases"
SETS = ("duc2001-dev", "kpcrowd-dev")


def load_set(folder: Path) -> list[tuple[str, str]]:
    gold = folder / "gold.jsonl"
    docs = []
    with open(gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                did = str(json.loads(line)["id"])
                docs.append((did, (folder / "docs" / f"{did}.txt").read_text(encoding="utf-8")))
    return docs


def run_ours(docs, k, use_df, pos=True):
    from analysis.metrics.keyphrases import document_frequencies, extract_keyphrases

    c0, w0 = time.process_time(), time.perf_counter()
    df, n = document_frequencies(t for _, t in docs) if use_df else (None, None)
    preds = [(did, [p for p, _ in extract_keyphrases(t, k, doc_freq=df, n_docs=n, pos=pos)])
             for did, t in docs]
    return preds, time.process_time() - c0, time.perf_counter() - w0


def run_yake(docs, k):
    import yake

    ex = yake.KeywordExtractor(lan="en", n=3, top=k)
    c0, w0 = time.process_time(), time.perf_counter()
    preds = [(did, [p for p, _ in ex.extract_keywords(t)]) for did, t in docs]
    return preds, time.process_time() - c0, time.perf_counter() - w0


def score(scorer: Path, pred_path: Path, gold_path: Path, k: int) -> dict:
    cmd = [sys.executable, str(scorer), str(pred_path), str(gold_path), "-k", str(k)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA),
                    help="folder holding the keyphrase sets (default: %(default)s)")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--no-yake", action="store_true", help="skip the YAKE baseline")
    a = ap.parse_args(argv)

    data = Path(a.data)
    if not data.is_dir():
        sys.exit(f"keyphrase benchmark data not found: {data} (pass --data FOLDER holding "
                 f"{', '.join(SETS)}; see shared/bench/README.md)")
    scorer = data.parent / "score_keyphrases.py"
    if not scorer.is_file():
        sys.exit(f"scorer not found: {scorer} (expected score_keyphrases.py beside {data})")

    # warm the wordfreq/stop-word/tagger loading so it is not charged to the first set
    from analysis.metrics.keyphrases import extract_keyphrases
    extract_keyphrases("Warm-up text about nuclear deterrence.", 3)

    methods = [("ours", lambda d: run_ours(d, a.k, False)),
               ("ours+df", lambda d: run_ours(d, a.k, True)),
               ("ours-pos", lambda d: run_ours(d, a.k, False, pos=False))]
    if not a.no_yake:
        try:
            import yake  # noqa: F401
            methods.append(("yake", lambda d: run_yake(d, a.k)))
        except ImportError:
            print("yake not installed: skipping the YAKE baseline (pip install yake==0.7.3)",
                  file=sys.stderr)
    rows = []
    with tempfile.TemporaryDirectory(prefix="kp-bench-") as tmp:
        for name in a.sets:
            folder = data / name
            if not (folder / "gold.jsonl").is_file():
                sys.exit(f"set not found: {folder} (needs docs/ and gold.jsonl)")
            docs = load_set(folder)
            for method, fn in methods:
                preds, cpu, wall = fn(docs)
                pred_path = Path(tmp) / f"{name}.{method}.jsonl"
                with open(pred_path, "w", encoding="utf-8") as f:
                    for did, ps in preds:
                        f.write(json.dumps({"id": did, "keyphrases": ps}) + "\n")
                r = score(scorer, pred_path, folder / "gold.jsonl", a.k)
                rows.append((name, method, r["macro_F1"], r["micro_F1"], len(docs),
                             1000 * cpu / len(docs), 1000 * wall / len(docs)))
    k = a.k
    head = (f"{'set':<14} {'method':<8} {f'macro F1@{k}':>11} {f'micro F1@{k}':>11} {'docs':>5} "
            f"{'cpu ms/doc':>10} {'wall ms/doc':>11}")
    print(head)
    print("-" * len(head))
    for name, method, mf, mif, n, cpu, wall in rows:
        print(f"{name:<14} {method:<8} {mf:>11.2f} {mif:>11.2f} {n:>5} {cpu:>10.2f} {wall:>11.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
