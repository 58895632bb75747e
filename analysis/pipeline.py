"""The metric table of large corpora: streamed in chunks, in parallel, or on a Dask cluster.

:func:`analysis.export.metric_table` holds a whole corpus in memory and uses one core. This
module produces the very same rows (a test compares them byte for byte) for corpora of any
size:

* **Streamed in chunks.** Documents are read ``chunk_size`` at a time (default 100) and each
  chunk goes through :func:`~analysis.export.metric_table`; only a bounded number of chunks is
  ever in memory, so memory stays flat as the corpus grows. Any column added to
  ``metric_table`` flows through unchanged.
* **In parallel.** Chunks are processed by ``jobs`` worker processes
  (:class:`concurrent.futures.ProcessPoolExecutor`; default: every core) and written in corpus
  order as they finish.
* **On a cluster.** :func:`run_dask` runs the same chunks as tasks on a Dask cluster
  (``dask.distributed``), each writing one part file (Parquet, CSV or JSON lines).

Every metric of a row depends on its own document only, with one optional exception: with
``corpus_df=True`` the keyphrases of document rows are scored with the corpus's document
frequencies (:func:`analysis.keywords.corpus_frequencies`; off by default, it measured no
better). A run over a folder has two passes. The first reads every file once and checks it as
:func:`analysis.corpus.load_document` does (so bad files are found, and with ``strict``
reported, before anything is written, and the progress bar knows the total) and, with
``corpus_df``, sums the per-document word frequencies
(:func:`analysis.keywords.word_document_frequencies`; a sum, so it parallelises); the second
computes the table, each chunk carrying the corpus-wide frequencies. A corpus given as
:class:`~analysis.corpus.Document` objects is processed the same way.

Warnings (a skipped file, text that looks like HTML) are raised in the calling process, in
corpus order, with the same messages as :func:`analysis.corpus.iter_corpus`.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpus import (
    MAX_BYTES,
    MAX_PARAGRAPH_CHARS,
    Corpus,
    Document,
    load_document,
    read_metadata,
    read_text,
)
from .errors import CorpusError
from .progress import progress_bar

DEFAULT_CHUNK_SIZE = 100
"""Documents per chunk: large enough that pandas' fixed cost per table is small (about 40 ms a
call, 0.4 ms a document), small enough that a chunk's table is a few megabytes."""

OUTPUT_FORMATS = ("csv", "jsonl", "parquet")
"""Formats of :func:`run_dask` parts (the local engine writes ``csv`` or ``jsonl``)."""


@dataclass(frozen=True)
class _Limits:
    """Input limits and error policy, as :func:`analysis.corpus.iter_corpus` takes them."""

    errors: str = "warn"
    max_bytes: int = MAX_BYTES
    max_paragraph_chars: int = MAX_PARAGRAPH_CHARS


class CorpusChunk(Corpus):
    """A chunk of a larger corpus, carrying that corpus's keyphrase document frequencies.

    ``keyphrase_frequencies`` is a ``(doc_freq, n_docs)`` pair (or ``(None, None)`` for a
    corpus of one document) that :func:`analysis.keywords.keyphrases_table` uses instead of
    frequencies over the chunk alone, so that a chunk's keyphrases are those of the whole
    corpus.
    """

    def __init__(self, documents: Iterable[Document], name: str, root: str | None,
                 keyphrase_frequencies: tuple[dict[str, int] | None, int | None]) -> None:
        super().__init__(documents, name=name, root=root)
        self.keyphrase_frequencies = keyphrase_frequencies


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Source:
    """What to process: files (``(path, doc_id)`` pairs) or in-memory documents.

    Build one with :func:`source_of`. ``items`` holds either kind; ``name`` and ``root`` are
    those :func:`analysis.corpus.load_corpus` would give the corpus.
    """

    items: tuple[Any, ...]
    name: str
    root: str | None
    limits: _Limits

    def chunks(self, size: int) -> list[tuple[Any, ...]]:
        """The items in consecutive chunks of at most ``size``."""
        return [self.items[i:i + size] for i in range(0, len(self.items), size)]


