"""Review rv95 of the rules of real93-95: probes written for the review (no outlet's text), each
a place where a first version of a rule overreached; the mended rule must hold here."""

from __future__ import annotations

import pytest

from analysis.corpus.sentences import lower_case_text
from analysis.metrics.frame_context import document_frame_scores
from tests.frame_rules import frames_of
from tests.speaker_rows import rows

LAUNCH = "North Korea fired a Hwasong-18 ICBM on Wednesday."


def _frames(*texts: str) -> list[set[str]]:
    return [r["frames"] for r in document_frame_scores(texts, use_model=False)]


def test_a_missile_in_a_condition_or_the_allies_interceptor_is_no_reference():
    assert "threat" in _frames(LAUNCH, "Analysts believe the missile could fly far.")[1]
    assert "threat" not in _frames(LAUNCH, "If the missile were ever aimed at Guam, the allies "
                                           "would respond.")[1]
    assert "threat" not in _frames(LAUNCH, "South Korea's L-SAM battery stood by, but the "
                                           "interceptor missile was never fired.")[1]
    assert "threat" not in _frames(LAUNCH, "Seoul showed off its Hyunmoo-5 on Thursday.",
                                   "The missile carries an eight-ton warhead.")[2]


@pytest.mark.parametrize("sentence", [
    "Competition among memory-chip makers is becoming increasingly severe.",
    "Marathon organisers faced a tough security environment after a stabbing.",
])
def test_severe_words_need_the_security_environment(sentence):
    assert "threat" not in frames_of(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kim Jong Un said the drills were a rehearsal for war, state media reported, adding that "
     "the army was ready.", ("quoted", "Kim Jong Un")),
    ("In the eyes of the law, the two Koreas are still at war.", ("authorial", None)),
    ("After eleven days of live-fire training, Freedom Shield concluded.", ("authorial", None)),
    ("Despite the sanctions, they continued.", ("authorial", None)),
    ("Hundreds of students protested that afternoon outside the embassy.", ("authorial", None)),
])
def test_the_mended_voice_rules(sentence, expected):
    assert rows("The talks ended on Friday.\n\n" + sentence)[1][:2] == expected


@pytest.mark.parametrize("text", [
    "Good morning, readers. I have covered Korea for years. I believe we must act. Our leaders "
    "agree. I will write more.",
    "Thanks to the Washington Declaration, Seoul now has a voice. I think it matters. We should "
    "build on it. Our allies agree.",
    "We welcomed the group when it was created. Now Japan joins us in sharing warning data. Our "
    "region is safer. We should build on this. Um Ji-hoon, a summit aide, agreed.",
])
def test_a_column_in_the_first_person_is_no_speech(text):
    assert "speech" not in {g[0] for g in rows(text)}


def test_abbreviations_and_a_quoted_post_make_no_lower_case_text():
    assert not lower_case_text("The drills used tanks, drones etc. and artillery. The units "
                               "incl. two brigades. It took approx. one hour.")
    assert not lower_case_text('The JCS said the North fired again. A user wrote: "the north '
                               'fired again today. this is the fifth time. enough is enough."')


def test_an_interview_introduction_in_the_first_person_is_no_opening_remarks():
    text = ("I met the general in his office last week. I asked him about the drills. We spoke "
            "for an hour.\n\nQ: Will the drills go ahead?\n\nA: Yes, they will.")
    assert rows(text)[0][0] != "speech"
