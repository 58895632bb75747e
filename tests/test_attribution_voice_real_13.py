"""Voice classes of real coverage: sources that name an event, texts released as a whole,
descriptions of what a body is for (the writer's), and views held under a passive or after an
opening phrase, and a poll's share of respondents (someone's). Sentences written for these
tests in the styles of wire copy, explainers and the Korean English-language press."""

import pytest

from analysis.corpus.event_sources import names_an_event, source_head
from analysis.corpus.function_descriptions import describes_a_function
from analysis.corpus.view_holders import poll_share, view_holder
from tests.speaker_rows import quote_rows


@pytest.mark.parametrize("raw,head,event", [
    ("The launch of three cruise missiles", "launch", True),
    ("the destroyer’s arrival", "arrival", True),
    ("Discussions", "discussions", True),
    ("Attempts to account for the shift", "attempts", True),
    ("The creation of the joint panel", "creation", True),
    ("the Friday release", "release", False),  # a text that speaks
    ("the defense ministry", "ministry", False),
    ("Kim Yo Jong", "jong", False),
])
def test_the_head_of_a_source_names_an_event_or_not(raw, head, event):
    assert source_head(raw) == head
    assert names_an_event(raw) is event


@pytest.mark.parametrize("text", [
    "The launch of three cruise missiles seems to be Pyongyang's answer to the naval drills.",
    "The destroyer’s arrival comes after a month of rising tension along the border, during "
    "which the North fired artillery near the islands.",
    "Talks also touched on cyber defence, space cooperation and joint training schedules.",
    "The creation of the joint panel was disclosed at last month's summit in Tokyo.",
])
def test_a_sentence_whose_source_would_be_an_event_stays_the_writers(text):
    assert [row[1] for row in quote_rows(text)] == ["authorial"]


@pytest.mark.parametrize("text", [
    "Seoul and Tokyo issued the Busan Statement on Friday, which announced the launch of a new "
    "maritime hotline to support the so-called \"crisis channel.\"",
    "The premier announced an accord with Canberra on Monday that will give the navy access "
    "to two more ports.",
    "Earlier, the minister personally announced the fact sheet listing the deals struck in "
    "three rounds of talks.",
    "At the time, the two leaders adopted the Ottawa Declaration and a joint statement, agreeing "
    "to expand the deployment of patrol aircraft in the region.",
])
def test_a_text_released_as_a_whole_is_an_act(text):
    assert [row[1] for row in quote_rows(text)] == ["authorial"]


@pytest.mark.parametrize("text", [
    "The ministry announced an agreement to buy forty new jets.",
    "The ministry announced an agreement for closer checks on exports.",
])
def test_an_announced_agreement_to_act_still_reports(text):
    assert quote_rows(text) == [("indirect", "quoted", "the ministry")]


@pytest.mark.parametrize("text,expected", [
    ("The council serves as a standing forum for defence planners from both capitals.", True),
    ("The panel focuses on joint planning and on sharing radar data in real time.", True),
    ("The forum is intended to give Tokyo a larger say in allied missile defence.", True),
    ("The body consists of vice-ministers and senior officers from each side.", True),
    ("Officials say the body is tasked with drafting the new plans.", False),
    ("The plan is aimed at curbing the North's drone incursions.", False),
])
def test_a_description_of_what_a_body_is_for(text, expected):
    assert describes_a_function(text) is expected


@pytest.mark.parametrize("text", [
    "The council serves as a standing forum for defence planners from both capitals, with "
    "working groups on missiles, cyber and space.",
    "The forum is intended to give Tokyo a larger say in how allied missile defence is run and "
    "to reassure it that the shield will be used if needed.",
])
def test_a_description_of_a_bodys_purpose_stays_the_writers(text):
    assert [row[1] for row in quote_rows(text)] == ["authorial"]


@pytest.mark.parametrize("text,holder", [
    ("Joint air drills staged by the two navies are viewed by Pyongyang as a rehearsal for "
     "an invasion.", "Pyongyang"),
    ("The new hotline was widely seen by Tokyo as a modest gain.", "Tokyo"),
    ("Despite the protests, Prime Minister Kishida views the pact as a first step toward a "
     "wider security framework.", "Prime Minister Kishida"),
    ("The drills are seen as a warning.", None),  # no holder
    ("In Seoul, the plan is seen as a success.", None),
])
def test_a_view_under_a_passive_or_after_an_opener(text, holder):
    assert view_holder(text) == holder


@pytest.mark.parametrize("text,share", [
    ("In contrast, 38.5 percent of the respondents voiced confidence in the alliance.",
     "38.5 percent of the respondents"),
    ("Meanwhile, 62% of those polled backed a nuclear program of their own.",
     "62% of those polled"),
    ("About 60 percent of voters turned out in the city.", None),  # no poll's word
    ("The rate fell to 53 percent from 60 percent.", None),
])
def test_a_polls_share_of_respondents(text, share):
    assert poll_share(text) == share


@pytest.mark.parametrize("text,speaker", [
    ("Despite the protests, Prime Minister Kishida views the pact as a first step toward a "
     "wider security framework.", "Kishida"),
    ("Joint air drills staged by the two navies are viewed by Pyongyang as a rehearsal for "
     "an invasion.", "Pyongyang"),
    ("In contrast, 38.5 percent of the respondents voiced confidence in the alliance.",
     "respondents"),  # the speaker column keeps the resolved surface form
])
def test_a_held_view_or_a_polls_answer_is_someones(text, speaker):
    (row,) = quote_rows(text)
    assert row[:2] == ("indirect", "quoted")
    assert speaker in row[2]
