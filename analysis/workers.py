"""Worker processes of the streaming export: warming up before the fork, the pool, each
worker's set-up, and the collector paused while a chunk is computed.

Used by :mod:`analysis.pipeline` and :mod:`analysis.dask_engine`.
"""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any


class WorkerState:
    """What this process is: ``freeze_chunks`` is set by :func:`init_worker` in an export's
    worker process (never in the caller's own process, whose objects are the user's)."""

    freeze_chunks = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration of one chunk.

    A chunk allocates millions of small objects that reference counting frees; the
    collector's repeated scans of them cost about 5-7% of the time and find little. In an
    export's worker (:class:`WorkerState`) the objects that outlive the chunk (the new entries
    of the per-word-type caches, some 20,000-60,000) are then frozen too: the first
    collection after each chunk otherwise scans them all and finds no garbage (none in
    10,000 synthetic articles), and every tenth chunk's moves them on again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if WorkerState.freeze_chunks:
            gc.freeze()
        if was_enabled:
            gc.enable()


def warm_up() -> None:
    """Load the dictionaries and lexicons once, before worker processes are forked from this
    one, so that each worker does not spend seconds loading its own copy."""
    from .metrics.certainty import load_epistemic_lexicon
    from .metrics.cmu_syllables import cmu_syllables
    from .metrics.frames import load_frame_lexicon, load_frame_model
    from .metrics.hyphenation import pattern_automaton
    from .metrics.keyphrases import default_tagger
    from .metrics.readability import easy_words
    from .metrics.tone import tone_analyser, vader
    from .metrics.tone_lexicon import load_tone_lexicon
    from .metrics.vocabulary import zipf

    cmu_syllables()
    pattern_automaton()
    easy_words()
    zipf("warm")
    default_tagger()
    load_frame_lexicon()
    load_frame_model().bigram_rows  # noqa: B018 - builds the cached per-term weights
    load_epistemic_lexicon()
    vader()
    # The sentence table's analyser (VADER's lexicon plus the domain valences: some 7,500
    # entries, 40-80 ms to build) and the domain's name regex, shared by the workers too.
    tone_analyser(load_tone_lexicon())
    load_tone_lexicon().names_re  # noqa: B018 - compiles the cached regex
    # The workers' tables need these; imported here, their modules are shared too.
    import pandas  # noqa: F401
    import scipy.stats  # noqa: F401

    from .corpus import arguments  # noqa: F401 - the tables' argument check
    _warm_chunk_path()


def _warm_chunk_path() -> None:
    """Import the modules and read the resources that a chunk's table needs beyond the
    dictionaries and lexicons of :func:`warm_up`: without this, every worker imports (and
    without a bytecode cache, compiles) a dozen modules and reads these files again in its
    first chunk."""
    import pandas.core.arrays.masked  # noqa: F401 - imported by pandas' Arrow strings
    import pandas.io.formats.csvs  # noqa: F401 - CSV text of the chunks
    import pyarrow.pandas_compat  # noqa: F401 - pandas' Arrow-backed strings

    from . import chunk_columns, export, io  # noqa: F401
    from .corpus.actor_linker import default_linker
    from .corpus.attribution_model import default_model
    from .metrics.composite import default_composite
    from .metrics.furniture import load_furniture
    from .metrics.keyphrase_case import known_forms
    from .metrics.keyphrase_tokens import word_zipf
    from .metrics.readability import method_attrs
    from .metrics.vocabulary import load_fixed_expressions, load_light_nouns, load_stopwords
    from .tables import aggregate, bootstrap, metadata  # noqa: F401
    from .tables.sentences import sentence_rows

    sentence_rows(())  # builds the lexicons' shared prefilter (TableIndex) for the chunks
    default_linker()
    default_model()
    default_composite()
    load_furniture()
    load_light_nouns()
    load_stopwords()
    method_attrs()
    # The keyphrases' resources read at their first use: the dictionary of frequent words
    # (wordfreq's first bands, read by word_zipf), the fixed expressions and the known forms
    # of names (with the actor list); and pandas' CSV writer (the header line).
    word_zipf("the")
    load_fixed_expressions()
    known_forms()
    chunk_columns.csv_header(("doc_id",))


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def ordered(pool: Any, fn: Callable[..., Any], tasks: Iterable[tuple[Any, ...]],
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


def process_pool(jobs: int) -> Any:
    """A process pool of ``jobs`` workers (``None`` for one job: work in this process)."""
    if jobs <= 1:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # On Linux, fork shares the warmed-up dictionaries with the workers; elsewhere (macOS,
    # Windows) the platform's default, spawn, is the safe choice.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=init_worker)


def init_worker() -> None:
    """Set up a worker process: the objects it holds at its start (after a fork, the
    dictionaries and lexicons :func:`warm_up` loaded: over 120,000 objects) leave the cyclic
    garbage collector's reach (``gc.freeze``). They live as long as the worker, and each full
    collection would otherwise scan them all again (about 90 ms a scan) and write to the
    pages the worker shares with its parent. The objects each chunk leaves behind are frozen in
    their turn (:func:`gc_paused`)."""
    gc.freeze()
    WorkerState.freeze_chunks = True
