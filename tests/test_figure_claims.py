"""Figures say only what their tables show, on a small corpus of several outlets: labels of
quotations without a speaker, titles of the quotation grid, keyness and frames-by-voice
figures, notes for undefined readability measures, speaker bars whose length is their order,
visible actor marks (analysis.report.plots, readability_plots, reuse_plots, commentary,
reuse_commentary)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.report import plots, reuse_plots
from analysis.report.commentary import describe_keywords, frames_by_voice_title, keyness_title
from analysis.report.figures import new_figure
from analysis.report.reuse_commentary import quotations_title, reuse_share_title

FRAMES = ["deterrence", "diplomacy", "alliance", "threat"]


def quotation_rows(shared: int, single: int) -> pd.DataFrame:
    """A quotation_outlets table: ``shared`` quotations in outlets A and B, ``single`` in A
    only, the last one without a speaker (NaN, as pandas stores a missing one)."""
    rows = []
    for k in range(shared + single):
        outlets = ["A", "B"] if k < shared else ["A"]
        speaker = math.nan if k == shared + single - 1 else f"Speaker {k}"
        for j, outlet in enumerate(outlets):
            rows.append({"cluster": k + 1, "quote": f"quotation number {k}", "speaker": speaker,
                         "outlet": outlet, "date": "2023-04-27", "n_documents": 1,
                         "first": j == 0, "outlet_order": j, "quote_order": k})
    return pd.DataFrame(rows)


def test_quotation_without_a_speaker_says_so_instead_of_nan():
    ax = reuse_plots.quotation_outlet_grid(quotation_rows(1, 2))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["“quotation number 0” (Speaker 0)", "“quotation number 1” (Speaker 1)",
                      "“quotation number 2” (speaker not identified)"]


@pytest.mark.parametrize(("shared", "single", "title"), [
    (2, 8, "2 of the 10 quotations shown were carried by more than one outlet"),
    (0, 3, "None of the 3 quotations shown was carried by more than one outlet"),
    (3, 0, "3 quotations carried by more than one outlet"),
])
def test_quotation_title_claims_repetition_only_for_quotations_in_two_outlets(shared, single,
                                                                              title):
    assert quotations_title(quotation_rows(shared, single), n_documents=10) == title


def test_quotation_title_of_one_article():
    assert quotations_title(quotation_rows(0, 2), n_documents=1) == "The article's quotations"


def keyness_rows() -> pd.DataFrame:
    # sorted by G², as analysis.metrics.keyness.keyness returns it; "yoon" has the larger ratio
    return pd.DataFrame({"term": ["korea", "yoon", "the"], "count": [35, 10, 3],
                         "g2": [380.0, 148.0, 20.0], "log_ratio": [9.3, 12.2, -2.0],
                         "direction": ["+", "+", "-"]})


def test_keyness_title_says_it_ranks_by_strength_of_evidence():
    table = keyness_rows()
    assert keyness_title(table) == ("“korea” shows the strongest evidence of over-use against "
                                    "general English")
    assert keyness_title(table[table["direction"] == "-"]) == (
        "No word is over-used against general English")
    ax = plots.keyness_bars(table)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["korea", "yoon"]
    assert ax.get_xlabel().startswith("log-likelihood G² vs general English: strength of "
                                      "evidence of over-use (the ranking)")
    assert "log₂ ratio (effect size)" in ax.get_xlabel()


def test_keyword_commentary_names_the_ranking_it_states():
    keyphrases = pd.DataFrame({"doc_id": ["a"], "keyphrase": ["nuclear deterrence"],
                               "rank": [1], "score": [1.0]})
    mentions = pd.DataFrame(columns=["doc_id", "actor", "alias", "start", "position"])
    text = str(describe_keywords(keyphrases, keyness_rows(), mentions, "test"))
    assert "the terms with the strongest evidence of over-use (log-likelihood G²) are " in text
    assert "most over-represented" not in text


def intervals_without_smog() -> pd.DataFrame:
    rows = []
    for doc, grade in (("a", 10.0), ("b", 12.0)):
        for measure, value, reason in (("flesch_kincaid_grade", grade, ""),
                                       ("smog_index", math.nan, "smog needs >= 30 sentences"),
                                       ("gunning_fog", grade + 2 if doc == "a" else math.nan,
                                        "" if doc == "a" else "fewer than 2 sentences")):
            rows.append({"doc_id": doc, "measure": measure, "value": value,
                         "ci_low": value - 1, "ci_high": value + 1, "n_sentences": 12,
                         "n_resamples": 100, "reason": reason})
    return pd.DataFrame(rows)


def test_undefined_measure_has_a_note_in_a_corpus_figure():
    ax = plots.measure_intervals(intervals_without_smog())
    notes = [t.get_text() for t in ax.texts]
    assert notes == ["n/a in all 2 documents (smog needs >= 30 sentences)",
                     " median of 1 of 2 documents"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Flesch-Kincaid grade", "SMOG",
                                                            "Gunning Fog"]


def test_measure_spread_is_the_median_and_quartiles_of_defined_values_by_hand():
    from analysis.tables.intervals import measure_spread

    table = pd.concat([intervals_without_smog(),
                       pd.DataFrame({"doc_id": ["c", "d"], "measure": "flesch_kincaid_grade",
                                     "value": [7.0, 20.0], "ci_low": math.nan,
                                     "ci_high": math.nan, "n_sentences": 1,
                                     "n_resamples": 100, "reason": ""})], ignore_index=True)
    spread = measure_spread(table)
    assert spread["measure"].tolist() == ["flesch_kincaid_grade", "smog_index", "gunning_fog"]
    first = spread.iloc[0]  # 7, 10, 12, 20: median 11, quartiles 9.25 and 14
    assert (first["median"], first["q1"], first["q3"]) == (11.0, 9.25, 14.0)
    assert (first["n_defined"], first["n_documents"], first["reason"]) == (4, 4, "")
    smog = spread.iloc[1]
    assert math.isnan(smog["median"]) and smog["n_defined"] == 0
    assert smog["reason"] == "smog needs >= 30 sentences"
    assert spread.iloc[2][["median", "n_defined", "reason"]].tolist() == [12.0, 1, ""]
    # an empty document's reason does not stand for the others'
    empty = table.assign(reason=table["reason"].where(
        ~((table["doc_id"] == "a") & (table["measure"] == "smog_index")), "empty"))
    assert measure_spread(empty).iloc[1]["reason"] == "smog needs >= 30 sentences"
    assert measure_spread(empty.assign(reason="empty")).iloc[1]["reason"] == "empty"


def test_speaker_bars_are_as_long_as_the_sentences_they_are_ordered_by():
    # by words the order would be Biden, Kim, Yoon: bars must not mix the two measures
    ranking = pd.DataFrame({"speaker": ["Joe Biden", "Yoon Suk Yeol", "South Korea",
                                        "Kim Yo Jong"],
                            "n_sentences": [11, 9, 4, 3], "n_words": [168, 127, 75, 80]})
    ax = plots.speaker_words(ranking.sort_values("n_words", ascending=False))
    widths = [p.get_width() for p in ax.patches]
    assert widths == [11, 9, 4, 3]
    assert [t.get_text() for t in ax.get_yticklabels()] == list(ranking["speaker"])
    assert [t.get_text() for t in ax.texts] == [" 168 words", " 127 words", " 75 words",
                                                 " 80 words"]
    assert ax.get_xlabel() == ("sentences attributed to the speaker (bar length and order); "
                               "words at right")


def test_actor_marks_of_a_small_corpus_are_clearly_visible():
    mentions = pd.DataFrame({"doc_id": [f"d{i}" for i in range(10)], "actor": "China",
                             "alias": "China", "start": 0,
                             "position": [i / 10 for i in range(10)]})
    ax = plots.actor_positions(mentions)
    assert ax.collections[0].get_alpha() == 0.5
    assert ax.collections[0].get_linewidths()[0] == 1.5
    assert plots.mention_alpha(1) == 1.0 and plots.mention_alpha(5) == 1.0
    assert plots.mention_alpha(10_000) == 0.15


def voice_rows(voices: dict[str, int]) -> pd.DataFrame:
    rows = [{"voice": v, "n_sentences": n, **{f"share_{f}": 0.1 * (i + 1) for f in FRAMES}}
            for i, (v, n) in enumerate(voices.items())]
    return pd.DataFrame(rows)


def test_frames_by_voice_draws_transcript_speech_as_its_own_voice():
    table = voice_rows({"authorial": 21, "quoted": 41, "speech": 15, "all": 77})
    ax = plots.frames_by_voice(table)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "authorial (21 sentences)", "quoted (41 sentences)",
        "speech (transcript turns) (15 sentences)"]
    assert len(ax.patches) == 3 * len(FRAMES)
    assert frames_by_voice_title(table) == "Frame shares by voice: authorial, quoted and speech"
    assert frames_by_voice_title(voice_rows({"authorial": 5, "quoted": 2, "all": 7})) == (
        "Frame shares by voice: authorial and quoted")


def test_actor_tone_bars_give_a_zero_count_its_wide_interval_and_explain_pale_bars():
    summary = pd.DataFrame({
        "actor": ["United States", "North Korea"], "n_mentions": [10, 2],
        "negative": [0, 1], "neutral": [4, 1], "positive": [5, 0], "uncertain": [1, 0],
        "share_negative": [0.0, 0.5], "share_neutral": [0.4, 0.5], "share_positive": [0.5, 0.0],
        "share_uncertain": [0.1, 0.0], "share_positive_ci_low": [0.2, 0.0],
        "share_positive_ci_high": [0.8, 0.658]})  # 0 of 2: Wilson's 0 to 0.658
    ax = plots.actor_tone_bars(summary)
    assert [t.get_text() for t in ax.texts] == ["n=10 · negative 0% · positive 50% (20%–80%)",
                                                "n=2 · negative 50% · positive 0% (0%–66%)"]
    assert ax.get_xlabel().endswith("(pale: fewer than 3 mentions)")
    # in the dashboard the label wraps to two lines and the legend moves below both
    fig, axes = new_figure(2, 2, figsize=(11, 8), layout="constrained")
    ax = plots.actor_tone_bars(summary, ax=axes[1][1], label_width=55)
    assert ax.get_xlabel().count("\n") == 1
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    label = ax.xaxis.label.get_window_extent(renderer)
    legend = ax.get_legend().get_window_extent(renderer)
    assert legend.y1 <= label.y0  # below the label, not over it


def test_keyness_figure_and_text_write_terms_as_the_corpus_writes_them():
    table = keyness_rows().assign(surface=["Korea", "Yoon", "the"])
    assert keyness_title(table).startswith("“Korea” shows the strongest evidence")
    ax = plots.keyness_bars(table)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Korea", "Yoon"]
    keyphrases = pd.DataFrame({"doc_id": ["a", "b", "b"], "keyphrase": ["Seoul", "SEOUL", "x"],
                               "rank": [1, 1, 2], "score": [1.0, 1.0, 0.5]})
    mentions = pd.DataFrame(columns=["doc_id", "actor", "alias", "start", "position"])
    text = str(describe_keywords(keyphrases, table, mentions, "test"))
    assert "*Korea* (35 times" in text
    # "Seoul" and "SEOUL" are one keyphrase in 2 of 2 articles; the first form written wins a tie
    assert "*Seoul* (2 of 2)" in text


def test_reuse_title_says_when_no_outlet_reuses_anything():
    table = pd.DataFrame({"outlet": ["Reuters", "Yonhap", "AP"], "n_documents": [2, 1, 1],
                          "n_words": [400, 150, 200], "n_reused_words": [0, 0, 0],
                          "reused_share": [0.0, 0.0, 0.0], "n_reusing_documents": [0, 0, 0]})
    assert reuse_share_title(table) == ("No outlet's words are taken from an earlier article "
                                        "or a reference (3 outlets)")
    table.loc[1, ["n_reused_words", "reused_share", "n_reusing_documents"]] = [60, 0.4, 1]
    assert reuse_share_title(table) == ("Share of each outlet's words taken from an earlier "
                                        "article or a reference (1 of 3 outlets reusing)")


def _passages(directions, unquoted=20):
    return pd.DataFrame({"doc_id": ["b"] * len(directions), "source": ["a"] * len(directions),
                         "n_words": [unquoted + 2] * len(directions),
                         "n_words_in_quotes": [2] * len(directions), "direction": directions})


def test_reuse_title_claims_an_earlier_article_only_when_the_order_is_known():
    table = pd.DataFrame({"outlet": ["Reuters", "Yonhap"], "n_documents": [1, 1],
                          "n_words": [400, 150], "n_reused_words": [60, 60],
                          "reused_share": [0.15, 0.4], "n_reusing_documents": [1, 1]})
    dated = _passages(["date", "date"])
    assert reuse_share_title(table, dated) == ("Share of each outlet's words taken from an "
                                               "earlier article or a reference (2 of 2 outlets "
                                               "reusing)")
    # a copy on the same date (or of an undated one) is ordered by which holds the other
    copied = _passages(["date", "containment"])
    assert reuse_share_title(table, copied) == ("Share of each outlet's words taken from "
                                                "another article or a reference (2 of 2 "
                                                "outlets reusing)")
    assert reuse_plots.reuse_share_bars(table, passages=copied).get_xlabel() == (
        "words in passages shared with another article (the copy's side) or a reference (%)")
    same_day = _passages(["date", "undetermined"])
    assert reuse_share_title(table, same_day) == ("Share of each outlet's words shared with "
                                                  "another article or a reference (2 of 2 "
                                                  "outlets reusing)")
    # a passage mostly inside quotation marks is a shared quotation, not counted reuse
    assert reuse_share_title(table, _passages(["undetermined"], unquoted=5)).startswith(
        "Share of each outlet's words taken from an earlier article")
    ax = reuse_plots.reuse_share_bars(table, passages=same_day)
    assert ax.get_xlabel().startswith("words in passages shared with another article (both "
                                      "sides when the dates do not tell")
    ax = reuse_plots.reuse_share_bars(table, passages=dated)
    assert ax.get_xlabel() == "words in passages shared with an earlier article or a reference (%)"
