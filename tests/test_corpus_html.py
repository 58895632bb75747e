"""Corpora from saved web pages (analysis.corpus.web_pages), and folder-level errors of
load_corpus."""

from __future__ import annotations

import json
import shutil
import socket
import warnings
from pathlib import Path

import pytest

from analysis.corpus import load_corpus
from analysis.corpus.web_pages import load_html, published_time
from analysis.errors import CorpusError

PAGES = Path(__file__).resolve().parent / "fixtures" / "html"

# Words that appear only in the clutter around the articles of the fixtures.
CLUTTER = ["cookie", "Accept all", "Subscribe", "Most read", "penalty", "Mortgage", "Privacy",
           "Copyright", "All rights reserved", "Share on", "newsletter", "Log in", "Home",
           "Registration", "Comments", "Donate", "Podcasts", "Dana Whitfield", "Posted"]

INDEX_PAGE = ("<html><head><title>Index | Harbor Times</title></head><body><nav>"
              "<a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
              "<script>var x = 1;</script><footer>Copyright Harbor Times</footer></body></html>")


@pytest.fixture(scope="module")
def pages():
    return load_corpus(PAGES)


def test_page_metadata_comes_from_the_markup(pages):
    assert [d.doc_id for d in pages] == ["harbor_times_ncg", "pacific_review_commentary",
                                         "seoul_ledger_ssbn"]
    assert pages["harbor_times_ncg"].meta == {
        "title": "Allies unveil nuclear planning group at White House summit",
        # the day from htmldate, the time and offset from article:published_time
        "date": "2023-04-26T19:12:00-04:00", "utc_offset": "-04:00", "outlet": "Harbor Times",
        "url": "https://harbortimes.example/world/2023/04/26/allies-nuclear-planning-group",
        "language": "en"}
    # date and time from JSON-LD, title without the " - Seoul Morning Ledger" suffix of <title>
    assert pages["seoul_ledger_ssbn"].meta == {
        "title": "Strategic submarine to visit Korea for first time in four decades",
        "date": "2023-04-27T08:45:00+09:00", "utc_offset": "+09:00",
        "outlet": "Seoul Morning Ledger",
        "url": "https://seoulledger.example/national/defense/20230427-ssbn", "language": "en"}
    assert pages["pacific_review_commentary"].meta["date"] == "2023-05-02"


@pytest.mark.parametrize("word", CLUTTER)
def test_page_text_holds_the_article_only(pages, word):
    for doc in pages:
        assert word.lower() not in doc.text.lower(), (doc.doc_id, word)


def test_page_text_keeps_every_article_paragraph_and_drops_the_headline(pages):
    harbor = pages["harbor_times_ncg"]
    assert len(harbor.paragraphs) == 5
    assert harbor.paragraphs[0].text.startswith(
        "The United States and South Korea on Wednesday announced a new Nuclear Consultative")
    assert harbor.paragraphs[2].text.startswith('"This is not a symbolic gesture," a senior')
    assert harbor.text.endswith("willing to share with its ally.")
    assert "Allies unveil" not in harbor.text
    seoul = pages["seoul_ledger_ssbn"]
    assert seoul.paragraphs[0].text == (
        "A U.S. Navy ballistic missile submarine will make a port call in South Korea, the first "
        "such visit since the early 1980s, under the agreement reached by President Yoon Suk Yeol "
        "and President Joe Biden in Washington.")
    assert [len(p.text.split()) for p in seoul.paragraphs] == [37, 25, 31, 27]
    assert len(pages["pacific_review_commentary"].paragraphs) == 4


def test_loading_pages_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network lookup attempted: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert len(load_corpus(PAGES)) == 3


def test_a_page_passed_directly_is_one_document():
    doc = load_corpus(PAGES / "seoul_ledger_ssbn.html")[0]
    assert doc.doc_id == "seoul_ledger_ssbn" and doc.meta["outlet"] == "Seoul Morning Ledger"


