"""Figures are saved byte-reproducibly, with a caption, by one helper."""

from __future__ import annotations

import hashlib

from analysis.config import figures_dir
from analysis.report.figures import caption_text, new_figure, save_figure
from tests.conftest import ROOT


def _draw():
    fig, ax = new_figure(figsize=(3, 2))
    ax.plot([1, 2, 3], [3, 1, 2], label="line")
    ax.set_title("A finding")
    return fig


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_saves_give_identical_bytes(tmp_path):
    # save_figure returns None (a notebook cell ending with it shows only the figure) and
    # creates the folder it is given
    assert save_figure(_draw(), "demo", tmp_path / "a", caption="Corpus: x", show=False) is None
    save_figure(_draw(), "demo", tmp_path / "b", caption="Corpus: x", show=False)
    for ext in ("png", "svg"):
        assert _digest(tmp_path / "a" / f"demo.{ext}") == _digest(tmp_path / "b" / f"demo.{ext}")


def test_saved_files_carry_no_volatile_metadata(tmp_path):
    save_figure(_draw(), "demo", tmp_path, show=False)
    png, svg = tmp_path / "demo.png", tmp_path / "demo.svg"
    assert b"Software" not in png.read_bytes()
    text = svg.read_text()
    assert "<dc:date>" not in text
    assert png.read_bytes().startswith(b"\x89PNG")


def test_no_temporary_files_are_left_behind(tmp_path):
    save_figure(_draw(), "demo", tmp_path, show=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.png", "demo.svg"]


def test_caption_names_corpus_size_and_version():
    from analysis import __version__

    assert caption_text("seeds", 1) == f"Corpus: seeds (1 document) · analysis {__version__}"
    assert caption_text("wires", 12).startswith("Corpus: wires (12 documents)")


def test_figures_folder_is_named_after_the_corpus_and_stays_inside(tmp_path):
    assert figures_dir("seeds", root=tmp_path) == tmp_path
    assert figures_dir("outlets 2023", root=tmp_path) == tmp_path / "outlets_2023"
    assert figures_dir("../../etc", root=tmp_path).parent == tmp_path


def test_figures_dir_of_a_corpus_object_checks_where_the_seeds_are(tmp_path):
    from analysis.corpus import Corpus

    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    root = project / "figures"
    assert figures_dir(Corpus([], name="seeds", root=str(project / "seeds")), root=root) == root
    # Another folder that is also called seeds must not write over the committed figures.
    other = Corpus([], name="seeds", root=str(tmp_path / "elsewhere" / "seeds"))
    assert figures_dir(other, root=root) == root / "seeds_other"
    assert figures_dir(Corpus([], name="herald", root=str(tmp_path / "herald")),
                       root=root) == root / "herald"


def test_figures_of_two_folders_with_one_name_never_mix(tmp_path):
    from analysis.report.notebook import build_name, setup

    for side in ("a", "b"):
        (tmp_path / side / "herald").mkdir(parents=True)
        (tmp_path / side / "herald" / "one.txt").write_text(
            "Seoul and Washington signed the declaration on Wednesday.\n", encoding="utf-8")
    root = tmp_path / "project" / "figures"
    a = setup(tmp_path / "a" / "herald", figures_root=root).figures
    b = setup(tmp_path / "b" / "herald", figures_root=root).figures
    assert a == root / build_name(tmp_path / "a" / "herald") != b
    assert a.name.startswith("herald-") and len(a.name) == len("herald-") + 8
    assert setup(ROOT / "seeds", figures_root=ROOT / "figures").figures == ROOT / "figures"
