"""Voice patterns read off the errors of the blind set real94 (South Korea's nuclear debate and
nuclear-powered submarines, 2023-26), on texts written for these tests in the styles of Japan's
foreign ministry press conferences, wire copy, the Korean and Japanese English-language press
and Chinese commentary as reported (issue 13)."""

from __future__ import annotations

import pytest

from analysis.corpus.quoted_titles import without_title_marks
from analysis.corpus.speech_texts import opening_remarks
from tests.speaker_rows import rows

OPENING = (
    "Through my visit to Seoul since yesterday, I believe we made a good start. I affirmed that "
    "we will keep working closely with the ROK. It is in Japan's interest to do so. I intend "
    "to stay in close touch with my counterpart. That is all from me at the outset.\n\n"
    "Reporter: Having finished your visit, please share your thoughts with us.")

CUT_IN = (
    "Over the past sixty years, our two countries have built many ties. We hope these "
    "exchanges will grow. We will keep in close communication at all levels.\n\n"
    "That concludes my opening remarks.\n\n"
    "Asahi Shimbun, TANAKA: An official said Japan should have nuclear weapons. Could you "
    "please share your view on this remark?")


def test_an_excerpt_opening_inside_the_ministers_remarks_is_speech():
    got = rows(OPENING)
    assert [g[:2] for g in got] == [("speech", None)] * 5 + [("speech", "Reporter")]


def test_an_outlet_and_reporter_in_capitals_ask():
    got = rows(CUT_IN)
    assert [g[0] for g in got] == ["speech"] * 6
    assert [g[1] for g in got[4:]] == ["Asahi Shimbun, Tanaka"] * 2


def test_prose_before_a_question_is_no_opening_remarks():
    article = ("The ministry held a briefing on Monday. Officials said the talks would resume. "
               "The envoy arrived in Seoul on Sunday.\n\n"
               "Reporter: When will the talks resume?")
    assert [g[0] for g in rows(article)][:3] == ["authorial", "quoted", "authorial"]
    assert not opening_remarks(["The ministry held a briefing.", "Officials said so.",
                                "The envoy arrived."])
    assert opening_remarks(["I went to Seoul.", "We agreed.", "Ties matter.",
                            "That concludes my opening remarks."])


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The president had thus called for closer ties with the US, Shin concluded.", "Shin"),
    ("Many residents protested that the government was moving toward war.", "residents"),
    ("In the eyes of the outside world, the move breaks its non-nuclear pledge.",
     "the outside world"),
    ("Kim Yo Jong published a commentary on Friday mocking the South's missiles.",
     "Kim Yo Jong"),
    ("In addition to his speech, his sister, senior official Kim Yo Jong, published a "
     "commentary mocking the South's missiles.", "Kim Yo Jong"),
    ("Some hail the decision as a milestone, arguing that it strengthens deterrence.", "Some"),
])
def test_real94_sources(sentence, speaker):
    got = rows("The talks ended on Friday.\n\n" + sentence)[1]
    assert got[0] == "quoted"
    assert speaker in got[1]


def test_a_speech_going_on_is_no_event_ending():
    assert rows("The drills lasted a week, the war concluded.")[0][0] == "authorial"


def test_a_name_known_in_quotation_marks_is_no_one_s_words():
    text = ("The two sides have been coordinating on the issue, the source said.\n\n"
            "Last revised in 2015, the pact, known as the \"123 Agreement,\" bars Seoul from "
            "reprocessing and enrichment.")
    assert rows(text)[1][0] == "authorial"
    assert without_title_marks('the pact, known as the "123 Agreement," bars') == \
        "the pact, known as the  123 Agreement,  bars"
    assert without_title_marks('Kim called the drills "a rehearsal for war."') == \
        'Kim called the drills "a rehearsal for war."'
