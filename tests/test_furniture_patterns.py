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


@pytest.mark.parametrize(("text", "masked"), [
    # the place stays as a name, the dash and region go: no "WASHINGTON" keyphrase in capitals
    ("WASHINGTON — South Korea's president sang at the state dinner.",
     "Washington.  South Korea's president sang at the state dinner."),
    ("Allies meet\nSEOUL, South Korea -- The allies met on Monday.",
     "Allies meet\nSeoul.                The allies met on Monday."),
    ("ST. LOUIS – A drug company raised its prices.",
     "St. Louis.  A drug company raised its prices."),

    # four letters or fewer may be an acronym: its capitals stay
    ("NATO — The alliance's chief said the drills would go ahead.",
     "NATO.  The alliance's chief said the drills would go ahead."),
])
def test_a_place_and_dash_dateline_keeps_its_place_as_a_name(text, masked):
    assert mask_news_furniture(text) == masked


@pytest.mark.parametrize("text", [
    "U.S.-KOREA talks — a new start for the allies",  # a single hyphen inside, no line start
    "The NCG — a new body — met on Monday.",  # not capitals before the dash
    "The allies met.\nKim — the leader — spoke.",
    # an acronym opening a later paragraph, a note's label
    "Allies meet\n\nThe allies met on Monday.\n\nUSFK -- the U.S. command said it was ready.",
    "The allies met.\nUSFK — the U.S. command said it was ready.",
    "EDITOR’S NOTE — This story is part of a series on the alliance.",
])
def test_dashes_that_are_no_dateline_are_kept(text):
    assert mask_news_furniture(text) == text


def test_the_dateline_place_is_no_capitalised_keyphrase():
    from analysis.metrics.keyphrases import extract_keyphrases

    text = ("WASHINGTON — South Korea's president surprised the guests at a White House state "
            "dinner on Wednesday by singing a few lines of an old American song.\n\n"
            "Biden, laughing, said he had no idea his guest could sing.\n\n"
            "The dinner capped a day in which the two leaders announced the Washington "
            "Declaration.")
    phrases = [p for p, _ in extract_keyphrases(text, 10)]
    assert "WASHINGTON" not in phrases and "Washington" in phrases
