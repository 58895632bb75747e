"""*dubbed* and *termed* name someone's words like *called* and *branded* (issue 13): with a
quotation after their object they report the subject's words; as a participle after a noun they
give a thing its name. Sentences written for this project in the styles of KCNA as reported and
wire copy."""

from __future__ import annotations

import pytest

from tests.speaker_rows import last as _last

Q, E = "\u201c", "\u201d"


@pytest.mark.parametrize("text, speaker", [
    (f"Pyongyang dubbed the carrier's port call {Q}a reckless show of force{E}.", "Pyongyang"),
    (f"Beijing termed the new group {Q}a relic of bloc politics{E} on Monday.", "Beijing"),
])
def test_naming_verb_with_quotation_reports(text, speaker):
    assert _last(text)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("text", [
    f"The navies held a drill dubbed {Q}Pacific Shield{E} off Jeju.",
    f"The plan, termed {Q}deterrence by denial{E}, has critics.",
])
def test_naming_participle_names_a_thing(text):
    assert _last(text)[0] == "authorial"
