"""Announced question-and-answer interviews and mixed-case name-label dialogues are read as
speaker turns (:mod:`analysis.corpus.interviews`); explainers and roundups stay the writer's.
All texts are invented."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.corpus.interviews import interviewee
from analysis.corpus.sentences import iter_sentences
from analysis.corpus.transcripts import is_transcript, label_end

INTERVIEW = (
    "The following is an edited transcript of the interview with Gen. Paul LaCamera.\n\n"
    "Q. How do you see the threat from the North this year?\n\n"
    "A. The threat is real and growing. We are ready to fight tonight.\n\n"
    "Q. Will the submarine come back?\n\n"
    "A. I will not discuss future deployments. But the commitment is ironclad.")


def rows(text):
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


@pytest.mark.parametrize("form", [". ", ": ", ") ", ".\n", ":\n", "\n"])
def test_announced_interview_questions_are_q_and_answers_the_interviewee(form):
    text = INTERVIEW.replace("Q. ", "Q" + form).replace("A. ", "A" + form)
    assert is_transcript(text, list(iter_sentences(text)))
    assert rows(text) == [
        ("authorial", None, None),
        ("speech", "Q", None),
        ("speech", "Paul LaCamera", "Paul LaCamera"),
        ("speech", "Paul LaCamera", "Paul LaCamera"),
        ("speech", "Q", None),
        ("speech", "Paul LaCamera", "Paul LaCamera"),
        ("speech", "Paul LaCamera", "Paul LaCamera")]


def test_an_interview_naming_no_one_person_answers_as_a():
    text = INTERVIEW.replace("the interview with Gen. Paul LaCamera",
                             "an interview with two senior officials")
    assert [(v, sp) for v, sp, _ in rows(text)][1:4] == [
        ("speech", "Q"), ("speech", "A"), ("speech", "A")]


@pytest.mark.parametrize("intro, name", [
    ("Seoul -- The Herald sat down with U.S. Forces Korea Commander Gen. Paul LaCamera at "
     "Camp Humphreys to talk about the Washington Declaration.", "Paul LaCamera"),
    ("By Park Min-ji\n\nVictor Cha, a senior fellow at the Center for Strategic and "
     "International Studies, spoke with this newspaper last week.", "Victor Cha"),
    ("Q&A with Ambassador Philip Goldberg", "Philip Goldberg"),
    ("Q&A with Minister Jane Doe\n\nMinister Jane Doe flew to Busan on Friday, where she "
     "spoke with our reporter John Roe about what Bill Smith had said.", "Jane Doe"),
    ("Our reporter talked to Kim Min-ho and Lee Su-jin about the alliance.", None),
    ("Our reporter met Kim Min-ho and Lee Su-jin in Seoul for this interview.", None),
])
def test_the_interviewee_is_the_one_announced_or_the_one_person_named(intro, name):
    assert interviewee(intro) == name


def test_an_unannounced_question_and_answer_piece_answered_in_the_first_person_is_an_interview():
    text = INTERVIEW.replace("The following is an edited transcript of the interview with "
                             "Gen. Paul LaCamera.", "What the new nuclear group means for Seoul")
    assert is_transcript(text, list(iter_sentences(text)))
    assert [v for v, _, _ in rows(text)][1:] == ["speech"] * 6


def test_an_unannounced_question_and_answer_piece_with_impersonal_answers_stays_the_writers():
    text = ("What the new nuclear group means for Seoul\n\n"
            "Q. What is the group for?\n\n"
            "A. It plans the joint use of the allies' forces in a nuclear crisis.\n\n"
            "Q. How often does it meet?\n\n"
            "A. Four times a year, at deputy minister level.")
    assert not is_transcript(text, list(iter_sentences(text)))
    assert "speech" not in {v for v, _, _ in rows(text)}


def test_the_answer_label_is_furniture_of_its_turn():
    assert label_end("A. The threat is real and growing.") == 3
    assert label_end("Victor Cha: Good afternoon and welcome.") == 12


DIALOGUE = (
    "Victor Cha: Good afternoon and welcome. Today we discuss extended deterrence.\n\n"
    "Dr. Sue Mi Terry: Thank you, Victor. It is a pleasure to be here.\n\n"
    "(Laughter.)\n\n"
    "Victor Cha: Let me start with the declaration. Is it enough?")


def test_a_dialogue_of_name_labels_is_speech_of_each_label():
    assert is_transcript(DIALOGUE, list(iter_sentences(DIALOGUE)))
    assert rows(DIALOGUE) == [
        ("speech", "Victor Cha", "Victor Cha"), ("speech", "Victor Cha", "Victor Cha"),
        ("speech", "Dr. Sue Mi Terry", "Sue Mi Terry"),
        ("speech", "Dr. Sue Mi Terry", "Sue Mi Terry"),
        ("stage", None, None),
        ("speech", "Victor Cha", "Victor Cha"), ("speech", "Victor Cha", "Victor Cha")]


def test_name_labels_without_a_repeat_are_no_dialogue_unless_the_first_greets():
    text = ("Victor Cha: Today we discuss extended deterrence.\n\n"
            "Dr. Sue Mi Terry: It is a pleasure to be here.")
    assert not is_transcript(text, list(iter_sentences(text)))
    greeted = "\n\n".join(DIALOGUE.split("\n\n")[:2])  # "Victor Cha: Good afternoon and ..."
    assert is_transcript(greeted, list(iter_sentences(greeted)))


ROUNDUP = (
    "South Korea: The presidential office welcomed the declaration as a milestone.\n\n"
    "North Korea: State media called the agreement a reckless provocation.\n\n"
    "South Korea: The opposition asked whether the deal went far enough.\n\n"
    "Note: Reactions were gathered on Thursday.\n\n"
    "Note: Some statements were translated.")


def test_a_roundup_by_country_and_one_word_labels_stay_an_article():
    assert not is_transcript(ROUNDUP, list(iter_sentences(ROUNDUP)))
    assert "speech" not in {v for v, _, _ in rows(ROUNDUP)}
