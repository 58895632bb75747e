"""Voice patterns read off the errors of the blind set real97 (the Nuclear Consultative Group
and US extended deterrence for South Korea, 2023-26: joint statements, readouts, event
transcripts and the news that reported them), on texts written for these tests in those styles
(issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import one, rows


def test_a_name_label_before_a_greeting_opens_an_events_transcript():
    text = ("Jane Park: Good morning. Thank you all for coming. Welcome to the institute. I am "
            "Jane Park, the director of the programme. We are delighted to host this "
            "conversation.")
    assert {g[:2] for g in rows(text)} == {("speech", "Jane Park")}


def test_a_headline_with_a_colon_before_an_article_is_no_turn():
    text = ("Yoon: Thank you, America\n\nSouth Korean President Yoon Suk Yeol thanked Congress "
            "on Thursday. He said the alliance was stronger than ever.\n\nThe speech drew "
            "applause from lawmakers.")
    assert rows(text)[1][0] == "authorial"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The three countries welcome the activation of a missile warning mechanism.",
     "the three countries"),
    ("The leaders reaffirm their commitment to the alliance.", "the leaders"),
    ("The two sides condemn the launch in the strongest terms.", "the two sides"),
    ("Earlier that day, Lee addressed parliament, urging lawmakers to approve the budget.",
     "Lee"),
    ("Troops will not train under that scenario, Lee added, citing Gen. Paul LaCamera, the "
     "commander.", "Paul LaCamera"),
])
def test_real97_sources(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "We urge the DPRK to abide by the Security Council resolutions.",
    "We reiterate that the violations are linked with the missile programme.",
    "The ministers met in Seoul to reaffirm their commitment.",
    "The move drew a warm welcome from Tokyo.",
    "Welcome to the institute.",
    "Today, the Secretary welcomed the President of the Republic of Korea (ROK) Yoon Suk Yeol to "
    "the Pentagon to reaffirm the commitment.",
    "The council suggested by the former ambassador is similar to a planning group.",
    "The statement came after the top diplomats met in Munich and reaffirmed their commitment.",
])
def test_real97_writers_sentences(sentence):
    assert one(sentence)[0] == "authorial"


def test_they_after_a_plural_post_with_its_country_is_that_group():
    text = ("The incumbent and former U.S. ambassadors to Korea have spoken out on the alliance. "
            "They described the situation on the peninsula as grave.")
    assert rows(text)[1][1] == "The incumbent and former U.S. ambassadors to Korea"


def test_we_closing_a_quotation_opened_before_is_the_quotations_speaker():
    text = ("Wang said: \u201cThe drills must stop.\n\nWe urge you not to pursue your own "
            "interests.\u201d")
    assert [g[1] for g in rows(text)] == ["Wang", "Wang"]


def test_urging_right_after_a_noun_gives_no_voice_to_that_noun():
    got = one("A group of parents sent a letter to the board urging them to reconsider.")
    assert got[1] != "the board"
