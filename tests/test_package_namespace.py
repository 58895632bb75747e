"""The package's top-level names: ``from analysis import *`` gives the README's entry points,
loaded on first use."""

import subprocess
import sys


def test_star_import_gives_the_entry_points():
    namespace: dict = {}
    exec("from analysis import *", namespace)  # noqa: S102 - the statement under test
    assert {"load_corpus", "sentence_table", "aggregate", "compare_groups", "actor_tone",
            "actor_tone_summary"} <= set(namespace)
    assert namespace["load_corpus"].__module__ == "analysis.corpus.load"


def test_plain_import_loads_no_submodule_of_metrics():
    code = "import analysis, sys; print(any(m.startswith('analysis.metrics') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
