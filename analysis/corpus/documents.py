"""The corpus model: documents, paragraphs, sentences, quotations.

A corpus is a UTF-8 ``.txt`` file or a folder of them (searched recursively; symlinked folders
are not followed, a symlinked file is read, a folder named ``x.txt`` is searched like any
folder). Each text may have a JSON sidecar with the same stem (``article.txt`` +
``article.json``) holding metadata::

    {"title": "...", "outlet": "...", "date": "2023-04-27", "language": "en",
     "url": "https://...", "country": "US", "kind": "transcript", "any_user_field": "..."}

Every field is optional; values must be strings, numbers, booleans, null or a list of those
(joined into one string with ``"; "``; a nested object or list is an error naming the field).
The known fields are checked: ``title``, ``outlet``, ``country`` and ``url`` are strings;
``date`` is a real calendar date, ISO 8601 (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, or a
datetime such as ``2023-04-27T14:30:00+09:00``, kept as given) or written out (``April 28,
2023``, ``28 April 2023``, ``04/26/2023`` when the order is certain, ``28 April 2023 10:30
KST``; read as ``YYYY-MM-DD`` or ``2023-04-28 10:30+09:00``, see :mod:`analysis.corpus.dates`);
a datetime's offset is also kept as ``utc_offset`` (``+09:00``), while the date stays local
time as published. A date that cannot be read is an error with ``errors="raise"``; with
``errors="warn"`` (the default of :func:`~analysis.corpus.load_corpus`, for a single file as
for a folder or a table) the document is kept with no date, a ``reason`` field saying why and
a warning naming the file (and row) and the value. ``language`` is a short language code
(``en``, ``ko``, ``en-US``; default ``en``). ``doc_id``, ``paragraph`` and ``sentence`` are
reserved (they are the id columns of every table), and no field ever influences where anything
is written. :func:`analysis.compare.with_metadata` joins the fields onto any table.

``doc_id`` is the file's path relative to the corpus folder without ``.txt`` (the file stem for
files at the top level). Text is normalised once on loading (byte-order mark removed, CRLF and
CR turned into LF, Unicode NFC) and every offset refers to :attr:`Document.text`.

Bad input raises :class:`analysis.errors.CorpusError` with a one-line message naming the file
and the problem (missing, a broken or looping symlink, not a regular file -- a folder, FIFO or
device --, unreadable, empty, whitespace only, binary -- NUL bytes or many control
characters --, not UTF-8, a file name that is not UTF-8, too large, a paragraph longer than
``max_paragraph_chars``, broken sidecar). When a folder is loaded, bad files are skipped with a
warning naming each one (``errors="warn"``, the default for folders) or raise
(``errors="raise"``); a folder where every file is bad is an error listing each file and its
reason. Only ``.txt`` files, saved ``.html``/``.htm`` pages and their ``.json`` sidecars are
read (the other files of a folder are named in one warning): nothing in a corpus folder is
imported, executed or unpickled, and a sidecar is parsed as plain JSON. A file of another kind
passed directly is an error.

Other inputs: a ``.csv``, ``.jsonl`` or ``.parquet`` table with one article per row
(:mod:`analysis.corpus.table_files`: ``text_column``, ``id_column``, export names such as
``publish_date`` and ``media_name`` mapped to ``date`` and ``outlet``), and saved web pages,
whose article text and metadata trafilatura extracts (:mod:`analysis.corpus.web_pages`).

Limits, and why: a file over ``max_bytes`` (10 MB) and a paragraph over
``max_paragraph_chars`` (100,000 characters, about 16,000 words) are errors, not documents. A
long news feature is about 100 KB in all, so a 5 MB single-line file is a dump or a
concatenation, not an article; refusing it at once is better than spending minutes on one
"paragraph" (several metrics, e.g. VADER tone, are slower than linear in sentence length).

HTML: a text that looks like HTML markup (it starts with ``<!DOCTYPE html`` or ``<html``, or
holds at least three common tags such as ``<p>``, ``<div>``, ``<br>``) is loaded as it is, tags
and all, with a :class:`UserWarning` saying so: stripping tags would need an HTML parser's
decisions (scripts, entities, layout) made silently, so a ``.txt`` file is never parsed as
HTML; save a page as ``.html`` to have its article extracted.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import CorpusError, warn_input
from ..io import LIST_SEPARATOR
from .actor_linker import default_linker
from .bare_names import DocumentActors
from .dates import normalise_date, utc_offset
from .file_problems import file_kind, missing_error, unknown_document, utf16_problem
from .languages import language_problems, language_warning, normalise_language
from .line_wraps import hard_wrapped
from .quotes import attribute_sentences
from .sentences import iter_sentences, split_paragraphs
from .speaker_actors import speaker_actors
from .tokens import words

MAX_BYTES = 10_000_000
"""Default size limit of one text file (10 MB; a very long news feature is about 100 KB)."""

MAX_PARAGRAPH_CHARS = 100_000
"""Default length limit of one paragraph (a whole long feature on a single line still fits)."""

VOICES = ("authorial", "quoted", "speech", "stage")
"""Sentence voices: the journalist's own words, someone else's words reported in an article,
a turn of a transcript, and a transcript's stage directions and time or place lines."""

