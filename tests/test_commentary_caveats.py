"""The commentary's caveats hold only where the data calls for them: tone shares are called
indicative only for actors with few mentions, and groups of one article are said to have no
interval only when there is one (analysis/report/commentary.py)."""

import pandas as pd

from analysis.report.commentary import FEW_MENTIONS, _actor_tone_sentences, intervals_sentence


def _summary(counts):
    return pd.DataFrame({"actor": list(counts), "n_mentions": list(counts.values()),
                         "negative": 0, "neutral": list(counts.values()), "positive": 0,
                         "uncertain": 0})


def test_tone_shares_are_indicative_only_for_actors_with_few_mentions():
    assert FEW_MENTIONS == 10
    many = _actor_tone_sentences(_summary({"South Korea": 408, "United States": 308}))
    assert many[1] == "0% of the 716 mentions are uncertain."
    some = _actor_tone_sentences(_summary({"South Korea": 40, "China": 4, "Japan": 2}))
    assert some[1] == ("0% of the 46 mentions are uncertain; China and Japan have fewer than 10 "
                       "mentions, so their shares are only indicative.")
    one = _actor_tone_sentences(_summary({"South Korea": 40, "China": 4}))
    assert one[1].endswith("; China has fewer than 10 mentions, so its shares are only "
                           "indicative.")


def _comparison(n_documents):
    rows = [{"metric": "composite_grade", "group": g, "n_documents": n, "n_units": n,
             "mean": 10.0, "ci_low": float("nan") if n == 1 else 9.0,
             "ci_high": float("nan") if n == 1 else 11.0, "mean_diff": 0.0, "hedges_g": 0.0,
             "reason": ""} for g, n in n_documents.items()]
    table = pd.DataFrame(rows)
    table.attrs.update({"n_sentences": 10, "n_documents": sum(n_documents.values())})
    return table


def test_groups_of_one_article_are_mentioned_only_when_there_is_one():
    assert intervals_sentence(_comparison({"KR": 2, "US": 1}), "country") == (
        "Intervals in the figure are 95% bootstrap intervals; groups of one article have none.")
    assert intervals_sentence(_comparison({"KR": 2, "US": 2}), "country") == (
        "Intervals in the figure are 95% bootstrap intervals.")
    articles = _comparison({"a": 1, "b": 1}).assign(ci_low=9.0, ci_high=11.0)  # over sentences
    assert intervals_sentence(articles, "doc_id") == (
        "Intervals in the figure are 95% bootstrap intervals over sentences.")
