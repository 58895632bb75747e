"""The metric table of large corpora: streamed in chunks, in parallel, or on a Dask cluster.

:func:`analysis.export.metric_table` holds a whole corpus in memory and uses one core. This
module produces the very same rows (a test compares them) for corpora of any size:

* **Streamed in chunks.** Documents are read ``chunk_size`` at a time (default 100) and each
  chunk goes through :func:`~analysis.export.metric_table`; only a bounded number of chunks is
  ever in memory, so memory stays flat as the corpus grows.
* **In parallel.** Chunks are processed by ``jobs`` worker processes
  (:class:`concurrent.futures.ProcessPoolExecutor`; default: every core) and written in corpus
  order as they finish.
* **On a cluster.** :func:`analysis.dask_engine.run_dask` runs the same chunks as Dask tasks.

Each file is read once. Every metric of a row depends on its own document only, with one
optional exception: with ``corpus_df=True`` the keyphrases of document rows are scored with the
corpus's document frequencies (:func:`analysis.metrics.keyphrases.corpus_frequencies`; off by
default, it measured no better), which takes a first pass over the files to sum them.

Bad files: in ``errors="raise"`` mode the first bad file stops the run with a
:class:`~analysis.errors.CorpusError` and nothing is written (outputs are atomic); otherwise it
is skipped with a warning naming it, raised in the calling process in corpus order. A folder
whose every file is bad is an error listing each file and its problem.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus.dates import check_date_order
from .corpus.documents import (
    MAX_BYTES,
    MAX_PARAGRAPH_CHARS,
    Corpus,
    Document,
    file_kind,
    load_document,
    missing_error,
    read_text,
)
from .corpus.load import folder_files, skip_warning, warn_other_files
from .corpus.web_pages import HTML_SUFFIXES
from .errors import CorpusError, warn_input
from .progress import progress_bar
from .workers import default_jobs, gc_paused, ordered, process_pool, warm_up

DEFAULT_CHUNK_SIZE = 100
"""Documents per chunk: large enough that pandas' fixed cost per table is small (about 40 ms a
call, 0.4 ms a document), small enough that a chunk's table is a few megabytes."""

OUTPUT_FORMATS = ("csv", "jsonl", "parquet")


@dataclass(frozen=True)
class Limits:
    """Input limits and error policy, as :func:`analysis.corpus.documents.iter_corpus` takes
    them."""

    errors: str = "warn"
    max_bytes: int = MAX_BYTES
    max_paragraph_chars: int = MAX_PARAGRAPH_CHARS
    date_order: str | None = None
    date_errors: str | None = None
    """How an unreadable date is handled when it differs from ``errors``: a single file stops
    on any other problem, but its date, as a folder's, is only emptied with a warning."""


class CorpusChunk(Corpus):
    """A chunk of a larger corpus, carrying that corpus's keyphrase document frequencies
    (``(None, None)`` unless ``corpus_df``), which
    :func:`analysis.metrics.keyphrases.corpus_frequencies` uses instead of the chunk's own."""

    def __init__(self, documents: Iterable[Document], name: str, root: str | None,
                 keyphrase_frequencies: tuple[dict[str, int] | None, int | None]) -> None:
        super().__init__(documents, name=name, root=root)
        self.keyphrase_frequencies = keyphrase_frequencies


@dataclass(frozen=True)
class Source:
    """What to process: files (``(path, doc_id)`` pairs) or in-memory documents.

    Build one with :func:`source_of`. ``name`` and ``root`` are those
    :func:`analysis.corpus.load_corpus` would give the corpus.
    """

    items: tuple[Any, ...]
    name: str
    root: str | None
    limits: Limits

    def chunks(self, size: int) -> list[tuple[Any, ...]]:
        """The items in consecutive chunks of at most ``size``."""
        return [self.items[i:i + size] for i in range(0, len(self.items), size)]


