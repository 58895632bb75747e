"""Group comparisons: metadata columns, bootstrap intervals, effect sizes, undefined values."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.corpus import load_corpus
from analysis.tables.bootstrap import N_RESAMPLES, SEED
from analysis.tables.compare import MIN_RELIABLE_DOCUMENTS, compare_groups, compare_pair
from analysis.tables.metadata import parse_dates, with_metadata

OUTLETS = Path(__file__).parent / "fixtures" / "outlets"


@pytest.fixture(scope="module")
def outlets():
    return load_corpus(OUTLETS)


def tiny() -> pd.DataFrame:
    """Outlet A: document a1 with sentences 1 and 3, a2 with 5; outlet B: b1 = 2, b2 = 6.

    By hand: mean A = 3, mean B = 4, SS_A = 4 + 0 + 4 = 8, SS_B = 4 + 4 = 8, pooled SD =
    sqrt(16 / 3), d(A vs B) = -1 / sqrt(16 / 3) = -sqrt(3) / 4, Hedges' J = 1 - 3 / (4*5 - 9)
    = 8 / 11. Resampling A's two documents gives pooled means 8/4 = 2 (a1 twice), 9/3 = 3 or
    10/2 = 5 (a2 twice), so its 95% interval is [2, 5].
    """
    return pd.DataFrame({
        "doc_id": ["a1", "a1", "a2", "b1", "b2"],
        "sentence": [1, 2, 1, 1, 1],
        "outlet": ["A", "A", "A", "B", "B"],
        "x": [1.0, 3.0, 5.0, 2.0, 6.0],
    })


def clustered(n_docs: int = 12, per_doc: int = 20, seed: int = 1) -> pd.DataFrame:
    """Sentences that are alike within a document and differ between documents."""
    rng = np.random.default_rng(seed)
    rows = []
    for d in range(n_docs):
        level = rng.normal(0, 5)
        for s in range(per_doc):
            rows.append({"doc_id": f"d{d}", "sentence": s + 1, "outlet": "O" if d % 2 else "P",
                         "x": level + rng.normal(0, 0.5)})
    return pd.DataFrame(rows)


# --- compare_groups: hand-checked values -----------------------------------------------------

def test_group_counts_means_and_effect_size_match_hand_computation():
    out = compare_groups(tiny(), "x", "outlet", n_resamples=200)
    a, b = out.iloc[0], out.iloc[1]
    assert list(out["group"]) == ["A", "B"]
    assert (a["n_documents"], a["n_units"], a["mean"], a["rest_mean"]) == (2, 3, 3.0, 4.0)
    assert (b["n_documents"], b["n_units"], b["mean"], b["rest_mean"]) == (2, 2, 4.0, 3.0)
    assert a["mean_diff"] == -1.0 and b["mean_diff"] == 1.0
    assert a["cohens_d"] == pytest.approx(-math.sqrt(3) / 4)
    assert a["hedges_g"] == pytest.approx(-math.sqrt(3) / 4 * 8 / 11)
    assert b["cohens_d"] == pytest.approx(math.sqrt(3) / 4)
    assert list(out["reason"]) == ["interval from 2 documents; unreliable"] * 2
    assert list(out["metric"].unique()) == ["x"] and list(out["field"].unique()) == ["outlet"]


def test_document_bootstrap_pools_the_sentences_of_each_drawn_document():
    a = compare_groups(tiny(), "x", "outlet", n_resamples=1000).iloc[0]
    assert (a["ci_low"], a["ci_high"]) == (2.0, 5.0)


def test_intervals_contain_the_estimates():
    out = compare_groups(clustered(), "x", "outlet", n_resamples=500)
    assert (out["ci_low"] <= out["mean"]).all() and (out["mean"] <= out["ci_high"]).all()
    assert (out["diff_ci_low"] <= out["mean_diff"]).all()
    assert (out["mean_diff"] <= out["diff_ci_high"]).all()


def test_same_seed_gives_the_same_table_and_another_seed_another():
    table = clustered()
    first = compare_groups(table, "x", "outlet", n_resamples=300, seed=7)
    again = compare_groups(table, "x", "outlet", n_resamples=300, seed=7)
    pd.testing.assert_frame_equal(first, again)
    other = compare_groups(table, "x", "outlet", n_resamples=300, seed=8)
    assert not np.allclose(first["ci_low"], other["ci_low"])


def test_defaults_are_the_package_bootstrap_size_and_seed():
    table = tiny()
    default = compare_groups(table, "x", "outlet")
    assert (default.attrs["n_resamples"], default.attrs["seed"]) == (N_RESAMPLES, SEED)
    assert SEED == 20230426
    explicit = compare_groups(table, "x", "outlet", n_resamples=N_RESAMPLES, seed=20230426)
    pd.testing.assert_frame_equal(default, explicit)


def test_cluster_bootstrap_is_wider_than_sentence_bootstrap_on_clustered_sentences():
    table = clustered()
    by_doc = compare_groups(table, "x", "outlet", n_resamples=1000)
    by_sentence = compare_groups(table, "x", "outlet", n_resamples=1000,
                                 unit_of_resampling="sentence")
    width_doc = by_doc["ci_high"] - by_doc["ci_low"]
    width_sentence = by_sentence["ci_high"] - by_sentence["ci_low"]
    # 6 documents of 20 near-identical sentences: the sentences carry about 6 documents'
    # worth of information, not 120, so the honest interval is several times wider.
    assert (width_doc > 2 * width_sentence).all()
    pd.testing.assert_series_equal(by_doc["mean"], by_sentence["mean"])


def test_a_groups_interval_does_not_depend_on_the_other_groups():
    table = tiny()
    more = pd.concat([table, pd.DataFrame({"doc_id": ["b3"], "sentence": [1], "outlet": ["B"],
                                           "x": [9.0]})], ignore_index=True)
    a_before = compare_groups(table, "x", "outlet").iloc[0]
    a_after = compare_groups(more, "x", "outlet").iloc[0]
    assert (a_before["ci_low"], a_before["ci_high"]) == (a_after["ci_low"], a_after["ci_high"])


# --- compare_groups: undefined values are NaN with a reason ------------------------------------

def test_group_of_one_document_has_no_interval_and_says_why():
    table = tiny()
    table.loc[table["doc_id"] == "b2", "outlet"] = "C"
    out = compare_groups(table, "x", "outlet").set_index("group")
    assert out.loc["C", "n_documents"] == 1 and out.loc["C", "mean"] == 6.0
    assert math.isnan(out.loc["C", "ci_low"]) and math.isnan(out.loc["C", "ci_high"])
    assert math.isnan(out.loc["C", "diff_ci_low"])
    assert out.loc["C", "reason"] == ("fewer than 2 documents; one document in group C, no "
                                      "effect size")
    assert out.loc["C", "mean_diff"] == pytest.approx(6.0 - 11 / 4)  # rest: 1, 3, 5, 2


def test_group_of_one_document_has_no_effect_size_though_it_has_several_sentences():
    # a1 alone is outlet A (sentences 1 and 3); the rest is a2, b1, b2 (5, 2, 6). Over rows
    # the pooled SD would be defined, but one article's spread is not the group's.
    table = tiny().assign(outlet=["A", "A", "B", "B", "B"])
    out = compare_groups(table, "x", "outlet").set_index("group")
    assert out.loc["A", "n_units"] == 2 and out.loc["A", "mean_diff"] == pytest.approx(2 - 13 / 3)
    assert math.isnan(out.loc["A", "cohens_d"]) and math.isnan(out.loc["A", "hedges_g"])
    assert out.loc["A", "reason"] == ("fewer than 2 documents; one document in group A, no "
                                      "effect size")
    # B's rest is that one document, so B has no effect size either
    assert math.isnan(out.loc["B", "cohens_d"])
    assert out.loc["B", "reason"] == ("interval from 3 documents; unreliable; the rest has fewer "
                                      "than 2 documents; one document in the rest, no effect size")


def test_one_document_group_keeps_its_effect_size_when_sentences_are_resampled():
    # SS = (1-2)^2 + (3-2)^2 + 3 values around 13/3: 2 + 26/3 = 32/3; pooled SD sqrt(32/9)
    table = tiny().assign(outlet=["A", "A", "B", "B", "B"])
    row = compare_groups(table, "x", "outlet", unit_of_resampling="sentence").iloc[0]
    assert row["cohens_d"] == pytest.approx((2 - 13 / 3) / math.sqrt(32 / 9))
    assert row["reason"] == ""  # the threshold counts resampled documents, not sentences


def test_sentence_resampling_of_a_single_document_gives_an_interval():
    table = tiny()[lambda t: t["doc_id"] == "a1"]
    row = compare_groups(table, "x", "outlet", unit_of_resampling="sentence").iloc[0]
    assert row["ci_low"] == 1.0 and row["ci_high"] == 3.0


def test_one_group_has_no_effect_size_and_says_why():
    table = tiny().assign(outlet="A")
    out = compare_groups(table, "x", "outlet")
    assert len(out) == 1 and out.loc[0, "n_documents"] == 4 and out.loc[0, "mean"] == 3.4
    assert out.loc[0, "ci_low"] <= 3.4 <= out.loc[0, "ci_high"]
    assert out[["rest_mean", "mean_diff", "cohens_d", "hedges_g"]].isna().all(axis=None)
    assert out.loc[0, "reason"] == ("interval from 4 documents; unreliable; only one group, "
                                    "nothing to compare with")


def test_one_document_corpus_gives_nan_interval_and_no_comparison():
    table = tiny()[lambda t: t["doc_id"] == "a2"]
    row = compare_groups(table, "x", "outlet").iloc[0]
    assert (row["n_documents"], row["n_units"], row["mean"]) == (1, 1, 5.0)
    assert math.isnan(row["ci_low"])
    assert row["reason"] == "fewer than 2 documents; only one group, nothing to compare with"


def test_all_nan_metric_gives_nan_with_a_reason_not_an_exception():
    table = tiny().assign(x=math.nan)
    out = compare_groups(table, "x", "outlet")
    assert list(out["n_units"]) == [0, 0] and list(out["n_documents"]) == [0, 0]
    assert out[["mean", "ci_low", "ci_high", "mean_diff", "cohens_d"]].isna().all(axis=None)
    assert list(out["reason"]) == ["no values of x; no values of x in the rest"] * 2


def test_nan_rows_are_left_out_of_counts_and_statistics():
    table = tiny()
    table.loc[table["doc_id"] == "a2", "x"] = math.nan
    a = compare_groups(table, "x", "outlet").iloc[0]
    assert (a["n_documents"], a["n_units"], a["mean"]) == (1, 2, 2.0)
    assert math.isnan(a["cohens_d"])
    assert a["reason"] == "fewer than 2 documents; one document in group A, no effect size"


def test_constant_values_have_no_effect_size_and_say_why():
    table = tiny().assign(x=[1.0, 1.0, 1.0, 2.0, 2.0])
    a = compare_groups(table, "x", "outlet").iloc[0]
    assert a["mean_diff"] == -1.0 and math.isnan(a["cohens_d"])
    assert a["reason"] == ("all 3 values are the same (copies of one text?): the interval has "
                           "no width; unreliable; pooled SD is 0, no effect size")


def test_rows_without_a_group_are_left_out_with_a_warning():
    table = tiny()
    table.loc[table["doc_id"] == "b2", "outlet"] = None
    with pytest.warns(UserWarning, match=r"1 of 5 rows have no 'outlet' value"):
        out = compare_groups(table, "x", "outlet")
    assert list(out["n_units"]) == [3, 1]


def test_boolean_and_nullable_integer_metrics_are_numeric():
    table = tiny().assign(flag=[True, False, True, False, False],
                          count=pd.array([1, None, 3, 4, 5], dtype="Int64"))
    assert compare_groups(table, "flag", "outlet").loc[0, "mean"] == pytest.approx(2 / 3)
    assert compare_groups(table, "count", "outlet").loc[0, "n_units"] == 2


# --- errors -----------------------------------------------------------------------------------

def test_non_numeric_metric_is_an_error_naming_the_column():
    table = tiny().assign(label=["x", "y", "z", "x", "y"])
    with pytest.raises(ValueError, match=r"column 'label' is not numeric"):
        compare_groups(table, "label", "outlet")


def test_missing_metric_is_an_error_listing_the_numeric_columns():
    with pytest.raises(ValueError, match=r"no column 'grade' in the table; numeric columns: x"):
        compare_groups(tiny(), "grade", "outlet")


def test_missing_by_field_is_an_error_naming_it_and_listing_the_available_ones():
    with pytest.raises(ValueError, match=r"no field 'country' to group by; available: outlet, x"):
        compare_groups(tiny(), "x", "country")


def test_missing_by_field_lists_the_corpus_fields_too(outlets):
    table = pd.DataFrame({"doc_id": [d.doc_id for d in outlets], "x": [1.0, 2.0, 3.0, 4.0]})
    with pytest.raises(ValueError, match=r"no field 'region'.*outlet.*invented"):
        compare_groups(table, "x", "region", corpus=outlets)


@pytest.mark.parametrize(("option", "problem"), [
    ({"unit_of_resampling": "paragraph"}, "unit_of_resampling must be one of document, sentence"),
    ({"n_resamples": 0}, "n_resamples must be >= 1"),
    ({"ci": 1.0}, "0 < ci < 1"),
    ({"freq": "H"}, "freq must be one of D, W, M, Q, Y"),
])
def test_bad_options_are_errors(option, problem):
    table = tiny().assign(date="2023-04-27")
    by = "date" if "freq" in option else "outlet"
    with pytest.raises(ValueError, match=problem):
        compare_groups(table, "x", by, **option)


def test_table_without_doc_id_is_an_error():
    with pytest.raises(ValueError, match="no 'doc_id' column"):
        compare_groups(tiny().drop(columns="doc_id"), "x", "outlet")


# --- compare_pair -----------------------------------------------------------------------------

def test_pair_matches_hand_computation_and_the_group_intervals():
    table = tiny()
    pair = compare_pair(table, "x", "outlet", "B", "A").iloc[0]
    groups = compare_groups(table, "x", "outlet").set_index("group")
    assert (pair["a"], pair["b"], pair["mean_a"], pair["mean_b"]) == ("B", "A", 4.0, 3.0)
    assert (pair["n_documents_a"], pair["n_units_a"], pair["n_units_b"]) == (2, 2, 3)
    assert pair["mean_diff"] == 1.0
    assert pair["cohens_d"] == pytest.approx(math.sqrt(3) / 4)
    assert (pair["ci_low_b"], pair["ci_high_b"]) == (2.0, 5.0)
    assert (pair["ci_low_a"], pair["ci_high_a"]) == (groups.loc["B", "ci_low"],
                                                     groups.loc["B", "ci_high"])
    assert pair["diff_ci_low"] <= 1.0 <= pair["diff_ci_high"]
    assert pair["reason"] == ("a: interval from 2 documents; unreliable; "
                              "b: interval from 2 documents; unreliable")


def test_pair_with_an_unknown_group_lists_the_groups():
    with pytest.raises(ValueError, match=r"no group 'C' in 'outlet'; groups: A, B"):
        compare_pair(tiny(), "x", "outlet", "A", "C")


def test_pair_of_one_document_groups_says_which_side_lacks_an_interval():
    table = tiny()[lambda t: t["doc_id"].isin(["a1", "a2", "b1"])]
    row = compare_pair(table, "x", "outlet", "A", "B").iloc[0]
    assert row["mean_diff"] == 1.0 and math.isnan(row["diff_ci_low"])
    assert math.isnan(row["cohens_d"])
    assert row["reason"] == ("a: interval from 2 documents; unreliable; b: fewer than 2 documents; "
                             "one document in group B, no effect size")


# --- dates ------------------------------------------------------------------------------------

def test_dates_are_bucketed_by_week_and_month():
    table = tiny().assign(date=["2023-04-26", "2023-04-26", "2023-04-27", "2023-05-02",
                                "2023-04-30T23:00:00+09:00"])
    weeks = compare_groups(table, "x", "date", freq="W")
    assert list(weeks["group"]) == [pd.Timestamp("2023-04-24"), pd.Timestamp("2023-05-01")]
    assert list(weeks["n_units"]) == [4, 1]
    months = compare_groups(table, "x", "date", freq="M")
    assert list(months["group"]) == [pd.Timestamp("2023-04-01"), pd.Timestamp("2023-05-01")]
    pair = compare_pair(table, "x", "date", "2023-05-01", "2023-04-01", freq="M").iloc[0]
    assert pair["mean_a"] == 2.0 and pair["mean_b"] == pytest.approx(15 / 4)
    # a reason names a period by its first day, as a plain date
    assert weeks["reason"].tolist()[1] == ("fewer than 2 documents; one document in group "
                                           "2023-05-01, no effect size")
    assert pair["reason"] == ("a: fewer than 2 documents; b: interval from 3 documents; "
                              "unreliable; one document in group 2023-05-01, no effect size")


def test_parse_dates_keeps_local_time_and_fills_partial_dates():
    parsed = parse_dates(pd.Series(["2023", "2023-04", "2023-04-27",
                                    "2023-04-27T08:00:00+09:00", "2023-04-27T08:00Z", None]))
    assert parsed.dtype == "datetime64[ns]"
    assert list(parsed[:5]) == [pd.Timestamp("2023-01-01"), pd.Timestamp("2023-04-01"),
                                pd.Timestamp("2023-04-27"), pd.Timestamp("2023-04-27 08:00"),
                                pd.Timestamp("2023-04-27 08:00")]
    assert pd.isna(parsed[5])


# --- with_metadata ----------------------------------------------------------------------------

def test_metadata_columns_follow_the_id_columns_on_a_sentence_table(outlets):
    table = outlets.sentences()
    joined = with_metadata(table, outlets)
    assert list(joined.columns[:10]) == ["doc_id", "paragraph", "sentence", "title", "outlet",
                                         "date", "language", "url", "country", "invented"]
    assert list(joined.columns[10:]) == [c for c in table.columns
                                         if c not in ("doc_id", "paragraph", "sentence")]
    assert len(joined) == len(table)
    pd.testing.assert_series_equal(joined["text"], table["text"])
    assert joined["date"].dtype == "datetime64[ns]"
    first = joined[joined["doc_id"] == "harbor_times_2023-04-26"].iloc[0]
    assert (first["outlet"], first["country"], first["date"], first["invented"]) == (
        "Harbor Times (invented)", "US", pd.Timestamp("2023-04-26"), True)
    assert joined["url"].isna().all()


def test_a_table_of_another_corpus_is_refused_not_joined_to_nothing(outlets):
    # before, every metadata column came back empty, with no word of warning
    table = pd.DataFrame({"doc_id": ["seed_article", "seed_article"], "x": [1.0, 2.0]})
    first = outlets.metadata()["doc_id"].iloc[0]
    with pytest.raises(ValueError) as info:
        with_metadata(table, outlets)
    assert str(info.value) == ("no document of the table is in the corpus (1 in the table, "
                               f"such as 'seed_article'; the corpus has {first!r}): were they "
                               "loaded from different sources?")


def test_metadata_join_picks_fields_and_keeps_unknown_documents_missing(outlets):
    table = pd.DataFrame({"doc_id": ["pacific_wire_2023-04-26", "nowhere"], "x": [1.0, 2.0]})
    joined = with_metadata(table, outlets, fields=["outlet", "date"])
    assert list(joined.columns) == ["doc_id", "outlet", "date", "x"]
    assert joined.loc[0, "outlet"] == "Pacific Wire (invented)"
    assert pd.isna(joined.loc[1, "outlet"]) and pd.isna(joined.loc[1, "date"])


def test_metadata_join_with_an_unknown_field_lists_the_available_ones(outlets):
    with pytest.raises(ValueError, match=r"no metadata field 'region'; available: title, "):
        with_metadata(outlets.sentences(), outlets, fields=["region"])


def test_metadata_join_twice_changes_nothing_and_a_clash_is_renamed(outlets):
    table = outlets.sentences()
    once = with_metadata(table, outlets)
    pd.testing.assert_frame_equal(with_metadata(once, outlets), once)
    clash = table.assign(outlet="something else")
    joined = with_metadata(clash, outlets, fields=["outlet"])
    assert (joined["outlet"] == "something else").all()
    assert joined["meta_outlet"].str.endswith("(invented)").all()


def test_compare_groups_joins_a_missing_field_from_the_corpus(outlets):
    table = outlets.sentences()
    out = compare_groups(table, "n_words", "country", corpus=outlets, n_resamples=200)
    assert list(out["group"]) == ["KR", "US"]
    assert out["n_documents"].tolist() == [2, 2]
    assert out["n_units"].sum() == len(table)


def test_interval_from_fewer_than_five_documents_is_marked_unreliable():
    # outlet A: 2 documents (an interval, flagged); B: 5 documents (no note); C: 1 (no interval)
    docs = [("A", "a1", 1.0), ("A", "a2", 2.0)] + [("B", f"b{i}", float(i)) for i in range(5)]
    docs += [("C", "c1", 3.0)]
    table = pd.DataFrame({"outlet": [o for o, _, _ in docs], "doc_id": [d for _, d, _ in docs],
                          "tone": [v for _, _, v in docs]})
    out = compare_groups(table, "tone", "outlet", n_resamples=200).set_index("group")
    assert MIN_RELIABLE_DOCUMENTS == 5
    assert out.loc["A", "ci_low"] <= out.loc["A", "ci_high"]
    assert out.loc["A", "reason"] == "interval from 2 documents; unreliable"
    assert out.loc["B", "reason"] == ""
    assert out.loc["C", "reason"].startswith("fewer than 2 documents")
    assert "unreliable" not in out.loc["C", "reason"]
