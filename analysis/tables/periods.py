"""Coverage over time: date buckets, articles per period and group, frame shares per period.

:func:`period_start` buckets dates into days, weeks (Monday to Sunday), months, quarters or
years, labelled by the first day of the period; :func:`with_period` adds such a column
(``day``, ``week``...) to any table with a ``date`` column, for
:func:`analysis.tables.aggregate.aggregate` or :func:`analysis.tables.compare.compare_groups`.

:func:`articles_by_period` counts documents per period and group (an outlet, a country) through
:func:`~analysis.tables.aggregate.aggregate`; :func:`frames_by_period` is the share of
sentences carrying each frame per period, with the cluster-bootstrap intervals of
:func:`~analysis.tables.compare.compare_groups` (whole documents resampled). Documents without
a date are left out of both; ``attrs["undated_documents"]`` counts them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .bootstrap import LEVEL, few_documents_reason, widened_share
from .metadata import parse_dates

FREQS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
"""Period codes and the name of the column :func:`with_period` adds."""

NO_INTERVAL = "fewer than 2 documents, no interval"

OTHER = "other"
"""Label of the groups beyond the ``top`` of :func:`articles_by_period`."""


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """The first day of the period (``freq``: a key of :data:`FREQS`) of every date.

    ``dates`` holds ISO 8601 strings or datetimes (:func:`~analysis.tables.metadata.
    parse_dates`); missing dates stay ``NaT``. Weeks run Monday to Sunday.
    """
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    parsed = parse_dates(dates)
    return parsed.dt.to_period(freq).dt.start_time.astype("datetime64[ns]")


def with_period(table: pd.DataFrame, freq: str = "W", column: str = "date") -> pd.DataFrame:
    """A copy of ``table`` with a column named after the period (``day``, ``week``...,
    :data:`FREQS`) holding the first day of each row's period of ``column``."""
    if column not in table.columns:
        raise ValueError(f"the table has no {column!r} column (join the corpus metadata with "
                         "with_metadata)")
    name = FREQS.get(freq, freq)
    return table.assign(**{name: period_start(table[column], freq)})


def _dated(sentences: pd.DataFrame, freq: str) -> tuple[pd.DataFrame, str, int]:
    """The rows with a date, the period column's name and the number of undated documents."""
    table = with_period(sentences, freq)
    name = FREQS[freq]
    known = table[name].notna()
    undated = int(table.loc[~known, "doc_id"].nunique())
    return table[known], name, undated


def articles_by_period(sentences: pd.DataFrame, freq: str = "D", by: str | None = "outlet",
                       top: int = 7) -> pd.DataFrame:
    """Documents per period and group: one row per (period, group) with documents.

    ``sentences`` is a sentence table with metadata (:func:`~analysis.tables.metadata.
    with_metadata`): ``doc_id``, ``date`` and ``by``. Columns: the period (``day`` for
    ``freq="D"``...), ``group`` (``"all"`` when ``by`` is None; else the ``top`` groups
    with most documents, ties by name, and
    ``"other"`` for the rest; ``"unknown"`` for documents without a ``by`` value),
    ``n_documents`` and ``n_words``. Sorted by period, then group in order of size, ``other``
    last. ``attrs``: ``undated_documents``, ``n_groups`` (distinct ``by`` values, before
    lumping), ``group_sizes`` (every value's dated documents, most first), ``tied_at_cut``
    (a value lumped into ``other`` has as many documents as the last one kept) and
    ``period``.
    """
    from .aggregate import aggregate

    if by is None:
        by, sentences = "all", sentences.assign(all="all")
    if by not in sentences.columns:
        raise ValueError(f"the table has no {by!r} column (join the corpus metadata with "
                         "with_metadata)")
    table, name, undated = _dated(sentences, freq)
    table = table.assign(**{by: table[by].where(table[by].notna(), "unknown").astype(str)})
    documents = aggregate(table, [name, by, "doc_id"])
    sizes = documents.groupby(by)["doc_id"].nunique()
    ranked = sorted(sizes.index, key=lambda g: (-sizes[g], g))
    kept = ranked[:top] if len(ranked) > top else ranked
    documents["group"] = documents[by].where(documents[by].isin(kept), OTHER)
    out = documents.groupby([name, "group"], sort=False).agg(
        n_documents=("doc_id", "nunique"), n_words=("n_words", "sum")).reset_index()
    order = {g: i for i, g in enumerate([*kept, OTHER])}
    out = out.assign(rank=out["group"].map(order)).sort_values([name, "rank"], kind="mergesort")
    out = out.drop(columns="rank").reset_index(drop=True)
    out.attrs.update({"undated_documents": undated, "n_groups": len(ranked), "period": name,
                      "by": by, "groups": [*kept, *([OTHER] if len(ranked) > top else [])],
                      "group_sizes": {g: int(sizes[g]) for g in ranked},
                      "tied_at_cut": bool(len(ranked) > top and sizes[ranked[top - 1]] == sizes[
                          ranked[top]])})
    return out


def frames_by_period(sentences: pd.DataFrame, freq: str = "W", **options: Any
                     ) -> pd.DataFrame:
    """Share of sentences carrying each frame, per period, with 95% bootstrap intervals.

    ``sentences`` is a sentence table with ``date`` (:func:`~analysis.tables.metadata.
    with_metadata`) and the ``frame_<frame>`` columns. One row per frame and period, from
    :func:`~analysis.tables.compare.compare_groups` on ``frame_<frame>`` by the period column
    (whole documents resampled, so a period of one document has no interval; the interval is
    widened to Wilson's over the sentences wherever that reaches further, as two or three
    documents give a bootstrap few values: :func:`~analysis.tables.bootstrap.widened_share`):
    ``frame``, the
    period (``week``...), ``n_documents``, ``n_units`` (sentences), ``mean`` (the share),
    ``ci_low``, ``ci_high``, ``reason`` (no interval, or one from 2 to 4 documents:
    ``interval from N documents; unreliable``). ``options`` go to ``compare_groups``
    (``n_resamples``, ``seed``). ``attrs``: ``undated_documents``, ``period`` and the
    interval's method.
    """
    from ..metrics.frames import FRAMES
    from .compare import compare_groups

    table, name, undated = _dated(sentences, freq)
    columns = ["frame", name, "n_documents", "n_units", "mean", "ci_low", "ci_high", "reason"]
    parts = []
    for frame in FRAMES:
        if table.empty:
            break
        part = compare_groups(table, f"frame_{frame}", name, **options)
        parts.append(part.assign(frame=frame).rename(columns={"group": name}))
    if parts:
        out = pd.concat(parts, ignore_index=True)
        attrs = parts[0].attrs
        # Only the reasons about the period itself: its comparison with the rest is not used.
        # A period of 2 to 4 documents is marked as compare_groups and aggregate mark theirs
        out["reason"] = [NO_INTERVAL if n and low != low else few_documents_reason(docs)
                         if n else "no sentences" for n, low, docs in
                         zip(out["n_units"], out["ci_low"], out["n_documents"], strict=True)]
        level = options.get("ci", LEVEL)
        bounds = [widened_share(round(m * n), n, (lo, hi), level) for m, n, lo, hi in zip(
            out["mean"], out["n_units"], out["ci_low"], out["ci_high"], strict=True)]
        out["ci_low"], out["ci_high"] = [b[0] for b in bounds], [b[1] for b in bounds]
        out = out[columns]
    else:
        out, attrs = pd.DataFrame(columns=columns), {}
    out.attrs.update({"interval": attrs.get("interval", ""), "undated_documents": undated,
                      "period": name})
    return out
