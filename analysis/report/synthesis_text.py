"""Phrases of notebook 05's commentary that claim only what the tables show.

:func:`date_scope` counts the dated articles before giving their dates (an article whose date
could not be read is ``NaT``); :func:`keyphrase_sentence` calls a keyphrase shared only when
it occurs in at least two articles, and says *most articles* only when it occurs in more than
half of them; with no shared keyphrase it names each article's own top keyphrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tables.counts import keyphrase_counts
from .prose import join_names, plural

if TYPE_CHECKING:
    import pandas as pd

NAMED = 3
"""Keyphrases (or articles) named in the sentence."""


def long_day(value) -> str:
    """``"26 April 2023"`` (no leading zero)."""
    return f"{value.day} {value:%B %Y}"


def date_scope(docs: pd.DataFrame) -> str:
    """The dates of a corpus of several articles, for *X holds 3 articles ...*: ``", published
    27 April 2023"`` when every article is dated, ``" (1 of 3 articles dated, 27 April 2023)"``
    when some are, ``" (none of the 3 articles dated)"`` when none is."""
    n_docs = len(docs)
    dates = docs["date"].dropna() if "date" in docs.columns else docs.iloc[:0, :0]
    if dates.empty:
        return f" (none of the {n_docs} articles dated)"
    first, last = dates.min(), dates.max()
    span = long_day(first) if first == last else f"between {long_day(first)} and {long_day(last)}"
    if len(dates) == n_docs:
        return f", published {span}"
    return f" ({len(dates)} of {plural(n_docs, 'article')} dated, {span})"


def keyphrase_sentence(keyphrases: pd.DataFrame, n_docs: int) -> str | None:
    """What the coverage is about, from :func:`analysis.metrics.keyphrases.keyphrases_table`
    (module docs); ``None`` when there is no keyphrase. Keyphrases are compared in lower
    case and shown in their most frequent form."""
    if keyphrases.empty:
        return None
    keyed = keyphrases.assign(key=keyphrases["keyphrase"].str.lower())
    table = keyphrase_counts(keyphrases)
    surface = table.set_index("key")["keyphrase"]
    if n_docs <= 1:
        lead = [f"*{surface[k]}*" for k in keyed["key"].drop_duplicates()[:NAMED]]
        return f"The coverage is about {join_names(lead)}."
    counts = table.set_index("key")["n_documents"]
    shared = counts[counts >= 2].head(NAMED)
    if shared.empty:
        firsts = keyed.sort_values("rank", kind="mergesort").drop_duplicates("doc_id")
        firsts = firsts.set_index("doc_id").reindex(keyed["doc_id"].drop_duplicates())
        named = [f"*{surface[k]}* ({doc})" for doc, k in firsts["key"].head(NAMED).items()]
        some = "" if len(firsts) <= NAMED else f" (the first {NAMED} articles)"
        return (f"No keyphrase occurs in two articles; the top keyphrase of each "
                f"article{some} is {join_names(named)}.")
    lead = [f"*{surface[k]}* ({c} of {n_docs} articles)" for k, c in shared.items()]
    one = len(shared) == 1
    if (shared * 2 > n_docs).all():
        which = "a keyphrase most articles share" if one else "keyphrases most articles share"
    elif (counts >= 2).sum() <= NAMED:
        which = f"the only keyphrase{'' if one else 's'} shared by at least two articles"
    else:
        which = "the keyphrases shared by the most articles"
    return f"The coverage is about {join_names(lead)}: {which}."
