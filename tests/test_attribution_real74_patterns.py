"""Readings put right after the errors of a blind set of real coverage (real74, scored before
its errors were read): *characterized it as “...”* inside a relay's report, a text announced
by name (*announced an agreement called “...”*, *announced the new “Defense Vision ...”*),
a speech act without content followed by what it said (*made the remarks, underscoring that
...*), *voiced a need to*, the writer's reading of a text's *language*, and *as mentioned by
the ministry*.

Every text here was written for this file in the styles of wire copy, Korean English-language
press and government releases; none is copied from an outlet. The expected values were checked
by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one


@pytest.mark.parametrize("sentence, speaker", [
    ("Pyongyang rejected the drills as defensive and characterized them as “a rehearsal for "
     "invasion,” the state-run Korean Central News Agency said Tuesday.", "Pyongyang"),
    ("Vincent Brooks, a former commander, made the remarks, underscoring that extended "
     "deterrence is meant to prevent nuclear use.", "Vincent Brooks"),
    ("Some lawmakers have voiced a need to bring U.S. tactical weapons back to the peninsula.",
     "lawmakers"),
    ("This includes closer combined training with U.S. forces, as mentioned by the ministry.",
     "the ministry"),
    ("The ministry announced the new “Defense Vision,” saying it would guide the alliance.",
     "the ministry"),
])
def test_the_source_speaks(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1].endswith(speaker)


@pytest.mark.parametrize("sentence", [
    "The two leaders announced an agreement called the “Washington Joint Declaration,” which "
    "focuses on deterrence.",
    "The defense chiefs also announced the new “Defense Vision of the Alliance,” upgraded for "
    "the first time in four years.",
    "However, the language suggests that Seoul must invest more while Washington provides the "
    "nuclear umbrella.",
    "The talks were characterized by mistrust.",
])
def test_the_writer_narrates(sentence):
    assert one(sentence)[:2] == ("authorial", None)
