"""Readings of patterns found in coverage of Russia-North Korea military cooperation and of South
Korea's nuclear options (the blind sets real77 and real78): the Korean family name *An* after a
title, the sender of a letter before its participle, *an announcement from X*, a verb's object
after a relative clause, *disclosed the information*, dates as *on the 14th*, a theme's title in
quotation marks, a broadcast's bracketed name and post alone on its line, and an office's *of*
before a name; and, from real79 and real80, *concur that* and a text released by several
parties.

Every text here was written for this file in the styles of Korean English-language press, wire
copy and a Korean broadcaster's transcript; none is copied from an outlet. The expected values
were checked by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


def test_the_family_name_an_after_a_title_is_a_name():
    got = rows('In an interview with KBS on the 8th, Minister An said, "The submarine is no '
               'longer a dream." He added, "It will change the balance on the peninsula."')
    assert [g[:2] for g in got] == [("quoted", "An"), ("quoted", "An")]


def test_an_article_before_a_noun_stays_an_article():
    got = one("An official said the plan was on schedule.")
    assert got[0] == "quoted" and got[1] == "official"


@pytest.mark.parametrize("sentence, speaker", [
    ("Four senators were reported to have sent a letter on January 30 to President Donald Trump "
     "stating that the deal would undermine nonproliferation.", "Four senators"),
    ("The senators sent a letter to President Donald Trump saying the plan was dangerous.",
     "the senators"),
])
def test_the_sender_of_a_letter_speaks_not_its_addressee(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1] == speaker


def test_an_announcement_from_a_body_gives_the_body():
    got = one("Lavrov met Kim in Wonsan, according to an announcement from the Russian Foreign "
              "Ministry on Saturday.")
    assert got[0] == "quoted" and got[2] == "Russia"


def test_the_object_of_a_relative_clause_is_no_inverted_subject():
    got = one("The South Korean government, which had denounced the dispatch of troops by "
              "Pyongyang before the confirmation, condemned the deployment on Monday, calling it "
              "an “admission of a criminal act.”")
    assert got[0] == "quoted" and got[2] == "South Korea"


def test_an_inverted_subject_after_a_quotation_still_speaks():
    got = one('"We only want a window into it," said one of the officials, who spoke on '
              'condition of anonymity.')
    assert got[0] == "quoted" and got[1].endswith("officials")


@pytest.mark.parametrize("sentence", [
    "In a briefing on Friday, John Kirby, the White House spokesman, disclosed the information "
    "along with imagery of a cargo ship.",
    "The forum was held under the theme “The Situation on the Korean Peninsula and the "
    "Alliance.”",
])
def test_the_writer_narrates(sentence):
    assert one(sentence)[:2] == ("authorial", None)


def test_disclosed_that_still_reports():
    got = one("The ministry disclosed that the talks had failed.")
    assert got[:2] == ("quoted", "the ministry")


@pytest.mark.parametrize("sentence, speaker", [
    ("Yoon on the 14th said that the United States had approved the plan.", "Yoon"),
    ("The fact sheet released by the White House on the 14th stated that Washington had "
     "approved the plan.", "the White House"),
])
def test_a_day_of_the_month_before_the_verb_is_no_subject(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1].endswith(speaker.removeprefix("the "))


def test_a_bracketed_name_and_post_alone_on_its_line_opens_a_turn():
    got = rows("[Lee Sung-kwon / ruling party secretary of the Intelligence Committee]\n\nToday "
               "the committee dealt with the budget. So I'll first explain the questions.\n\nIt "
               "has two main points.")
    assert got[0][0] == "stage"
    assert [g[:2] for g in got[1:]] == [("speech", "Lee Sung-kwon")] * 3


def test_an_offices_of_before_the_name_keeps_the_name():
    got = one("U.S. Chief of Naval Operations Adm. Daryl Caudle met reporters in Seoul and said "
              "the submarines would help deter China.")
    assert got[0] == "quoted" and got[2] == "Daryl Caudle"


@pytest.mark.parametrize("sentence, speaker", [
    ("The ministers concurred that the alliance is stronger than ever.", "the ministers"),
    ("Both sides concur that the drills will go ahead.", "Both sides"),
])
def test_concur_that_reports(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1] == speaker


def test_concur_with_names_no_words():
    assert one("Experts concur with the view in private.")[:2] == ("authorial", None)


def test_a_text_released_by_several_parties_is_no_single_party():
    got = one("The joint statement released by Washington, Seoul, and Tokyo on Monday strongly "
              "condemned the new partnership.")
    assert got[0] == "quoted" and "statement" in got[1] and got[2] != "Japan"
