"""Coverage over time, drawn: articles per period by outlet, frame shares per period.

The functions draw the tables of :mod:`analysis.tables.periods` and compute nothing:
:func:`articles_over_time` draws :func:`~analysis.tables.periods.articles_by_period` (stacked
bars, one colour per group: the largest groups and a grey "other", so the figure stays legible
from 1 to 200 outlets); :func:`frames_over_time` draws :func:`~analysis.tables.periods.
frames_by_period` as small multiples, one panel per frame, each share with its 95% interval
(hollow dots: a period of one document, no interval); a line joins consecutive periods only,
so a period without articles breaks it. Date ticks are concise and at most a handful per
axis, so their labels stay apart from two days of coverage to decades.
"""

from __future__ import annotations

from .figures import PALETTE, new_figure

OTHER_COLOUR = "#b0b0b0"
MIN_SPAN_DAYS = 6
"""A date axis spans at least this many days, so its ticks are whole days, never hours."""

_UNITS = {"day": "articles per day", "week": "articles per week", "month": "articles per month",
          "quarter": "articles per quarter", "year": "articles per year"}
_WIDTHS = {"day": 0.8, "week": 5.6, "month": 24.0, "quarter": 72.0, "year": 290.0}
_CODES = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}


def _axes(ax, figsize=None):
    if ax is None:
        _, ax = new_figure(figsize=figsize)
    return ax


def _label(value, width: int = 30) -> str:
    """A legend label of at most ``width`` characters."""
    text = str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


def _date_axis(ax, periods, period: str, maxticks: int = 8, bars: bool = False) -> None:
    """Concise date ticks (matplotlib's ``AutoDateLocator`` and ``ConciseDateFormatter``:
    "2023", "May", "15 May"; the year once, at the axis end) on an axis from the first to the last
    period, with a margin, at least :data:`MIN_SPAN_DAYS` wide; weeks or months, up to
    ``maxticks`` of them, get a tick at each one's start, where its point is. At most
    ``maxticks`` ticks, so labels never overprint, from two days to decades; ``bars``: the last
    period's bar reaches ``_WIDTHS[period]`` days beyond its start."""
    import matplotlib.dates as mdates
    import matplotlib.ticker as mticker
    import pandas as pd

    days = pd.Timedelta(days=1)
    first, last = pd.Timestamp(min(periods)), pd.Timestamp(max(periods))
    end = last + _WIDTHS.get(period, 0.8) * days if bars and period != "day" else last
    margin = max((end - first) * 0.05, days)
    low, high = first - margin, end + margin
    short = MIN_SPAN_DAYS * days - (high - low)
    if short > pd.Timedelta(0):
        low, high = low - short / 2, high + short / 2
    ax.set_xlim(low, high)
    starts = sorted({pd.Timestamp(p) for p in periods})
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    if period != "day" and len(starts) <= maxticks and (  # a tick at each period's start,
            not gaps or min(gaps) * maxticks >= high - low):  # when none crowds the next
        locator = mticker.FixedLocator(mdates.date2num(starts))
    else:
        locator = _SpacedLocator(minticks=3, maxticks=maxticks)
    ax.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator)
    # Day ticks read "01 May", "15 May" with the year once at the end: a bare "15" or a
    # "2023-Jun" offset under a two-month axis is easily misread.
    formatter.formats[2] = formatter.zero_formats[2] = "%d %b"
    formatter.offset_formats[2] = "%Y"
    ax.xaxis.set_major_formatter(formatter)


def _spaced(ticks) -> list[float]:
    """``ticks`` (days, sorted) without those closer than 0.6 of the usual spacing to the next
    one, the later kept: day ticks fixed to days of the month (1, 5, ..., 29) put "29 Apr"
    beside "01 May", and the month's first day is the one to read."""
    import numpy as np

    ticks = list(ticks)
    if len(ticks) < 3:
        return ticks
    step = float(np.median(np.diff(ticks)))
    kept = [ticks[0]]
    for t in ticks[1:]:
        if t - kept[-1] < 0.6 * step:
            kept[-1] = t
        else:
            kept.append(t)
    return kept


def _SpacedLocator(**options):
    """matplotlib's ``AutoDateLocator`` with its ticks :func:`_spaced`."""
    import matplotlib.dates as mdates

    class Spaced(mdates.AutoDateLocator):
        def __call__(self):
            return _spaced(super().__call__())

        def tick_values(self, vmin, vmax):
            return _spaced(super().tick_values(vmin, vmax))

    return Spaced(**options)