SOMEONE_ELSES = frozenset({"quoted", "speech"})
"""The voices of sentences that present someone else's words."""

METADATA_FIELDS = ("title", "outlet", "date", "language", "url", "country")
DOCUMENT_KINDS = ("article", "transcript")
"""Values of the sidecar field ``kind``: a transcript is read by speaker turns
(:mod:`analysis.corpus.transcripts`), an article never is; without it the reading is detected."""
"""Sidecar fields with a documented meaning; any other scalar field is kept as well."""

RESERVED_FIELDS = ("doc_id", "paragraph", "sentence")
"""Sidecar fields that would overwrite a table's id columns, so are refused."""
REASON_FIELD_PROBLEM = ("is reserved: every table's 'reason' column says why a value is missing, "
                        "and a document's own reason would be read as one; rename it (e.g. "
                        "'coder_note')")
"""Why a sidecar field or a table column ``reason`` is refused (the loaders set ``reason`` for
an unreadable date; the export joins it to each row's ``reason``)."""
# Unicode category Cc except the layout characters \t \n \f \r.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_HTML_TAG_RE = re.compile(r"</?(?:html|head|body|p|div|span|br|script|style|meta|table|tr|td|"
                          r"ul|ol|li|a|h[1-6])\b[^<>]{0,200}>", re.I)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: 1-based ``index`` and ``[start, end)`` offsets into the document text."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence with its place in the document and its quotation analysis.

    ``paragraph`` and ``index`` are 1-based (``index`` counts sentences through the document).
    ``voice`` is ``"quoted"`` or ``"authorial"`` (in a transcript ``"speech"`` or ``"stage"``);
    ``quote`` is ``direct``, ``partial``, ``indirect`` or ``none`` (``turn`` or ``stage``);
    ``speaker`` is the speaker as the document names it or ``None``, ``actor`` its canonical
    actor from the actor list (see :mod:`analysis.corpus.quotes`, :mod:`analysis.corpus.speakers`).
    """

    doc_id: str
    paragraph: int
    index: int
    start: int
    end: int
    text: str
    voice: str
    quote: str
    speaker: str | None
    actor: str | None = None

    @property
    def words(self) -> list[str]:
        """The sentence's word tokens (:func:`analysis.corpus.tokens.words`)."""
        return words(self.text)


class _Memo(dict):
    """``function``'s answers, by argument, computed once each."""

    def __init__(self, function: Callable[[Any], Any]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.function(key)
        return value


@dataclass
class Document:
    """A text with its metadata, paragraphs and sentences."""

    doc_id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    path: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, doc_id: str = "text", meta: dict[str, Any] | None = None,
                  path: str | None = None, actors: bool = True) -> Document:
        """Segment ``text`` (already normalised or not) into paragraphs and sentences; with
        ``actors=False`` no sentence's ``actor`` is linked (left ``None``)."""
        text = normalise_text(text)
        paragraphs = [Paragraph(doc_id, i, s, e, text[s:e])
                      for i, (s, e) in enumerate(split_paragraphs(text), start=1)]
        triples = list(iter_sentences(text))
        attributions = attribute_sentences(text, triples, kind=(meta or {}).get("kind"))
        actor_of = _Memo(DocumentActors(text, default_linker()).actor if actors else bool)
        acts = speaker_actors(attributions, actor_of, default_linker() if actors else None,
                              [text[s:e] for _, s, e in triples])
        sentences = [
            Sentence(doc_id, p, i, s, e, text[s:e], a.voice, a.quote, a.speaker, x or None)
            for i, ((p, s, e), a, x) in enumerate(zip(triples, attributions, acts, strict=True), 1)
        ]
        return cls(doc_id, text, dict(meta or {}), path, paragraphs, sentences)

    @property
    def words(self) -> list[str]:
        """The document's word tokens."""
        return words(self.text)


