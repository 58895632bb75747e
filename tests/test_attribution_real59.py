"""Shapes read off real59 (kept outside the repository) after its held-out scoring: a statement's
frame that gives the title *under the title* and ends in a spaced colon, a day word fronted
before the subject, a reporting verb's plural form after an adjective of a noun, and a
participle after a quotation that swallowed its comma. Texts written for these tests in the
styles of that coverage."""

from tests.speaker_rows import voice_speaker_rows


def test_a_frame_with_its_title_under_the_title_hands_the_statement_to_the_office():
    rows = voice_speaker_rows(
        "The external policy office of the Foreign Ministry of the DPRK released the following "
        'press statement under the title "We will answer every provocation" on July 2 :\n\n'
        "The US and its allies staged a large drill near our waters last week.\n\n"
        "We strongly denounce the reckless military moves.")
    assert rows == [("authorial", None),
                    ("quoted", "external policy office of the Foreign Ministry of the DPRK"),
                    ("quoted", "external policy office of the Foreign Ministry of the DPRK")]


def test_a_day_fronted_before_the_subject_is_no_source():
    assert voice_speaker_rows(
        "Tomorrow, at the opening ceremony, Minister Park gave meaning to the armed forces, "
        "saying in a speech that peace needs strength.") == [("quoted", "Park")]


def test_a_plural_noun_after_an_adjective_is_no_reporting_verb():
    assert voice_speaker_rows(
        "Referring to some domestic demands for a home-grown arsenal, Lee said in an interview "
        "that it “would not take long.”") == [("quoted", "Lee")]


def test_a_participle_after_a_quotation_that_swallowed_its_comma_is_the_subjects():
    assert voice_speaker_rows(
        "Kim Jong Un during a visit to an army unit dubbed the South Korean president “abnormal,” "
        "noting that the North has built its own arsenal.") == [("quoted", "Kim Jong Un")]

