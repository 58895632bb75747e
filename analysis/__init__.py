"""Readability, keyword and stance metrics for news coverage of the Washington Declaration.

Data flows one way: a corpus (:mod:`analysis.corpus`) -> one sentence table with every
per-sentence metric (:mod:`analysis.tables.sentences`, computed by :mod:`analysis.metrics`) ->
one aggregation to paragraphs, documents and groups (:mod:`analysis.tables.aggregate`) ->
tables and comparisons -> plots, commentary and notebooks (:mod:`analysis.report`).

The main entry points are importable from here (loaded on first use, so ``import analysis`` is
cheap)::

    from analysis import load_corpus, sentence_table, aggregate
    corpus = load_corpus("seeds")
    documents = aggregate(sentence_table(corpus), "document")

Large corpora: :mod:`analysis.pipeline` (chunked, parallel) and :mod:`analysis.dask_engine`.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

TELEMETRY_OFF = ("ORT_DISABLE_TELEMETRY", "ORT_TELEMETRY_DISABLED")
"""Environment variables set to ``1`` (unless the user set them) when ``analysis`` is imported:
onnxruntime's official Linux builds since 1.29 start a telemetry client when imported (a device
id and an event store under ``~/.cache/Microsoft``, uploads to Microsoft), and these opt out of
it (the first for onnxruntime 1.32, the second for later releases). Nothing the package runs
may touch the network; set them yourself before any import of onnxruntime that comes before
``import analysis``."""
for _variable in TELEMETRY_OFF:
    os.environ.setdefault(_variable, "1")  # read when onnxruntime is first imported
del _variable

__version__ = "0.1.0"

_API = {
    "load_corpus": "analysis.corpus", "Corpus": "analysis.corpus", "Document": "analysis.corpus",
    "sentence_table": "analysis.tables.sentences", "aggregate": "analysis.tables.aggregate",
    "by_voice": "analysis.tables.aggregate", "overview": "analysis.tables.aggregate",
    "speakers": "analysis.tables.aggregate", "with_metadata": "analysis.tables.metadata",
    "compare_groups": "analysis.tables.compare", "compare_pair": "analysis.tables.compare",
    "readability_intervals": "analysis.tables.intervals", "metric_table": "analysis.export",
    "keyphrases_table": "analysis.metrics.keyphrases", "keyness": "analysis.metrics.keyness",
    "distinctive_terms": "analysis.metrics.keyness",
    "actor_mentions": "analysis.metrics.actors", "actor_tone": "analysis.metrics.actor_tone",
    "actor_tone_summary": "analysis.metrics.actor_tone",
    "mention_counts": "analysis.tables.counts",
}
"""Short names and the modules that define them."""

_MODULES = {"plots": "analysis.report.plots", "figures": "analysis.report.figures",
            "commentary": "analysis.report.commentary", "synthesis": "analysis.report.synthesis",
            "compare": "analysis.tables.compare"}
"""Short module names kept for notebooks and users."""

__all__ = sorted(_API)  # ``from analysis import *`` gives the entry points (loaded then)


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    if name in _MODULES:
        return importlib.import_module(_MODULES[name])
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API, *_MODULES])
