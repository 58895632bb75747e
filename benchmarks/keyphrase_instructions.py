#!/usr/bin/env python3
"""Instructions per document of :func:`analysis.metrics.keyphrases.extract_keyphrases`,
counted by valgrind (deterministic, unlike CPU time on a shared machine).

usage: python benchmarks/keyphrase_instructions.py [--set duc2001-dev] [-n 150]
                                                   [--code CHECKOUT] [--data DIR]
                                                   [--corpus FOLDER]

Runs, under ``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``, a fresh interpreter that
reads the documents of ``--set``, extracts the keyphrases of one warm-up sentence (loading the
tagger and the word tables) and then the top 10 of the first ``-n`` documents (the cold path:
each document's new word types fill the caches, as in the benchmark's ``ours`` row), and the
same interpreter with no document extracted; the difference divided by ``n`` is the
instructions per document.
``--corpus`` reads the ``.txt`` files of a folder instead, in name order (e.g. the synthetic
articles of the throughput benchmark). ``--code`` runs the package of another checkout (an
A/B against the code before, e.g. ``--code ../main``). Each run takes minutes (valgrind is
about 50 times slower).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "keyphrases"
WARM_UP = "Warm-up text about nuclear deterrence. The U.S. President Joe Biden said."

CHILD = """
import json, sys
from pathlib import Path
from analysis.metrics.keyphrases import extract_keyphrases
folder, n = Path(sys.argv[1]), int(sys.argv[2])
if (folder / "gold.jsonl").is_file():
    ids = [str(json.loads(line)["id"]) for line in open(folder / "gold.jsonl", encoding="utf-8")
           if line.strip()]
    texts = [(folder / "docs" / f"{i}.txt").read_text(encoding="utf-8") for i in ids]
else:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:n]]
extract_keyphrases(sys.argv[3], 3)
for text in texts[:n]:
    extract_keyphrases(text, 10)
"""


def count(code: Path, folder: Path, n: int) -> int:
    """Instructions of one child run over the first ``n`` documents of ``folder``."""
    with tempfile.TemporaryDirectory(prefix="kp-instr-") as tmp:
        out = Path(tmp) / "callgrind.out"
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(code))
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
               "-c", CHILD, str(folder), str(n), WARM_UP]
        run = subprocess.run(cmd, env=env, cwd=code, capture_output=True, text=True, check=True)
    m = re.search(r"Collected : (\d+)", run.stderr)
    if not m:
        sys.exit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(m.group(1))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="duc2001-dev")
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("--code", default=str(ROOT), help="checkout whose package runs")
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--corpus", help="a folder of .txt files to read instead of --set")
    a = ap.parse_args(argv)
    folder = Path(a.corpus) if a.corpus else Path(a.data) / a.set
    if a.corpus and not any(folder.glob("*.txt")):
        sys.exit(f"no .txt files in {folder}")
    if not a.corpus and not (folder / "gold.jsonl").is_file():
        sys.exit(f"set not found: {folder} (needs docs/ and gold.jsonl)")
    code = Path(a.code).resolve()
    full, base = count(code, folder, a.n), count(code, folder, 0)
    name = folder.name if a.corpus else a.set
    print(f"{code.name} {name} n={a.n}: {full:,} - {base:,} instructions = "
          f"{(full - base) / a.n / 1e6:.2f} M per document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
