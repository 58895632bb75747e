"""Shapes read off real58 (kept outside the repository) after its held-out scoring: a statement's
frame whose colon runs on into the statement's first sentence, a title coordinated before a name, a
text opening the sentence before a participle of issuing, reporting participles of condemnation
after a text's maker, *declared itself*, a passive naming with its agent before *as*, and an opinion
or a possibility raised. Texts written for these tests in the styles of that coverage."""

import pytest

from tests.speaker_rows import voice_speaker_rows


def test_a_frame_run_on_into_the_statement_hands_its_paragraph_to_the_issuer():
    rows = voice_speaker_rows(
        'Pyongyang, May 2 (KCNA) -- Ri Chol Su, vice-minister of Defence of the DPRK, Friday made '
        'public the following press statement "Reckless moves will meet a stern answer": We are '
        "again watching a dangerous show of force by the U.S. It is plain whom the carrier is "
        "aimed at. Those are clear examples of why the situation is getting worse.")
    assert rows == [("quoted", "Ri Chol Su")] * 3


def test_a_frame_ending_its_paragraph_stays_the_writers_act():
    rows = voice_speaker_rows(
        "Ri Chol Su, vice-minister of Defence of the DPRK, made public the following press "
        "statement on Friday:\n\nWe are again watching a dangerous show of force by the U.S.")
    assert rows == [("authorial", None), ("quoted", "Ri Chol Su")]


def test_a_title_coordinated_before_a_name_is_no_person_for_she():
    rows = voice_speaker_rows(
        "Regional Issues Manager and Senior Analyst Mina Park Lee was cited by a US daily. "
        "She stressed that strong extended deterrence is more effective.")
    assert rows[1] == ("quoted", "Mina Park Lee")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The statement released at the end of the meeting warns that any attack would end the "
     "regime.", "the statement"),
    ("The statement released Monday said the drills would go on.", "the statement"),
    ("The report issued by the ministry on Monday said the drills would go on.", "the ministry"),
    ("On Tuesday, the state news agency published a statement from the Defence Ministry, "
     "denouncing the port call of the submarine.", "state news agency"),
    ("Since the talks collapsed, Pyongyang has repeatedly declared itself an “irreversible” "
     "nuclear state.", "Pyongyang"),
    ("The list is defined by the U.S. Department of Energy as those given special "
     "consideration.", "U.S. Department of Energy"),
    ("The drill was described by Pyongyang as a rehearsal for war.", "Pyongyang"),
    ("The Department of Defense has raised the opinion that the group will be elevated.",
     "Department of Defense"),
])
def test_sources_of_statements_and_namings(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


@pytest.mark.parametrize("sentence", [
    "The drill was described by many as a success.",
    "He declared himself an independent candidate.",
    "The hotel has a view of the harbor.",
])
def test_no_named_source_stays_the_writers(sentence):
    assert voice_speaker_rows(sentence) == [("authorial", None)]
