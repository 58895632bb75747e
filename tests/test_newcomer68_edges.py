"""Edges a newcomer met on invented coverage: a refusal to give details reports no words, a
credit to the staff is furniture, and aggregating by a period or a field the table lacks says
how to add it (analysis/corpus/writer_claims.py, analysis/corpus/furniture_lines.py,
analysis/tables/aggregate.py).

Every sentence here was written for this file; none is copied from an outlet.
"""

import pytest

from analysis import aggregate, sentence_table
from analysis.corpus import Corpus, Document


def rows(text):
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


def test_a_refusal_to_give_details_is_the_writers():
    text = ("Spokesperson Lin Bo said the drills were provocative. When asked whether Beijing "
            "would respond, he declined to give details.")
    assert rows(text) == [("quoted", "Lin Bo"), ("authorial", None)]


def test_a_credit_to_the_staff_is_furniture():
    assert rows("Seoul said the talks would resume.\n\nAdditional reporting by staff.") == [
        ("quoted", "Seoul"), ("stage", None)]
    assert rows("Reporting by the agency showed gains.") == [("authorial", None)]


def test_aggregating_by_a_missing_period_or_field_says_how_to_add_it():
    table = sentence_table(Corpus([Document.from_text("Seoul said so.", "a")]))
    with pytest.raises(ValueError) as caught:
        aggregate(table, "week")
    assert str(caught.value) == ("aggregate: the table has no column 'week'; by is a unit "
                                 "(sentence, paragraph, document) or columns of the table (a "
                                 "period: analysis.tables.periods.with_period adds it)")
    with pytest.raises(ValueError, match=r"with_metadata\(table, corpus\) adds"):
        aggregate(table, "country")


def test_a_group_of_identical_values_has_its_empty_interval_explained():
    import pandas as pd

    from analysis.tables.compare import compare_groups, unreliable

    table = pd.DataFrame({"doc_id": [f"d{i}" for i in range(11)],
                          "outlet": ["Copies"] * 6 + ["Daily"] * 5,
                          "tone": [0.081] * 6 + [0.1, 0.3, -0.2, 0.0, 0.2]})
    rows = compare_groups(table, "tone", by="outlet").set_index("group")
    assert rows.loc["Copies", ["ci_low", "ci_high"]].tolist() == [0.081, 0.081]
    assert rows.loc["Copies", "reason"] == ("all 6 values are the same (copies of one text?): "
                                            "the interval has no width; unreliable")
    assert rows.loc["Daily", "reason"] == ""
    assert unreliable(rows.reset_index()).tolist() == [True, False]


def test_a_denied_threat_is_no_threat():
    table = sentence_table(Corpus([Document.from_text(
        "South Korea does not face an imminent threat from the North, the minister said. "
        "The drills do not pose a threat to anyone. The North poses a threat to the region.",
        "a")]), metrics=("frames",))
    assert table["frame_threat"].tolist() == [False, False, True]
    assert table["frame_negated"].tolist()[:2] == ["threat (threat, negated by 'not')"] * 2


def test_an_unnamed_organ_takes_the_datelines_country_only():
    text = ("SEOUL, May 3 (Harbour Wire) -- The defense ministry said Wednesday the drills would "
            "go ahead.\n\nThe military said it was ready.")
    assert [s.actor for s in Document.from_text(text).sentences] == ["South Korea"] * 2
    # without a dateline the organ stays itself: the country named first may not be its own
    text = "North Korea fired a missile on Monday. The military said it was ready."
    assert Document.from_text(text).sentences[1].actor == "the military"
