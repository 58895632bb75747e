"""Actor mentions counted per actor: the one count behind the mentions panel and commentary."""

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
