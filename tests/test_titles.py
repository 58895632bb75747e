"""Figure titles of notebooks 01-03 read their claims off the tables they title
(analysis/report/titles.py)."""

import math

import pandas as pd

from analysis.report.titles import (
    grade_title,
    keyphrases_title,
    mentions_title,
    paragraph_spread_title,
    quoted_words_title,
)
from analysis.tables.counts import pooled_shares

OVERVIEW = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [300, 100],
                         "n_quoted_words": [30, 70], "n_words_in_quotes": [10, 30]})


def test_pooled_shares_weigh_every_word_the_same():
    # (30 + 70) / 400, not the mean of 0.1 and 0.7
    assert pooled_shares(OVERVIEW) == {"quoted_share": 0.25, "in_quotes_share": 0.1}
    empty = pooled_shares(OVERVIEW.assign(n_words=0))
    assert math.isnan(empty["quoted_share"]) and math.isnan(empty["in_quotes_share"])


def test_quoted_words_title():
    assert quoted_words_title(OVERVIEW) == ("10% of the words are inside quotation marks, 25% in "
                                            "sentences that present someone's words")
    assert quoted_words_title(OVERVIEW.assign(n_words=0)) == \
        "No counted words: no share of quoted words"


def test_grade_title_names_the_median_of_graded_articles():
    docs = pd.DataFrame({"doc_id": list("abcd"),
                         "flesch_kincaid_grade": [8.0, 12.0, 10.5, float("nan")]})
    assert grade_title(docs) == ("The median article reads at grade 10.5 on Flesch-Kincaid "
                                 "(3 articles graded)")
    assert grade_title(docs.head(1)) == "The article reads at grade 8.0 on Flesch-Kincaid"
    assert grade_title(docs.tail(1)) == "No article has a Flesch-Kincaid grade"


def test_paragraph_spread_title():
    paras = pd.DataFrame({"flesch_kincaid_grade": [6.25, 14.0, float("nan"), 9.0]})
    assert paragraph_spread_title(paras) == \
        "Paragraph difficulty varies by 7.8 grades across 3 graded paragraphs"
    assert paragraph_spread_title(paras.iloc[[1]]) == "One graded paragraph, at grade 14.0"
    assert paragraph_spread_title(paras.iloc[[2]]) == "No paragraph has a Flesch-Kincaid grade"


def _phrases(rows):
    return pd.DataFrame(rows, columns=["doc_id", "rank", "keyphrase"])


def test_keyphrases_title_claims_only_what_the_counts_show():
    one = _phrases([("a", 2, "efforts"), ("a", 1, "extended deterrence")])
    assert keyphrases_title(one, 1) == "“extended deterrence” leads what the article is about"
    shared = _phrases([("a", 1, "NCG"), ("b", 1, "Seoul"), ("b", 2, "ncg"), ("c", 1, "NCG")])
    assert keyphrases_title(shared, 4) == \
        "“NCG” is a keyphrase of 3 of 4 articles, more than any other"
    tied = _phrases([("a", 1, "NCG"), ("a", 2, "Seoul"), ("b", 1, "Seoul"), ("b", 2, "NCG")])
    assert keyphrases_title(tied, 2) == "2 keyphrases are each listed by 2 of 2 articles"
    apart = _phrases([("a", 1, "NCG"), ("b", 1, "Seoul")])
    assert keyphrases_title(apart, 2) == "No keyphrase is listed by more than one of 2 articles"
    assert keyphrases_title(apart.head(0), 2) == "No keyphrase found"


def _mentions(rows):
    return pd.DataFrame(rows, columns=["doc_id", "actor", "start", "position"])


def test_mentions_title_counts_and_ties():
    one = _mentions([("a", "North Korea", 10, 0.1), ("a", "North Korea", 90, 0.9),
                     ("a", "China", 50, 0.5)])
    assert mentions_title(one) == "North Korea is mentioned most: 2 times"
    many = pd.concat([one, _mentions([("b", "North Korea", 5, 0.2), ("b", "China", 9, 0.4)])])
    assert mentions_title(many) == "North Korea is mentioned most: 3 times in 2 articles"
    tied = _mentions([("a", "China", 1, 0.1), ("a", "Japan", 2, 0.2)])
    assert mentions_title(tied) == "2 actors are mentioned most, 1 time each"
    assert mentions_title(tied.head(0)) == "No actor mentioned"
