"""Computed commentary on quotation travel and text reuse (notebook 06)."""

from __future__ import annotations

from datetime import date

from ..reuse.documents import order_unknown, source_order
from .commentary import Commentary, join_names, pct, plural


def _when(value) -> str:
    """``"26 April 2023"`` from an ISO date, the text itself when it is not a full date."""
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{day.day} {day:%B %Y}"


def _first_seen(cluster: dict) -> str:
    """Where the cluster was first seen; when other articles' dates tie with that one's, that
    they ran it the same day (or undated), their order unknown: no article is called first."""
    first = cluster["first_seen"]
    where = first["outlet"] or first["doc_id"]
    when = f" on {_when(first['date'])}" if first["date"] else ""
    if ties := first.get("ties", 0):
        return (f"earliest in {where} and {plural(ties, 'other article')}{when}, whose dates "
                "do not tell which ran it first")
    return f"first in {where}{when}"


def _quotations(clusters: list[dict], n_documents: int, name: str) -> list[str]:
    shared = [c for c in clusters if c["kind"] == "shared"]
    n_quotes = sum(c["n_occurrences"] for c in clusters)
    if not clusters:
        return [f"*{name}* holds no quotation of three words or more."]
    if n_documents == 1:
        return [f"Its {plural(n_quotes, 'quotation')} of three words or more are listed "
                "above."]
    out = [f"*{name}* holds {plural(n_documents, 'article')} with "
           f"{plural(n_quotes, 'quotation')} of three words or more, in "
           f"{plural(len(clusters), 'cluster')}; {len(shared)} of them travelled to more than "
           "one article."]
    if shared:
        top = shared[0]
        speaker = f" ({top['speaker']})" if top["speaker"] else ""
        out.append(f"The most widely carried is “{top['quote']}”{speaker}, in "
                   f"{plural(len(top['doc_ids']), 'article')}, {_first_seen(top)}"
                   + (f", in {len(top['variants'])} wordings." if len(top["variants"]) > 1
                      else "."))
    return out


REUSED_FROM = {"date": "an earlier article", "copy": "another article",
               "none": "another article"}
"""What the reused words came from, by :func:`analysis.reuse.source_order`: an *earlier*
article only when the dates ordered every passage."""


def _passages(passages, reuse, by_outlet, min_words: int) -> list[str]:
    between = passages[passages["direction"] != "reference"]
    if between.empty:
        return [f"No two articles share a passage of {min_words} words or more: none was "
                "copied from another in this corpus."]
    reusing = int((reuse["n_reused_words"] > 0).sum())
    unknown = order_unknown(passages)
    what = ("share text with another article or reuse a reference" if unknown else
            f"{'reuses' if reusing == 1 else 'reuse'} text from "
            f"{REUSED_FROM[source_order(passages)]} or a reference")
    out = [f"{plural(len(between), 'passage')} of {min_words} words or more "
           f"{'is' if len(between) == 1 else 'are'} shared between articles; "
           f"{reusing} of the {len(reuse)} articles {what} "
           f"({pct(reuse['n_reused_words'].sum() / max(reuse['n_words'].sum(), 1))} of all "
           "words)."]
    if unknown:
        count = "it counts" if unknown == 1 else "they count"
        out.append(f"For {plural(unknown, 'passage')} the dates do not tell which article came "
                   f"first (the same date, or none), so {count} for both articles.")
    if len(by_outlet) > 1 and by_outlet.iloc[0]["n_reused_words"] > 0:
        top = by_outlet.iloc[0]
        n = int(top["n_documents"])
        lead = ("The outlet with the largest share of such words is" if unknown
                else "The outlet that reuses most is")
        out.append(f"{lead} {top['outlet']}, "
                   f"{pct(top['reused_share'])} of the words of its "
                   + ("single article, too few to say how the outlet writes."
                      if n == 1 else f"{plural(n, 'article')}."))
    return out


def _references(passages, references: list[str]) -> list[str]:
    if not references:
        return []
    used = passages[passages["direction"] == "reference"]
    if used.empty:
        return [f"No article reuses a passage of the reference text "
                f"{join_names(references)}."]
    out = []
    for name in references:
        rows = used[used["source"] == name]
        if rows.empty:
            out.append(f"No article reuses a passage of {name}.")
            continue
        readers = rows["doc_id"].nunique()
        out.append(f"{plural(readers, 'article')} {'reuses' if readers == 1 else 'reuse'} "
                   f"passages of {name} "
                   f"({plural(int(rows['n_words'].sum()), 'word')} in all, the longest "
                   f"{plural(int(rows['n_words'].max()), 'word')}).")
    return out


def describe_reuse(clusters: list[dict], passages, reuse, by_outlet, name: str,
                   references: list[str] | None = None, min_words: int = 12) -> Commentary:
    """Markdown commentary for notebook 06 from the tables of :mod:`analysis.reuse`.

    ``clusters`` from ``quotation_clusters``, ``passages`` from ``shared_passages``, ``reuse``
    from ``document_reuse``, ``by_outlet`` from ``reuse_by_outlet``; ``references`` the names
    of the reference texts given (file stems); ``min_words`` the passage minimum used.
    """
    references = list(references or [])
    n = len(reuse)
    if n == 1:
        lines = [f"There is only one article in *{name}*, so there is nothing to compare it "
                 "with."]
        lines += _quotations(clusters, n, name)
        lines += _references(passages, references)
    else:
        lines = _quotations(clusters, n, name)
        lines += _passages(passages, reuse, by_outlet, min_words)
        lines += _references(passages, references)
    return Commentary(" ".join(lines))


def quotations_title(table, n_documents: int) -> str:
    """The title of the quotation grid (:func:`analysis.report.reuse_plots.
    quotation_outlet_grid`), claiming "more than one outlet" only for the quotations that
    were: ``2 of the 10 quotations shown were carried by more than one outlet``.

    ``table`` is :func:`analysis.reuse.quotation_outlets` (one row per quotation and outlet);
    ``n_documents`` the corpus size (one article: ``The article's quotations``).
    """
    if n_documents <= 1:
        return "The article's quotations"
    if table.empty:
        return "No quotation of three words or more"
    outlets = table.groupby("cluster")["outlet"].nunique()
    shared, shown = int((outlets >= 2).sum()), len(outlets)
    if shared == 0:
        return f"None of the {plural(shown, 'quotation')} shown was carried by more than one outlet"
    if shared == shown:
        return f"{plural(shown, 'quotation')} carried by more than one outlet"
    return f"{shared} of the {shown} quotations shown were carried by more than one outlet"


def reuse_share_title(by_outlet, passages=None) -> str:
    """The title of the reuse bars (:func:`analysis.report.reuse_plots.reuse_share_bars`),
    saying so when no outlet reuses a word (the bars are then all empty), and claiming an
    *earlier* article only when the dates ordered every counted passage between articles
    (:func:`analysis.reuse.source_order` of ``passages``; ``None``: not checked).

    ``by_outlet`` is :func:`analysis.reuse.reuse_by_outlet`, ``passages``
    :func:`analysis.reuse.shared_passages`.
    """
    order = "date" if passages is None else source_order(passages)
    source = ("shared with another article or a reference" if order == "none" else
              f"taken from {REUSED_FROM[order]} or a reference")
    reusing = int((by_outlet["n_reused_words"] > 0).sum()) if len(by_outlet) else 0
    if reusing == 0:
        return f"No outlet's words are {source} ({plural(len(by_outlet), 'outlet')})"
    return (f"Share of each outlet's words {source} "
            f"({reusing} of {plural(len(by_outlet), 'outlet')} reusing)")
