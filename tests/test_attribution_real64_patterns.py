"""Patterns of real coverage read wrong before (newcomers' corpora and the blind set real64):
a foreign ministry's briefing transcript whose questions are labelled by the asking outlet
(``AFP: ...?``) and whose answers by the spokesperson's name in mixed case; the followers or foes
of something as a source (``Supporters of the declaration say``); a body whose name opens with a
title word (``the KPA General Staff``).

Every text here was written for this file in the styles of wire copy, Korean English-language
press, commentary, KCNA and Chinese statements as reported, and government transcripts; none is
copied from an outlet. The expected values were checked by hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.speakers import clean_name


def rows(text):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


BRIEFING = """Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on May 2, 2024

Global Times: The allies held another round of the NCG. Do you have any comment?

Lin Jian: We have noted the reports. The peninsula issue should be settled by dialogue.

Yonhap News Agency: Will China raise the matter with Seoul?

Lin Jian: China's position is consistent. I have nothing further to add."""


def test_a_briefing_with_outlet_questions_is_read_as_turns():
    got = rows(BRIEFING)
    assert got[0] == ("stage", None, None)  # the title line is the transcript's header
    assert got[1:3] == [("speech", "Global Times", "Global Times")] * 2
    assert got[3:5] == [("speech", "Lin Jian", "Lin Jian")] * 2
    assert got[5] == ("speech", "Yonhap News Agency", "Yonhap News Agency")
    assert got[6:] == [("speech", "Lin Jian", "Lin Jian")] * 2


def test_one_answer_after_an_outlets_question_stays_an_article():
    # One spokesperson turn is an excerpt quoted by a report, not a transcript.
    text = ("China hit back at the allies on Friday.\n\n"
            "Reuters: Does the submarine visit threaten China?\n\n"
            "Lin Jian: The US should stop stoking tension.\n\n"
            "The ministry gave no further detail.")
    assert [v for v, _, _ in rows(text)] != ["speech"] * 4
    assert rows(text)[-1] == ("authorial", None, None)


def one(sentence):
    """(voice, speaker, actor) of ``sentence`` read after a neutral first paragraph."""
    return rows("Intro line here.\n\n" + sentence)[1]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Supporters of the declaration say it has given Seoul a seat at the table.",
     "Supporters of the declaration"),
    ("Critics of the plan argue that it falls short.", "critics of the plan"),
    ("But critics of the plan say it falls short.", "critics of the plan"),
    ("Many opponents of the deal say it is toothless.", "opponents of the deal"),
    ("Members of the ruling party said the group works.", "Members of the ruling party"),
])
def test_followers_or_foes_of_something_are_the_source(sentence, speaker):
    voice, got, _ = one(sentence)
    assert (voice, got) == ("quoted", speaker)


def test_a_described_person_still_reads_as_before():
    # "of" after a role noun that is no follower: the head and its description, as before
    assert one("The sister of the leader said the drills were a rehearsal.")[1] == \
        "sister of the leader"


@pytest.mark.parametrize(("raw", "name"), [
    ("The KPA General Staff", "KPA General Staff"),
    ("the General Assembly", "General Assembly"),
    ("General Dynamics", "General Dynamics"),
    ("General Kim Myong Su", "Kim Myong Su"),  # a title before a person's name is still cut
    ("Gen. Paul LaCamera", "Paul LaCamera"),
])
def test_a_body_named_with_a_title_word_keeps_its_name(raw, name):
    assert clean_name(raw) == name


def test_the_general_staff_speaks_under_its_full_name():
    got = one("The KPA General Staff warned in a statement that the drills would meet "
              "“an overwhelming response.”")
    assert got[:2] == ("quoted", "KPA General Staff")