def _listed(path: Path) -> list[tuple[str, str]] | None:
    """The ``(path, doc_id)`` items of a folder of ``.txt`` files; ``None`` for inputs that
    :func:`analysis.corpus.iter_corpus` must read (a table of articles, a folder with saved web
    pages): those are loaded here, not listed file by file."""
    if path.is_file():
        return None if path.suffix.lower() not in (".txt",) else [(str(path), path.stem)]
    if not path.is_dir():
        return []
    files, other = folder_files(path)
    if any(rel.lower().endswith(HTML_SUFFIXES) for _, rel in files):
        return None
    warn_other_files(path, other)
    # "a.txt" -> "a" (and "B.TXT" -> "B"), as Path.with_suffix("") gives it.
    return [(f, rel[:-len(".txt")]) for f, rel in files]


def source_of(source: Any, errors: str | None = None, name: str | None = None,
              max_bytes: int = MAX_BYTES, max_paragraph_chars: int = MAX_PARAGRAPH_CHARS,
              progress: bool | None = False, **load_options: Any) -> Source:
    """Turn a path, a :class:`Corpus` or documents into a :class:`Source`.

    Folders of ``.txt`` files are listed, not read (each worker reads its chunk's files).
    Tables of articles and folders with saved web pages are read here by
    :func:`analysis.corpus.iter_corpus` (with ``load_options``: ``text_column``,
    ``id_column``, ``keep_raw_html_text``, ``date_order``; workers reading a folder's files get
    ``date_order`` too). ``errors`` is ``"raise"`` or ``"warn"`` as in
    :func:`analysis.corpus.iter_corpus`; raises :class:`CorpusError` for a missing path or a
    folder without corpus files. ``progress`` (as in :func:`analysis.progress.progress_bar`)
    counts the documents read here: a table of 10,000 articles takes some 20 s to read.
    """
    check_date_order(load_options.get("date_order"))
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.exists():
            raise missing_error(path)
        listed = _listed(path)
        name = name or (path.stem if path.is_file() else path.resolve().name)
        if listed is not None:  # read by the workers, not by iter_corpus, which would warn
            from .corpus.load import warn_unused_columns

            warn_unused_columns(path, load_options.get("text_column", "text"),
                                load_options.get("id_column"), stacklevel=3)
        if listed is None:
            from .corpus.load import iter_corpus

            read = []
            with progress_bar(None, "reading", progress) as bar:
                for doc in iter_corpus(path, errors=errors, max_bytes=max_bytes,
                                       max_paragraph_chars=max_paragraph_chars, **load_options):
                    read.append(doc)
                    bar.update(1)
            docs = tuple(read)
            return Source(docs, name, str(path), Limits("raise", max_bytes, max_paragraph_chars))
        date_policy = None
        if path.is_file():
            policy, date_policy = "raise", errors or "warn"
        elif path.is_dir():
            if not listed:
                raise CorpusError(path, "folder holds no .txt or .html files")
            policy = errors or "warn"
        else:
            raise CorpusError(path, f"neither a file nor a folder ({file_kind(path)})")
        if policy not in {"raise", "warn"}:
            raise ValueError("errors must be 'raise' or 'warn'")
        return Source(tuple(listed), name, str(path),
                      Limits(policy, max_bytes, max_paragraph_chars,
                             load_options.get("date_order"), date_policy))
    docs = tuple(source)
    if not all(isinstance(d, Document) for d in docs):
        raise TypeError("source must be a path, a Corpus or an iterable of Documents")
    return Source(docs, name or getattr(source, "name", "corpus"), getattr(source, "root", None),
                  Limits("raise", max_bytes, max_paragraph_chars))


# --------------------------------------------------------------------------- chunk work
# Top-level functions, so that worker processes and Dask workers can unpickle them.


@dataclass
class Part:
    """What one chunk gives: its documents' count, warnings, skipped files, and its table
    (a DataFrame, or text in a format) or the strict-mode error."""

    n_docs: int
    messages: list[str]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    table: Any = None
    text: str | None = None
    header: str = ""
    columns: tuple[str, ...] = ()
    error: tuple[str, str] | None = None


_LOAD_LOCK = threading.Lock()
"""``warnings.catch_warnings`` swaps process-wide state, so two threads of one Dask worker
must not record warnings at the same time."""


