"""Listing a corpus folder: analysis.corpus.load.corpus_files and the items of
analysis.pipeline.source_of (paths as Path objects give them, ids relative and POSIX)."""

from __future__ import annotations

import os

from analysis.corpus.load import corpus_files, text_files
from analysis.pipeline import source_of

NAMES = ("z.txt", "a.b.txt", "b/x.txt", "b/c/y.txt", ".hidden/h.txt", "a/q.txt", "a/.dot.txt",
         "b/c/notes.json", "sp ace.txt", "B.txt")


def _folder(tmp_path):
    for name in NAMES:
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Seoul and Washington agreed on the NCG.", encoding="utf-8")
    return tmp_path / "corpus"


def test_files_are_sorted_by_relative_path_without_hidden_ones(tmp_path):
    root = _folder(tmp_path)
    rel = [r for _, r in corpus_files(root)]
    assert rel == ["B.txt", "a.b.txt", "a/q.txt", "b/c/y.txt", "b/x.txt", "sp ace.txt", "z.txt"]
    assert [str(p) for p in text_files(root)] == [str(root / r) for r in rel]


def test_source_items_are_paths_and_ids_relative_to_the_folder(tmp_path, monkeypatch):
    root = _folder(tmp_path)
    items = source_of(root / "b").items
    assert items == ((str(root / "b" / "c" / "y.txt"), "c/y"), (str(root / "b" / "x.txt"), "x"))
    # A relative, unnormalised folder gives the paths Path would give ("corpus/z.txt").
    monkeypatch.chdir(tmp_path)
    items = source_of(f".{os.sep}corpus{os.sep}{os.sep}").items
    assert items[0] == (os.path.join("corpus", "B.txt"), "B")
    assert items[1] == (os.path.join("corpus", "a.b.txt"), "a.b")
    assert len(items) == 7
