"""Wire copies (analysis.corpus.duplicates): shingles, containment, flagging and dropping."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import Document, load_corpus
from analysis.corpus.duplicates import (
    THRESHOLD,
    containment,
    drop_duplicates,
    find_duplicates,
    resemblance,
    shingles,
)

# 24, 19, 17 and 9 words (the dash is not a word); no 5-word run occurs twice.
WIRE = [
    "WASHINGTON - The United States and South Korea agreed on Wednesday to create a Nuclear "
    "Consultative Group that gives Seoul a voice in nuclear planning.",
    "The agreement was announced at the White House after talks between President Joe Biden and "
    "President Yoon Suk Yeol.",
    "In exchange, South Korea reaffirmed that it will not pursue nuclear weapons of its own, "
    "officials said.",
    "North Korea did not immediately comment on the declaration.",
]
# A new 5-word headline and the last paragraph cut: 65 words, 61 shingles, 5 of them new.
COPY = ["Allies agree on nuclear group"] + WIRE[:3]
REWRITE = [
    "Seoul will take part in regular talks on American nuclear planning under a deal struck by "
    "the two presidents in Washington.",
    "Officials described the new consultative group as a way to make deterrence visible, while "
    "critics said it fell short of nuclear sharing.",
]
OTHER = [
    "China's foreign ministry said on Thursday that Washington should stop stoking tension on the "
    "Korean peninsula and respect the security concerns of its neighbours.",
]


def doc(doc_id: str, paragraphs: list[str], date: str | None = None) -> Document:
    return Document.from_text("\n\n".join(paragraphs), doc_id, {"date": date} if date else {})


def test_shingles_are_case_blind_five_word_runs():
    assert len(shingles("one two three four five six")) == 2
    assert len(shingles("one two three")) == 1
    assert len(shingles("")) == 0
    assert (shingles("The Alliance HOLDS firm today")
            == shingles("the alliance holds firm today")).all()


def test_containment_and_resemblance_of_a_trimmed_copy():
    full = shingles("a b c d e f g h i j")   # 6 shingles
    trimmed = shingles("a b c d e f g h")    # 4 of them
    assert containment(full, trimmed) == 1.0
    assert resemblance(full, trimmed) == pytest.approx(4 / 6)
    assert math.isnan(containment(full, shingles("")))


def test_copy_with_new_headline_and_cut_ending_points_at_the_earlier_wire():
    docs = [doc("a-copy", COPY, "2023-04-27"), doc("z-wire", WIRE, "2023-04-26"),
            doc("rewrite", REWRITE, "2023-04-26"), doc("china", OTHER, "2023-04-27")]
    found = find_duplicates(docs)
    assert found["doc_id"].tolist() == ["a-copy", "z-wire", "rewrite", "china"]
    assert found["duplicate_of"].tolist() == ["z-wire", None, None, None]
    # 56 shared shingles of the copy's 61 (the wire has 65)
    assert found.loc[0, "similarity"] == pytest.approx(56 / 61)
    assert found["similarity"][1:].isna().all()
    assert "Broder 1997" in found.attrs["method"]


def test_rewrite_of_the_same_event_is_not_a_copy():
    wire, rewrite = shingles("\n\n".join(WIRE)), shingles("\n\n".join(REWRITE))
    assert containment(wire, rewrite) < THRESHOLD


def test_original_is_the_earliest_dated_then_the_first_by_doc_id():
    same = WIRE[:3]
    found = find_duplicates([doc("b", same), doc("a", same), doc("c", same, "2023-04-28")])
    # the dated document comes first, undated ones after it in doc_id order
    assert found["duplicate_of"].tolist() == ["c", "c", None]
    undated = find_duplicates([doc("b", same), doc("a", same)])
    assert undated["duplicate_of"].tolist() == ["a", None]
    # the direction is a guess where either side has no date, and the row says so
    assert [r.split(":")[0] for r in found["reason"]] == [
        "b or c has no date", "a or c has no date", "not a copy"]
    dated = find_duplicates([doc("b", same, "2023-04-29"), doc("c", same, "2023-04-28")])
    # a copy the dates ordered needs no note; the original says why its similarity is NaN
    assert dated["reason"].tolist() == ["", "not a copy: no earlier document contains it"]


def test_dates_with_offsets_are_compared_in_utc():
    seoul = doc("seoul", WIRE, "2023-04-27T08:00:00+09:00")   # 2023-04-26 23:00 UTC
    wire = doc("wire", WIRE, "2023-04-26T23:30:00Z")
    assert find_duplicates([wire, seoul])["duplicate_of"].tolist() == ["seoul", None]


def test_short_documents_are_never_flagged():
    brief = ["North Korea did not comment."]
    found = find_duplicates([doc("a", brief), doc("b", brief)])
    assert found["duplicate_of"].isna().all()


def test_threshold_is_checked():
    with pytest.raises(ValueError, match="threshold must be in"):
        find_duplicates([], threshold=1.5)


def test_loaded_corpus_without_copies_flags_nothing():
    tables = Path(__file__).resolve().parent / "fixtures" / "tables" / "articles.csv"
    found = find_duplicates(load_corpus(tables, id_column="stories_id"))
    assert found["doc_id"].tolist() == ["9001", "9002", "9003"]
    assert found["duplicate_of"].isna().all()


def test_drop_duplicates_counts_documents_not_rows():
    found = pd.DataFrame({"doc_id": ["wire", "copy1", "copy2", "other"],
                          "duplicate_of": ["", "wire", "wire", ""],
                          "similarity": [math.nan, 0.9, 0.8, math.nan]})
    found["duplicate_of"] = found["duplicate_of"].replace("", None)
    sentences = pd.DataFrame({"doc_id": ["wire", "wire", "copy1", "copy1", "copy1", "other"],
                              "sentence": [1, 2, 1, 2, 3, 1]})
    kept, n_dropped = drop_duplicates(sentences, found)
    assert n_dropped == 1  # copy2 has no sentence in this table
    assert kept.to_dict("list") == {"doc_id": ["wire", "wire", "other"], "sentence": [1, 2, 1]}


def test_a_brief_too_short_to_compare_says_so_not_that_nothing_contains_it():
    story = doc("a", ["SEOUL, April 27 (Yonhap) -- North Korea fired a ballistic missile into "
                      "the East Sea on Thursday, the Joint Chiefs of Staff said, days after the "
                      "allies unveiled a new nuclear planning group."], "2023-04-27T08:00")
    brief = doc("b", ["North Korea fired a ballistic missile into the East Sea on Thursday."],
                "2023-04-27T10:00")
    found = find_duplicates([story, brief]).set_index("doc_id")
    # 12 words give 8 five-word shingles, fewer than the 10 a comparison needs
    assert found.loc["b", "duplicate_of"] is None
    assert found.loc["b", "reason"] == "too short to compare (fewer than 10 shingles)"
    assert found.loc["a", "reason"] == "not a copy: no earlier document contains it"


def test_a_copy_points_at_the_original_that_holds_most_of_it_not_the_earliest_match():
    # "old" (April) and "story" (May) are two originals; "reprint" copies "story" whole and adds
    # the paragraph of background it shares with "old": it holds half of "old", all of "story"
    old = doc("old", OTHER + REWRITE[:1], "2023-04-02")
    story = doc("story", WIRE, "2023-05-01")
    reprint = doc("reprint", WIRE + OTHER, "2023-05-02")
    assert containment(shingles(reprint.text), shingles(old.text)) >= THRESHOLD
    table = find_duplicates([old, story, reprint])
    assert table.set_index("doc_id").loc["reprint", "duplicate_of"] == "story"
    assert table.set_index("doc_id").loc["reprint", "similarity"] == 1.0
    assert table["duplicate_of"].tolist()[:2] == [None, None]


def test_a_path_instead_of_a_corpus_is_refused_with_what_to_pass(tmp_path):
    # before, it failed deep inside: AttributeError: 'str' object has no attribute 'doc_id'
    with pytest.raises(TypeError, match=r"find_duplicates\(\) needs a corpus .* load it first: "
                                        r"analysis.load_corpus\(path\)"):
        find_duplicates(str(tmp_path))
