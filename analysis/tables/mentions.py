"""Actor mentions counted per actor: the one count behind the mentions panel and commentary."""

from __future__ import annotations

from typing import Any


def mention_counts(mentions: Any) -> Any:
    """One row per actor of :func:`analysis.metrics.actors.actor_mentions`: ``actor``,
    ``n_mentions``, ``n_documents`` (with a mention) and ``first_position`` (the relative
    position of its first mention in the first document, by ``doc_id``, that mentions it).
    Most mentioned first; actors with as many mentions in alphabetical order."""
    import pandas as pd

    if mentions.empty:
        return pd.DataFrame({"actor": pd.Series(dtype="str"),
                             "n_mentions": pd.Series(dtype="int64"),
                             "n_documents": pd.Series(dtype="int64"),
                             "first_position": pd.Series(dtype=float)})
    ordered = mentions.sort_values(["doc_id", "start"], kind="mergesort")
    out = ordered.groupby("actor").agg(n_mentions=("start", "size"),
                                       n_documents=("doc_id", "nunique"),
                                       first_position=("position", "first")).reset_index()
    out = out.sort_values("n_mentions", ascending=False, kind="mergesort")
    return out.reset_index(drop=True)
