"""Shapes of attribution read off fresh real coverage (sets real47/48, kept outside the
repository): a transcription service's unnamed stamped turn, a fronted *Regarding ...,* phrase, a
party and role before a name in a sentence reported by a participle, a statement *quoted by* an
agency, a passive verb of judging with its agent, and a person's statement named by a possessive
pronoun. Sentences written for these tests in the styles of that coverage."""

import pytest

from analysis.corpus.cues import WORD_RE
from analysis.corpus.it_referents import owner_pronoun
from analysis.corpus.opening_subjects import sentence_subject
from analysis.corpus.passive_agents import agent_source
from tests.speaker_rows import voice_speaker_rows


def test_an_unnamed_stamped_turn_opens_a_transcript_excerpt():
    text = ("Speaker 1 (00:41): The minister and I visited the JSA yesterday. We discussed the "
            "consultative group.\n\nPete Hegseth (02:10): Thank you. The alliance is ironclad.")
    assert voice_speaker_rows(text) == [("speech", "Speaker 1"), ("speech", "Speaker 1"),
                                        ("speech", "Pete Hegseth"), ("speech", "Pete Hegseth")]
    one = "Speaker 2 (05:03): We will meet again in Seoul. The planning continues."
    assert voice_speaker_rows(one) == [("speech", "Speaker 2"), ("speech", "Speaker 2")]


def test_a_number_after_a_name_without_a_stamp_is_no_turn():
    text = "Article 3 of the declaration sets up the group. The group meets every quarter."
    assert [v for v, _ in voice_speaker_rows(text)] == ["authorial", "authorial"]


@pytest.mark.parametrize("text,subject,speaker", [
    ("Regarding Tokyo's plan to raise its defence budget, Yoon voiced understanding, citing "
     "the missiles fired over Japan.", "Yoon", "Yoon"),
    ("On Monday, opposition leader Lee Jae-myung attacked the plan, calling it \u201creckless "
     "posturing.\u201d", "opposition leader Lee Jae-myung", "Lee Jae-myung"),
    ("On March 17, Democratic Party leader Lee Jae-myung criticized the plan, calling it "
     "\u201creckless posturing.\u201d", "Democratic Party leader Lee Jae-myung", "Lee Jae-myung"),
])
def test_the_subject_of_a_participle_report_skips_fronting_and_runs_on_to_a_name(
        text, subject, speaker):
    assert sentence_subject(list(WORD_RE.finditer(text))) == subject
    assert voice_speaker_rows(text) == [("quoted", speaker)]


def test_a_statement_quoted_by_an_agency_speaks_itself():
    text = ("The statement, quoted by the official KCNA news agency, stressed that a "
            "\u201cshocking incident\u201d could follow.")
    assert voice_speaker_rows(text) == [("quoted", "the statement")]


@pytest.mark.parametrize("text,agent", [
    ("The carrier's arrival in Busan was blasted by North Korea on Sunday as a reckless "
     "provocation.", "North Korea"),
    ("The drills were read by North Korea\u2019s official KCNA news agency as a rehearsal for "
     "invasion.", "North Korea\u2019s official KCNA news agency"),
    ("The declaration was dismissed by some critics as mostly symbolic.", "some critics"),
])
def test_the_agent_of_a_passive_of_judging_is_the_source(text, agent):
    assert agent_source(text) == agent
    assert voice_speaker_rows(text)[0][0] == "quoted"


@pytest.mark.parametrize("text", [
    "The submarine was seen by thousands of visitors as it docked.",
    "The declaration was signed by both leaders in April.",
])
def test_a_passive_act_or_a_crowd_reports_nothing(text):
    assert voice_speaker_rows(text) == [("authorial", None)]


def test_a_persons_statement_named_by_a_pronoun_is_the_persons():
    assert owner_pronoun("Her statement") == "she"
    assert owner_pronoun("his latest remarks") == "he"
    assert owner_pronoun("The statement") is None
    text = ("Kim Yo Jong said the drills were reckless. Her statement, carried by state media, "
            "accused Washington of escalating tensions.")
    assert voice_speaker_rows(text) == [("quoted", "Kim Yo Jong"), ("quoted", "Kim Yo Jong")]


@pytest.mark.parametrize("text,speaker", [
    ("The US president, who met regional leaders during his visit, also said Seoul had agreed "
     "to buy more American gas.", "the US president"),
    ("The Biden administration, led by the president himself, has reaffirmed its commitment to "
     "defend the South.", "the Biden administration"),
    ("While Seoul weighs its options, experts emphasize the importance of the treaty.",
     "experts"),
    ("Robert Doe of the Heritage Foundation posited that a second term might expand the "
     "group.", "Robert Doe"),
])
def test_asides_adverbs_and_plain_forms_before_a_reporting_verb(text, speaker):
    assert voice_speaker_rows(text) == [("quoted", speaker)]
