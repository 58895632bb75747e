#!/usr/bin/env python3
"""Instructions per article of each stage of the export worker path, counted by valgrind.

usage: python benchmarks/stage_instructions.py --corpus DIR [-n 30] [--skip 0] [--code CHECKOUT]

Python functions are invisible to callgrind, which sees only the interpreter's C functions. Here
each stage function is called through a C function of the standard library that calls a Python
callable and serves nothing else on the worker path (``operator.call``, ``itertools.starmap``,
``contextvars.Context.run``...): that C function's inclusive count in ``callgrind_annotate
--inclusive=yes`` is the stage's. The child is :mod:`worker_instructions`'s (warm-up, then
``-n`` articles of ``--corpus`` in chunks of 30, ``PYTHONHASHSEED=0``), run once; the trampolines
add a few thousand instructions a call. Each run takes minutes.
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

STAGES = (  # (module, function, C trampoline, label)
    ("analysis.pipeline", "load_chunk", "_operator_call", "reading and segmenting"),
    ("analysis.corpus.documents", "attribute_sentences", "methodcaller_call",
     "  of it attribution"),
    ("analysis.tables.sentences", "sentence_table", "starmap_next", "sentence table"),
    # the export's paragraph and document rows read this leaner table (same trampoline)
    ("analysis.tables.sentences", "unit_sentence_table", "starmap_next", "sentence table"),
    ("analysis.metrics.readability", "sentence_counts", "context_run", "  readability counts"),
    ("analysis.metrics.lexicon_index", "TableIndex.matching", "takewhile_next",
     "  lexicon prefilter"),
    ("analysis.metrics.tone", "tone_values", "groupby_next", "  tone"),
    ("analysis.metrics.certainty", "marker_cues", "accumulate_next", "  certainty"),
    ("analysis.metrics.keyphrases", "extract_keyphrases", "dropwhile_next", "keyphrases"),
    ("analysis.metrics.keyphrase_candidates", "pos_tags", "filterfalse_next", "  tagger"),
    ("analysis.tables.aggregate", "aggregate", "functools_reduce", "aggregation"),
)

TRAMPOLINES = """
CONTEXT = contextvars.copy_context()

def through(kind, f):
    def once(make):  # a one-item iterator tool whose callback calls f
        def run(*a, **k):
            out = []
            list(make(lambda *_: out.append(f(*a, **k))))
            return out[0]
        return run
    return {
        "_operator_call": lambda *a, **k: operator.call(f, *a, **k),
        "methodcaller_call": lambda *a, **k: operator.methodcaller("__call__", *a, **k)(f),
        "starmap_next": lambda *a, **k: next(itertools.starmap(lambda: f(*a, **k), [()])),
        "context_run": lambda *a, **k: CONTEXT.run(f, *a, **k),
        "takewhile_next": once(lambda g: itertools.takewhile(g, (0,))),
        "groupby_next": once(lambda g: next(itertools.groupby((0,), key=g))),
        "accumulate_next": once(lambda g: itertools.accumulate((0, 0), g)),
        "dropwhile_next": once(lambda g: itertools.dropwhile(g, (0,))),
        "filterfalse_next": once(lambda g: itertools.filterfalse(g, (0,))),
        "functools_reduce": once(lambda g: [functools.reduce(g, (0,), 0)]),
    }[kind]
"""
"""Source of ``through(kind, f)``: ``f`` called through a C trampoline named ``kind`` (an
``operator``, ``itertools``, ``functools`` or ``contextvars`` call), whose inclusive count
callgrind then reports under that name. Shared with ``benchmarks/function_instructions.py``."""

CHILD = """
import contextvars, functools, importlib, itertools, operator, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from analysis.pipeline import Limits, table_chunk
from analysis.workers import init_worker, warm_up

{trampolines}
warm_up()
init_worker()
for module, name, kind in {stages!r}:
    owner = importlib.import_module(module)
    *path, attr = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    if hasattr(owner, attr):  # older code (--code) may lack a stage's function
        setattr(owner, attr, through(kind, getattr(owner, attr)))
files = sorted(Path({corpus!r}).glob("*.txt"))[{skip}:{skip} + {n}]
for i in range(0, len(files), 30):
    items = tuple((f, f.stem) for f in files[i:i + 30])
    table_chunk(items, Limits(), "document", 10, (None, None), "corpus", None, "csv")
"""


def stage_counts(corpus: Path, n: int, skip: int, root: Path) -> dict[str, int]:
    """Inclusive instructions of each trampoline of :data:`STAGES` (by its C name)."""
    stages = [(m, f, kind) for m, f, kind, _ in STAGES]
    code = CHILD.format(root=str(root), corpus=str(corpus), n=n, skip=skip, stages=stages,
                        trampolines=TRAMPOLINES)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        sys.executable, "-c", code], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
        text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100",
                               str(out)], check=True, capture_output=True, text=True).stdout
    counts: dict[str, int] = {}
    for line in text.splitlines():
        found = re.match(r"\s*([\d,]+) .*?:(\w+) \[", line)
        if found and found.group(2) not in counts:
            counts[found.group(2)] = int(found.group(1).replace(",", ""))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("-n", type=int, default=30)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--code", type=Path, default=ROOT)
    args = parser.parse_args()
    counts = stage_counts(args.corpus, args.n, args.skip, args.code.resolve())
    for kind, label in dict.fromkeys((s[2], s[3]) for s in STAGES):
        print(f"{label:26s} {counts.get(kind, 0) / args.n / 1e6:7.2f} million per article")


if __name__ == "__main__":
    main()
