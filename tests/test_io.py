"""analysis.io: the one atomic writer (permissions, missing folders, failures, protected
folders) and the table formats (CSV, JSON lines, Parquet; tuples joined with "; ")."""

from __future__ import annotations

import json
import math
import os
import stat
from contextlib import contextmanager

import pandas as pd
import pytest

from analysis.io import (
    atomic_path,
    csv_rows,
    flat_table,
    format_table,
    guard_output,
    write_bytes_atomic,
    write_table,
    write_text_atomic,
)

from .conftest import SEED_DIR


@contextmanager
def umask(mask: int):
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_written_files_honour_the_umask(tmp_path, mask, mode):
    # a new file gets 0o666 & ~umask, as open() would give it (not mkstemp's private 0o600)
    with umask(mask):
        path = write_text_atomic(tmp_path / "out.txt", "text\n")
    assert _mode(path) == mode
    assert path.read_text(encoding="utf-8") == "text\n"


@pytest.mark.parametrize("mask", [0o022, 0o027])
def test_model_files_are_written_atomically_with_the_umask(tmp_path, mask):
    from analysis.corpus.tagger import load_tagger, write_tagger_file

    with umask(mask):
        path = write_bytes_atomic(tmp_path / "m.bin", b"\x00\x01")
        weights = tmp_path / "tagger.npz"
        payload = write_tagger_file(load_tagger(), weights)
    assert _mode(path) == _mode(weights) == 0o666 & ~mask
    assert path.read_bytes() == b"\x00\x01" and weights.read_bytes() == payload
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.bin", "tagger.npz"]


def test_a_missing_folder_is_an_error_naming_it_unless_asked_to_create_it(tmp_path):
    target = tmp_path / "typo" / "sub" / "out.txt"
    with pytest.raises(FileNotFoundError, match=f"folder {target.parent} does not exist"):
        write_text_atomic(target, "x")
    assert not (tmp_path / "typo").exists()
    write_text_atomic(target, "x", create_parents=True)
    assert target.read_text(encoding="utf-8") == "x"


