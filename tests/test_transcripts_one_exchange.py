"""A foreign ministry briefing's single exchange, excerpted (issue 13): an outlet's question
opens the document and the spokesperson's answer, under a mixed-case name, follows. No name is
repeated, yet it is a transcript: both turns are ``speech`` of their labels."""

from __future__ import annotations

from tests.speaker_rows import voice_speaker_rows as rows


def test_an_outlets_question_and_one_answer_are_turns():
    text = ("AFP: Kim Jong Un arrived in Beijing this morning. Will President Xi meet him?\n\n"
            "Mao Ning: China and the DPRK are close neighbours. We will release information in "
            "due course.")
    assert rows(text) == [("speech", "AFP")] * 2 + [("speech", "Mao Ning")] * 2


def test_a_q_label_question_and_one_named_answer_are_turns():
    text = ("Q: Seoul, Tokyo and Washington began their joint drills today. What is China's "
            "comment?\n\n"
            "Lin Jian: Small blocs bring no security. The countries concerned should stop "
            "raising tension.\n\n"
            "The spokesperson did not take further questions.")
    got = rows(text)
    assert got[:2] == [("speech", "Q")] * 2
    assert got[2:4] == [("speech", "Lin Jian")] * 2


def test_a_labelled_statement_without_a_question_stays_an_article():
    # "Reuters:" opens no question here, so the name after it is no answer.
    text = ("Reuters: The allies held drills with a bomber on Sunday, the ministry said.\n\n"
            "Lin Jian: an official who asked not to be named, said the drills raised "
            "tension.")
    assert rows(text)[0][0] != "speech"


def test_a_question_opening_an_article_is_no_exchange():
    text = ("Will the trilateral drills deter Pyongyang?\n\n"
            "Victor Cha: The answer depends on what comes next. The allies must keep at it.")
    assert rows(text)[0] == ("authorial", None)
