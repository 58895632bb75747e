"""Bylines, taglines, credits, contacts and authors' bios are stage lines that count in no
statistic; Q/A explainers are the writer's; a date-only document ties with a timestamped one of
its day. All texts are invented, in the styles of wire copy, op-eds, think-tank explainers and
White House transcripts."""

from __future__ import annotations

import json

import pytest

from analysis.corpus import Document, load_corpus
from analysis.corpus.duplicates import dates_tie, order_basis, precedence_key
from analysis.corpus.sentences import iter_sentences
from analysis.corpus.transcripts import is_transcript
from analysis.io import guard_output
from analysis.metrics.furniture import mask_furniture
from analysis.reuse import quotation_clusters, shared_passages
from analysis.tables.aggregate import aggregate, by_voice, overview
from analysis.tables.sentences import sentence_table

WIRE = ("Allies agree on nuclear planning group\n\n"
        "By JANE ROE and PARK MIN-SOO Associated Press\n\n"
        "WASHINGTON (AP) — The allies agreed on Wednesday to form a nuclear consultative group "
        "to strengthen extended deterrence.\n\n"
        "The group will meet four times a year.\n\n"
        "___\n\n"
        "Park reported from Seoul. Associated Press writer John Doe contributed to this report."
        "\n\nmspark@example.com")

OPED = ("Reassurance is not a strategy\n\n"
        "By Mary Stone\n\n"
        "Seoul needs more than a consultative group to trust the American nuclear umbrella.\n\n"
        "Lee Jun-ho is a senior fellow at a Seoul institute who has argued for an own bomb.\n\n"
        "Mary Stone is an associate professor of government at an American college.")


def _voices(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.voice) for s in Document.from_text(text, "d").sentences]


def test_byline_rule_tagline_credit_and_email_are_stage_lines():
    got = _voices(WIRE)
    assert [v == "stage" for _, v in got] == [False, True, False, False, True, True, True,
                                              True]
    assert got[5][0] == "Park reported from Seoul."


def test_stage_lines_count_in_no_share_word_count_or_tone():
    table = sentence_table([Document.from_text(WIRE, "wire")])
    doc = aggregate(table, "document").iloc[0]
    # headline (6 words), the dateline sentence (17) and "The group will meet ..." (8)
    assert doc["n_sentences"] == 3 and doc["n_words"] == 6 + 17 + 8
    # deterrence in the headline ("nuclear planning"), the dateline sentence and, from lexicon
    # 2.9.0 on, "The group will meet ...", the NCG named earlier in the document (guide rule
    # 50): 3 of 3
    assert table.loc[table["voice"] != "stage", "frame_deterrence"].tolist() == [
        True, True, True]
    assert doc["share_deterrence"] == pytest.approx(3 / 3)
    assert overview(table).iloc[0][["n_sentences", "n_words"]].tolist() == [3, 31]
    assert "stage" not in set(by_voice(table)["voice"])


def test_final_bio_of_the_bylined_author_is_stage_but_a_body_bio_is_not():
    got = _voices(OPED)
    assert got[1][1] == "stage"  # the byline
    assert got[3] == (OPED.split("\n\n")[3], "authorial")  # not the author; not the end
    assert got[4][1] == "stage"
    # without a byline naming her, the same last line is the article's own sentence
    unsigned = OPED.replace("By Mary Stone\n\n", "")
    assert _voices(unsigned)[-1][1] == "authorial"


@pytest.mark.parametrize("line", [
    "For more information, contact the Pentagon press office at 703-555-0100.",
    "Contact: press@example.gov",
    "May 2, 2023",
    "(PHOTO NOT FOR SALE) (Yonhap)",  # a Yonhap picture's sale note after its caption
    "jdkim@example.co.kr\n(END)",  # a Yonhap reporter's address and the end mark, one line
])
def test_contact_and_date_lines_are_stage(line):
    assert _voices(f"Allies sign pact\n\nThe allies signed a pact.\n\n{line}")[-1][1] == "stage"


@pytest.mark.parametrize("line", [
    "By Wednesday the allies had agreed on a nuclear planning group.",
    "Contact between the two militaries will deepen, officials said.",
    "Kim reported from Seoul that the talks had stalled, according to the ministry.",
])
def test_body_sentences_that_resemble_furniture_are_not_stage(line):
    assert _voices(f"Allies sign pact\n\n{line}\n\nThe group meets in June.")[1][1] != "stage"


def test_keyphrase_text_blanks_furniture_lines_with_offsets_kept():
    masked = mask_furniture(WIRE)
    assert len(masked) == len(WIRE)
    assert "Associated Press writer" not in masked and "mspark" not in masked
    assert "JANE ROE" not in masked and "nuclear consultative group" in masked


