"""Group comparisons that count each wire story once (compare_groups / comparisons dedupe=)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import Corpus, Document
from analysis.report.synthesis import comparisons
from analysis.tables.compare import compare_groups

TABLE = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["X", "X", "Y", "Y"],
                      "grade": [1.0, 3.0, 2.0, 6.0]})
# b is a copy of c (an earlier wire story run by another outlet)
COPIES = pd.DataFrame({"doc_id": ["a", "b", "c", "d"],
                       "duplicate_of": [None, "c", None, None],
                       "similarity": [float("nan"), 0.9, float("nan"), float("nan")]})


def test_copies_are_dropped_and_counted_per_group_and_in_all():
    out = compare_groups(TABLE, "grade", "outlet", dedupe=COPIES, n_resamples=200)
    assert out["group"].tolist() == ["X", "Y"]
    assert out["mean"].tolist() == [1.0, 4.0]  # X keeps a only; Y keeps c and d
    assert out["n_documents"].tolist() == [1, 2]
    assert out["n_duplicates_dropped"].tolist() == [1, 0]
    assert out["rest_mean"].tolist() == [4.0, 1.0]
    assert out.attrs["dropped_documents"] == 1
    plain = compare_groups(TABLE, "grade", "outlet", n_resamples=200)
    assert plain["mean"].tolist() == [2.0, 4.0]
    assert "n_duplicates_dropped" not in plain.columns and "dropped_documents" not in plain.attrs


def test_dedupe_true_finds_the_copies_in_the_corpus():
    story = ("SEOUL - South Korea and the United States will hold the first meeting of their "
             "new Nuclear Consultative Group in July, officials in both capitals said on Friday, "
             "as the allies move to put the Washington Declaration into practice.")
    other = ("Beijing urged restraint after the summit and said that moves which raise tension "
             "on the peninsula serve nobody, a foreign ministry spokesman told reporters in a "
             "regular briefing on Thursday afternoon.")
    corpus = Corpus([
        Document.from_text(story, "wire", {"outlet": "Wire", "date": "2023-05-05"}),
        Document.from_text("Allies set date for nuclear talks\n\n" + story, "copy",
                           {"outlet": "Herald", "date": "2023-05-06"}),
        Document.from_text(other, "china", {"outlet": "Herald", "date": "2023-05-04"})], name="toy")
    table = pd.DataFrame({"doc_id": ["wire", "copy", "china"], "tone": [0.2, 0.4, -0.3]})
    out = compare_groups(table, "tone", "outlet", corpus=corpus, dedupe=True, n_resamples=200)
    assert out.set_index("group")["n_duplicates_dropped"].to_dict() == {"Herald": 1, "Wire": 0}
    assert out.set_index("group")["mean"].to_dict() == pytest.approx({"Herald": -0.3,
                                                                      "Wire": 0.2})
    with pytest.raises(ValueError, match="dedupe=True needs corpus="):
        compare_groups(table.assign(outlet="x"), "tone", "outlet", dedupe=True)


def test_synthesis_comparisons_pass_dedupe_to_every_metric():
    docs = TABLE.rename(columns={"grade": "composite_grade"}).assign(
        flesch_kincaid_grade=[5.0, 7.0, 9.0, 11.0], quoted_share=[0.1, 0.2, 0.3, 0.4])
    sentences = pd.DataFrame({
        "doc_id": ["a", "b", "b", "c", "d"], "outlet": ["X", "X", "X", "Y", "Y"],
        "tone": [0.5, 0.1, 0.3, -0.2, 0.0],
        **{f"frame_{f}": [1, 1, 0, 0, 1] for f in ("deterrence", "diplomacy", "alliance",
                                                   "threat")}})
    out = comparisons(docs, sentences, "outlet", n_resamples=100, dedupe=COPIES)
    assert out.attrs["dropped_documents"] == 1
    x = out[out["group"] == "X"].set_index("metric")
    assert set(x["n_duplicates_dropped"]) == {1}
    assert x.at["flesch_kincaid_grade", "mean"] == 5.0
    assert x.at["tone", "mean"] == 0.5  # b's two sentences are gone
    assert x.at["tone", "n_units"] == 1
