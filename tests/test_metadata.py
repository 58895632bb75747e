"""Sidecar metadata: known fields are type-checked, user fields must be JSON scalars, and every
error is one line naming the sidecar file, the field and what was expected."""

from __future__ import annotations

import json
import warnings

import pytest

from analysis.corpus import load_corpus, read_metadata
from analysis.corpus.documents import validate_metadata
from analysis.errors import CorpusError


def write(tmp_path, sidecar: str | dict, name: str = "a"):
    """A one-sentence text with ``sidecar`` (JSON text or a dict) as its metadata."""
    text = tmp_path / f"{name}.txt"
    text.write_text("The allies met in Washington.", encoding="utf-8")
    raw = sidecar if isinstance(sidecar, str) else json.dumps(sidecar)
    (tmp_path / f"{name}.json").write_text(raw, encoding="utf-8")
    return text


@pytest.mark.parametrize("date", [
    "2023", "2023-04", "2023-04-27", "2023-04-27T14:30", "2023-04-27T14:30:05",
    "2023-04-27T14:30:05.250", "2023-04-27T14:30:00Z", "2023-04-27T14:30:00+09:00",
    "2023-04-27T14:30:00-0500", "2023-04-27 14:30:00", "2024-02-29",
])
def test_iso_dates_and_datetimes_are_accepted(tmp_path, date):
    assert load_corpus(write(tmp_path, {"date": date}))[0].meta["date"] == date


@pytest.mark.parametrize("language", ["en", "ko", "kor", "en-US", "zh-Hant-TW", "EN"])
def test_language_codes_are_accepted(tmp_path, language):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert load_corpus(write(tmp_path, {"language": language}))[0].meta["language"] == language
    # Kept, and another language than English is named (analysis.corpus.languages).
    english = language.lower() in ("en", "en-us")
    assert [str(w.message) for w in caught] == ([] if english else [
        f"{tmp_path / 'a.txt'}: language {language!r}: the measures are made for English text, "
        "so its values are not meaningful; leave it out or analyse it apart"])


def test_user_fields_may_be_any_json_scalar(tmp_path):
    meta = {"outlet": "Herald", "stance_code": 3, "weight": 0.5, "paywalled": False,
            "section": None, "desk": "Seoul"}
    assert load_corpus(write(tmp_path, meta))[0].meta == {**meta, "language": "en"}


@pytest.mark.parametrize(("sidecar", "problem"), [
    ({"date": "04/05/2023"}, "field 'date': '04/05/2023' is ambiguous (day and month could be "
                             "either way round); write it as YYYY-MM-DD"),
    ({"date": "2023-02-30"}, "field 'date': '2023-02-30' is not a real calendar date or time"),
    ({"date": "2023-13"}, "field 'date': '2023-13' is not a real calendar date or time"),
    ({"date": "2023-04-27T25:00"}, "field 'date': '2023-04-27T25:00' is not a real calendar"),
    ({"date": "20230427"}, "field 'date': '20230427' is not a date in a known form (YYYY-MM-DD, "
                           "a datetime, April 28, 2023, 28 April 2023 or 28/04/2023, each "
                           "with an optional time and zone such as 10:30 KST)"),
    ({"date": "31 Aprril 2023"}, "field 'date': '31 Aprril 2023' has no month name that is known"),
    ({"date": "April 31, 2023"}, "field 'date': 'April 31, 2023' is not a real calendar date"),
    ({"date": 20230427}, "field 'date' must be a string, not int"),
    ({"language": "Englsh"},
     "field 'language' must be a language code such as 'en', 'ko' or 'en-US' (ISO 639 / BCP "
     "47) or a language's name such as 'English', got 'Englsh'"),
    ({"language": "e"}, "field 'language' must be a language code"),
    ({"language": "en US"}, "field 'language' must be a language code"),
    ({"title": True}, "field 'title' must be a string, not bool"),
    ({"outlet": 7}, "field 'outlet' must be a string, not int"),
    ({"country": 1.5}, "field 'country' must be a string, not float"),
    ({"url": [["https://a"], "https://b"]},
     "field 'url' must be a string, number, boolean or null, not list (a list of those is joined "
     "with '; '; nested objects and lists are not allowed)"),
    ({"tags": {"a": 1}}, "field 'tags' must be a string, number, boolean or null, not dict"),
    ('{"score": NaN}', "field 'score' must be a finite number, not nan"),
    ('{"score": Infinity}', "field 'score' must be a finite number, not inf"),
    ({"paragraph": 2}, "field 'paragraph' is reserved"),
    ({"sentence": "x"}, "field 'sentence' is reserved"),
])
def test_bad_field_is_a_one_line_error_naming_the_sidecar_and_the_field(tmp_path, sidecar,
                                                                         problem):
    text = write(tmp_path, sidecar)
    with pytest.raises(CorpusError) as info:
        load_corpus(text, errors="raise")  # an unreadable date alone only warns by default
    message = str(info.value)
    assert message.startswith(f"{tmp_path / 'a.json'}: ")
    assert problem in message
    assert "\n" not in message
    assert info.value.path == str(tmp_path / "a.json")