class Corpus:
    """An ordered collection of :class:`Document` objects with a name.

    Iterating yields documents in ``doc_id`` order; ``corpus["id"]`` looks one up. ``skipped``
    holds the warnings of the files or rows :func:`~analysis.corpus.load_corpus` left out.
    """

    def __init__(self, documents: Iterable[Document], name: str = "corpus",
                 root: str | None = None, skipped: Iterable[str] = ()) -> None:
        self.documents = list(documents)
        self.name = name
        self.root = root
        self.skipped = list(skipped)  # why files or rows of the input were left out
        self._by_id = {d.doc_id: d for d in self.documents}
        if len(self._by_id) != len(self.documents):
            raise ValueError(f"{name}: duplicate doc_id values")

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, key: int | str) -> Document:
        """A document by position or ``doc_id`` (an unknown one: :func:`.unknown_document`)."""
        if isinstance(key, int):
            return self.documents[key]
        try:
            return self._by_id[key]
        except KeyError:
            raise unknown_document(key, self.name, [d.doc_id for d in self.documents]) from None

    def __repr__(self) -> str:  # stage lines (titles, time lines) counted apart, if any
        n_sent = sum(len(d.sentences) for d in self.documents)
        stage = sum(s.voice == "stage" for d in self.documents for s in d.sentences)
        return (f"Corpus(name={self.name!r}, documents={len(self)}, sentences={n_sent - stage}"
                + (f", stage_lines={stage})" if stage else ")"))

    def metadata(self):
        """Return one row per document: ``doc_id`` and every sidecar field (a DataFrame)."""
        import pandas as pd

        rows = [{"doc_id": d.doc_id, **d.meta} for d in self.documents]
        df = pd.DataFrame(rows)
        for col in METADATA_FIELDS:
            if col not in df.columns:
                df[col] = pd.NA
        return df

    def sentences(self):
        """Return one row per sentence (a DataFrame).

        Columns: ``doc_id``, ``paragraph``, ``sentence``, ``start``, ``end``, ``text``,
        ``voice``, ``quote``, ``speaker`` (empty string for the journalist's own sentences),
        ``actor``, ``n_words``.
        """
        import pandas as pd

        rows = [
            {"doc_id": s.doc_id, "paragraph": s.paragraph, "sentence": s.index,
             "start": s.start, "end": s.end, "text": s.text, "voice": s.voice,
             "quote": s.quote, "speaker": s.speaker or "", "actor": s.actor or "",
             "n_words": len(s.words)}
            for d in self.documents for s in d.sentences
        ]
        cols = ["doc_id", "paragraph", "sentence", "start", "end", "text", "voice", "quote",
                "speaker", "actor", "n_words"]
        return pd.DataFrame(rows, columns=cols)

    def paragraphs(self):
        """Return one row per paragraph (a DataFrame): ids, offsets, text, counts."""
        import pandas as pd

        rows = []
        for d in self.documents:
            counts: dict[int, int] = {}
            for s in d.sentences:
                counts[s.paragraph] = counts.get(s.paragraph, 0) + 1
            for p in d.paragraphs:
                rows.append({"doc_id": d.doc_id, "paragraph": p.index, "start": p.start,
                             "end": p.end, "text": p.text, "n_sentences": counts.get(p.index, 0),
                             "n_words": len(words(p.text))})
        cols = ["doc_id", "paragraph", "start", "end", "text", "n_sentences", "n_words"]
        return pd.DataFrame(rows, columns=cols)


