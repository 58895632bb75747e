"""Patterns of real coverage read wrong before, in the styles of a blind set of 30 passages
(wire copy, Korean English-language press, KCNA as reported, commentary, State and Defense
Department readouts): *Unless X ..., he added* (the pronoun is the speaker before), a
*that*-relative whose verb a modal follows (*a declaration that Seoul just announced may not be
enough ..., according to experts*), a speaker placed in the text it speaks through (*Robert
Gallucci in his article in The National Interest warned*), *This concern risks ...* (no
source), *He was referring to ...* (the writer's gloss), a readout's *The Secretary and Foreign
Minister* (each title its person) and *North Korean media* (KCNA).

Every text here was written for this file in those styles; none is copied from an outlet. The
expected values were checked by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


def test_unless_opens_a_clause_and_the_pronoun_after_it_is_the_speaker_before():
    got = rows("Cheong called the pact \"a short-term pain relief.\" Unless Seoul finds a lasting "
               "answer, he added, the question will keep coming back.\n\n"
               "The hope that one party can win every election is not realistic, he said.")
    assert [r[1] for r in got] == ["Cheong", "Cheong", "Cheong"]


@pytest.mark.parametrize("sentence, source", [
    ("A declaration that Washington and Seoul just announced may not be enough to calm the "
     "South's worries, according to experts.", "experts"),
    ("The plan that the two leaders signed will not reassure voters, analysts said.",
     "analysts"),
])
def test_a_that_relative_before_a_modal_reports_nothing(sentence, source):
    assert one(sentence)[:2] == ("quoted", source)


@pytest.mark.parametrize("sentence, speaker", [
    ("Robert Gallucci in his Jan. 11 article in The National Interest warned of a nuclear war.",
     "Robert Gallucci"),
    ("Kim Yo Jong in a statement carried by KCNA warned of \"consequences.\"", "Kim Yo Jong"),
    ("Victor Cha in an op-ed for The Washington Post argued that the group was overdue.",
     "Victor Cha"),
])
def test_the_text_a_speaker_speaks_through_is_no_speaker(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "This concern risks causing tension in the alliance at a time when the allies must work "
    "together.",
    "He was referring to the ability of the US military to repel attacks on its allies.",
])
def test_the_writers_sentences(sentence):
    assert rows("Yoon said the umbrella was solid. " + sentence)[1] == ("authorial", None, None)


def test_a_readouts_joint_titles_are_their_persons():
    got = rows("Secretary of State Marco Rubio met with Republic of Korea Foreign Minister Cho "
               "Hyun today in Washington. The Secretary and Foreign Minister underscored the "
               "strength of the alliance. They expressed support for extended deterrence.")
    assert got[1] == ("quoted", "Marco Rubio and Cho Hyun", "Marco Rubio and Cho Hyun")
    assert got[2][2] == "Marco Rubio and Cho Hyun"


def test_two_names_joined_keep_their_own_surface():
    got = one("President Biden and President Yoon said the group would meet in June.")
    assert got[:2] == ("quoted", "Biden and Yoon")


def test_north_korean_media_are_kcna():
    got = one("North Korean media reported that Kim Jong Un visited the shipyard.")
    assert got[2] == "KCNA"