def source_of(source: Any, errors: str | None = None, name: str | None = None,
              max_bytes: int = MAX_BYTES,
              max_paragraph_chars: int = MAX_PARAGRAPH_CHARS) -> Source:
    """Turn a ``.txt`` file or folder path, a :class:`Corpus` or documents into a :class:`Source`.

    Paths are listed, not read (a folder of a million files costs a list of a million paths).
    ``errors`` is ``"raise"`` or ``"warn"`` as in :func:`analysis.corpus.iter_corpus` (default
    ``"raise"`` for a single file, ``"warn"`` for a folder); raises :class:`CorpusError` for a
    missing path or a folder without ``.txt`` files.
    """
    from .corpus import _kind, _missing, _text_files

    if isinstance(source, str | Path):
        path = Path(source)
        if not path.exists():
            raise _missing(path)
        if path.is_file():
            items: tuple[Any, ...] = ((str(path), path.stem),)
            policy = "raise"
        elif path.is_dir():
            files = _text_files(path)
            if not files:
                raise CorpusError(path, "folder holds no .txt files")
            items = tuple((str(f), f.relative_to(path).with_suffix("").as_posix())
                          for f in files)
            policy = errors or "warn"
        else:
            raise CorpusError(path, f"neither a file nor a folder ({_kind(path)})")
        if policy not in {"raise", "warn"}:
            raise ValueError("errors must be 'raise' or 'warn'")
        return Source(items, name or (path.stem if path.is_file() else path.resolve().name),
                      str(path), _Limits(policy, max_bytes, max_paragraph_chars))
    docs = tuple(source)
    if not all(isinstance(d, Document) for d in docs):
        raise TypeError("source must be a path, a Corpus or an iterable of Documents")
    return Source(docs, name or getattr(source, "name", "corpus"), getattr(source, "root", None),
                  _Limits("raise", max_bytes, max_paragraph_chars))


# --------------------------------------------------------------------------- workers
# Top-level functions, so that worker processes and Dask workers can unpickle them.


def _check_file(path: str, limits: _Limits) -> str:
    """The text of one file after the checks of :func:`analysis.corpus.load_document`
    (raises :class:`CorpusError`), without segmenting it."""
    p = Path(path)
    try:
        os.fsencode(p).decode("utf-8")
    except UnicodeDecodeError:
        raise CorpusError(p, "file name is not valid UTF-8; rename it") from None
    text = read_text(p, max_bytes=limits.max_bytes)
    from .sentences import split_paragraphs

    # A text no longer than the limit has no paragraph over it: no need to segment it here.
    spans = split_paragraphs(text) if len(text) > limits.max_paragraph_chars else []
    for number, (start, end) in enumerate(spans, start=1):
        if end - start > limits.max_paragraph_chars:
            raise CorpusError(p, f"paragraph {number} is {end - start:,} characters long (the "
                                 f"limit is {limits.max_paragraph_chars:,}), not article text; "
                                 "separate paragraphs with blank lines")
    read_metadata(p.with_suffix(".json"))
    return text


@dataclass
class _Scan:
    """What the first pass learns from one chunk."""

    n_docs: int
    doc_freq: dict[str, int] | None
    error: tuple[str, str] | None = None  # (path, problem) of the first bad file, strict mode


def _scan_chunk(items: tuple[Any, ...], limits: _Limits, frequencies: bool) -> _Scan:
    """First pass over one chunk: count readable documents and, when ``frequencies``, sum
    their keyphrase word frequencies."""
    from .keywords import word_document_frequencies

    texts: list[str] = []
    for item in items:
        if isinstance(item, Document):
            texts.append(item.text)
            continue
        try:
            texts.append(_check_file(item[0], limits))
        except CorpusError as exc:
            if limits.errors == "raise":
                return _Scan(len(texts), None, (exc.path, exc.problem))
    df = word_document_frequencies(texts)[0] if frequencies else None
    return _Scan(len(texts), df)


@dataclass
class _Part:
    """What the second pass returns for one chunk."""

    n_docs: int
    messages: list[str]
    table: Any = None  # the chunk's DataFrame (when asked for)
    text: str | None = None  # the chunk formatted (when asked for)
    error: tuple[str, str] | None = None


_LOAD_LOCK = threading.Lock()
"""``warnings.catch_warnings`` swaps process-wide state, so two threads of one Dask worker
must not record warnings at the same time."""


