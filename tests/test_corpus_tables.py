"""Corpora from CSV, JSONL and Parquet tables (analysis.corpus.table_files via load_corpus)."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

from analysis.corpus import iter_corpus, load_corpus
from analysis.corpus.table_files import field_names
from analysis.errors import CorpusError

TABLES = Path(__file__).resolve().parent / "fixtures" / "tables"
CSV = TABLES / "articles.csv"
JSONL = TABLES / "articles.jsonl"

HEADER = "id,title,publish_date,text\n"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_export_columns_become_metadata_under_the_package_names():
    corpus = load_corpus(CSV, id_column="stories_id")
    assert [d.doc_id for d in corpus] == ["9001", "9002", "9003"]
    first = corpus["9001"]
    assert first.meta == {
        "date": "2023-04-26 18:05:00",
        "title": "US, South Korea agree on nuclear consultative group",
        "url": "https://capitalwire.example/2023/04/26/us-korea-ncg",
        "language": "en", "outlet": "Capital Wire Service", "section": "World"}
    # The empty "section" cell of the opinion piece is a missing value, not "".
    assert "section" not in corpus["9003"].meta
    assert corpus["9003"].meta["date"] == "2023-04-28"
    assert corpus.name == "articles" and first.path == str(CSV)


def test_csv_text_keeps_its_paragraphs_and_quotes():
    doc = load_corpus(CSV, id_column="stories_id")["9001"]
    assert len(doc.paragraphs) == 3
    assert doc.paragraphs[0].text.startswith("WASHINGTON (CWS) - President Joe Biden")
    assert doc.paragraphs[1].text.startswith('"Any nuclear attack by North Korea')
    assert doc.text.endswith("officials said.")
    # "South Korea reaffirmed ..., officials said": the words are the inner source's.
    assert [(s.quote, s.speaker, s.actor) for s in doc.sentences] == [
        ("none", None, None), ("direct", "Biden", "Joe Biden"),
        ("indirect", "South Korea", "South Korea")]


def test_jsonl_values_keep_their_json_types():
    corpus = load_corpus(JSONL, text_column="body")
    assert [d.doc_id for d in corpus] == ["kp-0429", "cn-0427", "wh-0426"]
    kp = corpus["kp-0429"]
    assert kp.meta["word_count"] == 74 and kp.meta["paywalled"] is False
    assert kp.meta["outlet"] == "Pacific Monitor"
    assert corpus["cn-0427"].meta["date"] == "2023-04-27T15:40:00+08:00"
    # null values are missing fields
    assert "url" not in corpus["wh-0426"].meta and "paywalled" not in corpus["wh-0426"].meta
    assert kp.text.startswith("North Korea's state media on Saturday denounced")
    assert len(kp.paragraphs) == 2


def test_rows_are_numbered_when_there_is_no_id_column(tmp_path):
    table = write(tmp_path / "t.csv", "title,text\nA,First article.\nB,Second article.\n")
    assert [d.doc_id for d in load_corpus(table)] == ["1", "2"]
    assert load_corpus(table)["2"].meta == {"title": "B", "language": "en"}


def test_package_name_wins_over_the_export_alias_when_both_are_columns(tmp_path):
    table = write(tmp_path / "t.csv", "date,publish_date,media_name,text\n"
                                      "2023-04-27,2023-04-26 23:00:00,Wire,Body text.\n")
    assert load_corpus(table)[0].meta == {"date": "2023-04-27",
                                          "publish_date": "2023-04-26 23:00:00",
                                          "outlet": "Wire", "language": "en"}
    assert field_names(("publish_date", "text", "id"), "text", "id") == {"publish_date": "date"}


def test_news_database_column_names_are_the_package_fields(tmp_path):
    table = tmp_path / "t.jsonl"
    table.write_text('{"story_id": "a1", "headline": "Allies meet", "source": "Seoul Ledger", '
                     '"published_at": "2023-04-27T09:00:00+09:00", "lang": "en", '
                     '"link": "https://example.org/a1", "body": "The allies met."}\n',
                     encoding="utf-8")
    doc = load_corpus(table, text_column="body", id_column="story_id")["a1"]
    assert doc.meta == {"title": "Allies meet", "outlet": "Seoul Ledger",
                        "date": "2023-04-27T09:00:00+09:00", "utc_offset": "+09:00",
                        "language": "en", "url": "https://example.org/a1"}
    # the first of two aliases of one field is the field; the other keeps its name
    assert field_names(("Published At", "pub_date", "Source", "text"), "text", None) == {
        "Published At": "date", "pub_date": "pub_date", "Source": "outlet"}
    # a status flag or an image column keeps its own name
    assert field_names(("published", "media", "text"), "text", None) == {
        "published": "published", "media": "media"}
    flags = tmp_path / "flags.jsonl"
    flags.write_text('{"id": "d2", "published": false, "media": "https://img.example.org/x.jpg", '
                     '"text": "The allies met."}\n', encoding="utf-8")
    assert load_corpus(flags)["d2"].meta == {"published": False,
                                             "media": "https://img.example.org/x.jpg",
                                             "language": "en"}


def test_parquet_is_read_by_batches_with_dates_as_iso_strings(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    n = 2_500
    table = pa.table({
        "id": list(range(1, n + 1)),
        "text": [f"Article number {i} on the alliance." for i in range(1, n + 1)],
        "date": [dt.date(2023, 4, 26)] * n,
        "fetched": [dt.datetime(2023, 4, 27, 9, 30, tzinfo=dt.UTC)] * n,
        "shares": [None] + [7] * (n - 1),
    })
    path = tmp_path / "export.parquet"
    pq.write_table(table, path, row_group_size=1_000)
    corpus = load_corpus(path)
    assert len(corpus) == n and corpus[-1].doc_id == "2500"
    assert corpus["1"].meta == {"date": "2023-04-26", "fetched": "2023-04-27T09:30:00+00:00",
                                "language": "en"}
    assert corpus["2"].meta["shares"] == 7
    assert corpus["2500"].text == "Article number 2500 on the alliance."


def test_parquet_list_column_is_joined_with_semicolons(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "tags.parquet"
    pq.write_table(pa.table({"text": ["One.", "Two."], "tags": [None, ["ncg", "ssbn"]]}), path)
    corpus = load_corpus(path, errors="raise")
    assert [d.meta.get("tags") for d in corpus] == [None, "ncg; ssbn"]


def test_csv_rows_are_streamed_not_read_all_at_once(tmp_path):
    rows = "".join(f"{i},Title {i},2023-04-27,Text {i}.\n" for i in range(1, 1_501))
    table = write(tmp_path / "big.csv", HEADER + rows + 'x,"broken\n')
    docs = iter_corpus(table, errors="raise")
    assert next(docs).doc_id == "1"  # the broken last line has not been parsed yet
    with pytest.raises(CorpusError, match="not a valid CSV file"):
        list(docs)


def test_missing_text_column_lists_the_columns_found():
    with pytest.raises(CorpusError) as info:
        load_corpus(CSV, text_column="body")
    assert str(info.value) == (
        f"{CSV}: no text column 'body' (columns found: 'stories_id', 'publish_date', 'title', "
        "'url', 'language', 'media_name', 'section', 'text'); name the right one with "
        "text_column / --text-column / TEXT_COLUMN")


def test_missing_text_column_in_jsonl_names_the_fields():
    with pytest.raises(CorpusError, match=r"no text column 'text' \(columns found: 'id', 'date'"):
        load_corpus(JSONL)


def test_named_id_column_that_is_missing_is_an_error():
    with pytest.raises(CorpusError, match=r"no id column 'story' \(columns found: 'stories_id'"):
        load_corpus(CSV, id_column="story")


def test_reserved_column_is_refused_unless_it_is_the_id(tmp_path):
    table = write(tmp_path / "t.csv", "doc_id,text\na,Body.\n")
    with pytest.raises(CorpusError, match="column 'doc_id' is reserved"):
        load_corpus(table)
    assert [d.doc_id for d in load_corpus(table, id_column="doc_id")] == ["a"]


BAD_ROWS = [
    ("empty_text", HEADER + "a,T,2023-04-27,Good text.\nb,T,2023-04-27,\n",
     "row 2: empty text"),
    ("whitespace_text", HEADER + 'a,T,2023-04-27,"  \n  "\n', "row 1: empty text"),
    ("duplicate_id", HEADER + "a,T,2023-04-27,One.\nb,T,2023-04-27,Two.\na,T,2023-04-28,Three.\n",
     "row 3: duplicate id 'a': row 1 has it with a different text; only the first is kept "
     "(give each article its own id to keep both)"),
    ("ambiguous_date", HEADER + "a,T,04/05/2023,One.\n",
     "row 1: field 'date': '04/05/2023' is ambiguous (day and month could be either way round)"),
    ("impossible_date", HEADER + "a,T,2023-02-30,One.\n",
     "row 1: field 'date': '2023-02-30' is not a real calendar date"),
    ("empty_id", HEADER + ",T,2023-04-27,One.\n", "row 1: empty or unusable id None"),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD_ROWS, ids=[c[0] for c in BAD_ROWS])
def test_bad_row_raises_naming_the_file_and_the_row(tmp_path, name, content, problem):
    table = write(tmp_path / f"{name}.csv", content)
    with pytest.raises(CorpusError) as info:
        load_corpus(table, errors="raise")
    assert str(info.value).startswith(f"{table}: {problem}")


def test_bad_row_is_skipped_with_a_warning_by_default(tmp_path):
    table = write(tmp_path / "t.csv", HEADER + "a,T,2023-04-27,One.\nb,T,2023-04-27,\n"
                                               "c,T,2023-04-28,Three.\n")
    with pytest.warns(UserWarning) as record:
        corpus = load_corpus(table)
    assert [d.doc_id for d in corpus] == ["a", "c"]
    assert [str(w.message) for w in record] == [f"skipped {table}: row 2: empty text (id b)"]


JSONL_BAD = [
    ("nested", {"id": 2, "text": "Two.", "tags": {"topic": "ncg"}},
     "line 2: field 'tags' must be a string, number, boolean or null, not dict"),
    ("nested_list", {"id": 2, "text": "Two.", "authors": [["Kim"], ["Lee"]]},
     "line 2: field 'authors' must be a string, number, boolean or null, not list"),
    ("number_text", {"id": 2, "text": 42}, "line 2: text must be a string, not int"),
    ("no_text", {"id": 2, "body": "Two."}, "line 2: no 'text' field (fields: 'id', 'body')"),
    ("title_number", {"id": 2, "text": "Two.", "title": 5},
     "line 2: field 'title' must be a string, not int"),
    ("bad_language", {"id": 2, "text": "Two.", "language": "Englsh"},
     "line 2: field 'language' must be a language code"),
]


@pytest.mark.parametrize(("name", "row", "problem"), JSONL_BAD, ids=[c[0] for c in JSONL_BAD])
def test_bad_jsonl_line_names_the_line(tmp_path, name, row, problem):
    lines = [json.dumps({"id": 1, "text": "One."}), json.dumps(row)]
    table = write(tmp_path / f"{name}.jsonl", "\n".join(lines) + "\n")
    with pytest.raises(CorpusError) as info:
        load_corpus(table, errors="raise")
    assert str(info.value).startswith(f"{table}: {problem}")


def test_jsonl_line_that_is_not_json_is_skipped_naming_the_line(tmp_path):
    table = write(tmp_path / "t.jsonl", '{"id": 1, "text": "One."}\n\n{"id": 2, "text": \n'
                                        '[1, 2]\n{"id": 4, "text": "Four."}\n')
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        corpus = load_corpus(table)
    assert [d.doc_id for d in corpus] == ["1", "4"]
    assert [str(w.message) for w in record] == [
        f"skipped {table}: line 3: not valid JSON (Expecting value at column 18)",
        f"skipped {table}: line 4: must hold a JSON object, not list"]


def test_table_where_every_row_is_bad_lists_the_rows(tmp_path):
    table = write(tmp_path / "t.csv", HEADER + "a,T,2023-04-27,\n,T,2023-04-27,Two.\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(CorpusError) as info:
            load_corpus(table)
    assert str(info.value).startswith(
        f"{table}: no readable rows (every row was skipped: row 1, id a (empty text); "
        "row 2 (empty or unusable id None))")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("header_only.csv", HEADER, "table holds no rows"),
    ("empty.csv", "", "empty file (no header row)"),
    ("empty.jsonl", "\n\n", "table holds no rows"),
    ("first_line_broken.jsonl", "{oops\n", "line 1: not valid JSON"),
])
def test_table_without_rows_is_an_error(tmp_path, name, content, problem):
    table = write(tmp_path / name, content)
    with pytest.raises(CorpusError) as info:
        load_corpus(table)
    assert str(info.value).startswith(f"{table}: {problem}")


def test_csv_that_is_not_utf8_is_an_error_naming_the_file(tmp_path):
    table = tmp_path / "latin1.csv"
    table.write_bytes("id,text\n1,Café talks in Seoul.\n".encode("latin-1"))
    with pytest.raises(CorpusError, match=r"latin1\.csv: no readable rows \(every row was "
                                          r"skipped: row 1 \(not valid UTF-8 \(byte 0xe9 in "
                                          r"column 'text'\)"), pytest.warns(UserWarning):
        load_corpus(table)
    header = tmp_path / "header.csv"
    header.write_bytes("id,text,résumé\n1,Talks in Seoul.,x\n".encode("latin-1"))
    with pytest.raises(CorpusError, match=r"header\.csv: header row: not valid UTF-8 "
                                          r"\(byte 0xe9\)"):
        load_corpus(header)


@pytest.mark.parametrize("name", ["excel_unicode.csv", "export.jsonl"])
def test_table_saved_as_utf16_is_an_error_saying_so(tmp_path, name):
    table = tmp_path / name
    content = ('{"id": 1, "text": "Seoul agreed."}\n' if name.endswith(".jsonl")
               else "id,text\n1,Seoul agreed.\n")
    table.write_bytes(content.encode("utf-16"))
    with pytest.raises(CorpusError) as info:
        load_corpus(table)
    assert str(info.value) == (f"{table}: UTF-16 text, not UTF-8; convert it, e.g. iconv -f "
                               "utf-16 -t utf-8")


def test_csv_row_that_is_not_utf8_is_skipped_naming_its_row_and_column(tmp_path):
    table = tmp_path / "export.csv"
    table.write_bytes(
        b"id,media_name,text\n"
        b"11,Korea Herald,Seoul and Washington agreed to set up a consultative group.\n"
        b"12,Le Monde \xe9dition,The allies unveiled the plan in Washington.\n"
        b"13,Yonhap,\"North Korea condemned the deal, KCNA said.\"\n")
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(table)
    assert [d.doc_id for d in corpus] == ["11", "13"]
    assert [str(w.message) for w in caught] == [
        f"skipped {table}: row 2: not valid UTF-8 (byte 0xe9 in column 'media_name'); convert "
        "the file, e.g. iconv -f latin1 -t utf-8"]
    with pytest.raises(CorpusError, match=r"export\.csv: row 2: not valid UTF-8"):
        load_corpus(table, errors="raise")


def test_file_that_is_not_parquet_is_an_error(tmp_path):
    pytest.importorskip("pyarrow")
    table = write(tmp_path / "fake.parquet", "id,text\n1,One.\n")
    with pytest.raises(CorpusError, match=r"fake\.parquet: not a valid Parquet file"):
        load_corpus(table)


def test_parquet_damaged_after_its_first_rows_is_an_error_naming_the_file(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = tmp_path / "export.parquet"
    texts = ["Seoul and Washington agreed on a consultative group.",
             "North Korea condemned the deal, KCNA said.",
             "The submarine visit was the first in decades.", "Critics in Seoul were unmoved."]
    pq.write_table(pa.table({"id": [1, 2, 3, 4], "text": texts}), table, row_group_size=2)
    start = pq.ParquetFile(table).metadata.row_group(1).column(1).data_page_offset
    data = bytearray(table.read_bytes())
    data[start:start + 16] = b"\xff" * 16  # the second row group's text page header
    table.write_bytes(bytes(data))
    with pytest.raises(CorpusError) as info:
        load_corpus(table)
    message = str(info.value)  # pyarrow reads both row groups in one batch here
    assert message.startswith(f"{table}: not a valid Parquet file after row 0 (Couldn't ")
    assert message.isprintable()  # pyarrow's newlines and bytes do not break the line


def test_row_text_over_the_paragraph_limit_is_an_error(tmp_path):
    table = write(tmp_path / "t.csv", "text\n" + "word " * 50 + "\n")
    with pytest.raises(CorpusError, match=r"row 1: paragraph 1 is 249 characters long"):
        load_corpus(table, errors="raise", max_paragraph_chars=100)


def test_byte_order_mark_does_not_rename_the_first_column(tmp_path):
    csv_path = tmp_path / "bom.csv"
    csv_path.write_bytes("\ufeffid,text\n7,One.\n".encode())
    jsonl_path = tmp_path / "bom.jsonl"
    jsonl_path.write_bytes('\ufeff{"id": 8, "text": "Two."}\n'.encode())
    assert [d.doc_id for d in load_corpus(csv_path)] == ["7"]
    assert [d.doc_id for d in load_corpus(jsonl_path)] == ["8"]


def test_an_unterminated_jsonl_string_is_told_whole(tmp_path):
    table = write(tmp_path / "t.jsonl", '{"id": 1, "text": "One."}\n{"id": 2, "text": "Two\n')
    with pytest.warns(UserWarning) as record:
        load_corpus(table)
    assert [str(w.message) for w in record] == [
        f"skipped {table}: line 2: not valid JSON (Unterminated string starting at column 19)"]
