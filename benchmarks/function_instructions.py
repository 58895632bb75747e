#!/usr/bin/env python3
"""Instructions per article of chosen functions of attribution, the sentence table or keyphrases
(valgrind).

usage: python benchmarks/function_instructions.py --corpus DIR
           --stage {attribution,sentences,keyphrases} [-n 30] [--skip 0] [--code CHECKOUT]
           [MODULE:NAME ...]

A quicker, finer split than :mod:`stage_instructions` (about a minute instead of five): no
warm-up. The child reads files ``--skip + n`` to ``--skip + n + 10`` (sorted by name) and runs
the stage on them uncounted (the resources load, the caches hold those articles' word types),
then, counted (``valgrind --tool=callgrind --toggle-collect=_operator_call``,
``PYTHONHASHSEED=0``), the stage on files ``--skip`` to ``--skip + n``: ``attribution`` is
:func:`analysis.corpus.quotes.attribute_sentences` on each text and its sentences,
``sentences`` is :func:`analysis.tables.sentences.unit_sentence_table` on the documents (read,
attributed, outside the count); ``keyphrases`` is
:func:`analysis.metrics.keyphrases.extract_keyphrases` (top 10) on each text, cold as in
:mod:`keyphrase_instructions`: only one warm-up sentence runs first, no warm-up articles (e.g.
``--corpus ../shared/bench/keyphrases/duc2001-dev/docs -n 150``). Each ``MODULE:NAME`` (a
function or ``Class.method``, as the caller looks it up:
``analysis.corpus.quotes:find_reporting_clause``) is called through its own C trampoline of
the standard library (up to eight), whose inclusive count is the function's, as in
:mod:`stage_instructions`; a nested trampoline adds a few thousand instructions a call.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from stage_instructions import TRAMPOLINES  # noqa: E402

KINDS = ("starmap_next", "context_run", "takewhile_next", "groupby_next", "accumulate_next",
         "dropwhile_next", "filterfalse_next", "functools_reduce")

CHILD = """
import contextvars, functools, importlib, itertools, operator, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from analysis.corpus.documents import load_document, normalise_text, read_text
from analysis.corpus.quotes import attribute_sentences
from analysis.corpus.sentences import iter_sentences
from analysis.tables.sentences import unit_sentence_table

{trampolines}
files = sorted(Path({corpus!r}).glob("*.txt"))
counted, warm = files[{skip}:{skip} + {n}], files[{skip} + {n}:{skip} + {n} + 10]
if {stage!r} == "attribution":
    def inputs(fs):
        texts = [normalise_text(read_text(f)) for f in fs]
        return [(t, list(iter_sentences(t))) for t in texts]
    def stage(items):
        for text, triples in items:
            attribute_sentences(text, triples)
elif {stage!r} == "keyphrases":
    from analysis.metrics.keyphrases import extract_keyphrases
    def inputs(fs):
        return [read_text(f) for f in fs]
    def stage(texts):
        for text in texts:
            extract_keyphrases(text, 10)
    warm = []  # one warm-up sentence only: the counted documents' new types are cold
    extract_keyphrases("Warm-up text about nuclear deterrence. The U.S. President Joe Biden.", 3)
else:
    def inputs(fs):
        return [load_document(f, doc_id=f.stem) for f in fs]
    stage = unit_sentence_table
for kind, spec in zip({kinds!r}, {specs!r}):
    module, _, name = spec.partition(":")
    owner = importlib.import_module(module)
    *path, attr = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    setattr(owner, attr, through(kind, getattr(owner, attr)))
stage(inputs(warm))
items = inputs(counted)
operator.call(stage, items)
"""


def counts(corpus: Path, stage: str, n: int, skip: int, specs: list[str], root: Path
           ) -> dict[str, int]:
    """Inclusive instructions of the counted stage (``"total"``) and of each spec."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        code = CHILD.format(root=str(root), corpus=str(corpus), n=n, skip=skip, stage=stage,
                            kinds=KINDS, specs=specs, trampolines=TRAMPOLINES)
        subprocess.run(["valgrind", "--tool=callgrind", "--toggle-collect=_operator_call",
                        f"--callgrind-out-file={out}", sys.executable, "-c", code],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        report = subprocess.run(["callgrind_annotate", "--inclusive=yes", str(out)],
                                check=True, capture_output=True, text=True).stdout
    found = {"total": int(re.search(r"^([\d,]+) \S* *PROGRAM TOTALS", report,
                                    re.MULTILINE).group(1).replace(",", ""))}
    for kind, spec in zip(KINDS, specs, strict=False):
        m = re.search(rf"^\s*([\d,]+) .*:{kind} ", report, re.MULTILINE)
        found[spec] = int(m.group(1).replace(",", "")) if m else 0
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--stage", choices=("attribution", "sentences", "keyphrases"),
                        required=True)
    parser.add_argument("-n", type=int, default=30)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("specs", nargs="*", metavar="MODULE:NAME")
    args = parser.parse_args()
    if len(args.specs) > len(KINDS):
        parser.error(f"at most {len(KINDS)} functions a run")
    found = counts(args.corpus, args.stage, args.n, args.skip, args.specs, args.code.resolve())
    print(f"code: {args.code.resolve()}")
    for key, value in found.items():
        print(f"{key:60s} {value / args.n / 1e6:7.2f} million per article")


if __name__ == "__main__":
    main()
