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


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration of one chunk.

    A chunk allocates millions of small objects that reference counting frees; the
    collector's repeated scans of them cost about 5-7% of the time and find little.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
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
    from .metrics.tone import vader
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
    # The workers' tables need these; imported here, their modules are shared too.
    import pandas  # noqa: F401
    import scipy.stats  # noqa: F401


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
    pages the worker shares with its parent."""
    gc.freeze()
