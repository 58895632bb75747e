"""The slow corpus commands (reuse, quotes, duplicates, keyphrases) show a progress bar on a
terminal and stay silent elsewhere (:func:`analysis.progress.progress_bar`, tqdm's
``disable=None``). Invented coverage: two wire rewrites sharing one long passage."""

from __future__ import annotations

import json

import pytest

from analysis.corpus import load_corpus
from analysis.corpus.duplicates import find_duplicates
from analysis.metrics.keyphrases import keyphrases_jsonl
from analysis.reuse import quotation_clusters, shared_passages

SHARED = ("The two presidents agreed to form a Nuclear Consultative Group that will meet "
          "regularly to discuss nuclear planning on the Korean Peninsula.")
TEXTS = {
    "wire_a": f"WASHINGTON (invented wire) - {SHARED} \"This is a historic step,\" an aide said.",
    "paper_b": f"Seoul welcomed the deal on Thursday. {SHARED} Critics in Seoul were unmoved.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wire")
    for stem, text in TEXTS.items():
        (folder / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
    return load_corpus(folder)


@pytest.mark.parametrize("name, total, run", [
    ("reuse", 1, lambda c, p: shared_passages(c, progress=p)),  # one candidate pair
    ("quotes", 2, lambda c, p: quotation_clusters(c, progress=p)),
    ("duplicates", 2, lambda c, p: find_duplicates(c, progress=p)),
    ("keyphrases", 2, lambda c, p: list(keyphrases_jsonl(c, k=3, progress=p))),
])
def test_a_bar_counts_the_work_only_when_asked_or_on_a_terminal(corpus, capsys, name, total,
                                                                  run):
    shown = run(corpus, True)
    err = capsys.readouterr().err
    assert f"{name}: 100%" in err and f"{total}/{total}" in err
    silent = run(corpus, None)  # captured standard error is no terminal: no bar
    assert capsys.readouterr().err == ""
    if name == "reuse":
        assert len(shown) == len(silent) == 1
        assert shown.loc[0, "n_words"] == len(SHARED.split())


def test_reading_a_table_of_articles_counts_the_rows_read(tmp_path, capsys):
    from analysis.pipeline import metric_table_parallel

    table = tmp_path / "export.jsonl"
    table.write_text("".join(json.dumps({"id": n, "text": text}) + "\n"
                             for n, text in enumerate(TEXTS.values(), start=1)), encoding="utf-8")
    shown = metric_table_parallel(table, "document", jobs=1, progress=True)
    err = capsys.readouterr().err
    assert "reading: 2doc" in err and "metrics: 100%" in err
    silent = metric_table_parallel(table, "document", jobs=1)  # no terminal: no bar
    assert capsys.readouterr().err == ""
    assert list(shown["doc_id"]) == list(silent["doc_id"]) == ["1", "2"]


def test_the_python_api_s_loading_and_sentence_table_count_their_documents(tmp_path, capsys):
    # load_corpus and sentence_table had no bar: a long run on a terminal showed nothing
    from analysis.tables.sentences import sentence_table

    for stem, text in TEXTS.items():
        (tmp_path / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
    loaded = load_corpus(tmp_path, progress=True)
    table = sentence_table(loaded, progress=True)
    err = capsys.readouterr().err
    assert "load_corpus: 2doc" in err and "sentence table: 100%" in err and "2/2" in err
    assert len(load_corpus(tmp_path)) == 2 and len(sentence_table(loaded)) == len(table)
    assert capsys.readouterr().err == ""  # no terminal, not asked: no bar
