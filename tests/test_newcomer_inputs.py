"""Inputs a newcomer brings from elsewhere: a Notepad sidecar, a spreadsheet's semicolon CSV, a
mistyped corpus path, a database export with a repeated id, a folder of tables or of pages.

Each gets one clear line naming the file (and row) and the problem, or is read as meant.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus import load_corpus
from analysis.errors import CorpusError
from analysis.pipeline import run_export

STORY = ("Allies open nuclear planning talks\n\n"
         "SEOUL -- Officials from Seoul and Washington met on Monday for the first session of "
         "the new consultative group, the Defense Ministry said.\n")


def export(*args: str) -> tuple[int, str]:
    """``python -m analysis export ...`` in process: (status, standard error)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.simplefilter("always")
        status = main(["export", *args, "--jobs", "1"])
    return status, err.getvalue()


def story_with_sidecar(folder: Path, sidecar: bytes) -> Path:
    folder.mkdir()
    text = folder / "ledger_2023-04-27.txt"
    text.write_text(STORY, encoding="utf-8")
    text.with_suffix(".json").write_bytes(sidecar)
    return text


# --- a missing corpus is reported as missing, wherever the output goes ----------------------

@pytest.mark.parametrize("name", ["stories.csv", "ledger_2023-04-27.txt", "exports"])
def test_missing_corpus_beside_the_output_folder_is_reported_as_missing(tmp_path, name):
    missing = tmp_path / name
    out = tmp_path / "out"
    out.mkdir()
    status, err = export(str(missing), "-o", str(out / "docs.csv"))
    assert (status, err) == (2, f"error: {missing}: no such file or directory\n")
    assert list(out.iterdir()) == []
    with pytest.raises(CorpusError) as info:
        run_export(missing, out / "docs.csv", jobs=1)
    assert str(info.value) == f"{missing}: no such file or directory"


# --- sidecars saved by other editors --------------------------------------------------------

def test_sidecar_with_a_utf8_byte_order_mark_is_read(tmp_path):
    text = story_with_sidecar(tmp_path / "corpus",
                              b'\xef\xbb\xbf{"outlet": "Seoul Ledger", "date": "2023-04-27"}')
    (doc,) = load_corpus(text.parent)
    assert doc.meta == {"outlet": "Seoul Ledger", "date": "2023-04-27", "language": "en"}


BAD_SIDECARS = [
    ("utf16", '{"outlet": "Seoul Ledger"}'.encode("utf-16"),
     "sidecar is UTF-16 text, not UTF-8; convert it, e.g. iconv -f utf-16 -t utf-8"),
    ("latin1", '{"outlet": "S\xe9oul Ledger"}'.encode("latin-1"),
     "sidecar is not valid UTF-8 (byte 0xe9 at offset 13); convert it, e.g. iconv -f latin1 "
     "-t utf-8"),
    ("empty", b"", "sidecar is empty (write {} or delete it)"),
    ("blank", b" \n\n", "sidecar is empty (write {} or delete it)"),
]


@pytest.mark.parametrize(("name", "sidecar", "problem"), BAD_SIDECARS,
                         ids=[c[0] for c in BAD_SIDECARS])
def test_unreadable_sidecar_says_why_in_one_line(tmp_path, name, sidecar, problem):
    text = story_with_sidecar(tmp_path / "corpus", sidecar)
    with pytest.raises(CorpusError) as info:
        load_corpus(text)
    assert str(info.value) == f"{text.with_suffix('.json')}: {problem}"


# --- database exports ------------------------------------------------------------------------

