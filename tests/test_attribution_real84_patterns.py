"""Voice patterns read off the errors of the blind set real84 (US Forces Korea and the
alliance's posture, 2024-26), on texts written for these tests in the styles of a broadcast
transcript, a leaders' meeting transcript and wire copy (issue 13)."""

from __future__ import annotations

from analysis.corpus.nominal_sources import nominal_source
from tests.speaker_rows import voice_speaker_rows as rows


def test_a_broadcast_excerpt_under_a_name_and_post_in_capitals_is_one_turn():
    text = ("[14:02:00]\n\n"
            "JANE ROE, CNN ANCHOR: Welcome back. The president meets his South Korean "
            "counterpart this hour.\n\n"
            "The talks are expected to cover tariffs and the troops on the peninsula.")
    got = rows(text)
    assert got[0] == ("stage", None)
    assert got[1:] == [("speech", "Jane Roe")] * 3


def test_an_article_naming_a_post_after_its_own_reporting_stays_an_article():
    text = ("The minister visited the border on Monday.\n\n"
            "JANE ROE, CNN ANCHOR: Welcome back.\n\n"
            "She then left for Seoul, where she met her counterpart for talks on the drills.")
    assert rows(text)[0] == ("authorial", None)


def test_one_turn_under_a_titled_mixed_case_label_is_speech():
    text = ("Note: [Video begins in progress]\n\n"
            "Prime Minister Kim Min-seok: [Via translator] It is an honour to welcome you to "
            "Gyeongju. Our alliance has never been stronger, and we look forward to working "
            "with you on trade and on security in the years ahead.")
    got = rows(text)
    assert got[0] == ("stage", None)
    assert {v for v, _ in got[1:]} == {"speech"}


def test_a_headline_with_a_titled_label_is_no_turn():
    text = ("Secretary Blinken: 'We stand with Korea'\n\n"
            "The secretary spoke in Seoul on Monday. He said the alliance was ironclad and "
            "would stay so for decades to come, officials said.")
    assert rows(text)[0] == ("authorial", None)


def test_a_promise_names_its_maker_only_after_a_verb_of_obtaining_or_holding():
    assert nominal_source("Seoul secured a US promise to send more strategic assets.") == "US"
    assert nominal_source("Brunson called USFK the physical manifestation of the U.S. "
                          "commitment to its ironclad alliance.") is None
    assert rows("Brunson called USFK the physical manifestation of the U.S. commitment to its "
                "ironclad alliance with South Korea.")[0] == ("quoted", "Brunson")


def test_a_quantity_with_a_relative_clause_is_the_group_that_speaks():
    (voice, who), = rows("Some who have served beside him even say \"he has no interest in "
                         "foreign policy.\"")
    assert voice == "quoted"
    assert "served beside him" in who
