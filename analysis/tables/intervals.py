"""Readability with bootstrap intervals: how much a document's grade depends on its sentences.

For each document, its sentences (those with at least one word) are resampled with replacement;
each resample's counts are the sums of the drawn sentences' counts (counts are additive, so each
sentence is counted once) and every measure is recomputed from them. The interval is the
percentile interval of :mod:`analysis.tables.bootstrap`, one generator per document (seeded
from ``seed`` and its ``doc_id``), all measures of a document sharing the same resamples.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..metrics.readability import (
    ADDITIVE_COUNTS,
    BOOTSTRAP_MEASURES,
    GRADE_MEASURES,
    REASON_EMPTY,
    REASON_FEW_SENTENCES,
    REASON_SMOG,
    SMOG_MIN_SENTENCES,
    method_attrs,
    score_arrays,
)
from .bootstrap import LEVEL, N_RESAMPLES, SEED, bootstrap_interval
from .counts import most_frequent

COLUMNS = ["doc_id", "measure", "value", "ci_low", "ci_high", "n_sentences", "n_resamples",
           "reason"]


def _document_rows(doc_id: Any, mat: np.ndarray, measures: tuple[str, ...],
                   n_resamples: int, seed: int, level: float) -> list[tuple[Any, ...]]:
    n = mat.shape[0]
    point = score_arrays(dict(zip(ADDITIVE_COUNTS, mat.sum(axis=0), strict=True)))

    def stat(i: np.ndarray) -> np.ndarray:
        sums = {k: mat[:, j][i].sum(axis=-1) for j, k in enumerate(ADDITIVE_COUNTS)}
        scores = score_arrays(sums)
        return np.stack([scores[m] for m in measures])

    low, high = bootstrap_interval(stat, [n], key=("readability", doc_id), level=level,
                                   n_resamples=n_resamples, seed=seed) if n >= 2 else (None,
                                                                                       None)
    rows = []
    for k, m in enumerate(measures):
        lo = hi = np.nan
        if n == 0:
            reason = REASON_EMPTY
        elif m == "smog_index" and n < SMOG_MIN_SENTENCES:
            reason = REASON_SMOG
        elif low is None:
            reason = REASON_FEW_SENTENCES
        else:
            reason, lo, hi = "", float(low[k]), float(high[k])
        rows.append((doc_id, m, float(point[m]), lo, hi, n, n_resamples, reason))
    return rows


def readability_intervals(sentences: Any, measures: Sequence[str] = GRADE_MEASURES, *,
                          n_resamples: int = N_RESAMPLES, seed: int = SEED,
                          level: float = LEVEL) -> Any:
    """Document-level readability with percentile bootstrap intervals over sentences.

    ``sentences`` is a sentence table with the readability columns
    (:func:`~analysis.tables.sentences.sentence_table`) or a corpus. ``measures`` must be in
    :data:`~analysis.metrics.readability.BOOTSTRAP_MEASURES` (Linsear Write and the consensus
    use the first 100 words, which sentence resampling does not model).

    Columns: ``doc_id``, ``measure``, ``value`` (on all sentences), ``ci_low``, ``ci_high``,
    ``n_sentences``, ``n_resamples``, ``reason`` ("" or why the interval is NaN).
    """
    import pandas as pd

    from .sentences import sentence_table

    measures = tuple(measures)
    bad = [m for m in measures if m not in BOOTSTRAP_MEASURES]
    if bad:
        raise ValueError(f"cannot bootstrap {bad}: choose from {BOOTSTRAP_MEASURES} "
                         "(Linsear Write and the consensus use the first 100 words, which "
                         "sentence resampling does not model)")
    doc_ids = None
    if not isinstance(sentences, pd.DataFrame):
        docs = list(sentences)
        doc_ids = [d.doc_id for d in docs]  # documents without sentences get an "empty" row
        sentences = sentence_table(docs, metrics=("readability",))
    counts = sentences[list(ADDITIVE_COUNTS)].to_numpy(dtype=np.int64)
    positions = sentences.groupby("doc_id", sort=False).indices
    records = []
    for doc_id in positions if doc_ids is None else doc_ids:
        mat = counts[positions.get(doc_id, np.empty(0, dtype=np.intp))]
        mat = mat[mat[:, 0] > 0]
        records += _document_rows(doc_id, mat, measures, n_resamples, seed, level)
    df = pd.DataFrame.from_records(records, columns=COLUMNS)
    df.attrs.update(method_attrs())
    df.attrs.update({"bootstrap": "percentile, sentences resampled with replacement",
                     "level": level, "seed": seed})
    return df


def measure_spread(intervals: Any) -> Any:
    """Each measure over the documents of :func:`readability_intervals`, in its order:
    ``measure``, ``median``, ``q1`` and ``q3`` (quartiles, pandas' linear interpolation) of the
    defined values, ``n_defined``, ``n_documents`` and ``reason`` (when no document has a value,
    the documents' most frequent reason, an empty document's only when every document is
    empty; else "")."""
    import pandas as pd

    rows = []
    n_docs = intervals["doc_id"].nunique()
    for measure, part in intervals.groupby("measure", sort=False):
        values = part["value"].dropna()
        reasons = [r for r in part["reason"] if r] if values.empty else []
        told = [r for r in reasons if r != REASON_EMPTY] or reasons
        rows.append({"measure": measure, "median": values.median(),
                     "q1": values.quantile(0.25), "q3": values.quantile(0.75),
                     "n_defined": len(values), "n_documents": n_docs,
                     "reason": most_frequent(told) if told else ""})
    return pd.DataFrame(rows, columns=["measure", "median", "q1", "q3", "n_defined",
                                       "n_documents", "reason"])
