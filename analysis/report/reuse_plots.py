"""Figures of quotation travel and text reuse: they draw the tables of :mod:`analysis.reuse`,
never compute them."""

from __future__ import annotations

import textwrap

from ..reuse.documents import source_order
from .figures import PALETTE
from .plots import empty_panel


def _axes(ax, figsize=None):
    if ax is None:
        from .figures import new_figure

        _, ax = new_figure(figsize=figsize)
    return ax


NO_SPEAKER = "speaker not identified"
"""Shown for a quotation whose speaker attribution found no one (``speaker`` None or NaN)."""


def _label(quote: str, speaker: str | None, width: int = 48) -> str:
    """A quotation shortened for a tick label, with its speaker or :data:`NO_SPEAKER`."""
    text = textwrap.shorten(f"“{quote}”", width=width, placeholder=" …”")
    known = isinstance(speaker, str) and speaker.strip()
    return f"{text} ({speaker if known else NO_SPEAKER})"


def _short(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis (works without spaces too)."""
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def quotation_outlet_grid(table, ax=None):
    """Which outlets carried which quotation (:func:`analysis.reuse.quotation_outlets`).

    One row per quotation (the most widely carried at the top), one column per outlet in the
    order of its first article; a dot where the outlet carried the quotation, a larger ring
    around the outlet that carried it first; a quotation without an identified speaker says
    so (:data:`NO_SPEAKER`). Returns the Axes.
    """
    ax = _axes(ax)
    if table.empty:
        return empty_panel(ax, "No quotation of three words or more")
    outlets = table.drop_duplicates("outlet").sort_values("outlet_order")["outlet"].tolist()
    quotes = table.drop_duplicates("cluster").sort_values("quote_order")
    x_of = {o: i for i, o in enumerate(outlets)}
    y_of = {c: i for i, c in enumerate(quotes["cluster"])}
    xs = table["outlet"].map(x_of)
    ys = table["cluster"].map(y_of)
    ax.scatter(xs, ys, s=36 + 18 * (table["n_documents"] - 1), color=PALETTE[0], zorder=3,
               label="carried the quotation")
    first = table[table["first"]]
    ax.scatter(first["outlet"].map(x_of), first["cluster"].map(y_of), s=150,
               facecolors="none", edgecolors=PALETTE[1], linewidths=1.5, zorder=4,
               label="first to carry it")
    ax.set_xticks(range(len(outlets)), [_short(o, 28) for o in outlets], rotation=35,
                  ha="right")
    ax.set_yticks(range(len(quotes)), [_label(q, s) for q, s in zip(
        quotes["quote"], quotes["speaker"], strict=True)])
    ax.set_ylim(len(quotes) - 0.5, -0.5)
    ax.set_xlim(-0.5, len(outlets) - 0.5)
    ax.set_xlabel("outlet, in order of its first article")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
    return ax


def reuse_share_bars(by_outlet, ax=None, *, passages=None):
    """Share of each outlet's words reused from an earlier article or a reference
    (:func:`analysis.reuse.reuse_by_outlet`), as horizontal bars. Given ``passages``
    (:func:`analysis.reuse.shared_passages`) that the dates do not all order
    (:func:`analysis.reuse.source_order`), the axis says *another* article, and *shared with*
    when some have no order at all. Returns the Axes."""
    order = "date" if passages is None else source_order(passages)
    ax = _axes(ax)
    table = by_outlet.iloc[::-1]
    labels = [_short(o, 30) for o in table["outlet"]]
    ax.barh(labels, 100 * table["reused_share"].fillna(0), color=PALETTE[0])
    for y, (share, n, reusing) in enumerate(zip(table["reused_share"], table["n_documents"],
                                                 table["n_reusing_documents"], strict=True)):
        ax.text(100 * (0 if share != share else share), y,
                f"  {reusing} of {n} article{'s' if n != 1 else ''} reusing", va="center",
                fontsize=7)
    ax.set_xlabel("words in passages shared with " + {
        "date": "an earlier article or a reference (%)",
        "copy": "another article (the copy's side) or a reference (%)",
        "none": "another article (both sides when the dates do not tell which came first) or "
                "a reference (%)"}[order])
    top = float(100 * by_outlet["reused_share"].fillna(0).max()) if len(by_outlet) else 0
    ax.set_xlim(0, max(10.0, top * 1.35))  # room for the notes at the bars' ends
    ax.set_xticks([t for t in ax.get_xticks() if 0 <= t <= 100])  # a share ends at 100%
    return ax


def reference_coverage_plot(coverage, ax=None):
    """How many articles reuse each word of each reference text
    (:func:`analysis.reuse.reference_coverage`), as a step line per reference."""
    ax = _axes(ax)
    for i, (name, part) in enumerate(coverage.groupby("reference", sort=True)):
        ax.step(part["word"], part["n_documents"], where="post", label=name,
                color=PALETTE[i % len(PALETTE)])
    ax.set_xlabel("position in the reference text (words)")
    ax.set_ylabel("articles reusing the word")
    ax.set_ylim(bottom=0)
    if coverage["reference"].nunique() > 1:
        ax.legend(fontsize=7, frameon=False)
    return ax
