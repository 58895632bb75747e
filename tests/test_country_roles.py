"""A role noun with a country stands for the person the text ties to that country, else it
keeps its own words (:func:`analysis.corpus.role_referents.unresolved_role`). All texts are
invented."""

from __future__ import annotations

from analysis.corpus import Document
from analysis.corpus.role_referents import unresolved_role


def rows(text):
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


def test_role_with_a_country_tied_to_a_named_person_is_that_person():
    text = ("Japanese Ambassador Koichi Mori and Foreign Minister Park Jin met on Monday. "
            "\"We will keep talking,\" the Japanese ambassador said.")
    assert rows(text)[1] == ("quoted", "the Japanese ambassador", "Koichi Mori")


def test_role_with_a_country_tied_to_nobody_keeps_its_words():
    text = ("Koichi Mori and Park Jin spoke by phone on Monday. Park Jin said the talks "
            "went well. \"We will keep talking,\" the Japanese envoy said.")
    assert rows(text)[2] == ("quoted", "the Japanese envoy", "the Japanese envoy")


def test_role_without_a_country_still_takes_the_last_speaker():
    text = ("Park Jin said on Monday that the talks went well. \"We will meet again,\" the "
            "minister said.")
    assert rows(text)[1][2] == "Park Jin"


def test_unresolved_role_is_written_in_lower_case():
    assert unresolved_role(" The US envoy") == "the US envoy"
    assert unresolved_role("Pyongyang's top diplomat") is None
