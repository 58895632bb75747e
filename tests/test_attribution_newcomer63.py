"""Shapes from a newcomer's invented corpus (an analyst's commentary, Korean press, a saved page):
a verb of assuring without a ``that`` clause or a named subject reports nothing (*The
declaration probably reassures South Koreans*), and a name that holds a lower-case link after an
institution's head (*the Asan Institute for Policy Studies*, *the Center for Strategic and
International Studies*) is one speaker, not its last words. Texts written for these tests."""

import pytest

from analysis.corpus.cues import find_reporting_clause
from analysis.corpus.opening_subjects import evidence_subject
from analysis.corpus.tokens import WORD_RE
from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize("sentence", [
    "The declaration probably reassures South Koreans for now.",
    "The deal reassured investors, and the won rose.",
    "A visiting carrier assures no one in Pyongyang.",
    # a pronoun after a comma starts another clause, not the assurance's
    "The pact reassured investors, but it did little to calm Tokyo.",
    "The declaration reassured Tokyo, and it also angered Beijing.",
])
def test_assuring_without_a_clause_or_a_named_subject_reports_nothing(sentence):
    assert voice_speaker_rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Austin assured his counterpart that the commitment was ironclad.", "Austin"),
    ("In the declaration, Washington assured Seoul that it would share more planning.",
     "Washington"),
    ("No new curbs will follow the listing, assured a department spokesperson.",
     "department spokesperson"),
    ("Biden reassured Yoon of the American commitment.", "Biden"),
])
def test_assuring_with_a_clause_a_name_or_inverted_still_reports(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Center for Strategic and International Studies said the North would respond.",
     "Center for Strategic and International Studies"),
    ("The Workers' Party of Korea said it would answer the drills.",
     "Workers Party of Korea"),
    # a person after "and" is no field of a name: the institution before stays apart
    ("The talks were held at the Ministry of Unification and Kim said they went well.", "Kim"),
    ("Biden hosted Yoon at the Department of State and Blinken said the alliance was "
     "ironclad.", "Blinken"),
])
def test_a_name_with_an_inner_link_is_one_speaker(sentence, speaker):
    assert find_reporting_clause(sentence, False) == (speaker, False)


def test_an_institutes_name_ending_in_studies_is_no_study():
    sentence = ("A survey by the Asan Institute for Policy Studies in March showed that most "
                "respondents favoured an arsenal of their own.")
    tokens = list(WORD_RE.finditer(sentence))
    showed = next(n for n, t in enumerate(tokens) if t.group(0) == "showed")
    assert evidence_subject(tokens, showed) == "A survey"
    # the survey speaks, not "Policy Studies"
    assert find_reporting_clause(sentence, False) == ("A survey", False)


def test_a_role_in_apposition_to_a_name_is_that_persons_for_a_later_the_role():
    from analysis.corpus import Document

    doc = Document.from_text("Go Myong-hyun, a researcher at the Asan Institute, said the drills "
                             "were routine. The researcher added that Seoul was calm.")
    assert [(s.speaker, s.actor) for s in doc.sentences] == [
        ("Go Myong-hyun", "Go Myong-hyun"), ("the researcher", "Go Myong-hyun")]
    # a day before the comma is no name, and a role phrase no comma closes is no apposition:
    # "a spokesperson" is a new person, whom "the spokesperson" is
    doc = Document.from_text("Cho Tae-yul said Seoul had not been told. On Saturday, a "
                             "spokesperson for the department confirmed the listing. \u201cIt "
                             "is routine,\u201d the spokesperson said.")
    assert [s.actor for s in doc.sentences][2] != "Cho Tae-yul"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a role noun before at/with and the body it works for: the whole description speaks
    ("An official at the ministry said the talks would resume.", "official at the ministry"),
    ("A senior official at the presidential office said the group would meet in June.",
     "senior official at the presidential office"),
    ("A spokesman with the agency said the drills were routine.", "spokesman with the agency"),
    ("A researcher at the Asan Institute said the talks would resume.",
     "researcher at the Asan Institute"),
])
def test_a_role_at_or_with_a_body_is_one_speaker(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]



@pytest.mark.parametrize("sentence", [
    "That was always true, and the declaration merely writes it down.",
    "The officials wrote down the numbers.",
])
def test_writing_something_down_reports_nothing(sentence):
    assert voice_speaker_rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a comma between the verb and "down" or "off": the quotation's reporting clause ends there
    ('"The forecast stands," the bank wrote, down from a brighter view in March.', "the bank"),
    ('"We never wanted this war," Kim Yo Jong wrote, off the back of a week of launches.',
     "Kim Yo Jong"),
    ('"We are ready," the minister wrote off the record to colleagues.', "the minister"),
])
def test_a_quotation_written_before_down_or_off_stays_quoted(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


def test_a_text_that_writes_a_clause_still_reports():
    assert voice_speaker_rows("The declaration writes that the allies will consult.") == [
        ("quoted", "the declaration")]
