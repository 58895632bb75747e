"""The synthesis of notebook 05: which groups to compare, and one long comparison table.

:func:`choose_grouping` picks what the coverage is compared across: a metadata field such as
``outlet`` when the corpus has at least two values of it, otherwise the articles themselves,
and for a single article its two voices (quoted vs authorial sentences). :func:`comparisons`
runs :func:`analysis.tables.compare.compare_groups` for the readability, tone and frame metrics and
stacks the results into one tidy table (one row per metric and group), which
:func:`analysis.plots.group_intervals`, :func:`analysis.plots.frames_by_group` and
:func:`analysis.commentary.describe_synthesis` read.
"""

from __future__ import annotations

import warnings
from typing import Any

import pandas as pd

from ..corpus.duplicates import drop_duplicates
from ..metrics.frames import FRAMES
from ..tables.aggregate import without_stage
from ..tables.bootstrap import N_RESAMPLES, SEED
from ..tables.compare import compare_groups, compare_pair, unreliable

DOCUMENT_METRICS = ("composite_grade", "flesch_kincaid_grade", "quoted_share")
"""Document-level metrics compared across groups (from the document metric table)."""

SENTENCE_METRICS = ("tone", *(f"frame_{f}" for f in FRAMES))
"""Sentence-level metrics: VADER tone and, per frame, 1 if the sentence carries it, else 0
(so the group mean is the share of its sentences with the frame)."""


def corpus_field(corpus: Any, field: str | None) -> str | None:
    """``field`` if a document of ``corpus`` has it (or it is ``doc_id`` or ``voice``); ``None``
    for a standard field the corpus lacks (:data:`~analysis.corpus.documents.METADATA_FIELDS`:
    ``outlet``, ``date``...); any other name is an error listing the corpus's fields, so that a
    misspelt field (``Country`` for ``country``) stops the run instead of quietly comparing
    something else."""
    from ..corpus.documents import METADATA_FIELDS

    if field is None or field in ("doc_id", "voice"):
        return field
    fields = sorted(set().union(*(d.meta for d in corpus)))
    if field in fields:
        return field
    if field in METADATA_FIELDS:
        return None
    raise ValueError(f"no document of the corpus has the field {field!r}; its fields are "
                     f"{', '.join(fields) or 'none'} (names are case-sensitive)")


def choose_grouping(docs: pd.DataFrame, preferred: str | None = "outlet") -> str:
    """What to compare: ``preferred`` if the document table has at least two distinct values
    of it, else ``"doc_id"`` (the articles) if there are at least two documents, else
    ``"voice"`` (quoted vs authorial sentences of the single article)."""
    if preferred and preferred in docs.columns and docs[preferred].dropna().nunique() >= 2:
        return preferred
    if docs["doc_id"].nunique() >= 2:
        return "doc_id"
    return "voice"


