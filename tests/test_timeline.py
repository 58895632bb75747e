"""Coverage over time: date buckets, articles per day by outlet, frame shares by week, the
timeline figures and their computed commentary (analysis.tables.periods, analysis.report.timeline,
analysis.report.timeline_commentary)."""

from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
import pytest

from analysis.report import timeline
from analysis.report.timeline_commentary import describe_timeline, has_timeline
from analysis.tables.periods import (
    articles_by_period,
    frames_by_period,
    period_start,
    with_period,
)

# doc_id, outlet, date, deterrence flags of its sentences (other frames never present)
DOCS = [
    ("a", "Wire", "2023-04-26", [1, 0]),
    ("b", "Wire", "2023-04-26T21:00:00+09:00", [1, 1]),
    ("c", "Herald", "2023-04-27", [0]),
    ("d", "Ledger", "2023-05-02", [0, 1]),
    ("e", None, "2023-05-03", [0]),
    ("f", "Herald", None, [1]),
]


def sentence_rows(docs=DOCS) -> pd.DataFrame:
    rows = []
    for doc_id, outlet, date, flags in docs:
        for i, flag in enumerate(flags, start=1):
            rows.append({"doc_id": doc_id, "paragraph": 1, "sentence": i, "outlet": outlet,
                         "date": date, "n_words": 10, "voice": "authorial", "speaker": "",
                         "frame_deterrence": bool(flag), "frame_diplomacy": False,
                         "frame_alliance": False, "frame_threat": False})
    return pd.DataFrame(rows)


def test_weeks_start_on_monday_and_offsets_keep_the_local_date():
    weeks = period_start(pd.Series(["2023-04-26", "2023-04-30", "2023-05-01T08:00:00+09:00",
                                    None]), "W")
    assert list(weeks[:3]) == [pd.Timestamp("2023-04-24"), pd.Timestamp("2023-04-24"),
                               pd.Timestamp("2023-05-01")]
    assert pd.isna(weeks[3])
    assert list(with_period(sentence_rows(), "M")["month"].dropna().unique()) == [
        pd.Timestamp("2023-04-01"), pd.Timestamp("2023-05-01")]
    with pytest.raises(ValueError, match="freq must be one of"):
        period_start(pd.Series(["2023-04-26"]), "H")


def test_articles_per_day_keep_the_largest_outlets_and_lump_the_rest():
    table = articles_by_period(sentence_rows(), "D", "outlet", top=2)
    # Wire has 2 dated articles; Herald, Ledger and unknown 1 each (ties by name).
    assert table.to_dict("list") == {
        "day": [pd.Timestamp(d) for d in ("2023-04-26", "2023-04-27", "2023-05-02",
                                          "2023-05-03")],
        "group": ["Wire", "Herald", "other", "other"],
        "n_documents": [2, 1, 1, 1], "n_words": [40, 10, 20, 10]}
    assert table.attrs["undated_documents"] == 1
    assert table.attrs["n_groups"] == 4
    assert table.attrs["groups"] == ["Wire", "Herald", "other"]


def test_frame_shares_by_week_are_sentence_shares_with_document_intervals():
    frames = frames_by_period(sentence_rows(), "W", n_resamples=500)
    deterrence = frames[frames["frame"] == "deterrence"].set_index("week")
    first, second = pd.Timestamp("2023-04-24"), pd.Timestamp("2023-05-01")
    # week 1: a (1, 0), b (1, 1), c (0) -> 3 of 5; week 2: d (0, 1), e (0) -> 1 of 3
    assert deterrence.at[first, "mean"] == pytest.approx(3 / 5)
    assert deterrence.at[second, "mean"] == pytest.approx(1 / 3)
    assert list(deterrence["n_documents"]) == [3, 2]
    assert list(deterrence["n_units"]) == [5, 3]
    # documents are resampled whole, so week 2's bootstrap can only range over 0 .. 1/2; two
    # documents give it few values, and Wilson's interval for 1 of 3 sentences reaches further
    # up, (1 + 1.92 + 1.96 sqrt(2/3 + 0.96)) / (3 + 3.84) = 0.7923
    assert deterrence.at[second, "ci_low"] == 0.0
    assert deterrence.at[second, "ci_high"] == pytest.approx(0.7923, abs=1e-4)
    # three and two documents: both weeks' intervals are marked, as group comparisons mark them
    assert deterrence.at[first, "reason"] == "interval from 3 documents; unreliable"
    assert deterrence.at[second, "reason"] == "interval from 2 documents; unreliable"
    assert frames.attrs["undated_documents"] == 1


