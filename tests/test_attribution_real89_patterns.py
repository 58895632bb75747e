"""Voice patterns read off the errors of the blind set real89 (the declaration and what followed
it, as covered outside the two allies, 2023-24), on sentences written for these tests in the
styles of wire copy, the international press and KCNA as reported (issue 13)."""

from __future__ import annotations

import pytest

from analysis.corpus.nominal_sources import promise_giver
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a promise obtained from someone: the giver's words
    ("Yoon also received assurance from Biden that a nuclear attack on the South would end "
     "the regime.", "Biden"),
    ("The US has also got a pledge from Seoul to honour its commitment not to build the bomb.",
     "Seoul"),
    # a finding of polls after a fronted phrase
    ("Complicating matters, polls indicate that 70 percent of South Koreans want nuclear "
     "weapons of their own.", "polls"),
    # quoted as criticizing, not only as saying
    ("The state news agency quoted the Defense Ministry as criticizing the reckless move by the "
     "allied militaries.", "Defense Ministry"),
    # a stance noun after a possessive name
    ("Foreign Minister Sergei Lavrov expressed Russia's apprehensions about the new guidelines.",
     "Sergei Lavrov"),
])
def test_real89_sources(sentence, speaker):
    assert rows(sentence) == [("quoted", speaker)]


@pytest.mark.parametrize(("sentence", "giver"), [
    ("Yoon received assurance from Biden that the alliance would hold.", "Biden"),
    ("Tokyo won a pledge from Washington to share missile data.", "Washington"),
    ("Seoul secured a US promise to send more assets.", None),  # the model's reading, not this
    ("The plan drew support from Congress last year.", None),
])
def test_promise_giver(sentence, giver):
    assert promise_giver(sentence) == giver


def test_police_finding_a_car_and_a_map_indicating_a_route_are_no_reports():
    assert rows("The map indicates the route the convoy took.") == [("authorial", None)]


def test_a_view_perceived_and_a_statement_that_read():
    assert rows("Moscow perceives this alliance as a potential destabilizing factor in the "
                "region.") == [("quoted", "Moscow")]
    text = ("North Korea condemned the drills on Friday.\n\n“The drills express the will of the "
            "three countries to defend freedom.”, read the statement.")
    assert rows(text)[-1] == ("quoted", "the statement")


def test_the_last_of_two_joined_names_is_no_antecedent_alone():
    assert rows("The senator drew fire from Jeb Bush and Chris Christie, who say the freshman "
                "senator does not have the experience needed to be president.")[0][1] != \
        "Chris Christie"
