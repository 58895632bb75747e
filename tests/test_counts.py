"""Actor mentions counted per actor (analysis.tables.counts), on hand-checked rows."""

from __future__ import annotations

import pandas as pd

from analysis.corpus import Document
from analysis.metrics.actors import actor_mentions
from analysis.tables.counts import mention_counts


def test_counts_documents_and_first_positions_by_hand():
    docs = [Document.from_text("Seoul and Washington met. North Korea fired a missile. Seoul "
                               "protested.", "b"),
            Document.from_text("North Korea warned Washington.", "a")]
    mentions = actor_mentions(docs)
    out = mention_counts(mentions)
    # North Korea, South Korea (Seoul) and the United States (Washington): 2 mentions each, so
    # in alphabetical order
    assert out["actor"].tolist() == ["North Korea", "South Korea", "United States"]
    counts = dict(zip(out["actor"], out["n_mentions"], strict=True))
    docs_with = dict(zip(out["actor"], out["n_documents"], strict=True))
    nk = mentions[mentions["actor"] == "North Korea"]
    assert counts["North Korea"] == len(nk) == 2 and docs_with["North Korea"] == 2
    # the median over documents of where it first appears: 0 in "a", 26 of 71 characters in "b"
    first = dict(zip(out["actor"], out["first_position"], strict=True))
    assert len(docs[0].text) == 71 and docs[0].text.index("North Korea") == 26
    assert first["North Korea"] == (0 + 26 / 71) / 2
    assert list(out["n_mentions"]) == sorted(out["n_mentions"], reverse=True)


def test_ties_are_alphabetical_and_empty_mentions_give_typed_columns():
    rows = pd.DataFrame({"doc_id": ["x"] * 5, "actor": ["Yoon", "Biden", "Yoon", "Biden", "KCNA"],
                         "start": [0, 10, 20, 30, 40], "position": [0, .2, .4, .6, .8]})
    out = mention_counts(rows)
    assert out["actor"].tolist() == ["Biden", "Yoon", "KCNA"]
    assert out["n_mentions"].tolist() == [2, 2, 1]
    assert out["first_position"].tolist() == [0.2, 0.0, 0.8]
    # two documents: the median of each one's first mention
    two = pd.concat([rows, rows.assign(doc_id="y", position=[.1, .5, .9, .9, .3])])
    assert mention_counts(two)["first_position"].tolist() == [(0.2 + 0.5) / 2, (0.0 + 0.1) / 2,
                                                              (0.8 + 0.3) / 2]
    empty = mention_counts(rows.iloc[:0])
    assert list(empty.columns) == ["actor", "n_mentions", "n_documents", "first_position"]
    assert empty.empty and str(empty["n_mentions"].dtype) == "int64"
