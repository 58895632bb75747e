"""The cheap word tests that run before the speaker tracker's regexes, and the choice between
the ASCII and Unicode forms of the word pattern: the same words, roles and bodies."""

import re

from analysis.corpus.actor_linker import default_linker
from analysis.corpus.speakers import SpeakerTracker
from analysis.corpus.tokens import ASCII_WORD_RE, WORD_RE, ascii_words, folded_words, words


def test_folded_words_split_at_every_other_character_and_lower_case():
    assert folded_words("Seoul’s MINISTRY (defense) said—again…") == [
        b"seoul", b"s", b"ministry", b"defense", b"said", b"again"]


def test_a_non_ascii_letter_splits_a_folded_word():
    assert folded_words("Café talks") == [b"caf", b"talks"]


def test_news_punctuation_keeps_the_ascii_word_pattern():
    sentence = "“We will respond,” Kim Yo Jong’s statement said — firmly…"
    assert ascii_words(sentence)
    expected = ["We", "will", "respond", "Kim", "Yo", "Jong’s", "statement", "said", "firmly"]
    assert words(sentence) == WORD_RE.findall(sentence) == expected
    assert ASCII_WORD_RE.findall(sentence) == expected


def test_a_non_ascii_letter_keeps_the_unicode_word_pattern():
    sentence = "Talks in Séoul ended"
    assert not ascii_words(sentence)
    assert words(sentence) == ["Talks", "in", "Séoul", "ended"]
    assert ASCII_WORD_RE.findall(sentence) == ["Talks", "in", "S", "oul", "ended"]


def test_the_ascii_word_pattern_is_the_word_pattern_compiled_ascii():
    # Letters and digits as one character set give the tokens of [^\W_] under re.ASCII:
    # underscores and every character outside ASCII split words.
    sentence = ("The KOSPI fell 2.3% to 2,451.20 after Tuesday_night’s B-52 ‘flyover’ — "
                "U.S./ROK drills & talks in Séoul, 24/7.")
    assert ASCII_WORD_RE.findall(sentence) == re.compile(WORD_RE.pattern, re.ASCII).findall(
        sentence)
    assert ASCII_WORD_RE.findall(sentence)[:8] == ["The", "KOSPI", "fell", "2.3", "to",
                                                   "2,451.20", "after", "Tuesday"]


def test_role_phrase_set_off_by_dashes_is_still_recorded():
    tracker = SpeakerTracker(default_linker())
    tracker.observe("Washington briefed allies on Wednesday, a senior administration "
                    "official—speaking on condition of anonymity—told reporters.")
    assert tracker.resolve("the official") == "senior administration official"


def test_sentence_without_a_role_noun_records_no_role():
    tracker = SpeakerTracker(default_linker())
    tracker.observe("An agreement on a nuclear consultative group was signed in Washington.")
    assert tracker.resolve("the official") == "the official"


def test_lower_case_body_after_a_possessor_is_recorded():
    tracker = SpeakerTracker(default_linker())
    tracker.observe("China’s foreign ministry, in a statement, rejected the declaration.")
    assert tracker.roles.body("ministry", ["foreign"]) == "China’s foreign ministry"
