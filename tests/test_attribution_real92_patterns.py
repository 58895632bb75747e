"""Voice patterns read off the errors of the blind set real92 (the April 2023 state visit and
the Washington Declaration), on sentences written for these tests in the styles of wire copy,
the Korean English-language press and Russian statements as reported (issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import rows as full_rows
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The presidential office touted the outcomes of the summit.", "the presidential office"),
    # a name before an aside whose closing comma the copy lost
    ("Kim Yang-paeng, a senior researcher at the Korea Institute for Industrial Economics "
     "and Trade (KIET) said he had hoped the summit would help.", "Kim Yang-paeng"),
    ("Park Won-gon, a professor at Ewha Womans University said the pledge was new.",
     "Park Won-gon"),
])
def test_real92_sources(sentence, speaker):
    assert rows(sentence) == [("quoted", speaker)]


def test_welcoming_a_counterpart_is_hosting():
    assert rows("On Wednesday, Biden welcomed his South Korean counterpart, President Yoon, "
                "for a state visit.") == [("authorial", None)]
    assert rows("Biden welcomed the deal as a step forward.") == [("quoted", "Biden")]


def test_the_diplomat_after_a_foreign_ministry_spokesperson_is_her():
    text = ("On Friday, Russian Foreign Ministry spokesperson Maria Zakharova warned that the "
            "agreement would harm regional security.\n\n“We took note of the reports,” the "
            "Russian diplomat pointed out.\n\n“This is destabilizing,” she added.")
    got = full_rows(text)
    assert got[1][2] == "Maria Zakharova"
    assert got[2][1:] == ("Maria Zakharova", "Maria Zakharova")


def test_a_fronted_phrase_is_no_name_before_an_aside():
    assert rows("In February, a research vessel was blocked by coast guard ships, according to "
                "South Korean media reports.")[0][1] != "In February"
