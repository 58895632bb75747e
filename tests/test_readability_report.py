"""What notebook 02 says: hardest passages, their reasons, and the commentary."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.report.commentary import describe_readability, flesch_band, school_level
from analysis.tables.aggregate import aggregate
from analysis.tables.difficulty import difficulty_factors, hardest_units
from analysis.tables.intervals import readability_intervals
from analysis.tables.sentences import sentence_table


def readability(corpus, unit: str = "document") -> pd.DataFrame:
    """The readability table of ``corpus`` at ``unit`` level, as notebook 02 builds it."""
    return aggregate(sentence_table(corpus, metrics=("readability",)), unit)


def test_difficulty_factors_are_ratios_of_the_base_counts():
    table = pd.DataFrame({"n_words": [20, 0], "n_sentences": [2, 0], "n_syllables": [30, 0],
                          "n_polysyllables": [4, 0], "n_difficult_words": [5, 0]})
    out = difficulty_factors(table)
    assert out.loc[0, ["words_per_sentence", "syllables_per_word", "polysyllable_share",
                       "unfamiliar_share"]].tolist() == [10.0, 1.5, 0.2, 0.25]
    assert out.loc[1, ["words_per_sentence", "syllables_per_word"]].isna().all()


def test_hardest_seed_paragraph_is_the_first_and_its_long_sentence_is_named(seed_corpus):
    hardest = hardest_units(readability(seed_corpus, unit="paragraph"), n=3)
    assert hardest["paragraph"].tolist() == [1, 8, 11]
    first = hardest.iloc[0]
    # Paragraph 1 is one sentence of 33 words; the article has 387 words in 17 sentences (22.8).
    assert first["words_per_sentence"] == 33
    assert first["why"].startswith("long sentences (33 vs 23 words per sentence)")
    assert hardest["flesch_kincaid_grade"].is_monotonic_decreasing


def test_a_headline_is_never_the_hardest_passage():
    # A 5-word headline scores Flesch-Kincaid 11.9 here, above the 32-word paragraph (about
    # 9.5): a grade over 5 words is not a passage's difficulty
    table = pd.DataFrame({
        "doc_id": ["a", "a"], "paragraph": [1, 2], "sentence": [None, None],
        "n_words": [5, 32], "n_sentences": [1, 2], "n_syllables": [10, 48],
        "n_polysyllables": [2, 3], "n_difficult_words": [2, 6]})
    table["flesch_kincaid_grade"] = (0.39 * table["n_words"] / table["n_sentences"]
                                     + 11.8 * table["n_syllables"] / table["n_words"] - 15.59)
    assert table.loc[0, "flesch_kincaid_grade"] > table.loc[1, "flesch_kincaid_grade"]
    assert hardest_units(table, n=2)["paragraph"].tolist() == [2]
    assert hardest_units(table, n=2, min_words=0)["paragraph"].tolist() == [1, 2]
    # a corpus of short units only keeps them all
    assert hardest_units(table.iloc[:1], n=2)["paragraph"].tolist() == [1]


def test_hardest_units_rejects_unknown_measures(seed_corpus):
    with pytest.raises(ValueError, match="unknown measure"):
        hardest_units(readability(seed_corpus), measure="nope")


@pytest.mark.parametrize(("score", "band"), [(95, "very easy"), (65, "standard"),
                                             (45, "difficult"), (19.8, "very difficult")])
def test_flesch_bands(score, band):
    assert flesch_band(score) == band


def test_school_levels():
    assert [school_level(g) for g in (4, 7, 10, 14, 18)] == [
        "elementary school", "middle school", "high school", "college", "graduate school"]
    assert school_level(math.nan) == "undefined"


def test_readability_commentary_quotes_the_computed_values(seed_corpus):
    docs = readability(seed_corpus)
    intervals = readability_intervals(seed_corpus, n_resamples=200, seed=0)
    hardest = hardest_units(readability(seed_corpus, unit="paragraph"))
    text = describe_readability(docs, intervals, hardest, "seeds")
    fk = docs.loc[0, "flesch_kincaid_grade"]
    assert f"Flesch-Kincaid grade of {fk:.1f}" in text
    assert "SMOG is undefined here: it needs at least 30 sentences and the article has 17." in text
    assert "The hardest passage is paragraph 1" in text
    assert "Its composite grade, the score to compare it with other articles by, is 13.1." in text


def test_describe_readability_ranks_articles_by_the_composite():
    from analysis.corpus import load_corpus
    from tests.conftest import ROOT

    corpus = load_corpus(ROOT / "tests" / "fixtures" / "outlets")
    docs = readability(corpus)
    text = describe_readability(docs, None, docs.iloc[0:0], "outlets")
    order = docs.sort_values("composite_grade")
    # Flesch-Kincaid would name another easiest article than the composite on this corpus.
    assert docs.sort_values("flesch_kincaid_grade")["doc_id"].iloc[0] != order["doc_id"].iloc[0]
    assert (f"the easiest article is {order['doc_id'].iloc[0]} "
            f"({order['composite_grade'].iloc[0]:.1f}) and the hardest "
            f"{order['doc_id'].iloc[-1]} ({order['composite_grade'].iloc[-1]:.1f})") in text
