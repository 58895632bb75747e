"""``run_notebooks.py --out DIR --date-order ORDER``: a user's corpus, nothing in the project.

``--out DIR`` writes the executed notebook to ``DIR/notebooks/`` and its figures to
``DIR/figures/`` (the notebooks' ``FIGURES_DIR`` parameter) and leaves the project's
notebooks, figures, ``build/`` and seeds as they were; an ``--out`` inside ``seeds/`` or the
project itself is refused. ``--date-order`` becomes the notebooks' ``DATE_ORDER`` parameter,
which :func:`analysis.report.notebook.setup` passes to the corpus loader, so ``04/05/2023``
is read as 4 May 2023 (``dmy``) instead of left empty with a warning. One small notebook
(``01_corpus``) runs on a one-article invented corpus.
"""

from __future__ import annotations

import importlib.util
import json
import os

import pytest

from tests.conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "01_corpus.ipynb"
TEXT = ("SEOUL (Harbour Wire) - The ministry said on Thursday it would hold drills.\n\n"
        "The ministry said the drills were defensive.\n")


def _script():
    spec = importlib.util.spec_from_file_location("run_notebooks",
                                                  ROOT / "scripts" / "run_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tiny_corpus(folder):
    folder.mkdir()
    (folder / "harbour.txt").write_text(TEXT, encoding="utf-8")
    (folder / "harbour.json").write_text(json.dumps(
        {"title": "Drills", "outlet": "Harbour Wire (invented)", "date": "04/05/2023"}),
        encoding="utf-8")
    return folder


def _project_state():
    """Every file under the project's notebooks/, figures/, seeds/ and build/, with its size
    and modification time."""
    state = {}
    for name in ("notebooks", "figures", "seeds", "build"):
        for path in sorted((ROOT / name).rglob("*")):
            if path.is_file():
                stat = path.stat()
                state[str(path.relative_to(ROOT))] = (stat.st_size, stat.st_mtime_ns)
    return state


@pytest.mark.parametrize("out", ["seeds", "seeds/mine", "."])
def test_an_out_inside_seeds_or_the_project_itself_is_refused(out, monkeypatch, capsys):
    module = _script()
    monkeypatch.setattr(module, "run", lambda *args: pytest.fail("nothing may run"))
    assert module.main(["--out", str(ROOT / out), str(NOTEBOOK)]) == 2
    error = capsys.readouterr().err
    assert "--out" in error
    assert ("inside seeds/" if out.startswith("seeds") else "the project itself") in error


def test_date_order_and_out_reach_every_notebook(tmp_path, monkeypatch):
    module = _script()
    calls = []
    monkeypatch.setattr(module, "run", lambda path, corpus, timeout, parameters, out: (
        calls.append((path.name, parameters, out)) or path))
    assert module.main(["--date-order", "dmy", "--out", str(tmp_path), "-p", "TEXT_COLUMN",
                        "body", str(NOTEBOOK)]) == 0
    assert calls == [("01_corpus.ipynb", {"TEXT_COLUMN": "body", "DATE_ORDER": "dmy"},
                      tmp_path)]
    with pytest.raises(SystemExit):
        module.main(["--date-order", "ymd", str(NOTEBOOK)])


def test_setup_reads_numeric_dates_in_the_order_given_and_uses_figures_dir(tmp_path):
    from analysis.report.notebook import setup

    corpus = _tiny_corpus(tmp_path / "tiny")
    with pytest.warns(UserWarning, match="ambiguous"):
        undated = setup(corpus, figures_root=tmp_path / "figures")
    assert undated.corpus.documents[0].meta.get("date") is None
    assert undated.figures.parent == tmp_path / "figures"  # figures/<corpus>-<hash>/
    dmy = setup(corpus, figures_root=tmp_path / "figures", date_order="dmy",
                figures_dir=tmp_path / "mine")
    assert str(dmy.corpus.documents[0].meta["date"])[:10] == "2023-05-04"
    assert dmy.figures == tmp_path / "mine"
    mdy = setup(corpus, date_order="mdy")
    assert str(mdy.corpus.documents[0].meta["date"])[:10] == "2023-04-05"


def test_out_writes_the_notebook_and_figures_there_and_nothing_in_the_project(tmp_path,
                                                                            monkeypatch, capsys):
    # the kernel imports this checkout's analysis, whatever is installed
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
    corpus = _tiny_corpus(tmp_path / "tiny")
    out = tmp_path / "out"
    before, had_build = _project_state(), (ROOT / "build").exists()
    assert _script().main(["--corpus", str(corpus), "--out", str(out), "--date-order", "dmy",
                           str(NOTEBOOK)]) == 0
    assert _project_state() == before
    assert (ROOT / "build").exists() == had_build
    assert sorted(p.name for p in (out / "notebooks").iterdir()) == ["01_corpus.ipynb"]
    assert sorted(p.name for p in (out / "figures").iterdir()) == [
        "speakers.png", "speakers.svg", "voice_through_coverage.png",
        "voice_through_coverage.svg"]
    text = (out / "notebooks" / "01_corpus.ipynb").read_text(encoding="utf-8")
    assert '"output_type": "error"' not in text
    assert "Corpus(name='tiny', documents=1, sentences=2)" in text
    assert 'DATE_ORDER = \\"dmy\\"' in text
    assert "is ambiguous" not in text  # the date was read, not left empty with a warning
    # without --date-order the same date is left empty, with the loader's warning
    assert _script().main(["--corpus", str(corpus), "--out", str(tmp_path / "plain"),
                           str(NOTEBOOK)]) == 0
    plain = (tmp_path / "plain" / "notebooks" / "01_corpus.ipynb").read_text(encoding="utf-8")
    assert "'04/05/2023' is ambiguous" in plain
    assert _project_state() == before
    # the loader's warning is told on the command line too, not only inside the notebook
    told = [line for line in capsys.readouterr().err.splitlines() if "warning:" in line]
    assert len(told) == 1 and "harbour.json" in told[0] and "'04/05/2023' is ambiguous" in told[0]


def test_input_warnings_are_the_corpus_warnings_of_the_cells_each_once():
    import nbformat

    nb = nbformat.v4.new_notebook()
    stream = "/tmp/ipykernel_7/1.py:8: CorpusWarning: skipped a.csv: row 3: no text\n  corpus = x\n"
    nb.cells = [nbformat.v4.new_code_cell(outputs=[
        nbformat.v4.new_output("stream", name="stderr", text=stream),
        nbformat.v4.new_output("stream", name="stdout", text="CorpusWarning: printed, no\n")]),
        nbformat.v4.new_code_cell(outputs=[
            nbformat.v4.new_output("stream", name="stderr", text=stream + (
                "/tmp/ipykernel_7/2.py:3: FutureWarning: a library's, not the input's\n"))])]
    assert _script().input_warnings(nb) == ["skipped a.csv: row 3: no text"]


def test_an_error_in_a_cell_is_one_line_naming_the_notebook(monkeypatch, capsys):
    from nbclient.exceptions import CellExecutionError

    module = _script()
    message = "/data/stories.csv: not a valid CSV file (line 3: expected 4 fields, saw 6)"

    def failing(*args):
        raise CellExecutionError("Traceback (most recent call last):\n...\x1b[0;31m...",
                                 "CorpusError", message)

    monkeypatch.setattr(module, "run", failing)
    assert module.main([str(NOTEBOOK), str(NOTEBOOK)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"error: {NOTEBOOK} stopped: CorpusError: {message}\n"
    assert captured.out == f"running {NOTEBOOK} on seeds\n"  # the second one never starts


def test_a_notebook_that_fails_leaves_no_folder(tmp_path):
    module = _script()
    corpus = tmp_path / "bad.csv"
    corpus.write_text("id;text\n1;Seoul said\n", encoding="utf-8")
    out = tmp_path / "out"
    assert module.main(["--corpus", str(corpus), "--out", str(out), str(NOTEBOOK)]) == 1
    assert not out.exists()


def test_an_out_inside_the_corpus_folder_is_refused(tmp_path, monkeypatch, capsys):
    module = _script()
    corpus = _tiny_corpus(tmp_path / "corpus")
    monkeypatch.setattr(module, "run", lambda *args: pytest.fail("nothing may run"))
    assert module.main(["--corpus", str(corpus), "--out", str(corpus / "results"),
                        str(NOTEBOOK)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: --out {corpus / 'results'}: inside the corpus folder")
    assert not (corpus / "results").exists()
    # a single-file corpus has no folder to protect: beside it is fine
    assert module._out_error(tmp_path / "out", corpus / "harbour.txt") is None


def test_a_parameter_no_notebook_has_is_refused(monkeypatch, capsys):
    module = _script()
    monkeypatch.setattr(module, "run", lambda *args: pytest.fail("nothing may run"))
    assert module.notebook_parameters(NOTEBOOK) == {"CORPUS", "TEXT_COLUMN", "ID_COLUMN",
                                                    "DATE_ORDER", "FIGURES_DIR"}
    assert module.main(["-p", "FREQ", "M", str(NOTEBOOK)]) == 2
    error = capsys.readouterr().err
    assert error == (f"error: -p FREQ: no parameter of that name in {NOTEBOOK} (parameters: "
                     "CORPUS, DATE_ORDER, FIGURES_DIR, ID_COLUMN, TEXT_COLUMN)\n")
    stance = ROOT / "notebooks" / "04_stance.ipynb"
    # ARTICLE is 04's: given with 01 and 04 together it is accepted
    assert module._parameter_error([NOTEBOOK, stance], {"ARTICLE"}) is None


def test_a_failed_notebook_leaves_none_of_its_figures(tmp_path, monkeypatch, capsys):
    from nbclient.exceptions import CellExecutionError

    module = _script()
    out = tmp_path / "out"
    (out / "figures").mkdir(parents=True)
    kept = out / "figures" / "from_an_earlier_notebook.png"
    kept.write_bytes(b"earlier")

    def half_then_fail(path, corpus, timeout, parameters, out_dir):
        (out_dir / "figures" / "frame_trajectory.png").write_bytes(b"half")
        raise CellExecutionError("...", "KeyError", "no document 'x' in the corpus 'c'")

    monkeypatch.setattr(module, "run", half_then_fail)
    assert module.main(["--out", str(out), str(NOTEBOOK)]) == 1
    assert sorted(p.name for p in (out / "figures").iterdir()) == ["from_an_earlier_notebook.png"]
    assert "KeyError: no document 'x'" in capsys.readouterr().err


def test_a_notebook_that_times_out_is_one_line_and_leaves_none_of_its_figures(tmp_path,
                                                                             monkeypatch, capsys):
    from nbclient.exceptions import CellTimeoutError

    module = _script()
    out = tmp_path / "out"

    def half_then_time_out(path, corpus, timeout, parameters, out_dir):
        (out_dir / "figures").mkdir(parents=True, exist_ok=True)
        (out_dir / "figures" / "half.png").write_bytes(b"half")
        raise CellTimeoutError("A cell timed out while it was being executed, after 5 seconds.")

    monkeypatch.setattr(module, "run", half_then_time_out)
    assert module.main(["--out", str(out), str(NOTEBOOK)]) == 1
    assert list((out / "figures").iterdir()) == []
    assert capsys.readouterr().err == (f"error: {NOTEBOOK} stopped: CellTimeoutError: A cell "
                                       "timed out while it was being executed, after 5 "
                                       "seconds.\n")
