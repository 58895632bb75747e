"""One count of keyphrases across documents, used by the bars of notebook 03, its commentary and
the synthesis: the same phrase in the same written form everywhere."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from analysis.report.commentary import describe_keywords  # noqa: E402
from analysis.report.figures import new_figure  # noqa: E402
from analysis.report.plots import keyphrase_bars  # noqa: E402
from analysis.report.synthesis_text import keyphrase_sentence  # noqa: E402
from analysis.tables.counts import keyphrase_counts  # noqa: E402

# three documents: "seoul" in a and b, "Seoul" in c; "NCG" in a and c; "drills" in b only
TABLE = pd.DataFrame({
    "doc_id": ["a", "a", "b", "b", "c", "c"],
    "rank": [1, 2, 1, 2, 1, 2],
    "keyphrase": ["seoul", "NCG", "seoul", "drills", "Seoul", "NCG"],
    "score": [0.9, 0.8, 0.9, 0.7, 0.9, 0.6],
})


def test_counts_are_documents_per_lower_case_phrase_in_their_most_frequent_form():
    out = keyphrase_counts(TABLE)
    assert out[["key", "keyphrase", "n_documents"]].values.tolist() == [
        ["seoul", "seoul", 3], ["ncg", "NCG", 2], ["drills", "drills", 1]]
    # a tie of written forms goes to the first written
    tie = TABLE.assign(keyphrase=["Seoul", "NCG", "SEOUL", "drills", "x", "NCG"])
    assert keyphrase_counts(tie).set_index("key").at["seoul", "keyphrase"] == "Seoul"
    tie = TABLE.assign(keyphrase=["SEOUL", "NCG", "Seoul", "drills", "x", "NCG"])
    assert keyphrase_counts(tie).set_index("key").at["seoul", "keyphrase"] == "SEOUL"


def test_bars_commentary_and_synthesis_write_the_same_form():
    fig, ax = new_figure()
    keyphrase_bars(TABLE, ax=ax)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["seoul", "NCG", "drills"]
    keyness = pd.DataFrame({"term": [], "direction": [], "count": [], "log_ratio": []})
    mentions = pd.DataFrame({"doc_id": [], "actor": []})
    text = describe_keywords(TABLE, keyness, mentions, "toy")
    assert "the keyphrases listed most often are *seoul* (3 of 3), *NCG* (2 of 3) and " \
           "*drills* (1 of 3)" in text
    assert keyphrase_sentence(TABLE, 3).startswith(
        "The coverage is about *seoul* (3 of 3 articles) and *NCG* (2 of 3 articles)")