def _load_chunk(items: tuple[Any, ...], limits: _Limits
                ) -> tuple[list[Document], list[str], tuple[str, str] | None]:
    """Documents of one chunk, the warnings raised while loading, and a strict-mode error."""
    docs: list[Document] = []
    messages: list[str] = []
    with _LOAD_LOCK, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for item in items:
            if isinstance(item, Document):
                docs.append(item)
                continue
            path, doc_id = item
            try:
                docs.append(load_document(path, doc_id=doc_id, max_bytes=limits.max_bytes,
                                          max_paragraph_chars=limits.max_paragraph_chars))
            except CorpusError as exc:
                if limits.errors == "raise":
                    return docs, [str(w.message) for w in caught], (exc.path, exc.problem)
                warnings.warn(f"skipped {exc}", UserWarning, stacklevel=1)
    messages.extend(str(w.message) for w in caught)
    return docs, messages, None


def _table_chunk(items: tuple[Any, ...], limits: _Limits, unit: str, keyphrases: int,
                 frequencies: tuple[dict[str, int] | None, int | None], name: str,
                 root: str | None, fmt: str | None) -> _Part:
    """Second pass over one chunk: its metric table, as a DataFrame (``fmt`` None) or as text
    in ``fmt`` (CSV with its header line)."""
    from .export import format_table, metric_table

    with _gc_paused():
        docs, messages, error = _load_chunk(items, limits)
        if error is not None or not docs:
            return _Part(len(docs), messages, error=error)
        table = metric_table(CorpusChunk(docs, name, root, frequencies), unit=unit,
                             keyphrases=keyphrases, corpus_df=frequencies[0] is not None)
        if fmt is None:
            return _Part(len(docs), messages, table=table)
        return _Part(len(docs), messages, text=format_table(table, fmt))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration of one chunk.

    A chunk allocates millions of small objects (tokens, matches, rows) that reference
    counting frees; the collector's repeated scans of them cost about 5-7% of the time and
    find little. Whatever cyclic garbage a chunk leaves is collected once it is switched back
    on (a chunk is bounded, so memory stays flat).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --------------------------------------------------------------------------- local engine

_worker_state: dict[str, Any] = {}
"""Per worker process: the corpus-wide keyphrase frequencies, sent once per worker by the
pool initialiser rather than once per chunk."""


def _init_worker(frequencies: tuple[dict[str, int] | None, int | None]) -> None:
    _worker_state["frequencies"] = frequencies


def _table_chunk_in_worker(items: tuple[Any, ...], limits: _Limits, unit: str,
                           keyphrases: int, name: str, root: str | None,
                           fmt: str | None) -> _Part:
    """:func:`_table_chunk` with the frequencies :func:`_init_worker` stored."""
    return _table_chunk(items, limits, unit, keyphrases, _worker_state["frequencies"], name,
                        root, fmt)


def _warm_up() -> None:
    """Load the dictionaries and lexicons once, before worker processes are forked from this
    one, so that each worker does not spend seconds loading its own copy."""
    from . import stance
    from .keywords import _zipf
    from .readability import easy_words
    from .syllables import cmu_dictionary

    cmu_dictionary()
    easy_words()
    _zipf("warm")
    stance.load_frame_lexicon()
    stance.load_epistemic_lexicon()
    stance._vader()


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _ordered(pool: Any, fn: Callable[..., Any], tasks: Iterable[tuple[Any, ...]],
             inflight: int) -> Iterator[Any]:
    """Results of ``fn(*task)`` in task order, with at most ``inflight`` tasks submitted
    (``pool`` None: run here, one at a time)."""
    if pool is None:
        for task in tasks:
            yield fn(*task)
        return
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(pool.submit(fn, *task))
        if len(pending) >= inflight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _pool(jobs: int, initializer: Callable[..., None] | None = None,
          initargs: tuple[Any, ...] = ()) -> Any:
    """A process pool of ``jobs`` workers (``None`` for one job: work in this process)."""
    if jobs <= 1:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # On Linux, fork shares the warmed-up dictionaries with the workers; elsewhere (macOS,
    # Windows) the platform's default, spawn, is the safe choice.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer,
                               initargs=initargs)


def _raise_corpus_error(error: tuple[str, str]) -> None:
    raise CorpusError(error[0], error[1])


