"""The synthesis of notebook 05: grouping choice, the comparison table, its plots and the
findings. Expected values counted by hand on the fixture corpus and the seed."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import export
from analysis.corpus import Document, load_corpus
from analysis.metrics import keyphrases as keywords
from analysis.metrics.actor_tone import actor_tone, actor_tone_summary
from analysis.metrics.frames import FRAMES
from analysis.report import commentary, plots, synthesis
from analysis.report.figures import new_figure
from analysis.tables.metadata import with_metadata
from analysis.tables.sentences import sentence_table
from tests.conftest import ROOT

OUTLETS = ROOT / "tests" / "fixtures" / "outlets"


@pytest.fixture(scope="module")
def outlets():
    corpus = load_corpus(OUTLETS)
    docs = with_metadata(export.metric_table(corpus, "document"), corpus)
    sentences = with_metadata(sentence_table(corpus), corpus)
    return corpus, docs, sentences


def test_choose_grouping_falls_back_from_field_to_articles_to_voices(outlets):
    _, docs, _ = outlets
    assert synthesis.choose_grouping(docs, "outlet") == "outlet"
    assert synthesis.choose_grouping(docs, "language") == "doc_id"  # all "en"
    assert synthesis.choose_grouping(docs, "no_such_field") == "doc_id"
    assert synthesis.choose_grouping(docs.iloc[:1], "outlet") == "voice"


def test_a_misspelt_field_stops_the_run_and_a_missing_standard_one_falls_back(outlets):
    corpus, docs, _ = outlets
    assert synthesis.corpus_field(corpus, "outlet") == "outlet"
    assert synthesis.corpus_field(corpus, "voice") == "voice"
    assert synthesis.corpus_field(corpus, None) is None
    # a standard field without a value falls back to the articles
    assert synthesis.choose_grouping(docs, synthesis.corpus_field(corpus, "url")) == "doc_id"
    assert synthesis.corpus_field([Document.from_text("No fields here.", "x")], "url") is None
    fields = sorted(set().union(*(d.meta for d in corpus)))
    assert "outlet" in fields and "Outlet" not in fields
    with pytest.raises(ValueError) as info:
        synthesis.corpus_field(corpus, "Outlet")
    assert str(info.value) == (f"no document of the corpus has the field 'Outlet'; its fields "
                               f"are {', '.join(fields)} (names are case-sensitive)")


def test_comparisons_by_outlet(outlets):
    _, docs, sentences = outlets
    table = synthesis.comparisons(docs, sentences, "outlet", n_resamples=200)
    metrics = [*synthesis.DOCUMENT_METRICS, *synthesis.SENTENCE_METRICS]
    assert list(dict.fromkeys(table["metric"])) == metrics
    assert len(table) == 3 * len(metrics)  # three outlets
    assert table.attrs["unit_of_resampling"] == "document"
    ledger = table[(table["group"] == "Eastern Ledger (invented)")].set_index("metric")
    # Two Eastern Ledger articles with 16 sentences; 6 of them carry deterrence (frame lexicon
    # 2.0.0 adds "gives up its nuclear option" and "not to pursue nuclear weapons of its own",
    # South Korea's own-weapons debate: guide rules 7 and 8).
    assert ledger.loc["frame_deterrence", "n_documents"] == 2
    assert ledger.loc["frame_deterrence", "n_units"] == 16
    assert ledger.loc["frame_deterrence", "mean"] == pytest.approx(6 / 16)
    mine = docs[docs["outlet"] == "Eastern Ledger (invented)"]["composite_grade"].mean()
    assert ledger.loc["composite_grade", "mean"] == pytest.approx(mine)
    # One-article outlets have no interval and no effect size, and say why.
    wire = table[(table["group"] == "Pacific Wire (invented)")
                 & (table["metric"] == "tone")].iloc[0]
    assert pd.isna(wire["ci_low"]) and pd.isna(wire["cohens_d"])
    assert wire["reason"] == ("fewer than 2 documents; one document in group Pacific Wire "
                              "(invented), no effect size")


def test_frame_columns_are_booleans_whose_group_mean_is_a_share(outlets):
    # synthesis.frame_indicators is gone: the sentence table has frame_<f> booleans, and the
    # mean of a boolean column over a group's sentences is the share carrying the frame.
    _, _, sentences = outlets
    ledger = sentences[sentences["outlet"] == "Eastern Ledger (invented)"]
    assert ledger["frame_deterrence"].dtype == bool
    assert (len(ledger), int(ledger["frame_deterrence"].sum())) == (16, 6)


def test_comparisons_by_voice_on_the_seed(seed_corpus):
    docs = export.metric_table(seed_corpus, "document")
    sentences = sentence_table(seed_corpus)
    table = synthesis.comparisons(docs, sentences, "voice", n_resamples=200)
    assert set(table["metric"]) == set(synthesis.SENTENCE_METRICS)  # no document metrics
    assert table.attrs["unit_of_resampling"] == "sentence"
    det = table[table["metric"] == "frame_deterrence"].set_index("group")
    # Deterrence: 6 of 9 authorial sentences, 1 of 8 quoted ones.
    assert det.loc["authorial", "mean"] == pytest.approx(6 / 9)
    assert det.loc["quoted", "mean"] == pytest.approx(1 / 8)
    assert det.loc["authorial", "ci_low"] < 6 / 9 < det.loc["authorial", "ci_high"]


def test_describe_synthesis_on_the_seed(seed_corpus):
    docs = export.metric_table(seed_corpus, "document")
    sentences = sentence_table(seed_corpus)
    table = synthesis.comparisons(docs, sentences, "voice", n_resamples=200)
    text = commentary.describe_synthesis(
        docs, table, keywords.keyphrases_table(seed_corpus),
        actor_tone_summary(actor_tone(seed_corpus)), "voice", "seeds")
    assert text.startswith("*seeds* is a single article of 387 words in 17 sentences.")
    assert "composite grade of 13.1 (Flesch-Kincaid 16.2, college)" in text
    assert "Its dominant frame is *alliance* (65% of sentences); *diplomacy* is rarest (6%)" \
        in text
    # 6 of 9 authorial sentences (interval 33-100%) against 1 of 8 quoted ones (0-38%): the
    # two intervals overlap, but the interval of the difference itself (the two voices'
    # sentences resampled on their own, 200 draws) stays above zero (Fisher's exact test on
    # the 2x2 table gives p = 0.0498 too); 1 of 8 is 12.5%, written 13%
    extremes = table.attrs["extremes"]["frame_deterrence"]
    assert (extremes["high"], extremes["low"]) == ("authorial", "quoted")
    assert extremes["mean_diff"] == pytest.approx(6 / 9 - 1 / 8)
    assert 0 < extremes["diff_ci_low"] < 6 / 9 - 1 / 8 < extremes["diff_ci_high"] <= 1
    low, high = (round(100 * extremes[k]) for k in ("diff_ci_low", "diff_ci_high"))
    assert ("*deterrence*: 67% of authorial sentences against 13% of quoted ones; the 95% "
            f"interval of the difference is {low} to {high} percentage points.") in text
    # Tone model 3.0 (encoder; 2 neutral and 7 positive with the linear 2.2): "More than 28,000
    # US service members serve on the peninsula alongside South Korean allies" and the "US" in
    # the title of GlobalData's "US Defense Market 2022-2027" report are now neutral.
    assert ("The most mentioned actor, the United States, is mentioned 10 times: 0 in "
            "sentences negative toward it, 4 neutral, 5 positive and 1 uncertain") in text
    assert "favour" not in text


def test_describe_synthesis_by_outlet(outlets):
    corpus, docs, sentences = outlets
    table = synthesis.comparisons(docs, sentences, "outlet", n_resamples=200)
    text = commentary.describe_synthesis(
        docs, table, keywords.keyphrases_table(corpus),
        actor_tone_summary(actor_tone(corpus)), "outlet", corpus.name)
    assert text.startswith("*outlets* holds 4 articles from 3 outlets, published between "
                           "26 April 2023 and 2 May 2023: 428 words in 29 sentences.")
    # Eastern Ledger has two articles, the two other outlets one each: nothing to rank.
    assert ("The outlet groups are not ranked by composite grade: 2 of the 3 hold a single "
            "article, so there is no interval and no difference can be told from chance.") in text
    assert "hardest" not in text
    assert "left out" not in text  # every article has an outlet
    # two articles behind Eastern Ledger's interval, none behind the others: no frame compared
    assert ("No frame is compared by outlet: fewer than two outlets have an interval from 5 "
            "articles or more.") in text
    assert "differs most" not in text


def test_plots_draw_one_marker_per_group(outlets):
    _, docs, sentences = outlets
    table = synthesis.comparisons(docs, sentences, "outlet", n_resamples=200)
    fig, (a, b) = new_figure(1, 2)
    plots.group_intervals(table, "composite_grade", ax=a)
    assert [t.get_text().split(" (")[0] for t in a.get_yticklabels()] == [
        "Pacific Wire", "Harbor Times", "Eastern Ledger"]  # highest mean first
    # Eastern Ledger's interval, from two articles, is grey and the label says why; the two
    # one-article outlets are hollow dots
    (ledger,) = [c for c in a.containers]
    assert ledger.lines[0].get_color() == "#aaaaaa"
    assert a.get_xlabel().endswith("; grey: from fewer than 5 documents, unreliable)")
    plots.frames_by_group(table, ax=b)
    # an annotated grid: three outlets down, four frames across, one label per cell
    (image,) = b.get_images()
    grid = np.asarray(image.get_array())
    assert grid.shape == (3, 4) and len(b.texts) == 3 * 4
    outlets_shown = ["Eastern Ledger (invented)", "Harbor Times (invented)",
                     "Pacific Wire (invented)"]
    # each outlet with its article count (Eastern Ledger has two): a one-article share is read
    # as one article's
    assert [t.get_text() for t in b.get_yticklabels()] == [
        "Eastern Ledger (invented) (2)", "Harbor Times (invented) (1)",
        "Pacific Wire (invented) (1)"]
    assert b.get_xlabel().endswith("; documents in brackets)")
    assert [t.get_text() for t in b.get_xticklabels()] == list(FRAMES)
    # each cell is the share of the outlet's sentences carrying the frame
    shares = sentences.groupby("outlet")[[f"frame_{f}" for f in FRAMES]].mean()
    np.testing.assert_allclose(grid, shares.loc[outlets_shown].to_numpy())
    assert grid[0, 0] == 6 / 16 and b.texts[0].get_text() == "38%"  # Ledger, deterrence


def test_group_intervals_limits_many_groups():
    table = pd.DataFrame({"metric": "tone", "group": [f"d{i:02d}" for i in range(50)],
                          "n_documents": 1, "n_units": 10, "mean": range(50),
                          "ci_low": float("nan"), "ci_high": float("nan")})
    fig, ax = new_figure()
    plots.group_intervals(table, ax=ax, top=10)
    labels = [t.get_text().split(" (")[0] for t in ax.get_yticklabels()]
    assert labels == ["d49", "d48", "d47", "d46", "d45", "d04", "d03", "d02", "d01", "d00"]
    assert "10 of 50 groups" in ax.get_xlabel()


def test_group_intervals_mean_line_is_every_groups_mean_when_some_are_not_drawn():
    table = pd.DataFrame({"metric": "tone", "group": [f"d{i:02d}" for i in range(50)],
                          "n_documents": 1, "n_units": [2] * 25 + [1] * 25,
                          "mean": [float(i * i) for i in range(50)],
                          "ci_low": float("nan"), "ci_high": float("nan")})
    fig, ax = new_figure()
    plots.group_intervals(table, ax=ax, top=10)
    # every group's units: (2 * (0 + 1 + ... + 24²) + (25² + ... + 49²)) / 75, not the mean of
    # the ten drawn groups (1,116.5)
    expected = (2 * sum(i * i for i in range(25)) + sum(i * i for i in range(25, 50))) / 75
    assert expected == pytest.approx(45325 / 75)  # 2 * 4,900 + 35,525 = 45,325
    (line,) = [ln for ln in ax.get_lines() if ln.get_linestyle() == "--"]
    assert line.get_xdata()[0] == pytest.approx(expected)


PARTIAL = {  # invented coverage; only the first three articles have an outlet in a sidecar
    "ledger_a": ("Eastern Ledger (invented)",
                 "The allies agreed to deploy a nuclear-armed submarine to deter North Korea. "
                 "Officials said the deterrent would be backed by the full range of US forces."),
    "ledger_b": ("Eastern Ledger (invented)",
                 "Seoul will join a Nuclear Consultative Group to plan the deterrence posture. "
                 "The group meets every quarter."),
    "harbor": ("Harbor Times (invented)",
               "Pyongyang called the declaration a provocation. Its state media warned of an "
               "overwhelming response."),
    "untagged": (None,
                 "Diplomats in Beijing urged restraint and a return to dialogue. They said talks "
                 "remained the only path. Markets in Seoul were calm on Thursday. Traders "
                 "shrugged off the news."),
}


@pytest.fixture(scope="module")
def partial(tmp_path_factory):
    folder = tmp_path_factory.mktemp("partial")
    for stem, (outlet, text) in PARTIAL.items():
        (folder / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        if outlet:
            (folder / f"{stem}.json").write_text(f'{{"outlet": "{outlet}"}}', encoding="utf-8")
    corpus = load_corpus(folder)
    docs = with_metadata(export.metric_table(corpus, "document"), corpus)
    sentences = with_metadata(sentence_table(corpus), corpus)
    with pytest.warns(UserWarning) as record:
        table = synthesis.comparisons(docs, sentences, "outlet", n_resamples=200)
    # one warning, not one per metric
    assert [str(w.message) for w in record] == [
        "1 of 4 documents have no 'outlet' value and are left out of every comparison"]
    return corpus, docs, sentences, table


def test_synthesis_figures_cover_every_sentence_and_name_the_left_out(partial):
    corpus, docs, sentences, table = partial
    # 2 + 2 + 2 + 4 sentences, counted by hand; the untagged article holds 4 of them.
    assert table.attrs["n_sentences"] == 10
    assert table.attrs["n_left_out"] == 1
    compared = table.loc[table["metric"] == "frame_deterrence", "n_units"].sum()
    assert compared == 6
    text = commentary.describe_synthesis(
        docs, table, keywords.keyphrases_table(corpus),
        actor_tone_summary(actor_tone(corpus)), "outlet", corpus.name)
    assert ("1 of the 4 articles has no outlet and is left out of the comparisons by outlet; "
            "every other figure covers all 10 sentences.") in text
    # The dominant-frame share is over all 10 sentences, not the 6 compared ones.
    overall = {f: sentences[f"frame_{f}"].mean() for f in FRAMES}
    top = max(FRAMES, key=lambda f: overall[f])
    assert overall == pytest.approx({f: table.attrs["overall"][f"frame_{f}"] for f in FRAMES})
    assert f"Its dominant frame is *{top}* ({commentary.pct(overall[top])} of sentences)" in text
    # Harbor Times has one article: no interval, so no ranking of outlets.
    assert ("The outlet groups are not ranked by composite grade: 1 of the 2 hold a single "
            "article") in text
    assert "hardest" not in text


def test_groups_are_ranked_only_when_their_intervals_stand_apart():
    def table(rows):
        out = pd.DataFrame(rows, columns=["metric", "group", "mean", "ci_low", "ci_high"])
        return out.assign(metric="composite_grade")

    apart = commentary.grade_ranking(table([
        ("", "A", 12.0, 11.0, 13.0), ("", "B", 8.0, 7.0, 9.0), ("", "C", 10.0, None, None)]),
        "outlet", "outlet")
    assert apart == ["By outlet, the hardest to read is A (composite 12.0, 95% interval "
                     "11.0-13.0) and the easiest B (8.0, 7.0-9.0); 1 outlet group with a "
                     "single article is not ranked."]
    close = table([("", "A", 9.5, 8.0, 11.0), ("", "B", 9.2, 8.5, 10.0)])
    # without the interval of the difference, overlapping intervals say nothing either way
    assert commentary.grade_ranking(close, "outlet", "outlet") == [
        "By outlet, composite grades run from 9.5 (A) to 9.2 (B), but their 95% intervals "
        "overlap, which neither shows nor rules out a difference."]
    # with it (comparisons' attrs), that interval decides
    close.attrs["extremes"] = {"composite_grade": {
        "high": "A", "low": "B", "mean_diff": 0.3, "diff_ci_low": -1.2, "diff_ci_high": 1.9}}
    assert commentary.grade_ranking(close, "outlet", "outlet") == [
        "By outlet, composite grades run from 9.5 (A) to 9.2 (B), but the 95% interval of the "
        "difference (-1.2 to 1.9) includes zero, so it cannot be told from chance."]
    close.attrs["extremes"]["composite_grade"]["diff_ci_low"] = 0.1
    assert commentary.grade_ranking(close, "outlet", "outlet") == [
        "By outlet, the hardest to read is A (composite 9.5, 95% interval 8.0-11.0) and the "
        "easiest B (9.2, 8.5-10.0); the 95% interval of the difference is 0.1 to 1.9."]


def test_groups_of_fewer_than_five_articles_are_not_ranked():
    rows = pd.DataFrame([("composite_grade", "A", 12.0, 11.0, 13.0, ""),
                         ("composite_grade", "B", 8.0, 7.0, 9.0,
                          "interval from 3 documents; unreliable"),
                         ("composite_grade", "C", 10.0, 9.5, 10.5, "")],
                        columns=["metric", "group", "mean", "ci_low", "ci_high", "reason"])
    assert commentary.grade_ranking(rows, "outlet", "outlet") == [
        "By outlet, the hardest to read is A (composite 12.0, 95% interval 11.0-13.0) and the "
        "easiest C (10.0, 9.5-10.5); 1 outlet group with fewer than 5 articles is not ranked."]
    assert commentary.grade_ranking(rows[rows["group"] != "C"], "outlet", "outlet") == [
        "The outlet groups are not ranked by composite grade: fewer than two hold 5 articles "
        "or more, and an interval from fewer is unreliable."]


def test_groups_of_copies_are_not_ranked_for_their_copies_not_their_size():
    # eight copies of one briefing: enough articles, an interval of no width (a newcomer's
    # corpus said "with fewer than 5 articles" of an outlet of 8)
    rows = pd.DataFrame([("composite_grade", "A", 12.0, 11.0, 13.0, ""),
                         ("composite_grade", "B", 3.5, 3.5, 3.5,
                          "all 8 values are the same (copies of one text?): the interval has "
                          "no width; unreliable"),
                         ("composite_grade", "D", 9.0, 8.0, 10.0,
                          "interval from 3 documents; unreliable"),
                         ("composite_grade", "C", 10.0, 9.5, 10.5, "")],
                        columns=["metric", "group", "mean", "ci_low", "ci_high", "reason"])
    assert commentary.grade_ranking(rows, "outlet", "outlet") == [
        "By outlet, the hardest to read is A (composite 12.0, 95% interval 11.0-13.0) and the "
        "easiest C (10.0, 9.5-10.5); 1 outlet group with fewer than 5 articles is not ranked; "
        "1 outlet group whose articles all have the same grade (copies of one text?) is not "
        "ranked."]


def test_a_difference_bound_off_zero_never_reads_zero():
    from analysis.report.group_differences import difference_clause

    rows = pd.DataFrame({"group": ["A", "B"], "mean": [0.5, 0.3], "ci_low": [0.4, 0.2],
                         "ci_high": [0.6, 0.4]})
    rows.attrs["extremes"] = {"frame_threat": {"high": "A", "low": "B", "mean_diff": 0.2,
                                               "diff_ci_low": 0.004, "diff_ci_high": 0.125}}
    hi, lo = rows.iloc[0], rows.iloc[1]
    # 0.4 points, not "0"; 12.5 points rounded half up, as percentages are
    assert difference_clause(rows, "frame_threat", hi, lo, points=True) == (
        "; the 95% interval of the difference is 0.4 to 13 percentage points")
    rows.attrs["extremes"]["frame_threat"]["diff_ci_low"] = -0.004
    assert difference_clause(rows, "frame_threat", hi, lo, points=True) == (
        ", but the 95% interval of the difference (-0.4 to 13 percentage points) includes "
        "zero, so it cannot be told from chance")


def test_percentages_round_half_up_from_the_share_itself():
    from fractions import Fraction

    import numpy as np

    from analysis.report.prose import pct

    # every k/n with n up to 200 as a reader rounds it: floor(100 k / n + 1/2)
    for n in range(1, 201):
        for k in range(n + 1):
            assert pct(k / n) == f"{int(Fraction(100 * k, n) + Fraction(1, 2))}%", (k, n)
    assert pct(23 / 40) == "58%"  # 100 * 0.575 is 57.4999... in binary
    assert (pct(-0.0), pct(-1e-9), pct(np.float32("nan")), pct(None)) == ("0%", "0%", "n/a",
                                                                           "n/a")
    assert pct(9 / 2000, 1) == "0.5%"


def test_plurals_of_field_names_read_as_english():
    from analysis.report.prose import noun_plural, plural

    assert [noun_plural(w) for w in ("country", "day", "outlet_type", "press", "speech",
                                     "outlet")] == ["countries", "days", "outlet_types",
                                                    "presses", "speeches", "outlets"]
    assert plural(2, "country") == "2 countries" and plural(1, "country") == "1 country"
    assert plural(3, "person", "people") == "3 people"


def test_dashboard_axis_labels_are_wrapped_so_neighbours_do_not_run_together(outlets):
    corpus, docs, sentences = outlets
    table = synthesis.comparisons(docs, sentences, "outlet", n_resamples=50)
    fig, axes = new_figure(2, 2, figsize=(13, 9))
    plots.synthesis_dashboard(axes, table, keywords.keyphrases_table(corpus),
                              actor_tone_summary(actor_tone(corpus)))
    labels = [ax.get_xlabel() for ax in axes.ravel()]
    assert all(len(line) <= plots.DASHBOARD_LABEL_WIDTH for x in labels for line in x.split("\n"))
    # the frames and tone labels are long, so they take two lines; the words are all kept
    assert labels[2].replace("\n", " ") == ("share of sentences with the frame (3 groups; "
                                            "documents in brackets)")
    assert labels[3].count("\n") == 1
    fig.canvas.draw()
    c, d = axes[1]
    assert c.xaxis.label.get_window_extent().x1 < d.xaxis.label.get_window_extent().x0