def test_read_metadata_checks_without_a_text_file(tmp_path):
    path = tmp_path / "alone.json"
    path.write_text('{"date": "2023-04-27", "language": "ko"}', encoding="utf-8")
    assert read_metadata(path) == {"date": "2023-04-27", "language": "ko"}
    assert read_metadata(tmp_path / "missing.json") == {}


def test_folder_keeps_a_document_with_an_unreadable_date_with_a_reason(tmp_path):
    write(tmp_path, {"outlet": "Herald", "date": "2023-04-27"}, name="good")
    write(tmp_path, {"outlet": "Herald", "date": "2023-13-45"}, name="bad")
    with pytest.warns(UserWarning) as record:
        corpus = load_corpus(tmp_path)
    assert [str(w.message) for w in record] == [
        f"{tmp_path / 'bad.json'}: field 'date': '2023-13-45' is not a real calendar date or "
        "time; date left empty (NaT), text kept"]
    assert [d.doc_id for d in corpus] == ["bad", "good"]
    assert corpus["bad"].text == "The allies met in Washington."
    assert corpus["bad"].meta == {
        "outlet": "Herald", "date": None, "language": "en",
        "reason": "unreadable date: '2023-13-45' is not a real calendar date or time"}
    assert corpus.metadata()["date"].isna().tolist() == [True, False]
    with pytest.raises(CorpusError) as info:
        load_corpus(tmp_path, errors="raise")
    assert str(info.value) == (f"{tmp_path / 'bad.json'}: field 'date': '2023-13-45' is not a "
                               "real calendar date or time")


@pytest.mark.parametrize(("written", "read"), [
    ("April 28, 2023", "2023-04-28"), ("Apr. 28 2023", "2023-04-28"),
    ("28 April 2023", "2023-04-28"), ("3 Sept 2023", "2023-09-03"),
    ("2023/4/28", "2023-04-28"), ("04/26/2023", "2023-04-26"), ("26.04.2023", "2023-04-26"),
    ("05/05/2023", "2023-05-05"),
])
def test_written_dates_are_read_as_iso_when_unambiguous(tmp_path, written, read):
    assert load_corpus(write(tmp_path, {"date": written}))[0].meta["date"] == read


@pytest.mark.parametrize(("date", "offset"), [
    ("2023-04-27T10:00:00+09:00", "+09:00"), ("2023-04-27T14:30:00Z", "+00:00"),
    ("2023-04-27T14:30:00-0500", "-05:00"), ("2023-04-27T14:30", None), ("2023-04-27", None),
])
def test_time_zone_offset_is_kept_beside_the_local_time(tmp_path, date, offset):
    meta = load_corpus(write(tmp_path, {"date": date}))[0].meta
    assert meta["date"] == date
    assert meta.get("utc_offset") == offset


def test_list_of_scalars_is_joined_with_semicolons(tmp_path):
    meta = load_corpus(write(tmp_path, {"tags": ["NCG", "SSBN", 2023], "authors": []}))[0].meta
    assert meta == {"tags": "NCG; SSBN; 2023", "authors": None, "language": "en"}


