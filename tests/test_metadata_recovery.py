"""One bad metadata field never costs the article: unreadable dates become NaT with a reason
and a warning naming the file, row and value; lists are joined; a folder names the files it
does not read; ``--strict`` turns the date problems into errors."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus import load_corpus

ROWS = ('id,publish_date,media_name,text\n'
        'a1,04/26/2023,Harbor Times,"Biden and Yoon signed the Washington Declaration."\n'
        'a2,"April 28, 2023",Ridge Daily,"North Korea warned of an overwhelming response."\n'
        'a3,05/04/2023,Seoul Ledger,"A US submarine will make a port call, officials said."\n')


def test_csv_with_written_dates_keeps_every_row(tmp_path):
    table = tmp_path / "export.csv"
    table.write_text(ROWS, encoding="utf-8")
    with pytest.warns(UserWarning) as record:
        corpus = load_corpus(table)
    assert [str(w.message) for w in record] == [
        f"{table}: row 3: field 'date': '05/04/2023' is ambiguous (day and month could be either "
        "way round); write it as YYYY-MM-DD or name the order (date_order / --date-order dmy "
        "or mdy); date left empty (NaT), text kept"]
    meta = corpus.metadata()
    assert meta["doc_id"].tolist() == ["a1", "a2", "a3"]
    assert meta["date"].fillna("").tolist() == ["2023-04-26", "2023-04-28", ""]
    assert meta["reason"].fillna("").tolist() == [
        "", "", "unreadable date: '05/04/2023' is ambiguous (day and month could be either way "
        "round); write it as YYYY-MM-DD or name the order (date_order / --date-order dmy or "
        "mdy)"]


def test_jsonl_tags_list_is_joined_and_the_rows_kept(tmp_path):
    rows = [{"id": "k1", "text": "Seoul welcomed the Nuclear Consultative Group.",
             "tags": ["alliance", "NCG"]},
            {"id": "k2", "text": "Beijing urged restraint on the peninsula.", "tags": []}]
    table = tmp_path / "export.jsonl"
    table.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = load_corpus(table)
    assert [d.meta.get("tags") for d in corpus] == ["alliance; NCG", None]


def test_folder_names_the_files_of_other_kinds_once(tmp_path):
    (tmp_path / "harbor.txt").write_text("Yoon arrived in Washington.", encoding="utf-8")
    (tmp_path / "harbor.json").write_text('{"outlet": "Harbor Times"}', encoding="utf-8")
    for name in ("mc.csv", "notes.md", "export.jsonl", "stray.json", "README.md", "LICENSE"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    with pytest.warns(UserWarning) as record:
        corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["harbor"]
    assert [str(w.message) for w in record] == [
        f"{tmp_path}: ignored 4 file(s) of other kinds (export.jsonl, mc.csv, notes.md, "
        "stray.json): a folder is read for .txt, .html and .htm files and their .json sidecars; "
        "pass a .csv, .jsonl or .parquet table on its own"]


def test_export_keeps_the_row_with_the_reason_and_strict_refuses(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, date in (("kcna", "2023-13-45"), ("wire", "2023-04-27T10:00:00+09:00")):
        (folder / f"{name}.txt").write_text("The allies agreed on a new consultative group.",
                                            encoding="utf-8")
        (folder / f"{name}.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    out = tmp_path / "docs.csv"
    assert main(["export", str(folder), "-o", str(out), "--jobs", "1", "--no-progress"]) == 0
    assert capsys.readouterr().err == (
        f"warning: {folder / 'kcna.json'}: field 'date': '2023-13-45' is not a real calendar "
        "date or time; date left empty (NaT), text kept\n")
    table = pd.read_csv(out)
    assert table["doc_id"].tolist() == ["kcna", "wire"]
    assert table["date"].fillna("").tolist() == ["", "2023-04-27 10:00:00"]
    assert table["utc_offset"].fillna("").tolist() == ["", "+09:00"]
    assert table["reason"][0].startswith("unreadable date: '2023-13-45' is not a real calendar "
                                         "date or time; ")
    assert "meta_reason" not in table.columns
    out.unlink()
    assert main(["export", str(folder), "-o", str(out), "--strict", "--jobs", "1"]) == 2
    assert capsys.readouterr().err == (
        f"error: {folder / 'kcna.json'}: field 'date': '2023-13-45' is not a real calendar date "
        "or time\n")
    assert not out.exists()


@pytest.mark.parametrize("value", ["0", "-5"])
def test_chunk_size_below_one_is_refused_like_any_bad_number(value, capsys):
    with pytest.raises(SystemExit) as info:
        main(["export", "x.txt", "--chunk-size", value])
    assert info.value.code == 2
    assert f"argument --chunk-size: must be at least 1, not {int(value)}" in capsys.readouterr().err


def test_export_help_says_the_default_unit(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "one row per document (default), paragraph or sentence" in capsys.readouterr().out
