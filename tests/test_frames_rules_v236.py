"""Guide 2.36, rule 172 (lexicon 2.36.0): two third powers' partnership, compounds joined by an
en dash or *Sino-*, and no learned reader's ``alliance`` for a partnership the rules gave a third
power; read off the errors of the blind set real98 (the alliance in Chinese and Russian state
media). Sentences written for these tests in the styles of Chinese and Russian state media and
of wire copy."""

from __future__ import annotations

import pytest

from analysis.metrics.frame_lexicon import denied_frames
from analysis.metrics.frames import frame_scores
from analysis.metrics.lexicon import BOUNDARY_RE
from tests.frame_rules import frames_of, story_frames


@pytest.mark.parametrize("sentence", [
    "Russian President Vladimir Putin and his Chinese counterpart Xi Jinping hailed a new era "
    "in bilateral relations on Thursday.",
    "Moscow and Beijing pledged to deepen their strategic partnership, the Kremlin said.",
    "Xi and Putin agreed that the two countries' ties were at their best in history.",
])
def test_two_third_powers_partnership_is_no_alliance(sentence):
    assert "alliance" not in frames_of(sentence)


def test_the_later_sentences_of_two_powers_story_stay_theirs_until_an_ally_is_named():
    assert story_frames(
        "Chinese President Xi Jinping received Russian President Vladimir Putin in Beijing.",
        "The two leaders agreed to deepen their comprehensive partnership.",
        "Meanwhile, the United States and South Korea reaffirmed their alliance.",
        "The two leaders also pledged closer ties.",
    ) == [set(), set(), {"alliance"}, {"alliance"}]


@pytest.mark.parametrize("sentence", [
    "Under Yoon, China–ROK relations hit rock bottom, the newspaper said.",
    "Under Yoon, South Korea–China relations hit rock bottom, the newspaper said.",
    "The envoy met the opposition leader to discuss the development of Sino-ROK relations.",
    "Sino-Korean ties have improved since the two leaders met in Gyeongju.",
])
def test_a_pair_joined_by_an_en_dash_or_sino_is_that_pair(sentence):
    assert "alliance" not in frames_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The US–ROK alliance is stronger than ever, the minister said.",
    "Seoul and Washington reaffirmed their alliance – the bedrock of peace – on Monday.",
    "South Korea and China agreed to deepen ties, while Seoul's alliance with Washington "
    "stays the cornerstone of its security.",
])
def test_the_allies_keep_their_alliance(sentence):
    assert "alliance" in frames_of(sentence)


def test_an_en_dash_is_a_dash_only_with_a_space_beside_it():
    assert not BOUNDARY_RE.search("–")  # China–ROK, 2023–24: one compound
    assert BOUNDARY_RE.search(" – ") and BOUNDARY_RE.search("— ")


def test_no_learned_reader_adds_alliance_to_a_third_powers_partnership():
    scores = frame_scores("Seoul and Beijing agreed to deepen their strategic cooperative "
                          "partnership.", use_model=False)
    assert denied_frames(scores) == {"alliance"}
    assert "alliance" not in frame_scores("Seoul and Beijing agreed to deepen their strategic "
                                          "cooperative partnership.")["frames"]
    own = frame_scores("Seoul and Washington agreed to deepen their alliance.", use_model=False)
    assert denied_frames(own) == set()


@pytest.mark.parametrize(("sentence", "frame"), [
    ("In 2017, North Korea declared that it had completed the development of strategic nuclear "
     "weapons.", "threat"),
    ("North Korea claimed that its nuclear forces could strike the US mainland.", "threat"),
])
def test_that_and_a_pronoun_keep_the_norths_clause(sentence, frame):
    assert frame in frames_of(sentence) and "deterrence" not in frames_of(sentence)


def test_a_thing_in_the_norths_reported_clause_is_not_its_own():
    assert "deterrence" in frames_of(
        "North Korea warned that the American nuclear weapons would not deter it.")


@pytest.mark.parametrize("sentence", [
    "North Korea again launched balloons presumed to be carrying trash across the border.",
    "Dozens of balloons believed to be carrying garbage fell on Seoul overnight.",
    "Balloons suspected of carrying trash were spotted over Gyeonggi Province.",
])
def test_lexicon_2361_balloons_presumed_to_carry_trash_are_the_norths(sentence):
    assert frame_scores(sentence, use_model=False)["frames"] == {"threat"}


@pytest.mark.parametrize("sentence,expected", [
    # lexicon 2.36.2 (real103): lines of communication with the North are engagement with it
    ("\"We have said many times that the lines of communication with the DPRK remain open,\" "
     "the press secretary said.", {"diplomacy"}),
    ("The envoy said channels of communication with Pyongyang had been silent for a year.",
     {"diplomacy"}),
    # with no counterpart, the military's supply routes: no frame
    ("The coast guard protects the sea lines of communication across the Pacific.", set()),
    # Chairman Kim is the North's leader as counterpart of a meeting
    ("President Trump said he would like to meet with Chairman Kim within this year.",
     {"diplomacy"}),
])
def test_lines_of_communication_and_chairman_kim(sentence, expected):
    assert frames_of(sentence) == expected
