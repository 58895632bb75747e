#!/usr/bin/env python3
"""One export worker's whole run in one process: CPU per article as the run goes on, the
per-word-type caches' misses, and the resident memory at the end.

usage: python benchmarks/worker_run.py [--corpus DIR] [-n 10000] [--jobs 2] [--every 1000]

An export of ``-n`` articles on ``--jobs`` workers hands each worker about every ``jobs``-th
chunk of 100. This process does the same work one worker does (after
:func:`analysis.workers.warm_up` and :func:`analysis.workers.init_worker`, every ``jobs``-th
chunk of the first ``-n`` ``.txt`` files of ``--corpus``, the synthetic corpus of
``benchmarks/throughput.py``, through :func:`analysis.pipeline.table_chunk` with CSV text out)
and prints:

* CPU milliseconds per article (``time.process_time``) for each ``--every`` articles, and the
  time the cyclic garbage collector took (``gc.callbacks``);
* per article, the misses of the least-recently-used caches of word types and the resets of
  the keyphrase tagger's type table, against the word types new to this worker (a type
  counted once, as it is written);
* the peak resident memory of the process.

Unlike ``benchmarks/export_stages.py`` (a repeat pass over articles already seen: every word
type is cached) this is the mix of new and known word types of a real run.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_TYPES = re.compile(r"[\w'’.-]+")
"""Word types as written, for the count of types new to the worker (an approximation of the
package's tokens: enough to compare with the caches' misses)."""


def _caches() -> tuple[dict[str, Any], Any]:
    """The least-recently-used caches of word types by name, and the keyphrase tagger (whose
    table of word types is emptied when full)."""
    from analysis.corpus import speakers
    from analysis.metrics import keyphrase_tokens, readability, syllables, vocabulary
    from analysis.metrics.keyphrases import default_tagger

    lru = {"readability.word_counts": readability.word_counts,
           "syllables.analyse": syllables.analyse, "vocabulary.zipf": vocabulary.zipf,
           "keyphrase_tokens.word_zipf": keyphrase_tokens.word_zipf,
           "speakers.clean_name": speakers.clean_name}
    return lru, default_tagger()


def run(corpus: Path, n: int, jobs: int, every: int) -> None:
    from analysis.pipeline import Limits, table_chunk
    from analysis.workers import init_worker, warm_up

    warm_up()
    init_worker()
    files = sorted(corpus.glob("*.txt"))[:n]
    lru, tagger = _caches()
    before = {name: c.cache_info().misses for name, c in lru.items()}
    tagged, resets = tagger.cache_size, 0
    collector = {"start": 0.0, "spent": 0.0}

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collector["start"] = time.process_time()
        else:
            collector["spent"] += time.process_time() - collector["start"]

    gc.callbacks.append(on_gc)
    seen: set[str] = set()
    new_types = done = 0
    window = [0.0, 0.0, 0]
    for start in range(0, len(files), 100 * jobs):
        chunk = files[start:start + 100]
        for f in chunk:  # not timed
            found = set(_TYPES.findall(f.read_text(encoding="utf-8")))
            new_types += len(found - seen)
            seen |= found
        t = time.process_time()
        table_chunk(tuple((str(f), f.stem) for f in chunk), Limits(), "document", 10,
                    (None, None), corpus.name, None, "csv")
        window[0] += time.process_time() - t
        resets += tagger.cache_size < tagged
        tagged = tagger.cache_size
        done += len(chunk)
        window[2] += len(chunk)
        if window[2] >= every:
            collected = collector["spent"] - window[1]
            print(f"  articles {done - window[2] + 1:>6,}-{done:<6,} "
                  f"{1000 * window[0] / window[2]:6.2f} ms per article (of it the collector "
                  f"{1000 * collected / window[2]:.2f})", flush=True)
            window = [0.0, collector["spent"], 0]
    gc.callbacks.remove(on_gc)
    print(f"{done:,} articles (one chunk in {jobs} of {len(files):,}); word types new to this "
          f"worker: {new_types / done:.1f} per article ({len(seen):,} in all)")
    for name, c in lru.items():
        info = c.cache_info()
        print(f"  {name:28s} {(info.misses - before[name]) / done:6.1f} misses per article "
              f"(holds at most {info.maxsize:,})")
    print(f"  keyphrase tagger's type table emptied {resets} times "
          f"(holds at most {tagger.max_cache:,} types)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory {peak:,.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/tp/c10000"))
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--every", type=int, default=1000)
    args = parser.parse_args(argv)
    run(args.corpus, args.n, args.jobs, args.every)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