TRANSCRIPT = ("Remarks by President Biden and President Yoon\n\n"
              "Rose Garden\n\n"
              "1:47 P.M. EDT\n\n"
              "PRESIDENT BIDEN: We have agreed to strengthen extended deterrence.\n\n"
              "(Applause.)\n\n"
              "PRESIDENT YOON: (As interpreted.) Our two countries will share nuclear planning."
              "\n\n2:31 P.M. EDT")


def test_transcript_stage_lines_leave_the_denominators_and_as_interpreted_no_words():
    table = sentence_table([Document.from_text(TRANSCRIPT, "wh")])
    speech = table[table["voice"] == "speech"]
    assert speech["n_words"].tolist() == [7, 7]
    doc = aggregate(table, "document").iloc[0]
    assert (doc["n_sentences"], doc["n_words"]) == (2, 14)
    assert doc["share_deterrence"] == 1.0 and doc["quoted_share"] == 1.0


QA = ("The declaration: reassurance without nukes\n\n"
      "Q1: What did the declaration achieve?\n\n"
      "A1: It is the largest upgrade of extended deterrence in decades.\n\n"
      "Q2: Will North Korea respond?\n\n"
      "A2: Pyongyang is likely to test more missiles.")


@pytest.mark.parametrize("text", [QA, QA.replace("Q1:", "Q:").replace("A1:", "A:")
                                  .replace("Q2:", "Q:").replace("A2:", "A:")])
def test_question_and_answer_explainer_is_the_writers_own(text):
    assert not is_transcript(text, list(iter_sentences(text)))
    doc = Document.from_text(text, "qa")
    assert [(s.voice, s.speaker) for s in doc.sentences] == [("authorial", None)] * 5


def test_date_only_and_timestamped_dates_of_one_day_tie():
    assert dates_tie("2023-04-26", "2023-04-26T13:47:00-04:00")
    assert not dates_tie("2023-04-25", "2023-04-26T13:47:00-04:00")
    assert not dates_tie("2023-04-26T09:00:00-04:00", "2023-04-26T13:47:00-04:00")
    assert not dates_tie("2023-04-26", None)
    wire = precedence_key("ap", "2023-04-26", 40)
    transcript = precedence_key("wh", "2023-04-26T13:47:00-04:00", 90)
    assert transcript < wire and order_basis(transcript, wire) == "containment"


SAID = ("A nuclear attack by North Korea against the United States or its allies is "
        "unacceptable and will result in the end of whatever regime were to take such an action")


def test_transcript_is_no_copy_of_the_story_that_quotes_it_and_is_where_it_was_first_seen(
        tmp_path):
    story = ("Biden warns North Korea\n\nWASHINGTON (AP) — President Joe Biden on Wednesday "
             f"warned North Korea.\n\n\"{SAID},\" Biden said at a news conference.")
    remarks = ("Remarks by President Biden\n\n1:47 P.M. EDT\n\nPRESIDENT BIDEN: Good "
               f"afternoon. Let me be clear: {SAID}.\n\nQ: Mr. President, thank you.\n\n"
               "PRESIDENT BIDEN: Thank you all.")
    for name, text, date in (("ap_story", story, "2023-04-26"),
                             ("wh_remarks", remarks, "2023-04-26T13:47:00-04:00")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    passages = shared_passages(corpus)
    assert "date" not in set(passages["direction"])
    (cluster,) = [c for c in quotation_clusters(corpus) if c["n_words"] == 30]
    assert cluster["kind"] == "shared" and cluster["doc_ids"] == ["wh_remarks", "ap_story"]
    assert cluster["first_seen"]["doc_id"] == "wh_remarks" and cluster["quote"] == SAID
    assert cluster["actor"] == "Joe Biden"


def test_output_guard_for_a_single_input_file_says_where_and_suggests_a_path(tmp_path):
    with pytest.raises(ValueError) as info:
        guard_output(tmp_path / "export.csv", str(tmp_path / "export.csv"))
    assert str(info.value).endswith(
        f"refusing to overwrite the input file {tmp_path.resolve() / 'export.csv'} (inputs are "
        f"never overwritten); write elsewhere, for example "
        f"{tmp_path.resolve() / 'export_metrics.csv'}")


def test_headline_ending_on_a_quoted_phrase_is_not_attributed():
    text = ("N. Korea's Kim Yo Jong says US deal will bring 'more serious danger'\n\n"
            "SEOUL, April 29 (AFP) - The sister of the North's leader denounced the declaration "
            "on Saturday, state media said.")
    first = Document.from_text(text, "afp").sentences[0]
    assert (first.voice, first.speaker) == ("authorial", None)


def test_group_comparison_of_a_sentence_table_leaves_stage_rows_out():
    from analysis.tables.compare import compare_groups

    table = sentence_table([Document.from_text(TRANSCRIPT, "wh"),
                            Document.from_text(WIRE, "wire")])
    table["outlet"] = table["doc_id"]
    row = compare_groups(table, "frame_deterrence", "outlet").set_index("group").loc["wh"]
    assert (row["n_units"], row["mean"]) == (2, 1.0)
