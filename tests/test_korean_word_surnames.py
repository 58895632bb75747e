"""A Korean family name that is an English stop word ("No", "An", "So", "O") before a Korean
given name opens the person's name in keyphrase candidates
(:func:`analysis.metrics.keyphrase_person_starts.word_surnames`), on texts written for these
tests in the style of state-media statements as reported."""

from analysis.corpus import Document
from tests.candidate_keys import keys

STATEMENT = (
    "North Korean Defense Minister No Sang Chol said the drills near the border were a grave "
    "provocation.\n\n"
    "The army will answer every hostile move with overwhelming force and will never back "
    "down. - said No Sang Chol.")


def test_a_stop_word_surname_before_a_two_syllable_given_name_opens_the_name():
    found = keys(STATEMENT)
    assert found.get("no sang chol") == 2
    assert "sang chol" not in found


def test_a_stop_word_surname_before_a_hyphenated_given_name_opens_the_name():
    found = keys("Activist An Min-ho spoke in Seoul on Monday about the long campaign. "
                 "An Min-ho later met students at the university.")
    assert "an min-ho" in found and "min-ho" not in found
    found = keys("The statement was read out by So Yong Nam, a party secretary, in the square.")
    assert "so yong nam" in found


def test_the_word_stays_a_word_where_no_korean_given_name_follows():
    found = keys("No, the talks are over, said an official on Monday. No one came to the "
                 "hall. So Won Kim said nothing, and the lawyer left. Kim won the vote.")
    assert not any(k.startswith(("no ", "so ")) for k in found)
    found = keys("No Korean official attended the meeting in Geneva.")
    assert not any(k.startswith("no ") for k in found)


def test_the_speaker_after_said_keeps_the_family_name():
    doc = Document.from_text("The enemy will pay a heavy price for its reckless moves, said "
                             "No Sang Chol.")
    (s,) = doc.sentences
    assert (s.voice, s.speaker, s.actor) == ("quoted", "No Sang Chol", "No Sang Chol")
