"""Which of two wire copies came first, when their dates do not say: one decision shared by
find_duplicates, compare_groups(dedupe=True), shared passages, per-document reuse and the first
appearance of a quotation.

The story is invented for these tests in the style of wire copy; it is not real reporting.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import Corpus, Document
from analysis.corpus.duplicates import find_duplicates, in_precedence, order_basis, precedence_key
from analysis.reuse import document_reuse, quotation_clusters, quotation_outlets, shared_passages
from analysis.tables.compare import compare_groups

STORY = [
    "SEOUL, May 3 (Invented Wire) - South Korea and the United States will hold the first "
    "session of their new nuclear planning group in Seoul next month, the defence ministry said "
    "on Wednesday.",
    "“The group will meet every quarter and report directly to both presidents,” a ministry "
    "spokesman told reporters at a regular briefing.",
    "Officials said the talks would cover joint exercises, information sharing and the visit of "
    "an American missile submarine to a southern port.",
    "Pyongyang has not commented on the plan, which its state media called a rehearsal for "
    "invasion when it was first announced in April.",
    "Analysts in Seoul said the quarterly schedule was meant to answer critics who doubt that "
    "Washington would consult its ally in a crisis.",
]
# The reprint keeps the first three paragraphs under its own headline.
REPRINT = ["Allies to hold first planning session"] + STORY[:3]
# Another story of the same day that quotes nothing and copies only one paragraph.
COLUMN = [
    "Quarterly talks are a start, not a guarantee",
    "Officials said the talks would cover joint exercises, information sharing and the visit of "
    "an American missile submarine to a southern port.",
    "None of that tells us what happens when a crisis breaks at three in the morning and the "
    "two governments disagree about how hard to answer, the columnist writes.",
]


def _doc(doc_id: str, paragraphs: list[str], outlet: str, date: str | None) -> Document:
    meta = {"outlet": outlet, **({"date": date} if date else {})}
    return Document.from_text("\n\n".join(paragraphs), doc_id, meta)


def _pair(date_wire: str | None, date_reprint: str | None) -> list[Document]:
    # doc_ids chosen so that doc_id order alone would make the reprint the original
    return [_doc("a_reprint", REPRINT, "Invented Times", date_reprint),
            _doc("z_wire", STORY, "Invented Wire", date_wire)]


@pytest.mark.parametrize("date", ["2023-05-03", None])
def test_on_a_date_tie_the_document_containing_the_other_is_the_original(date):
    for docs in (_pair(date, date), _pair(date, date)[::-1]):
        found = find_duplicates(docs).set_index("doc_id")
        assert found.loc["a_reprint", "duplicate_of"] == "z_wire"
        assert found.loc["z_wire", "duplicate_of"] is None
        assert found.loc["a_reprint", "reason"] == (
            "a_reprint and z_wire have the same date or none: z_wire, which contains the "
            "other, is taken as the original")


def test_a_tie_in_date_and_length_is_undetermined_and_keeps_the_first_doc_id():
    docs = [_doc("m_second", STORY, "Invented Times", "2023-05-03"),
            _doc("k_first", STORY, "Invented Wire", "2023-05-03")]
    for order in (docs, docs[::-1]):
        found = find_duplicates(order).set_index("doc_id")
        assert found.loc["m_second", "duplicate_of"] == "k_first"
        assert found.loc["m_second", "reason"].startswith("undetermined: m_second and k_first")


def test_an_earlier_date_still_beats_length():
    found = find_duplicates(_pair("2023-05-04", "2023-05-03")).set_index("doc_id")
    assert found.loc["z_wire", "duplicate_of"] == "a_reprint"
    assert found.loc["z_wire", "reason"] == ""


def test_order_basis_names_what_decided():
    wire, reprint = precedence_key("z", "2023-05-03", 80), precedence_key("a", "2023-05-03", 50)
    assert wire < reprint and order_basis(wire, reprint) == "containment"
    assert order_basis(precedence_key("z", "2023-05-02", 10), reprint) == "date"
    assert order_basis(reprint, precedence_key("b", None, 99)) == "undated"
    assert order_basis(precedence_key("a", None, 7), precedence_key("b", None, 7)) == "undetermined"


def test_dedupe_keeps_the_original_outlet():
    corpus = Corpus(_pair("2023-05-03", "2023-05-03"), name="tie")
    table = pd.DataFrame({"doc_id": ["a_reprint", "z_wire"], "outlet": ["Invented Times",
                                                                        "Invented Wire"],
                          "tone": [0.1, 0.3]})
    out = compare_groups(table, "tone", "outlet", corpus=corpus, dedupe=True, n_resamples=200)
    assert out["group"].tolist() == ["Invented Wire"]
    assert out["mean"].tolist() == [0.3]


def test_reuse_and_quotations_follow_the_same_original():
    corpus = Corpus(_pair("2023-05-03", "2023-05-03")
                    + [_doc("b_column", COLUMN, "Invented Review", "2023-05-03")], name="tie")
    passages = shared_passages(corpus)
    directed = {(r.doc_id, r.source): r.direction for r in passages.itertuples()}
    assert directed[("a_reprint", "z_wire")] == "containment"
    # the column is no copy of either: its one shared paragraph has no known direction
    assert directed[("b_column", "a_reprint")] == directed[("z_wire", "b_column")] \
        == "undetermined"
    assert len(directed) == 3
    reuse = document_reuse(corpus, passages=passages).set_index("doc_id")
    assert reuse["reused_from"].to_dict() == {"a_reprint": ("b_column", "z_wire"),
                                              "z_wire": ("b_column",),
                                              "b_column": ("a_reprint", "z_wire")}
    assert [d.doc_id for d in in_precedence(corpus)] == ["b_column", "z_wire", "a_reprint"]
    clusters = quotation_clusters(corpus)
    (shared,) = [c for c in clusters if c["kind"] == "shared"]
    assert shared["doc_ids"] == ["z_wire", "a_reprint"]
    assert shared["first_seen"]["outlet"] == "Invented Wire"
    outlets = quotation_outlets([shared], corpus)
    assert outlets.set_index("outlet")["first"].to_dict() == {"Invented Wire": True,
                                                              "Invented Times": False}


@pytest.mark.parametrize(("wire_date", "reprint_date", "original"), [
    ("2023-05-03", None, "z_wire"),  # the dated one, although the reprint has the smaller id
    (None, "2023-05-03", "a_reprint"),  # the dated one, although the wire contains the reprint
])
def test_copies_of_which_one_is_undated_follow_find_duplicates_everywhere(
        wire_date, reprint_date, original):
    docs = _pair(wire_date, reprint_date)
    copy = "a_reprint" if original == "z_wire" else "z_wire"
    found = find_duplicates(docs).set_index("doc_id")
    assert found.loc[copy, "duplicate_of"] == original
    (row,) = shared_passages(Corpus(docs, name="undated")).to_dict("records")
    assert (row["doc_id"], row["source"], row["direction"]) == (copy, original, "undated")
    reuse = document_reuse(Corpus(docs, name="undated")).set_index("doc_id")
    # only the copy counts the passage, as only the copy is flagged by find_duplicates
    assert reuse.loc[copy, "reused_from"] == (original,)
    assert reuse.loc[original, "reused_share"] == 0.0
