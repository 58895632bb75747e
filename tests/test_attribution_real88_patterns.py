"""Voice patterns of the session that collected the blind set real88 (the declaration and its
first months, 2023), on sentences written for these tests in the styles of wire copy and the
Korean English-language press (issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The panel, responsible for monitoring sanctions on North Korea, said the North had evaded "
     "the measures through ship-to-ship transfers.", "the panel"),
    ("The committee, tasked with reviewing the base relocation, said the cost would rise.",
     "the committee"),
    ("The commission, set up by the defence ministry in March, said the transfer could take "
     "years.", "the commission"),
])
def test_an_adjective_or_participle_aside_leaves_the_subject_before_it(sentence, speaker):
    assert rows(sentence) == [("quoted", speaker)]
