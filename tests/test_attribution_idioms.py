"""Reporting verbs that report nothing: the writer's idioms (*It's worth noting*, *no way to
tell*), acts (*declared war*), adjectives of a count (*pledged delegates*), plural nouns after a
number or a kind (*four states*, *swing states*) and a web headline's exclamation rubric
(*WOW:*, *Revealed:*), which is no speaker label.

Every sentence here was written for this file in the style of wire copy and web headlines; none
is copied from an outlet. The expected values were checked by hand.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_rows import rows  # noqa: E402

AUTHORIAL = ("authorial", None, None)


def test_the_writers_idioms_of_saying_and_telling_are_authorial():
    text = ("It's worth noting that the allies have held such talks before. "
            "There is no way to tell whether Pyongyang will respond. "
            "It is too early to say what the group will decide first.")
    assert rows(text) == [AUTHORIAL] * 3


def test_declared_war_is_an_act_and_declared_that_still_reports():
    text = ("In 2013 the North declared war on the South in all but name, and it cut the "
            "military hotline. The North declared that the drills were a rehearsal for an "
            "invasion.")
    assert rows(text) == [AUTHORIAL, ("quoted", "North", "North Korea")]


def test_pledged_delegates_are_a_count_and_he_pledged_that_reports():
    text = ("Biden won all 24 pledged delegates in the state's primary on Tuesday. "
            "He pledged that the alliance would stand.")
    assert rows(text) == [AUTHORIAL, ("quoted", "Biden", "Joe Biden")]


def test_states_after_a_number_or_a_kind_of_state_is_the_plural_noun():
    text = ("Turnout in the four states that voted on Saturday was low. "
            "Yoon visited two of the swing states that make chips for Korean firms. "
            "Most Southern states that hold primaries in March have large military bases.")
    assert rows(text) == [AUTHORIAL] * 3


def test_an_exclamation_rubric_is_no_speaker_label():
    for rubric in ("WOW", "Revealed", "BOOM", "Just Leaked", "FIX IS IN"):
        text = f"{rubric}: Yoon Sings American Pie At State Dinner.\n\nHe sang on Wednesday."
        assert rows(text) == [AUTHORIAL, AUTHORIAL], rubric
    # A name before the colon is still the headline's speaker.
    text = "Yoon: Alliance Stronger Than Ever.\n\nYoon spoke in Washington on Thursday."
    assert rows(text)[0] == ("quoted", "Yoon", "Yoon Suk Yeol")
