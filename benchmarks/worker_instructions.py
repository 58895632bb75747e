#!/usr/bin/env python3
"""Instructions per article of the export worker path, counted by valgrind (deterministic).

usage: python benchmarks/worker_instructions.py [--corpus DIR] [-n 60] [--skip 600]
                                               [--code CHECKOUT] [--warm]

CPU time on a machine shared with other jobs moves by 15-25% between runs, more than most
changes to measure; the number of instructions executed does not move. This runs, under
``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``, a fresh interpreter that calls
:func:`analysis.workers.warm_up` and :func:`analysis.workers.init_worker` (when the code has
it) and then :func:`analysis.pipeline.table_chunk` (CSV text out, as an export worker does) on
``-n`` articles of ``--corpus`` (the synthetic corpus of ``benchmarks/throughput.py``; files
``--skip`` to ``--skip + n`` in name order, in chunks of 30), and side by side the same
interpreter with no article; the difference divided by ``n`` is the worker's instructions per
article. ``--code`` runs the package of another checkout (for an A/B against the code before,
e.g. ``--code ../main``; its ``.venv`` is not needed). The articles come straight after the
warm-up, so every word type is new to the worker's caches (the cold path, as in the first
chunks of a run). ``--warm`` also counts a second pass over the same articles (a third valgrind
run): every word type is then in the caches, as in the repeat passes that
``benchmarks/export_stages.py`` times.
Each run takes minutes (valgrind is about 50 times slower than the interpreter).
``--quick`` counts the articles alone in one valgrind run: the warm-up and any earlier pass run
uninstrumented (``--instr-atstart=no``, about five times faster than instrumented), then the
child turns instrumentation on (``callgrind_control -i on``) and runs the counted pass through
``operator.call``, whose inclusive count (``callgrind_annotate --inclusive=yes``) is the
articles' (with ``--warm``: the second pass's). It takes a fraction of the time on a loaded
machine; the count leaves out what the default's difference of two runs also holds (the
interpreter's exit with the articles' objects): 95.33 million per article against 95.96 for
the code of d70b918 (files 600-629). Compare ``--quick`` counts with ``--quick`` counts.
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

CHILD = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from analysis import pipeline
from analysis.pipeline import Limits, table_chunk
try:
    from analysis.workers import init_worker, warm_up
except ImportError:  # older code: both in analysis.pipeline, init_worker not always
    from analysis.pipeline import warm_up
    init_worker = getattr(pipeline, "init_worker", lambda: None)
warm_up()
init_worker()  # as an export's worker starts
files = sorted(Path({corpus!r}).glob("*.txt"))[{skip}:{skip} + {n}]
for _ in range({passes}):
    for i in range(0, len(files), 30):
        items = tuple((f, f.stem) for f in files[i:i + 30])
        table_chunk(items, Limits(), "document", 10, (None, None), "corpus", None, "csv")
"""


QUICK_CHILD = CHILD.replace("""for _ in range({passes}):
    for i in range(0, len(files), 30):
        items = tuple((f, f.stem) for f in files[i:i + 30])
        table_chunk(items, Limits(), "document", 10, (None, None), "corpus", None, "csv")
""", """import operator, os, subprocess
def run():
    for i in range(0, len(files), 30):
        items = tuple((f, f.stem) for f in files[i:i + 30])
        table_chunk(items, Limits(), "document", 10, (None, None), "corpus", None, "csv")
for _ in range({passes} - 1):
    run()
subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True,
               capture_output=True)
operator.call(run)
""")


def quick_instructions(corpus: Path, n: int, skip: int, root: Path = ROOT,
                       passes: int = 1) -> int:
    """Instructions of the last of ``passes`` passes over ``n`` articles alone (``--quick``):
    the inclusive count of the ``operator.call`` that runs it, the rest uninstrumented."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        code = QUICK_CHILD.format(root=str(root), corpus=str(corpus), n=n, skip=skip,
                                  passes=passes)
        subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                        f"--callgrind-out-file={out}", sys.executable, "-c", code],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        table = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100",
                                str(out)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"^\s*([\d,]+) .*_operator_call", table, re.MULTILINE)
    if found is None:
        raise RuntimeError("no operator.call in valgrind's output")
    return int(found.group(1).replace(",", ""))


def instructions(corpus: Path, n: int, skip: int, root: Path = ROOT, passes: int = 1) -> int:
    """Instructions executed by the child interpreter on ``n`` articles, ``passes`` times
    (valgrind's total), with the package of the checkout ``root``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        code = CHILD.format(root=str(root), corpus=str(corpus), n=n, skip=skip,
                            passes=passes)
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        sys.executable, "-c", code], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
        found = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
    if found is None:
        raise RuntimeError(f"no instruction total in valgrind's output for n={n}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/tp/c3000"))
    parser.add_argument("-n", type=int, default=60)
    parser.add_argument("--skip", type=int, default=600)
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--warm", action="store_true",
                        help="also count a second pass over the same articles")
    parser.add_argument("--quick", action="store_true",
                        help="count the articles alone, the warm-up uninstrumented")
    args = parser.parse_args()
    if len(sorted(args.corpus.glob("*.txt"))) < args.skip + args.n:
        parser.error(f"{args.corpus} holds fewer than {args.skip + args.n} .txt files")
    if args.quick:
        code = args.code.resolve()
        passes = 2 if args.warm else 1
        count = quick_instructions(args.corpus, args.n, args.skip, code, passes)
        print(f"code: {code}")
        print(f"worker path{' (second pass, warm)' if args.warm else ''}: "
              f"{count / args.n / 1e6:.2f} million instructions per article (--quick)")
        return
    from concurrent.futures import ThreadPoolExecutor

    code = args.code.resolve()
    with ThreadPoolExecutor(2) as pool:  # two valgrind runs side by side
        runs = [pool.submit(instructions, args.corpus, n, args.skip, code) for n in (0, args.n)]
        if args.warm:
            twice = pool.submit(instructions, args.corpus, args.n, args.skip, code, 2)
        base, full = (r.result() for r in runs)
    print(f"code: {args.code.resolve()}")
    print(f"warm-up only: {base:,} instructions")
    print(f"with {args.n} articles: {full:,} instructions")
    print(f"worker path: {(full - base) / args.n / 1e6:.2f} million instructions per article")
    if args.warm:
        again = twice.result()
        print(f"twice: {again:,} instructions")
        print(f"second pass (warm): {(again - full) / args.n / 1e6:.2f} million instructions "
              "per article")


if __name__ == "__main__":
    main()
