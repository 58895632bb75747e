"""A kin noun capitalised inside a name is part of the name (``Choe Son Hui``), not a role that
cuts the name down to its last word; written in lower case it is still a role (``his son
Hunter``)."""

import pytest

from analysis.corpus import Document
from analysis.corpus.speakers import clean_name


@pytest.mark.parametrize("raw, name", [
    ("Foreign Minister Choe Son Hui", "Choe Son Hui"),
    ("Ri Son Gwon", "Ri Son Gwon"),
    ("Son Heung-min", "Son Heung-min"),
    ("the senator's son Adam Reyes", "Adam Reyes"),
    ("spokesperson Mao Ning", "Mao Ning"),
])
def test_clean_name_keeps_a_capitalised_kin_word(raw, name):
    assert clean_name(raw) == name


def test_a_north_korean_minister_named_with_son_is_the_speaker():
    text = "Foreign Minister Choe Son Hui said the drills rehearsed an invasion of the North."
    sentence = Document.from_text(text).sentences[0]
    assert (sentence.voice, sentence.speaker) == ("quoted", "Choe Son Hui")
