"""Computed commentary for notebook 07 (coverage over time): every number comes from the tables.

:func:`describe_timeline` reads :func:`analysis.tables.periods.articles_by_period` (by day) and
:func:`analysis.tables.periods.frames_by_period` (by week). With fewer than two dates it says, in
one sentence, that a timeline needs several; otherwise it gives the span, the busiest day, when
half of the coverage had appeared, the most prolific outlet, and how each frame's share moved
from the first week to the last, with what the 95% intervals allow one to say.
"""

from __future__ import annotations

import pandas as pd

from .commentary import Commentary, join_names, pct, plural
from .group_differences import intervals_overlap, no_interval


def day_text(value) -> str:
    """``"26 April 2023"``."""
    day = pd.Timestamp(value)
    return f"{day.day} {day:%B %Y}"


def has_timeline(articles: pd.DataFrame) -> bool:
    """True when :func:`~analysis.tables.periods.articles_by_period` (or
    :func:`~analysis.tables.periods.frames_by_period`) spans at least two periods, so that a
    figure over time shows something."""
    period = articles.attrs.get("period", "day")
    return period in articles.columns and articles[period].nunique() >= 2


def _no_timeline(articles: pd.DataFrame, name: str, n_documents: int) -> str:
    period = articles.attrs.get("period", "day")
    dated = int(articles["n_documents"].sum())
    if dated == 0:
        when = "none of which has a date" if n_documents > 1 else "without a date"
    else:
        day = day_text(articles[period].iloc[0])
        when = f"{'all' if dated == n_documents else dated} dated {day}"
    return (f"A timeline needs articles from several dates; *{name}* has "
            f"{plural(n_documents, 'article')}, {when}, so none is drawn.")


def _span(articles: pd.DataFrame, period: str) -> list[str]:
    per_day = articles.groupby(period)["n_documents"].sum().sort_index()
    dated = int(per_day.sum())
    first, last = per_day.index[0], per_day.index[-1]
    days = (last - first).days + 1
    out = [f"The {plural(dated, 'dated article')} run from {day_text(first)} to "
           f"{day_text(last)}: {plural(days, 'day')}, {len(per_day)} of them with coverage."]
    undated = int(articles.attrs.get("undated_documents", 0))
    if undated:
        out.append(f"{plural(undated, 'article')} without a date "
                   f"{'is' if undated == 1 else 'are'} left out.")
    busiest = per_day[per_day == per_day.max()]
    if len(busiest) == len(per_day):
        out.append(f"Each of those days has {plural(int(busiest.iloc[0]), 'article')}.")
        return out
    days_text = join_names([day_text(d) for d in busiest.index])
    out.append(f"The busiest {'day is' if len(busiest) == 1 else 'days are'} {days_text}, with "
               f"{plural(int(busiest.iloc[0]), 'article')}"
               f"{'' if len(busiest) == 1 else ' each'} "
               f"({pct(busiest.iloc[0] / dated)} of the dated ones).")
    half = per_day.index[(per_day.cumsum() >= dated / 2).to_numpy().argmax()]
    out.append(f"Half of them had appeared by {day_text(half)}.")
    return out


_NAMED_MOST = 3
"""At most this many groups tied for the most dated articles are named; more are counted."""


def _outlets(articles: pd.DataFrame) -> list[str]:
    by = articles.attrs.get("by", "outlet")
    totals = pd.Series(articles.attrs.get("group_sizes") or articles.groupby("group")[
        "n_documents"].sum().to_dict(), dtype="int64").drop(["other", "unknown"],
                                                           errors="ignore")
    if articles.attrs.get("n_groups", 0) < 2 or totals.empty:
        return []
    most = sorted(g for g in totals.index if totals[g] == totals.max())
    if len(most) == len(totals) and articles.attrs.get("n_groups") == len(totals):
        return [f"Every {by} has {plural(int(totals.max()), 'dated article')}."]
    if len(most) > _NAMED_MOST:
        return [f"Among {articles.attrs['n_groups']} values of {by}, {len(most)} have the most "
                f"dated articles ({int(totals.max())} each)."]
    verb = "has" if len(most) == 1 else "have"
    each = "" if len(most) == 1 else " each"
    return [f"Among {articles.attrs['n_groups']} values of {by}, {join_names(most)} {verb} "
            f"the most dated articles ({int(totals.max())}{each})."]


def _frames(frames: pd.DataFrame) -> list[str]:
    period = frames.attrs.get("period", "week")
    periods = sorted(frames[period].dropna().unique()) if len(frames) else []
    if len(periods) < 2:
        if not periods:
            return []
        return [f"Frame shares by {period} need at least two {period}s of coverage; every dated "
                f"article falls in the {period} of {day_text(periods[0])}."]
    first, last = periods[0], periods[-1]
    a = frames[frames[period] == first].set_index("frame")
    b = frames[frames[period] == last].set_index("frame")
    moves = [f"{f} from {pct(a.at[f, 'mean'])} to {pct(b.at[f, 'mean'])}" for f in a.index]
    out = [f"From the {period} of {day_text(first)} "
           f"({plural(int(a['n_documents'].iloc[0]), 'article')}) to the {period} of "
           f"{day_text(last)} ({plural(int(b['n_documents'].iloc[0]), 'article')}), the share "
           f"of sentences with each frame went: {', '.join(moves)}."]
    apart = [f for f in a.index if not intervals_overlap(a.loc[f], b.loc[f])]
    if a["ci_low"].isna().all() or b["ci_low"].isna().all():
        out.append(no_interval(f"One of the two {period}s has a single article", "change"))
    elif apart:
        out.append(f"The 95% intervals of the two {period}s do not overlap for "
                   f"{join_names(apart)}; they overlap for the other frames, whose change may be "
                   "chance." if len(apart) < len(a) else
                   f"The 95% intervals of the two {period}s do not overlap for any frame.")
    else:
        out.append(f"For every frame the 95% intervals of the two {period}s overlap, which "
                   "neither shows nor rules out a change.")
    return out


def describe_timeline(articles: pd.DataFrame, frames: pd.DataFrame, name: str,
                      n_documents: int) -> Commentary:
    """Commentary for notebook 07.

    ``articles`` is :func:`~analysis.tables.periods.articles_by_period` (by day), ``frames``
    is :func:`~analysis.tables.periods.frames_by_period` (by week), ``name`` the corpus name
    and ``n_documents`` its size (dated or not).
    """
    if not has_timeline(articles):
        return Commentary(_no_timeline(articles, name, n_documents))
    period = articles.attrs.get("period", "day")
    parts = _span(articles, period) + _outlets(articles) + _frames(frames)
    return Commentary(" ".join(parts))
