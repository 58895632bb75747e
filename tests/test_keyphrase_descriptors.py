"""A lower-case hyphenated descriptor before a name of two or more capitalised words is no part
of the name (:func:`analysis.metrics.keyphrase_person_starts.descriptor_name_starts`)."""

from __future__ import annotations

import pytest

from analysis.metrics.keyphrases import extract_keyphrases

from .candidate_keys import keys


@pytest.mark.parametrize(("text", "name", "not_a_candidate"), [
    ("The nuclear-powered Ronald Reagan and its strike group arrived in Busan on Thursday.",
     "ronald reagan", "nuclear-powered ronald reagan"),
    ("Officials in Seoul said a nuclear-armed North Korea would never be accepted.",
     "north korea", "nuclear-armed north korea"),
    ("The state-run Korean Central News Agency carried the statement on Friday.",
     "korean central new agency", "state-run korean central new agency"),  # stemmed keys
])
def test_the_name_after_a_hyphenated_descriptor_is_a_candidate_of_its_own(text, name,
                                                                          not_a_candidate):
    found = keys(text)
    assert name in found
    assert not_a_candidate not in found


@pytest.mark.parametrize(("text", "kept"), [
    # a lower-case word that is no hyphenated descriptor stays with its noun
    ("The ballistic missile submarine docked in Busan as the allies met.",
     "ballistic missile submarine"),
    # one capitalised word is no name of two words: the phrase stays as written
    ("North Korean state media KCNA called the drills a rehearsal for invasion.", "kcna"),
])
def test_other_phrases_are_read_as_before(text, kept):
    assert kept in keys(text)


def test_a_reader_sees_the_ship_not_its_descriptor():
    text = ("A U.S. aircraft carrier arrived in Busan on Friday. The nuclear-powered Ronald "
            "Reagan and its strike group docked for a five-day visit. North Korea called the "
            "visit a provocation. The Ronald Reagan last visited Busan in 2022.")
    phrases = [p for p, _ in extract_keyphrases(text, 10)]
    assert "Ronald Reagan" in phrases
    assert not any("nuclear-powered Ronald" in p for p in phrases)
