"""Tests for :mod:`analysis.metrics.keyphrase_tokens` (the token scan behind keyphrase candidates).

The wire-copy lines are written for these tests; the expected chunks were checked by hand against
the rules in the module docstring of :mod:`analysis.metrics.keyphrase_candidates`.
"""

from __future__ import annotations

from analysis.metrics.keyphrase_tokens import (
    clear_token_types,
    headline_tokens,
    scan_tokens,
    token_info,
)

WIRE = ("Allies unveil plan\n\nSEOUL, April 27 (Yonhap) -- Gen. Kim said the U.S. would deploy "
        "nuclear-armed submarines to strengthen North Korea’s rivals.")


def test_chunks_break_at_stop_words_verb_cues_punctuation_and_possessives():
    scan = scan_tokens(WIRE)
    assert [scan.words[a:b] for a, b in scan.chunks] == [
        ["Allies", "unveil", "plan"], ["SEOUL"], ["April"], ["Yonhap"], ["Gen"], ["Kim"],
        ["U.S"],  # "would deploy": a verb after a modal
        ["nuclear-armed", "submarines"],  # "to strengthen": an infinitive
        ["North", "Korea’s"],  # the possessive ends the name
        ["rivals"],
    ]


def test_lines_sentence_starts_and_offsets():
    scan = scan_tokens(WIRE)
    assert scan.lines == [(0, 3), (3, 21)]
    # the period of "Gen." and the bracket of "(Yonhap)" start no sentence; the dash opens one
    assert [w for w, ini in zip(scan.words, scan.initial, strict=True) if ini] == [
        "Allies", "SEOUL", "Gen"]
    assert scan.gaps[:4] == ["", " ", " ", "\n\n"]
    assert len(scan.gaps) == len(scan.words) + 1
    i = scan.words.index("Korea’s")
    assert WIRE[scan.starts[i]:scan.raw_ends[i]] == "Korea’s"
    assert headline_tokens(WIRE, scan) == 3


def test_token_facts_of_possessives_initialisms_and_verb_forms():
    length, lo, poss, cap, brk, stem, vf, abbr = token_info("Korea’s")
    assert (length, lo, poss, cap, brk, stem, vf, abbr) == (5, "korea", True, True, False,
                                                            "korea", 0, 0)
    assert token_info("U.S")[7] == 2 and token_info("Gen")[7] == 1
    assert token_info("deployed")[6] == 2 and token_info("nuclear-armed")[6] == 0
    assert token_info("the")[4] and token_info("strongly")[4] and not token_info("rally")[4]


def test_type_columns_hold_the_token_facts_in_token_order():
    scan = scan_tokens(WIRE)
    col = scan.columns
    assert col["info"].tolist() == [token_info(w) for w in scan.words]
    assert col["lo"].tolist() == [token_info(w)[1] for w in scan.words]
    assert col["cap"].tolist() == [token_info(w)[3] for w in scan.words]
    assert [w for w, c in zip(scan.words, col["cue"].tolist(), strict=True) if c] == [
        "would", "to"]
    assert [w for w, c in zip(scan.words, col["initialism"].tolist(), strict=True) if c] == [
        "U.S"]
    assert not col["alpha"][scan.words.index("27")]


def test_scan_is_the_same_after_the_type_table_is_emptied():
    before = scan_tokens(WIRE)
    clear_token_types()
    after = scan_tokens(WIRE)
    assert (after.chunks, after.lines, after.los, after.breaks) == (
        before.chunks, before.lines, before.los, before.breaks)
