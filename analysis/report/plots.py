"""Plots of metric tables. Each function takes a table, draws on an Axes and returns it.

Plots never compute metrics: they receive the tables of :mod:`analysis.tables` (the sentence
table and its aggregations) and the other metric modules. Every plot adapts to the size of the
corpus: one document is drawn sentence by sentence or paragraph by paragraph; a few dozen
documents one bar or point each; more than that as a distribution, so no plot becomes
unreadable. Save figures with :func:`analysis.report.figures.save_figure`. The readability
plots live in :mod:`analysis.report.readability_plots` and are importable from here too.
"""

from __future__ import annotations

import textwrap

from ..tables.compare import MIN_RELIABLE_DOCUMENTS, unreliable
from ..tables.counts import keyphrase_counts, mention_counts
from .figures import PALETTE, new_figure
from .readability_plots import MEASURE_LABELS, measure_intervals
from .readability_plots import grade_along_units as grade_along_units  # notebook 02 uses it

VOICE_COLOURS = {"authorial": PALETTE[0], "quoted": PALETTE[1], "speech": PALETTE[2],
                 "stage": "#bbbbbb"}
MAX_BARS = 40
"""Above this many documents, plots show distributions instead of one bar per document."""

def empty_panel(ax, message: str):
    """An Axes with nothing to draw: ``message`` in its middle, no axis. Returns the Axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return ax


def _axes(ax, figsize=None):
    if ax is None:
        _, ax = new_figure(figsize=figsize)
    return ax


def voice_through_documents(sentences, documents, ax=None):
    """Words per sentence coloured by voice (one document), or quoted vs authorial words per
    document (up to :data:`MAX_BARS` documents), or the distribution of the quoted share.

    ``sentences`` is the sentence table (:func:`analysis.tables.sentences.sentence_table`) and
    ``documents`` :func:`analysis.tables.aggregate.overview`.
    """
    import numpy as np

    ax = _axes(ax)
    docs = sentences["doc_id"].unique()
    if len(docs) == 1:
        colours = [VOICE_COLOURS[v] for v in sentences["voice"]]
        ax.bar(sentences["sentence"], sentences["n_words"], color=colours, width=0.8)
        for _, row in sentences.iterrows():
            if row["speaker"]:
                ax.text(row["sentence"], row["n_words"] + 0.5, row["speaker"], rotation=90,
                        ha="center", va="bottom", fontsize=7, color="#444444")
        ax.set_xlabel("sentence (reading order)")
        ax.set_ylabel("words")
        ax.set_xticks(sentences["sentence"])
        ax.set_ylim(0, sentences["n_words"].max() * 1.6 + 1)
        from matplotlib.patches import Patch

        present = set(sentences["voice"]) | {"authorial", "quoted"}
        ax.legend(handles=[Patch(color=c, label=v) for v, c in VOICE_COLOURS.items()
                           if v in present],
                  loc="upper left", ncol=2, frameon=False)
        return ax
    per_doc = documents.set_index("doc_id").sort_index().rename(
        columns={"n_quoted_words": "quoted"})
    if len(per_doc) <= MAX_BARS:
        y = np.arange(len(per_doc))
        ax.barh(y, per_doc["n_words"] - per_doc["quoted"], color=VOICE_COLOURS["authorial"],
                label="authorial")
        ax.barh(y, per_doc["quoted"], left=per_doc["n_words"] - per_doc["quoted"],
                color=VOICE_COLOURS["quoted"], label="quoted")
        ax.set_yticks(y, per_doc.index, fontsize=7)
        ax.invert_yaxis()
        ax.set_xlabel("words")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)  # beside the bars
        return ax
    ax.hist(per_doc["quoted_share"].dropna(), bins=np.linspace(0, 1, 21),
            color=VOICE_COLOURS["quoted"])
    ax.set_xlabel("share of words in quoted sentences, per document")
    ax.set_ylabel("documents")
    return ax


def speaker_words(speakers, top: int = 12, ax=None):
    """Horizontal bars: sentences attributed to each speaker (the ``top`` speakers), longest
    first, each annotated with its words. Bar length and order are the same quantity, the one
    :func:`analysis.report.voice_ranking.voice_ranking` ranks by (sentences, then words).

    ``speakers`` is :func:`analysis.tables.aggregate.speakers` or a voice ranking.
    """
    from matplotlib.ticker import MaxNLocator

    ax = _axes(ax)
    data = speakers.sort_values(["n_sentences", "n_words"], ascending=False, kind="mergesort")
    data = data.head(top)
    if data.empty:
        return empty_panel(ax, "no attributed speech")
    ax.barh(range(len(data)), data["n_sentences"], color=VOICE_COLOURS["quoted"])
    ax.set_yticks(range(len(data)), data["speaker"])
    ax.invert_yaxis()
    for i, (sentences, words) in enumerate(zip(data["n_sentences"], data["n_words"], strict=True)):
        ax.text(sentences, i, f" {words} words", va="center", fontsize=7, color="#444444")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("sentences attributed to the speaker (bar length and order); words at right")
    ax.set_xlim(0, data["n_sentences"].max() * 1.25)
    return ax


def keyphrase_bars(keyphrases, top: int = 10, ax=None):
    """Horizontal bars of keyphrase scores (one document), or of how many documents list each
    keyphrase among their top ones (a corpus).

    ``keyphrases`` is :func:`analysis.metrics.keyphrases.keyphrases_table`.
    """
    ax = _axes(ax)
    if keyphrases["doc_id"].nunique() <= 1:
        data = keyphrases.sort_values("rank").head(top)
        values, labels, xlabel = data["score"], data["keyphrase"], "keyphrase score"
    else:
        counts = keyphrase_counts(keyphrases).head(top)
        values, labels, xlabel = counts["n_documents"], counts["keyphrase"], "documents listing it"
    ax.barh(range(len(values)), values, color=PALETTE[2])
    ax.set_yticks(range(len(values)), labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    return ax


def keyness_bars(keyness, top: int = 15, ax=None):
    """Log-likelihood G² of the most key terms, the statistic they are ranked by (strength of
    evidence of over-use, which grows with the count), annotated with their raw counts and log₂
    ratios (effect size: how many times more frequent; a term ranked lower may have a larger
    one).

    ``keyness`` is :func:`analysis.metrics.keyness.keyness`; only over-used terms are drawn.
    """
    ax = _axes(ax)
    data = keyness[keyness["direction"] == "+"].head(top)
    ax.barh(range(len(data)), data["g2"], color=PALETTE[4])
    ax.set_yticks(range(len(data)), data["surface"] if "surface" in data.columns else data["term"])
    ax.invert_yaxis()
    for i, (g2, n, lr) in enumerate(zip(data["g2"], data["count"], data["log_ratio"],
                                        strict=True)):
        ax.text(g2, i, f" n={n}, log₂ ratio {lr:.1f}", va="center", fontsize=7,
                color="#444444")
    if len(data):
        ax.set_xlim(0, data["g2"].max() * 1.45)
    ax.set_xlabel("log-likelihood G² vs general English: strength of evidence of over-use "
                  "(the ranking)\nat right: count and log₂ ratio (effect size)")
    return ax


def actor_positions(mentions, ax=None):
    """Where each actor is mentioned: relative position in the document (0 = start,
    1 = end), one row per actor, one mark per mention; in a corpus of many documents the marks
    are translucent so density shows (:func:`mention_alpha`).

    ``mentions`` is :func:`analysis.metrics.actors.actor_mentions`.
    """
    ax = _axes(ax)
    if mentions.empty:
        return empty_panel(ax, "no actor mentioned")
    order = mention_counts(mentions)["actor"].tolist()
    single = mentions["doc_id"].nunique() == 1
    alpha = mention_alpha(mentions["doc_id"].nunique())
    for i, actor in enumerate(order):
        part = mentions[mentions["actor"] == actor]
        ax.scatter(part["position"], [i] * len(part), marker="|", s=300 if single else 160,
                   linewidths=2 if single else 1.5, alpha=alpha,
                   color=PALETTE[i % len(PALETTE)])
        ax.text(1.02, i, f"{len(part)}", va="center", fontsize=7, color="#444444",
                transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("position in the article (0 = first word, 1 = last word); count at right")
    return ax


def mention_alpha(n_documents: int) -> float:
    """Opacity of one mention mark: opaque up to 5 documents, then ``5 / n`` (0.5 for 10
    documents), never below 0.15, so a single mark stays visible and ten marks on one spot
    of a large corpus still read as darker than one."""
    return max(0.15, min(1.0, 5 / max(n_documents, 1)))


FRAME_COLOURS = {"deterrence": PALETTE[0], "diplomacy": PALETTE[2], "alliance": PALETTE[4],
                 "threat": PALETTE[3]}


def frame_trajectory(sentences, positions=None, ax=None):
    """Frame scores sentence by sentence (one document: a heat map, sentences across, frames
    down, the voice marked underneath), or the share of sentences carrying each frame by
    relative position (a corpus).

    ``sentences`` is the sentence table (:func:`analysis.tables.sentences.sentence_table`);
    ``positions`` its aggregation by position bin (``aggregate(with_position(sentences),
    "position")``), needed for a corpus of several documents.
    """
    import numpy as np
    from matplotlib.patches import Rectangle

    ax = _axes(ax)
    frames = list(FRAME_COLOURS)
    if sentences["doc_id"].nunique() == 1:
        data = sentences[[f"score_{f}" for f in frames]].to_numpy(dtype=float).T
        ax.imshow(data, aspect="auto", cmap="Greys", vmin=0, vmax=max(3.0, float(data.max())),
                  interpolation="nearest")
        for (i, j), value in np.ndenumerate(data):
            if value > 0:
                ax.text(j, i, f"{value:g}", ha="center", va="center", fontsize=6,
                        color="white" if value > 2 else "black")
        ax.set_yticks(range(len(frames)), frames)
        ax.set_xticks(range(len(sentences)), sentences["sentence"].astype(int))
        for j, voice in enumerate(sentences["voice"]):
            ax.add_patch(Rectangle(
                (j - 0.5, len(frames) - 0.5), 1, 0.25, color=VOICE_COLOURS[voice],
                clip_on=False))
        ax.set_ylim(len(frames) - 0.5 + 0.3, -0.5)
        ax.grid(False)
        ax.set_xlabel("sentence (reading order); bar underneath: orange = quoted, "
                      "blue = authorial")
        return ax
    data = positions.sort_values("position")
    for frame in frames:
        ax.plot(data["position"], data[f"share_{frame}"], marker="o", label=frame,
                color=FRAME_COLOURS[frame])
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.02, 1.3)  # headroom: the legend sits above the data, never on it
    ax.set_yticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.set_xlabel(f"relative position in the article ({len(data)} bins)")
    ax.set_ylabel("share of sentences with the frame")
    ax.legend(frameon=False, ncol=4, loc="upper center")
    return ax


VOICE_LABELS = {"speech": "speech (transcript turns)"}
"""How a legend names a voice, where its bare name is unclear."""


def frames_by_voice(voice_table, ax=None):
    """Grouped bars: share of sentences carrying each frame, per voice (authorial, quoted,
    speech: transcript turns, and any other voice of the table), each voice's sentence count
    in the legend. Every row of the table but ``all`` is drawn, so no voice is left out.

    ``voice_table`` is :func:`analysis.tables.aggregate.by_voice`.
    """
    import numpy as np

    ax = _axes(ax)
    frames = list(FRAME_COLOURS)
    rows = voice_table.set_index("voice")
    voices = [v for v in rows.index if v != "all"]
    width = 0.8 / max(len(voices), 1)
    x = np.arange(len(frames))
    for k, voice in enumerate(voices):
        values = [rows.loc[voice, f"share_{f}"] for f in frames]
        ax.bar(x + (k - (len(voices) - 1) / 2) * width, values, width=width,
               color=VOICE_COLOURS.get(voice, PALETTE[(k + 3) % len(PALETTE)]),
               label=f"{VOICE_LABELS.get(voice, voice)} "
                     f"({int(rows.loc[voice, 'n_sentences'])} sentences)")
    ax.set_xticks(x, frames)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("share of sentences with the frame")
    ax.legend(frameon=False, loc="upper right")
    return ax


def actor_tone_bars(summary, ax=None, top: int = 12, label_width: int | None = None):
    """Stacked horizontal bars per actor: the share of its mentions whose sentence is negative,
    neutral, positive or uncertain toward it (hatched); at the right the number of mentions, the
    negative share, and the positive share with its 95% interval. Actors with fewer than three
    mentions are drawn faded: a share of one or two sentences says little. The ``top`` actors
    by mentions are drawn. ``label_width``: the axis label wrapped at this many characters, the
    legend below it moved down by its extra lines.

    ``summary`` is :func:`analysis.metrics.actor_tone.actor_tone_summary`.
    """
    import numpy as np

    ax = _axes(ax)
    if summary.empty:
        return empty_panel(ax, "no actor mentioned")
    data = summary.head(top)
    y = np.arange(len(data))
    alpha = np.where(data["n_mentions"] >= 3, 1.0, 0.4)
    colours = {"negative": PALETTE[3], "neutral": "#bbbbbb", "positive": PALETTE[2],
               "uncertain": "white"}
    left = np.zeros(len(data))
    for label, colour in colours.items():
        if f"share_{label}" not in data:
            continue
        values = data[f"share_{label}"].to_numpy(dtype=float)
        for i in range(len(data)):
            ax.barh(y[i], values[i], left=left[i], color=colour, alpha=alpha[i],
                    edgecolor="#888888" if label == "uncertain" else colour,
                    hatch="///" if label == "uncertain" else None,
                    label=label if i == 0 else None)
        left += values
    for i, row in enumerate(data.itertuples()):
        note = f"n={row.n_mentions}"
        low = getattr(row, "share_positive_ci_low", float("nan"))
        if low == low:  # none positive: Wilson's interval (0%–43% of 5), not a bootstrap's 0%–0%
            note += (f" · negative {row.share_negative:.0%} · positive {row.share_positive:.0%} "
                     f"({low:.0%}–{row.share_positive_ci_high:.0%})")
        ax.text(1.01, y[i], note, va="center", fontsize=7, color="#444444")
    ax.set_yticks(y, data["actor"])
    ax.invert_yaxis()
    ax.set_xlim(0, 1.55)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    label = ("share of mentions, by the tone of their sentence toward the actor"
             + (" (pale: fewer than 3 mentions)" if (alpha < 1).any() else ""))
    ax.set_xlabel(textwrap.fill(label, label_width) if label_width else label)
    ax.legend(frameon=False, ncol=4, loc="upper center", fontsize=7,
              bbox_to_anchor=(0.4, -0.14 - _label_lines(ax) * _line_height(ax)))
    return ax


def _label_lines(ax) -> int:
    """The lines of an axis label beyond its first."""
    return ax.get_xlabel().count("\n")


def _line_height(ax) -> float:
    """One line of axis-label text (with its spacing) as a share of the axes' height."""
    height = ax.figure.get_size_inches()[1] * ax.get_position().height
    return 1.2 * ax.xaxis.label.get_fontsize() / 72 / height


