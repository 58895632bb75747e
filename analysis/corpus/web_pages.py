"""Corpora from saved web pages: the article of an ``.html``/``.htm`` file, read with trafilatura.

trafilatura (Barbaresi 2021, ACL demo paper "Trafilatura: A Web Scraping Library and
Command-Line Tool for Text Discovery and Extraction") finds the main text of a page and leaves
out navigation, headers, footers, cookie banners, share bars, comments and "most read" boxes;
its metadata step reads the title, the publication date (htmldate, from the page's markup only:
``<time>``, ``<meta>``, JSON-LD), the site name and the canonical url. They become the
document's ``title``, ``date`` (``YYYY-MM-DD``), ``outlet`` and ``url`` fields. When the page
also states the publication time (``<meta property="article:published_time">``, a
``datePublished`` in JSON-LD or microdata, a ``<time datetime=...>``) on the same day,
``date`` keeps it with its offset (``2023-04-26T19:12:00-04:00``; ``utc_offset`` ``-04:00``),
as a sidecar's datetime would. A sidecar (``page.json`` beside ``page.html``) is read as for a
text file, and its fields win over the extracted ones (to correct a wrong date, say). A page
whose markup states no date takes a date line standing alone among its text's first paragraphs
(``April 27, 2023`` under a government page's title: :func:`body_date`). ``language`` defaults
to ``en``.

Settings, and why: ``favor_precision=True`` and ``fast=True`` (trafilatura's own extractor
without its readability/jusText fallbacks). On a page without an article body (an index page,
a page of menus) the fallbacks return the menu words as if they were the article; here such a
page is an error that names it, never a document of navigation words.

The article text keeps trafilatura's paragraphs, separated by blank lines; a first paragraph that
repeats the title (a headline inside the article markup) is dropped, as a text file's headline
would be absent: the title is metadata.

Only the file is read: nothing is fetched (trafilatura is given the page's text, never a url to
download, and no url to resolve), so loading works offline and gives the same bytes every time.
The page must be UTF-8, like every text the package reads; convert others first (``iconv``).
A page that is not, and declares its encoding (``<meta charset="euc-kr">``, or the
``http-equiv`` form), is refused with that encoding named in the ``iconv`` command to run.

When trafilatura finds no article (an index page, a page of scripts), loading raises
:class:`~analysis.errors.CorpusError` naming the file, or with ``keep_raw_html_text=True`` keeps
the page's whole visible text (navigation and footers included) with a :class:`UserWarning`
naming the file.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

from ..errors import CorpusError, warn_input
from .documents import (
    MAX_BYTES,
    MAX_PARAGRAPH_CHARS,
    Document,
    normalise_text,
    read_metadata,
    read_text,
    validate_metadata,
    warn_if_not_english,
)
from .furniture_lines import DAY, MONTH
from .sentences import split_paragraphs

HTML_SUFFIXES = (".html", ".htm")
"""File name endings read as saved web pages."""

_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
"""htmldate settings: the original publication date, from explicit markup only (the extensive
search guesses from free text and urls)."""


_CHARSET_RE = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                         re.IGNORECASE)
"""A ``<meta>`` tag's declared encoding (``charset="..."`` or ``content="...; charset=..."``)."""


def declared_charset(path: Path, head_bytes: int = 4096) -> str | None:
    """The encoding a saved page declares in a ``<meta>`` tag of its first ``head_bytes``
    bytes (HTML5 wants it within the first 1,024), lower-cased; ``None`` when it declares none
    or cannot be read."""
    try:
        with open(path, "rb") as fh:
            match = _CHARSET_RE.search(fh.read(head_bytes))
    except OSError:
        return None
    return match.group(1).decode("ascii").lower() if match else None


def _read_page(path: Path, max_bytes: int) -> str:
    """The page's text (:func:`analysis.corpus.read_text`); a page that is not UTF-8 is read in
    the encoding it declares (``<meta charset="euc-kr">``, as Korean pages often do), and
    refused with that encoding in the ``iconv`` advice when its bytes do not decode in it."""
    try:
        return read_text(path, max_bytes=max_bytes)
    except CorpusError as exc:
        charset = declared_charset(path) if exc.problem.startswith("not valid UTF-8") else None
        if charset is None or charset.replace("-", "") == "utf8":
            raise
        try:
            text = normalise_text(path.read_bytes().decode(codecs.lookup(charset).name))
        except (LookupError, UnicodeDecodeError, OSError):
            text = ""
        if text.strip():
            return text
        where = exc.problem.split(";")[0].removesuffix(")")
        raise CorpusError(path, f"{where}; the page declares charset {charset}); convert it, "
                                f"e.g. iconv -f {charset} -t utf-8") from None


_PUBLISHED = (
    re.compile(r"""<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|"""
               r"""og:article:published_time|datePublished|pubdate)["'][^>]*>""", re.IGNORECASE),
    re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"', re.IGNORECASE),
    re.compile(r"""<time\b[^>]*?\bdatetime\s*=\s*["']([^"']{10,40})["'][^>]*>""",
               re.IGNORECASE),
)
_CONTENT = re.compile(r"""\bcontent\s*=\s*["']([^"']{10,40})["']""", re.IGNORECASE)
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,6})?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?$", re.ASCII)


