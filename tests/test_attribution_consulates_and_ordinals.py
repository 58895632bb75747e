"""Readings of three patterns of Korean and wire coverage: a consulate general placed in a city
speaks for its country, one of a group counted by an ordinal with its article (*A second said*,
*The third added*) is a source while the writer's enumeration (*Second, ...*) is not, and a
question closed by a name with its apposition (*“...?” Cheon Seong-whun, a former official,
said.*) is one sentence.

Every text here was written for this file in the styles of wire copy and Korean English-language
press; none is copied from an outlet. The expected values were checked by hand against
``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


@pytest.mark.parametrize("sentence, actor", [
    ("The Chinese consulate general in Busan said in a statement that the visit would raise "
     "tensions.", "China"),
    ("The U.S. Consulate General in Osaka said it was monitoring the situation.",
     "United States"),
    ("The Russian consulate said the ship had docked without incident.", "Russia"),
])
def test_a_consulate_speaks_for_its_country(sentence, actor):
    got = one(sentence)
    assert got[0] == "quoted" and got[2] == actor


def test_one_of_a_group_counted_by_an_ordinal_speaks():
    got = rows("Two officials spoke on condition of anonymity. One said the talks went well. A "
               "second said the plan was delayed. The third added that Seoul had not been told.")
    assert [g[0] for g in got] == ["authorial", "quoted", "quoted", "quoted"]
    assert got[2][1] == "second" and got[3][1] == "the third"


@pytest.mark.parametrize("sentence", [
    "Second, the allies agreed to expand the exercises next year.",
    "Third, the plan said nothing about the submarines.",
])
def test_the_writers_enumeration_is_no_source(sentence):
    assert one(sentence)[:2] == ("authorial", None)


def test_a_question_closed_by_a_name_and_its_apposition_is_one_sentence():
    got = rows("Critics doubt the group will matter. “Is this enough?” Cheon Seong-whun, a former "
               "presidential secretary for national security strategy, said on Monday. The "
               "ministry declined to comment.")
    assert len(got) == 3
    assert got[1][:2] == ("quoted", "Cheon Seong-whun")
    assert got[2][0] == "authorial"


def test_an_apposed_name_without_a_speech_verb_after_a_question_opens_its_own_sentence():
    got = rows("“Why now?” Kim Jong Un, the leader, was not asked. Lee, a lawmaker, said it was "
               "late.")
    assert len(got) == 3 and got[2][:2] == ("quoted", "Lee")
