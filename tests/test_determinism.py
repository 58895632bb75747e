"""Determinism: executing a notebook twice gives the same outputs and the same figure bytes.

Each run happens in its own temporary copy of the project layout (``notebooks/``, ``seeds/``,
an empty ``figures/``), so the repository is never written and the two runs cannot see each
other's files. Unless ``PYTHONHASHSEED`` is set (CI sets it), each kernel gets its own random
string hashing, so output that depends on set ordering shows up here too.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

NOTEBOOK = "01_corpus.ipynb"
FIGURES = ["speakers.png", "speakers.svg", "voice_through_coverage.png",
           "voice_through_coverage.svg"]


def _execute(project: Path) -> tuple[list, dict[str, bytes]]:
    """Run the notebook in ``project``; return its code cells' outputs and the figure bytes."""
    import nbformat
    from nbclient import NotebookClient

    (project / "notebooks").mkdir(parents=True)
    (project / "figures").mkdir()
    shutil.copytree(ROOT / "seeds", project / "seeds")
    path = project / "notebooks" / NOTEBOOK
    shutil.copy(ROOT / "notebooks" / NOTEBOOK, path)
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    NotebookClient(nb, timeout=120, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    cells = [{"source": c.source, "count": c.execution_count, "outputs": c.outputs}
             for c in nb.cells if c.cell_type == "code"]
    figures = {p.name: p.read_bytes() for p in sorted((project / "figures").iterdir())}
    return json.loads(json.dumps(cells)), figures


def test_notebook_runs_twice_to_identical_outputs_and_figure_bytes(tmp_path):
    first_cells, first_figures = _execute(tmp_path / "run1")
    second_cells, second_figures = _execute(tmp_path / "run2")

    assert sorted(first_figures) == FIGURES
    assert all(len(data) > 1000 for data in first_figures.values())
    for name in FIGURES:
        assert first_figures[name] == second_figures[name], f"{name} differs between runs"

    assert [c["count"] for c in first_cells] == list(range(1, len(first_cells) + 1))
    for a, b in zip(first_cells, second_cells, strict=True):
        assert a == b, f"outputs of cell {a['source'][:60]!r} differ between runs"
    # The runs really produced something: the corpus repr names the seed corpus, and no cell
    # raised.
    text = json.dumps(first_cells)
    assert "Corpus(name='seeds', documents=1, sentences=17)" in text
    assert all(o.get("output_type") != "error" for c in first_cells for o in c["outputs"])


@pytest.fixture(autouse=True)
def _headless(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
