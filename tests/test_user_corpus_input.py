"""A user's own corpus: an unreadable date in a single file's sidecar, written-out dates with a
time, warnings that point at the user's line, and CSV lines that end early."""

from __future__ import annotations

import csv
import inspect
import json
import warnings

import pytest

from analysis.cli import main
from analysis.corpus import iter_corpus, load_corpus
from analysis.corpus.dates import normalise_date, utc_offset
from analysis.errors import CorpusError, CorpusWarning

AMBIGUOUS = ("'04/05/2023' is ambiguous (day and month could be either way round); write it as "
             "YYYY-MM-DD or name the order (date_order / --date-order dmy or mdy)")


def gazette(tmp_path, date: str = "04/05/2023"):
    """``folder/gazette.txt`` with a sidecar dated ``date``."""
    folder = tmp_path / "folder"
    folder.mkdir()
    text = folder / "gazette.txt"
    text.write_text("The allies met in Seoul on Thursday.", encoding="utf-8")
    (folder / "gazette.json").write_text(json.dumps({"date": date, "outlet": "Gazette"}),
                                         encoding="utf-8")
    return text


# --- 1. a single file's unreadable date: NaT, a reason and a warning, as in a folder --------

def test_a_single_files_unreadable_date_is_emptied_with_a_reason_and_a_warning(tmp_path):
    text = gazette(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        single = load_corpus(text)[0].meta
        in_folder = load_corpus(text.parent)[0].meta
    assert single == in_folder == {"date": None, "outlet": "Gazette", "language": "en",
                                   "reason": f"unreadable date: {AMBIGUOUS}"}
    expected = (f"{text.with_suffix('.json')}: field 'date': {AMBIGUOUS}; date left empty "
                "(NaT), text kept")
    assert [str(w.message) for w in caught] == [expected, expected]


def test_a_single_files_unreadable_date_still_stops_a_strict_load(tmp_path):
    text = gazette(tmp_path)
    with pytest.raises(CorpusError) as info:
        load_corpus(text, errors="raise")
    assert str(info.value) == f"{text.with_suffix('.json')}: field 'date': {AMBIGUOUS}"


def test_the_export_of_a_single_file_keeps_it_with_an_empty_date_unless_strict(tmp_path,
                                                                                 capsys):
    text = gazette(tmp_path)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "out.csv"
    assert main(["export", str(text), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err == (f"warning: {text.with_suffix('.json')}: field 'date': {AMBIGUOUS}; date left "
                   "empty (NaT), text kept\n")
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert (row["doc_id"], row["date"], row["outlet"]) == ("gazette", "", "Gazette")
    assert row["reason"].startswith(f"unreadable date: {AMBIGUOUS}; ")
    strict = tmp_path / "out" / "strict.csv"
    assert main(["export", str(text), "-o", str(strict), "--strict"]) == 2
    assert capsys.readouterr().err.endswith(
        f"error: {text.with_suffix('.json')}: field 'date': {AMBIGUOUS}\n")
    assert not strict.exists()


def test_a_single_file_that_cannot_be_read_is_still_an_error(tmp_path):
    text = gazette(tmp_path)
    text.write_bytes(b"")
    with pytest.raises(CorpusError, match="empty file"):
        load_corpus(text)


# --- 2. a written-out date with a time, and a zone ------------------------------------------

@pytest.mark.parametrize(("written", "read", "offset"), [
    ("28 April 2023 10:30 KST", "2023-04-28 10:30+09:00", "+09:00"),
    ("28 April 2023 10:30", "2023-04-28 10:30", None),
    ("April 28, 2023, 10:30 EDT", "2023-04-28 10:30-04:00", "-04:00"),
    ("April 28, 2023 9:05:07", "2023-04-28 09:05:07", None),
    ("Friday, 28 April 2023 10:30 JST", "2023-04-28 10:30+09:00", "+09:00"),
    ("28/04/2023 10:30 +0900", "2023-04-28 10:30+09:00", "+09:00"),
    ("2023/04/28 23:59 UTC", "2023-04-28 23:59+00:00", "+00:00"),
])
def test_a_written_out_date_may_carry_a_time_and_a_zone(written, read, offset):
    assert normalise_date(written) == read
    assert utc_offset(read) == offset


def test_a_written_out_date_with_a_time_reaches_the_metadata(tmp_path):
    meta = load_corpus(gazette(tmp_path, "28 April 2023 10:30 KST"))[0].meta
    assert (meta["date"], meta["utc_offset"]) == ("2023-04-28 10:30+09:00", "+09:00")


@pytest.mark.parametrize(("written", "problem"), [
    ("28 April 2023 24:30", "is not a real calendar date or time"),
    ("31 April 2023 10:30", "is not a real calendar date"),
    ("04/05/2023 10:30", "is ambiguous"),
    ("28 April 2023 10:30 CST", "is not a date in a known form"),  # China's or US Central
    ("10:30 KST", "is not a date in a known form"),
])
def test_a_written_out_date_with_a_bad_time_or_day_is_refused(written, problem):
    with pytest.raises(ValueError, match=problem):
        normalise_date(written)


def test_a_named_order_reads_a_numeric_date_with_a_time():
    assert normalise_date("04/05/2023 10:30", order="dmy") == "2023-05-04 10:30"


# --- 3. warnings point at the caller's line -------------------------------------------------

def caught(load) -> list[warnings.WarningMessage]:
    """The warnings ``load()`` raises (``load`` a lambda: the line that writes it is the
    user's line the warnings should name)."""
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        load()
    return record


@pytest.mark.parametrize("where", ["file", "folder", "table"])
def test_warnings_about_the_input_point_at_the_users_line(tmp_path, where):
    text = gazette(tmp_path)
    table = tmp_path / "t.csv"
    table.write_text("id,date,text\n1,04/05/2023,The allies met.\n2,2023-05-04,\n",
                     encoding="utf-8")
    path = {"file": text, "folder": text.parent, "table": table}[where]
    line = inspect.currentframe().f_lineno + 1
    shown = caught(lambda: load_corpus(path))
    assert len(shown) == (2 if where == "table" else 1)
    for warning in shown:
        assert warning.category is CorpusWarning and issubclass(CorpusWarning, UserWarning)
        assert (warning.filename, warning.lineno) == (__file__, line)


def test_a_warning_of_a_lazy_reading_points_at_the_line_that_asks_for_the_document(tmp_path):
    documents = iter_corpus(gazette(tmp_path).parent)
    line = inspect.currentframe().f_lineno + 1
    shown = caught(lambda: next(documents))
    assert [(w.filename, w.lineno) for w in shown] == [(__file__, line)]


def test_input_warnings_can_be_made_errors_by_category(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        with pytest.raises(CorpusWarning, match="is ambiguous"):
            load_corpus(gazette(tmp_path))


# --- 4. a CSV line that ends early ----------------------------------------------------------

def test_a_csv_line_that_ends_early_is_said_to_have_too_few_fields(tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text("stories_id,media_name,publish_date,text\n"
                     "105,Herald,2023-04-27,The allies met.\n"
                     "106,Evening Post\n"
                     "107,Star,,\n"  # four fields, the text empty
                     "108,Star,,\"Talks went on.\"\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(table, id_column="stories_id")
    assert [d.doc_id for d in corpus] == ["105", "108"]
    assert [str(w.message) for w in caught] == [
        f"skipped {table}: row 2: the row has 2 of 4 fields ('stories_id', 'media_name'), no "
        "'text' field (stories_id 106)",
        f"skipped {table}: row 3: empty text (stories_id 107)"]


def test_a_short_csv_line_after_a_quoted_line_break_is_counted_by_its_record(tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text('id,outlet,text\n\n1,Herald,"First paragraph.\n\nSecond."\n2,Star\n',
                     encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(table)
    assert [d.doc_id for d in corpus] == ["1"]
    assert [str(w.message) for w in caught] == [
        f"skipped {table}: row 2: the row has 2 of 3 fields ('id', 'outlet'), no 'text' field "
        "(id 2)"]


def test_a_strict_load_stops_at_a_short_csv_line(tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text("id,outlet,text\n1,Herald,Body.\n2,Star\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(table, errors="raise")
    assert str(info.value) == (f"{table}: row 2: the row has 2 of 3 fields ('id', 'outlet'), "
                               "no 'text' field (id 2)")


# --- 5. a quotation mark inside a quoted field that is not doubled --------------------------

def test_an_undoubled_quotation_mark_in_a_quoted_field_names_the_row_and_line(tmp_path):
    # pandas would read row 3 as 'Seoul said no deal" today."' without a word: its quotation
    # marks moved. Doubled marks (row 1, over a quoted line break) and marks in a field that
    # is not quoted (row 4) are well formed; the short line (row 2) is still counted by its
    # record after the refused one.
    table = tmp_path / "stories.csv"
    table.write_text('id,outlet,text\n'
                     '1,AP,"He said ""no"" today.\n\nIt was ""final."""\n'
                     '2,KBS\n'
                     '3,AP,"Seoul said "no deal" today."\n'
                     '\n'
                     '4,AP,The envoy said "we will respond" on Tuesday.\n'
                     '5,AP\n', encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(table)
    assert [(d.doc_id, d.text) for d in corpus] == [
        ("1", 'He said "no" today.\n\nIt was "final."'),
        ("4", 'The envoy said "we will respond" on Tuesday.')]
    assert [str(w.message) for w in caught] == [
        f"skipped {table}: row 2: the row has 2 of 3 fields ('id', 'outlet'), no 'text' field "
        "(id 2)",
        f"skipped {table}: row 3: line 6 holds a quoted field with a quotation mark inside it "
        "that is not doubled, so the field ends there and its quotation marks are moved; "
        'write "" for a quotation mark inside a quoted field',
        f"skipped {table}: row 5: the row has 2 of 3 fields ('id', 'outlet'), no 'text' field "
        "(id 5)"]
    table.write_text('id,outlet,text\n1,AP,"Fine."\n2,AP,"Seoul said "no deal" today."\n',
                     encoding="utf-8")
    with pytest.raises(CorpusError, match=r"stories.csv: row 2: line 3 holds a quoted field"):
        load_corpus(table, errors="raise")


# --- 6. export column names in another case or with spaces ---------------------------------

def test_column_names_with_spaces_or_capitals_are_the_packages_fields(tmp_path):
    table = tmp_path / "export.csv"
    table.write_text("story_id,Story Text,Media Name,Publish Date,URL,Date Added\n"
                     "7,The allies met in Seoul.,Korea Herald,2023-04-27,http://example.org/7,"
                     "2023-05-01\n", encoding="utf-8")
    [doc] = load_corpus(table, text_column="Story Text", id_column="story_id")
    assert doc.meta == {"outlet": "Korea Herald", "date": "2023-04-27",
                        "url": "http://example.org/7", "Date Added": "2023-05-01",
                        "language": "en"}
    # the field's own name wins: "Date" is the date, "Publish Date" stays as it is
    both = tmp_path / "both.csv"
    both.write_text("id,text,Publish Date,Date\n1,Talks.,2023-04-01,2023-04-27\n",
                    encoding="utf-8")
    assert load_corpus(both)[0].meta["date"] == "2023-04-27"
    assert load_corpus(both)[0].meta["Publish Date"] == "2023-04-01"


def test_rows_after_a_blank_or_whitespace_line_keep_their_numbers(tmp_path):
    # pandas numbers the blank line in its warning ("Skipping line 4"); the data row is 2.
    # A line of spaces is blank to pandas too: the strict reader passes over it, so row 3's
    # undoubled quotation mark is still told and row 4 is read.
    table = tmp_path / "stories.csv"
    table.write_text('id,outlet,text\n1,AP,x\n\n2,AP,too,many\n   \n'
                     '3,AP,"He said "no" today"\n4,AP,"fine ""q"""\n', encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(table)
    assert [(d.doc_id, d.text) for d in corpus] == [("1", "x"), ("4", 'fine "q"')]
    messages = [str(w.message) for w in caught]
    assert messages[0] == f"skipped {table}: row 2 (line 4): expected 3 fields, saw 4"
    assert messages[1].startswith(f"skipped {table}: row 3: line 6 holds a quoted field")
