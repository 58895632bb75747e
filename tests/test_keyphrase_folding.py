"""Near-duplicate keyphrases that differ only in hyphenation are one entry of the top k
(``covered`` in :mod:`analysis.metrics.keyphrases`), while a phrase that only shares part
of a hyphenated compound stays.

Every text is written for these tests in the style of Yonhap, AP and Reuters copy; none
quotes a real article.
"""

from __future__ import annotations

from analysis.metrics.keyphrases import extract_keyphrases, fold, folded

SUBMARINE = """SEOUL, April 27 (Yonhap) -- A U.S. nuclear-armed submarine will make a port \
call in South Korea, officials said Thursday. The visit of a nuclear armed submarine would be \
the first since the 1980s, the defense ministry said. Officials said the nuclear-armed \
submarine would dock at Busan. Critics said a nuclear armed submarine visit could raise \
tensions with Pyongyang."""

MISSILES = """WASHINGTON (AP) -- Lawmakers pressed the administration on long-range missiles \
on Tuesday. The long range missiles tested by Pyongyang this year can reach Guam, officials \
said. A Pentagon official said long-range missiles remained the main concern, and that long \
range missiles would be discussed at the summit."""

LOANS = """NEW YORK (Reuters) - Regional banks set aside large loan-loss reserves for loans \
to developing countries, analysts said on Wednesday. The large loans made in the 1970s have \
weighed on bank stocks. Large loan-loss reserves cut third-quarter earnings at several \
regional banks, and analysts expect large loans to remain a burden."""


def phrases(text: str) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, 10)]


def test_hyphenated_and_spaced_compound_are_one_entry():
    assert phrases(SUBMARINE) == [
        "nuclear-armed submarine", "U.S.", "port", "1980s", "armed submarine visit", "Busan",
        "defense ministry", "Critics", "Pyongyang", "tensions"]


def test_spaced_plural_phrase_after_hyphenated_one_is_skipped():
    assert phrases(MISSILES) == [
        "long-range missiles", "lawmakers", "administration", "Pyongyang", "Guam",
        "Pentagon official", "main concern", "summit"]


def test_part_of_a_compound_is_no_duplicate():
    # "large loans" ends inside "loan-loss": a compound is matched whole or not at all
    assert phrases(LOANS) == [
        "regional banks", "large loan-loss reserves", "large loans", "analysts", "1970s",
        "bank stocks", "third-quarter earnings", "burden"]


def test_folded_keys():
    assert folded("nuclear-weapons test") == " nuclear-weapon test "
    assert fold("long-range") == "long-range"
    assert fold("submarine") == "submarine"


def test_covered_reads_the_chosen_forms_once_with_the_same_answers():
    """``covered`` with the selection's remembered forms of the chosen keys gives the answers
    it gives reading them afresh."""
    from analysis.metrics.keyphrase_candidates import candidates
    from analysis.metrics.keyphrases import covered, default_tagger

    _, cands = candidates(SUBMARINE + "\n\n" + LOANS, default_tagger())
    chosen = [k for k in ("nuclear-armed submarine", "large loan-loss reserve", "busan")
              if k in cands.first_span]
    assert len(chosen) == 3
    forms: dict = {}
    for key in cands.tf:
        assert covered(key, chosen, cands, forms) == covered(key, chosen, cands), key
    assert covered("nuclear armed submarine", chosen, cands, forms)
    assert not covered("large loan", chosen, cands, forms)
    assert sorted(forms) == sorted(chosen)
