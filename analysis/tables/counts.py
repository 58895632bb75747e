"""Counts over the list tables: actor mentions per actor and keyphrases per phrase, the one count
behind each panel, commentary and synthesis that shows them; and the corpus's pooled shares of
quoted words over the document overview."""

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


def pooled_shares(overview: Any) -> dict[str, float]:
    """The corpus's shares of words pooled over its documents (every word weighs the same, so
    a long article weighs more than a short one): ``quoted_share``, the words of sentences
    that present someone's words, and ``in_quotes_share``, the words inside quotation marks,
    each over all counted words (NaN without any, or without the count's column). ``overview``
    is :func:`analysis.tables.aggregate.overview`."""
    words = int(overview["n_words"].sum())
    return {f"{name}_share": int(overview[column].sum()) / words
            if words and column in overview.columns else float("nan")
            for name, column in (("quoted", "n_quoted_words"), ("in_quotes", "n_words_in_quotes"))}