def normalise_text(text: str) -> str:
    """Remove a byte-order mark, turn CRLF/CR into LF and apply Unicode NFC."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def looks_like_html(text: str) -> bool:
    """True if ``text`` looks like HTML markup rather than plain text (see the module docs)."""
    head = text.lstrip()[:20].lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return sum(1 for _ in islice(_HTML_TAG_RE.finditer(text), 3)) == 3


def read_text(path: str | Path, max_bytes: int = MAX_BYTES) -> str:
    """Read one text file as UTF-8, or raise :class:`CorpusError` saying what is wrong."""
    path = Path(path)
    if not path.exists():
        raise missing_error(path)
    if not path.is_file():
        raise CorpusError(path, f"not a regular file ({file_kind(path)})")
    size = path.stat().st_size
    if size == 0:
        raise CorpusError(path, "empty file")
    if size > max_bytes:
        raise CorpusError(path, f"file is too large ({size:,} bytes; the limit is "
                                f"{max_bytes:,}); split it or raise max_bytes")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from None
    if utf16_problem(data):
        raise CorpusError(path, utf16_problem(data))
    if b"\x00" in data:
        raise CorpusError(path, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                                f"{exc.start}); convert it, e.g. iconv -f latin1 -t utf-8"
                          ) from None
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, len(text) // 100):
        raise CorpusError(path, f"binary file ({controls} control characters), not text")
    text = normalise_text(text)
    if not text.strip():
        raise CorpusError(path, "file contains only whitespace")
    return text


def read_metadata(path: str | Path, errors: str = "raise", date_order: str | None = None
                  ) -> dict[str, Any]:
    """Read and validate the JSON sidecar of a text file (``{}`` if there is none); ``errors``
    as in :func:`validate_metadata`."""
    path = Path(path)
    if not path.exists():
        return {}
    if not path.is_file():
        raise CorpusError(path, "sidecar is not a regular file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"sidecar cannot be read ({exc.strerror or exc})") from None
    if utf16_problem(data):
        raise CorpusError(path, f"sidecar is {utf16_problem(data)}")
    if not data.strip():
        raise CorpusError(path, "sidecar is empty (write {} or delete it)")
    try:  # a byte-order mark (Notepad's "UTF-8 with BOM") is dropped, as in text files
        meta = json.loads(data.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"sidecar is not valid UTF-8 (byte 0x{data[exc.start]:02x} at "
                                f"offset {exc.start}); convert it, e.g. iconv -f latin1 -t "
                                "utf-8") from None
    except RecursionError:
        raise CorpusError(path, "sidecar is not valid JSON (nested too deeply)") from None
    except json.JSONDecodeError as exc:
        raise CorpusError(path, f"sidecar is not valid JSON (line {exc.lineno}, column "
                                f"{exc.colno}: {exc.msg})") from None
    if not isinstance(meta, dict):
        raise CorpusError(path, f"sidecar must hold a JSON object, not {type(meta).__name__}")
    return validate_metadata(meta, str(path), errors, date_order)


def validate_metadata(meta: dict[str, Any], where: str, errors: str = "raise",
                      date_order: str | None = None) -> dict[str, Any]:
    """Check and normalise the fields of one document's metadata (a sidecar's object, a
    table's row); returns a new dict.

    A list of scalars becomes one string joined with ``"; "``; ``date`` is read by
    :func:`analysis.corpus.dates.normalise_date` (ISO 8601 kept as given, other forms as
    ``YYYY-MM-DD``, with a time ``YYYY-MM-DD HH:MM``; ``date_order`` ``"dmy"`` or ``"mdy"``
    reads a numeric date such as ``04/05/2023`` that is otherwise refused as ambiguous), and a
    datetime's time-zone offset is kept in ``utc_offset``. A date that cannot be read raises
    :class:`CorpusError` naming ``where`` (a file, or a file and row) with ``errors="raise"``;
    with ``errors="warn"`` the text is kept, ``date`` is left empty, ``reason`` says why and a
    :class:`UserWarning` (:class:`~analysis.errors.CorpusWarning`) names ``where`` and the
    value. Any other bad field raises one :class:`CorpusError` naming every bad field (an
    unreadable date among them; see the module docstring for the rules).
    """
    meta = {key: normalise_language(_joined(value)) if key == "language" else _joined(value)
            for key, value in meta.items()}
    problems = _field_problems(meta)
    date_problem = None
    if isinstance(meta.get("date"), str):
        try:
            meta["date"] = normalise_date(meta["date"], date_order)
        except ValueError as exc:
            date_problem = exc
    if problems:
        # Every bad field in one message, so a sidecar is fixed in one pass.
        if date_problem is not None:
            problems.insert(0, f"field 'date': {date_problem}")
        raise CorpusError(where, "; ".join(problems))
    if meta.get("date") is not None or date_problem is not None:
        _read_date(meta, where, errors, date_problem)
    return meta


def _field_problems(meta: dict[str, Any]) -> list[str]:
    """What is wrong with each field of ``meta`` (lists already joined), in field order; the
    date's value is checked by :func:`~analysis.corpus.dates.normalise_date`, not here."""
    problems = []
    if "doc_id" in meta:
        # It would overwrite the id column of Corpus.metadata() and mislabel the document.
        problems.append("field 'doc_id' is reserved: a document's id is its file's path")
    problems += [f"field {key!r} is reserved (an id column of every table); rename it"
                 for key in RESERVED_FIELDS[1:] if key in meta]
    if "reason" in meta:
        problems.append(f"field 'reason' {REASON_FIELD_PROBLEM}")
    for key, value in meta.items():
        if not isinstance(value, str | int | float | bool) and value is not None:
            problems.append(f"field {key!r} must be a string, number, boolean or null, not "
                            f"{type(value).__name__} (a list of those is joined with '; '; "
                            "nested objects and lists are not allowed)")
        elif isinstance(value, float) and not math.isfinite(value):
            problems.append(f"field {key!r} must be a finite number, not {value!r}")
        elif key in METADATA_FIELDS and value is not None and not isinstance(value, str):
            problems.append(f"field {key!r} must be a string, not {type(value).__name__}")
    kind = meta.get("kind")
    if kind is not None and kind not in DOCUMENT_KINDS:
        problems.append(f"field 'kind' must be one of {', '.join(DOCUMENT_KINDS)}, got {kind!r}")
    return problems + language_problems(meta.get("language"))


