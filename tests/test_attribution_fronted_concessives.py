"""A view held inside a fronted concessive clause (*Although experts believe ...*, *Though
officials hope ...*) is not the sentence's belief (``analysis.corpus.beliefs``): the main clause
after the comma is the writer's (from the blind set real81, where the holder read *Although
experts*).

Every text here was written for this file in the style of wire copy; none is copied from an
outlet. The expected values were checked by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one


@pytest.mark.parametrize("sentence", [
    "Though officials hope the talks will resume, no date has been set for them.",
    "Although diplomats expect a deal this year, the two sides remain far apart on sanctions.",
])
def test_a_view_in_a_fronted_concessive_is_no_source(sentence):
    got = one(sentence)
    assert got[0] == "authorial"


@pytest.mark.parametrize("sentence, speaker", [
    ("Officials hope the talks will resume before the summer.", "officials"),
    ("Diplomats expect a deal on sanctions this year.", "diplomats"),
])
def test_a_view_held_by_the_subject_stays_reported(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1] == speaker
