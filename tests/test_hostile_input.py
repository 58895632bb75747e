"""Hostile input: every bad or odd file has one specified outcome, in ``load_corpus`` and in
``python -m analysis export`` (all three units, both formats).

Outcomes (see the :mod:`analysis.corpus` docstring):

* a one-line :class:`CorpusError` ``"<file>: <problem>"`` (exit status 2 and nothing written
  by the command line; in a folder the file is skipped with a warning);
* or a valid document whose undefined values are NaN with a ``reason``;
* a file over the paragraph limit (a 5 MB single-line dump) is an error within seconds.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import signal
import time
import warnings
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus import load_corpus
from analysis.corpus.documents import MAX_PARAGRAPH_CHARS
from analysis.errors import CorpusError
from analysis.metrics.tone import EMPTY_TONE_NOTE
from analysis.tables.aggregate import FEW_TONE, NO_TONE

UNITS = ("document", "paragraph", "sentence")
FORMATS = ("csv", "jsonl")

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
ELF_HEADER = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00\x01\x00\x00\x00"
ZIP_HEADER = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 16 + b"a.txtPK\x05\x06"
FIVE_MB = 5_000_000


@contextlib.contextmanager
def deadline(seconds: float):
    """Fail (instead of hanging) if the block takes longer than ``seconds``."""
    def _expired(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def export(path: Path, out: Path, unit: str, fmt: str, *extra: str) -> tuple[int, str]:
    """Run ``python -m analysis export`` in process; returns (status, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.simplefilter("always")
        status = main(["export", str(path), "--unit", unit, "--format", fmt, "-o", str(out),
                       *extra])
    return status, err.getvalue()


def read_rows(out: Path, fmt: str) -> list[dict]:
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    return [json.loads(line) for line in text.splitlines()]


def assert_fails_everywhere(path: Path, problem: str, tmp_path: Path, shown: str | None = None):
    """``load_corpus`` raises one line naming the file and ``problem``; every export exits 2
    with that line on standard error and leaves the output folder empty."""
    shown = shown if shown is not None else str(path)
    with deadline(10), pytest.raises(CorpusError) as info:
        load_corpus(path)
    message = str(info.value)
    assert message.startswith(f"{shown}: ") and problem in message, message
    assert "\n" not in message
    # Outside the input's folder (writing there is refused) and existing (a missing output
    # folder is an error of its own): the only error left is the input's.
    out_dir = tmp_path.parent / f"{tmp_path.name}_out"
    out_dir.mkdir(exist_ok=True)
    for unit in UNITS:
        for fmt in FORMATS:
            with deadline(10):
                status, err = export(path, out_dir / f"table.{fmt}", unit, fmt)
            assert status == 2
            assert err == f"error: {message}\n"
            assert sorted(out_dir.iterdir()) == []


# --- bad bytes: a clear error -------------------------------------------------------------

BAD_CONTENT = [
    ("empty", b"", "empty file"),
    ("whitespace", b" \t\n\r\n  \n\f", "file contains only whitespace"),
    ("latin1", "Café talks in Seoul.".encode("latin-1"),
     "not valid UTF-8 (byte 0xe9 at offset 3); convert it, e.g. iconv -f latin1 -t utf-8"),
    ("invalid_utf8", b"Seoul \xc3\x28 talks.", "not valid UTF-8 (byte 0xc3 at offset 6)"),
    ("png", PNG_HEADER, "binary file (contains NUL bytes), not text"),
    ("elf", ELF_HEADER, "binary file (contains NUL bytes), not text"),
    ("zip", ZIP_HEADER, "binary file (contains NUL bytes), not text"),
    ("nul_in_text", b"The alliance\x00 held firm.", "binary file (contains NUL bytes), not text"),
    ("control_chars", b"\x01\x02\x03\x04\x05 text", "binary file (5 control characters), not text"),
    ("bom_only", b"\xef\xbb\xbf \n", "file contains only whitespace"),
    ("utf16_notepad", "Seoul and Washington agreed.\n".encode("utf-16"),
     "UTF-16 text, not UTF-8; convert it, e.g. iconv -f utf-16 -t utf-8"),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD_CONTENT,
                         ids=[c[0] for c in BAD_CONTENT])
def test_bad_bytes_give_a_one_line_error_and_no_output(tmp_path, name, content, problem):
    bad = tmp_path / "corpus" / f"{name}.txt"
    bad.parent.mkdir()
    bad.write_bytes(content)
    assert_fails_everywhere(bad, problem, tmp_path)


@pytest.mark.parametrize("line", ["no_punctuation", "many_periods"])
def test_five_megabyte_single_line_is_refused_within_seconds(tmp_path, line):
    unit = "word " if line == "no_punctuation" else "The allies met again. "
    text = (unit * (FIVE_MB // len(unit) + 1))[:FIVE_MB]
    big = tmp_path / "dump.txt"
    big.write_text(text, encoding="utf-8")
    expected = (f"paragraph 1 is {len(text.strip()):,} characters long (the limit is "
                f"{MAX_PARAGRAPH_CHARS:,}), not article text; separate paragraphs with "
                "blank lines")
    started = time.perf_counter()
    assert_fails_everywhere(big, expected, tmp_path)
    # One load and six exports; each reads and checks 5 MB in well under a second.
    assert time.perf_counter() - started < 20


def test_megabyte_file_of_short_paragraphs_loads(tmp_path):
    """The limit is on paragraphs, not on file size: many short paragraphs load."""
    text = "\n\n".join(f"Paragraph {i} says the allies met." for i in range(30_000))
    big = tmp_path / "long.txt"
    big.write_text(text, encoding="utf-8")
    assert big.stat().st_size > 1_000_000
    with deadline(60):
        doc = load_corpus(big)[0]
    assert len(doc.paragraphs) == 30_000 and len(doc.sentences) == 30_000
    assert doc.sentences[-1].text == "Paragraph 29999 says the allies met."


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    big = tmp_path / "sparse.txt"
    with big.open("wb") as fh:
        fh.truncate(10_000_001)  # sparse: nothing is written, so this is instant
    assert_fails_everywhere(big, "file is too large (10,000,001 bytes; the limit is 10,000,000)",
                            tmp_path)


# --- sidecars -----------------------------------------------------------------------------

BAD_SIDECARS = [
    ("broken_json", '{"title": "x",',
     "sidecar is not valid JSON (line 1, column 15: Expecting property name enclosed in "
     "double quotes)"),
    ("not_object", "[1, 2]", "sidecar must hold a JSON object, not list"),
    ("title_number", '{"title": 5}', "field 'title' must be a string, not int"),
    ("nested_value", '{"tags": {"a": 1}}',
     "field 'tags' must be a string, number, boolean or null, not dict"),
    ("nested_list", '{"authors": [["Kim"], "Lee"]}',
     "field 'authors' must be a string, number, boolean or null, not list"),
    ("deep_nesting", "[" * 100_000, "sidecar is not valid JSON (nested too deeply)"),
    ("latin1", b'{"title": "Caf\xe9"}', "sidecar is not valid UTF-8"),
]


@pytest.mark.parametrize(("name", "sidecar", "problem"), BAD_SIDECARS,
                         ids=[c[0] for c in BAD_SIDECARS])
def test_bad_sidecar_is_an_error_naming_the_json_file(tmp_path, name, sidecar, problem):
    text = tmp_path / "corpus" / "article.txt"
    text.parent.mkdir()
    text.write_text("The allies met in Washington.", encoding="utf-8")
    meta = text.with_suffix(".json")
    if isinstance(sidecar, bytes):
        meta.write_bytes(sidecar)
    else:
        meta.write_text(sidecar, encoding="utf-8")
    assert_fails_everywhere(text, problem, tmp_path, shown=str(meta))


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_sidecar_that_is_not_a_file_is_an_error_and_does_not_hang(tmp_path, kind):
    text = tmp_path / "corpus" / "article.txt"
    text.parent.mkdir()
    text.write_text("The allies met in Washington.", encoding="utf-8")
    meta = text.with_suffix(".json")
    meta.mkdir() if kind == "folder" else os.mkfifo(meta)
    assert_fails_everywhere(text, "sidecar is not a regular file", tmp_path, shown=str(meta))


# --- odd paths ----------------------------------------------------------------------------

def test_missing_path(tmp_path):
    assert_fails_everywhere(tmp_path / "nowhere.txt", "no such file or directory", tmp_path)


def test_symlink_loop(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert_fails_everywhere(tmp_path / "a.txt", "broken symbolic link", tmp_path)


def test_folder_named_like_a_text_file_is_read_as_a_folder(tmp_path):
    folder = tmp_path / "x.txt"
    folder.mkdir()
    assert_fails_everywhere(folder, "folder holds no .txt or .html files", tmp_path)


def test_fifo_named_txt_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block forever: nothing may open it
    assert_fails_everywhere(fifo, "neither a file nor a folder (a FIFO)", tmp_path)


def test_unreadable_file(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret text.", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop "
                        "reading, so the error cannot be produced")
        assert_fails_everywhere(locked, "cannot be read (Permission denied)", tmp_path)
    finally:
        locked.chmod(0o644)


def test_file_name_that_is_not_utf8_is_an_error_with_an_escaped_name(tmp_path):
    name = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.txt"))
    name.write_text("Fine text.", encoding="utf-8")
    assert_fails_everywhere(name, "file name is not valid UTF-8; rename it", tmp_path,
                            shown=f"{tmp_path}/caf\\udce9.txt")


def test_newline_in_a_bad_file_name_keeps_the_error_on_one_line(tmp_path):
    bad = tmp_path / "two\nlines.txt"
    bad.write_bytes(b"")
    assert_fails_everywhere(bad, "empty file", tmp_path, shown=f"{tmp_path}/two\\nlines.txt")


# --- odd but valid text: a document, NaN with a reason where undefined ---------------------

VALID = [
    # name, bytes, paragraphs, sentence texts, words in the document
    ("bom", b"\xef\xbb\xbfThe alliance held. It said so.", 1,
     ["The alliance held.", "It said so."], 6),
    ("crlf", b"First paragraph here.\r\n\r\nSecond one, too.\r\n", 2,
     ["First paragraph here.", "Second one, too."], 6),
    ("cr_only", b"Old Mac line ends.\r\rAnother paragraph.", 2,
     ["Old Mac line ends.", "Another paragraph."], 6),
    ("no_punctuation", b"the alliance agreed to deepen consultation on nuclear planning", 1,
     ["the alliance agreed to deepen consultation on nuclear planning"], 9),
    ("emoji_only", "🎉🚀🔥".encode(), 1, ["🎉🚀🔥"], 0),
    ("zero_width_only", "\u200b\u200b".encode(), 1, ["\u200b\u200b"], 0),
    ("one_word", b"Declaration", 1, ["Declaration"], 1),
    ("korean", "한국어 문장입니다. 미국과 한국.".encode(), 1,
     ["한국어 문장입니다.", "미국과 한국."], 4),
    # Chinese full stops are not boundaries (documented in analysis.sentences).
    ("chinese", "中文句子。美国和韩国。".encode(), 1, ["中文句子。美国和韩国。"], 2),
    ("arabic", "مرحبا بالعالم. هذا نص.".encode(), 1, ["مرحبا بالعالم.", "هذا نص."], 4),
    ("cyrillic", "Привет, мир. Это текст.".encode(), 1, ["Привет, мир.", "Это текст."], 4),
    ("python_code", b"import os\n\nos.system('touch /tmp/pwned')", 2,
     ["import os", "os.system('touch /tmp/pwned')"], 5),
]


@pytest.mark.parametrize(("name", "content", "n_paragraphs", "sentences", "n_words"), VALID,
                         ids=[c[0] for c in VALID])
def test_odd_valid_text_loads_and_exports_one_row_per_unit(tmp_path, name, content,
                                                           n_paragraphs, sentences, n_words):
    path = tmp_path / "corpus" / f"{name}.txt"
    path.parent.mkdir()
    path.write_bytes(content)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # none of these may warn
        doc = load_corpus(path)[0]
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert len(doc.paragraphs) == n_paragraphs
    assert [s.text for s in doc.sentences] == sentences
    assert len(doc.words) == n_words
    expected_rows = {"document": 1, "paragraph": n_paragraphs, "sentence": len(sentences)}
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for unit in UNITS:
        for fmt in FORMATS:
            out = out_dir / f"{unit}.{fmt}"
            status, err = export(path, out, unit, fmt)
            assert (status, err) == (0, "")
            rows = read_rows(out, fmt)
            assert len(rows) == expected_rows[unit]
            assert rows[0]["doc_id"] == name
            if unit == "document":
                assert int(rows[0]["n_words"]) == n_words
            if n_words == 0:
                # Undefined, said so: NaN (empty in CSV, null in JSON) and the reason.
                for column in ("flesch_reading_ease", "dale_chall", "quoted_share", "tone"):
                    assert rows[0][column] in ("", None), (unit, column)
                # The tone's reason follows the readability's: "empty" then why no tone.
                tone = f"tone: {EMPTY_TONE_NOTE}" if unit == "sentence" else NO_TONE
                assert rows[0]["reason"] == f"empty; {tone}", unit
            else:
                value = float(rows[0]["flesch_kincaid_grade"])
                assert math.isfinite(value)
    # Exactly the six outputs: no temporary file left behind.
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        f"{u}.{f}" for u in UNITS for f in FORMATS)


def test_one_word_scores_are_the_hand_computed_ones(tmp_path):
    """'Declaration': 1 sentence, 1 word, 4 syllables. FRE = 206.835 - 1.015 * 1 - 84.6 * 4
    = -132.58; FKGL = 0.39 * 1 + 11.8 * 4 - 15.59 = 32.0; SMOG undefined (< 30 sentences)."""
    path = tmp_path / "corpus" / "one.txt"
    path.parent.mkdir()
    path.write_text("Declaration", encoding="utf-8")
    out = tmp_path / "out" / "one.jsonl"
    out.parent.mkdir()
    assert export(path, out, "document", "jsonl") == (0, "")
    row = read_rows(out, "jsonl")[0]
    assert (row["n_sentences"], row["n_words"], row["n_syllables"]) == (1, 1, 4)
    assert row["flesch_reading_ease"] == pytest.approx(-132.58)
    assert row["flesch_kincaid_grade"] == pytest.approx(32.0)
    assert row["smog_index"] is None and row["tone_ci_low"] is None
    assert row["reason"] == f"smog needs >= 30 sentences; {FEW_TONE}"


def test_html_is_loaded_as_text_with_a_warning(tmp_path):
    page = tmp_path / "corpus" / "page.txt"
    page.parent.mkdir()
    page.write_text("<html><body><p>Text of the article.</p><p>More text.</p><div>x</div>"
                    "</body></html>", encoding="utf-8")
    with pytest.warns(UserWarning, match="looks like HTML markup") as record:
        doc = load_corpus(page)[0]
    assert len(record) == 1 and str(record[0].message).startswith(f"{page}: ")
    assert doc.text.startswith("<html><body><p>Text")
    # html body p Text of the article p p More text p div x div body html
    assert len(doc.words) == 17
    (tmp_path / "out").mkdir()
    status, err = export(page, tmp_path / "out" / "page.csv", "document", "csv")
    assert status == 0
    assert err.startswith(f"warning: {page}: looks like HTML markup") and err.count("\n") == 1


def test_text_that_mentions_a_tag_is_not_taken_for_html(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Editors wrap paragraphs in <p> tags. Nobody else cares.", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_corpus(path)[0].sentences) == 2


def test_valid_file_with_a_newline_in_its_name_round_trips_through_csv(tmp_path):
    path = tmp_path / "corpus" / "two\nlines.txt"
    path.parent.mkdir()
    path.write_text("The allies met.", encoding="utf-8")
    assert load_corpus(path.parent)[0].doc_id == "two\nlines"
    out = tmp_path / "out" / "t.csv"
    out.parent.mkdir()
    assert export(path.parent, out, "sentence", "csv") == (0, "")
    assert [r["doc_id"] for r in read_rows(out, "csv")] == ["two\nlines"]


# --- a folder of all of the above: bad files skipped with one warning each ----------------

def test_folder_of_hostile_files_skips_each_bad_one_with_a_warning(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, content, _ in BAD_CONTENT:
        (folder / f"{name}.txt").write_bytes(content)
    for name, content, *_ in VALID:
        (folder / f"{name}.txt").write_bytes(content)
    (folder / "meta.txt").write_text("Text with a bad sidecar.", encoding="utf-8")
    (folder / "meta.json").write_text('{"title": 5}', encoding="utf-8")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "sub.txt").mkdir()  # a folder named like a file: searched, holds nothing
    (folder / "sub.txt" / "inner.txt").write_text("Inner text.", encoding="utf-8")
    # The text of a bad sidecar is skipped: its warning names the text, then the sidecar.
    bad = {f"{name}.txt" for name, _, _ in BAD_CONTENT} | {"meta.txt", "loop.txt", "pipe.txt"}

    with deadline(30), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(folder)
    messages = [str(w.message) for w in caught]
    assert all(m.startswith(f"skipped {folder}/") and "\n" not in m for m in messages)
    skipped = {m.split(": ")[0].rsplit("/", 1)[1] for m in messages}
    assert skipped == bad and len(messages) == len(bad)
    assert (f"skipped {folder}/meta.txt: {folder}/meta.json: field 'title' must be a string, "
            "not int") in messages
    assert [d.doc_id for d in corpus] == sorted([name for name, *_ in VALID] + ["sub.txt/inner"])

    out = tmp_path / "out" / "sentences.jsonl"
    out.parent.mkdir()
    with deadline(60):
        status, err = export(folder, out, "sentence", "jsonl")
    assert status == 0
    assert err.count("warning: skipped ") == len(bad) and err.count("\n") == len(bad)
    n_sentences = sum(len(d.sentences) for d in corpus)
    assert len(read_rows(out, "jsonl")) == n_sentences

    strict = tmp_path / "out" / "strict.csv"
    status, err = export(folder, strict, "document", "csv", "--strict")
    assert status == 2 and err.startswith("error: ") and err.count("\n") == 1
    assert not strict.exists()
    assert sorted(p.name for p in strict.parent.iterdir()) == ["sentences.jsonl"]


# --- output side ---------------------------------------------------------------------------

def test_unwritable_output_is_a_clear_error_and_leaves_no_temporary_file(tmp_path):
    source = tmp_path / "corpus" / "article.txt"
    source.parent.mkdir()
    source.write_text("The allies met.", encoding="utf-8")
    target = tmp_path / "out" / "table.csv"
    target.mkdir(parents=True)  # the output path is an existing folder
    status, err = export(source, target, "document", "csv")
    assert status == 2
    assert err == f"error: {target}: cannot write (Is a directory)\n"
    assert list(target.parent.iterdir()) == [target] and list(target.iterdir()) == []


def test_missing_output_folder_is_a_clear_error_and_is_not_created(tmp_path):
    source = tmp_path / "corpus" / "article.txt"
    source.parent.mkdir()
    source.write_text("The allies met.", encoding="utf-8")
    target = tmp_path / "typo" / "table.csv"
    status, err = export(source, target, "document", "csv")
    assert status == 2
    assert err == (f"error: {target}: cannot write (folder {target.parent} does not exist "
                   "(create it first))\n")
    assert not target.parent.exists()


def test_failed_write_leaves_the_previous_output_intact(tmp_path, monkeypatch):
    source = tmp_path / "corpus" / "article.txt"
    source.parent.mkdir()
    source.write_text("The allies met.", encoding="utf-8")
    out = tmp_path / "out" / "table.csv"
    out.parent.mkdir()
    out.write_text("previous run\n", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    status, err = export(source, out, "document", "csv")
    assert status == 2 and err == f"error: {out}: cannot write (No space left on device)\n"
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in out.parent.iterdir()] == ["table.csv"]


# --- no quadratic step in segmentation and attribution -------------------------------------
# Before the fix, split_sentences needed 55 s for 50 KB of "Word. " (every candidate copied
# the text and searched it from the start) and attribution grew with sentences x quotations.
# Now 5 MB take about 2 s; the deadlines leave a wide margin for a loaded machine while
# anything quadratic would need hours.

@pytest.mark.parametrize("line", ["no_punctuation", "many_periods"])
def test_five_megabyte_line_segments_in_linear_time(line):
    from analysis.corpus.quotes import outside_quotes, quote_spans
    from analysis.corpus.sentences import split_sentences

    unit = "word " if line == "no_punctuation" else "The allies met again. "
    text = (unit * (FIVE_MB // len(unit) + 1))[:FIVE_MB]
    with deadline(30):
        spans = split_sentences(text)
        quotes = quote_spans(text)
        outside = outside_quotes(text, 0, len(text), quotes)
    assert outside == text and quotes == []
    if line == "no_punctuation":
        assert spans == [(0, FIVE_MB - 1)]  # the final space is not part of the sentence
    else:
        assert len(spans) == FIVE_MB // len(unit) + 1
        assert text[slice(*spans[-1])] == text[-(FIVE_MB % len(unit)):].strip()


@pytest.mark.parametrize(("name", "unit", "n_sentences", "n_quotes"), [
    ("many_periods", "The allies met again. ", 22_728, 0),
    ("many_quotes", '"Yes," he said. ', 31_250, 31_250),
    ("many_reporting_verbs", "and said ", 1, 0),
    ("many_names", "Kim Jong said. ", 33_334, 0),
])
def test_half_megabyte_paragraph_is_attributed_in_linear_time(name, unit, n_sentences, n_quotes):
    from analysis.corpus.quotes import attribute_sentences, quote_spans
    from analysis.corpus.sentences import iter_sentences

    text = (unit * (500_000 // len(unit) + 1))[:500_000].strip()
    with deadline(30):
        triples = list(iter_sentences(text))
        attributions = attribute_sentences(text, triples)
    assert len(triples) == len(attributions) == n_sentences
    assert len(quote_spans(text)) == n_quotes
    if name == "many_quotes":
        # no one is named: every quotation is the unnamed "he" as written
        assert {(a.quote, a.speaker, a.full_name) for a in attributions} == {("direct", "he", None)}