def corpus_scan(src: Source, frequencies: bool, jobs: int = 1,
                chunk_size: int = DEFAULT_CHUNK_SIZE, progress: bool | None = None
                ) -> tuple[int, tuple[dict[str, int] | None, int | None]]:
    """First pass: readable documents and the keyphrase frequencies (``(None, None)`` unless
    ``frequencies`` and there are two or more documents). Raises :class:`CorpusError` in
    strict mode at the first bad file, and when no file is readable."""
    n = 0
    df: dict[str, int] = {}
    pool = _pool(jobs)
    try:
        with progress_bar(len(src.items), "reading", progress) as bar:
            tasks = ((chunk, src.limits, frequencies) for chunk in src.chunks(chunk_size))
            for scan, chunk in zip(_ordered(pool, _scan_chunk, tasks, 2 * jobs),
                                   src.chunks(chunk_size), strict=True):
                if scan.error is not None:
                    _raise_corpus_error(scan.error)
                n += scan.n_docs
                for key, count in (scan.doc_freq or {}).items():
                    df[key] = df.get(key, 0) + count
                bar.update(len(chunk))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if n == 0 and src.root is not None and Path(src.root).is_dir():
        raise CorpusError(src.root, "no readable .txt files (every file was skipped)")
    return n, ((df, n) if frequencies and n >= 2 else (None, None))


def _emit(messages: Iterable[str]) -> None:
    for message in messages:
        warnings.warn(message, UserWarning, stacklevel=3)


@dataclass
class _Plan:
    """A local run after its first pass: what to process and with what."""

    src: Source
    unit: str
    jobs: int
    chunk_size: int
    n_docs: int
    frequencies: tuple[dict[str, int] | None, int | None]


