"""What is wrong with a path or a corpus lookup, in words a user can act on: a missing or
dangling path, a path that is no regular file, a UTF-16 file, an unknown ``doc_id``."""

from __future__ import annotations

import stat
from collections.abc import Sequence
from pathlib import Path

from ..errors import CorpusError

SHOWN_IDS = 5
"""Ids the error for an unknown ``doc_id`` lists."""


def missing_error(path: Path) -> CorpusError:
    """The error for a path that does not exist (or is a dangling or looping symlink)."""
    if path.is_symlink():
        return CorpusError(path, "broken symbolic link (its target is missing, or the link "
                                 "points to itself in a loop)")
    return CorpusError(path, "no such file or directory")


def file_kind(path: Path) -> str:
    """What a path that is not a regular file is, for error messages ("a FIFO", "a folder")."""
    mode = path.stat().st_mode
    for test, kind in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return "an unknown kind of file"


def utf16_problem(head: bytes) -> str | None:
    """The problem of a file starting with ``head`` when that is a UTF-16 byte order mark
    (Windows' "Unicode" text, Excel's "Unicode text" export), else ``None``."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text, not UTF-8; convert it, e.g. iconv -f utf-16 -t utf-8"
    return None


def unknown_document(key: object, corpus: str, doc_ids: Sequence[str]) -> KeyError:
    """The error for a ``doc_id`` the corpus named ``corpus`` does not hold, naming the corpus
    and its first :data:`SHOWN_IDS` ids (a notebook's ``ARTICLE`` parameter mistyped)."""
    shown = ", ".join(repr(i) for i in doc_ids[:SHOWN_IDS])
    more = f" and {len(doc_ids) - SHOWN_IDS} more" if len(doc_ids) > SHOWN_IDS else ""
    return KeyError(f"no document {key!r} in the corpus {corpus!r} (doc_ids: {shown}{more})")
