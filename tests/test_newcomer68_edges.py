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