def test_null_known_fields_are_allowed_and_become_missing_columns(tmp_path):
    write(tmp_path, {"outlet": None, "date": None, "language": None, "url": None})
    meta = load_corpus(tmp_path).metadata()
    assert meta.loc[0, ["outlet", "date", "language", "url"]].isna().all()


@pytest.mark.parametrize(("written", "order", "read"), [
    ("04/05/2023", "mdy", "2023-04-05"), ("04/05/2023", "dmy", "2023-05-04"),
    ("04.05.2023", "dmy", "2023-05-04"),
    # An order that is certain from the numbers wins over the one named.
    ("28/04/2023", "mdy", "2023-04-28"), ("04/28/2023", "dmy", "2023-04-28"),
])
def test_a_named_date_order_reads_dates_that_are_otherwise_ambiguous(tmp_path, written, order,
                                                                      read):
    folder = write(tmp_path, {"date": written})
    assert load_corpus(folder, date_order=order)[0].meta["date"] == read


def test_a_date_order_reaches_table_rows_and_export_workers(tmp_path):
    from analysis.pipeline import iter_metric_tables

    table = tmp_path / "t.csv"
    table.write_text("id,text,date\n1,The allies met in Seoul.,03/02/2023\n", encoding="utf-8")
    assert load_corpus(table, date_order="dmy")[0].meta["date"] == "2023-02-03"
    (tmp_path / "f").mkdir()
    folder = write(tmp_path / "f", {"date": "03/02/2023"}).parent  # read by the workers
    dates = [t["date"].dt.strftime("%Y-%m-%d").tolist()
             for t in iter_metric_tables(folder, date_order="mdy", jobs=1)]
    assert dates == [["2023-03-02"]]
    for path in (folder / "a.txt", folder, table):  # the caller's mistake, not the data's
        with pytest.raises(ValueError, match="date order must be one of dmy, mdy, not 'ymd'"):
            load_corpus(path, date_order="ymd")


@pytest.mark.parametrize(("written", "read", "offset"), [
    ("Wednesday, April 26, 2023", "2023-04-26", None),  # a White House page's date line
    ("Thu. 27 April 2023", "2023-04-27", None),
    ("Thu, 27 Apr 2023 09:12:00 GMT", "2023-04-27T09:12:00+00:00", "+00:00"),  # RSS pubDate
    ("Wed, 26 Apr 2023 22:05:00 -0400", "2023-04-26T22:05:00-04:00", "-04:00"),
    ("26 Apr 2023 13:43 EDT", "2023-04-26T13:43:00-04:00", "-04:00"),
])
def test_weekday_and_rss_dates_are_read(tmp_path, written, read, offset):
    meta = load_corpus(write(tmp_path, {"date": written}))[0].meta
    assert (meta["date"], meta.get("utc_offset")) == (read, offset)


def test_an_rss_date_that_is_no_calendar_day_is_refused(tmp_path):
    with pytest.raises(CorpusError) as info:
        load_corpus(write(tmp_path, {"date": "Sun, 31 Apr 2023 09:12:00 GMT"}), errors="raise")
    assert str(info.value) == (f"{tmp_path / 'a.json'}: field 'date': 'Sun, 31 Apr 2023 "
                               "09:12:00 GMT' is not a real calendar date or time")


@pytest.mark.parametrize(("value", "code"), [
    ("English", "en"), ("english", "en"), (" ENGLISH ", "en"), ("Korean", "ko"),
    ("Chinese", "zh"), ("en_US", "en-US"), ("ko_KR", "ko-KR"), ("Deutsch", "de"),
    ("한국어", "ko"), ("français", "fr"), ("en", "en"), ("en-GB", "en-GB"),
])
def test_a_language_name_or_underscore_locale_becomes_its_code(value, code):
    # database exports write "English" or "en_US" where a sidecar writes "en"
    assert validate_metadata({"language": value}, "f.json")["language"] == code
