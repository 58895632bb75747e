"""Readings of patterns found in coverage of North Korean launches and of the alliance's drills,
troops and costs (the blind sets real75 and real76): a background briefer's one labelled turn,
a subject before a quotation of its predicate, *conclude that*, *the first time* after a fronted
phrase, nouns after a verb in *-ed* (*addressed reports*), *Diplomatic efforts*, *blasted off*,
parties that issue a joint statement, a participle aside (*run by*, *based in*) and *The US*
before two joined verbs.

Every text here was written for this file in the styles of wire copy, Korean English-language
press, White House background briefings and KCNA as reported; none is copied from an outlet. The
expected values were checked by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


def test_a_background_briefers_one_labelled_turn_is_a_transcript_excerpt():
    got = rows("SENIOR ADMINISTRATION OFFICIAL: Thanks. Just a couple of points.\n\nThe leaders "
               "met for about an hour. They covered a lot of ground.\n\nEvery leader noted how "
               "far the cooperation has come.")
    assert [g[0] for g in got] == ["speech"] * 5
    assert {g[1] for g in got} == {"Senior Administration Official"}


def test_a_dateline_in_capitals_opens_no_transcript():
    got = rows("SEOUL: North Korea fired a missile on Monday, the military said.\n\nThe launch "
               "was the third this month.")
    assert got[0][:2] == ("quoted", "the military") and got[1][0] == "authorial"


@pytest.mark.parametrize("sentence, speaker", [
    ('But Carlin and Hecker "do not see the war themes in state media as typical bluster."',
     "Carlin and Hecker"),
    ("Guterres “has consistently called for de-escalation and a return to talks,” according to "
     "a UN spokesperson.", "Guterres"),
    ("Pyongyang “categorically rejects the so-called joint statement of the US and its "
     "allies.”", "Pyongyang"),
    ("Kim “warned of overwhelming nuclear force against any provocation.”", "Kim"),
])
def test_a_subject_before_a_quotation_of_its_predicate_speaks(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1] == speaker


@pytest.mark.parametrize("sentence", [
    "Washington “extended deterrence” to Seoul decades ago.",
    "The US “extended deterrence” pledge has held for seventy years.",
])
def test_a_quoted_phrase_after_a_name_is_no_predicate(sentence):
    assert one(sentence)[:2] == ("authorial", None)


@pytest.mark.parametrize("sentence, speaker", [
    ('Two experts conclude that "Kim Jong Un has made a strategic decision to go to war."',
     "experts"),
    ("Both studies conclude that the pledge is credible.", "Both studies"),
])
def test_conclude_that_reports(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1] == speaker


@pytest.mark.parametrize("sentence", [
    "The talks conclude on Friday in Seoul.",
    "Despite its adoption of a “law” last year, it is the first time North Korea has revealed "
    "its nuclear policy in its constitution, stressing its will to expand the arsenal.",
    "South Korea’s president addressed reports about U.S. forces moving some weapons to the "
    "Middle East.",
    "Diplomatic efforts to convince Pyongyang to give up its arsenal failed, and the change "
    "came after Kim's declaration last year that the North was a nuclear state.",
])
def test_the_writer_narrates(sentence):
    assert one(sentence)[:2] == ("authorial", None)


def test_a_rocket_that_blasted_off_is_no_source_of_the_relay():
    got = one("A rocket carrying the satellite blasted off Tuesday night from the west coast, "
              "KCNA reported.")
    assert got[0] == "quoted" and got[2] == "KCNA"


@pytest.mark.parametrize("sentence, speaker", [
    ("The two countries issued a joint statement condemning the launch.", "the two countries"),
    ("Seoul and Tokyo issued a joint statement condemning the launch.", "Seoul and Tokyo"),
    ("In response to the launch, the United States and nine other countries issued a joint "
     "statement condemning the North's actions.", "United States and nine other countries"),
    ("Kim Yo Jong issued a statement condemning the drills.", "Kim Yo Jong"),
])
def test_the_parties_that_issue_a_statement_speak(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("The newspaper, run by North Koreans in Japan, said the drill was a rehearsal for "
     "invasion.", "the newspaper"),
    ("The ministry, based in Tokyo, said the drill was a rehearsal for invasion.",
     "the ministry"),
    ("The think tank, funded by the government, said the drill was a rehearsal.",
     "the think tank"),
])
def test_a_participle_aside_before_the_verb_keeps_the_subject(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1] == speaker


def test_a_thing_before_a_participle_aside_is_no_source():
    got = one("The missile, based on Russian designs, flew 1,000 km, officials said.")
    assert got[:2] == ("quoted", "officials")


@pytest.mark.parametrize("sentence, actor", [
    ("The US quickly led condemnation of the launch and said it could destabilize the region.",
     "United States"),
    ("The Kremlin dismissed the report and said it was false.", "Russia"),
])
def test_the_and_a_name_before_two_joined_verbs_speaks(sentence, actor):
    got = one(sentence)
    assert got[0] == "quoted" and got[2] == actor


@pytest.mark.parametrize("text, speaker", [
    ("The three men agreed the summit would become an annual event. They also pledged to share "
     "real-time data on missile launches.", "The three men"),
    ("The defense ministers met in Tokyo. They also “stressed the importance of the "
     "rules-based international order,” according to a Pentagon press release.",
     "The defense ministers"),
])
def test_they_after_a_group_in_narration_is_that_group(text, speaker):
    got = rows(text)
    assert got[0][0] == "authorial" and got[1][:2] == ("quoted", speaker)


def test_they_after_things_in_narration_is_no_group():
    got = rows("The missiles flew 1,000 km before falling into the sea. They said it was a "
               "routine test.")
    assert got[1][0] == "quoted" and got[1][1] == "they"
