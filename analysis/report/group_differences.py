"""How two groups of a comparison differ, in prose: the interval of their difference decides
(Schenker & Gentleman 2001: overlapping intervals neither show nor rule out a difference), and
only groups with an interval from enough documents are ranked
(:data:`~analysis.tables.compare.MIN_RELIABLE_DOCUMENTS`).

N. Schenker & J. F. Gentleman (2001), "On judging the significance of differences by examining
the overlap between confidence intervals", *The American Statistician* 55(3), 182-186.
"""

from __future__ import annotations

import math

from ..tables.compare import MIN_RELIABLE_DOCUMENTS, SAME_VALUES, unreliable
from .prose import fmt, pct, plural


def difference_clause(comparison, metric: str, hi, lo, points: bool = False) -> str:
    """What the 95% interval of the difference between groups ``hi`` and ``lo`` says
    (``comparison.attrs["extremes"]``, :func:`analysis.report.synthesis.comparisons`): ``"; the
    95% interval of the difference is 22 to 84 percentage points"`` when it excludes zero,
    ``", but the 95% interval of the difference (-3 to 41 percentage points) includes zero, so
    it cannot be told from chance"`` when it does not. Without that interval, only intervals
    that do not overlap tell a difference; overlapping ones neither show nor rule one out
    (Schenker & Gentleman 2001)."""
    pair = comparison.attrs.get("extremes", {}).get(metric)
    if pair is None or (pair["high"], pair["low"]) != (hi["group"], lo["group"]) or \
            math.isnan(pair["diff_ci_low"]):
        return (", but their 95% intervals overlap, which neither shows nor rules out a "
                "difference" if intervals_overlap(hi, lo) else "")
    unit = " percentage points" if points else ""
    low, high = (_bound(pair[k], points) for k in ("diff_ci_low", "diff_ci_high"))
    if pair["diff_ci_low"] > 0:
        return f"; the 95% interval of the difference is {low} to {high}{unit}"
    return (f", but the 95% interval of the difference ({low} to {high}{unit}) includes zero, "
            "so it cannot be told from chance")


def _bound(value: float, points: bool) -> str:
    """A bound of a difference's interval as prose writes it, a half rounded up (``pct``): in
    percentage points for shares, with one more digit where a bound off zero would read 0."""
    share, digits = (value, 0) if points else (value / 100, 1)  # pct writes 100 x a share
    text = pct(share, digits)[:-1]
    return pct(share, digits + 1)[:-1] if value != 0 and float(text) == 0 else text


def spread(comparison, metric: str):
    """The rows of one metric in a comparison table that have a mean, highest first."""
    rows = comparison[(comparison["metric"] == metric) & comparison["mean"].notna()]
    return rows.sort_values("mean", ascending=False, kind="mergesort")


def intervals_overlap(a, b) -> bool:
    """Whether the 95% intervals (``ci_low``, ``ci_high``) of two table rows overlap; rows
    without an interval count as overlapping (nothing tells them apart)."""
    return not (a["ci_low"] > b["ci_high"] or b["ci_low"] > a["ci_high"])


def no_interval(subject: str, change: str = "difference") -> str:
    """``"<subject>, so there is no interval and no <change> can be told from chance."``:
    what a group of a single article allows one to say."""
    return f"{subject}, so there is no interval and no {change} can be told from chance."


def grade_ranking(comparison, by: str, noun: str) -> list[str]:
    """Which group reads hardest and easiest, only among groups with an interval from
    :data:`~analysis.tables.compare.MIN_RELIABLE_DOCUMENTS` documents or more (two or more
    without a ``reason`` column), and only when the 95% interval of their difference
    excludes zero (:func:`difference_clause`)."""
    rows = spread(comparison, "composite_grade")
    if len(rows) < 2:
        return []
    ranked = rows[rows["ci_low"].notna()]
    single = len(rows) - len(ranked)
    if len(ranked) < 2:
        if by == "doc_id":
            return [no_interval("Articles are not ranked by composite grade: each is one "
                                "document")]
        held = f"all {len(rows)}" if single == len(rows) else f"{single} of the {len(rows)}"
        return [no_interval(f"The {by} groups are not ranked by composite grade: {held} "
                            "hold a single article")]
    few = unreliable(ranked) if "reason" in ranked.columns else ranked["mean"].isna()
    if len(ranked) - int(few.sum()) < 2:
        copied = "reason" in ranked.columns and ranked["reason"].fillna("").astype(
            str).str.contains(SAME_VALUES, regex=False).any()
        return [f"The {by} groups are not ranked by composite grade: fewer than two hold "
                f"{MIN_RELIABLE_DOCUMENTS} articles or more"
                + (" whose grades differ (copies of one text have one grade)" if copied else "")
                + ", and an interval from fewer is unreliable."]
    hi, lo = ranked[~few].iloc[0], ranked[~few].iloc[-1]
    said = difference_clause(comparison, "composite_grade", hi, lo)
    if said.startswith(", but"):
        text = (f"By {noun}, composite grades run from {fmt(hi['mean'])} ({hi['group']}) to "
                f"{fmt(lo['mean'])} ({lo['group']}){said}")
    else:
        text = (f"By {noun}, the hardest to read is {hi['group']} (composite "
                f"{fmt(hi['mean'])}, 95% interval {fmt(hi['ci_low'])}-{fmt(hi['ci_high'])}) "
                f"and the easiest {lo['group']} ({fmt(lo['mean'])}, "
                f"{fmt(lo['ci_low'])}-{fmt(lo['ci_high'])}){said}")
    if single:
        text += (f"; {plural(single, by + ' group')} with a single article "
                 f"{'is' if single == 1 else 'are'} not ranked")
    copies = few & ranked["reason"].fillna("").astype(str).str.contains(SAME_VALUES, regex=False) \
        if "reason" in ranked.columns else few & False
    if (few & ~copies).any():
        small = int((few & ~copies).sum())
        text += (f"; {plural(small, by + ' group')} with fewer than "
                 f"{MIN_RELIABLE_DOCUMENTS} articles {'is' if small == 1 else 'are'} not ranked")
    if copies.any():  # six copies of one briefing: an interval of no width
        n = int(copies.sum())
        text += (f"; {plural(n, by + ' group')} whose articles all have the same grade "
                 f"(copies of one text?) {'is' if n == 1 else 'are'} not ranked")
    return [text + "."]
