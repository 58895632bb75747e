"""A quotation whose opening mark the copy lost, and reporting verbs in the present tense of
commentary (``maintains that``, ``points out that``). Sentences written for these tests in the
style of wire copy and op-eds about the Washington Declaration."""

import pytest

from analysis.corpus.quote_marks import missing_opening, pair_marks
from tests.speaker_rows import voice_speaker_rows

LOST = "The allies' drills have reached the most dangerous phase yet,” said the KCNA on Friday."


def test_a_first_closing_mark_after_a_stop_closes_a_quotation_from_the_paragraph_start():
    end = LOST.index("”") + 1
    assert pair_marks(LOST, 0, len(LOST)) == [(0, end)]
    assert missing_opening(LOST, 0, end - 1, len(LOST))
    assert not missing_opening(LOST[:end], 0, end - 1, end)  # ends its paragraph: a run-on


@pytest.mark.parametrize("text", [
    "He stood 6”.",  # too few words before the mark
    "The so-called ”hostile policy” was named again.",  # the mark opens, after a space
    "Seoul’s plan was announced on Monday and drew praise.",  # an apostrophe, no mark
])
def test_no_lost_opening_without_a_stop_and_words_before_the_mark(text):
    spans = pair_marks(text, 0, len(text))
    assert all(s > 0 for s, _ in spans)


def test_the_lost_quotation_is_the_inverted_sources():
    text = "The drills began on Monday.\n\n" + LOST + \
        "\n\n“Any spark will bring catastrophe,” it added."
    assert voice_speaker_rows(text) == [
        ("authorial", None), ("quoted", "KCNA"), ("quoted", "KCNA")]


@pytest.mark.parametrize("text,speaker", [
    ("Cha maintains that the consultative group will outlast any one administration.", "Cha"),
    ("The paper points out that Washington has not learned the lessons of the war.",
     "the paper"),
    ("Kim observes that allies rarely trust a promise alone.", "Kim"),
    ("The report concludes that the group has made deterrence more credible.", "the report"),
])
def test_present_tense_commentary_verbs_report_before_that(text, speaker):
    assert voice_speaker_rows(text) == [("quoted", speaker)]


@pytest.mark.parametrize("text", [
    "Seoul has maintained sanctions on the North since 2010.",
    "The drill concludes the allies' summer exercises.",
    "The report points to a rise in missile launches.",
])
def test_the_same_verbs_without_that_are_the_writers_narration(text):
    assert voice_speaker_rows(text) == [("authorial", None)]
