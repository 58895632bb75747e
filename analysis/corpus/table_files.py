"""Corpora from tables: a CSV, JSONL or Parquet file with one article per row.

This is the shape of an export from a news database or a media-monitoring tool. One column
holds the article text (``text_column``, default ``text``) and one its id (``id_column``,
default ``id``; without an ``id`` column the 1-based row number is the id). Every other column
becomes a metadata field of the document, checked like a sidecar's fields
(:func:`analysis.corpus.validate_metadata`). Common export names are mapped to the package's
fields when the package's own name is not a column too: ``publish_date`` -> ``date``,
``media_name`` -> ``outlet`` (``title``, ``url``, ``date``, ``outlet`` and ``language`` are
used as they are), also in another case or with spaces (``Publish Date``, ``Title``). An
empty cell (or a JSON ``null``, a Parquet null, a NaN) is a missing
value.

Types: a CSV has none, so every CSV value is a string (``"212"``, not ``212``); JSONL and
Parquet values keep their types, and Parquet dates and timestamps become ISO 8601 strings.

Rows are read in batches (pandas chunks for CSV, one line at a time for JSONL, Parquet batches
within row groups), so a table of a million rows never holds all its documents in memory;
only the ids seen so far are kept, to refuse a duplicate.

Errors name the file and the row (``row 3`` is the third article; in a JSONL file ``line 3``
is the third line): empty text, no text field (a CSV line that ends early, ``106,Evening
Post`` under four columns, is said to have 2 of 4 fields), a quoted CSV field with a
quotation mark inside it that is not doubled (``"Seoul said "no deal" today."``, which pandas
would read with its marks moved; :mod:`analysis.corpus.csv_records`), a duplicate or empty id, bytes
that are not UTF-8, a field that fails the sidecar rules (a nested JSON value, a number as
``title``...). With ``errors="warn"`` (the default) such a row is skipped with a
:class:`~analysis.errors.CorpusWarning`; with
``errors="raise"`` it is an error. A date that cannot be read (``2023-13-45``,
``05/04/2023``) does not cost the row: with ``errors="warn"`` it is left empty with a
``reason`` and a warning naming the file, the row and the value
(:func:`analysis.corpus.validate_metadata`). A list value (JSONL, Parquet) is joined with
``"; "``.
Problems of the whole file are always errors: unreadable, not valid CSV/JSON/Parquet, no text
column (the message lists the columns found), a reserved column (``doc_id``, ``paragraph``,
``sentence``), and a table of which no row could be read (the message lists the reasons).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import warnings
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import CorpusError, warn_input
from .csv_records import CsvRecords, data_row, present, quote_problem
from .dates import check_date_order
from .documents import (
    MAX_BYTES,
    MAX_PARAGRAPH_CHARS,
    METADATA_FIELDS,
    REASON_FIELD_PROBLEM,
    RESERVED_FIELDS,
    Document,
    normalise_text,
    validate_metadata,
    warn_if_not_english,
)
from .file_problems import utf16_problem
from .sentences import split_paragraphs

TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
"""File name endings read as tables (``.ndjson`` is another name for JSONL)."""

COLUMN_ALIASES = {
    "publish_date": "date", "published_at": "date", "publication_date": "date",
    "pub_date": "date", "date_published": "date",
    "media_name": "outlet", "source": "outlet", "source_name": "outlet", "publisher": "outlet",
    "outlet_name": "outlet",
    "headline": "title", "lang": "language", "link": "url",
}
"""Export column names mapped to the package's metadata fields: Media Cloud's
(``publish_date``, ``media_name``), news APIs' and databases' (``published_at``, ``source``,
``headline``, ``lang``, ``link``); not a bare ``published`` or ``media``, which exports also use
for a status flag or an image. A column of the field's own name wins over an alias, and of two
aliases of one field the first column in the table."""

BATCH_ROWS = 1_000
"""Rows read at a time from a CSV or Parquet file."""

_MAX_REASONS = 20


def iter_table(path: str | Path, text_column: str = "text", id_column: str | None = None,
               errors: str | None = None, max_bytes: int = MAX_BYTES,
               max_paragraph_chars: int = MAX_PARAGRAPH_CHARS, date_order: str | None = None
               ) -> Iterator[Document]:
    """Yield one :class:`~analysis.corpus.Document` per row of a CSV, JSONL or Parquet file.

    ``id_column`` ``None`` means ``id`` if the table has such a column, else the row number.
    ``date_order`` (``"dmy"`` or ``"mdy"``) reads numeric dates that could be either way round
    (:func:`analysis.corpus.dates.normalise_date`).
    ``max_bytes`` and ``max_paragraph_chars`` limit one row's text as they limit one text file.
    See the module docstring for the columns, the types and the errors.
    """
    path = Path(path)
    check_date_order(date_order)
    errors = errors or "warn"
    if errors not in {"raise", "warn"}:
        raise ValueError("errors must be 'raise' or 'warn'")
    rows = _rows(path, errors)
    columns = next(rows)[1]
    _check_columns(path, columns, text_column, id_column)
    if id_column is None and "id" in columns:
        id_column = "id"
    seen: dict[str, tuple[str, int]] = {}  # id -> the row that has it, and its text's hash
    skipped: list[str] = []
    n_rows = 0
    for label, row in rows:
        n_rows += 1
        ident = ""  # the row's id, when it has one, to find it in the file
        try:
            if isinstance(row, str):
                raise ValueError(row)
            doc_id = str(n_rows) if id_column is None else _id(row.get(id_column))
            if id_column is not None:
                ident = f"{id_column} {doc_id}"
            text = _text(row, text_column, max_bytes, max_paragraph_chars, len(columns))
            if doc_id in seen:
                ident = ""  # the message names the id
                raise ValueError(_duplicate(doc_id, *seen[doc_id], hash(text)))
            meta = _metadata(row, text_column, id_column, f"{path}: {label}", errors,
                             date_order)
        except ValueError as exc:
            error = CorpusError(path, f"{label}: {exc}" + (f" ({ident})" if ident else ""))
            if errors == "raise":
                raise error from None
            warn_input(f"skipped {error}")
            skipped.append(f"{label}{', ' + ident if ident else ''} ({exc})")
            continue
        seen[doc_id] = label, hash(text)
        warn_if_not_english(text, meta, f"{path}: {label}")
        yield Document.from_text(text, doc_id, meta, str(path))
    if n_rows == 0:
        raise CorpusError(path, "table holds no rows")
    if len(skipped) == n_rows:
        more = (f"; and {len(skipped) - _MAX_REASONS} more" if len(skipped) > _MAX_REASONS
                else "")
        raise CorpusError(path, "no readable rows (every row was skipped: "
                                f"{'; '.join(skipped[:_MAX_REASONS])}{more})")


def _duplicate(doc_id: str, first: str, first_text: int, text: int) -> str:
    """Why a row whose id an earlier row has is skipped: the same article again, or another
    article under the same id (then ids must be made unique to keep it)."""
    if text == first_text:
        return f"duplicate id {doc_id!r}: the same text as {first}"
    return (f"duplicate id {doc_id!r}: {first} has it with a different text; only the first "
            "is kept (give each article its own id to keep both)")


def _check_columns(path: Path, columns: list[str], text_column: str,
                   id_column: str | None) -> None:
    """Raise :class:`CorpusError` when a named column is missing or a column is reserved."""
    found = ", ".join(repr(c) for c in columns) or "none"
    if text_column not in columns:
        hint = separator_hint(path) if len(columns) == 1 else ""
        raise CorpusError(path, f"no text column {text_column!r} (columns found: {found})"
                                + (hint or "; name the right one with text_column / "
                                           "--text-column / TEXT_COLUMN"))
    if id_column is not None and id_column not in columns:
        raise CorpusError(path, f"no id column {id_column!r} (columns found: {found}); name the "
                                "right one with id_column / --id-column / ID_COLUMN, or leave it "
                                "out to number the rows")
    for col in RESERVED_FIELDS:
        if col in columns and col not in (text_column, id_column):
            raise CorpusError(path, f"column {col!r} is reserved (an id column of every table); "
                                    "rename it, or pass it as id_column if it is the id")
    if "reason" in columns and "reason" not in (text_column, id_column):
        raise CorpusError(path, f"column 'reason' {REASON_FIELD_PROBLEM}")


def _metadata(row: dict[str, Any], text_column: str, id_column: str | None, where: str,
              errors: str, date_order: str | None = None) -> dict[str, Any]:
    """A row's metadata fields, validated (``ValueError(problem)`` for a bad one; a date that
    cannot be read is emptied with a warning naming ``where`` unless ``errors="raise"``)."""
    meta: dict[str, Any] = {}
    for col, name in field_names(tuple(row), text_column, id_column).items():
        value = _scalar(row[col])
        if value is not None:
            meta[name] = value
    try:
        meta = validate_metadata(meta, where, errors, date_order)
    except CorpusError as exc:
        raise ValueError(exc.problem) from None
    meta.setdefault("language", "en")
    return meta


@lru_cache(maxsize=64)
def field_names(columns: tuple[str, ...], text_column: str = "text",
                id_column: str | None = None) -> dict[str, str]:
    """Map a table's metadata columns to field names: every column but the text and id ones,
    a package field or an alias of :data:`COLUMN_ALIASES` written in another case or with
    spaces or hyphens (``Publish Date``, ``Media-Name``, ``URL``) read as that field, where
    the field is not a column itself."""
    keys = {col: re.sub(r"[\s-]+", "_", col.strip()).lower() for col in columns
            if col not in (text_column, id_column)}
    fields = dict(zip(keys, keys, strict=True))
    # a field's own name first ("Date" beside "Publish Date"), then the aliases
    for own in (True, False):
        for col, key in keys.items():
            alias = key if key in METADATA_FIELDS else COLUMN_ALIASES.get(key)
            if alias and (key in METADATA_FIELDS) == own and fields[col] == col and \
                    alias not in columns and alias not in fields.values():
                fields[col] = alias
    return fields


def _id(value: Any) -> str:
    """A row's id as a string: ``17``, ``17.0`` and ``"17"`` all give ``"17"``."""
    value = _scalar(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if value is None or isinstance(value, bool) or not str(value).strip():
        raise ValueError(f"empty or unusable id {value!r}")
    if not isinstance(value, str | int | float):
        raise ValueError(f"id must be a string or a number, not {type(value).__name__}")
    return str(value).strip()


def _text(row: dict[str, Any], text_column: str, max_bytes: int, max_paragraph_chars: int,
          n_columns: int) -> str:
    """A row's text, normalised like a text file's, or ``ValueError`` saying what is wrong (a
    row with fewer fields than the ``n_columns`` of the header, as a short CSV line is read,
    says how many it has)."""
    if text_column not in row:
        fields = ", ".join(map(repr, row))
        if len(row) < n_columns:
            raise ValueError(f"the row has {len(row)} of {n_columns} fields ({fields}), no "
                             f"{text_column!r} field")
        raise ValueError(f"no {text_column!r} field (fields: {fields})")
    value = row[text_column]
    if value is None or (isinstance(value, float) and math.isnan(value)):
        raise ValueError("empty text")
    if not isinstance(value, str):
        raise ValueError(f"text must be a string, not {type(value).__name__}")
    text = normalise_text(value)
    if not text.strip():
        raise ValueError("empty text")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise ValueError(f"text is too large ({size:,} bytes; the limit is {max_bytes:,})")
    for number, (start, end) in enumerate(split_paragraphs(text), start=1):
        if end - start > max_paragraph_chars:
            raise ValueError(f"paragraph {number} is {end - start:,} characters long (the limit "
                             f"is {max_paragraph_chars:,}), not article text")
    return text


def _scalar(value: Any) -> Any:
    """A cell as a metadata value: missing -> ``None``, dates -> ISO strings, else as is."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


# --------------------------------------------------------------------------- readers
# Each yields ("", columns) first, then (label, row) pairs.


def _rows(path: Path, errors: str = "raise") -> Iterator[tuple[str, Any]]:
    """The rows of a table file, after a first item holding its column names (``errors``: a
    CSV line with more fields than the header raises, or is skipped with a warning)."""
    suffix = path.suffix.lower()
    if suffix != ".parquet":
        try:
            with open(path, "rb") as fh:
                problem = utf16_problem(fh.read(2))
        except OSError as exc:
            raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from None
        if problem:
            raise CorpusError(path, problem)
    if suffix == ".csv":
        return _csv_rows(path, errors)
    return _parquet_rows(path) if suffix == ".parquet" else _jsonl_rows(path)


def _chunks_skipping_long_lines(chunks: Any, path: Path, skipped: set[int]) -> Iterator[Any]:
    """The chunks of a CSV reader made with ``on_bad_lines="warn"``, each line it skipped (more
    fields than the header) told as a :class:`~analysis.errors.CorpusWarning` naming the file,
    the data row and the line, instead of pandas' own warning; the skipped rows' numbers are
    added to ``skipped`` (before the chunk that follows them is yielded)."""
    import pandas as pd

    while True:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            chunk = next(chunks, None)
        for warning in caught:
            if not issubclass(warning.category, pd.errors.ParserWarning):
                warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                       warning.lineno)
                continue
            for line in str(warning.message).splitlines():
                if found := _SKIPPED_LINE.match(line.strip()):
                    row = data_row(path, int(found[1])) or int(found[1]) - 1
                    skipped.add(row)
                    where = f"row {row} (line {found[1]}): {found[2]}"
                    warn_input(f"skipped {CorpusError(path, where)}")
        if chunk is None:
            return
        yield chunk


def _csv_rows(path: Path, errors: str = "raise") -> Iterator[tuple[str, Any]]:
    import pandas as pd

    try:
        # Bytes that are not UTF-8 are kept as surrogates (object cells: pandas' Arrow strings
        # refuse them), so that only the rows holding them are refused, each by its number.
        chunks = pd.read_csv(path, dtype=object, keep_default_na=False, na_filter=False,
                             chunksize=BATCH_ROWS, encoding="utf-8-sig",
                             encoding_errors="surrogateescape",
                             on_bad_lines="error" if errors == "raise" else "warn")
        number, skipped = 0, set()  # a row's number counts the rows skipped before it
        lines = CsvRecords(path)
        with chunks, lines:
            first = True
            for chunk in _chunks_skipping_long_lines(chunks, path, skipped):
                if first:
                    yield "", [str(c) for c in chunk.columns]
                    first = False
                for row in chunk.to_dict("records"):
                    number += 1
                    while number in skipped:
                        number += 1
                    yield f"row {number}", (_not_utf8(row) or quote_problem(row, lines, number)
                                            or present(row, lines, number))
            if first:
                raise CorpusError(path, "table holds no rows")
    except pd.errors.EmptyDataError:
        raise CorpusError(path, "empty file (no header row)") from None
    except pd.errors.ParserError as exc:
        raise CorpusError(path, f"not a valid CSV file ({csv_problem(str(exc))})"
                                f"{separator_hint(path)}") from None
    except UnicodeEncodeError as exc:  # the column names become Arrow strings
        byte = ord(exc.object[exc.start]) - 0xDC00
        raise CorpusError(path, f"header row: not valid UTF-8 (byte 0x{byte:02x}); convert "
                                "the file, e.g. iconv -f latin1 -t utf-8") from None
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from None


_PANDAS_PROBLEMS = (
    (re.compile(r"Expected (\d+) fields? in line (\d+), saw (\d+)"),
     lambda m: f"line {m[2]}: expected {m[1]} fields, saw {m[3]}; a field holding a comma "
               "must be in quotation marks"),
    (re.compile(r"EOF inside string starting at row (\d+)"),
     lambda m: f"line {int(m[1]) + 1}: a quoted field opens and never closes, so the rest of "
               "the file would be one field; close its quotation mark"),
)


def csv_problem(message: str) -> str:
    """pandas' message for a CSV it cannot parse, in the terms of the file's lines:
    ``"Error tokenizing data. C error: Expected 3 fields in line 3, saw 5"`` becomes ``"line 3:
    expected 3 fields, saw 5; ..."``; an unknown message as it is."""
    for pattern, say in _PANDAS_PROBLEMS:
        if found := pattern.search(message):
            return say(found)
    return message.strip()


_SKIPPED_LINE = re.compile(r"Skipping line (\d+): (expected \d+ fields?, saw \d+)")
"""pandas' warning for a CSV line it skipped (``on_bad_lines="warn"``)."""


def separator_hint(path: Path) -> str:
    """``"; its header row is separated by semicolons ..."`` when a ``.csv`` file's first line
    holds no comma but semicolons or tabs (a spreadsheet's export in a locale that writes
    decimal commas), else ``""``."""
    if path.suffix.lower() != ".csv":
        return ""
    try:
        with open(path, "rb") as fh:
            header = fh.readline(65_536)
    except OSError:
        return ""
    if b"," in header:
        return ""
    for byte, name in ((b";", "semicolons"), (b"\t", "tabs")):
        if byte in header:
            return (f"; its header row is separated by {name}, not commas: save it as "
                    "comma-separated CSV")
    return ""


def _not_utf8(row: dict[str, Any]) -> str | None:
    """What is wrong with a CSV row, read with ``surrogateescape``, whose cells hold bytes
    that are not UTF-8 (naming the first such column); ``None`` when none does."""
    for col, value in row.items():
        if not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            byte = ord(value[exc.start]) - 0xDC00
            return (f"not valid UTF-8 (byte 0x{byte:02x} in column {col!r}); convert the file, "
                    "e.g. iconv -f latin1 -t utf-8")
    return None


def _jsonl_rows(path: Path) -> Iterator[tuple[str, Any]]:
    started = False
    try:
        with open(path, "rb") as fh:
            for number, raw in enumerate(fh, start=1):
                label = f"line {number}"
                row = _json_object(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw)
                if row is None:
                    continue
                if not started:
                    # The first object's keys are the columns the text and id are looked for in.
                    if isinstance(row, str):
                        raise CorpusError(path, f"{label}: {row}")
                    started = True
                    yield "", list(row)
                yield label, row
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not started:
        raise CorpusError(path, "table holds no rows")


def _json_object(raw: bytes) -> dict[str, Any] | str | None:
    """One JSONL line parsed, the problem with it, or ``None`` for a blank line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
    if not line.strip():
        return None
    try:
        row = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        where = "" if exc.msg.endswith(" at") else " at"  # "Unterminated string starting at"
        return f"not valid JSON ({exc.msg}{where} column {exc.colno})"
    except RecursionError:
        return "not valid JSON (nested too deeply)"
    if not isinstance(row, dict):
        return f"must hold a JSON object, not {type(row).__name__}"
    return row


def _parquet_rows(path: Path) -> Iterator[tuple[str, Any]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise CorpusError(path, f"not a valid Parquet file ({_one_line(exc)})") from None
    with table:
        yield "", list(table.schema_arrow.names)
        number = 0
        batches = table.iter_batches(batch_size=BATCH_ROWS)
        while True:
            try:  # a damaged page shows only when its batch is decoded
                batch = next(batches, None)
            except (pa.ArrowException, OSError) as exc:
                raise CorpusError(path, f"not a valid Parquet file after row {number} "
                                        f"({_one_line(exc)})") from None
            if batch is None:
                return
            for row in batch.to_pylist():
                number += 1
                yield f"row {number}", row


def _one_line(exc: Exception) -> str:
    """A library's error message on one line, without control characters."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(exc)).split())