def test_commentary_states_the_span_the_busiest_day_and_the_frame_changes():
    sentences = sentence_rows()
    text = describe_timeline(articles_by_period(sentences, "D", top=2),
                             frames_by_period(sentences, "W", n_resamples=500), "toy", 6)
    assert text.startswith(
        "The 5 dated articles run from 26 April 2023 to 3 May 2023: 8 days, 4 of them with "
        "coverage. 1 article without a date is left out. The busiest day is 26 April 2023, with "
        "2 articles (40% of the dated ones). Half of them had appeared by 27 April 2023. Among 4 "
        "values of outlet, Wire has the most dated articles (2). From the week of 24 April 2023 "
        "(3 articles) to the week of 1 May 2023 (2 articles), the share of sentences with each "
        "frame went: deterrence from 60% to 33%, diplomacy from 0% to 0%, alliance from 0% to "
        "0%, threat from 0% to 0%.")
    assert text.endswith("For every frame the 95% intervals of the two weeks overlap, which "
                         "neither shows nor rules out a change.")


def test_outlets_tied_on_dated_articles_are_said_to_have_dated_ones():
    # Wire has 2 articles, one undated; Herald 1: every outlet has 1 dated article
    rows = sentence_rows([("a", "Wire", "2023-04-26", [1]), ("b", "Wire", None, [0]),
                          ("c", "Herald", "2023-04-28", [0])])
    text = describe_timeline(articles_by_period(rows, "D"), frames_by_period(rows, "W"), "t", 3)
    assert "Every outlet has 1 dated article." in text


def test_one_date_gives_one_sentence_and_no_timeline():
    one = sentence_rows([("x", "Wire", "2023-04-26", [1, 0])])
    articles = articles_by_period(one, "D")
    assert not has_timeline(articles)
    assert describe_timeline(articles, frames_by_period(one, "W"), "one", 1) == (
        "A timeline needs articles from several dates; *one* has 1 article, all dated 26 April "
        "2023, so none is drawn.")
    undated = sentence_rows([("x", None, None, [1]), ("y", None, None, [0])])
    articles = articles_by_period(undated, "D")
    assert articles.empty and articles.attrs["undated_documents"] == 2
    assert describe_timeline(articles, frames_by_period(undated, "W"), "none", 2) == (
        "A timeline needs articles from several dates; *none* has 2 articles, none of which "
        "has a date, so none is drawn.")


def test_figures_draw_the_tables_values():
    sentences = sentence_rows()
    articles = articles_by_period(sentences, "D", top=2)
    ax = timeline.articles_over_time(articles)
    heights = sorted(p.get_height() for p in ax.patches if p.get_height() > 0)
    assert heights == [1, 1, 1, 2]  # Wire's 2 on 26 April, then one a day on three days
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Wire", "Herald", "other"]
    # Herald's one article ties with two lumped outlets' one each: the legend says so
    assert articles.attrs["tied_at_cut"] and list(articles.attrs["group_sizes"].values()) == [
        2, 1, 1, 1]
    assert ax.get_legend().get_title().get_text() == "outlet (2 of 4; ties by name)"
    clear = articles_by_period(sentences, "D", top=1)
    assert not clear.attrs["tied_at_cut"]
    assert timeline.articles_over_time(clear).get_legend().get_title().get_text() == \
        "outlet (1 largest of 4)"
    axes = timeline.frames_over_time(frames_by_period(sentences, "W", n_resamples=200))
    titles = [a.get_title(loc="left") for a in axes]
    assert titles == ["deterrence", "diplomacy", "alliance", "threat"]
    line = axes[0].get_lines()[0]
    assert np.allclose(line.get_ydata(), [3 / 5, 1 / 3])


def test_many_weeks_lay_out_without_collapsing(recwarn):
    # 18 weekly periods: concise date ticks ("Apr", "May"), unrotated; every week has an
    # interval, so no empty hollow-dot artist is drawn (one collapsed constrained layout).
    docs = [(f"d{w}{k}", "Wire", f"2023-{4 + w // 4:02d}-{1 + 7 * (w % 4):02d}", [1, 0, k % 2])
            for w in range(18) for k in range(3)]
    frames = frames_by_period(sentence_rows(docs), "W", n_resamples=200)
    assert frames["week"].nunique() == 18
    axes = timeline.frames_over_time(frames)
    fig = axes[0].figure
    fig.canvas.draw()
    assert not [w for w in recwarn if "constrained_layout" in str(w.message)]
    assert fig.get_layout_engine() is not None
    labels = [t for t in axes[0].get_xticklabels() if t.get_text()]
    assert labels and all(t.get_rotation() == 0 for t in labels)