def load_chunk(items: tuple[Any, ...], limits: Limits, actors: bool = True) -> Part:
    """The documents of one chunk (in ``Part.table``), the warnings raised while loading them,
    the skipped files and a strict-mode error; ``actors=False`` links no sentence's actor
    (:meth:`analysis.corpus.documents.Document.from_text`)."""
    docs: list[Document] = []
    skipped: list[tuple[str, str]] = []
    error = None
    with _LOAD_LOCK, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for item in items:
            if isinstance(item, Document):
                docs.append(item)
                continue
            path, doc_id = item
            try:
                docs.append(load_document(path, doc_id=doc_id, max_bytes=limits.max_bytes,
                                          max_paragraph_chars=limits.max_paragraph_chars,
                                          errors=limits.date_errors or limits.errors,
                                          date_order=limits.date_order, actors=actors))
            except CorpusError as exc:
                if limits.errors == "raise":
                    error = (exc.path, exc.problem)
                    break
                skipped.append((exc.path, exc.problem))
                warnings.warn(skip_warning(path, exc), UserWarning, stacklevel=1)
    return Part(len(docs), [str(w.message) for w in caught], skipped, table=docs, error=error)


def table_chunk(items: tuple[Any, ...], limits: Limits, unit: str, keyphrases: int,
                frequencies: tuple[dict[str, int] | None, int | None], name: str,
                root: str | None, fmt: str | None, frames: str = "default") -> Part:
    """One chunk's metric table, as a DataFrame (``fmt`` None or ``parquet``) or as text in
    ``fmt`` (a CSV's header line apart, in ``Part.header``); ``frames`` as in
    :func:`analysis.export.metric_table`."""
    # The collector comes back on only once the chunk's documents and tables are freed (on
    # leaving _chunk_part), so its first pass after the chunk has little left to scan.
    with gc_paused():
        return _chunk_part(items, limits, unit, keyphrases, frequencies, name, root, fmt,
                           frames)


def _chunk_part(items: tuple[Any, ...], limits: Limits, unit: str, keyphrases: int,
                frequencies: tuple[dict[str, int] | None, int | None], name: str,
                root: str | None, fmt: str | None, frames: str = "default") -> Part:
    """:func:`table_chunk`'s work."""
    from .chunk_columns import csv_header
    from .export import metric_table
    from .io import format_table

    # Only a sentence row shows its actor: paragraph and document rows never read it.
    part = load_chunk(items, limits, actors=unit == "sentence")
    docs, part.table = part.table, None
    if part.error is not None or not docs:
        return part
    table = metric_table(CorpusChunk(docs, name, root, frequencies), unit=unit,
                         keyphrases=keyphrases, corpus_df=frequencies[0] is not None,
                         frames=frames)
    if fmt is None or fmt == "parquet":
        part.table = table
    else:
        part.columns = tuple(table.columns)
        part.text = format_table(table, fmt, header=False)
        if fmt == "csv":
            part.header = csv_header(part.columns)
    return part


def frequencies_chunk(items: tuple[Any, ...], limits: Limits) -> Part:
    """The corpus-df first pass over one chunk: its word document frequencies (in
    ``Part.table``)."""
    from .metrics.keyphrases import word_document_frequencies

    texts = []
    for item in items:
        if isinstance(item, Document):
            texts.append(item.text)
            continue
        try:
            texts.append(read_text(item[0], max_bytes=limits.max_bytes))
        except CorpusError:
            continue
    return Part(len(texts), [], table=word_document_frequencies(texts)[0])


# --------------------------------------------------------------------------- local engine


def all_skipped_error(root: str, skipped: list[tuple[str, str]]) -> CorpusError:
    """The error for a folder whose every file was bad: each file and its problem."""
    listed = "; ".join(f"{Path(p).name}: {problem}" for p, problem in skipped[:20])
    more = f"; and {len(skipped) - 20} more" if len(skipped) > 20 else ""
    return CorpusError(root, "no readable .txt or .html files; every file was skipped "
                             f"({listed}{more})")


