#!/usr/bin/env python3
"""CPU per article of each stage of an export worker: where ``export --unit document`` spends
its time, and what the exporter does before its workers start.

usage: python benchmarks/export_stages.py [-n 1200] [--repeat 3] [--unit document]
                                          [--corpus DIR]

The corpus is the synthetic one of ``benchmarks/throughput.py`` (``-n`` articles, written to a
temporary folder), or the first ``-n`` ``.txt`` files of the folder ``--corpus``. After
:func:`analysis.workers.warm_up`, chunks of 100 articles go through
:func:`analysis.pipeline.table_chunk` exactly as a worker process runs them (CSV text out): the
first third warms the caches, the rest is timed in CPU seconds of this process
(``time.process_time``, less disturbed than wall time by other jobs on a shared machine), best
of ``--repeat``. Each stage is timed by wrapping its function:

* ``load``: reading and segmenting the files (:func:`~analysis.pipeline.load_chunk`), and of
  it quotation attribution (:func:`analysis.corpus.quotes.attribute_sentences`);
* ``sentence table``, ``aggregate`` (with the tone intervals), ``keyphrases``, ``metadata``;
* ``format``: the CSV text (:func:`analysis.io.format_table`);
* ``other``: the rest of the chunk (assembling the table, freeing the documents).

Then the exporter's serial start, in a fresh interpreter: listing the corpus folder
(:func:`analysis.pipeline.source_of`) and each step of :func:`~analysis.workers.warm_up`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

START_CODE = """
import sys, time
t = time.process_time()
def step(label):
    global t
    now = time.process_time(); print(f"  {label}: {now - t:.2f} s"); t = now
from analysis.pipeline import source_of
step("import analysis.pipeline")
source_of(sys.argv[1]); step(f"list the folder ({sys.argv[1]})")
from analysis.metrics.certainty import load_epistemic_lexicon
from analysis.metrics.cmu_syllables import cmu_syllables
from analysis.metrics.frames import load_frame_lexicon
from analysis.metrics.hyphenation import pattern_automaton
from analysis.metrics.keyphrases import default_tagger
from analysis.metrics.readability import easy_words
from analysis.metrics.tone import vader
from analysis.metrics.vocabulary import zipf
step("import the metric modules")
cmu_syllables(); step("CMU syllable counts")
pattern_automaton(); step("hyphenation patterns")
zipf("warm"); step("Zipf frequencies")
default_tagger(); step("keyphrase tagger")
easy_words(); load_frame_lexicon(); load_epistemic_lexicon(); vader(); step("lexicons")
import pandas; step("import pandas")
import scipy.stats; step("import scipy.stats")
"""

STAGES = (("load", "analysis.pipeline", "load_chunk"),
          ("  of it attribution", "analysis.corpus.documents", "attribute_sentences"),
          ("sentence table", "analysis.tables.sentences", "sentence_table"),
          ("sentence table", "analysis.tables.sentences", "unit_sentence_table"),
          ("aggregate", "analysis.tables.aggregate", "aggregate"),
          ("keyphrases", "analysis.metrics.keyphrases", "extract_keyphrases"),
          ("metadata", "analysis.tables.metadata", "with_metadata"),
          ("format", "analysis.io", "format_table"))
"""(label, module, function): each stage's function, as the chunk calls it (looked up on that
module at call time, so wrapping it there times every call); the sentence table is
``sentence_table`` for ``--unit sentence``, ``unit_sentence_table`` for the others."""


def _wrap(spent: dict[str, float], label: str, module: str, name: str) -> None:
    """Benchmark-only: replace ``module.name`` by a wrapper adding its CPU time to ``spent``."""
    import importlib

    mod = importlib.import_module(module)
    function = getattr(mod, name)

    def timed(*args, **kwargs):
        t = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - t

    setattr(mod, name, timed)


def measure(corpus: Path, n: int, repeat: int, unit: str) -> int:
    """Time and print the stages on the first ``n`` ``.txt`` files of ``corpus``."""
    from analysis.pipeline import Limits, table_chunk
    from analysis.workers import warm_up

    warm_up()
    files = sorted(corpus.glob("*.txt"))[:n]
    spent: dict[str, float] = {}
    for label, module, name in STAGES:
        _wrap(spent, label, module, name)

    def run(chunk_files: list[Path]) -> None:
        for i in range(0, len(chunk_files), 100):
            items = tuple((str(f), f.stem) for f in chunk_files[i:i + 100])
            table_chunk(items, Limits(), unit, 10, (None, None), corpus.name, None, "csv")

    third = len(files) // 3
    run(files[:third])
    timed = files[third:]
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent.clear()
        t = time.process_time()
        run(timed)
        spent["total"] = time.process_time() - t
        for label, seconds in spent.items():
            best[label] = min(best.get(label, seconds), seconds)
    print(f"corpus: {corpus} ({len(files)} articles; warm on {third}, timed on {len(timed)}; "
          f"--unit {unit}); CPU ms per article, best of {repeat}")
    labels = list(dict.fromkeys(label for label, _, _ in STAGES))
    best["other"] = best["total"] - sum(best.get(label, 0.0) for label in labels
                                        if not label.startswith(" "))
    for label in [*labels, "other", "total"]:
        print(f"  {label:20s} {1000 * best.get(label, 0.0) / len(timed):6.2f}")
    print("exporter start (CPU, fresh interpreter, before the workers fork):")
    print(subprocess.run([sys.executable, "-c", START_CODE, str(corpus)], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout, end="")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--unit", choices=("document", "paragraph", "sentence"),
                        default="document")
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.corpus is not None:
        return measure(args.corpus, args.n, args.repeat, args.unit)
    from throughput import write_corpus

    with tempfile.TemporaryDirectory(prefix="export-stages-") as tmp:
        return measure(write_corpus(Path(tmp) / "corpus", args.n), args.n, args.repeat,
                       args.unit)


if __name__ == "__main__":
    raise SystemExit(main())
