"""Patterns of real coverage read wrong before: an appositive event a named source describes
(``..., a move Pyongyang described as ...``), a body whose name runs on past *of the* (``The
General Staff of the KPA``), a reporting verb after a purpose infinitive (``Biden took the
opportunity to warn``) and ``the report`` after a news agency and another speaker.

Every text here was written for this file in the styles of wire copy, Korean English-language
press, commentary and KCNA statements as reported; none is copied from an outlet. The expected
values were checked by hand.
"""

import pytest

from analysis.corpus import Document


def rows(text):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


def one(sentence):
    """(voice, speaker, actor) of ``sentence`` read after a neutral first paragraph."""
    return rows("Intro line here.\n\n" + sentence)[1]


@pytest.mark.parametrize("sentence", [
    "North Korea fired two ballistic missiles on Monday, a move Pyongyang described as a "
    "warning to Washington.",
    "The submarine docked in Busan on Tuesday, a step the North's defence ministry called a "
    "grave provocation.",
])
def test_an_appositive_event_a_named_source_describes_is_the_writers(sentence):
    # The main clause narrates an act; the source only names it in the appositive.
    assert one(sentence) == ("authorial", None, None)


def test_an_appositive_event_does_not_hide_a_main_clause_report():
    got = one("Seoul said the drills would go ahead, a move Pyongyang described as reckless.")
    assert got[:2] == ("quoted", "Seoul")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The General Staff of the KPA said the drills were a rehearsal for invasion.",
     "General Staff of the KPA"),
    ("The General Staff of the Korean People's Army said the drills were a rehearsal.",
     "General Staff of the Korean People's Army"),
])
def test_a_body_named_on_past_of_the_is_one_source(sentence, speaker):
    assert one(sentence) == ("quoted", speaker, "North Korea")


def test_a_person_of_a_body_is_still_the_person():
    assert one("Mina Park of the Center for a New Pacific Order said the NCG was overdue.")[1] \
        == "Mina Park"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Biden took the opportunity to warn that any nuclear attack would end the regime.",
     "Biden"),
    ("Yoon took time to stress that the alliance was ironclad.", "Yoon"),
    ("On Tuesday, Lee seized the occasion to argue that deterrence works.", "Lee"),
])
def test_the_subject_of_a_purpose_infinitive_speaks(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_purpose_infinitive_without_a_speaker_is_the_writers():
    assert one("The talks were a chance to stress that the alliance holds.") == \
        ("authorial", None, None)


def test_the_report_is_no_navy_that_spoke_after_the_agency():
    got = rows("According to Yonhap News Agency on Sunday, the USS Columbia docked at Busan.\n\n"
               "The South Korean Navy said it plans to promote exchanges between the navies.\n\n"
               "The report pointed out that in September, the USS Vermont entered the base.")
    assert got[1] == ("quoted", "South Korean Navy", "South Korea")
    assert got[2][:2] == ("quoted", "the report")


def test_the_report_after_a_think_tank_that_spoke_is_the_think_tank():
    got = rows("The Asan Institute said most South Koreans back nuclear arms.\n\n"
               "The report found support at 71 percent.")
    assert got[1][:2] == ("quoted", "Asan Institute")


@pytest.mark.parametrize("sentence", [
    "Kim Yo Jong is expected to issue a statement denouncing the drills.",
    "The North is expected to respond with a statement condemning the visit.",
    "The ministry is expected to release a new white paper saying the North is an enemy.",
])
def test_speech_only_expected_of_its_source_is_the_writers(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The bombers are expected to arrive this week, officials said.", "officials"),
    ("The NCG is expected to meet again in June, a defence official told reporters.",
     "defence official"),
    ("The bombers are expected to arrive soon, according to a statement from the ministry.",
     "the ministry"),
])
def test_an_expectation_someone_holds_stays_theirs(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_noun_issue_before_a_copula_is_no_issued_threat():
    # "issue is the biggest threat": "issue" is a noun, the threat no speech act.
    assert one("Expectations were high because the nuclear issue is the biggest threat to "
               "Seoul's security.") == ("authorial", None, None)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Former Deputy Assistant Secretary Colby, who is tipped for a top post, gave a more "
     "dramatic warning.", "Colby"),
    ("The minister sounded a warning about the drills on Monday.", "the minister"),
    ("Pyongyang issued a stern warning to Seoul.", "Pyongyang"),
])
def test_a_warning_given_or_sounded_is_an_act_of_speech(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "The visit gives a warning to Pyongyang.",
    "The drills were meant to give a warning to the North.",
    "The deployment gave a clear warning to the North.",
])
def test_a_deployment_that_warns_is_no_speaker(sentence):
    assert one(sentence) == ("authorial", None, None)
