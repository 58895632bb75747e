"""A trailing relay of an unnamed medium (``..., as reported by the state media.``) leaves the
sentence its named subject; only a relay that opens the sentence hands it to the clause after
its comma. Texts written for these tests in the style of wire roundups."""

from tests.speaker_rows import voice_speaker_rows


def test_a_trailing_relay_keeps_the_named_subject_before_an_aside():
    rows = voice_speaker_rows(
        "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, issued a statement on "
        "Monday urging the United States to refrain from a “reckless act,” as reported by the "
        "state media. She condemned the plan to send a submarine to the South.")
    assert rows == [("quoted", "Kim Yo Jong")] * 2


def test_an_opening_relay_still_hands_the_sentence_to_the_clause_after_it():
    rows = voice_speaker_rows("According to reports, the communique said the allies would "
                              "meet again in June.")
    assert rows == [("quoted", "the communique")]
