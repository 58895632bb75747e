"""Voice patterns read off the errors of the blind set real82 (trilateral coverage, 2023-26),
on sentences written for these tests in the styles of KCNA releases, State Department
transcripts and Korean English-language press (issue 13)."""

from __future__ import annotations

from analysis.corpus import Document
from tests.speaker_rows import voice_speaker_rows as rows


def test_a_statement_introduced_with_which_said_is_its_issuers():
    text = ("The spokesman for the Ministry of National Defence of the DPRK on Sunday issued a "
            "press statement titled \u201cThe reckless drills will be met with resolve,\u201d "
            "which said:\n\n"
            "The US and its followers staged another round of joint drills this week.\n\n"
            "The army of the DPRK will watch every move of the hostile forces.")
    got = rows(text)
    assert got[0] == ("authorial", None)  # the frame line reports an act
    assert [v for v, _ in got[1:]] == ["quoted", "quoted"]
    assert all("spokesman" in (sp or "") for _, sp in got[1:])


def test_a_plain_statement_line_without_a_colon_introduces_nothing():
    text = ("The ministry issued a press statement on Sunday, which said little new.\n\n"
            "The drills ended on Friday.")
    assert rows(text)[1] == ("authorial", None)


def test_one_paragraph_under_a_titled_label_is_one_turn():
    text = ("SECRETARY BLINKEN: Good afternoon, everyone. It is good to be with my "
            "colleagues again. Our three countries have never worked more closely.")
    assert rows(text) == [("speech", "Secretary Blinken")] * 3


def test_one_paragraph_under_a_dateline_stays_an_article():
    text = "SEOUL: North Korea fired a missile on Monday. It flew about 300 kilometres."
    assert [v for v, _ in rows(text)] == ["authorial", "authorial"]


def test_pledges_as_the_object_of_included_is_a_noun():
    assert rows("The agreements included pledges to meet at least once a year.") == [
        ("authorial", None)]
    # the verb still reports
    assert rows("Yoon pledges to strengthen the alliance, his office said.")[0][0] == "quoted"


def speaker_of(text):
    s = Document.from_text(text).sentences[0]
    return s.voice, s.speaker


def test_a_media_name_after_the_between_commas_is_the_source():
    assert speaker_of("The North's ruling mouthpiece, the Rodong Sinmun, said on Thursday that "
                      "the new system is a grave provocation.") == ("quoted", "Rodong Sinmun")
    assert speaker_of("Its newspaper, the Rodong Sinmun, said the drills were a rehearsal for "
                      "war.") == ("quoted", "Rodong Sinmun")


def test_an_acronym_between_commas_is_the_source():
    assert speaker_of("The agency, KCNA, said the drills were a rehearsal for war.") == (
        "quoted", "KCNA")
    assert speaker_of("Seoul's closest ally, the US, said the drills would go ahead.") == (
        "quoted", "US")


def test_an_aside_that_names_no_source_is_no_speaker():
    assert speaker_of("The summit in Washington, the first in years, ended with a joint "
                      "statement.") == ("authorial", None)