def _visible_ticks(ax) -> list:
    """The x tick labels inside the view, after drawing (labels, not positions)."""
    ax.figure.canvas.draw()
    low, high = ax.get_xlim()
    return [t for t in ax.get_xticklabels() if t.get_text() and low <= t.get_position()[0] <= high]


def _overlaps(labels) -> bool:
    boxes = [t.get_window_extent() for t in labels]
    return any(a.x1 > b.x0 for a, b in zip(boxes, boxes[1:], strict=False))


NEWCOMER_DAYS = ["2023-04-26", "2023-04-27", "2023-04-28", "2023-04-29", "2023-05-02",
                 "2023-05-10", "2023-05-25", "2023-06-15"]


def test_day_ticks_of_close_days_stay_apart_over_two_months():
    # Four days in a row, then a few weeks apart (the newcomer's corpus): one label per
    # period overprinted "26 Apr".."29 Apr"; concise ticks every fortnight do not.
    docs = [(f"d{i}", "Wire", day, [1]) for i, day in enumerate(NEWCOMER_DAYS)]
    ax = timeline.articles_over_time(articles_by_period(sentence_rows(docs), "D"))
    labels = _visible_ticks(ax)
    assert [t.get_text() for t in labels] == ["01 May", "15 May", "01 Jun", "15 Jun"]
    assert ax.xaxis.get_major_formatter().get_offset() == "2023"
    assert not _overlaps(labels)


@pytest.mark.parametrize(("days", "expected"), [
    (["2023-04-26", "2023-04-27"], ["24 Apr", "25 Apr", "26 Apr", "27 Apr", "28 Apr", "29 Apr"]),
    ([f"{y}-{m:02d}-01" for y in (2021, 2022, 2023) for m in range(1, 13)],
     ["2021", "2022", "2023", "2024"]),
])
def test_day_ticks_are_whole_days_or_years_and_never_overprint(days, expected):
    docs = [(f"d{i}", "Wire", day, [1]) for i, day in enumerate(days)]
    ax = timeline.articles_over_time(articles_by_period(sentence_rows(docs), "D"))
    labels = _visible_ticks(ax)
    assert [t.get_text() for t in labels] == expected
    assert not _overlaps(labels)


def test_frame_line_breaks_across_weeks_without_articles():
    # Weeks of 24 April and 1 May are consecutive; 22 May follows two empty weeks: its point
    # stands alone instead of being joined to 1 May as if the weeks between had data.
    docs = [("a", "Wire", "2023-04-26", [1, 0]), ("b", "Wire", "2023-05-02", [1]),
            ("c", "Wire", "2023-05-23", [0, 0])]
    frames = frames_by_period(sentence_rows(docs), "W", n_resamples=200)
    axes = timeline.frames_over_time(frames)
    lines = [line for line in axes[0].get_lines() if line.get_linestyle() == "-"]
    assert [list(np.round(line.get_ydata(), 2)) for line in lines] == [[0.5, 1.0], [0.0]]
    labels = _visible_ticks(axes[0])
    assert not _overlaps(labels)


def test_frame_share_intervals_follow_the_confidence_level_asked_for():
    frames = frames_by_period(sentence_rows(), "W", n_resamples=500, ci=0.5)
    second = frames[frames["frame"] == "deterrence"].set_index("week").loc[
        pd.Timestamp("2023-05-01")]
    # Wilson's 50% interval for 1 of 3 (z = 0.6745): centre (1/3 + 0.0758) / 1.1516 = 0.3553,
    # half-width 0.6745 * sqrt(0.0741 + 0.0126) / 1.1516 = 0.1725, so up to 0.5277; the 95%
    # interval of the test above reaches 0.7923, and a 50% interval must not
    assert second["ci_high"] == pytest.approx(0.5277, abs=1e-4)


def test_weekly_frame_ticks_across_a_month_end_do_not_overprint():
    # Three weeks from 24 April: day ticks at fixed days of the month (25, 29 Apr, then 01 May)
    # overprinted "29 Apr" and "01 May"; the month's first day is kept.
    docs = [(f"d{i}", "Wire", day, [1, 0]) for i, day in
            enumerate(["2023-04-24", "2023-04-27", "2023-05-02", "2023-05-09"])]
    axes = timeline.frames_over_time(frames_by_period(sentence_rows(docs), "W", n_resamples=50))
    labels = _visible_ticks(axes[0])
    texts = [t.get_text() for t in labels]
    assert "01 May" in texts and "29 Apr" not in texts
    assert not _overlaps(labels)


