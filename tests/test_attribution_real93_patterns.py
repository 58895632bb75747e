"""Voice patterns read off the errors of the blind set real93 (North Korea's launches of 2023 and
the allies' answer), on texts written for these tests in the style of Japan's foreign ministry
press conferences as its English pages print them (issue 13)."""

from __future__ import annotations

import re

import pytest

from analysis.corpus.interviews import DIALOGUE_RE, asks, label_speaker
from analysis.corpus.label_names import label_full_name
from tests.speaker_rows import rows

MINISTER = (
    "Reporter: North Korea fired what may be a ballistic missile this morning. Please tell us "
    "the facts and how the Government is responding.\n\n"
    "Mr. TANAKA Hiroshi, Minister for Foreign Affairs: This morning North Korea carried out a "
    "launch using ballistic missile technology. We held a meeting of the relevant ministers "
    "soon after.\n\n"
    "Reporter: Will you speak with your American counterpart?\n\n"
    "Minister Tanaka: A telephone meeting is being arranged. I intend to confirm our close "
    "cooperation.")

SECRETARY = (
    "NHK, Sato: I would like to ask about the launch last night. What is the Government's "
    "analysis of the North's intentions.\n\n"
    "Ms. SUZUKI Akiko, Press Secretary: We are gathering and analysing information. I would "
    "like to refrain from speculating about its intentions.\n\n"
    "In any case, such launches are unacceptable.")


def test_a_foreign_ministry_press_conference_is_read_by_turns():
    got = rows(MINISTER)
    assert [g[0] for g in got] == ["speech"] * 7
    assert [g[1] for g in got] == ["Reporter"] * 2 + ["Mr. Tanaka Hiroshi"] * 2 + [
        "Reporter"] + ["Minister Tanaka"] * 2
    # the minister's two labels come to one actor, the reporter's to none
    assert {g[2] for g in got[2:4] + got[5:]} == {"Tanaka Hiroshi"}
    assert got[0][2] is None


def test_an_outlet_and_reporter_ask_the_press_secretary():
    got = rows(SECRETARY)
    assert [g[:2] for g in got] == [("speech", "NHK, Sato")] * 2 + [
        ("speech", "Ms. Suzuki Akiko")] * 3
    assert got[2][2] == "Suzuki Akiko"


def test_the_official_label_and_its_speaker():
    m = DIALOGUE_RE.match("Mr. TANAKA Hiroshi, Minister for Foreign Affairs: Today ...")
    assert (m.group("name"), m.group("post")) == ("TANAKA Hiroshi",
                                                 ", Minister for Foreign Affairs")
    assert label_speaker(m) == "Mr. Tanaka Hiroshi"
    # a post after a name in mixed case is no label: an article's "Victor Cha, CSIS:"
    assert DIALOGUE_RE.match("Victor Cha, CSIS: The alliance ...") is None
    assert label_speaker(DIALOGUE_RE.match("Victor Cha: Good afternoon.")) == "Victor Cha"


@pytest.mark.parametrize(("text", "expected"), [
    ("Please tell us the Government's response.", True),
    ("I would like to ask about the satellite.", True),
    ("Could you explain the timing?", True),
    ("Will Japan protest", False),
    ("The launch was condemned by the three allies.", False),
])
def test_a_request_asks(text, expected):
    assert asks(text) is expected


def test_a_titled_family_name_takes_the_given_name_in_japanese_order():
    text = "Mr. TANAKA Hiroshi, Minister for Foreign Affairs: Today.\n\nMinister Tanaka: Yes."
    assert label_full_name(text, "Minister Tanaka") == "Tanaka Hiroshi"
    # not after a word in capitals that is no title: a header "REMARKS BY PRESIDENT BIDEN And ..."
    assert label_full_name("REMARKS BY PRESIDENT BIDEN And More", "President Biden") != \
        "Biden And"
    assert re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", label_full_name(text, "Minister Tanaka"))


@pytest.mark.parametrize("sentence", [
    # a report in a clause of time after a main clause of an event: the writer's narration
    "The Security Council met after North Korea said it had tested a new solid-fuel missile.",
    "The announcement came hours after the North claimed to have put a satellite in orbit.",
    "It came a day after the foreign minister threatened tougher military steps.",
    "The launch triggered evacuation alerts in Hokkaido, until officials confirmed that the "
    "missile had fallen into the sea.",
    # pictures show; nobody speaks
    "Photos released in the party newspaper showed Kim watching the launch, known to analysts "
    "as a \"game changer,\" take off from a field.",
    # a query about reports: no subject of *reports*
    "The spokesperson made the remarks when answering a question about reports that the allies "
    "will hold drills next week.",
])
def test_real93_writer_sentences(sentence):
    assert rows("The drills ended on Friday.\n\n" + sentence)[1][0] == "authorial"


def test_a_report_of_the_main_clause_stays_before_an_after_clause():
    got = rows("Seoul said it would respond after North Korea said it had tested a missile.")
    assert got[0][:2] == ("quoted", "Seoul")


def test_a_report_read_back_by_it_still_speaks():
    # review rv95: "It suggests" with no "that" is no mark of the writer's reading
    got = rows("The institute released its report on Monday. It suggests that the North has "
               "more warheads.")
    assert got[1][:2] == ("quoted", "its report")
    got = rows("The institute released its report on Monday. It suggests the North has doubled "
               "its arsenal.")
    assert got[1][0] == "quoted"


@pytest.mark.parametrize(("sentence", "speaker", "actor"), [
    # the source closing the report before its own participle is the sentence's source
    ("North Korea tested its newest missile on Wednesday, state media reported, saying the "
     "weapon anchors its deterrent.", "North Korea's state media", "KCNA"),
    ("The North fired the missile again on Thursday, according to state media, calling it a "
     "warning to its enemies.", "North Korea's state media", "KCNA"),
    # a spaced hyphen sets off an aside like a dash
    ("Kim Yo Jong - the sister of leader Kim Jong Un - said the drills were a rehearsal for "
     "war.", "Kim Yo Jong", "Kim Yo Jong"),
    ("Kim Yo Jong - the sister of leader Kim Jong Un - released a statement warning against "
     "the drills.", "Kim Yo Jong", "Kim Yo Jong"),
])
def test_real93_sources(sentence, speaker, actor):
    assert rows(sentence) == [("quoted", speaker, actor)]