def test_a_failure_inside_the_block_keeps_the_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("previous\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="half way"), atomic_path(target) as tmp:
        tmp.write_text("half a table", encoding="utf-8")
        raise RuntimeError("half way")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_outputs_inside_the_seeds_or_the_input_folder_are_refused(tmp_path):
    with pytest.raises(ValueError, match="refusing to write inside the input folder"):
        guard_output(SEED_DIR / "table.csv", str(SEED_DIR))
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    with pytest.raises(ValueError, match="refusing to write inside"):
        guard_output(corpus / "sub" / "t.csv", str(corpus))
    guard_output(tmp_path / "t.csv", str(corpus))  # beside the corpus: fine


def test_a_single_input_file_protects_itself_and_its_sidecar_not_its_folder(tmp_path):
    stories = tmp_path / "stories.csv"
    stories.write_text("id,text\n1,Seoul said.\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        guard_output(stories, str(stories))
    assert str(info.value) == (f"{stories}: refusing to overwrite the input file "
                               f"{stories.resolve()} (inputs are never overwritten); write "
                               f"elsewhere, for example {tmp_path.resolve()}/stories_metrics.csv")
    with pytest.raises(ValueError, match="refusing to overwrite the sidecar of a.txt"):
        guard_output(tmp_path / "a.json", str(tmp_path / "a.txt"))
    # beside it, or in a folder under its folder, is fine: only the file is an input
    guard_output(tmp_path / "stories_sentences.csv", str(stories))
    guard_output(tmp_path / "out" / "stories.csv", str(stories))


def test_no_article_like_output_beside_a_single_input_file(tmp_path):
    # the folder would later load quotes.txt as an article of its own
    story = tmp_path / "korea.txt"
    story.write_text("Seoul said.\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        guard_output(tmp_path / "quotes.txt", str(story))
    assert str(info.value) == (f"{tmp_path / 'quotes.txt'}: refusing to write a .txt file "
                               "beside the input korea.txt: loading that folder would read it "
                               "as an article; write a .csv, .jsonl or .parquet file, or "
                               "elsewhere")
    with pytest.raises(ValueError, match="a .HTML file beside"):
        guard_output(tmp_path / "page.HTML", str(story))
    guard_output(tmp_path / "korea_quotes.jsonl", str(story))
    guard_output(tmp_path / "out" / "quotes.txt", str(story))


def test_output_in_seeds_with_an_input_elsewhere_names_the_seeds_folder(tmp_path):
    with pytest.raises(ValueError) as info:
        guard_output(SEED_DIR / "out.csv", str(tmp_path / "corpus.csv"))
    assert str(info.value) == (f"{SEED_DIR / 'out.csv'}: refusing to write inside the project's "
                               f"seeds folder {SEED_DIR.resolve()} (inputs are never "
                               "overwritten); write elsewhere")


def test_a_symlink_loop_as_input_is_not_an_error_of_the_guard(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    out = tmp_path.parent / f"{tmp_path.name}_out.csv"
    guard_output(out, str(tmp_path / "a.txt"))  # the reader reports the loop, not the guard
    with pytest.raises(ValueError, match="refusing"):
        guard_output(tmp_path / "a.txt", str(tmp_path / "a.txt"))


def _table() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["a", "b"],
        "paragraph": pd.array([1, pd.NA], dtype="Int64"),
        "speakers": [("Biden", "Yoon Suk Yeol"), ()],
        "tone": [0.25, math.nan],
        "date": pd.to_datetime(["2023-04-26", None]),
        "reason": ["", "empty"],
    })


def test_tuples_are_joined_only_when_written():
    table = _table()
    flat = flat_table(table)
    assert flat["speakers"].tolist() == ["Biden; Yoon Suk Yeol", ""]
    assert table["speakers"].tolist() == [("Biden", "Yoon Suk Yeol"), ()]  # a copy
    plain = table[["doc_id", "tone"]]
    assert flat_table(plain) is plain  # nothing to join: no copy


def test_csv_and_jsonl_text_checked_by_hand():
    table = _table()
    assert format_table(table, "csv") == (
        "doc_id,paragraph,speakers,tone,date,reason\n"
        "a,1,Biden; Yoon Suk Yeol,0.25,2023-04-26,\n"
        "b,,,,,empty\n")
    assert format_table(table, "csv", header=False).startswith("a,1,")
    lines = format_table(table, "jsonl").splitlines()
    assert json.loads(lines[0]) == {"doc_id": "a", "paragraph": 1,
                                    "speakers": "Biden; Yoon Suk Yeol", "tone": 0.25,
                                    "date": "2023-04-26", "reason": ""}
    assert json.loads(lines[1]) == {"doc_id": "b", "paragraph": None, "speakers": "",
                                    "tone": None, "date": None, "reason": "empty"}
    assert format_table(table.head(0), "jsonl") == ""
    with pytest.raises(ValueError, match="csv or jsonl"):
        format_table(table, "xlsx")


def test_write_table_in_every_format(tmp_path):
    pytest.importorskip("pyarrow")
    table = _table()
    for fmt in ("csv", "jsonl"):
        path = write_table(table, tmp_path / f"t.{fmt}", fmt)
        assert path.read_text(encoding="utf-8") == format_table(table, fmt)
    back = pd.read_parquet(write_table(table, tmp_path / "t.parquet", "parquet"))
    assert back["speakers"].tolist() == ["Biden; Yoon Suk Yeol", ""]
    assert back["paragraph"].tolist()[0] == 1 and pd.isna(back["paragraph"].tolist()[1])
    assert back["tone"].tolist()[0] == 0.25 and math.isnan(back["tone"].tolist()[1])
    with pytest.raises(ValueError, match="format must be one of csv, jsonl, parquet"):
        write_table(table, tmp_path / "t.xlsx", "xlsx")


def test_a_missing_speaker_is_null_in_parquet_and_empty_in_csv(tmp_path):
    pytest.importorskip("pyarrow")
    table = pd.DataFrame({"doc_id": ["a", "a", "a"], "text": ["x", "", "z"],
                          "speaker": ["Yoon Suk Yeol", "", ""],
                          "actor": ["Yoon Suk Yeol", "", None], "reason": ["", "empty", ""]})
    csv = write_table(table, tmp_path / "t.csv", "csv").read_text(encoding="utf-8")
    assert csv.splitlines()[2:] == ["a,,,,empty", "a,z,,,"]
    back = pd.read_parquet(write_table(table, tmp_path / "t.parquet", "parquet"))
    assert back["speaker"].isna().tolist() == [False, True, True]
    assert back["actor"].isna().tolist() == [False, True, True]
    assert back.loc[0, "speaker"] == "Yoon Suk Yeol"
    # other text keeps "": an empty sentence text and "no reason" are values, not missing
    assert back["text"].tolist() == ["x", "", "z"] and back["reason"].tolist()[0] == ""
    # the table itself is left as it was
    assert table["speaker"].tolist() == ["Yoon Suk Yeol", "", ""]


def test_an_output_that_is_a_pipe_or_a_folder_is_refused_before_any_writing(tmp_path):
    fifo = tmp_path / "table.fifo"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file") as info:
        write_text_atomic(fifo, "doc_id\n")
    assert info.value.filename == str(fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still the pipe, not replaced by a file
    with pytest.raises(IsADirectoryError):
        write_text_atomic(tmp_path, "doc_id\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.fifo"]  # no temporary left


def test_export_to_a_pipe_fails_before_reading_the_corpus(tmp_path, capsys):
    from analysis.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "yonhap.txt").write_text("Seoul and Washington agreed on a new consultative "
                                       "group on Wednesday.", encoding="utf-8")
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    assert main(["export", str(corpus), "-o", str(fifo)]) == 2
    assert capsys.readouterr().err == (f"error: {fifo}: cannot write (not a regular file (a pipe "
                                       "or a device); write to a file, or to standard output "
                                       "without -o)\n")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def _pandas_rows(table: pd.DataFrame) -> str:
    return flat_table(table).to_csv(index=False, lineterminator="\n", header=False)


def test_csv_rows_are_pandas_rows_for_every_kind_of_cell():
    # The kinds of column a metric table has, with the cells that need care: quotes, commas,
    # newlines and a carriage return in text, missing values of each kind, floats large,
    # small and negative zero, dates with and without a time.
    table = pd.DataFrame({
        "doc_id": pd.array(["yna-0427", "kcna-0430", None], dtype="str"),
        "paragraph": pd.array([1, None, 3], dtype="Int64"),
        "title": ['Yoon, Biden sign "Washington Declaration"', None, float("nan")],
        "date": pd.to_datetime(["2023-04-26", None, "2023-04-30"]),
        "text": ["SEOUL, April 27 (Yonhap) --\nThe allies agreed.", "line one\rline two",
                 ""],
        "n_words": [42, 0, 7],
        "flag": [True, False, True],
        "tone": [0.1 + 0.2, float("nan"), -0.0],
        "rate": [1e16, 1.5e-05, 123456.789],
        "speakers": [("Yoon Suk Yeol", "Joe Biden"), (), None],
        "keyphrases": [("nuclear consultative group", 'the "Washington Declaration"'),
                       ["extended deterrence, allies"], 1.5],
    })
    assert csv_rows(table) == _pandas_rows(table)
    assert csv_rows(table).splitlines()[0] == ('yna-0427,1,"Yoon, Biden sign ""Washington '
                                               'Declaration""",2023-04-26,"SEOUL, April 27 '
                                               '(Yonhap) --')
    timed = table.assign(date=pd.to_datetime(["2023-04-26 08:00", None, "2023-04-30 00:00"]))
    assert csv_rows(timed) == _pandas_rows(timed)
    assert 'Declaration""",2023-04-26 08:00:00,"SEOUL' in csv_rows(timed)
    assert csv_rows(table).endswith(',7,True,-0.0,123456.789,,1.5\n')
    assert 'Yoon Suk Yeol; Joe Biden,"nuclear consultative group; the ""Washington' in csv_rows(
        table)


def test_csv_rows_quote_what_the_csv_module_quotes():
    # With pandas' dialect the csv module quotes a cell holding a comma, a quote or a
    # newline, and no other character (a carriage return stays bare).
    import csv
    import io

    quoted = []
    for code in range(0x3100):
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow([f"a{chr(code)}b", "x"])
        if out.getvalue().startswith('"'):
            quoted.append(chr(code))
    assert quoted == ["\n", '"', ","]
    table = pd.DataFrame({"a": [f"a{chr(c)}b" for c in range(0x3100)], "b": "x"})
    assert csv_rows(table) == _pandas_rows(table)


def test_csv_rows_leave_other_columns_to_pandas():
    assert csv_rows(pd.DataFrame({"a": pd.Categorical(["x"]), "b": [1]})) is None
    assert csv_rows(pd.DataFrame({"a": [""]})) is None  # csv quotes a lone empty cell


def test_the_sidecar_read_beside_a_linked_input_file_is_protected(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "in").mkdir()
    (tmp_path / "real" / "story.txt").write_text("Seoul said.", encoding="utf-8")
    (tmp_path / "in" / "story.txt").symlink_to(tmp_path / "real" / "story.txt")
    (tmp_path / "in" / "story.json").write_text('{"outlet": "X"}', encoding="utf-8")
    # the loader reads in/story.json, the sidecar beside the path it is given
    with pytest.raises(ValueError, match="refusing to overwrite the sidecar of story.txt"):
        guard_output(tmp_path / "in" / "story.json", str(tmp_path / "in" / "story.txt"))