def test_duplicate_id_names_the_row_that_has_it_first(tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text("stories_id,media_name,body\n"
                     "501,Seoul Ledger,Seoul and Washington agreed on Monday to meet again.\n"
                     "502,Capital Wire,The allies said the group would meet every quarter.\n"
                     "501,Seoul Ledger,A copy of the first story with a new ending.\n",
                     encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(table, text_column="body", id_column="stories_id")
    assert [d.doc_id for d in corpus] == ["501", "502"]
    assert [str(w.message) for w in caught] == [
        f"skipped {table}: row 3: duplicate id '501': row 1 has it with a different text; only "
        "the first is kept (give each article its own id to keep both)"]


def test_a_duplicate_id_with_the_same_text_says_so(tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text("stories_id,body\n501,The allies met in Seoul.\n"
                     "501,The allies met in Seoul.\n", encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(table, text_column="body", id_column="stories_id")
    assert [d.doc_id for d in corpus] == ["501"]
    assert [str(w.message) for w in caught] == [
        f"skipped {table}: row 2: duplicate id '501': the same text as row 1"]


SEMICOLON_ROWS = ('2;"Pyongyang called the summit a provocation, state media said."\n')


def test_semicolon_separated_export_is_named_as_such(tmp_path):
    single = tmp_path / "single.csv"
    single.write_text("id;text\n1;The allies met in Seoul.\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(single)
    assert str(info.value) == (
        f"{single}: no text column 'text' (columns found: 'id;text'); its header row is "
        "separated by semicolons, not commas: save it as comma-separated CSV")
    ragged = tmp_path / "ragged.csv"  # a comma in a text makes pandas see two fields
    ragged.write_text("id;text\n1;The allies met in Seoul.\n" + SEMICOLON_ROWS, encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(ragged, errors="raise")
    assert str(info.value) == (
        f"{ragged}: not a valid CSV file (line 3: expected 1 fields, saw 2; a field holding a "
        "comma must be in quotation marks); its header row is separated by semicolons, not "
        "commas: save it as comma-separated CSV")
    # skipping the long line leaves the header, whose problem is then told
    with pytest.warns(UserWarning, match=r"row 2 \(line 3\): expected 1 fields, saw 2"), \
            pytest.raises(CorpusError, match="separated by semicolons"):
        load_corpus(ragged)


def test_a_csv_line_with_extra_fields_is_skipped_with_a_warning_naming_the_line(tmp_path):
    table = tmp_path / "export.csv"
    table.write_text("id,text,publish_date\n1,The allies met.,2023-04-27\n"
                     "2,Seoul, the capital, hosted it.,2023-04-28\n"
                     "3,The envoy spoke.,2023-04-29\n", encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(table)
    assert [d.doc_id for d in corpus] == ["1", "3"]
    assert [str(w.message) for w in caught] == [
        f"skipped {table}: row 2 (line 3): expected 3 fields, saw 5"]
    with pytest.raises(CorpusError) as info:
        load_corpus(table, errors="raise")
    assert str(info.value) == (
        f"{table}: not a valid CSV file (line 3: expected 3 fields, saw 5; a field holding a "
        "comma must be in quotation marks)")


def test_rows_after_a_skipped_line_keep_their_numbers_in_the_file(tmp_path):
    table = tmp_path / "export.csv"
    table.write_text("id,outlet,date,text\n1,A,2023-04-26,First text.\n"
                     "2,B,2023-04-26,Second, with extra,field\n3,C,2023-04-27,\n"
                     "4,D,04/05/2023,Fourth text.\n", encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(table)
    assert [d.doc_id for d in corpus] == ["1", "4"]
    messages = [str(w.message) for w in caught]
    assert messages[0] == f"skipped {table}: row 2 (line 3): expected 4 fields, saw 6"
    assert messages[1] == f"skipped {table}: row 3: empty text (id 3)"  # data row 3, not 2
    assert messages[2].startswith(f"{table}: row 4: field 'date': '04/05/2023' is ambiguous")


def test_an_unclosed_quotation_mark_names_its_line(tmp_path):
    table = tmp_path / "export.csv"
    table.write_text('id,text\n1,One.\n2,"Two, unclosed\n3,Three.\n', encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(table)
    assert str(info.value) == (
        f"{table}: not a valid CSV file (line 3: a quoted field opens and never closes, so the "
        "rest of the file would be one field; close its quotation mark)")


def test_comma_separated_export_without_the_text_column_keeps_its_hint(tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text("stories_id;x,body\n1;y,The allies met.\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(table)
    assert str(info.value) == (f"{table}: no text column 'text' (columns found: 'stories_id;x', "
                               "'body'); name the right one with text_column / --text-column / "
                               "TEXT_COLUMN")


# --- folders ---------------------------------------------------------------------------------

def test_folder_of_tables_only_says_what_a_folder_is_read_for(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "stories.csv").write_text("id,text\n1,The allies met.\n", encoding="utf-8")
    with warnings.catch_warnings(), pytest.raises(CorpusError) as info:
        warnings.simplefilter("ignore")
        load_corpus(folder)
    assert str(info.value) == f"{folder}: folder holds no .txt or .html files"


def test_folder_of_pages_without_articles_is_not_called_a_folder_of_txt_files(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "front.html").write_text(
        "<html><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        "<footer>Copyright 2023 Seoul Ledger</footer></body></html>", encoding="utf-8")
    with warnings.catch_warnings(), pytest.raises(CorpusError) as info:
        warnings.simplefilter("ignore")
        load_corpus(folder)
    assert str(info.value).startswith(
        f"{folder}: no readable .txt or .html files (every file was skipped: front.html (no "
        "article text found in the page")


# --- saved pages in a legacy encoding -------------------------------------------------------

PAGE = ("<html><head>{meta}<title>Envoy hails accord - Seoul Ledger</title></head><body>"
        "<nav>Home | World</nav><article><p>The envoy said the {word} talks in Washington had "
        "lasted late into the night, according to the embassy.</p></article></body></html>")


@pytest.mark.parametrize(("meta", "word", "encoding"), [
    ('<meta charset="windows-1252">', "caf\xe9", "cp1252"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">', "\uc11c\uc6b8",
     "euc-kr"),
], ids=["cp1252", "euc-kr"])
def test_page_in_a_legacy_encoding_it_declares_is_read_in_it(tmp_path, meta, word, encoding):
    page = tmp_path / "ledger.html"
    page.write_bytes(PAGE.format(meta=meta, word=word).encode(encoding))
    (doc,) = load_corpus(page)
    assert f"the {word} talks in Washington" in doc.text


@pytest.mark.parametrize(("meta", "word", "encoding", "problem"), [
    ('<meta charset="euc-kr">', "caf\xe9", "latin-1",
     "not valid UTF-8 (byte 0xe9 at offset 153; the page declares charset euc-kr); convert "
     "it, e.g. iconv -f euc-kr -t utf-8"),
    ('<meta charset="x-ledger">', "caf\xe9", "latin-1",
     "not valid UTF-8 (byte 0xe9 at offset 155; the page declares charset x-ledger); convert "
     "it, e.g. iconv -f x-ledger -t utf-8"),
    ("", "caf\xe9", "latin-1",
     "not valid UTF-8 (byte 0xe9 at offset 130); convert it, e.g. iconv -f latin1 -t utf-8"),
    ('<meta charset="utf-8">', "caf\xe9", "latin-1",
     "not valid UTF-8 (byte 0xe9 at offset 152); convert it, e.g. iconv -f latin1 -t utf-8"),
], ids=["wrong-declaration", "unknown-charset", "undeclared", "declared-utf8"])
def test_page_not_in_the_encoding_it_declares_names_it(tmp_path, meta, word, encoding, problem):
    # The offset is the first byte of the word: 127 characters of markup before it, plus the
    # <meta> tag, plus "caf" before the e-acute.
    page = tmp_path / "ledger.html"
    page.write_bytes(PAGE.format(meta=meta, word=word).encode(encoding))
    with pytest.raises(CorpusError) as info:
        load_corpus(page)
    assert str(info.value) == f"{page}: {problem}"


# --- a bad sidecar costs its text: the warning names the text file -------------------------

def test_skip_warning_for_a_bad_sidecar_names_the_text_it_costs(tmp_path):
    folder = tmp_path / "corpus"
    bad = story_with_sidecar(folder, b'{"outlet": "Seoul Ledger",}')
    (folder / "wire_2023-04-28.txt").write_text(STORY, encoding="utf-8")
    expected = (f"skipped {bad}: {bad.with_suffix('.json')}: sidecar is not valid JSON (line 1, "
                "column 27: Expecting property name enclosed in double quotes)")
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus] == ["wire_2023-04-28"]
    assert [str(w.message) for w in caught] == [expected]
    out = tmp_path / "out"
    out.mkdir()
    status, err = export(str(folder), "-o", str(out / "docs.csv"))
    assert (status, err) == (0, f"warning: {expected}\n")
    assert (out / "docs.csv").read_text(encoding="utf-8").count("wire_2023-04-28") == 1


# --- Korean outlets stamp their stories in KST ----------------------------------------------

@pytest.mark.parametrize(("stamp", "iso"), [
    ("2023-04-27 10:30 KST", "2023-04-27 10:30+09:00"),
    ("2023-04-27T10:30:15KST", "2023-04-27T10:30:15+09:00"),
    ("2023-04-26 21:15 EDT", "2023-04-26 21:15-04:00"),
    ("2023-04-26  21:15:00 GMT", "2023-04-26 21:15:00+00:00"),
])
def test_datetime_with_a_zone_abbreviation_gets_the_zone_offset(stamp, iso):
    from analysis.corpus.dates import normalise_date, utc_offset

    assert normalise_date(stamp) == iso
    assert utc_offset(iso) == iso[-6:]


@pytest.mark.parametrize(("stamp", "problem"), [
    ("2023-04-26 21:15 CST", "is not a date in a known form"),  # China or US Central?
    ("2023-04-26 KST", "is not a date in a known form"),  # a zone without a time says nothing
    ("2023-02-30 10:00 KST", "is not a real calendar date or time"),
])
def test_zone_abbreviation_does_not_rescue_an_unreadable_date(stamp, problem):
    from analysis.corpus.dates import normalise_date

    with pytest.raises(ValueError) as info:
        normalise_date(stamp)
    assert str(info.value).startswith(f"{stamp!r} {problem}")


def test_kst_stamped_export_row_keeps_its_date_and_offset(tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text("id,publish_date,text\n"
                     "k1,2023-04-27 10:30 KST,Seoul welcomed the declaration on Thursday.\n",
                     encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (doc,) = load_corpus(table)
    assert doc.meta == {"date": "2023-04-27 10:30+09:00", "utc_offset": "+09:00",
                        "language": "en"}


# --- a Korean-language article among English ones -------------------------------------------

KOREAN = ("\ubd81\ud55c\uc740 \ud1a0\uc694\uc77c \uc6cc\uc2f1\ud134 \uc120\uc5b8\uc744 "
          "\uc801\ub300\uc801 \ud589\uc704\ub77c\uace0 \ube44\ub09c\ud588\ub2e4. "
          "\uad6d\ubc29\ubd80\ub294 \uc7a0\uc218\ud568 \ubc29\ubb38\uc744 "
          "\ud658\uc601\ud588\ub2e4.\n")
"""Two sentences of invented Korean wire copy: 23 + 14 = 37 Hangul letters, nothing else."""

NOTE = ("the measures are made for English text, so its values are not meaningful; leave it out "
        "or analyse it apart")


def test_korean_text_in_an_english_corpus_is_named_in_a_warning(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "yonhap_ko.txt").write_text(KOREAN, encoding="utf-8")
    (folder / "ledger_en.txt").write_text(STORY, encoding="utf-8")
    # English with a few names in Hangul is English.
    (folder / "names.txt").write_text(
        "President Yoon Suk Yeol (\uc724\uc11d\uc5f4) said the group would meet in Seoul.\n",
        encoding="utf-8")
    expected = (f"{folder / 'yonhap_ko.txt'}: text is mostly in Hangul script (37 of 37 letters) "
                f"but its language is 'en'; {NOTE}")
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(folder)
    assert [str(w.message) for w in caught] == [expected]
    assert len(corpus) == 3  # kept: its metadata may be what is studied
    out = tmp_path / "out"
    out.mkdir()
    assert export(str(folder), "-o", str(out / "docs.csv")) == (0, f"warning: {expected}\n")


def test_language_field_of_another_language_is_named_in_a_warning(tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text("id,language,text\n"
                     "1,en-US,The allies met in Seoul on Monday.\n"
                     "2,ko,The allies met in Seoul on Monday.\n"
                     "3,eng,The allies met in Seoul on Monday.\n", encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        load_corpus(table)
    assert [str(w.message) for w in caught] == [f"{table}: row 2: language 'ko': {NOTE}"]


FRENCH = ("Le président sud-coréen a rencontré mercredi son homologue américain à Washington "
          "pour discuter de la dissuasion nucléaire. Les deux dirigeants ont annoncé la création "
          "d'un groupe consultatif sur les questions nucléaires, qui se réunira chaque année. "
          "Selon les responsables, un sous-marin américain fera escale dans un port de la "
          "péninsule, une première depuis les années quatre-vingt. La Corée du Nord a dénoncé "
          "une provocation.")
SPANISH = ("El presidente surcoreano se reunió el miércoles con su homólogo estadounidense en "
           "Washington para hablar de la disuasión nuclear. Los dos líderes anunciaron la "
           "creación de un grupo consultivo sobre asuntos nucleares que se reunirá cada año. "
           "Según los funcionarios, un submarino estadounidense hará escala en un puerto de la "
           "península por primera vez desde los años ochenta. Corea del Norte denunció una "
           "provocación y prometió una respuesta firme.")


def test_latin_script_text_of_another_language_is_named_in_a_warning(tmp_path):
    table = tmp_path / "stories.csv"
    english = " ".join([STORY] * 3)
    pd.DataFrame({"id": [1, 2, 3], "text": [english, FRENCH, SPANISH]}).to_csv(table,
                                                                              index=False)
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(table)
    # 0 of 64 and 0 of 69 words (counted by hand: 17 + 19 + 20 + 8; 19 + 18 + 21 + 11) are the,
    # of, and, to, that...
    assert [str(w.message) for w in caught] == [
        f"{table}: row 2: text has almost none of English's commonest words (0 of its first 64 "
        f"words) but its language is 'en'; {NOTE}",
        f"{table}: row 3: text has almost none of English's commonest words (0 of its first 69 "
        f"words) but its language is 'en'; {NOTE}"]
    assert len(corpus) == 3


def test_short_or_headline_english_is_not_taken_for_another_language():
    from analysis.corpus.languages import language_warning

    headline = "Japan official says radioactive water is leaking from crippled plant into ocean. "
    assert language_warning(headline * 3, {}, "x") is None  # 36 words: too few to judge
    wire = ("SEOUL, April 27 (Yonhap) -- The allies agreed to set up a nuclear group, and the "
            "North said that it would answer with force, the ministry said. ") * 3
    assert language_warning(wire, {}, "x") is None


# --- file endings in capitals (an archive copied from Windows) ------------------------------

def test_folder_reads_txt_and_htm_endings_in_capitals(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "STORY001.TXT").write_text(STORY, encoding="utf-8")
    (folder / "STORY001.json").write_text('{"outlet": "Seoul Ledger"}', encoding="utf-8")
    (folder / "Story002.Txt").write_text(STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing is "of another kind"
        corpus = load_corpus(folder)
    assert [(d.doc_id, d.meta.get("outlet")) for d in corpus] == [
        ("STORY001", "Seoul Ledger"), ("Story002", None)]
    out = tmp_path / "out"
    out.mkdir()
    assert export(str(folder), "-o", str(out / "docs.csv"), "--unit", "sentence") == (0, "")
    rows = (out / "docs.csv").read_text(encoding="utf-8").splitlines()
    assert [r.split(",", 3)[:3] for r in rows[1:]] == [
        ["STORY001", "1", "1"], ["STORY001", "2", "2"], ["Story002", "1", "1"],
        ["Story002", "2", "2"]]
    (folder / "PAGE003.HTM").write_text(
        "<html><head><title>Allies meet - Seoul Ledger</title></head><body><article><p>The "
        "envoys of Seoul and Washington met on Wednesday to plan the next exercise, the "
        "ministry said.</p></article></body></html>", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [d.doc_id for d in load_corpus(folder)] == ["PAGE003", "STORY001", "Story002"]


@pytest.mark.parametrize(("name", "hint"), [
    ("stories.xlsx", "save the sheet as CSV UTF-8 (.csv)"),
    ("stories.tsv", "save a tab-separated table as comma-separated .csv"),
    ("Story.DOCX", "save the document as plain text (.txt, UTF-8)"),
    ("stories.json", "a .json file is a text's sidecar: for a JSON array of articles write one "
                     "object per line as .jsonl (e.g. jq -c '.[]' stories.json > stories.jsonl)"),
])
def test_file_of_a_common_other_kind_says_what_to_save_it_as(tmp_path, name, hint):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04" if name.endswith(("xlsx", "DOCX")) else b"[]")
    status, err = export(str(path), "-o", str(tmp_path.parent / f"{tmp_path.name}.csv"))
    assert (status, err) == (2, f"error: {path}: not a corpus file: expected a .txt file, a saved "
                                ".html page, a .csv, .jsonl or .parquet table, or a folder; "
                                f"{hint}\n")


# --- a typo in -o is reported before the work -----------------------------------------------

@pytest.mark.parametrize("command", [["keyphrases"], ["quotes"], ["reuse"], ["duplicates"],
                                     ["export", "--reuse"], ["export"]])
def test_missing_output_folder_is_reported_before_the_corpus_is_read(tmp_path, monkeypatch,
                                                                      command):
    import analysis.corpus as corpus_package
    import analysis.corpus.load as load_module
    import analysis.pipeline as pipeline

    def never(*args, **kwargs):
        raise AssertionError("the corpus was read before the output was checked")

    for module, name in ((corpus_package, "load_corpus"), (corpus_package, "iter_corpus"),
                         (load_module, "iter_corpus"), (pipeline, "plan_run")):
        monkeypatch.setattr(module, name, never)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "ledger.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "reslts" / "out.csv"  # the folder is "results"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main([command[0], str(folder), *command[1:], "-o", str(out)])
    assert (status, err.getvalue()) == (
        2, f"error: {out}: cannot write (folder {out.parent} does not exist (create it first))\n")


# --- a coder's "reason" field would pass for the package's own ------------------------------

REASON_PROBLEM = ("is reserved: every table's 'reason' column says why a value is missing, and a "
                  "document's own reason would be read as one; rename it (e.g. 'coder_note')")


def test_sidecar_field_reason_is_refused_instead_of_joining_the_reason_column(tmp_path):
    text = story_with_sidecar(tmp_path / "corpus", b'{"outlet": "Seoul Ledger", '
                                                   b'"reason": "kept: mentions the NCG"}')
    with pytest.raises(CorpusError) as info:
        load_corpus(text)
    assert str(info.value) == f"{text.with_suffix('.json')}: field 'reason' {REASON_PROBLEM}"


def test_table_column_reason_is_refused_for_the_whole_file(tmp_path):
    table = tmp_path / "coded.csv"
    table.write_text("id,reason,text\n1,mentions the NCG,The allies met in Seoul.\n",
                     encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(table)
    assert str(info.value) == f"{table}: column 'reason' {REASON_PROBLEM}"
    # Renamed, it is an ordinary field.
    table.write_text("id,coder_note,text\n1,mentions the NCG,The allies met in Seoul.\n",
                     encoding="utf-8")
    assert load_corpus(table)[0].meta == {"coder_note": "mentions the NCG", "language": "en"}


@pytest.mark.parametrize("text", [
    "KOSPI 2500.00 up 0.00 pct; KOSDAQ 800.5 down 0.0 pct; won 1320.50 per dollar. " * 8,
    "Killed: Kim Min-jun (34), Lee Seo-yeon (27), Park Ji-hoon (45), Choi Yu-na (19). " * 6
    + "Source: Interior Ministry, Seoul.",
    "Seoul, Washington agree: NCG launch, SSBN visit, B-52 flyover. China: firmly opposes. "
    "Japan: welcomes. Russia: silent. Markets: flat. Won: steady. Next: NCG meeting in July. "
    * 4,
])
def test_english_tables_lists_and_briefs_are_not_taken_for_another_language(text):
    from analysis.corpus.languages import language_warning

    assert language_warning(text, {}, "x") is None


# --- hard-wrapped text ------------------------------------------------------------------------

def test_hard_wrapped_text_is_warned_about_with_the_count_of_broken_sentences(tmp_path):
    # before, every line became a paragraph and a sentence without a word of warning
    story = tmp_path / "wrapped.txt"
    story.write_text("Allies agree on nuclear group\n"
                     "The United States and South Korea agreed on Wednesday to set up a\n"
                     "Nuclear Consultative Group, officials said, in a move meant to\n"
                     "reassure Seoul about the American nuclear umbrella and to deter\n"
                     "the North.\n", encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        load_corpus(story)
    assert [str(w.message) for w in caught] == [
        f"{story}: looks hard-wrapped (3 of 4 line breaks fall inside a sentence); every line "
        "is read as a paragraph: join a paragraph's lines, separate paragraphs with blank lines"]


def test_one_paragraph_per_line_is_no_hard_wrapping(tmp_path):
    story = tmp_path / "lines.txt"
    story.write_text("Allies agree on nuclear group\n"
                     "The United States and South Korea agreed on Wednesday to set up a group.\n"
                     "Officials said it would meet four times a year.\n"
                     "The North condemned the move as a provocation.\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (doc,) = load_corpus(story)
    assert len(doc.sentences) == 4