@dataclass
class Plan:
    """A checked run: what to process and how."""

    src: Source
    unit: str
    jobs: int
    chunk_size: int
    frequencies: tuple[dict[str, int] | None, int | None] = (None, None)
    frames: str = "default"


def plan_run(source: Any, unit: str, jobs: int | None, chunk_size: int, errors: str | None,
             corpus_df: bool = False, progress: bool | None = None,
             load_options: dict[str, Any] | None = None, frames: str = "default") -> Plan:
    """Check the arguments, list the source and (with ``corpus_df``) sum the frequencies."""
    from .export import UNITS
    from .tables.sentences import FRAME_SOURCES

    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    if frames not in FRAME_SOURCES:
        raise ValueError(f"frames must be one of {', '.join(FRAME_SOURCES)}, not {frames!r}")
    if chunk_size < 1:
        raise ValueError(f"chunk size must be at least 1, not {chunk_size}")
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    src = source_of(source, errors=errors, progress=progress, **(load_options or {}))
    jobs = min(jobs, max(1, -(-len(src.items) // chunk_size)))
    if jobs > 1 and sys.platform == "linux":
        warm_up()
    plan = Plan(src, unit, jobs, chunk_size, frames=frames)
    if corpus_df and unit == "document":
        plan.frequencies = _corpus_frequencies(plan, progress)
    return plan


def _corpus_frequencies(plan: Plan, progress: bool | None
                        ) -> tuple[dict[str, int] | None, int | None]:
    df: dict[str, int] = {}
    n = 0
    pool = process_pool(plan.jobs)
    try:
        with progress_bar(len(plan.src.items), "frequencies", progress) as bar:
            tasks = ((c, plan.src.limits) for c in plan.src.chunks(plan.chunk_size))
            for part in ordered(pool, frequencies_chunk, tasks, 2 * plan.jobs):
                n += part.n_docs
                for key, count in part.table.items():
                    df[key] = df.get(key, 0) + count
                bar.update(part.n_docs)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return (df, n) if n >= 2 else (None, None)


def iter_parts(plan: Plan, progress: bool | None, keyphrases: int,
               fmt: str | None) -> Iterator[Part]:
    """The parts of a planned run in corpus order (warnings re-raised here, in order)."""
    src, jobs = plan.src, plan.jobs
    pool = process_pool(jobs)
    written = 0
    skipped: list[tuple[str, str]] = []
    try:
        with progress_bar(len(src.items), "metrics", progress) as bar:
            tasks = ((chunk, src.limits, plan.unit, keyphrases, plan.frequencies, src.name,
                      src.root, fmt, plan.frames) for chunk in src.chunks(plan.chunk_size))
            for part, chunk in zip(ordered(pool, table_chunk, tasks, 2 * jobs),
                                   src.chunks(plan.chunk_size), strict=True):
                for message in part.messages:
                    warn_input(message)
                if part.error is not None:
                    raise CorpusError(*part.error)
                skipped += part.skipped
                written += part.n_docs
                bar.update(len(chunk))
                yield part
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if written == 0 and src.root is not None and Path(src.root).is_dir():
        raise all_skipped_error(src.root, skipped)


def iter_metric_tables(source: Any, unit: str = "document", *, jobs: int | None = None,
                       chunk_size: int = DEFAULT_CHUNK_SIZE, progress: bool | None = None,
                       keyphrases: int = 10, errors: str | None = None,
                       corpus_df: bool = False, frames: str = "default",
                       **load_options: Any) -> Iterator[Any]:
    """Yield the metric table of ``source`` chunk by chunk (DataFrames, in corpus order).

    ``source`` is a ``.txt`` file or folder path, a :class:`~analysis.corpus.Corpus` or an
    iterable of documents. Concatenated, the chunks are
    ``metric_table(load_corpus(source), unit, keyphrases)``; a chunk whose files were all
    skipped yields nothing. ``jobs`` worker processes (default: every core; 1 works in this
    process), ``chunk_size`` documents per chunk, ``progress`` as in
    :func:`analysis.progress.progress_bar`, ``errors`` as in
    :func:`analysis.corpus.iter_corpus`, ``corpus_df`` as in
    :func:`analysis.metrics.keyphrases.keyphrases_table`, ``frames`` as in
    :func:`analysis.export.metric_table` (``"encoder"``: the frames the notebooks show),
    ``load_options`` as in :func:`source_of` (``text_column``, ``id_column``,
    ``keep_raw_html_text``, ``date_order``).
    """
    plan = plan_run(source, unit, jobs, chunk_size, errors, corpus_df, progress, load_options,
                    frames)
    for part in iter_parts(plan, progress, keyphrases, None):
        if part.table is not None:
            yield part.table


def metric_table_parallel(source: Any, unit: str = "document", **options: Any) -> Any:
    """The whole metric table of ``source`` as one DataFrame, computed by
    :func:`iter_metric_tables` (``options`` as there)."""
    import pandas as pd

    from .export import metric_table

    tables = list(iter_metric_tables(source, unit, **options))
    if not tables:
        return metric_table(Corpus([]), unit=unit, keyphrases=options.get("keyphrases", 10))
    return pd.concat(tables, ignore_index=True) if len(tables) > 1 else tables[0]


def run_export(source: Any, output: str | Path | None = None, unit: str = "document",
               fmt: str = "csv", *, jobs: int | None = None,
               chunk_size: int = DEFAULT_CHUNK_SIZE, progress: bool | None = None,
               keyphrases: int = 10, errors: str | None = None,
               corpus_df: bool = False, frames: str = "default", **load_options: Any) -> int:
    """Write the metric table of ``source`` as CSV, JSON lines or Parquet; returns the number of
    documents written (``frames`` as in :func:`analysis.export.metric_table`, ``load_options``
    as in :func:`source_of`).

    The text is that of ``format_table(metric_table(load_corpus(source), unit), fmt)``,
    streamed chunk by chunk: to ``output`` through a temporary file renamed into place at the
    end (never inside the input folder or ``seeds/``), or to standard output without
    ``output`` (not for Parquet). Bad input raises :class:`CorpusError` and writes nothing.
    """
    from .chunk_columns import rewrite_parts, write_parquet_parts
    from .io import atomic_path, atomic_text_file, check_output_file, guard_output

    if fmt not in OUTPUT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(OUTPUT_FORMATS)}, not {fmt!r}")
    if fmt == "parquet" and output is None:
        raise ValueError("--format parquet needs -o FILE (Parquet is binary)")
    src_root = source if isinstance(source, str | Path) else getattr(source, "root", None)
    if isinstance(source, str | Path) and not Path(source).exists():
        raise missing_error(Path(source))  # before the guard, which would blame the output
    if output is not None:
        guard_output(output, str(src_root) if src_root is not None else None)
        check_output_file(output)
    plan = plan_run(source, unit, jobs, chunk_size, errors, corpus_df, progress, load_options,
                    frames)
    parts = iter_parts(plan, progress, keyphrases, fmt)
    if fmt == "parquet":
        with atomic_path(output, plan.src.root) as tmp:
            return write_parquet_parts(parts, tmp)

    def write_all(fh: Any) -> int:
        n, written = 0, []
        for part in parts:
            if part.text is None:  # every file of the chunk was skipped
                continue
            text = (part.header if not written else "") + part.text
            fh.write(text)
            written.append((part.columns, len(text)))
            n += part.n_docs
        if any(cols != written[0][0] for cols, _ in written):
            rewrite_parts(fh, written, fmt)  # chunks with different metadata fields
        return n

    if output is None:
        # Standard output cannot be rewritten: the text waits in a temporary file.
        with tempfile.NamedTemporaryFile("w+", encoding="utf-8", newline="") as fh:
            n = write_all(fh)
            fh.seek(0)
            shutil.copyfileobj(fh, sys.stdout)
        return n
    with atomic_text_file(output, plan.src.root) as fh:
        return write_all(fh)