def comparisons(docs: pd.DataFrame, sentences: pd.DataFrame, by: str,
                n_resamples: int = N_RESAMPLES, seed: int = SEED,
                dedupe: pd.DataFrame | None = None) -> pd.DataFrame:
    """Compare the synthesis metrics across the groups of ``by`` (see :func:`choose_grouping`).

    ``docs`` is the document metric table (:func:`analysis.export.metric_table`) and
    ``sentences`` the sentence table (:func:`analysis.tables.sentences.sentence_table`), both
    with the ``by`` column (join metadata with :func:`analysis.tables.metadata.with_metadata`).
    Returns the
    rows of :func:`analysis.tables.compare.compare_groups` for every metric of
    :data:`DOCUMENT_METRICS` (skipped when ``by`` is ``"voice"``: voices are not documents) and
    :data:`SENTENCE_METRICS`, stacked. Documents are the resampling unit when groups hold
    several documents; sentences when each group is one document (``doc_id``, ``voice``),
    where a document bootstrap would have nothing to resample.

    ``dedupe`` (the table of :func:`analysis.corpus.duplicates.find_duplicates`) counts each
    wire story once: copies are dropped from every comparison, each row says how many of its
    group's documents were dropped (``n_duplicates_dropped``) and ``attrs["dropped_documents"]``
    how many in all.

    Two whole-corpus figures travel in ``attrs``, so that prose never mistakes the compared
    subset for the corpus: ``overall`` (each sentence metric's mean over every sentence of
    ``sentences`` with a value, stage rows having none, with ``n_sentences``) and ``n_left_out``
    (documents of ``docs`` without a ``by`` value, which no group holds and every comparison
    leaves out, with one warning saying so).
    """
    unit = "sentence" if by in ("doc_id", "voice") else "document"
    left_out = int(docs[by].isna().sum()) if by in docs.columns else 0
    if left_out:
        warnings.warn(f"{left_out} of {len(docs)} documents have no {by!r} value and are left "
                      "out of every comparison", UserWarning, stacklevel=2)
    parts = []
    with warnings.catch_warnings():  # one warning above, not one per metric
        warnings.filterwarnings("ignore", message=".* have no .* value and are left out")
        if by != "voice":
            for metric in DOCUMENT_METRICS:
                parts.append(compare_groups(docs, metric, by, unit_of_resampling="document",
                                            dedupe=dedupe, n_resamples=n_resamples, seed=seed))
        for metric in SENTENCE_METRICS:
            parts.append(compare_groups(sentences, metric, by, unit_of_resampling=unit,
                                        dedupe=dedupe, n_resamples=n_resamples, seed=seed))
    out = pd.concat(parts, ignore_index=True)
    out.attrs.update(parts[-1].attrs)
    out.attrs["unit_of_resampling"] = unit
    counted = without_stage(sentences) if "voice" in sentences.columns else sentences
    out.attrs["overall"] = {m: float(counted[m].mean()) for m in SENTENCE_METRICS}
    out.attrs["n_sentences"] = int(counted[SENTENCE_METRICS[-1]].notna().sum())
    out.attrs["n_left_out"] = left_out
    out.attrs["extremes"] = _extremes(out, (docs, sentences), by, unit, dedupe, n_resamples,
                                      seed)
    return out


def _extremes(table: pd.DataFrame, tables: tuple[pd.DataFrame, pd.DataFrame], by: str,
              unit: str, dedupe: pd.DataFrame | None, n_resamples: int,
              seed: int) -> dict[str, dict[str, Any]]:
    """For each metric, its highest and lowest group among those with a reliable interval
    (from :data:`~analysis.tables.bootstrap.MIN_RELIABLE_DOCUMENTS` documents or more when
    documents are resampled), with the 95% interval of their difference
    (:func:`~analysis.tables.compare.compare_pair`): whether two groups differ is read from
    that interval, not from whether their own intervals overlap (Schenker & Gentleman 2001,
    "On judging the significance of differences by examining the overlap between confidence
    intervals", *The American Statistician* 55(3)). ``tables`` are the document and the
    sentence table, ``unit`` the sentence metrics' resampling unit, as :func:`comparisons`
    compared them."""
    found = {}
    for metric, rows in table.groupby("metric", sort=False):
        rows = rows[rows["mean"].notna() & rows["ci_low"].notna() & ~unreliable(rows)]
        if len(rows) < 2:
            continue
        rows = rows.sort_values("mean", ascending=False, kind="mergesort")
        high, low = rows["group"].iloc[0], rows["group"].iloc[-1]
        of_documents = metric in DOCUMENT_METRICS
        source = tables[0] if of_documents else tables[1]
        if dedupe is not None:
            source = drop_duplicates(source, dedupe)[0]
        pair = compare_pair(source, metric, by, high, low,
                            unit_of_resampling="document" if of_documents else unit,
                            n_resamples=n_resamples, seed=seed).iloc[0]
        found[metric] = {"high": high, "low": low, "mean_diff": float(pair["mean_diff"]),
                         "diff_ci_low": float(pair["diff_ci_low"]),
                         "diff_ci_high": float(pair["diff_ci_high"])}
    return found


def group_labels(table: pd.DataFrame) -> list[Any]:
    """The groups of a :func:`comparisons` table in their order of appearance."""
    return list(dict.fromkeys(table["group"]))