def test_sidecar_fields_win_over_extracted_ones(tmp_path):
    page = tmp_path / "harbor.html"
    shutil.copy(PAGES / "harbor_times_ncg.html", page)
    page.with_suffix(".json").write_text(json.dumps({"date": "2023-04-27", "country": "US"}),
                                         encoding="utf-8")
    meta = load_html(page).meta
    assert meta["date"] == "2023-04-27" and meta["country"] == "US"
    assert meta["outlet"] == "Harbor Times"


def test_page_without_an_article_is_an_error_naming_the_file(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(INDEX_PAGE, encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(page)
    assert str(info.value) == (f"{page}: no article text found in the page (trafilatura "
                               "extracted nothing); pass keep_raw_html_text=True "
                               "(--keep-raw-html-text on the command line) to keep the page's "
                               "whole text")


def test_raw_text_is_kept_on_request_with_a_warning_naming_the_file(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(INDEX_PAGE, encoding="utf-8")
    with pytest.warns(UserWarning) as record:
        doc = load_corpus(page, keep_raw_html_text=True)[0]
    assert len(record) == 1
    assert str(record[0].message).startswith(f"{page}: no article text found in the page; kept")
    assert doc.text == "World Sport" and doc.meta == {"language": "en"}


def test_folder_mixes_text_files_and_pages(tmp_path):
    shutil.copy(PAGES / "seoul_ledger_ssbn.html", tmp_path / "ledger.htm")
    (tmp_path / "wire.txt").write_text("The allies met in Washington.", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["ledger", "wire"]
    assert corpus["ledger"].meta["outlet"] == "Seoul Morning Ledger"


def test_text_file_and_page_with_the_same_name_are_not_both_loaded(tmp_path):
    shutil.copy(PAGES / "seoul_ledger_ssbn.html", tmp_path / "story.html")
    (tmp_path / "story.txt").write_text("The allies met in Washington.", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"story\.txt: same document id 'story' as story\.html"):
        corpus = load_corpus(tmp_path)
    assert [d.meta.get("outlet") for d in corpus] == ["Seoul Morning Ledger"]


# --- folder-level errors ------------------------------------------------------------------

def test_all_bad_folder_lists_each_file_and_its_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Café talks in Seoul.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("The allies met in Washington.", encoding="utf-8")
    (tmp_path / "good.json").write_text('{"title": "x",', encoding="utf-8")
    (tmp_path / "index.html").write_text(INDEX_PAGE, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(CorpusError) as info:
            load_corpus(tmp_path)
    assert str(info.value) == (
        f"{tmp_path}: no readable .txt or .html files (every file was skipped: "
        "empty.txt (empty file); "
        "good.json (sidecar is not valid JSON (line 1, column 15: Expecting property name "
        "enclosed in double quotes)); "
        "index.html (no article text found in the page (trafilatura extracted nothing); pass "
        "keep_raw_html_text=True (--keep-raw-html-text on the command line) to keep the page's "
        "whole text); "
        "latin1.txt (not valid UTF-8 (byte 0xe9 at offset 3); convert it, e.g. iconv -f latin1 "
        "-t utf-8))")


def test_folder_whose_only_file_has_a_broken_sidecar_names_the_sidecar(tmp_path):
    (tmp_path / "article.txt").write_text("The allies met in Washington.", encoding="utf-8")
    (tmp_path / "article.json").write_text('{"tags": {"a": 1}}', encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(CorpusError, match=r"every file was skipped: article\.json \(field "
                                              r"'tags' must be a string"):
            load_corpus(tmp_path)


@pytest.mark.parametrize("name", ["notes.md", "article.json", "scan.pdf", "README"])
def test_file_of_another_kind_passed_directly_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text("The allies met in Washington.", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(path)
    hint = {"article.json": "; a .json file is a text's sidecar: for a JSON array of articles "
                            "write one object per line as .jsonl (e.g. jq -c '.[]' article.json "
                            "> article.jsonl)",
            "scan.pdf": "; extract its text first (e.g. pdftotext -enc UTF-8 scan.pdf scan.txt)"}
    assert str(info.value) == (f"{path}: not a corpus file: expected a .txt file, a saved .html "
                               "page, a .csv, .jsonl or .parquet table, or a folder"
                               + hint.get(name, ""))


@pytest.mark.parametrize(("html", "day", "expected"), [
    # content before property, single quotes, a Z offset
    ("<meta content='2023-04-27T01:30:00Z' property='article:published_time'>", "2023-04-27",
     "2023-04-27T01:30:00Z"),
    ('<meta itemprop="datePublished" content="2023-04-27 10:30">', "2023-04-27",
     "2023-04-27 10:30"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
     '"2023-04-27T08:45:00.000+09:00"}</script>', "2023-04-27", "2023-04-27T08:45:00.000+09:00"),
    # another day than the one htmldate read (an update, a wrong zone): the day alone stays
    ('<meta property="article:published_time" content="2023-04-26T23:10:00-04:00">',
     "2023-04-27", None),
    # a date without a time adds nothing; no day, nothing to confirm
    ('<meta property="article:published_time" content="2023-04-27">', "2023-04-27", None),
    ('<meta property="article:published_time" content="2023-04-27T10:00:00Z">', None, None),
    # a modified time is not a publication time
    ('<meta property="article:modified_time" content="2023-04-27T11:00:00Z">', "2023-04-27",
     None),
    # a <time datetime> alone states it; one marked as the publication wins over an update
    ('<p class="byline"><time datetime="2023-04-27T18:20:00+09:00">27 April 2023</time></p>',
     "2023-04-27", "2023-04-27T18:20:00+09:00"),
    ('<time class="updated" datetime="2023-04-27T21:05:00+09:00">21:05</time> '
     '<time class="published" datetime="2023-04-27T18:20:00+09:00">18:20</time>',
     "2023-04-27", "2023-04-27T18:20:00+09:00"),
    ('<time datetime="2023-04-27T21:40:00+09:00" class="updated">21:40</time> '
     '<time datetime="2023-04-27T18:20:00+09:00" class="published">18:20</time>',
     "2023-04-27", "2023-04-27T18:20:00+09:00"),
    ('<time datetime="2023-04-27T21:40:00+09:00" itemprop="dateModified"></time>'
     '<time datetime="2023-04-27T18:20:00+09:00" itemprop="datePublished"></time>',
     "2023-04-27", "2023-04-27T18:20:00+09:00"),
    # the page's meta tag comes before any <time>
    ('<meta property="article:published_time" content="2023-04-27T09:00:00Z">'
     '<time datetime="2023-04-27T18:20:00+09:00">', "2023-04-27", "2023-04-27T09:00:00Z"),
])
def test_published_time_reads_the_pages_stated_time_on_the_same_day(html, day, expected):
    assert published_time(html, day) == expected


REMARKS_PAGE = """<html><head><title>Remarks on the Pacific dialogue</title></head><body>
<main><article><h1>Remarks on the Pacific dialogue</h1>
<p>Remarks</p>
<p>Ana Ruiz, Secretary of Trade</p>
<p>Springfield</p>
<p>March 3, 2024</p>
<p>SECRETARY RUIZ: Good afternoon, and thank you all for coming to this meeting today.</p>
<p>We have agreed with our partners to open a new trade dialogue on the harbour projects.</p>
<p>QUESTION: When will the first meeting of the new dialogue take place?</p>
<p>SECRETARY RUIZ: In the spring, in the capital, as we said in the joint statement.</p>
</article></main></body></html>"""


def test_a_page_without_a_date_in_its_markup_takes_its_date_line(tmp_path):
    page = tmp_path / "remarks.html"
    page.write_text(REMARKS_PAGE, encoding="utf-8")
    assert load_html(page).meta["date"] == "2024-03-03"
    # a date inside a sentence of the text is no date line
    page.write_text(REMARKS_PAGE.replace("<p>March 3, 2024</p>\n", "").replace(
        "coming to this meeting today.", "coming here on March 3, 2024."), encoding="utf-8")
    assert "date" not in load_html(page).meta