def published_time(html: str, day: str | None) -> str | None:
    """The publication date and time the page's markup states for ``day`` (``YYYY-MM-DD``):
    the first ``article:published_time``/``datePublished`` value (``<meta>`` or JSON-LD), else
    the first ``<time datetime=...>`` (one marked *published* first), that is an ISO 8601
    datetime on that day, as written; ``None`` without one (or without ``day``).

    >>> published_time('<meta property="article:published_time" '
    ...                'content="2023-04-26T19:12:00-04:00">', "2023-04-26")
    '2023-04-26T19:12:00-04:00'
    >>> published_time('{"datePublished": "2023-04-25T23:00:00Z"}', "2023-04-26") is None
    True
    >>> published_time('<time datetime="2023-04-27T18:20:00+09:00">27 April</time>',
    ...                "2023-04-27")
    '2023-04-27T18:20:00+09:00'
    """
    if not day:
        return None
    meta_tags = (_CONTENT.search(tag.group(0)) for tag in _PUBLISHED[0].finditer(html))
    times = list(_PUBLISHED[2].finditer(html))
    # a <time> marked as the publication's first, then the others in page order
    times.sort(key=lambda m: "publish" not in m.group(0).lower())
    for value in (*filter(None, meta_tags), *_PUBLISHED[1].finditer(html), *times):
        if (found := _DATETIME.match(value.group(1).strip())) and found.group(1) == day:
            return found.group(0)
    return None


def extract_article(html: str) -> dict[str, Any] | None:
    """The article of a page: ``{"text", "title", "date", "outlet", "url"}`` (missing fields
    ``None``), or ``None`` when trafilatura finds no article text.

    ``text`` holds the main text's paragraphs separated by blank lines, without a first
    paragraph that only repeats the title.
    """
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         include_tables=True, include_images=False,
                                         include_links=False, favor_precision=True, fast=True,
                                         date_extraction_params=_DATE_PARAMS)
    if result is None or not (result.text or "").strip():
        return None
    paragraphs = [line.strip() for line in result.text.splitlines() if line.strip()]
    if result.title and paragraphs and paragraphs[0] == result.title.strip():
        paragraphs = paragraphs[1:]
    if not paragraphs:
        return None
    return {"text": "\n\n".join(paragraphs), "title": result.title or None,
            "date": published_time(html, result.date) or result.date or None,
            "outlet": result.sitename or None,
            "url": result.url or None}


BODY_DATE_PARAGRAPHS = 6
"""The first paragraphs of a page's text searched for a date line when its markup has none."""
_BODY_DATE_RE = re.compile(rf"(?:(?:Published|Posted|Date|Released)\s*:?\s*)?(?:{DAY},?\s+)?"
                           rf"({MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}})")


def body_date(text: str) -> str | None:
    """A date line alone as a paragraph among the first :data:`BODY_DATE_PARAGRAPHS` of a page's
    text (``April 27, 2023`` under a government page's title), its date part; else ``None``."""
    for start, end in split_paragraphs(text)[:BODY_DATE_PARAGRAPHS]:
        m = _BODY_DATE_RE.fullmatch(text[start:end].strip())
        if m:
            return m.group(1)
    return None


def page_text(html: str) -> str:
    """All visible text of a page (trafilatura's ``html2txt``): the fallback when no article
    is found."""
    import trafilatura

    return trafilatura.html2txt(html)


def load_html(path: str | Path, doc_id: str | None = None, keep_raw_html_text: bool = False,
              max_bytes: int = MAX_BYTES,
              max_paragraph_chars: int = MAX_PARAGRAPH_CHARS, errors: str = "raise",
              date_order: str | None = None) -> Document:
    """Load one saved web page into a :class:`~analysis.corpus.Document` (see the module
    docstring); ``doc_id`` defaults to the file stem.

    Raises :class:`~analysis.errors.CorpusError` naming the file for a file that cannot be read
    (as :func:`analysis.corpus.read_text`), a page without an article (unless
    ``keep_raw_html_text``), a paragraph over ``max_paragraph_chars`` or a bad sidecar
    (``errors`` and ``date_order`` as in :func:`analysis.corpus.validate_metadata`).
    """
    path = Path(path)
    html = _read_page(path, max_bytes)
    article = extract_article(html)
    if article is None:
        if not keep_raw_html_text:
            raise CorpusError(path, "no article text found in the page (trafilatura extracted "
                                    "nothing); pass keep_raw_html_text=True (--keep-raw-html-text "
                                    "on the command line) to keep the page's whole text")
        text = page_text(html)
        if not text.strip():
            raise CorpusError(path, "the page holds no visible text")
        warn_input(f"{CorpusError(path, 'no article text found in the page')}; kept the "
                   "page's whole text (navigation and footers included)")
        article = {"text": text}
    text = article.pop("text")
    for number, (start, end) in enumerate(split_paragraphs(text), start=1):
        if end - start > max_paragraph_chars:
            raise CorpusError(path, f"paragraph {number} is {end - start:,} characters long (the "
                                    f"limit is {max_paragraph_chars:,}), not article text")
    meta = {key: value for key, value in article.items() if value is not None}
    if "date" not in meta and (line := body_date(text)):
        meta["date"] = line  # "April 27, 2023" under a remarks page's title: its date
    meta = validate_metadata(meta, str(path), errors, date_order)
    sidecar = read_metadata(path.with_suffix(".json"), errors, date_order)
    if "date" in sidecar:
        # The sidecar's date replaces the page's, with what was derived from it.
        meta.pop("utc_offset", None)
        meta.pop("reason", None)
    meta.update(sidecar)
    meta.setdefault("language", "en")
    warn_if_not_english(text, meta, str(path))
    return Document.from_text(text, doc_id or path.stem, meta, str(path))
