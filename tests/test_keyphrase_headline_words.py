"""Common words that a title-case headline capitalises are no names
(``analysis.metrics.keyphrase_headline_words``), an ordinal inside a name stays in it
("America First", "Third Fleet"), and a number is no lower-case word of a quoted title, on
texts written for these tests in the styles of a wire story, a defense readout and a think-tank
commentary."""

import pytest

from analysis.metrics import keyphrase_headline_words
from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrase_headline_words import common_word, inflections
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases

WIRE = ("Allies to Bolster Missile Defense Network After Launch\n\n"
        "Seoul and Washington said on Friday that a bolstered missile defense network would "
        "be in place by the end of the year. Officials said the network links radars in "
        "both countries and shares warning data within seconds.\n")

READOUT = ("Joint Communique for the Allied Defense Dialogue\n\n"
           "Defense officials of the two allies met in Honolulu on Tuesday to review "
           "planning for a crisis on the peninsula. The officials reviewed radar coverage, "
           "submarine visits and exercise calendars, and agreed to meet again in Seoul.\n")

SENTENCE_CASE = ("Seoul braces as 'Harlan risk' grows\n\n"
                 "South Korean officials are weighing what a second term for Harlan could "
                 "mean for nuclear planning talks and the cost of stationing troops.\n")

COMMENTARY = ("The planner argues that the “Homeland First 2.0” agenda of the next "
              "administration would reshape alliances. Under the “Homeland First 2.0” "
              "agenda, allies would pay more. The Third Fleet moved two destroyers to the "
              "region, and First Lady Nora Vance visited the base.\n")


def keys(text: str) -> set[str]:
    return set(candidates(text, default_tagger())[1].tf)


def test_a_headline_infinitive_is_no_name():
    found = keys(WIRE)
    assert "bolster" not in found
    assert "missile defense network" in found


def test_a_frequent_headline_word_is_no_name():
    assert "joint" not in keys(READOUT)


def test_a_sentence_case_headline_keeps_its_name():
    assert "harlan" in keys(SENTENCE_CASE)


def test_an_ordinal_stays_in_its_name():
    found = keys(COMMENTARY)
    assert "homeland first" in found
    assert "homeland" not in found
    assert "third fleet" in found and "fleet" not in found
    # an ordinal before a title is the title's: no name starts with it
    assert not any(k.startswith("first") for k in found)


def test_an_ordinal_opening_a_title_is_no_name():
    found = keys("The talks were led by First Deputy Foreign Minister Han Do-yun on Monday, "
                 "and the Second Fleet escorted the convoy.")
    assert "first" not in found and not any(k.startswith("first") for k in found)
    assert "han do-yun" in found
    assert "second fleet" in found


def test_top_ten_has_no_headline_word():
    shown = [p for p, _ in extract_keyphrases(WIRE, 10)]
    assert "Bolster" not in shown
    shown = [p for p, _ in extract_keyphrases(COMMENTARY, 10)]
    assert "Homeland First" in shown and "Homeland" not in shown


def test_helpers():
    assert "bolstered" in inflections("bolster")
    assert "planned" in inflections("plan") and "raising" in inflections("raise")
    assert common_word("bolster", "Bolster", {"bolstered"})
    assert not common_word("bolster", "Bolster", {"missile"})
    assert common_word("joint", "Joint", set())  # Zipf 4.7
    assert not common_word("boeing", "Boeing", set())  # Zipf 3.8


def test_switch_restores_the_words(monkeypatch):
    monkeypatch.setattr(keyphrase_headline_words, "COMMON_HEADLINE_WORDS", False)
    assert "bolster" in keys(WIRE)
    assert "joint" in keys(READOUT)


@pytest.mark.parametrize("text", [WIRE, READOUT, SENTENCE_CASE, COMMENTARY])
def test_no_lone_capital_is_cut_from_these_texts(text):
    shown = [p for p, _ in extract_keyphrases(text, 10)]
    assert "Joint" not in shown and "Homeland" not in shown and "Fleet" not in shown
