"""The records of a CSV file as Python's :mod:`csv` module reads them, strictly, beside
pandas' reading: to tell what pandas' values hide.

pandas fills the fields a short line lacks (``106,Evening Post`` under four columns) with
``""`` as it does empty ones, so :func:`present` counts the line's own fields. And pandas reads
a quoted field with a quotation mark inside it that is not doubled (``"Seoul said "no deal"
today."``) without a word: the field ends at the inner mark and the rest is appended as plain
text (``Seoul said no deal" today."``), the quotation marks moved. :func:`quote_problem` names
such a row, read strictly (RFC 4180, sec. 2, rule 7: a double quote inside a quoted field is
escaped by another double quote).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

BAD_QUOTES = ("holds a quoted field with a quotation mark inside it that is not doubled, so the "
              "field ends there and its quotation marks are moved; write \"\" for a quotation "
              "mark inside a quoted field")
"""The problem of a row whose quoted field holds an undoubled quotation mark."""


class CsvRecords:
    """The data records of a CSV file, read strictly, opened on first use and read forward
    only. A record the strict reader refuses is a :class:`BadRecord`; the reader goes on at
    the next line, as pandas does (both end such a record at its line's end)."""

    def __init__(self, path: Path) -> None:
        self.path, self.file, self.reader = path, None, None
        self.number, self.last = 0, None

    def __enter__(self) -> CsvRecords:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self.file is not None:
            self.file.close()

    def _next(self) -> list[str] | BadRecord | None:
        """The next record that is not a blank line, ``None`` at the end."""
        while True:
            try:
                fields = next(self.reader, None)
            except csv.Error as exc:
                if "expected after" in str(exc):  # the strict reader's quoting error
                    return BadRecord(self.reader.line_num)
                self.reader = iter(())  # a field over the size limit: tell nothing more
                return None
            if not is_blank(fields):
                return fields

    def record(self, number: int) -> list[str] | BadRecord | None:
        """The fields of data record ``number`` (1-based, blank lines passed over, as pandas
        does), or ``None`` when it cannot be told (read past, or out of step with pandas)."""
        if self.reader is None:
            self.file = open(self.path, encoding="utf-8-sig", errors="surrogateescape",
                             newline="")
            self.reader = csv.reader(self.file, strict=True)
            self._next()  # the header
        if number < self.number:
            return None
        while self.number < number:
            self.last = self._next()
            self.number += 1
            if self.last is None:
                self.reader = iter(())
                return None
        return self.last


def is_blank(fields: list[str] | None) -> bool:
    """Whether a record of :mod:`csv` is a line pandas passes over: empty, or one field of
    spaces and tabs only (``None``, the end, is no blank line)."""
    return fields is not None and (not fields or (len(fields) == 1 and not fields[0].strip()))


def data_row(path: Path, line: int) -> int | None:
    """The data row (1-based, the header and blank lines not counted) of what pandas calls
    ``line`` in a warning or an error: pandas numbers the header, the records and the blank
    lines between them, not the lines inside a quoted field. ``None`` when the file cannot
    be read that far."""
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        rows, at = 0, 0
        try:
            for fields in csv.reader(fh):
                at += 1
                if at > 1 and not is_blank(fields):
                    rows += 1
                if at == line:
                    return rows if not is_blank(fields) else None
        except csv.Error:
            return None
    return None


class BadRecord:
    """A record the strict reader refused, with the line where it stopped."""

    def __init__(self, line: int) -> None:
        self.line = line


def quote_problem(row: dict[str, Any], records: CsvRecords, number: int) -> str | None:
    """:data:`BAD_QUOTES`, with the line, when CSV data row ``number``'s line holds a quoted
    field with an undoubled quotation mark; ``None`` otherwise (only a row with a ``"`` in a
    value is read again)."""
    if not any(isinstance(value, str) and '"' in value for value in row.values()):
        return None
    record = records.record(number)
    if isinstance(record, BadRecord):
        return f"line {record.line} {BAD_QUOTES}"
    return None


def present(row: dict[str, Any], records: CsvRecords, number: int) -> dict[str, Any]:
    """CSV data row ``number`` without the fields its line lacks (it ends early); ``row`` as
    it is when its last field is not empty or its line does not match it."""
    values = list(row.values())
    if not values or values[-1] != "":
        return row
    fields = records.record(number)
    if not isinstance(fields, list) or len(fields) >= len(values) or (
            fields != values[:len(fields)]):
        return row
    return dict(zip(row, fields, strict=False))