def test_spaced_ticks_drop_the_earlier_of_two_close_ones():
    # days 25, 29 (April), 31 (1 May), 35, 39: 29 and 31 are 2 days apart, the spacing is 4
    assert timeline._spaced([25.0, 29.0, 31.0, 35.0, 39.0]) == [25.0, 31.0, 35.0, 39.0]
    assert timeline._spaced([1.0, 2.0]) == [1.0, 2.0]


def test_weekly_frames_have_a_timeline_only_over_two_weeks():
    # 26 and 28 April 2023 share the week of 24 April; 2 May starts the next
    same_week = sentence_rows([("a", "Wire", "2023-04-26", [1]), ("b", "Wire", "2023-04-28", [0])])
    assert has_timeline(articles_by_period(same_week, "D"))
    assert not has_timeline(frames_by_period(same_week, "W", n_resamples=100))
    two_weeks = sentence_rows([("a", "Wire", "2023-04-26", [1]), ("b", "Wire", "2023-05-02", [0])])
    assert has_timeline(frames_by_period(two_weeks, "W", n_resamples=100))
    undated = sentence_rows([("x", None, None, [1])])
    assert not has_timeline(frames_by_period(undated, "W", n_resamples=100))


def test_outlets_tied_beyond_the_shown_ones_are_every_outlet():
    # five outlets with one dated article each, two shown: every outlet has one, not "the most"
    rows = sentence_rows([(f"d{i}", name, f"2023-04-2{i}", [0])
                          for i, name in enumerate(["Ava", "Bex", "Cor", "Dun", "Eel"], 1)])
    text = describe_timeline(articles_by_period(rows, "D", top=2), frames_by_period(rows, "W"),
                             "five", 5)
    assert "Every outlet has 1 dated article." in text
    # four of six tied at the top: counted, not listed
    rows = sentence_rows([(f"d{i}", name, f"2023-04-2{i}", [0]) for i, name in
                          enumerate(["Ava", "Ava", "Bex", "Bex", "Cor", "Cor", "Dun", "Dun",
                                     "Eel", "Fox"], 0)])
    text = describe_timeline(articles_by_period(rows, "D", top=3), frames_by_period(rows, "W"),
                             "six", 10)
    assert "Among 6 values of outlet, 4 have the most dated articles (2 each)." in text


def test_a_few_weeks_are_ticked_at_their_starts_where_the_points_are():
    # 26 and 27 April 2023 fall in the week of Monday 24 April; 2 May in that of 1 May
    rows = sentence_rows([("a", "W", "2023-04-26", [1]), ("b", "W", "2023-04-27", [0]),
                          ("c", "W", "2023-05-02", [1])])
    axes = timeline.frames_over_time(frames_by_period(rows, "W", n_resamples=100))
    axes[0].figure.canvas.draw()
    assert [t.get_text() for t in axes[0].get_xticklabels()] == ["24 Apr", "01 May"]
    assert [mdates.num2date(x).strftime("%Y-%m-%d") for x in axes[0].get_lines()[0].get_xdata(
        orig=False)] == ["2023-04-24", "2023-05-01"]


def test_sparse_weeks_fall_back_to_spaced_ticks_that_never_overprint():
    # weeks in April, May and December: one tick per week would put "24 Apr" on "01 May"
    rows = sentence_rows([("a", "W", "2023-04-26", [1]), ("b", "W", "2023-05-02", [0]),
                          ("c", "W", "2023-12-05", [1]), ("d", "W", "2023-12-06", [0])])
    axes = timeline.frames_over_time(frames_by_period(rows, "W", n_resamples=100))
    fig = axes[0].figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = sorted((t.get_window_extent(renderer) for t in axes[0].get_xticklabels()
                    if t.get_text()), key=lambda b: b.x0)
    assert len(boxes) >= 2
    assert all(a.x1 <= b.x0 for a, b in zip(boxes, boxes[1:], strict=False))


def test_the_articles_table_with_lumped_outlets_writes_to_parquet(tmp_path):
    articles = articles_by_period(sentence_rows(), "D", top=2)
    assert articles.attrs["tied_at_cut"] is True
    articles.to_parquet(tmp_path / "a.parquet")
    assert len(pd.read_parquet(tmp_path / "a.parquet")) == len(articles)
