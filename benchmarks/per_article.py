#!/usr/bin/env python3
"""Per-article cost of loading a document and of its readability counts, and the memory of the
lexicon tables they read.

usage: python benchmarks/per_article.py [-n 400] [--repeat 3] [--corpus DIR]

The corpus is the synthetic one of ``benchmarks/throughput.py`` (``-n`` articles, written to a
temporary folder unless ``--corpus`` names a folder of ``.txt`` files). The first half warms the
caches; the second half is timed, in CPU seconds of this process (``time.process_time``, less
disturbed than wall time by other jobs on a shared machine), best of ``--repeat``:

* ``load``: :func:`analysis.corpus.documents.load_document`, and how much of it is quotation
  attribution (:func:`analysis.corpus.quotes.attribute_sentences`);
* ``readability``: ``sentence_counts`` and ``linsear_counts`` of every sentence, as the sentence
  table computes them; ``cold`` with the per-word caches emptied and refilled on the first
  half only (new vocabulary still misses, as in a large corpus), ``warm`` on a second pass.

Memory: resident set size added by each table's first load, in a fresh interpreter.
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

MEMORY_CODE = """
import psutil
from analysis.metrics.cmu_syllables import cmu_syllables
from analysis.metrics.hyphenation import pattern_automaton
from analysis.metrics.readability import easy_words
from analysis.metrics.word_frequencies import english_frequencies
import wordfreq
rss = lambda: psutil.Process().memory_info().rss / 2**20
for name, load in (("CMU syllable counts", cmu_syllables),
                   ("hyphenation patterns", pattern_automaton),
                   ("Dale-Chall list", easy_words), ("wordfreq English", english_frequencies)):
    before = rss(); load(); print(f"{name}: +{rss() - before:.1f} MiB")
"""


def best(seconds: list[float], n: int) -> str:
    """Milliseconds per document of the fastest repeat."""
    return f"{1000 * min(seconds) / n:.3f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.corpus is not None:
        return measure(args.corpus, args.repeat)
    from throughput import write_corpus

    with tempfile.TemporaryDirectory(prefix="per-article-") as tmp:
        return measure(write_corpus(Path(tmp) / "corpus", args.n), args.repeat)


def measure(corpus: Path, repeat: int) -> int:
    """Time and print the measurements on the ``.txt`` files of ``corpus``."""
    from analysis.corpus import documents
    from analysis.corpus.tokens import words
    from analysis.metrics import readability, syllables

    files = sorted(corpus.glob("*.txt"))
    half = len(files) // 2
    attribution = [0.0]
    attribute = documents.attribute_sentences

    def timed_attribution(*a, **k):
        t = time.process_time()
        try:
            return attribute(*a, **k)
        finally:
            attribution[0] += time.process_time() - t

    documents.attribute_sentences = timed_attribution  # benchmark-only: time one step of load

    def read(docs, toks) -> None:
        for doc, doc_toks in zip(docs, toks, strict=True):
            syls = []
            for s, w in zip(doc.sentences, doc_toks, strict=True):
                _, syl = readability.sentence_counts(s.text, w)
                readability.linsear_counts([syl])
                syls.append(syl)
            readability.linsear_counts(syls)

    warm = [documents.load_document(f) for f in files[:half]]
    warm_toks = [[words(s.text) for s in d.sentences] for d in warm]
    load, att, cold, hot = [], [], [], []
    for _ in range(repeat):
        attribution[0] = 0.0
        t = time.process_time()
        docs = [documents.load_document(f) for f in files[half:]]
        load.append(time.process_time() - t)
        att.append(attribution[0])
        toks = [[words(s.text) for s in d.sentences] for d in docs]
        readability.word_counts.cache_clear()
        syllables.analyse.cache_clear()
        read(warm, warm_toks)
        t = time.process_time()
        read(docs, toks)
        cold.append(time.process_time() - t)
        t = time.process_time()
        read(docs, toks)
        hot.append(time.process_time() - t)
    n = len(files) - half
    print(f"corpus: {corpus} ({len(files)} articles; warm on {half}, timed on {n})")
    print(f"load_document: {best(load, n)} per article, of which attribution "
          f"{best(att, n)}")
    print(f"readability counts: {best(cold, n)} per article cold, {best(hot, n)} warm")
    print(subprocess.run([sys.executable, "-c", MEMORY_CODE], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
