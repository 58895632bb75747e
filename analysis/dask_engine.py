"""The metric table on a Dask cluster: one part file per chunk (``export --engine dask``).

The same chunks as :mod:`analysis.pipeline` run as ``dask.distributed`` tasks; each task reads
its files, computes the chunk's table and writes ``part-NNNNN.<fmt>`` atomically. Workers read
the inputs and write the parts themselves, so on a real cluster ``source`` and ``output`` must
be paths every worker sees (a shared file system).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import CorpusError, warn_input
from .pipeline import (
    DEFAULT_CHUNK_SIZE,
    OUTPUT_FORMATS,
    Limits,
    Part,
    all_skipped_error,
    frequencies_chunk,
    source_of,
    table_chunk,
)
from .progress import progress_bar
from .workers import default_jobs


def write_part(items: tuple[Any, ...], index: int, *, limits: Limits, unit: str,
               keyphrases: int, frequencies: tuple[dict[str, int] | None, int | None],
               name: str, root: str | None, fmt: str, folder: str,
               frames: str = "default") -> Part:
    """A Dask task: the metric table of one chunk written to ``folder/part-NNNNN.<fmt>``;
    returns the part without its table."""
    from .io import write_table

    part = table_chunk(items, limits, unit, keyphrases, frequencies, name, root, None, frames)
    if part.error is None and part.table is not None:
        write_table(part.table, Path(folder) / f"part-{index:05d}.{fmt}", fmt)
    return Part(part.n_docs, part.messages, part.skipped, error=part.error)


def client_for(scheduler: Any, jobs: int | None) -> tuple[Any, Callable[[], None]]:
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


def _frequencies(client: Any, chunks: list[Any], limits: Limits
                 ) -> tuple[dict[str, int] | None, int | None]:
    df: dict[str, int] = {}
    n = 0
    for part in client.gather(client.map(frequencies_chunk, chunks, limits=limits,
                                         pure=False)):
        n += part.n_docs
        for key, count in part.table.items():
            df[key] = df.get(key, 0) + count
    return (df, n) if n >= 2 else (None, None)


def _check(folder: Path, results: list[Part], root: str | None, fmt: str) -> list[Path]:
    """The part files written, after re-raising the warnings; on a strict-mode error or an
    all-bad folder, the parts are removed and the error raised."""
    written = [folder / f"part-{i:05d}.{fmt}" for i in range(len(results))]
    written = [p for p in written if p.exists()]
    for part in results:
        for message in part.messages:
            warn_input(message)
    error = next((p.error for p in results if p.error is not None), None)
    n = sum(p.n_docs for p in results)
    if error is not None or (n == 0 and root is not None and Path(root).is_dir()):
        for path in written:
            path.unlink()
        if error is not None:
            raise CorpusError(*error)
        raise all_skipped_error(root, [s for p in results for s in p.skipped])
    return written


def run_dask(source: str | Path, output: str | Path, unit: str = "document",
             fmt: str = "parquet", *, scheduler: Any = None, jobs: int | None = None,
             chunk_size: int = DEFAULT_CHUNK_SIZE, progress: bool | None = None,
             keyphrases: int = 10, errors: str | None = None,
             corpus_df: bool = False, frames: str = "default", **load_options: Any) -> list[Path]:
    """Compute the metric table of ``source`` on a Dask cluster, one part file per chunk.

    Writes ``output/part-00000.<fmt>``, ``part-00001``... (``fmt``: ``parquet``, ``csv`` with a
    header in every part, or ``jsonl``); read in name order and concatenated, the parts are the
    table of :func:`analysis.pipeline.run_export`. With ``corpus_df``, a first pass sums the
    document frequencies and broadcasts them. ``scheduler``: see :func:`client_for`. Returns the
    part files written. Bad input raises :class:`CorpusError` and leaves no part behind.
    ``load_options`` (``text_column``, ``id_column``, ``keep_raw_html_text``, ``date_order``)
    as in :func:`analysis.pipeline.source_of`.
    """
    from distributed import as_completed

    from .export import UNITS
    from .io import guard_output

    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    if fmt not in OUTPUT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(OUTPUT_FORMATS)}, not {fmt!r}")
    if chunk_size < 1:
        raise ValueError(f"chunk size must be at least 1, not {chunk_size}")
    src = source_of(source, errors=errors, **load_options)
    folder = Path(output)
    guard_output(folder, src.root)
    if folder.exists() and (not folder.is_dir() or any(folder.glob("part-*"))):
        raise ValueError(f"{folder}: output must be a new or empty folder (it receives "
                         "part-NNNNN files)")
    chunks = src.chunks(chunk_size)
    created = not folder.exists()
    client, close = client_for(scheduler, jobs)
    try:
        frequencies = (_frequencies(client, chunks, src.limits)
                       if corpus_df and unit == "document" else (None, None))
        # hash=False: a key of its own, so that the release of an earlier run's identical
        # data (same content hash) on the same client cannot cancel this run's tasks
        shared = client.scatter(frequencies, broadcast=True, hash=False)
        folder.mkdir(parents=True, exist_ok=True)
        parts = client.map(write_part, chunks, range(len(chunks)), limits=src.limits,
                           unit=unit, keyphrases=keyphrases, frequencies=shared,
                           name=src.name, root=src.root, fmt=fmt, folder=str(folder),
                           frames=frames, pure=False)
        sizes = {f.key: len(c) for f, c in zip(parts, chunks, strict=True)}
        with progress_bar(len(src.items), "metrics", progress) as bar:
            for future in as_completed(parts):
                bar.update(sizes[future.key])
        results = client.gather(parts)
    finally:
        close()
    try:
        return _check(folder, results, src.root, fmt)
    except CorpusError:
        if created and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()  # a failed run leaves no trace, not even its folder
        raise
