"""Findings of a poll, survey or report a document has named are the poll's
(:mod:`analysis.corpus.poll_findings`). Sentences written for these tests in the style of the
Korean English-language press and of wire copy about polls."""

import pytest

from analysis.corpus.poll_findings import (
    _POLL_RE,
    _SHARE_RE,
    may_hold_share,
    may_name_poll,
    poll_named,
)
from tests.speaker_rows import voice_speaker_rows

SURVEY = "Hankook Research released a survey on defence attitudes on Tuesday.\n\n"


def _after_survey(text: str) -> list[tuple[str, str | None]]:
    """``(voice, speaker)`` of the sentences of ``text`` read after a sentence naming a
    survey."""
    return voice_speaker_rows(SURVEY + text)[1:]


@pytest.mark.parametrize("text", [
    "Approximately 58.2% expressed scepticism that the United States would not defend Seoul "
    "in a war.",
    "More than half, 51%, answered that they backed a domestic arsenal, while 9% answered "
    "\"not sure.\"",
    "In addition, 47.3% of the respondents answered that they had never heard of the group.",
    "As for the reason for opposing an arsenal, 39% of experts cited \"the cost of sanctions.\"",
])
def test_a_share_that_answers_is_the_named_polls_finding(text):
    assert _after_survey(text) == [("quoted", "a survey")]


@pytest.mark.parametrize("text", [
    "68% of respondents who back an arsenal describe themselves as moderate.",
    "\" Cost to the economy \" was the third most common answer at 18 percent.",
])
def test_a_writers_sentence_with_a_polls_measure_is_its_finding(text):
    assert _after_survey(text) == [("quoted", "a survey")]


def test_a_share_opening_a_clause_right_after_a_finding_continues_it():
    text = ("68% of respondents who back an arsenal describe themselves as moderate.\n\n"
            "Among those who oppose it, 41% were progressive and 33% were moderate.")
    assert _after_survey(text) == [("quoted", "a survey"), ("quoted", "a survey")]


def test_the_poll_as_last_named_and_not_a_past_one():
    text = ("The poll, commissioned by a Seoul think tank, was published on Monday.\n\n"
            "Nearly 40% answered that the alliance was weakening, up from 31% in the previous "
            "survey.")
    assert _after_survey(text) == [("authorial", None), ("quoted", "The poll")]


@pytest.mark.parametrize("text,speaker", [
    ("According to the report, 29 percent of people answered \"agree\" to the statement.",
     "the report"),
    ("According to the results of a survey on nuclear attitudes released by the Asan "
     "Institute on Monday, 64.1% of participants responded that the country should arm.",
     "a survey"),
    ("In the survey, responses on whether Washington would come to Seoul's defence split "
     "between \"yes\" (50.2%) and \"no\" (49.8%).", "the survey"),
])
def test_a_poll_the_sentence_names_before_its_share_speaks(text, speaker):
    assert voice_speaker_rows(text) == [("quoted", speaker)]


@pytest.mark.parametrize("text", [
    "Exports fell 5% in April.",
    "Washington imposed a 26 percent tariff on steel last year.",
])
def test_a_percentage_in_ordinary_news_is_no_finding(text):
    assert _after_survey(text) == [("authorial", None)]


def test_no_finding_before_a_poll_is_named():
    text = "68% of respondents who back an arsenal describe themselves as moderate."
    assert voice_speaker_rows(text) == [("authorial", None)]


def test_with_no_poll_named_the_shares_noun_speaks():
    text = "Approximately 61% of South Koreans answered that the country should build its own."
    assert voice_speaker_rows(text) == [("quoted", "South Koreans")]


def test_a_share_that_said_keeps_its_words():
    assert _after_survey("Some 63 percent said the plan was too costly.") == [
        ("quoted", "63 percent")]


@pytest.mark.parametrize("text,named", [
    ("A recent survey conducted by Gallup Korea shows", "A recent survey"),
    ("The \"Korea Defence Options Report\" polled 900 experts", "The Korea Defence Options Report"),
    ("up from 31% in last year’s poll", None),
    ("76.6% of the survey responded", None),
    ("ahead of the publication of the ministry report", "the ministry report"),
])
def test_a_poll_named_in_a_text(text, named):
    assert poll_named(text) == named


@pytest.mark.parametrize("text,speaker", [
    ("Only 44 percent of registered voters agreed that the minister is \"fit enough to stay in "
     "office.\"", "Only 44 percent of registered voters"),
    ("Just 39 percent agreed that the minister is \"fit enough to stay in office.\"",
     "Just 39 percent"),
])
def test_a_quantifier_left_of_a_share_that_agreed_runs_on_to_the_share(text, speaker):
    assert _after_survey(text) == [("quoted", speaker)]


GATE_SENTENCES = [
    "Some 62 percent backed the plan, the survey found.",
    "Turnout rose 4.5% from the last election.",
    "Six in ten voters said they were undecided.",
    "One out of 10 respondents skipped the question.",
    "More than half of the delegates walked out.",
    "A majority of lawmakers voted for the bill.",
    "Twenty-three per cent of adults agreed.",
    "The ministry often issues a report on Fridays.",
    "According to the study, the talks stalled.",
    "Gallup Korea's latest poll showed little change.",
    "The reporters waited outside the polling station.",
    "He was written off after the tension of the summit.",
    "The minister spoke to reporters in Seoul on Tuesday.",
    "The surveyor studied the site and the recent tenure of the centre.",
    "Her ten-point plan was withdrawn; the Centre for Policy Studies disagreed.",
]


@pytest.mark.parametrize("text", GATE_SENTENCES)
def test_the_share_gate_passes_every_sentence_the_share_pattern_matches(text):
    assert may_hold_share(text) or _SHARE_RE.search(text) is None


@pytest.mark.parametrize("text", GATE_SENTENCES)
def test_the_poll_gate_passes_every_sentence_naming_a_poll(text):
    assert may_name_poll(text) or _POLL_RE.search(text) is None


def test_the_gates_turn_away_sentences_without_a_share_or_a_poll():
    plain = "The minister spoke to reporters in Seoul on Tuesday."
    assert not may_hold_share(plain)
    assert not may_name_poll(plain)
    assert poll_named(plain) is None
