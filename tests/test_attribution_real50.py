"""Shapes of attribution read off the real50 set (kept outside the repository) after its
held-out scoring: a statement printed in full under a frame line that ends in a full stop, a
name before its appositive in the subject of a participle, a dateline before a comma, and
*labeling* or *branding* with a naming complement. Sentences written for these tests in the
style of KCNA releases and wire copy."""

import pytest

from analysis.corpus.cues import WORD_RE
from analysis.corpus.opening_subjects import sentence_subject
from tests.speaker_rows import voice_speaker_rows

STAND = ("Kim Yo Jong, vice department director of the Central Committee of the Workers' Party "
         "of Korea made public the following stand through KCNA on Saturday.\n\n"
         "The so-called declaration of the two rulers is a product of the most hostile "
         "policy.\n\nIt will only bring a more serious danger to the region.")


def test_a_frame_line_ending_in_a_full_stop_hands_the_statement_to_its_subject():
    assert voice_speaker_rows(STAND) == [("authorial", None), ("quoted", "Kim Yo Jong"),
                                         ("quoted", "Kim Yo Jong")]


@pytest.mark.parametrize("text,subject", [
    ("Kim Yo Jong, Deputy Department Director of the Central Committee, issued a statement, "
     "saying the drills were reckless.", "Kim Yo Jong"),
    ("SEOUL, South Korea's ruling party chief on Wednesday opposed the idea, saying the "
     "losses would outweigh the gains.", "South Korea's ruling party chief"),
])
def test_the_subject_stops_at_a_comma_and_passes_a_dateline(text, subject):
    got = sentence_subject(list(WORD_RE.finditer(text)))
    assert got is not None and got.startswith(subject.split()[0])
    assert voice_speaker_rows(text)[0][0] == "quoted"


@pytest.mark.parametrize("text,speaker", [
    ("North Korea has expressed strong disapproval of the drills, labeling them a \u201chostile "
     "military act\u201d after the submarine arrived.", "North Korea"),
    ("Pyongyang fired a missile, branding the drills a rehearsal for invasion.", "Pyongyang"),
])
def test_labeling_with_a_naming_complement_reports(text, speaker):
    assert voice_speaker_rows(text) == [("quoted", speaker)]


def test_a_labeling_noun_reports_nothing():
    assert voice_speaker_rows("The labeling of the products was changed.") == \
        [("authorial", None)]
