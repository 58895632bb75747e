"""Plots of readability tables: grade measures with their intervals, a measure along units.

Each function takes a table of :mod:`analysis.tables.intervals` or
:mod:`analysis.metrics.readability`, draws on an Axes and returns it; nothing is computed here.
A measure that is undefined (SMOG needs 30 sentences) is written on its row, never left blank.
"""

from __future__ import annotations

from .figures import PALETTE, new_figure

MEASURE_LABELS = {
    "flesch_reading_ease": "Flesch Reading Ease",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "gunning_fog": "Gunning Fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman-Liau",
    "automated_readability_index": "ARI",
    "dale_chall": "Dale-Chall",
    "linsear_write": "Linsear Write",
    "consensus_grade": "Consensus grade",
}



def _axes(ax, figsize=None):
    if ax is None:
        _, ax = new_figure(figsize=figsize)
    return ax


def measure_intervals(intervals, ax=None):
    """Point estimate and bootstrap interval of each grade measure.

    ``intervals`` is :func:`analysis.tables.intervals.readability_intervals`. One document: one row
    per measure. Several: one panel row per measure is too much, so the median over documents
    with its interquartile range is drawn per measure, labelled as such.
    """
    import numpy as np

    ax = _axes(ax)
    measures = list(dict.fromkeys(intervals["measure"]))
    y = np.arange(len(measures))
    labels = [MEASURE_LABELS.get(m, m) for m in measures]
    if intervals["doc_id"].nunique() == 1:
        data = intervals.set_index("measure").loc[measures]
        lo = (data["value"] - data["ci_low"]).clip(lower=0)
        hi = (data["ci_high"] - data["value"]).clip(lower=0)
        ax.errorbar(data["value"], y, xerr=[lo, hi], fmt="o", color=PALETTE[0], capsize=3)
        left = float(data["ci_low"].min()) if data["ci_low"].notna().any() else 0.0
        for yi, v, top, reason in zip(y, data["value"], data["ci_high"], data["reason"],
                                      strict=True):
            if v == v:
                x = top if top == top else v
                ax.text(x, yi, f"  {v:.1f}", ha="left", va="center", fontsize=7)
            else:
                ax.text(left, yi, f"undefined: {reason}", va="center", fontsize=7,
                        color="#666666")
        ax.set_xlabel("US school grade (point estimate and 95% bootstrap interval)")
    else:
        from ..tables.intervals import measure_spread

        spread = measure_spread(intervals).set_index("measure").loc[measures]
        med, q1, q3 = spread["median"], spread["q1"], spread["q3"]
        ax.errorbar(med, y, xerr=[med - q1, q3 - med], fmt="o", color=PALETTE[0], capsize=3)
        _undefined_notes(ax, spread, float(q1.min()) if q1.notna().any() else 0.0)
        ax.set_xlabel("US school grade (median over documents and interquartile range)")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    return ax


def _undefined_notes(ax, spread, left: float) -> None:
    """Write on a measure's row why it is missing or how many documents its median covers:
    ``n/a in all 10 documents (smog needs >= 30 sentences)``, ``median of 4 of 10 documents``.
    ``spread`` is :func:`analysis.tables.intervals.measure_spread`, in the rows' order."""
    for yi, row in enumerate(spread.itertuples()):
        if row.n_defined == 0:
            why = f" ({row.reason})" if row.reason else ""
            ax.text(left, yi, f"n/a in all {row.n_documents} documents{why}", va="center",
                    fontsize=7, color="#666666")
        elif row.n_defined < row.n_documents:
            ax.text(1.0, yi, f" median of {row.n_defined} of {row.n_documents} documents",
                    va="center", ha="left", fontsize=7, color="#666666",
                    transform=ax.get_yaxis_transform())


def grade_along_units(table, measure: str = "consensus_grade", ax=None):
    """A measure paragraph by paragraph (one document), or its distribution over units.

    ``table`` is :func:`analysis.readability.readability` at paragraph or sentence level.
    """
    import numpy as np

    ax = _axes(ax)
    label = MEASURE_LABELS.get(measure, measure)
    data = table.dropna(subset=[measure])
    unit = "sentence" if table["sentence"].notna().any() else "paragraph"
    if table["doc_id"].nunique() == 1:
        x = data[unit].astype(int)
        ax.bar(x, data[measure], color=PALETTE[0], width=0.8)
        mean = data[measure].mean()
        ax.axhline(mean, color=PALETTE[1], linewidth=1, linestyle="--")
        ax.text(1.01, mean, f"mean of {unit}s\n{mean:.1f}", va="center", ha="left", fontsize=7,
                color=PALETTE[1], transform=ax.get_yaxis_transform())
        ax.set_xticks(x)
        ax.set_xlabel(f"{unit} (reading order)")
    else:
        ax.hist(data[measure], bins=np.histogram_bin_edges(data[measure], bins="auto"),
                color=PALETTE[0])
        ax.set_xlabel(f"{label} per {unit}")
        ax.set_ylabel(f"{unit}s")
        return ax
    ax.set_ylabel(label)
    return ax
