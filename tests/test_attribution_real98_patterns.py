"""Voice patterns read off the errors of the blind set real98 (the US-South Korea alliance as
China's and Russia's state media and officials covered it, 2023-25), on texts written for these
tests in the style of a Russian outlet's interview (issue 13)."""

from __future__ import annotations

from tests.speaker_rows import rows

INTERVIEW = ("– How do you assess the situation on the peninsula? Are the joint initiatives "
             "still relevant?\n\n"
             "– The situation is getting worse. The main reason is the allies' drills. Talks are "
             "at an impasse.")


def test_an_interview_whose_unnamed_turns_open_with_a_dash_is_speech():
    assert {g[:2] for g in rows(INTERVIEW)} == {("speech", None)}


def test_a_list_of_points_opened_by_dashes_stays_the_writers():
    text = ("The statement listed the steps.\n\n– The allies will expand their drills.\n\n"
            "– The group will meet twice a year.")
    assert {g[0] for g in rows(text)} == {"authorial"}


def test_derided_x_for_and_editorialized_report():
    assert rows("Intro.\n\nKulik derided the United States for forging alliances aimed at "
                "Russia.")[1][:2] == ("quoted", "Kulik")
    got = rows("Intro.\n\nOn Friday, the Global Times editorialized: \"The summit could be "
               "dangerous.\"")
    assert got[1][:2] == ("quoted", "Global Times")
