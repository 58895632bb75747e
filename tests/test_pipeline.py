"""The streamed, chunked, parallel engine gives the rows of ``metric_table``, unchanged."""

from __future__ import annotations

import io
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus import Document, load_corpus
from analysis.errors import CorpusError
from analysis.export import metric_table
from analysis.io import format_table
from analysis.metrics import keyphrases as keywords
from analysis.metrics.tone import LONG_TONE_NOTE, TONE_COLUMNS, TONE_MAX_WORDS, tone_scores
from analysis.pipeline import (
    iter_metric_tables,
    metric_table_parallel,
    run_export,
    source_of,
)
from analysis.progress import progress_bar
from analysis.tables.sentences import sentence_table

from .conftest import ROOT, SEED_DIR

OUTLETS = ROOT / "tests" / "fixtures" / "outlets"


def assert_same_table(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """Every column equal, dtypes included, to the last bit (``composite_grade`` too: it is
    summed row by row, so a row's value does not depend on how many rows share its chunk)."""
    assert list(got.columns) == list(want.columns)
    assert got.dtypes.equals(want.dtypes)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True),
                                  check_exact=True)


@pytest.mark.parametrize("unit", ["document", "paragraph", "sentence"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_seed_export_is_byte_identical_to_metric_table(tmp_path, unit, fmt):
    want = format_table(metric_table(load_corpus(SEED_DIR), unit=unit), fmt)
    out = tmp_path / f"seed.{fmt}"
    assert run_export(SEED_DIR, out, unit=unit, fmt=fmt, jobs=2, chunk_size=1,
                      progress=False) == 1
    assert out.read_text(encoding="utf-8") == want


@pytest.mark.parametrize("unit", ["document", "sentence"])
def test_one_chunk_per_worker_gives_the_same_bytes_as_metric_table(tmp_path, unit):
    want = format_table(metric_table(load_corpus(OUTLETS), unit=unit), "csv")
    out = tmp_path / "outlets.csv"
    assert run_export(OUTLETS, out, unit=unit, jobs=1, chunk_size=100, progress=False) == 4
    assert out.read_text(encoding="utf-8") == want


@pytest.mark.parametrize("unit", ["document", "paragraph", "sentence"])
@pytest.mark.parametrize(("jobs", "chunk_size"), [(1, 1), (2, 3)])
def test_chunked_parallel_table_equals_metric_table(unit, jobs, chunk_size):
    want = metric_table(load_corpus(OUTLETS), unit=unit)
    got = metric_table_parallel(OUTLETS, unit=unit, jobs=jobs, chunk_size=chunk_size,
                                progress=False)
    assert_same_table(got, want)


def test_chunks_are_scored_with_the_whole_corpus_keyphrase_frequencies():
    corpus = load_corpus(OUTLETS)
    chunks = list(iter_metric_tables(OUTLETS, jobs=1, chunk_size=1, progress=False,
                                     corpus_df=True))
    assert [len(c) for c in chunks] == [1, 1, 1, 1]
    got = pd.concat(chunks)["keyphrases"].tolist()
    assert got == metric_table(corpus, corpus_df=True)["keyphrases"].tolist()
    # A document alone (no corpus frequencies) ranks differently, so the test has teeth.
    alone = [tuple(p for p, _ in keywords.extract_keyphrases(d.text, 10)) for d in corpus]
    assert alone != got


def test_by_default_each_document_is_scored_alone():
    corpus = load_corpus(OUTLETS)
    alone = [tuple(p for p, _ in keywords.extract_keyphrases(d.text, 10)) for d in corpus]
    assert metric_table(corpus)["keyphrases"].tolist() == alone
    chunks = list(iter_metric_tables(OUTLETS, jobs=1, chunk_size=3, progress=False))
    assert pd.concat(chunks)["keyphrases"].tolist() == alone


def test_single_word_frequencies_score_keyphrases_as_the_full_table_does():
    texts = [d.text for d in load_corpus(OUTLETS)] + [d.text for d in load_corpus(SEED_DIR)]
    full, n = keywords.document_frequencies(texts)
    words, n_words = keywords.word_document_frequencies(texts)
    assert n == n_words == 5
    assert words == {k: v for k, v in full.items() if " " not in k}
    for text in texts:
        assert keywords.extract_keyphrases(text, 10, doc_freq=words, n_docs=n) == \
            keywords.extract_keyphrases(text, 10, doc_freq=full, n_docs=n)


def test_documents_in_memory_are_processed_like_files():
    corpus = load_corpus(OUTLETS)
    got = metric_table_parallel(corpus, unit="paragraph", jobs=2, chunk_size=2,
                                progress=False)
    assert_same_table(got, metric_table(corpus, unit="paragraph"))


def _folder_with_bad_file(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for src in sorted(OUTLETS.glob("*.txt")):
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    return folder


def test_bad_file_is_skipped_with_one_warning_and_the_rest_exported(tmp_path):
    folder = _folder_with_bad_file(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = metric_table_parallel(folder, jobs=2, chunk_size=2, progress=False)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1 and messages[0].startswith("skipped ")
    assert "bad.txt: binary file" in messages[0]
    assert got["doc_id"].tolist() == [p.stem for p in sorted(OUTLETS.glob("*.txt"))]


def test_csv_has_one_header_when_the_first_chunk_is_all_skipped(tmp_path):
    folder = _folder_with_bad_file(tmp_path)  # bad.txt sorts first: chunk 1 is empty
    out = tmp_path / "table.csv"
    with pytest.warns(UserWarning, match="skipped"):
        assert run_export(folder, out, jobs=1, chunk_size=1, progress=False) == 4
    with pytest.warns(UserWarning, match="skipped"):
        want = format_table(metric_table(load_corpus(folder)), "csv")
    assert out.read_text(encoding="utf-8").count("doc_id,") == 1
    assert_same_table(pd.read_csv(out), pd.read_csv(io.StringIO(want)))


def test_strict_run_stops_at_a_bad_file_before_writing_anything(tmp_path):
    folder = _folder_with_bad_file(tmp_path)
    out = tmp_path / "out" / "table.csv"
    out.parent.mkdir()
    with pytest.raises(CorpusError, match="bad.txt: binary file"):
        run_export(folder, out, jobs=2, chunk_size=1, errors="raise", progress=False)
    assert list(out.parent.iterdir()) == []  # no table, no temporary file left behind


def test_an_all_bad_folder_is_an_error_listing_each_file(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"\x00\x01binary")
    (folder / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "table.csv"
    with pytest.warns(UserWarning, match="skipped"), \
            pytest.raises(CorpusError, match=r"every file was skipped \(a\.txt: binary file"
                                             r".*; b\.txt: "):
        run_export(folder, out, jobs=1, chunk_size=1, progress=False)
    assert not out.exists()


@pytest.mark.parametrize("corpus_df", [False, True])
def test_each_file_is_read_once(tmp_path, monkeypatch, corpus_df):
    import analysis.corpus.documents as documents
    import analysis.pipeline as pipeline

    reads = []
    real = documents.read_text

    def counting(path, *args, **kwargs):
        reads.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(documents, "read_text", counting)
    monkeypatch.setattr(pipeline, "read_text", counting)
    run_export(OUTLETS, tmp_path / "t.csv", jobs=1, chunk_size=2, progress=False,
               corpus_df=corpus_df)
    files = sorted(p.name for p in OUTLETS.glob("*.txt"))
    # corpus_df needs the corpus's frequencies before the first chunk: one more pass, by design
    assert sorted(reads) == (sorted(files * 2) if corpus_df else files)


def test_writing_into_a_missing_folder_names_it(tmp_path):
    out = tmp_path / "typo" / "table.csv"
    with pytest.raises(FileNotFoundError, match=r"folder .*typo does not exist"):
        run_export(OUTLETS, out, jobs=1, progress=False)
    assert not out.parent.exists()


def test_cli_flags_give_the_same_output_as_one_process(tmp_path, capsys):
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    assert main(["export", str(OUTLETS), "--format", "jsonl", "--unit", "sentence",
                 "--jobs", "1", "-o", str(one)]) == 0
    assert main(["export", str(OUTLETS), "--format", "jsonl", "--unit", "sentence",
                 "--jobs", "2", "--chunk-size", "1", "--no-progress", "-o", str(many)]) == 0
    assert_same_table(pd.read_json(many, lines=True), pd.read_json(one, lines=True))
    assert capsys.readouterr().err == ""


def test_local_parquet_export_holds_the_metric_table(tmp_path, capsys):
    pytest.importorskip("pyarrow")
    out = tmp_path / "t.parquet"
    assert main(["export", str(OUTLETS), "--format", "parquet", "--jobs", "2",
                 "--chunk-size", "1", "-o", str(out)]) == 0
    got = pd.read_parquet(out)
    want = metric_table(load_corpus(OUTLETS))
    assert list(got.columns) == list(want.columns) and len(got) == 4
    # tuples are written as "; "-joined text, as in CSV
    assert got["keyphrases"].tolist() == ["; ".join(k) for k in want["keyphrases"]]
    assert got["flesch_kincaid_grade"].tolist() == want["flesch_kincaid_grade"].tolist()
    assert main(["export", str(OUTLETS), "--format", "parquet"]) == 2
    assert "needs -o FILE" in capsys.readouterr().err


def test_cli_refuses_a_scheduler_without_dask(capsys):
    assert main(["export", str(OUTLETS), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "needs --engine dask" in capsys.readouterr().err


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path, capsys):
    with progress_bar(3, "auto") as bar:  # pytest captures stderr: not a terminal
        assert bar.disable
    run_export(OUTLETS, tmp_path / "t.csv", jobs=1, chunk_size=1)
    assert capsys.readouterr().err == ""


def test_progress_bar_is_drawn_when_asked(tmp_path, capsys):
    run_export(OUTLETS, tmp_path / "t.csv", jobs=1, chunk_size=1, progress=True)
    err = capsys.readouterr().err
    assert "metrics" in err and "4/4" in err
    with progress_bar(3, "quiet", enabled=False) as bar:
        bar.update(3)
    assert capsys.readouterr().err == ""


def test_source_lists_files_without_reading_them(tmp_path):
    src = source_of(OUTLETS)
    assert [doc_id for _, doc_id in src.items] == [p.stem for p in sorted(OUTLETS.glob("*.txt"))]
    assert src.limits.errors == "warn" and src.name == "outlets"
    with pytest.raises(CorpusError, match="folder holds no .txt or .html files"):
        source_of(tmp_path)


def test_import_analysis_loads_no_heavy_library():
    code = ("import sys, analysis, analysis.cli; "
            "print(sorted(m for m in ('pandas', 'numpy', 'sklearn', 'tqdm', 'dask') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_a_sentence_too_long_for_vader_gets_nan_tone_with_a_reason():
    at_limit = " ".join(["good"] * TONE_MAX_WORDS)
    assert tone_scores(at_limit)["tone"] > 0.9
    over = tone_scores(at_limit + " good")
    assert all(over[k] != over[k] for k in TONE_COLUMNS)  # NaN
    assert over["tone_note"] == LONG_TONE_NOTE and "not scored" in over["tone_note"]
    # In the sentence table the note becomes the row's reason.
    row = sentence_table([Document.from_text(at_limit + " good.", doc_id="long")],
                         metrics=("tone",)).iloc[0]
    assert row["tone"] != row["tone"] and row["reason"] == f"tone: {LONG_TONE_NOTE}"


def test_garbage_collector_state_is_restored_after_each_chunk():
    import gc

    assert gc.isenabled()
    metric_table_parallel(OUTLETS, jobs=1, chunk_size=2, progress=False)
    assert gc.isenabled()
    gc.disable()
    try:
        metric_table_parallel(OUTLETS, jobs=1, chunk_size=2, progress=False)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_only_a_worker_freezes_what_a_chunk_leaves_behind(monkeypatch):
    import gc

    from analysis import workers

    kept = []
    frozen = gc.get_freeze_count()
    metric_table_parallel(OUTLETS, jobs=1, chunk_size=2, progress=False)
    with workers.gc_paused():
        kept.append([object()])  # a tracked object that outlives the "chunk"
    # The caller's own process (jobs=1): its objects stay in the collector's reach.
    assert gc.get_freeze_count() == frozen and gc.is_tracked(kept[-1])
    monkeypatch.setattr(workers.WorkerState, "freeze_chunks", True)
    try:
        with workers.gc_paused():
            kept.append([object()])
        assert gc.get_freeze_count() > frozen  # the list above among them
        assert gc.isenabled()
    finally:
        gc.unfreeze()  # the test process's objects back where they were
