"""*X cited Y saying ...*: the words are Y's, as with *cited Y as saying* (issue 13; sentences
written for this project in the styles of Chinese state media as reported and wire copy)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import last as _last


@pytest.mark.parametrize("text, speaker", [
    # was "Global Times", the relay
    ("The Global Times cited Japanese media reports saying the two navies would drill again "
     "in the spring.", "Japanese media reports"),
    # was "Yonhap"
    ("Yonhap cited a government source saying the group would meet in Washington next month.",
     "government source"),
])
def test_cited_source_saying_speaks(text, speaker):
    voice, found, _ = _last(text)
    assert voice == "quoted"
    assert found == speaker


def test_cited_reason_is_no_source():
    # a reason cited, not a source: the subject keeps the words
    text = "The ministry cited a shortage of fuel saying the drills were called off."
    assert _last(text)[:2] == ("quoted", "the ministry")