def _prepare(source: Any, unit: str, jobs: int | None, chunk_size: int,
             progress: bool | None, errors: str | None, corpus_df: bool = False) -> _Plan:
    """Check the arguments and run the first pass (:func:`corpus_scan`)."""
    from .export import UNITS

    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    if chunk_size < 1:
        raise ValueError(f"chunk size must be at least 1, not {chunk_size}")
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    src = source_of(source, errors=errors)
    jobs = min(jobs, max(1, -(-len(src.items) // chunk_size)))
    if jobs > 1 and sys.platform == "linux":
        _warm_up()
    n_docs, frequencies = corpus_scan(src, unit == "document" and corpus_df, jobs, chunk_size,
                                      progress)
    return _Plan(src, unit, jobs, chunk_size, n_docs, frequencies)


def _iter_parts(plan: _Plan, progress: bool | None, keyphrases: int,
                fmt: str | None) -> Iterator[_Part]:
    """The second-pass parts of a prepared run in corpus order."""
    src, jobs = plan.src, plan.jobs
    pool = _pool(jobs, _init_worker, (plan.frequencies,))
    if pool is None:
        _init_worker(plan.frequencies)
    seen = 0
    try:
        with progress_bar(len(src.items), "metrics", progress) as bar:
            tasks = ((chunk, src.limits, plan.unit, keyphrases, src.name, src.root, fmt)
                     for chunk in src.chunks(plan.chunk_size))
            for part, chunk in zip(_ordered(pool, _table_chunk_in_worker, tasks, 2 * jobs),
                                   src.chunks(plan.chunk_size), strict=True):
                _emit(part.messages)
                if part.error is not None:
                    _raise_corpus_error(part.error)
                seen += part.n_docs
                bar.update(len(chunk))
                yield part
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        _worker_state.clear()
    if seen != plan.n_docs:
        raise RuntimeError(f"{src.root or src.name}: {plan.n_docs} documents were readable in "
                           f"the first pass but {seen} in the second; did files change during "
                           "the run?")


def iter_metric_tables(source: Any, unit: str = "document", *, jobs: int | None = None,
                       chunk_size: int = DEFAULT_CHUNK_SIZE, progress: bool | None = None,
                       keyphrases: int = 10, errors: str | None = None,
                       corpus_df: bool = False) -> Iterator[Any]:
    """Yield the metric table of ``source`` chunk by chunk (DataFrames, in corpus order).

    ``source`` is a ``.txt`` file or folder path, a :class:`~analysis.corpus.Corpus` or an
    iterable of documents. Concatenated, the chunks are
    ``metric_table(load_corpus(source), unit, keyphrases)`` (see the module docstring);
    a chunk whose files were all skipped yields nothing. ``jobs`` worker processes (default:
    every core; 1 works in this process), ``chunk_size`` documents per chunk, ``progress``
    as in :func:`analysis.progress.progress_bar`, ``errors`` as in
    :func:`analysis.corpus.iter_corpus`, ``corpus_df`` as in
    :func:`analysis.keywords.keyphrases_table`.
    """
    plan = _prepare(source, unit, jobs, chunk_size, progress, errors, corpus_df)
    for part in _iter_parts(plan, progress, keyphrases, None):
        if part.table is not None:
            yield part.table


def metric_table_parallel(source: Any, unit: str = "document", *, jobs: int | None = None,
                          chunk_size: int = DEFAULT_CHUNK_SIZE, progress: bool | None = None,
                          keyphrases: int = 10, errors: str | None = None,
                          corpus_df: bool = False) -> Any:
    """The whole metric table of ``source`` as one DataFrame, computed by
    :func:`iter_metric_tables` (for notebooks on corpora of thousands of articles)."""
    import pandas as pd

    from .export import metric_table

    tables = list(iter_metric_tables(source, unit, jobs=jobs, chunk_size=chunk_size,
                                     progress=progress, keyphrases=keyphrases, errors=errors,
                                     corpus_df=corpus_df))
    if not tables:
        return metric_table(Corpus([]), unit=unit, keyphrases=keyphrases)
    return pd.concat(tables, ignore_index=True) if len(tables) > 1 else tables[0]


def _guard(path: Path, root: str | None) -> None:
    from .export import _guard_output

    _guard_output(path, root)


def run_export(source: Any, output: str | Path | None = None, unit: str = "document",
               fmt: str = "csv", *, jobs: int | None = None,
               chunk_size: int = DEFAULT_CHUNK_SIZE, progress: bool | None = None,
               keyphrases: int = 10, errors: str | None = None,
               corpus_df: bool = False) -> int:
    """Write the metric table of ``source`` as CSV or JSON lines; returns the documents written.

    The text is that of ``format_table(metric_table(load_corpus(source), unit), fmt)``,
    streamed chunk by chunk: to ``output`` through a temporary file renamed into place at the
    end (never inside the input folder or ``seeds/``), or to standard output without
    ``output``. Bad input raises :class:`CorpusError` before anything is written.
    """
    if fmt not in ("csv", "jsonl"):
        raise ValueError(f"format must be csv or jsonl here, not {fmt!r} (parquet parts: "
                         "--engine dask)")
    plan = _prepare(source, unit, jobs, chunk_size, progress, errors, corpus_df)
    parts = _iter_parts(plan, progress, keyphrases, fmt)

    def write_all(fh: Any) -> int:
        n = 0
        for part in parts:
            if part.text is None:  # every file of the chunk was skipped
                continue
            text = part.text
            if n and fmt == "csv":  # one header: that of the first chunk written
                text = text.split("\n", 1)[1]
            fh.write(text)
            n += part.n_docs
        return n

    if output is None:
        return write_all(sys.stdout)
    from .export import atomic_text_file

    with atomic_text_file(output, plan.src.root) as fh:
        return write_all(fh)


# --------------------------------------------------------------------------- Dask engine


def _write_part(items: tuple[Any, ...], index: int, *, limits: _Limits, unit: str,
                keyphrases: int, frequencies: tuple[dict[str, int] | None, int | None],
                name: str, root: str | None, fmt: str, folder: str) -> _Part:
    """A Dask task: the metric table of one chunk written to ``folder/part-NNNNN.<fmt>``
    (atomically); returns the part without its table."""
    part = _table_chunk(items, limits, unit, keyphrases, frequencies, name, root,
                        None if fmt == "parquet" else fmt)
    if part.error is not None or (part.table is None and part.text is None):
        return part
    target = Path(folder) / f"part-{index:05d}.{fmt}"
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        if fmt == "parquet":
            os.close(fd)
            part.table.to_parquet(tmp, index=False)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(part.text)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return _Part(part.n_docs, part.messages)


def _client(scheduler: Any, jobs: int | None) -> tuple[Any, Callable[[], None]]:
    """A ``distributed.Client`` and a function that closes what was opened here.

    ``scheduler`` is a Client (used as it is), a scheduler address (``tcp://host:8786``) or
    ``None`` (a local cluster of ``jobs`` single-threaded worker processes on 127.0.0.1).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("--engine dask needs dask.distributed: pip install "
                          "'analysis[dask]'") from None
    if isinstance(scheduler, Client):
        return scheduler, lambda: None
    if scheduler:
        client = Client(scheduler)
        return client, client.close

    cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1,
                           processes=True, host="127.0.0.1", dashboard_address=None)
    client = Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()

    return client, close


def run_dask(source: str | Path, output: str | Path, unit: str = "document",
             fmt: str = "parquet", *, scheduler: Any = None, jobs: int | None = None,
             chunk_size: int = DEFAULT_CHUNK_SIZE, progress: bool | None = None,
             keyphrases: int = 10, errors: str | None = None,
             corpus_df: bool = False) -> list[Path]:
    """Compute the metric table of ``source`` on a Dask cluster, one part file per chunk.

    Writes ``output/part-00000.<fmt>``, ``part-00001``... (``fmt``: ``parquet``, ``csv`` with a
    header in every part, or ``jsonl``); read in name order and concatenated, the parts are the
    table of :func:`run_export`. The two passes of the module docstring run as tasks (with
    ``corpus_df``, the first pass's frequencies are summed here and broadcast to the workers).
    Workers read the input files and write the parts themselves, so on a real cluster
    ``source`` and ``output`` must be paths every worker sees (a shared file system).
    ``scheduler``: see :func:`_client`. Returns the part files written. Bad input raises
    :class:`CorpusError` (with ``errors="raise"``: before any part is written).
    """
    from distributed import as_completed

    from .export import UNITS

    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    if fmt not in OUTPUT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(OUTPUT_FORMATS)}, not {fmt!r}")
    if chunk_size < 1:
        raise ValueError(f"chunk size must be at least 1, not {chunk_size}")
    src = source_of(source, errors=errors)
    folder = Path(output)
    _guard(folder, src.root)
    if folder.exists() and (not folder.is_dir() or any(folder.glob("part-*"))):
        raise ValueError(f"{folder}: output must be a new or empty folder (it receives "
                         "part-NNNNN files)")
    chunks = src.chunks(chunk_size)
    client, close = _client(scheduler, jobs)
    try:
        scans = client.map(_scan_chunk, chunks, limits=src.limits,
                           frequencies=unit == "document" and corpus_df, pure=False)
        sizes = {f.key: len(c) for f, c in zip(scans, chunks, strict=True)}
        n = 0
        df: dict[str, int] = {}
        with progress_bar(len(src.items), "reading", progress) as bar:
            for future in as_completed(scans):
                scan = future.result()
                n += scan.n_docs
                for key, count in (scan.doc_freq or {}).items():
                    df[key] = df.get(key, 0) + count
                bar.update(sizes[future.key])
        errors_seen = [s.error for s in client.gather(scans) if s.error is not None]
        if errors_seen:
            _raise_corpus_error(errors_seen[0])
        if n == 0 and src.root is not None and Path(src.root).is_dir():
            raise CorpusError(src.root, "no readable .txt files (every file was skipped)")
        frequencies = ((df, n) if unit == "document" and corpus_df and n >= 2
                       else (None, None))
        shared = client.scatter(frequencies, broadcast=True)
        folder.mkdir(parents=True, exist_ok=True)
        parts = client.map(_write_part, chunks, range(len(chunks)), limits=src.limits,
                           unit=unit, keyphrases=keyphrases, frequencies=shared,
                           name=src.name, root=src.root, fmt=fmt, folder=str(folder),
                           pure=False)
        sizes = {f.key: len(c) for f, c in zip(parts, chunks, strict=True)}
        with progress_bar(len(src.items), "metrics", progress) as bar:
            for future in as_completed(parts):
                bar.update(sizes[future.key])
        results = client.gather(parts)
    finally:
        close()
    written = []
    for index, part in enumerate(results):
        _emit(part.messages)
        if part.error is not None:
            _raise_corpus_error(part.error)
        target = folder / f"part-{index:05d}.{fmt}"
        if target.exists():
            written.append(target)
    return written
