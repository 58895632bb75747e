"""Tests for :mod:`analysis.metrics.keyphrase_tokens` (the token scan behind keyphrase candidates).

The wire-copy lines are written for these tests; the expected chunks were checked by hand against
the rules in the module docstring of :mod:`analysis.metrics.keyphrase_candidates`.
"""

from __future__ import annotations

from analysis.metrics.keyphrase_tokens import (
    clear_token_types,
    headline_tokens,
    scan_tokens,
    stem,
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


def test_keys_are_the_light_stem_of_each_new_type():
    """A type's key is :func:`stem` of its lower-case form (only a word ending in ``s`` is
    stemmed; an initialism loses its periods), and its columns, filled for a batch of new
    types at once, hold the same facts as its :data:`TokenInfo`."""
    clear_token_types()
    line = ("Officers said the allies held talks on North Korea’s gas crisis in Seoul with "
            "Koreans, U.S. envoys and the press, while status reports were deployed")
    scan = scan_tokens(line)
    keys = {w: token_info(w)[5] for w in scan.words}
    assert [keys[w] for w in ("Officers", "allies", "talks", "gas", "crisis", "Koreans", "U.S",
                              "envoys", "press", "status", "reports", "Seoul")] == [
        "officer", "ally", "talk", "gas", "crisis", "korean", "us", "envoy", "press", "status",
        "report", "seoul"]
    assert all(keys[w] == stem(token_info(w)[1]) for w in scan.words if w != "U.S")
    col = scan.columns
    for name, field in (("lo", 1), ("poss", 2), ("cap", 3), ("brk", 4), ("stem", 5), ("vf", 6)):
        assert col[name].tolist() == [token_info(w)[field] for w in scan.words], name
    assert [w for w, p in zip(scan.words, col["poss"].tolist(), strict=True) if p] == ["Korea’s"]
    assert [w for w, v in zip(scan.words, col["vf"].tolist(), strict=True) if v] == ["deployed"]


def test_word_zipf_gives_what_vocabulary_zipf_gives():
    # frequent plain words (read from the dictionary of frequent words), rare and unknown ones
    # (from the table's blocks), lower-case words of frequent parts joined by hyphens (combined
    # like zipf), and the others zipf's own way
    from analysis.metrics.keyphrase_tokens import word_zipf
    from analysis.metrics.vocabulary import zipf

    words = ["nuclear", "deterrence", "submarine", "the", "seoul", "yonhap", "kcna",
             "xqzvbnw", "Seoul", "NATO", "nuclear-armed", "information-sharing",
             "long-range", "the-the", "x-ray", "kcna-reported", "South-Korean", "f-16", "500m",
             "u.s", "allies'", "co--operation"]
    assert [word_zipf(w) for w in words] == [zipf(w) for w in words]
    assert word_zipf("nuclear") > word_zipf("nuclear-armed") > 0.0
    assert word_zipf("xqzvbnw") == 0.0
