"""Guide 2.30, rule 161 (lexicon 2.30.0): the allies named by their officials or bodies alone
end the pair's story (rule 159), so the allies' troops after it are theirs again. Sentences
written for these tests in the styles of wire copy and the Korean English-language press."""

from __future__ import annotations

import pytest

from analysis.metrics.frame_context import allied_names_re
from analysis.metrics.frame_lexicon import load_frame_lexicon
from tests.frame_rules import story_frames as _story

OPENING = "Russia and North Korea have deepened their military cooperation since 2023."



@pytest.mark.parametrize("sentence", [
    "The Pentagon said the troops would stay on the peninsula.",
    "Secretary of State Marco Rubio said the troops would stay on the peninsula.",
    "Lee Jae-myung told reporters that the troops would stay on the peninsula.",
    "USFK said the troops would stay on the peninsula.",
    "The JCS said the troops would stay on the peninsula.",
])
def test_an_allied_official_or_body_ends_the_pairs_story(sentence):
    assert _story(OPENING, sentence) == [set(), {"deterrence"}]


def test_without_an_allied_name_the_story_goes_on():
    # the control: the same troops in the pair's story are the North's (rule 159)
    assert _story(OPENING, "Officials said the troops would stay near the border.") == [
        set(), {"threat"}]


def test_the_story_stays_ended_after_the_allied_name():
    frames = _story(OPENING, "The White House declined to comment on Thursday.",
                    "The troops will stay on the peninsula, officials said.")
    assert frames[2] == {"deterrence"}


@pytest.mark.parametrize("text, found", [
    ("Rubio met Cho in Washington.", "Rubio"),  # the first name found
    ("The Washington Post said so.", "Washington"),  # a whole word; the ally is named anyway
    ("Pentagonal shapes were drawn.", None),
    ("A non-JCS body met.", None),
    ("Leeds hosted the forum.", None),
])
def test_allied_names_are_whole_words(text, found):
    m = allied_names_re(load_frame_lexicon()).search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("text, expected", [
    # rule 162: a third power's own exercise is no frame, the North's is threat
    ("China and Russia held joint naval drills in the Sea of Japan last week.", set()),
    ("Russian and Chinese bombers conducted a joint patrol over the East Sea on Friday.", set()),
    ("The Chinese military held drills in the Yellow Sea.", set()),
    ("Russia began its annual firing exercises in the Pacific.", set()),
    ("North Korea held large-scale artillery drills near the border.", {"threat"}),
    # the holder is the nearest party of the clause; an event held between ends the object
    ("North Korea held a rally denouncing the drills.", {"deterrence"}),
    ("China held talks on the drills with Seoul.", {"deterrence"}),
])
def test_who_holds_the_drill(text, expected):
    assert _story(text) == [expected]


@pytest.mark.parametrize("text", [
    "China urged the US and South Korea to stop holding drills.",
    "Seoul and Washington held their largest drills in years as North Korea watched.",
])
def test_the_allies_drills_stay_theirs_beside_a_third_power_or_the_north(text):
    frames = _story(text)[0]
    assert "deterrence" in frames and "threat" not in frames


@pytest.mark.parametrize("text, expected", [
    # rule 163: the trilateral meeting is an event; the partnership's own words keep alliance
    ("The defense ministers of three countries convened for a trilateral meeting in Singapore "
     "on Sunday.", set()),
    ("Ahead of the trilateral meeting, the three ministers agreed to deepen trilateral security "
     "cooperation.", {"alliance"}),
])
def test_the_trilateral_meeting_is_an_event(text, expected):
    assert _story(text) == [expected]


@pytest.mark.parametrize("sentence", [
    # review rv84: an allied name that is not the subject leaves the pair's story going on
    "KCNA accused the Pentagon of spreading lies about the two countries' ties.",
    "Lavrov, who spoke by phone with Rubio, said the talks were useful.",
    "Kim told the Chinese envoy that the White House had no say in the matter.",
    "Russia's presidential office said the two countries' ties were strong.",
])
def test_an_allied_name_in_the_object_does_not_end_the_story(sentence):
    frames = _story(OPENING, sentence, "The troops will train near the border, officials said.")
    assert "alliance" not in frames[1] and frames[2] == {"threat"}


def test_an_allied_subject_after_a_fronted_phrase_ends_the_story():
    assert _story(OPENING, "On Monday, the Pentagon said the troops would stay on the "
                           "peninsula.") == [set(), {"deterrence"}]
