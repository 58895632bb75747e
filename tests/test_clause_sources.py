"""The main clause's source over a clause of time (:mod:`analysis.corpus.clause_sources`) and
how far back a pronoun source reaches (:mod:`analysis.corpus.pronoun_reach`).

Every sentence here was written for this file in the style of wire copy and Korean
English-language press; none is copied from an outlet. The expected values were checked by hand
against ``data/voices_README.md``.
"""

import pytest

from analysis.corpus.actor_linker import default_linker
from analysis.corpus.clause_sources import (
    cited_source,
    main_clause_source,
    relayed_inner_source,
    survey_source,
)
from analysis.corpus.pronoun_reach import first_person_named, nearest_person
from analysis.corpus.speakers import SpeakerTracker
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("outside", "raw", "expected"), [
    # a fronted clause of time: the main clause after its comma reports
    ("After the Japanese premier and his Australian counterpart pledged closer drills, the "
     "Russian foreign ministry cautioned the pair against                  .",
     "his Australian counterpart", "the Russian foreign ministry"),
    ("He lunched with the press corps, and when a journalist asked about Moscow's protest, he "
     "said,    ", "a journalist", "he"),
    # a trailing clause shorter than the main one: the sentence's subject
    ("Lee had raised the idea of a domestic deterrent in his first year in office after Kim "
     "announced an                     .", "Kim", "Lee"),
    # a trailing clause that holds the claim keeps its own source
    ("Choe spoke out after Secretary Blinken said the drills with Seoul and Tokyo would grow "
     "in size and scope next year.", "Secretary Blinken", "Secretary Blinken"),
    # "as" reports: no clause of time here
    ("As the minister noted, the drills will resume in May.", "the minister", "the minister"),
])
def test_main_clause_source(outside, raw, expected):
    assert main_clause_source(outside, raw, False) == expected


def test_the_ministry_that_warned_speaks_not_the_leaders_before_it():
    text = ("After the Japanese premier and his Australian counterpart pledged closer naval "
            "drills, the Russian foreign ministry cautioned the pair against \"stoking "
            "tension\".")
    voice, speaker = rows(text)[0]
    assert voice == "quoted"
    assert "foreign ministry" in speaker


@pytest.fixture()
def tracker():
    return SpeakerTracker(default_linker())


def test_first_person_named_skips_possessors_and_places(tracker):
    sentence = "TOKYO (AP) - Japan's prime minister Fumio Kishida's aide Mari Tanaka spoke."
    assert first_person_named(sentence, tracker) == "Mari Tanaka"
    assert first_person_named("South Korea and Japan met in Seoul.", tracker) is None


def test_nearest_person_reaches_past_narration_without_a_person(tracker):
    before = ["Senator Ann Holt on Monday vowed to block the arms sale.",
              "The vote is set for June.", "Seoul has objected.", "Tokyo said nothing."]
    assert nearest_person(before, tracker) == "Ann Holt"
    assert nearest_person(before[1:], tracker) is None


def test_a_he_four_sentences_after_his_name_is_his():
    text = ("President Lula on Monday flew to Brasilia to meet donors of the Amazon fund. He made "
            "the trip a day after hosting his Norwegian guest, hours after the two agreed a new "
            "forest pact. Under the pact, Norway will pay into the fund for ten more years. In "
            "return Brazil agreed to halve clearing by 2030. 'This fund is the best tool we have "
            "to keep the forest standing,' he said, using the name of the fund.")
    assert rows(text)[-1] == ("quoted", "Lula")


@pytest.mark.parametrize(("outside", "raw", "expected"), [
    ("The general said on Monday that the launch broke the truce, state media reported, "
     "according to the Herald.", "Herald", "The general"),
    # a bare closing according-to keeps its outlet
    ("the senator said, according to the Globe.", "Globe", "Globe"),
    # no reporting clause before the relay: the medium reports the event
    ("The carrier left Busan on Friday, Yonhap reported.", "Yonhap", "Yonhap"),
])
def test_relayed_inner_source(outside, raw, expected):
    assert relayed_inner_source(outside, raw, False) == expected


@pytest.mark.parametrize(("outside", "raw", "expected"), [
    ("The shell landed near the island, the broadcaster said, citing officials.",
     "the broadcaster", "officials"),
    ("A missile was fired, according to Arirang citing a statement from the Japanese military "
     "on Sunday.", "Arirang", "the Japanese military"),
    ("The drills began, according to the agency, as noted by Japan's navy.",
     "the agency", "Japan's navy"),
    # a reason is no source
    ("The test was delayed, the ministry said, citing poor weather.", "the ministry",
     "the ministry"),
])
def test_cited_source(outside, raw, expected):
    assert cited_source(outside, raw) == expected


@pytest.mark.parametrize(("outside", "raw", "expected"), [
    ("The survey of 900 adults, run by a Seoul pollster, found that 41 percent of respondents "
     "say the pact is enough.", "41 percent of respondents", "The survey"),
    ("According to a poll by the think tank, 60.4% of those asked said they back the plan.",
     "60.4% of those asked", "a poll"),
    # no survey named: the share stays
    ("Asked about the pact, 33 percent said it changes little.", "33 percent", "33 percent"),
    # a survey named after the share is another clause's
    ("Most analysts said the plan will last.", "Most analysts", "Most analysts"),
])
def test_survey_source(outside, raw, expected):
    assert survey_source(outside, raw) == expected