def _runs(periods: list, period: str) -> list[list[int]]:
    """Positions of ``periods`` (sorted period starts) split where a period is missing: a line
    is drawn within a run of consecutive periods, never across an empty one."""
    import pandas as pd

    runs: list[list[int]] = []
    code = _CODES.get(period, "D")
    for i, start in enumerate(periods):
        previous = pd.Timestamp(periods[i - 1]).to_period(code) + 1 if i else None
        if previous is not None and previous.start_time == pd.Timestamp(start):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def articles_over_time(table, ax=None):
    """Stacked bars of :func:`~analysis.tables.periods.articles_by_period`: documents per
    period, one colour per group (``attrs["groups"]`` order, "other" in grey). Returns ``ax``.
    """
    from matplotlib.ticker import MaxNLocator

    ax = _axes(ax, figsize=(8, 3.6))
    period = table.attrs.get("period", table.columns[0])
    groups = table.attrs.get("groups") or list(dict.fromkeys(table["group"]))
    counts = table.pivot_table(index=period, columns="group", values="n_documents",
                               aggfunc="sum", fill_value=0).reindex(columns=groups,
                                                                    fill_value=0)
    bottom = [0] * len(counts)
    for i, group in enumerate(groups):
        colour = OTHER_COLOUR if group == "other" else PALETTE[i % (len(PALETTE) - 1)]
        values = counts[group].tolist()
        ax.bar(counts.index, values, bottom=bottom, width=_WIDTHS.get(period, 0.8),
               color=colour, label=_label(group), align="edge" if period != "day" else "center")
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    _date_axis(ax, counts.index, period, bars=True)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(_UNITS.get(period, "articles"))
    ax.grid(axis="x", visible=False)
    by = table.attrs.get("by", "group")
    n_groups = table.attrs.get("n_groups", len(groups))
    shown = "" if "other" not in groups else (
        f" ({len(groups) - 1} of {n_groups}; ties by name)" if table.attrs.get("tied_at_cut")
        else f" ({len(groups) - 1} largest of {n_groups})")
    ax.legend(title=f"{by}{shown}", frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1),
              fontsize=8, title_fontsize=8)
    return ax


def frames_over_time(table, axes=None):
    """Small multiples of :func:`~analysis.tables.periods.frames_by_period`: one panel per
    frame, the share of sentences with the frame per period, with its 95% interval (hollow
    dots without one); the line breaks where a period has no articles. ``axes``: one per frame
    (default: a new row of panels). Returns them.
    """
    import numpy as np
    from matplotlib.ticker import PercentFormatter

    from .plots import FRAME_COLOURS

    frames = [f for f in FRAME_COLOURS if f in set(table["frame"])]
    if axes is None:
        _, axes = new_figure(1, len(frames), figsize=(2.4 * len(frames) + 0.6, 3.0),
                             sharey=True, layout="constrained")
    axes = np.atleast_1d(axes).ravel()
    period = table.attrs.get("period", "week")
    for ax, frame in zip(axes, frames, strict=False):
        rows = table[table["frame"] == frame].sort_values(period)
        colour = FRAME_COLOURS[frame]
        has_ci = rows["ci_low"].notna().to_numpy()
        for run in _runs(list(rows[period]), period):
            ax.plot(rows[period].iloc[run], rows["mean"].iloc[run], color=colour, linewidth=1.2)
        lo = (rows["mean"] - rows["ci_low"]).clip(lower=0)[has_ci]
        hi = (rows["ci_high"] - rows["mean"]).clip(lower=0)[has_ci]
        # An empty artist drawn outside the clip box (clip_on=False) has an unbounded extent
        # on a date axis and collapses constrained layout, so only non-empty ones are drawn.
        if has_ci.any():
            ax.errorbar(rows[period][has_ci], rows["mean"][has_ci], yerr=[lo, hi], fmt="o",
                        color=colour, capsize=3, markersize=4, clip_on=False)
        if not has_ci.all():
            ax.plot(rows[period][~has_ci], rows["mean"][~has_ci], "o", mfc="white",
                    color=colour, markersize=4, clip_on=False)
        ax.set_xlabel(f"{period} of", fontsize=8)
        ax.set_title(frame, fontsize=9.5)
        ax.set_ylim(0, 1)
        ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        _date_axis(ax, rows[period], period, maxticks=5)
        ax.tick_params(axis="x", labelsize=7.5)
    axes[0].set_ylabel("share of sentences")
    return axes
