"""One definition of news furniture for the sentence table and the keyphrase text: the date
lines, taglines and contributor credits of :mod:`analysis.corpus.furniture_lines` are the
ones :mod:`analysis.metrics.news_furniture` blanks. All texts are invented, in the styles of
AP and Yonhap copy and of the Korea Herald's and the Korea JoongAng Daily's page furniture."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.metrics.news_furniture import mask_news_furniture


def _last_voice(line: str) -> str:
    text = f"Allies agree on planning group\n\nThe allies agreed on a planning group.\n\n{line}"
    return Document.from_text(text, "d").sentences[-1].voice


@pytest.mark.parametrize("line", [
    "Wednesday, April 26, 2023",  # a weekday before the date
    "Published : Apr 28, 2023 - 15:01",  # the Korean press's time stamp
    "2023.04.27 10:21",
    "Lee Jun-ho reported from the Demilitarized Zone.",
])
def test_date_lines_and_taglines_are_stage_lines(line):
    assert _last_voice(line) == "stage"


def test_a_body_sentence_about_a_contribution_to_a_report_is_no_credit():
    assert _last_voice("Experts said China contributed to the report's findings.") == "quoted"


@pytest.mark.parametrize("line", [
    "Kim reported from Seoul.",
    "2 May, 2023",
    "Commentary by Victor D. Cha and Ellen Kim",
    "Yonhap's correspondent in Washington contributed to this report.",
])
def test_keyphrase_text_blanks_the_same_furniture_lines(line):
    assert mask_news_furniture(line).strip() == ""


def test_a_credit_with_places_inside_is_blanked_whole():
    text = ("The group meets in June. Associated Press writers Kim Tong-hyung in Seoul and Mari "
            "Yamaguchi in Tokyo contributed to this report.")
    masked = mask_news_furniture(text)
    assert len(masked) == len(text)
    assert masked.startswith("The group meets in June. .") and masked.rstrip().endswith(".")
    assert "Kim" not in masked and "Seoul" not in masked


@pytest.mark.parametrize("line", [
    "Park Min-soo reported from Seoul that the talks had stalled, the ministry said.",
    "Experts said China contributed to the report from Beijing.",
])
def test_sentences_that_only_resemble_a_tagline_or_credit_are_kept(line):
    assert mask_news_furniture(line) == line


@pytest.mark.parametrize(("text", "blanked"), [
    ("Talks resume on Friday. Yonhap's Kim Soo-jin contributed reporting from Panmunjom.",
     "Kim Soo-jin"),
    ("Talks resume on Friday. Reuters reporter Lee Ji-won contributed to this story.",
     "Lee Ji-won"),
    ("Talks resume on Friday. Experts said Japan contributed funds to the fund.", ""),
])
def test_a_credit_is_looked_for_only_where_its_words_stand(text, blanked):
    # the credit needs "contributed reporting" or "contributed to this": the cue tested first
    masked = mask_news_furniture(text)
    assert len(masked) == len(text) and masked.startswith("Talks resume on Friday.")
    assert (blanked not in masked) if blanked else masked == text
