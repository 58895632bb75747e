"""Voice patterns read off the blind sets real101 (US politics and the alliance, 2024-26: wire
copy, Korean and US press, broadcast scripts, readouts) and real102 (South Korean government
texts in English and the news that reported them), on texts written for these tests in those
styles (issue 13)."""

from __future__ import annotations

import pytest

from analysis.corpus.sentences import split_sentences
from tests.speaker_rows import one, rows


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_numbered_paragraphs_number_stays_with_its_sentence():
    text = "1. On Monday, Minister Park held a call with the Secretary. They spoke for an hour."
    assert _split(text) == ["1. On Monday, Minister Park held a call with the Secretary.",
                            "They spoke for an hour."]
    assert _split("The vote was 2. Then it rose.") == ["The vote was 2.", "Then it rose."]


def test_an_agency_credit_closing_a_paragraph_stays_with_the_last_sentence():
    assert _split("The missile flew 900 kilometers. (Yonhap)") == [
        "The missile flew 900 kilometers. (Yonhap)"]
    assert _split("Thank you all. (Applause.)") == ["Thank you all.", "(Applause.)"]
    assert _split("Seoul said so. (END)") == ["Seoul said so.", "(END)"]


def test_a_bracket_after_am_or_pm_starts_no_sentence():
    text = "The launch came at 7:10 a.m. (2210 GMT) on Thursday. Tokyo protested."
    assert _split(text) == ["The launch came at 7:10 a.m. (2210 GMT) on Thursday.",
                            "Tokyo protested."]


def test_numbered_readout_paragraphs_keep_their_speakers():
    text = ("1. Minister Park Jin-ho welcomed the Secretary's appointment.\n\n"
            "2. The two ministers agreed that the alliance remains the linchpin of peace.")
    got = rows(text)
    assert len(got) == 2 and got[1][0] == "quoted"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("President Yoon Suk Yeol ordered the National Security Council on Thursday to share its "
     "analysis with Washington, his office said.", "Yoon Suk Yeol"),
    ("Kwon also instructed ministry officials to prepare for talks with the North, the "
     "ministry said.", "Kwon"),
])
def test_an_order_with_its_object_and_to_is_the_one_who_gave_it(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Noting the North's evolving threats, the defense chiefs agreed that the combined posture "
     "must be sustained.", "the defense chiefs"),
    ("In the call, both sides concurred on the need to deepen their cooperation.", "both sides"),
])
def test_agreeing_that_and_concurring_on_report_their_content(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_subject_runs_back_over_a_participle_of_place():
    text = ("Park Min-ho has more.\n\n"
            "Report: The commander of the U.S. forces stationed on the Korean Peninsula says "
            "the alliance must evolve.\n\n"
            "The head of the troops based in Japan said the drills would go on.")
    got = rows(text)
    assert got[1][:2] == ("quoted",  # a script's Report: after the first paragraph: no speaker
                          "commander of the U.S. forces stationed on the Korean Peninsula")
    assert got[2][:2] == ("quoted", "head of the troops based in Japan")
