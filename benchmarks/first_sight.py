#!/usr/bin/env python3
"""What the first sight of an article costs an export worker over a repeat pass of it, under
the same machine conditions.

usage: python benchmarks/first_sight.py [--corpus DIR] [--chunks 16] [--jobs 2]

``benchmarks/export_stages.py`` times repeat passes (every word type, name and phrase of the
articles already in the per-type caches); an export's worker meets most articles' new types
for the first time. This process does one worker's share of an export (after
:func:`analysis.workers.warm_up` and :func:`analysis.workers.init_worker`, every ``--jobs``-th
chunk of 100 of the ``.txt`` files of ``--corpus``, the synthetic corpus of
``benchmarks/throughput.py``, through :func:`analysis.pipeline.table_chunk` with CSV text out)
and runs each chunk a second time straight after the first, so the two CPU times
(``time.process_time``) of a pair share the machine's state of that moment. The difference is
the cost of the types new to the worker (and of the caches' misses) at that point of a run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run(corpus: Path, chunks: int, jobs: int) -> None:
    from analysis.pipeline import Limits, table_chunk
    from analysis.workers import init_worker, warm_up

    warm_up()
    init_worker()
    files = sorted(corpus.glob("*.txt"))

    def cpu_ms(chunk: list[Path]) -> float:
        t = time.process_time()
        table_chunk(tuple((str(f), f.stem) for f in chunk), Limits(), "document", 10,
                    (None, None), corpus.name, None, "csv")
        return 1000 * (time.process_time() - t) / len(chunk)

    first = again = 0.0
    done = 0
    for k in range(chunks):
        chunk = files[100 * jobs * k:100 * jobs * k + 100]
        if not chunk:
            break
        a, b = cpu_ms(chunk), cpu_ms(chunk)
        first, again, done = first + a, again + b, done + 1
        print(f"  chunk {k:3d}: first pass {a:6.2f}, repeat {b:6.2f} ms per article", flush=True)
    print(f"mean of {done} chunks: first pass {first / done:.2f}, repeat {again / done:.2f} ms "
          f"per article ({100 * (first / again - 1):+.0f}%)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/tp/c10000"))
    parser.add_argument("--chunks", type=int, default=16)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    run(args.corpus, args.chunks, args.jobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
