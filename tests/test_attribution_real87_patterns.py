"""Voice patterns read off the errors of the blind set real87 (China and South Korea, 2024-26),
on sentences written for these tests in the styles of wire copy and the Korean English-language
press (issue 13)."""

from __future__ import annotations

import pytest

from analysis.corpus.source_phrases import vetoed
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("sentence", "raw", "veto"), [
    ("Beijing appears to be building more platforms in the disputed waters.", "Beijing", True),
    ("The North seems to protest the announcement ahead of the summit.", "The North", True),
    ("Seoul appears to believe that the talks will resume soon.", "Seoul", False),
    ("Beijing appears to signal that it wants a thaw.", "Beijing", False),
    # a person's appearing to act stays with the model (PolNeAR attributes such readings)
    ("The governor appeared to end his bid owing money to his staff.", "The governor", False),
])
def test_the_writers_reading_of_what_a_country_appears_to_do_is_no_source(sentence, raw, veto):
    assert vetoed(sentence, raw) is veto


def test_a_party_that_appears_to_act_is_the_writers_sentence():
    assert rows("Beijing appears to be building more platforms in the disputed waters.") == [
        ("authorial", None)]
