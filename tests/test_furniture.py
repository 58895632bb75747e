"""Transcript furniture: turn labels are no measured words (a wire dateline is text),
no keyphrase candidates and (for a generic label) no actor. All texts are written for these
tests in the style of White House transcripts and wire copy."""

from analysis.corpus import Document
from analysis.corpus.transcripts import actor_name, label_end
from analysis.metrics.furniture import mask_furniture
from analysis.metrics.keyphrase_candidates import candidate_keys, candidates
from analysis.metrics.keyphrases import extract_keyphrases
from analysis.tables.sentences import sentence_table

WIRE = ("Allies agree on submarine visits\n\n"
        "SEOUL, April 27 (Yonhap) -- South Korea and the United States agreed to regular "
        "submarine visits, officials in Seoul said on Thursday.\n\n"
        "The first visit could come within months, a defence ministry official said.")

BRIEFING = ("Press Briefing on the Washington Declaration\n\n"
            "2:14 P.M. EDT\n\n"
            "MR. KIRBY: Good afternoon. The submarine visit is a signal of our commitment.\n\n"
            "Q: Thank you, John. Will the boat carry nuclear weapons?\n\n"
            "MR. KIRBY: I won't talk about the weapons on board.\n\n"
            "MODERATOR: Last question.")


# --- datelines ---------------------------------------------------------------------------

def test_a_wire_dateline_is_no_candidate():
    # the dateline says where and when the copy was filed, not what it is about
    masked = mask_furniture(WIRE)
    assert len(masked) == len(WIRE) and "(Yonhap)" not in masked and "SEOUL" not in masked
    assert masked.count("South Korea and the United States agreed") == 1
    _, cands = candidates(WIRE)
    assert cands.tf["seoul"] == 1  # "officials in Seoul" only
    assert not {"yonhap", "april"} & set(cands.tf)


# --- turn labels -------------------------------------------------------------------------

def test_a_label_inside_a_line_is_blanked():
    text = "Q: Will the submarine dock in Busan? MR. KIRBY: I won't get ahead of the Navy."
    assert mask_furniture(text) == (".  Will the submarine dock in Busan? .          "
                                    "I won't get ahead of the Navy.")
    assert "kirby" not in candidate_keys(text)


def test_a_television_label_with_a_role_is_blanked():
    text = "JOHN KIRBY, NSC SPOKESMAN: The boat will visit Busan.\n\nQ: When?"
    masked = mask_furniture(text)
    assert masked.startswith(".  ") and "The boat will visit Busan." in masked
    assert {"kirby", "spokesman", "nsc"}.isdisjoint(candidate_keys(text))


def test_label_end_and_generic_labels():
    assert label_end("PRESIDENT BIDEN: Thank you.") == 17
    assert label_end("Q    Thank you, Karine.") == 5
    assert label_end("Thank you, Mr. President.") == 0
    assert actor_name("Q") is None and actor_name("Moderator") is None
    assert actor_name("President Biden") == "President Biden"


def test_a_turn_is_measured_without_its_label():
    table = sentence_table([Document.from_text(BRIEFING)]).set_index("text")
    hello = table.loc["MR. KIRBY: Good afternoon."]
    assert hello["speaker"] == "Mr. Kirby" and hello["voice"] == "speech"
    assert hello["n_words"] == 2  # "Good afternoon"
    assert hello["n_syllables"] == 4  # good (1) + af-ter-noon (3)
    question = table.loc["Q: Thank you, John."]
    assert question["speaker"] == "Q" and question["actor"] == ""
    assert question["n_words"] == 3
    last = table.loc["MODERATOR: Last question."]
    assert last["speaker"] == "Moderator" and last["actor"] == "" and last["n_words"] == 2
    # a sentence of a turn without a label is measured whole
    assert table.loc["The submarine visit is a signal of our commitment."]["n_words"] == 9


def test_transcript_keyphrases_leave_out_the_labels():
    top = [p.lower() for p, _ in extract_keyphrases(BRIEFING, 10)]
    assert "kirby" not in top and "moderator" not in top and "q" not in top
    assert "submarine visit" in top
