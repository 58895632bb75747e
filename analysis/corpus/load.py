"""Loading a corpus: a ``.txt`` file, a saved web page, a table of articles, or a folder.

:func:`load_corpus` and :func:`iter_corpus` dispatch on the path: a ``.txt`` file
(:func:`analysis.corpus.documents.load_document`), a saved ``.html``/``.htm`` page
(:mod:`analysis.corpus.web_pages`), a ``.csv``/``.jsonl``/``.parquet`` table with one article per
row (:mod:`analysis.corpus.table_files`), or a folder of ``.txt`` files and saved pages, searched
recursively (files of other kinds in it are named in one warning, not read). Bad files of a
folder are skipped with a warning naming each (or raise with ``errors="raise"``); a folder
whose every file is bad is an error listing each file and why.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import CorpusError, CorpusWarning, warn_input
from .dates import check_date_order
from .documents import (
    MAX_BYTES,
    MAX_PARAGRAPH_CHARS,
    Corpus,
    Document,
    load_document,
)
from .file_problems import file_kind, missing_error
from .table_files import TABLE_SUFFIXES, iter_table
from .web_pages import HTML_SUFFIXES, load_html

CORPUS_FILE_SUFFIXES = (".txt", *HTML_SUFFIXES)
"""Files a corpus folder is made of: texts and saved web pages."""


def corpus_files(folder: str | Path, suffixes: tuple[str, ...] = (".txt",)
                 ) -> list[tuple[str, str]]:
    """``(path, relative)`` of every file ending in ``suffixes`` under ``folder``: its path
    (as ``str(Path(folder) / ...)`` gives it) and its path relative to ``folder`` in POSIX form,
    sorted by the latter, without following symlinked folders or entering hidden ones.

    Plain strings, not :class:`~pathlib.Path` objects: listing 10,000 files this way takes a
    tenth of the time.
    """
    root = str(Path(folder))
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = os.path.relpath(dirpath, root)
        prefix = "" if rel == os.curdir else rel.replace(os.sep, "/") + "/"
        found.extend((os.path.join(dirpath, f), prefix + f) for f in filenames
                     if f.endswith(suffixes) and not f.startswith("."))
    found.sort(key=lambda item: item[1])
    return found


def text_files(folder: Path, suffixes: tuple[str, ...] = (".txt",)) -> list[Path]:
    """All files ending in ``suffixes`` under ``folder``, sorted, without following symlinked
    folders (:func:`corpus_files`)."""
    return [Path(path) for path, _ in corpus_files(folder, suffixes)]


_OTHER_SHOWN = 10

OTHER_FORMAT_HINTS = {
    ".json": "; a .json file is a text's sidecar: for a JSON array of articles write one object "
             "per line as .jsonl (e.g. jq -c '.[]' {name} > {stem}.jsonl)",
    ".tsv": "; save a tab-separated table as comma-separated .csv",
    ".xlsx": "; save the sheet as CSV UTF-8 (.csv)",
    ".xls": "; save the sheet as CSV UTF-8 (.csv)",
    ".docx": "; save the document as plain text (.txt, UTF-8)",
    ".doc": "; save the document as plain text (.txt, UTF-8)",
    ".rtf": "; save the document as plain text (.txt, UTF-8)",
    ".pdf": "; extract its text first (e.g. pdftotext -enc UTF-8 {name} {stem}.txt)",
}
"""What to do with a file of a common kind that is not a corpus file, added to the error
(``{name}`` and ``{stem}`` are the file's)."""

CORPUS_NOTES = ("README", "LICENSE", "LICENCE")
"""Starts of file names (in capitals) that describe a corpus folder rather than belong to it,
so are passed over without a warning (``README.md``, ``LICENSE``; one ending in ``.txt`` is
still read as a text)."""


def folder_files(folder: str | Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The corpus files of ``folder`` as :func:`corpus_files` lists them (``.txt`` files and
    saved pages, their endings in either case: ``STORY.TXT``), and the relative paths of the
    files of other kinds it holds (a ``.csv``, a ``.md``...), which are not read. Neither list
    holds the ``.json`` sidecars of corpus files nor the files that describe a corpus
    (:data:`CORPUS_NOTES`)."""
    listed = corpus_files(folder, ("",))
    # Either case: an archive copied from Windows or an old CD-ROM names them STORY001.TXT.
    files = [item for item in listed if item[1].lower().endswith(CORPUS_FILE_SUFFIXES)]
    stems = {rel.rsplit(".", 1)[0] for _, rel in files}
    other = [rel for _, rel in listed if not rel.lower().endswith(CORPUS_FILE_SUFFIXES)
             and not (rel.endswith(".json") and rel[:-len(".json")] in stems)
             and not rel.rsplit("/", 1)[-1].upper().startswith(CORPUS_NOTES)]
    return files, other


def warn_other_files(folder: str | Path, other: list[str]) -> None:
    """One :class:`UserWarning` naming the files of other kinds of ``folder`` (none if
    ``other`` is empty)."""
    if not other:
        return
    more = f" and {len(other) - _OTHER_SHOWN} more" if len(other) > _OTHER_SHOWN else ""
    problem = f"ignored {len(other)} file(s) of other kinds"
    warn_input(f"{CorpusError(folder, problem)} ({', '.join(other[:_OTHER_SHOWN])}{more}): a "
               "folder is read for .txt, .html and .htm files and their .json sidecars; "
               "pass a .csv, .jsonl or .parquet table on its own")


def _load_file(path: Path, doc_id: str | None, max_bytes: int, max_paragraph_chars: int,
               keep_raw_html_text: bool, errors: str, date_order: str | None) -> Document:
    """One ``.txt`` file or saved ``.html``/``.htm`` page as a :class:`Document`."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return load_html(path, doc_id=doc_id, keep_raw_html_text=keep_raw_html_text,
                         max_bytes=max_bytes, max_paragraph_chars=max_paragraph_chars,
                         errors=errors, date_order=date_order)
    return load_document(path, doc_id=doc_id, max_bytes=max_bytes,
                         max_paragraph_chars=max_paragraph_chars, errors=errors,
                         date_order=date_order)


def skip_warning(file: str | Path, exc: CorpusError) -> str:
    """The warning for a folder's ``file`` skipped because of ``exc``: ``skipped <file>:
    <problem>``, naming the text file too when the problem is its sidecar's (``skipped
    a.txt: a.json: sidecar is not valid JSON ...``), so that nobody reads it as only the
    metadata being dropped."""
    if Path(exc.path) == Path(file):
        return f"skipped {exc}"
    return f"skipped {CorpusError(file, str(exc))}"


def _skipped_summary(folder: Path, skipped: list[CorpusError], limit: int = 50) -> str:
    """``a.txt (empty file); b.json (sidecar is not valid JSON ...)``: each skipped file and
    why, paths relative to ``folder``, at most ``limit`` of them."""
    shown = []
    for exc in skipped[:limit]:
        where = Path(exc.path)
        if where.is_relative_to(folder):
            where = where.relative_to(folder)
        shown.append(f"{where.as_posix()} ({exc.problem})")
    more = f"; and {len(skipped) - limit} more" if len(skipped) > limit else ""
    return "; ".join(shown) + more


def one_path(path: Any) -> Path:
    """``path`` as a :class:`~pathlib.Path`, or a ``TypeError`` for a list of paths (a corpus
    is one file, table or folder)."""
    if isinstance(path, list | tuple | set):
        raise TypeError(f"a corpus is one path (a file, a table or a folder), not a "
                        f"{type(path).__name__} of {len(path)}; put the files in one folder")
    return Path(path)


def warn_unused_columns(path: Path, text_column: str = "text", id_column: str | None = None,
                        stacklevel: int = 4) -> None:
    """Warn that ``text_column`` and ``id_column``, when not the defaults, are not used: ``path``
    is no table (a folder, a text file, a saved page)."""
    if (text_column != "text" or id_column is not None) and not (
            path.is_file() and path.suffix.lower() in TABLE_SUFFIXES):
        import warnings

        warnings.warn(f"{path}: text_column and id_column name a table's columns (.csv, "
                      ".jsonl, .parquet); they are not used for text files and saved pages",
                      UserWarning, stacklevel=stacklevel)


def iter_corpus(path: str | Path, errors: str | None = None, max_bytes: int = MAX_BYTES,
                max_paragraph_chars: int = MAX_PARAGRAPH_CHARS, *, text_column: str = "text",
                id_column: str | None = None, keep_raw_html_text: bool = False,
                date_order: str | None = None) -> Iterator[Document]:
    """Yield the documents of a file or folder one at a time (memory stays flat).

    A ``.txt`` file, a saved ``.html``/``.htm`` page (:mod:`analysis.corpus.web_pages`), a
    ``.csv``/``.jsonl``/``.parquet`` table with one article per row
    (:mod:`analysis.corpus.table_files`; ``text_column`` and ``id_column`` name its columns), or a
    folder of ``.txt`` files and saved pages. Any other file is an error.
    ``errors`` is ``"raise"`` or ``"warn"`` (the default): a bad file of a folder or a bad row
    of a table is skipped with a :class:`~analysis.errors.CorpusWarning` naming it and the
    problem, and a date that cannot be read, in a single file's sidecar as in a folder or a
    table, only empties the date, with a warning and a ``reason`` field, and keeps the text;
    ``"raise"`` stops at the first problem (``--strict``). A single file that cannot be read
    at all is an error either way. A folder's files of other kinds are named in one warning.
    ``keep_raw_html_text`` keeps a page's whole text when no article is found in it.
    ``date_order`` (``"dmy"`` or ``"mdy"``) reads metadata dates such as ``04/05/2023`` that
    are otherwise refused as ambiguous (:func:`analysis.corpus.dates.normalise_date`).
    """
    path = one_path(path)
    check_date_order(date_order)
    if not path.exists():
        raise missing_error(path)
    warn_unused_columns(path, text_column, id_column)
    if path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:
        yield from iter_table(path, text_column=text_column, id_column=id_column, errors=errors,
                              max_bytes=max_bytes, max_paragraph_chars=max_paragraph_chars,
                              date_order=date_order)
        return
    if path.is_file():
        if path.suffix.lower() not in (".txt", ".html", ".htm"):
            raise CorpusError(path, "not a corpus file: expected a .txt file, a saved .html page, "
                                    "a .csv, .jsonl or .parquet table, or a folder"
                                    + OTHER_FORMAT_HINTS.get(path.suffix.lower(), "").format(
                                        name=path.name, stem=path.stem))
        yield _load_file(path, None, max_bytes, max_paragraph_chars, keep_raw_html_text,
                         errors or "warn", date_order)
        return
    if not path.is_dir():
        raise CorpusError(path, f"neither a file nor a folder ({file_kind(path)})")
    yield from _iter_folder(path, errors or "warn", max_bytes, max_paragraph_chars,
                            keep_raw_html_text, date_order)


def _iter_folder(path: Path, errors: str, max_bytes: int, max_paragraph_chars: int,
                 keep_raw_html_text: bool, date_order: str | None) -> Iterator[Document]:
    """The documents of a folder's ``.txt`` files and saved pages, in path order; a bad file
    is skipped with a warning (``errors="warn"``) or raised, and a folder of bad files only
    is an error listing them."""
    if errors not in {"raise", "warn"}:
        raise ValueError("errors must be 'raise' or 'warn'")
    listed, other = folder_files(path)
    warn_other_files(path, other)
    files = [Path(file) for file, _ in listed]
    if not files:
        raise CorpusError(path, "folder holds no .txt or .html files")
    skipped: list[CorpusError] = []
    first_of: dict[str, Path] = {}
    for file in files:
        doc_id = file.relative_to(path).with_suffix("").as_posix()
        try:
            if doc_id in first_of:
                raise CorpusError(file, f"same document id {doc_id!r} as {first_of[doc_id].name}")
            first_of[doc_id] = file
            doc = _load_file(file, doc_id, max_bytes, max_paragraph_chars, keep_raw_html_text,
                             errors, date_order)
        except CorpusError as exc:
            if errors == "raise":
                raise
            warn_input(skip_warning(file, exc))
            skipped.append(exc)
            continue
        yield doc
    if len(skipped) == len(files):
        raise CorpusError(path, "no readable .txt or .html files (every file was skipped: "
                                f"{_skipped_summary(path, skipped)})")


def load_corpus(path: str | Path, errors: str | None = None, name: str | None = None,
                max_bytes: int = MAX_BYTES, max_paragraph_chars: int = MAX_PARAGRAPH_CHARS,
                *, text_column: str = "text", id_column: str | None = None,
                keep_raw_html_text: bool = False, date_order: str | None = None,
                progress: bool | None = None) -> Corpus:
    """Load a corpus (see :func:`iter_corpus` for what it may be) into a :class:`Corpus`.

    ``name`` defaults to the folder name (or the file stem). See :func:`iter_corpus` for
    ``errors`` and the other options, and the module docstring for the corpus format. The
    warnings of files and rows left out (``skipped ...``) are kept in ``Corpus.skipped``.
    ``progress``: a bar over the documents read (:func:`analysis.progress.progress_bar`: by
    default only on a terminal).
    """
    import warnings

    from ..progress import with_progress

    path = one_path(path)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            docs = list(with_progress(iter_corpus(
                path, errors=errors, max_bytes=max_bytes,
                max_paragraph_chars=max_paragraph_chars, text_column=text_column,
                id_column=id_column, keep_raw_html_text=keep_raw_html_text,
                date_order=date_order), "load_corpus", progress))
    finally:  # shown as they were, at the user's line, also before an error; a repeated one
        seen: dict = {}  # once per load, as a location's registry shows it once
        for w in caught:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, registry=seen,
                                   source=w.source)
    skipped = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)
               and str(w.message).startswith("skipped ")]
    return Corpus(docs, name=name or (path.stem if path.is_file() else path.resolve().name),
                  root=str(path), skipped=skipped)