METRIC_LABELS = {**MEASURE_LABELS, "composite_grade": "composite grade",
                 "quoted_share": "share of words in quoted sentences", "tone": "VADER tone"}


def _group_name(value, wrap: int | None = None) -> str:
    """A group label for an axis: at most 28 characters, wrapped at ``wrap`` if given."""
    import textwrap

    text = str(value)
    text = text if len(text) <= 28 else text[:27] + "…"
    return "\n".join(textwrap.wrap(text, wrap)) if wrap else text


def group_intervals(comparison, metric: str | None = None, ax=None, top: int = 30):
    """Mean and 95% bootstrap interval of one metric per group (dots and whiskers), the
    corpus mean as a dashed line.

    ``comparison`` is :func:`analysis.compare.compare_groups` (or the rows of one metric of
    :func:`analysis.synthesis.comparisons`; ``metric`` picks them). Groups without an interval
    (one document) are drawn as hollow dots, and intervals from fewer than
    :data:`~analysis.tables.compare.MIN_RELIABLE_DOCUMENTS` documents in grey. With more than
    ``top`` groups, the ``top // 2`` highest and lowest means are drawn and the axis label says
    so.
    """
    import numpy as np

    ax = _axes(ax)
    data = comparison if metric is None else comparison[comparison["metric"] == metric]
    data = data.dropna(subset=["mean"]).sort_values("mean", ascending=False, kind="mergesort")
    metric = metric or (str(data["metric"].iloc[0]) if len(data) else "")
    label = METRIC_LABELS.get(metric, metric)
    if data.empty:
        return empty_panel(ax, f"no {label} to compare")
    # the mean of every group's units, before the groups not drawn are left out
    overall = (data["mean"] * data["n_units"]).sum() / data["n_units"].sum()
    shown = len(data)
    if shown > top:
        data = data.iloc[np.r_[0:top // 2, shown - top // 2:shown]]
    y = np.arange(len(data))
    has_ci = data["ci_low"].notna().to_numpy()
    few = unreliable(data).to_numpy() if "reason" in data.columns else np.zeros(len(data), bool)
    lo = (data["mean"] - data["ci_low"]).clip(lower=0).fillna(0)
    hi = (data["ci_high"] - data["mean"]).clip(lower=0).fillna(0)
    for keep, colour in ((has_ci & ~few, PALETTE[0]), (has_ci & few, "#aaaaaa")):
        if keep.any():
            ax.errorbar(data["mean"][keep], y[keep], xerr=[lo[keep], hi[keep]], fmt="o",
                        color=colour, capsize=3)
    ax.plot(data["mean"][~has_ci], y[~has_ci], "o", mfc="white", color=PALETTE[0])
    ax.axvline(overall, color="#888888", linestyle="--", linewidth=1)
    ax.set_yticks(y, [f"{_group_name(g)} ({n})" for g, n in
                      zip(data["group"], data["n_documents"], strict=True)])
    ax.invert_yaxis()
    extra = f"; {len(data)} of {shown} groups, highest and lowest" if shown > top else ""
    grey = (f"; grey: from fewer than {MIN_RELIABLE_DOCUMENTS} documents, unreliable"
            if (has_ci & few).any() else "")
    ax.set_xlabel(f"{label}: mean and 95% interval (documents in brackets{extra}{grey})")
    return ax


def frames_by_group(comparison, ax=None, top: int = 20):
    """Share of sentences carrying each frame, per group: a grid with groups down and frames
    across, each cell annotated (a grid stays legible from 1 to 200 groups, where grouped bars
    do not).

    ``comparison`` is :func:`analysis.synthesis.comparisons` (its ``frame_<frame>`` rows).
    Groups are the ``top`` with most sentences, in the table's order; the axis label says how
    many of how many groups are shown.
    """
    import numpy as np

    ax = _axes(ax)
    frames = list(FRAME_COLOURS)
    rows = comparison[comparison["metric"].isin([f"frame_{f}" for f in frames])]
    sizes = rows.drop_duplicates("group").set_index("group")["n_units"]
    largest = set(sizes.sort_values(ascending=False, kind="mergesort").index[:top])
    groups = [g for g in dict.fromkeys(rows["group"]) if g in largest]
    data = np.array([rows[rows["metric"] == f"frame_{f}"].set_index("group")
                     .reindex(groups)["mean"].to_numpy(dtype=float) for f in frames]).T
    data = data.reshape(len(groups), len(frames))
    ax.imshow(data, aspect="auto", cmap="Blues", vmin=0, vmax=1, interpolation="nearest")
    size = 7 if len(groups) <= 12 else 6 if len(groups) <= 24 else 5
    for (i, j), value in np.ndenumerate(data):
        if value == value:
            ax.text(j, i, f"{value:.0%}", ha="center", va="center", fontsize=size,
                    color="white" if value > 0.6 else "black")
    ax.set_xticks(range(len(frames)), frames)
    n_docs = rows.drop_duplicates("group").set_index("group")["n_documents"]
    ax.set_yticks(range(len(groups)), [f"{_group_name(g)} ({int(n_docs[g])})" for g in groups],
                  fontsize=size)
    ax.grid(False)
    shown = f"{len(groups)} of {len(sizes)} groups, the largest" if len(sizes) > top else \
        f"{plural_groups(len(groups))}"
    ax.set_xlabel(f"share of sentences with the frame ({shown}; documents in brackets)")
    return ax


def plural_groups(n: int) -> str:
    """``"1 group"``, ``"3 groups"``."""
    return f"{n} group{'s' if n != 1 else ''}"


def synthesis_dashboard(axes, comparison, keyphrases, actor_summary, intervals=None):
    """The four panels of the synthesis figure on a 2 x 2 grid of ``axes``: readability,
    keyphrases, frames and tone toward actors. Returns ``axes``.

    ``comparison`` is :func:`analysis.synthesis.comparisons`; readability is drawn from its
    ``composite_grade`` rows, or, when ``intervals`` (:func:`analysis.readability.
    readability_intervals`) is given (a single article, nothing to compare), as the grade
    measures with their bootstrap intervals. ``keyphrases`` is
    :func:`analysis.metrics.keyphrases.keyphrases_table`, ``actor_summary`` is
    :func:`analysis.stance.actor_tone_summary`.
    """
    (a, b), (c, d) = axes
    if intervals is not None:
        measure_intervals(intervals, ax=a)
        a.set_title("How hard to read", loc="left", fontsize=10)
    else:
        group_intervals(comparison, "composite_grade", ax=a)
        a.set_title("How hard to read (composite grade)", loc="left", fontsize=10)
    keyphrase_bars(keyphrases, ax=b)
    b.set_title("What it is about", loc="left", fontsize=10)
    frames_by_group(comparison, ax=c)
    c.set_title("How it is framed", loc="left", fontsize=10)
    actor_tone_bars(actor_summary, ax=d, label_width=DASHBOARD_LABEL_WIDTH)
    d.set_title("Tone toward the actors", loc="left", fontsize=10)
    for ax in (a, b, c, d):  # side by side, long axis labels would run into each other
        ax.set_xlabel(textwrap.fill(ax.get_xlabel(), DASHBOARD_LABEL_WIDTH))
    return axes


DASHBOARD_LABEL_WIDTH = 55
"""Characters of a dashboard panel's axis label per line."""
