"""Shapes read off real55 (kept outside the repository) after its held-out scoring: *calling* and
*describing* after a comma with a quotation or a naming complement, a subject before an aside
between unspaced dashes after a fronted phrase, a possessive's speaker noun run on to its name,
and a document noun before a participle. Texts written for these tests in the styles of that
coverage."""

import pytest

from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Ri Song Chol, a vice-chairman of the commission, went further, calling the drill a "
     "“rehearsal for invasion” and describing the flights as the largest in years.",
     "Ri Song Chol"),
    ("Kim went further, calling the drills a nuclear war rehearsal.", "Kim"),
    ("At a meeting in Tokyo, the chiefs of staff—Japan’s Aoki Ken, the US’s Dan Reed and South "
     "Korea’s Park Ji-hoon—urged Pyongyang to halt “all unlawful activities.”",
     "chiefs of staff"),
    ("North Korea’s state news outlet KCNA slammed the flights, which involved two bombers, "
     "calling them a “grave provocation”.", "North Korea’s state news outlet KCNA"),
    ("The ministry released a statement saying the drills were a provocation.", "the ministry"),
])
def test_participles_dash_asides_and_owned_names(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


def test_calling_for_without_a_quotation_is_still_the_callers():
    assert voice_speaker_rows("Seoul is calling for talks.") == [("quoted", "Seoul")]


def test_a_book_describing_a_war_reports_nothing():
    assert voice_speaker_rows("He wrote a book describing the war.") == [("authorial", None)]
