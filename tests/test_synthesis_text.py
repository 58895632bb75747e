"""Notebook 05's dates and keyphrases claim only what the tables show
(analysis/report/synthesis_text.py)."""

import pandas as pd

from analysis.report.synthesis_text import date_scope, keyphrase_sentence


def _docs(*dates):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(dates))],
                         "date": pd.to_datetime(list(dates))})


def test_dates_are_counted_before_they_are_given():
    assert date_scope(_docs("2023-04-27", None, None)) == " (1 of 3 articles dated, 27 April 2023)"
    assert date_scope(_docs("2023-04-27", "2023-05-02", None)) == \
        " (2 of 3 articles dated, between 27 April 2023 and 2 May 2023)"
    assert date_scope(_docs("2023-04-27", "2023-04-27")) == ", published 27 April 2023"
    assert date_scope(_docs(None, None, None)) == " (none of the 3 articles dated)"
    assert date_scope(pd.DataFrame({"doc_id": ["a", "b"]})) == " (none of the 2 articles dated)"


def _phrases(rows):
    return pd.DataFrame([{"doc_id": d, "rank": r, "keyphrase": k, "score": 1.0}
                         for d, r, k in rows])


def test_no_sharing_is_claimed_when_no_keyphrase_is_in_two_articles():
    table = _phrases([("a", 1, "nuclear umbrella"), ("a", 2, "Washington Declaration"),
                      ("a", 3, "state visit"), ("b", 1, "missile launch"),
                      ("c", 1, "chip exports")])
    assert keyphrase_sentence(table, 3) == (
        "No keyphrase occurs in two articles; the top keyphrase of each article is "
        "*nuclear umbrella* (a), *missile launch* (b) and *chip exports* (c).")


def test_most_only_when_more_than_half_the_articles_share_it():
    table = _phrases([("a", 1, "nuclear umbrella"), ("b", 1, "Nuclear umbrella"),
                      ("c", 1, "nuclear umbrella"), ("a", 2, "state visit"),
                      ("b", 2, "state visit"), ("d", 1, "chip exports")])
    # nuclear umbrella in 3 of 4 articles, state visit in 2 of 4 (not more than half).
    assert keyphrase_sentence(table, 4) == (
        "The coverage is about *nuclear umbrella* (3 of 4 articles) and *state visit* (2 of 4 "
        "articles): the only keyphrases shared by at least two articles.")
    assert keyphrase_sentence(table, 3) == (
        "The coverage is about *nuclear umbrella* (3 of 3 articles) and *state visit* (2 of 3 "
        "articles): keyphrases most articles share.")


def test_one_article_and_no_keyphrase():
    table = _phrases([("a", 1, "nuclear umbrella"), ("a", 2, "state visit")])
    assert keyphrase_sentence(table, 1) == \
        "The coverage is about *nuclear umbrella* and *state visit*."
    assert keyphrase_sentence(table.iloc[:0], 2) is None
