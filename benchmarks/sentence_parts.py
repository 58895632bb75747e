#!/usr/bin/env python3
"""CPU time per article of the sentence table and of each of its metric groups.

usage: python benchmarks/sentence_parts.py [-n 400] [--repeat 5] [--seed 0]

Writes ``-n`` synthetic articles with the generator of ``benchmarks/throughput.py`` (same seed,
same corpus), segments them and warms every cache on the first half, then times
:func:`analysis.tables.sentences.sentence_table` and ``sentence_rows`` with no metric group
(the base loop: ids, voice, word counts, words in quotations) and with one group at a time on
the second half. Prints CPU milliseconds per article (``time.process_time``, the minimum of
``--repeat`` runs: the process's own CPU time is steadier than wall time on a shared machine),
with the cyclic garbage collector paused as in the export's workers
(:func:`analysis.workers.gc_paused`).
A group's own cost is its line minus the base loop; the groups share the words of each sentence
(and frames and certainty their tokens), so the whole table costs less than the sum.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import write_corpus  # noqa: E402


def cpu_ms(run: Callable[[], object], n_docs: int, repeat: int) -> float:
    """Minimum CPU milliseconds per document of ``repeat`` calls of ``run``."""
    from analysis.workers import gc_paused

    best = float("inf")
    for _ in range(repeat):
        with gc_paused():
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
    return 1000 * best / n_docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=400, help="articles (half warm, half timed)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from analysis.corpus.documents import load_document
    from analysis.metrics.certainty import load_epistemic_lexicon
    from analysis.metrics.frames import load_frame_lexicon
    from analysis.tables.sentences import METRICS, sentence_rows, sentence_table

    with tempfile.TemporaryDirectory() as tmp:
        files = sorted(write_corpus(Path(tmp), args.n, args.seed).glob("*.txt"))
        docs = [load_document(f) for f in files]
    half = len(docs) // 2
    warm, timed = docs[:half], docs[half:]
    sentence_table(warm)
    for doc in timed:
        doc.sentences  # noqa: B018 - segment before timing
    frames, epistemic = load_frame_lexicon(), load_epistemic_lexicon()
    n = len(timed)
    print(f"CPU ms per article, {n} articles, min of {args.repeat} runs")
    print(f"  sentence_table   {cpu_ms(lambda: sentence_table(timed), n, args.repeat):6.2f}")
    base = cpu_ms(lambda: sentence_rows(timed, (), frames, epistemic), n, args.repeat)
    print(f"  base loop        {base:6.2f}")
    for group in METRICS:
        ms = cpu_ms(lambda g=group: sentence_rows(timed, (g,), frames, epistemic), n,
                    args.repeat)
        print(f"  {group:<16s} {ms - base:6.2f}  (alone with the base loop: {ms:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
