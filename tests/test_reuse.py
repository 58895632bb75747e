"""Quotation clusters, shared passages and per-document reuse on invented articles.

Every text here is invented for the tests, written in the style of wire copy, a Korean
English-language daily and a commentary; none of it is real reporting.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.corpus import Corpus, Document, load_corpus
from analysis.reuse import (
    document_reuse,
    quotation_clusters,
    quotation_outlets,
    reference_coverage,
    reuse_by_outlet,
    shared_passages,
)
from analysis.reuse.quotations import document_quotations, same_quotation
from analysis.reuse.text import quotation_words

WIRE_P1 = ("WASHINGTON (Invented Wire) - The United States and South Korea agreed on Wednesday "
           "to set up a standing nuclear planning group, giving Seoul a regular voice in how "
           "American deterrence on the peninsula would be organised in a crisis.")
WIRE_P2 = ("The agreement, announced after talks at the White House, also commits the US "
           "Navy to send a ballistic missile submarine to a South Korean port for the first "
           "time since the early 1980s.")
WIRE_P3 = ("“Any attack on our ally will be met with a swift, overwhelming and decisive "
           "response,” the president told reporters in the Rose Garden.")
WIRE_P4 = ("In return, South Korea reaffirmed that it would not build nuclear weapons of its "
           "own and would remain a member of the Non-Proliferation Treaty.")

ORIGINAL = "\n\n".join(["Allies agree on nuclear planning group", WIRE_P1, WIRE_P2, WIRE_P3,
                        WIRE_P4])
COPY = "\n\n".join([
    "Seoul wins a say in US nuclear planning",
    "Seoul's presidential office welcomed the outcome of the summit on Thursday morning, "
    "calling it the most important step for the alliance in decades.",
    WIRE_P1, WIRE_P2,
    # A copy editor's touch: one word changed inside the copied paragraph.
    WIRE_P4.replace("reaffirmed", "confirmed"),
])
COMMENTARY = "\n\n".join([
    "Words are cheap; submarines are not",
    "The president promised a “swift, overwhelming and decisive response” to any attack. "
    "Promises of that kind have been made before, and the North has tested them every time.",
    "What matters is whether the new group meets often enough to change planning, the "
    "columnist writes.",
])
UNRELATED = "\n\n".join([
    "Rice harvest expected to fall after dry spring",
    "Farmers in the southern provinces expect a smaller rice harvest this year after the "
    "driest spring in two decades, the agriculture ministry said on Tuesday.",
    "“We have never seen the reservoirs this low in May,” said a farmer near Gwangju, who "
    "asked that his name not be used.",
])
EDITED = "\n\n".join([
    "Biden warns the North",
    "Biden said any attack on South Korea would meet “a swift, overwhelming, and decisive "
    "response...” from Washington, and he said the North “[would] face the end of its "
    "regime” if it used a nuclear weapon.",
])


def _doc(doc_id: str, text: str, date: str | None, outlet: str) -> Document:
    return Document.from_text(text, doc_id, {"date": date, "outlet": outlet})


@pytest.fixture()
def corpus() -> Corpus:
    return Corpus([
        _doc("wire", ORIGINAL, "2023-04-26", "Invented Wire"),
        _doc("copy", COPY, "2023-04-27", "Invented Daily"),
        _doc("column", COMMENTARY, "2023-04-28", "Invented Review"),
        _doc("farm", UNRELATED, "2023-04-26", "Invented Daily"),
        _doc("edited", EDITED, "2023-04-29", "Invented Post"),
    ])


def test_wire_copy_under_a_new_headline_is_linked_over_its_shared_paragraphs(corpus):
    passages = shared_passages(corpus)
    copied = passages[(passages["doc_id"] == "copy") & (passages["source"] == "wire")]
    # Paragraphs 1-2 are copied whole and one after the other, paragraph 4 with one edit.
    assert len(copied) == 2
    first, second = copied.iloc[0], copied.iloc[1]
    # A passage runs from its first word to its last: the final full stop is not a word.
    assert first["text"] == WIRE_P1 + "\n\n" + WIRE_P2.rstrip(".")
    assert COPY[first["start"]:first["end"]] == first["text"]
    assert ORIGINAL[first["source_start"]:first["source_end"]] == first["text"]
    assert first["n_words"] == 38 + 33  # counted by hand; the dash after the dateline is no word
    assert second["text"] == WIRE_P4.replace("reaffirmed", "confirmed").rstrip(".")
    assert second["source_start"] == ORIGINAL.index(WIRE_P4)
    assert set(copied["direction"]) == {"date"}


def test_an_unrelated_story_is_linked_to_nothing(corpus):
    passages = shared_passages(corpus)
    assert "farm" not in set(passages["doc_id"]) | set(passages["source"])
    clusters = quotation_clusters(corpus)
    farm = [c for c in clusters if "farm" in c["doc_ids"]]
    assert [c["kind"] for c in farm] == ["single"]
    reuse = document_reuse(corpus).set_index("doc_id")
    assert reuse.loc["farm", "reused_share"] == 0.0
    assert reuse.loc["farm", "reused_from"] == ()
    assert reuse.loc["farm", "n_shared_quotations"] == 0


def test_a_partial_and_an_edited_quotation_join_the_cluster_of_the_full_one(corpus):
    clusters = quotation_clusters(corpus)
    top = clusters[0]
    assert top["kind"] == "shared"
    assert top["doc_ids"] == ["wire", "column", "edited"]
    assert top["quote"] == ("Any attack on our ally will be met with a swift, overwhelming "
                            "and decisive response")
    assert top["first_seen"] == {"doc_id": "wire", "outlet": "Invented Wire",
                                 "date": "2023-04-26", "ties": 0}
    assert [v["text"] for v in top["variants"]] == [
        top["quote"], "swift, overwhelming and decisive response",
        "a swift, overwhelming, and decisive response..."]
    assert top["n_occurrences"] == 3


def test_the_copied_quotation_is_the_same_cluster_in_the_wire_and_its_copy():
    text = "Headline\n\n" + WIRE_P3
    corpus = Corpus([_doc("a", text, "2023-04-26", "A"), _doc("b", text, "2023-04-27", "B")])
    (cluster,) = quotation_clusters(corpus)
    assert cluster["doc_ids"] == ["a", "b"]
    assert cluster["variants"] == [{"text": cluster["quote"], "doc_ids": ["a", "b"]}]


def test_speaker_comes_from_the_attribution_of_the_sentence():
    doc = Document.from_text(
        "“This is a historic step for our alliance,” President Yoon Suk Yeol said.", "d")
    (quote,) = document_quotations(doc)
    assert quote.speaker == "Yoon Suk Yeol"
    assert quote.text == "This is a historic step for our alliance"
    assert quote.words == ("this", "is", "a", "historic", "step", "for", "our", "alliance")


def test_a_quotation_over_two_sentences_is_one_quotation():
    doc = Document.from_text("“We stand united. Nothing is beyond our reach,” Biden said.", "d")
    (quote,) = document_quotations(doc)
    assert quote.text == "We stand united. Nothing is beyond our reach"
    assert quote.speaker == "Biden"


def test_scare_quotes_of_one_or_two_words_are_not_quotations():
    doc = Document.from_text("The “Washington Declaration” is a “prudent step”, he said of "
                             "the “nuclear consultative group”.", "d")
    assert [q.text for q in document_quotations(doc)] == ["nuclear consultative group"]


def test_ellipsis_brackets_case_and_punctuation_are_normalised_away():
    assert quotation_words("[North Korea] will face the END... of its regime!") == (
        "will", "face", "the", "end", "of", "its", "regime")
    assert quotation_words("North Korea’s regime") == quotation_words("north korea's regime")


@pytest.mark.parametrize(("a", "b", "same"), [
    # Trimmed: a part of the longer quotation.
    ("respond swiftly and decisively", "we will respond swiftly and decisively to any attack",
     True),
    # Re-translated: one word in five changed.
    ("a quick overwhelming and decisive response", "a swift overwhelming and decisive response",
     True),
    # Two words in five changed: not the same quotation.
    ("a quick overwhelming and firm response", "a swift overwhelming and decisive response",
     False),
    # Shared words without three in a row.
    ("peace and security and prosperity", "peace or security or prosperity", False),
    # A common opening of three words is not enough for a four-word quotation.
    ("we will keep working", "we will keep the door open", False),
    # A three-word quotation found whole is.
    ("more serious danger", "would bring more serious danger to the peninsula", True),
])
def test_same_quotation_allows_trims_and_one_edit_in_four(a, b, same):
    assert same_quotation(tuple(a.split()), tuple(b.split())) is same


def test_passages_are_directed_by_date_and_undetermined_without_dates():
    body = "\n\n".join(["Headline", WIRE_P1])
    dated = Corpus([_doc("z_first", body, "2023-04-25", "A"), _doc("a_later", body,
                                                                   "2023-04-26", "B")])
    (row,) = shared_passages(dated).to_dict("records")
    assert (row["doc_id"], row["source"], row["direction"]) == ("a_later", "z_first", "date")
    undated = Corpus([_doc("x", body, None, "A"), _doc("y", body, None, "B")])
    (row,) = shared_passages(undated).to_dict("records")
    assert (row["doc_id"], row["source"], row["direction"]) == ("y", "x", "undetermined")
    reuse = document_reuse(undated).set_index("doc_id")
    # Either may have copied, so both count the passage.
    assert reuse.loc["x", "reused_from"] == ("y",) and reuse.loc["y", "reused_from"] == ("x",)
    assert reuse.loc["x", "n_reused_words"] == reuse.loc["y", "n_reused_words"] == 39


def test_a_passage_shorter_than_twelve_words_is_not_reported():
    eleven = "the allies will hold their first meeting of the new group"
    assert len(eleven.split()) == 11
    a = Document.from_text(f"One story.\n\nIn June {eleven} in Seoul.", "a", {"date": "2023-05-01"})
    b = Document.from_text(f"Another one.\n\nBy July {eleven} at last.", "b",
                           {"date": "2023-05-02"})
    assert shared_passages(Corpus([a, b])).empty
    twelve = Document.from_text(f"Another one.\n\nIn June {eleven} in Busan.", "c",
                                {"date": "2023-05-02"})
    (row,) = shared_passages(Corpus([a, twelve])).to_dict("records")
    assert row["n_words"] == 14  # "In June" + eleven words + "in"


def test_a_reference_text_is_always_the_source(tmp_path, corpus):
    ref = tmp_path / "joint_statement.txt"
    ref.write_text("JOINT STATEMENT (invented)\n\n" + WIRE_P2.replace("The agreement, "
                   "announced after talks at the White House, also", "The allies")
                   + "\n", encoding="utf-8")
    passages = shared_passages(corpus, reference=[ref])
    from_ref = passages[passages["source"] == "joint_statement"]
    assert sorted(from_ref["doc_id"]) == ["copy", "wire"]
    assert set(from_ref["direction"]) == {"reference"}
    reuse = document_reuse(corpus, reference=[ref]).set_index("doc_id")
    assert reuse.loc["wire", "reused_from"] == ("joint_statement",)
    assert reuse.loc["copy", "reused_from"] == ("joint_statement", "wire")
    coverage = reference_coverage(passages, [ref])
    assert coverage["n_documents"].max() == 2
    assert coverage.loc[coverage["word"] < 3, "n_documents"].tolist() == [0, 0, 0]


def test_reused_share_counts_the_copied_words_and_not_shared_quotations(corpus):
    reuse = document_reuse(corpus).set_index("doc_id")
    copy_words = len(shared_passages(corpus).query("doc_id == 'copy'")["n_words"])
    assert copy_words == 2
    passages = shared_passages(corpus)
    expected = int(passages.loc[passages["doc_id"] == "copy", "n_words"].sum())
    assert reuse.loc["copy", "n_reused_words"] == expected
    assert reuse.loc["copy", "reused_share"] == pytest.approx(expected / reuse.loc["copy",
                                                                                    "n_words"])
    assert reuse.loc["wire", "n_reused_words"] == 0  # the original copied nothing
    assert reuse.loc["column", "n_shared_quotations"] == 1
    assert reuse.loc["column", "n_reused_words"] == 0


def test_a_shared_long_quotation_is_flagged_and_not_counted_as_reuse():
    quote = ("“We will keep the door to dialogue open, but we will not accept a nuclear "
             "North Korea under any circumstances,” the minister said.")
    a = _doc("a", "Story A\n\nIn Seoul. " + quote, "2023-04-26", "A")
    b = _doc("b", "Story B\n\nIn Tokyo. " + quote, "2023-04-27", "B")
    corpus = Corpus([a, b])
    (row,) = shared_passages(corpus).to_dict("records")
    assert (row["n_words"], row["n_words_in_quotes"]) == (23, 20)
    reuse = document_reuse(corpus).set_index("doc_id")
    assert reuse.loc["b", "n_reused_words"] == 0
    assert reuse.loc["b", "n_shared_quotations"] == 1


def test_outlet_tables(corpus):
    clusters = quotation_clusters(corpus)
    table = quotation_outlets(clusters, corpus, top=1)
    assert table["outlet"].tolist() == ["Invented Wire", "Invented Review", "Invented Post"]
    assert table["first"].tolist() == [True, False, False]
    assert table["outlet_order"].tolist() == [1, 2, 3]  # "Invented Daily" is 0 (farm, 26 April)
    by_outlet = reuse_by_outlet(document_reuse(corpus), corpus)
    assert by_outlet.iloc[0]["outlet"] == "Invented Daily"
    assert by_outlet.iloc[0]["n_documents"] == 2 and by_outlet.iloc[0]["n_reusing_documents"] == 1


def test_same_input_gives_the_same_records(corpus):
    once = json.dumps(quotation_clusters(corpus)) + shared_passages(corpus).to_json()
    again = json.dumps(quotation_clusters(corpus)) + shared_passages(corpus).to_json()
    assert once == again


def test_min_words_below_the_shingle_size_is_refused(corpus):
    with pytest.raises(ValueError, match="at least the shingle size"):
        shared_passages(corpus, min_words=4)


def test_a_single_document_has_no_passages_and_single_quotations():
    corpus = Corpus([_doc("only", ORIGINAL, "2023-04-26", "Invented Wire")])
    assert shared_passages(corpus).empty
    assert [c["kind"] for c in quotation_clusters(corpus)] == ["single"]
    reuse = document_reuse(corpus)
    assert isinstance(reuse, pd.DataFrame) and reuse["reused_share"].tolist() == [0.0]


def test_a_formula_shared_by_more_than_max_df_articles_is_boilerplate():
    formula = "South Korean President Yoon Suk Yeol and US President Joe Biden met"
    openings = ["Markets rose sharply in Seoul.", "Rain fell all day in Busan.",
                "Protesters gathered near the embassy."]
    corpus = Corpus([_doc(f"d{i}", f"Story {i}\n\n{opening} {formula} on Wednesday.",
                          f"2023-04-2{i}", f"Outlet {i}") for i, opening in enumerate(openings)])
    # "on Wednesday" is shared as well: 14 words, in every pair of the three articles.
    assert shared_passages(corpus)["n_words"].tolist() == [14, 14, 14]
    # In more than two articles, the formula is boilerplate and not reuse.
    assert shared_passages(corpus, max_df=2).empty


def test_the_fixture_corpus_has_a_wire_copy_a_partial_and_edited_quotations():
    from tests.conftest import ROOT

    corpus = load_corpus(ROOT / "tests" / "fixtures" / "wire")
    (row,) = shared_passages(corpus).to_dict("records")
    assert (row["doc_id"], row["source"], row["direction"]) == (
        "bay_herald_2023-04-27", "pacific_wire_2023-04-26", "date")
    assert row["n_words"] == 22 + 24 + 19 + 9  # the three copied paragraphs, counted by hand
    shared = [(c["quote"], c["doc_ids"]) for c in quotation_clusters(corpus)
              if c["kind"] == "shared"]
    assert shared == [
        ("the end of whatever regime", ["pacific_wire_2023-04-26", "bay_herald_2023-04-27",
                                        "northern_review_2023-04-28"]),
        ("This is a historic step for our alliance", ["harbor_times_2023-04-26",
                                                      "northern_review_2023-04-28"]),
        ("It is a symbolic gesture, not a real change in deterrence",
         ["eastern_ledger_2023-04-27", "northern_review_2023-04-28"]),
    ]


def test_the_biden_line_is_one_cluster_across_wire_korean_press_and_a_reported_statement():
    # Invented articles around the public line of 26 April 2023, each worded its own way.
    wire = ("Biden warns North Korea\n\n“A nuclear attack by North Korea against the United "
            "States or its allies and partners is unacceptable and will result in the end of "
            "whatever regime were to take such an action,” Biden said at a news conference.")
    seoul = ("Yoon, Biden agree on nuclear group\n\nPresident Biden warned that any nuclear "
             "attack by the North would result in “the end of whatever regime” took such "
             "action, Yonhap-style copy reported from Washington.")
    beijing = ("Beijing criticises summit\n\nThe foreign ministry spokesperson said the "
               "threat to bring “the end of whatever regime... [that] were to take such an "
               "action” would only raise tension on the peninsula.")
    other = ("Yoon speaks to Congress\n\n“Our alliance is an alliance of values,” Yoon told "
             "lawmakers in an address to a joint session.")
    corpus = Corpus([_doc("ap", wire, "2023-04-26", "Wire"), _doc("kr", seoul, "2023-04-27",
                                                                   "Seoul Daily"),
                     _doc("cn", beijing, "2023-04-27", "Beijing Desk"),
                     _doc("yoon", other, "2023-04-28", "Seoul Daily")])
    top, single = quotation_clusters(corpus)
    assert top["doc_ids"] == ["ap", "cn", "kr"]  # same day: doc_id order
    assert top["speaker"] == "Biden"
    assert len(top["variants"]) == 3
    assert single["doc_ids"] == ["yoon"] and single["speaker"] == "Yoon"


def test_speaker_and_actor_are_read_from_the_sentence_when_it_has_an_actor():
    from types import SimpleNamespace

    text = "“We will respond swiftly and decisively,” Yoon said."
    doc = Document.from_text(text, "d")
    with_actor = SimpleNamespace(doc_id="d", text=doc.text, paragraphs=doc.paragraphs,
                                 sentences=[SimpleNamespace(start=s.start, end=s.end,
                                                            speaker=s.speaker,
                                                            actor="South Korea")
                                            for s in doc.sentences])
    (quote,) = document_quotations(with_actor)
    assert (quote.speaker, quote.actor) == ("Yoon", "South Korea")
    (plain,) = document_quotations(doc)
    assert plain.actor == "Yoon Suk Yeol"  # the corpus's own actor linking (actors.json)


def test_a_shared_appositive_is_not_carried_over_longer_edits_into_a_passage():
    # two stories written apart: they share an 8-word appositive, then only "the meeting" and
    # "North Korea" after edits of two and four words; no 12-word passage is shared
    a = _doc("a", "Allies meet\n\nThe allies met in Seoul on Tuesday. Kurt Campbell, the White "
                  "House Indo-Pacific coordinator, co-chaired the meeting.\n\n\"Any nuclear "
                  "attack by North Korea will be met with a swift response,\" he said.",
             "2023-07-18", "A")
    b = _doc("b", "Submarine docks\n\nThe submarine docked in Busan, said Kurt Campbell, the "
                  "White House Indo-Pacific coordinator, after the meeting in Seoul.\n\nHours "
                  "later, North Korea fired two missiles into the sea.", "2023-07-19", "B")
    assert shared_passages(Corpus([a, b])).empty
    # a one-word edit between two exact words still joins: the passage runs on past it
    edited = _doc("c", "Allies meet again\n\nThe allies met in Seoul on Tuesday. Kurt Campbell, "
                       "the White House Indo-Pacific coordinator, chaired the meeting.\n\n"
                       "Officials spoke later.", "2023-07-19", "C")
    (row,) = shared_passages(Corpus([a, edited])).to_dict("records")
    assert row["text"].endswith("The allies met in Seoul on Tuesday. Kurt Campbell, the White "
                                "House Indo-Pacific coordinator, chaired the meeting")


def test_an_outlet_without_words_says_why_its_share_is_missing():
    reuse = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [0, 120], "n_reused_words": [0, 30]})
    corpus = Corpus([_doc("a", "(Applause.)", "2023-04-26", "Stage Wire"),
                     _doc("b", ORIGINAL, "2023-04-26", "Invented Wire")])
    table = reuse_by_outlet(reuse, corpus).set_index("outlet")
    assert table.loc["Invented Wire", "reused_share"] == 0.25
    assert table.loc["Invented Wire", "reason"] == ""
    assert table.loc["Stage Wire", "reason"] == "no words"
    assert table.loc["Stage Wire", "reused_share"] != table.loc["Stage Wire", "reused_share"]