def _joined(value: Any) -> Any:
    """A list (or tuple) of scalars as one ``"; "``-joined string (``None`` when empty); any
    other value as it is."""
    if not isinstance(value, list | tuple) or not all(
            isinstance(v, str | int | float | bool) for v in value):
        return value
    return LIST_SEPARATOR.join(map(str, value)) or None


def _read_date(meta: dict[str, Any], where: str, errors: str, problem: ValueError | None
               ) -> None:
    """Add ``utc_offset`` of the normalised ``meta["date"]``; an unreadable date (``problem``)
    raises (``errors="raise"``) or is emptied with a ``reason`` and a warning."""
    if problem is None:
        offset = utc_offset(meta["date"])
        if offset is not None:
            meta["utc_offset"] = offset
        return
    error = CorpusError(where, f"field 'date': {problem}")
    if errors == "raise":
        raise error
    meta["date"] = None
    meta["reason"] = f"unreadable date: {problem}"
    warn_input(f"{error}; date left empty (NaT), text kept")


def load_document(path: str | Path, doc_id: str | None = None, max_bytes: int = MAX_BYTES,
                  max_paragraph_chars: int = MAX_PARAGRAPH_CHARS, errors: str = "raise",
                  date_order: str | None = None, actors: bool = True) -> Document:
    """Load one ``.txt`` file (and its sidecar) into a :class:`Document` (``actors``: as in
    :meth:`Document.from_text`).

    Raises :class:`CorpusError` for bad input (see the module docstring); warns when the text
    looks like HTML markup. ``errors="warn"`` keeps a document whose sidecar date cannot be
    read, with a warning (:func:`validate_metadata`, which also takes ``date_order``).
    """
    path = Path(path)
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        raise CorpusError(path, "file name is not valid UTF-8; rename it") from None
    text = read_text(path, max_bytes=max_bytes)
    for number, (start, end) in enumerate(split_paragraphs(text), start=1):
        if end - start > max_paragraph_chars:
            raise CorpusError(path, f"paragraph {number} is {end - start:,} characters long (the "
                                    f"limit is {max_paragraph_chars:,}), not article text; "
                                    "separate paragraphs with blank lines")
    if looks_like_html(text):
        warn_input(f"{CorpusError(path, 'looks like HTML markup, not plain text')}; loaded as "
                   "is (tags count as words): extract the article text first")
    if wrapped := hard_wrapped(text):
        warn_input(f"{CorpusError(path, f'looks hard-wrapped ({wrapped})')}; every line is read "
                   "as a paragraph: join a paragraph's lines, separate paragraphs with blank lines")
    meta = read_metadata(path.with_suffix(".json"), errors, date_order)
    meta.setdefault("language", "en")
    warn_if_not_english(text, meta, str(path))
    return Document.from_text(text, doc_id or path.stem, meta, str(path), actors)


def warn_if_not_english(text: str, meta: dict[str, Any], where: str) -> None:
    """A :class:`UserWarning` when the document is not English
    (:func:`analysis.corpus.languages.language_warning`)."""
    message = language_warning(text, meta, where)
    if message:
        warn_input(message)
