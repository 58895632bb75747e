"""A table corpus whose columns are not ``text`` and ``id`` runs through the notebooks.

Every notebook's cell tagged ``parameters`` holds ``TEXT_COLUMN`` and ``ID_COLUMN``, and its
first code cell passes them to :func:`analysis.report.notebook.setup`. The loading path is
checked as a user drives it: ``scripts/run_notebooks.py --corpus stories.csv -p TEXT_COLUMN
body -p ID_COLUMN story_id`` (what ``make figures CORPUS=... TEXT_COLUMN=... ID_COLUMN=...``
runs), papermill's injected cell, then the notebook's own ``setup(...)`` line, without running
the analysis cells (``tests/test_parameterised_notebooks.py`` runs them on a folder corpus).
"""

from __future__ import annotations

import csv
import importlib.util
import re

import nbformat
import pytest

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SETUP_LINE = re.compile(r"^corpus, FIGURES, CAPTION = setup\(.*\)$", re.MULTILINE)

FIRST = ("SEOUL (Harbour Wire) - South Korea's defence ministry said on Thursday it would hold "
         "joint drills with U.S. forces next month.\n\n"
         "The ministry said the drills were defensive.")
SECOND = ("Pyongyang's state media on Friday called the planned drills a rehearsal for "
          "invasion, the North's usual description of such exercises.")


def _write_stories(path):
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["story_id", "media_name", "publish_date", "body"])
        writer.writerow(["sw-101", "Harbour Wire", "2023-05-04", FIRST])
        writer.writerow(["sw-102", "Harbour Wire", "2023-05-05", SECOND])
    return path


def _run_notebooks_parameters(monkeypatch, argv):
    """The parameters ``scripts/run_notebooks.py`` hands to each notebook for ``argv``."""
    spec = importlib.util.spec_from_file_location("run_notebooks",
                                                  ROOT / "scripts" / "run_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    calls = []
    monkeypatch.setattr(module, "run", lambda path, corpus, timeout, parameters, out: (
        calls.append((path.name, corpus, parameters)) or path))
    assert module.main(argv) == 0
    return calls


def _load_as_the_notebook_does(path, values, figures_root):
    """The parameters cell, papermill's injected cell and the notebook's ``setup`` line."""
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    nb = parameterize_notebook(load_notebook_node(str(path)), values, kernel_name="python3",
                               language="python")
    tags = [c.metadata.get("tags", []) for c in nb.cells]
    params = [c.source for c, t in zip(nb.cells, tags, strict=True)
              if "parameters" in t or "injected-parameters" in t]
    setup_lines = [m.group(0) for c in nb.cells if c.cell_type == "code"
                   for m in SETUP_LINE.finditer(c.source)]
    assert len(params) == (2 if values else 1) and len(setup_lines) == 1, path.name
    namespace: dict = {"FIGURES_ROOT": figures_root}
    exec("\n".join(params), namespace)  # noqa: S102  (the notebook's own cells)
    exec("from analysis.report.notebook import setup\n"  # noqa: S102
         + setup_lines[0].replace("setup(CORPUS", "setup(CORPUS, figures_root=FIGURES_ROOT"),
         namespace)
    return namespace


def test_every_notebook_has_the_column_parameters_with_the_loader_defaults():
    assert [p.stem for p in NOTEBOOKS] == ["01_corpus", "02_readability", "03_keywords",
                                           "04_stance", "05_synthesis", "06_reuse",
                                           "07_timeline"]
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        (cell,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        namespace: dict = {}
        exec(cell.source, namespace)  # noqa: S102
        assert namespace["CORPUS"] == "../seeds", path.name
        assert namespace["TEXT_COLUMN"] == "text", path.name
        assert namespace["ID_COLUMN"] is None, path.name
        assert namespace["DATE_ORDER"] is None, path.name
        assert namespace["FIGURES_DIR"] is None, path.name
        (line,) = [m.group(0) for c in nb.cells if c.cell_type == "code"
                   for m in SETUP_LINE.finditer(c.source)]
        assert line == ("corpus, FIGURES, CAPTION = "
                        "setup(CORPUS, text_column=TEXT_COLUMN, id_column=ID_COLUMN, "
                        "date_order=DATE_ORDER, figures_dir=FIGURES_DIR)"), path.name


def test_run_notebooks_passes_the_columns_to_every_notebook(tmp_path, monkeypatch):
    stories = _write_stories(tmp_path / "stories.csv")
    calls = _run_notebooks_parameters(monkeypatch, [
        "--corpus", str(stories), "-p", "TEXT_COLUMN", "body", "-p", "ID_COLUMN", "story_id",
        *map(str, NOTEBOOKS)])
    assert [c[0] for c in calls] == [p.name for p in NOTEBOOKS]
    assert {(c[1], tuple(c[2].items())) for c in calls} == {
        (str(stories), (("TEXT_COLUMN", "body"), ("ID_COLUMN", "story_id")))}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_loads_a_table_with_other_column_names(path, tmp_path):
    stories = _write_stories(tmp_path / "stories.csv")
    values = {"CORPUS": str(stories.resolve()), "TEXT_COLUMN": "body", "ID_COLUMN": "story_id"}
    ns = _load_as_the_notebook_does(path, values, tmp_path / "figures")
    corpus = ns["corpus"]
    assert [d.doc_id for d in corpus] == ["sw-101", "sw-102"]
    assert [d.text for d in corpus] == [FIRST, SECOND]
    assert [(d.meta["outlet"], d.meta["date"]) for d in corpus] == [
        ("Harbour Wire", "2023-05-04"), ("Harbour Wire", "2023-05-05")]
    assert "body" not in corpus["sw-101"].meta and "story_id" not in corpus["sw-101"].meta
    assert [len(d.paragraphs) for d in corpus] == [2, 1]
    assert ns["CAPTION"].startswith("Corpus: stories (2 documents)")


def test_the_defaults_read_text_and_id_and_number_rows_without_an_id(tmp_path):
    path = NOTEBOOKS[0]
    with_id = tmp_path / "with_id.csv"
    with_id.write_text(f'id,text\nk-7,"{SECOND}"\n', encoding="utf-8")
    ns = _load_as_the_notebook_does(path, {"CORPUS": str(with_id)}, tmp_path / "figures")
    assert [(d.doc_id, d.text) for d in ns["corpus"]] == [("k-7", SECOND)]
    numbered = tmp_path / "numbered.csv"
    numbered.write_text(f'text\n"{SECOND}"\n"{FIRST}"\n', encoding="utf-8")
    ns = _load_as_the_notebook_does(path, {"CORPUS": str(numbered)}, tmp_path / "figures")
    assert [(d.doc_id, d.text) for d in ns["corpus"]] == [("1", SECOND), ("2", FIRST)]


def test_a_wrong_column_name_says_which_columns_there_are(tmp_path):
    from analysis.errors import CorpusError

    stories = _write_stories(tmp_path / "stories.csv")
    with pytest.raises(CorpusError, match=r"no text column 'text' \(columns found: "
                                          r"'story_id', 'media_name', 'publish_date', 'body'"):
        _load_as_the_notebook_does(NOTEBOOKS[0], {"CORPUS": str(stories)}, tmp_path / "f")
