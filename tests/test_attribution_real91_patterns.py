"""Voice patterns read off the errors of the blind set real91 (extended deterrence through the
upheavals of 2024-26), on sentences written for these tests in the styles of wire copy, the
Korean English-language press, KCNA as reported and CNN's rush transcripts (issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a source closing the report, then its own participle
    ("Denuclearisation is “a dead issue”, the KCNA added, calling the plan “a naive dream”.",
     "KCNA"),
    # an evaluative participle after a verb of reply
    ("North Korea has responded to the failed decree, likening it to a coup and accusing the "
     "president of running a dictatorship.", "North Korea"),
    # hinting at something, a statement congratulating someone, echoed sentiments
    ("Trump has hinted at the possibility of meeting Kim again.", "Trump"),
    ("Rubio issued a statement congratulating Lee on his victory.", "Rubio"),
    ("Daegu Mayor Hong Joon-pyo echoed similar sentiments.", "Hong Joon-pyo"),
    # a view held by many in a place
    ("Many in South Korea see him as a divisive figure.", "many in South Korea"),
    ("Some in Washington view the deal as a mistake.", "some in Washington"),
])
def test_real91_sources(sentence, speaker):
    assert rows(sentence) == [("quoted", speaker)]


@pytest.mark.parametrize("sentence", [
    "This action clearly conveyed displeasure from Washington over the situation.",
    "Trump is expected in South Korea on Wednesday for the summit.",
    "However, it is worth recalling that the current year is not 2018.",
])
def test_real91_writers_sentences(sentence):
    assert rows("The summit opened on Monday.\n\n" + sentence)[-1] == ("authorial", None)


def test_two_anchors_handing_over_are_turns():
    text = ("GOLODRYGA: Yes. The president accused the opposition of sympathizing with the "
            "North.\n\nASHER: Yes. We are looking at live pictures from outside parliament.\n\n"
            "Lawmakers voted to block the decree an hour ago.")
    assert [s for _, s in rows(text)] == ["Golodryga", "Golodryga", "Asher", "Asher", "Asher"]
    assert {v for v, _ in rows(text)} == {"speech"}


def test_a_dateline_and_a_place_label_are_no_anchors():
    text = ("SEOUL: The president said on Tuesday that we would act.\n\nWASHINGTON: Officials "
            "said they were watching.")
    assert "speech" not in {v for v, _ in rows(text)}


def test_a_speech_that_speaks_to_its_listener():
    text = ("I am glad that you came to Moscow last year. You told me then that our ties had "
            "never been stronger. I agree with you. We will build on your words. Our two "
            "countries stand together.")
    assert rows(text) == [("speech", None)] * 5


def test_a_column_that_speaks_to_its_reader_once_stays_the_writers():
    text = ("I have covered Korea for twenty years. You might think the alliance is safe. The "
            "record says otherwise. Seoul has doubts. Washington has its own.")
    assert "speech" not in {v for v, _ in rows(text)}


def test_single_quotation_marks_in_british_copy():
    text = ("'It is very unfair. We pay too much,' Trump told reporters.\n\n"
            "'South Korea is making a lot of money. They should be paying for their own "
            "military.'\n\nThe allies' plan drew fire. Biden 'canceled' the deal, the report said.")
    assert rows(text) == [("quoted", "Trump"), ("quoted", "Trump"), ("quoted", "Trump"),
                          ("quoted", "Trump"), ("authorial", None), ("quoted", "the report")]


def test_single_marks_inside_double_quotes_stay_inner():
    from analysis.corpus.quotes import quote_spans
    text = '"We reject the \'so-called\' pledge," he said.'
    assert quote_spans(text) == [(0, 35)]
    assert quote_spans("The allies' plan drew fire.") == []
    assert quote_spans("'We will act,' the ministry said.") == [(0, 14)]
