"""Chunks whose metadata fields differ are written under one header: every value stays under
its own column, as in the table of the whole corpus in one chunk (the texts and sidecars are
written for these tests)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.chunk_columns import realign_text, union_columns
from analysis.pipeline import run_export


def test_union_keeps_fields_in_order_of_first_appearance():
    first = ["doc_id", "country", "desk", "text", "voice"]
    second = ["doc_id", "country", "section", "utc_offset", "text", "voice"]
    assert union_columns([first, second]) == [
        "doc_id", "country", "desk", "section", "utc_offset", "text", "voice"]
    # A chunk without a field adds nothing; one whose new field ends its row appends it.
    assert union_columns([first, ["doc_id", "country", "text", "voice"]]) == first
    assert union_columns([["a", "b"], ["a", "b", "c"], ["a", "d", "b"]]) == ["a", "d", "b", "c"]


def test_realigned_csv_and_json_rows_keep_their_cells():
    csv_rows = 'b,World,"Seoul, again"\n'
    assert realign_text(csv_rows, ["doc_id", "section", "text"],
                        ["doc_id", "desk", "section", "text"], "csv") == \
        'b,,World,"Seoul, again"\n'
    line = json.dumps({"doc_id": "b", "section": "World"}) + "\n"
    assert realign_text(line, ["doc_id", "section"], ["doc_id", "desk", "section"], "jsonl") == \
        '{"doc_id": "b", "desk": null, "section": "World"}\n'


@pytest.fixture
def mixed_sidecars(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_text("Seoul and Washington agreed on a new consultative group. "
                                  "Officials said it would meet within months.\n")
    (folder / "a.json").write_text('{"desk": "Seoul"}')
    (folder / "b.txt").write_text("The submarine docked in Busan on Tuesday. North Korea "
                                  "called the visit a grave provocation.\n")
    (folder / "b.json").write_text('{"section": "World", "date": "2023-07-18T10:00:00+09:00"}')
    # A third chunk like the first comes back after the second, in corpus order.
    (folder / "c.txt").write_text("Beijing urged restraint from all sides.\n")
    (folder / "c.json").write_text('{"desk": "Beijing"}')
    return folder


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_one_file_per_chunk_writes_the_bytes_of_one_chunk(mixed_sidecars, tmp_path, fmt):
    out = {}
    for size in (1, 100):
        out[size] = tmp_path / f"out{size}.{fmt}"
        assert run_export(mixed_sidecars, out[size], "document", fmt, jobs=1, chunk_size=size,
                          progress=False) == 3
    assert out[1].read_bytes() == out[100].read_bytes()
    table = (pd.read_csv(out[1]) if fmt == "csv" else pd.read_json(out[1], lines=True))
    assert table["doc_id"].tolist() == ["a", "b", "c"]
    assert table["desk"].tolist()[0] == "Seoul" and pd.isna(table["desk"].tolist()[1])
    assert pd.isna(table["section"].tolist()[0]) and table["section"].tolist()[1] == "World"
    assert table["utc_offset"].tolist()[1] == "+09:00"


def test_parquet_chunks_share_one_schema(mixed_sidecars, tmp_path):
    frames = []
    for size in (1, 100):
        path = tmp_path / f"out{size}.parquet"
        run_export(mixed_sidecars, path, "document", "parquet", jobs=1, chunk_size=size,
                   progress=False)
        frames.append(pd.read_parquet(path))
    pd.testing.assert_frame_equal(frames[0], frames[1])
    assert frames[0]["doc_id"].tolist() == ["a", "b", "c"]
    assert frames[0].loc[1, "section"] == "World" and pd.isna(frames[0].loc[0, "section"])


def test_standard_output_gets_the_same_text(mixed_sidecars, tmp_path, capsys):
    path = tmp_path / "out.csv"
    run_export(mixed_sidecars, path, "document", "csv", jobs=1, chunk_size=1, progress=False)
    run_export(mixed_sidecars, None, "document", "csv", jobs=1, chunk_size=1, progress=False)
    assert capsys.readouterr().out == path.read_text(encoding="utf-8")


def test_csv_header_is_the_header_line_pandas_writes_for_the_table():
    import pandas as pd

    from analysis.chunk_columns import csv_header
    from analysis.io import format_table

    table = pd.DataFrame({"doc_id": ["a"], "title, short": ["T"], 'say "no"': [1]})
    assert csv_header(list(table.columns)) == 'doc_id,"title, short","say ""no"""\n'
    assert csv_header(tuple(table.columns)) == format_table(table.head(0), "csv")
