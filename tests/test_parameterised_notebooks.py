"""Every notebook runs unchanged on another corpus (``make figures CORPUS=...``).

Every notebook is executed on the invented multi-outlet fixture corpus in a temporary copy
of the project layout, with the corpus passed as ``scripts/run_notebooks.py`` passes it
(papermill's ``injected-parameters`` cell after the cell tagged ``parameters``). Checks: no cell
fails, every figure lands in ``figures/outlets-<hash>/`` (named after the corpus and its path
like the ``build/`` folder, never the top-level ``figures/`` of the seeds), and the commentary
speaks of four articles from three outlets rather than assuming a single article.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "outlets"
FIGURES = {"voice_through_coverage", "speakers", "readability_measures",
           "readability_by_paragraph", "keyphrases", "keyness", "actor_mentions",
           "frame_trajectory", "frames_by_voice", "actor_tone", "synthesis_dashboard",
           "quotations_by_outlet", "reuse_share_by_outlet", "articles_per_day",
           "frame_shares_by_week"}
"""Every figure of the notebooks but ``reference_reuse`` (drawn only for reference texts,
which the fixture corpus has none of)."""


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    from nbclient import NotebookClient
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    project = tmp_path_factory.mktemp("project")
    (project / "notebooks").mkdir()
    (project / "figures").mkdir()
    shutil.copytree(ROOT / "data", project / "data")
    texts = {}
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        # the parameters as scripts/run_notebooks.py gives them: papermill's injected cell
        nb = parameterize_notebook(load_notebook_node(str(path)), {"CORPUS": str(FIXTURE)},
                                   kernel_name="python3", language="python")
        assert any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
        target = project / "notebooks" / path.name
        NotebookClient(nb, timeout=300, kernel_name="python3", record_timing=False,
                       resources={"metadata": {"path": str(target.parent)}}).execute()
        texts[path.stem] = json.dumps([c.get("outputs", []) for c in nb.cells
                                       if c.cell_type == "code"])
    return project, texts


def test_every_notebook_ran_without_error(executed):
    _, texts = executed
    assert sorted(texts) == ["01_corpus", "02_readability", "03_keywords", "04_stance",
                             "05_synthesis", "06_reuse", "07_timeline"]
    for name, text in texts.items():
        assert '"output_type": "error"' not in text, name
        assert "Corpus(name='outlets', documents=4" in text, name


def test_figures_go_to_a_folder_named_after_the_corpus_and_its_path(executed):
    from analysis.report.notebook import build_name

    project, _ = executed
    assert build_name(FIXTURE).startswith("outlets-")
    assert [p.name for p in (project / "figures").iterdir()] == [build_name(FIXTURE)]
    written = {p.stem for p in (project / "figures" / build_name(FIXTURE)).iterdir()}
    assert written == FIGURES
    assert not [p for p in (project / "figures").iterdir() if p.is_file()]


def test_commentary_speaks_of_several_articles(executed):
    _, texts = executed
    assert "Of the 29 sentences of the 4 articles" in texts["04_stance"]
    assert "holds 4 articles from 3 outlets, published between 26 April 2023 and 2 May 2023" \
        in texts["05_synthesis"]
    # The synthesis compares outlets, the only field with several values; two of the three
    # have a single article, so none is ranked.
    assert ("The outlet groups are not ranked by composite grade: 2 of the 3 hold a single "
            "article") in texts["05_synthesis"]
    assert "hardest" not in texts["05_synthesis"]


@pytest.fixture(autouse=True)
def _headless(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
