"""Counts over the list tables: actor mentions per actor and keyphrases per phrase, the one count
behind each panel, commentary and synthesis that shows them."""

from __future__ import annotations

from typing import Any


def mention_counts(mentions: Any) -> Any:
    """One row per actor of :func:`analysis.metrics.actors.actor_mentions`: ``actor``,
    ``n_mentions``, ``n_documents`` (with a mention) and ``first_position``: how far into an
    article the actor first appears (the relative position of its first mention, 0 = first
    character; over several documents, the median of the documents that mention it). Most
    mentioned first; actors with as many mentions in alphabetical order."""
    import pandas as pd

    if mentions.empty:
        return pd.DataFrame({"actor": pd.Series(dtype="str"),
                             "n_mentions": pd.Series(dtype="int64"),
                             "n_documents": pd.Series(dtype="int64"),
                             "first_position": pd.Series(dtype=float)})
    out = mentions.groupby("actor").agg(n_mentions=("start", "size"),
                                        n_documents=("doc_id", "nunique")).reset_index()
    first = mentions.groupby(["actor", "doc_id"])["position"].min().groupby("actor").median()
    out["first_position"] = out["actor"].map(first).astype(float)
    out = out.sort_values("n_mentions", ascending=False, kind="mergesort")
    return out.reset_index(drop=True)


def keyphrase_counts(keyphrases: Any) -> Any:
    """How many documents list each keyphrase, compared in lower case: one row per phrase with
    ``key`` (lower case), ``keyphrase`` (its most frequent written form; of equally frequent
    ones the first written, so *Seoul* before a later *SEOUL*) and ``n_documents``, most
    listed first, then by ``key``. ``keyphrases`` is
    :func:`analysis.metrics.keyphrases.keyphrases_table`."""
    keyed = keyphrases.assign(key=keyphrases["keyphrase"].str.lower())
    out = keyed.groupby("key").agg(keyphrase=("keyphrase", most_frequent),
                                   n_documents=("doc_id", "nunique")).reset_index()
    return out.sort_values(["n_documents", "key"], ascending=[False, True],
                           kind="mergesort").reset_index(drop=True)


def most_frequent(values: Any) -> Any:
    """The most frequent of ``values``; of equally frequent ones the first."""
    values = list(values)
    return max(dict.fromkeys(values), key=values.count)
