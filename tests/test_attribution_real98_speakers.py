"""Speakers read off real98's remaining errors (China's and Russia's state media and the wire
copy that reports their officials, issue 13): a reaction met *by* its source, and a *he* that
reports in a relative clause after the main clause's named subject. Texts written for these
tests in those styles."""

from __future__ import annotations

import pytest

from analysis.corpus.reactions import reaction_source
from tests.speaker_rows import one, rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The deployment was greeted with concern by Beijing's special envoy for the peninsula.",
     "Beijing's special envoy"),
    ("The new drills were met with sharp criticism by Russia's foreign ministry.",
     "Russia's foreign ministry"),
])
def test_a_reaction_met_by_its_source_is_the_sources(sentence, speaker):
    voice, found, _ = one(sentence)
    assert voice == "quoted" and found.startswith(speaker)


@pytest.mark.parametrize("sentence", [
    "The plan drew criticism by ignoring the allies' concerns.",
    "The crowd greeted the envoy with cheers in Pyongyang.",
])
def test_a_gerund_after_by_or_a_greeting_without_a_reaction_noun_names_no_source(sentence):
    assert reaction_source(sentence) is None


def test_a_he_in_a_relative_clause_is_the_main_clauses_named_subject():
    text = ("US President Joe Biden praised the trilateral summit on Friday.\n\n"
            "On Monday, Chinese foreign ministry spokesman Mao Xiaoguang lashed out at the "
            "meeting, which he said had “stirred up bloc confrontation” in the region.")
    assert rows(text)[1][:2] == ("quoted", "Mao Xiaoguang")

