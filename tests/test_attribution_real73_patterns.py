"""Readings put right after the errors of a blind set of real coverage (real73, scored before
its errors were read): a feeling is no speaker (*But jitters about security have been
intensified by ...*, *Any hopes that Pyongyang might ... were dashed*), a title-case dateline
with a colon (*Pyongyang: North Korea issued a sharp warning*), and a subject's aside between
dashes before a speech act (*Oh Se-hoon — a member of the ruling party — raised the
possibility of ...*).

Every text here was written for this file in the styles of wire copy, Indian and Korean
English-language press and US newspapers; none is copied from an outlet. The expected values
were checked by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


@pytest.mark.parametrize("sentence", [
    "But jitters about security here have been intensified by the prospect of a new "
    "administration in Washington whose commitment to the alliance looks shaky.",
    "Any hopes that Pyongyang might freeze its arsenal were dashed by the collapse of the "
    "talks in 2019.",
])
def test_the_writer_narrates(sentence):
    assert one(sentence)[:2] == ("authorial", None)


def test_a_title_case_dateline_with_a_colon_is_no_part_of_the_subject():
    got = rows("Pyongyang: North Korea issued a sharp warning on Monday after the allies began "
               "their drills. The warning came from Kim Yo Jong, the leader's sister. In a "
               "statement carried by KCNA, she said the drills threatened regional security.")
    assert got[0][:3] == ("quoted", "North Korea", "North Korea")
    assert got[2][2] == "Kim Yo Jong"


@pytest.mark.parametrize("sentence", [
    "Seoul Mayor Oh Se-hoon — a prominent member of the ruling party — also raised the "
    "possibility of South Korea going nuclear.",
    "But in March, Seoul Mayor Oh Se-hoon — a member of the ruling party who is seen as a "
    "presidential hopeful — raised the possibility of South Korea going nuclear.",
])
def test_an_aside_between_dashes_leaves_the_subject_of_a_speech_act(sentence):
    assert one(sentence)[:2] == ("quoted", "Oh Se-hoon")
