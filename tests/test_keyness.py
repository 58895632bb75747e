"""Tests for analysis.metrics.keyness (distinctive terms, keyness) and its vocabulary."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from analysis.metrics import keyness as kn
from analysis.metrics import vocabulary

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "washington_declaration_nuclear_consultative_group.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def _doc(text: str, doc_id: str = "d"):
    from analysis.corpus import Document

    return Document.from_text(text, doc_id)


# ----------------------------------------------------------------------------- distinctive terms

def test_distinctive_terms_by_paragraph_and_document():
    text = "Submarine submarine visit.\n\nBomber drills and bomber flights.\n\nSubmarine bomber."
    out = kn.distinctive_terms([_doc(text, "x")], by="paragraph", top=2)
    assert list(out.columns) == ["doc_id", "paragraph", "term", "tfidf", "count", "rank"]
    p1 = out[out["paragraph"] == 1]
    assert p1.iloc[0]["term"] == "submarine" and p1.iloc[0]["count"] == 2
    p2 = out[out["paragraph"] == 2]
    assert p2.iloc[0]["term"] == "bomber" and p2.iloc[0]["count"] == 2
    # "and" is a stop word; ranks are 1..top
    assert "and" not in set(out["term"]) and set(out["rank"]) == {1, 2}
    # hand check of scikit-learn's smooth idf for paragraph 1: 3 paragraphs,
    # submarine in 2 -> idf = ln(4/3)+1, visit in 1 -> idf = ln(4/2)+1; tf 2 and 1; L2 norm
    s, v = 2 * (math.log(4 / 3) + 1), 1 * (math.log(2) + 1)
    assert p1.iloc[0]["tfidf"] == pytest.approx(s / math.hypot(s, v))
    docs = [_doc("Seoul submarine submarine.", "a"), _doc("Tokyo trade trade.", "b")]
    out = kn.distinctive_terms(docs, by="document", top=1)
    assert out[["doc_id", "term", "count"]].values.tolist() == [["a", "submarine", 2],
                                                                ["b", "trade", 2]]
    assert out["paragraph"].isna().all()
    with pytest.raises(ValueError):
        kn.distinctive_terms(docs, by="sentence")


# ----------------------------------------------------------------------------- keyness

def test_g2_and_log_ratio_against_hand_computation():
    # a = 10 in c = 100 corpus tokens; b = 1000 in a reference of d = 1,000,000 tokens
    # E1 = 100 * 1010 / 1000100 = 0.1009899, E2 = 1000000 * 1010 / 1000100 = 1009.89901
    # G2 = 2 * (10 ln(10 / 0.1009899) + 1000 ln(1000 / 1009.89901)) = 72.2057
    assert kn.log_likelihood(10, 1000, 100, 1_000_000) == pytest.approx(72.2057, abs=1e-3)
    # LR = log2((10.5 / 100) / (1000.5 / 1e6)) = log2(104.948) = 6.7135
    assert kn.log_ratio(10, 1000, 100, 1_000_000) == pytest.approx(6.7135, abs=1e-3)
    # equal relative frequencies: no keyness
    assert kn.log_likelihood(10, 100_000, 100, 1_000_000) == pytest.approx(0.0, abs=1e-9)
    # a term absent from the reference: 0 ln 0 = 0
    assert kn.log_likelihood(2, 0, 100, 1000) == pytest.approx(2 * 2 * math.log(2 / (200 / 1100)))


def test_keyness_table_with_a_given_reference():
    # 18 terms: "submarine" x4, "alliance" x2, "the" x6 ...; "1950" and "a" are excluded
    text = ("The submarine the submarine the submarine the submarine alliance alliance "
            "the the 1950 a B-52 visit drills exercise ships harbour")
    ref = {"submarine": 1e-5, "alliance": 1e-5, "the": 0.05, "b-52": 1e-6}
    out = kn.keyness([_doc(text)], reference=ref, reference_size=1_000_000, min_count=2)
    assert list(out["term"]) == ["submarine", "alliance", "the"]  # sorted by G2
    assert set(out["corpus_size"]) == {18}
    sub = out.set_index("term").loc["submarine"]
    assert sub["count"] == 4 and sub["ref_count"] == pytest.approx(10.0)
    assert sub["g2"] == pytest.approx(kn.log_likelihood(4, 10, 18, 1e6))
    assert sub["expected"] == pytest.approx(18 * 14 / (18 + 1e6))
    assert sub["log_ratio"] == pytest.approx(math.log2((4.5 / 18) / (10.5 / 1e6)))
    assert sub["direction"] == "+"
    from scipy.stats import chi2

    assert sub["p_value"] == pytest.approx(chi2.sf(sub["g2"], 1))
    assert out.set_index("term").loc["the", "direction"] == "+"


def test_keyness_wordfreq_reference_on_seed():
    out = kn.keyness([_doc(SEED_TEXT)])
    top = list(out["term"][:10])
    assert "peninsula" in top and "korean" in top
    assert (out["count"] >= 2).all()
    assert not out["term"].str.fullmatch(r"[\d,.\-]+").any()
    assert (out["term"].str.len() > 1).all()
    assert out["ref_size"].iloc[0] == kn.WORDFREQ_REFERENCE_SIZE
    assert list(out["g2"]) == sorted(out["g2"], reverse=True)


def test_terms_definition():
    assert kn.terms("North Korea’s B-52 flew in 1953, 28,000 troops; a U.S. jet.") == [
        "north", "korea", "b-52", "flew", "in", "troops", "u.s", "jet"]


@pytest.mark.parametrize("word", ["deterrence", "yoon", "b-52", "nuclear-armed", "u.s",
                                  "washington's", "2023", "qzxvorbleton", "kimjongun",
                                  "séoul", "zzzz", "it's", "information-sharing",
                                  "us-south", "state-of-the-art", "qzxv-deterrence",
                                  "the-of", "co-operation"])
def test_zipf_shortcut_agrees_with_wordfreq(word):
    # zipf reads wordfreq's table directly and answers 0.0 for a plain lower-case ASCII word
    # the table lacks; every path must give what wordfreq's zipf_frequency gives.
    from wordfreq import zipf_frequency

    vocabulary.zipf.cache_clear()
    assert vocabulary.zipf(word) == zipf_frequency(word, "en")
    if word in ("qzxvorbleton", "kimjongun"):  # not in the table
        assert vocabulary.zipf(word) == 0.0
    if word == "deterrence":
        assert vocabulary.zipf(word) == 2.99  # wordfreq 3.x English table


def test_keyness_keeps_acronyms_apart_from_the_word_they_spell():
    from wordfreq import word_frequency

    from analysis.corpus import Document
    from analysis.metrics.keyness import keyness, keyness_terms

    text = ("The US and the U.S. Navy met the UN. Let us see. The US pledged more. "
            "The US and us.")
    assert keyness_terms("The U.S. told us") == ["the", "US", "told", "us"]
    table = keyness([Document.from_text(text, "d")], min_count=1).set_index("term")
    assert table.loc["US", "count"] == 4 and table.loc["us", "count"] == 2
    # The acronym's general-English frequency is that of its dotted spelling, not the pronoun's.
    assert table.loc["US", "ref_freq"] == word_frequency("u.s.", "en")
    assert table.loc["us", "ref_freq"] == word_frequency("us", "en")


def test_furniture_and_stage_lines_are_no_terms():
    # An op-ed's byline and bio, a transcript's time and place lines, its speaker labels and a
    # wire dateline are the sentence table's stage rows: no term is counted from them
    transcript = _doc("Remarks by the President\n\nRose Garden\n\n1:43 P.M. EDT\n\n"
                      "PRESIDENT BIDEN: Thank you. The alliance is ironclad.\n\n"
                      "PRESIDENT YOON: Thank you. The alliance is stronger.\n\nEND 2:05 P.M. EDT",
                      "wh")
    oped = _doc("[Op-ed] A start, not a finish\n\nBy Lee Min-ji\n\nThe declaration is a start. "
                "The alliance must now deliver.\n\nLee Min-ji is a professor of politics at "
                "Hanbit University.", "oped")
    wire = _doc("SEOUL (Example Wire) - The allies met on Monday. The alliance held.", "wire")
    counted = kn.keyness([transcript, oped, wire], min_count=1)
    terms = set(counted["term"])
    assert "alliance" in terms and "declaration" in terms
    assert not {"edt", "rose", "garden", "lee", "min-ji", "hanbit", "professor", "example",
                "wire", "seoul"} & terms
    assert counted.loc[counted["term"] == "alliance", "count"].item() == 4
    by_doc = kn.distinctive_terms([transcript, oped, wire], by="document", top=20)
    assert not {"edt", "lee", "min-ji", "example", "wire"} & set(by_doc["term"])


def test_a_term_keeps_the_form_the_corpus_writes_most_often():
    docs = [_doc("Korea and Korea met. korea is a word here. Nuclear talks went on. The nuclear "
                 "plan and the nuclear talks.")]
    table = kn.keyness(docs, min_count=2).set_index("term")
    assert table.loc["korea", "surface"] == "Korea"  # twice against once
    assert table.loc["nuclear", "surface"] == "nuclear"  # a sentence's first word is rarer
    assert table.loc["korea", "count"] == 3
