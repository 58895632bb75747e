"""Voice patterns read off the errors of the blind set real85 (North Korea's nuclear programme,
sanctions and diplomacy, 2024-26), on texts written for these tests in the styles of a foreign
ministry's briefing record, wire copy, a UN meeting summary and the Korean English-language
press (issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import voice_speaker_rows as rows


def test_one_briefing_exchange_under_a_title_and_a_time_line_is_read_as_turns():
    text = ("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 3, 2025\n\n"
            "2025-03-03 17:10\n\n"
            "Kyodo News: The sanctions team released its first report last week. It says the "
            "North sent missiles abroad. What is China's comment?\n\n"
            "Lin Jian: We have noted the report. China's position on the Peninsula is consistent.")
    assert rows(text) == [("stage", None), ("stage", None)] + \
        [("speech", "Kyodo News")] * 3 + [("speech", "Lin Jian")] * 2


def test_an_article_opening_with_a_title_and_a_labelled_quote_is_no_briefing():
    text = ("Seoul weighs new sanctions\n\n"
            "2025-03-03 17:10\n\n"
            "Kyodo News: the ministry is studying the report, an official said on Monday.\n\n"
            "The ministry said it would decide next week.")
    assert "speech" not in {v for v, _ in rows(text)}


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The reply came after North Korea issued a statement on Sunday condemning the joint "
     "statement of the three ministers.", "North Korea"),
    ("The warning came a day after Pyongyang released a statement calling the drills a "
     "rehearsal for invasion.", "Pyongyang"),
    ("Moscow and Pyongyang both deny any trade in arms.", "Moscow and Pyongyang"),
    ("The prime minister referred to the North as a nuclear-armed state during the debate.",
     "prime minister"),
    ("The panel recommended steps to tighten the enforcement of the measures.", "panel"),
])
def test_the_issuer_and_the_subject_of_a_speech_act_speak(sentence, speaker):
    (voice, who), = rows(sentence)
    assert voice == "quoted"
    assert who is not None and who.endswith(speaker)


def test_according_to_her_assessment_is_hers():
    text = ("The new monitoring team is unlawful, ministry spokeswoman Anna Petrova said. "
            "According to her assessment, its founders act out of narrow interests.")
    assert rows(text) == [("quoted", "Anna Petrova")] * 2


@pytest.mark.parametrize("sentence", [
    "By its other terms, the draft would have requested the panel to submit a final report "
    "by March.",
    "Had the vote passed, the council would have urged all states to inspect the cargo.",
])
def test_a_counterfactual_act_is_nobodys_words(sentence):
    assert rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize("sentence", [
    "However, the new government's added \"reduction\" step carries a real risk of turning the "
    "talks into arms control.",
    "His remarks were seen as sketching a vision of lasting peace on the peninsula.",
    "Against that backdrop, Lee's offer seems a reluctant attempt to keep things from getting "
    "worse.",
])
def test_an_added_step_and_a_remark_as_it_is_seen_are_the_writers(sentence):
    assert rows(sentence) == [("authorial", None)]


def test_a_remark_seen_as_something_by_named_analysts_is_theirs():
    (voice, who), = rows("His remarks were widely seen as a warning to Seoul, analysts said.")
    assert (voice, who) == ("quoted", "analysts")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The panel, a UN body, said it was looking into the transfers.",
     [("quoted", "the panel")]),
    ("The team, which reports to the Security Council twice a year, recommended steps to "
     "tighten the measures.", [("quoted", "the team")]),
    ("The panel reported to the U.N. Security Council and carried the weight of a universal "
     "mandate.", [("authorial", None)]),
    ("The envoy reported to the council that the talks had failed.",
     [("quoted", "the envoy")]),
])
def test_a_panel_or_a_team_speaks_but_reporting_to_a_council_is_a_place(sentence, expected):
    assert rows(sentence) == expected


def test_reporting_to_a_board_with_its_content_after_it_is_a_report():
    # review rv85: only the end of the clause or a time may follow the body
    (voice, who), = rows("The inspectors reported to the board the reactor had resumed "
                         "operation.")
    assert (voice, who) == ("quoted", "the inspectors")


def test_a_briefing_exchange_under_a_time_line_ending_in_pm_is_read_as_turns():
    text = ("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference\n\n"
            "March 4, 2025, 3:00 p.m.\n\n"
            "Bloomberg: Will China attend the talks?\n\n"
            "Lin Jian: We will release information in due course.")
    assert rows(text) == [("stage", None), ("stage", None), ("speech", "Bloomberg"),
                          ("speech", "Lin Jian")]
