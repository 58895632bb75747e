"""A report in a relative clause whose subject is the gap (*a step officials said would ...*,
*which critics said could ...*) leaves the sentence the writer's when its reported words hold
less than half of it (:mod:`analysis.corpus.gap_reports`). All texts are invented."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.corpus.gap_reports import gap_source


def rows(text):
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


@pytest.mark.parametrize("text", [
    "The allies agreed on Friday to share missile warning data in real time, a step officials "
    "said would help them track launches from the North.",
    "SEOUL (Wire) - Tokyo and Seoul resumed their shuttle diplomacy on Sunday, a move analysts "
    "say could ease a decade of friction.",
    "The North has not yet responded to the drills, which critics said could raise tensions.",
    "The drills, which officials say will run for two weeks, began on Monday near the border.",
    "Kim Jong Un, who officials believe is in his early forties, did not attend the parade.",
])
def test_gapped_report_on_the_writers_noun_is_authorial(text):
    assert rows(text) == [("authorial", None, None)]


@pytest.mark.parametrize("text, speaker", [
    # the reported words are most of the sentence: the clause's source speaks
    ("The summit ended with a plan, which officials said would bring the navies of the three "
     "countries together for drills near the peninsula every single year.", "officials"),
    # an ordinary report, no gap after the verb
    ("In a statement, the ministry said it would respond to any provocation.", "the ministry"),
    ("Officials said the pact would deter North Korea.", "officials"),
    # the main clause reports on its own
    ("Park told reporters the plan, which aides said would cost little, was ready.", "Park"),
])
def test_report_that_is_the_sentences_keeps_its_source(text, speaker):
    assert rows(text)[0][:2] == ("quoted", speaker)


def test_reduced_relative_source_is_the_bare_noun_not_the_head():
    assert gap_source("a step officials") == (7, "officials")
    assert gap_source("a move U.S. officials") == (7, "U.S. officials")
    assert gap_source("a senior official") is None
    assert gap_source("the ministry") is None


def test_reduced_relative_whose_report_is_most_of_the_sentence_names_the_bare_source():
    text = ("It was a step officials said would deter the North, reassure Seoul and calm the "
            "debate over a bomb of its own.")
    voice, speaker, _ = rows(text)[0]
    assert speaker != "step officials"
    assert voice == "authorial" or speaker == "officials"
