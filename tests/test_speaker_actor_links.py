"""Actors of speakers as the labelling rules of ``data/voices_README.md`` link them: an
unnamed official or body of a listed country named with it is the country
(:mod:`analysis.corpus.actor_linker`), and a bare or partial name is the person the document
names in full (:mod:`analysis.corpus.speaker_actors`).

Every phrase and sentence here was written for this file in the style of wire copy and Korean
English-language press; none is copied from an outlet.
"""

import pytest

from analysis.corpus.actor_linker import default_linker


@pytest.mark.parametrize(("speaker", "actor"), [
    ("senior US official", "United States"),
    ("a senior U.S. official", "United States"),
    ("South Korean foreign ministry official", "South Korea"),
    ("Japanese government source", "Japan"),
    ("Japanese Coast Guard", "Japan"),
    ("Japan’s coastguard", "Japan"),
    ("North Korean official", "North Korea"),
    # a former official speaks for no country; an official of no listed country stays
    ("one former U.S. official", "one former U.S. official"),
    ("former South Korean officials", "former South Korean officials"),
    ("senior administration official", "senior administration official"),
])
def test_an_unnamed_official_or_body_of_a_listed_country_is_the_country(speaker, actor):
    assert default_linker().link(speaker) == actor
