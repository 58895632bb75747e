"""A known name opening a line keeps its first word, and an office that ends a run of
capitalised words is not cut as if a person's name followed it
(``analysis.metrics.keyphrase_known_runs``), on texts written for these tests in the styles of
a commentary blog and a government readout."""

import pytest

from analysis.metrics import keyphrase_known_runs
from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrase_known_runs import known_opening, person_tail
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases

BLOG = ("Seoul asks for more say in nuclear planning\n"
        "White House officials answered with a promise of regular talks on deterrence.\n\n"
        "The two allies held talks on nuclear planning in Seoul on Monday, and the talks "
        "covered exercises and nuclear planning for a crisis.\n")

READOUT = ("Allies open second planning round\n\n"
           "The round was led by Dr. Lee Min-ho, Deputy Minister for National Defense Policy, "
           "and Mark Ellery, Assistant Secretary of Defense for Strategy. Participants from "
           "both defense ministries reviewed the planning calendar.\n\n"
           "The meeting also heard from Secretary of State Paula Wendt on the next round.\n")


def keys(text: str) -> set[str]:
    return set(candidates(text, default_tagger())[1].tf)


def test_a_known_name_opening_a_line_is_one_candidate():
    found = keys(BLOG)
    assert "white house official" in found
    assert "house" not in found and "white" not in found


def test_an_office_ending_the_run_keeps_its_first_word():
    found = keys(READOUT)
    assert "national defense policy" in found
    assert "defense policy" not in found
    assert "paula wendt" in found  # a person after an office is still cut from it
    assert "state paula wendt" not in found


def test_top_ten_has_no_fragment():
    shown = [p for p, _ in extract_keyphrases(READOUT, 10)]
    assert "Defense Policy" not in shown
    assert "National Defense Policy" in shown


def test_helpers():
    los = ["white", "house", "said", "new", "york", "police"]
    assert known_opening(los, 0, 1)
    assert known_opening(los, 3, 4)
    assert not known_opening(los, 1, 2)
    assert person_tail(["defense", "policy"], 0, 1, {"planning"})
    assert not person_tail(["defense", "policy"], 0, 1, {"defense"})


@pytest.mark.parametrize("switch", ["KNOWN_OPENINGS", "PERSON_TAILS"])
def test_switches_restore_the_fragments(monkeypatch, switch):
    monkeypatch.setattr(keyphrase_known_runs, switch, False)
    found = keys(BLOG) | keys(READOUT)
    assert ("house" in found) if switch == "KNOWN_OPENINGS" else ("defense policy" in found)
