"""Reuse per document and the tables behind the reuse figures.

``reused_share`` counts the words of a document that lie in passages it shares with an
earlier document or a reference text (:func:`analysis.reuse.shared_passages`), over all its
words (the same normalised words the passages count). Of two wire copies with the same date
(or none), only the one contained in the other counts the passage (``"containment"``, the
order :func:`analysis.corpus.duplicates.find_duplicates` uses), and of two wire copies of which
one has no date only the undated one (``"undated"``, as ``find_duplicates`` orders them). A
passage whose order is undetermined (dates tie and the documents are not copies, or one has no
date) counts for both documents: either may have copied. A passage with
fewer than :data:`MIN_UNQUOTED_WORDS` words outside quotation marks on the copying side is not
counted: two outlets quoting the same long sentence (and adding the same ``the minister
said``) took it from the speaker, not from each other; such quotations are counted in
``n_shared_quotations`` instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..corpus.duplicates import in_precedence
from .passages import shared_passages
from .quotations import quotation_clusters
from .text import content_spans, load_references, word_spans

MIN_UNQUOTED_WORDS = 6
"""A passage with fewer words than this outside quotation marks is a shared quotation, not
reuse: five words or fewer of the journalist's own are an attribution (``the foreign minister
said on Tuesday``), not copied reporting."""

DOCUMENT_COLUMNS = ["doc_id", "n_words", "n_reused_words", "reused_share", "reused_from",
                    "n_shared_quotations", "reason"]
"""Columns of :func:`document_reuse`, in order."""


def _covered(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge character intervals into disjoint ones."""
    merged: list[list[int]] = []
    for s, e in sorted(intervals):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def counted_passages(passages):
    """The passages of :func:`shared_passages` that count as reuse: at least
    :data:`MIN_UNQUOTED_WORDS` words outside quotation marks (module docs)."""
    return passages[passages["n_words"] - passages["n_words_in_quotes"] >= MIN_UNQUOTED_WORDS]


def order_unknown(passages) -> int:
    """How many counted passages between two articles have no order (``undetermined``: the
    same date or none, and neither a copy of the other), so that they count for both."""
    return int((counted_passages(passages)["direction"] == "undetermined").sum())


def source_order(passages) -> str:
    """How the counted passages between articles were ordered: ``"date"`` (every one by the
    articles' dates, or none between articles), ``"copy"`` (some on the same date or without
    one, ordered by which copies the other: ``containment``, ``undated``) or ``"none"`` (some
    in no order: :func:`order_unknown`)."""
    directions = set(counted_passages(passages)["direction"]) - {"reference"}
    if "undetermined" in directions:
        return "none"
    return "date" if directions <= {"date"} else "copy"


def document_reuse(corpus, reference: str | Path | Iterable[str | Path] | Mapping[str, str]
                   | None = None, *, passages=None, clusters: list[dict[str, Any]] | None = None):
    """One row per document of ``corpus`` (a DataFrame with :data:`DOCUMENT_COLUMNS`).

    ``n_words`` is the document's word count, ``n_reused_words`` the words in passages shared
    with an earlier document or a reference (module docs), ``reused_share`` their share,
    ``reused_from`` the sources, a tuple in order of name (the export joins it with ``; ``),
    and ``n_shared_quotations`` the number of quotation clusters the document
    shares with another document. ``passages`` and ``clusters`` may be passed when already
    computed (from :func:`shared_passages` and :func:`quotation_clusters` on the same corpus
    and references). A document without words gets NaN and a ``reason``.
    """
    import pandas as pd

    if passages is None:
        passages = shared_passages(corpus, reference)
    if clusters is None:
        clusters = quotation_clusters(corpus)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    sources: dict[str, set[str]] = defaultdict(set)
    for row in counted_passages(passages).itertuples(index=False):
        spans[row.doc_id].append((row.start, row.end))
        sources[row.doc_id].add(row.source)
        if row.direction == "undetermined":
            spans[row.source].append((row.source_start, row.source_end))
            sources[row.source].add(row.doc_id)
    shared = defaultdict(int)
    for cluster in clusters:
        if cluster["kind"] == "shared":
            for doc_id in cluster["doc_ids"]:
                shared[doc_id] += 1
    rows = []
    for doc in corpus:
        starts = [s for s, _, _ in content_spans(doc)]
        reused = sum(sum(1 for w in starts if s <= w < e) for s, e in _covered(spans[doc.doc_id]))
        n = len(starts)
        rows.append({"doc_id": doc.doc_id, "n_words": n, "n_reused_words": reused,
                     "reused_share": reused / n if n else float("nan"),
                     "reused_from": tuple(sorted(sources[doc.doc_id])),
                     "n_shared_quotations": shared[doc.doc_id],
                     "reason": "" if n else "no words"})
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def _outlet(meta: Mapping[str, Any], doc_id: str) -> str:
    """A document's outlet, or its doc_id when the sidecar names none."""
    outlet = meta.get("outlet")
    return str(outlet) if outlet else doc_id


def quotation_outlets(clusters: list[dict[str, Any]], corpus, top: int = 10):
    """Which outlets carried which of the ``top`` quotations (a long DataFrame).

    One row per (quotation, outlet): ``cluster``, ``quote``, ``speaker``, ``outlet``,
    ``date`` (the outlet's first document carrying it), ``n_documents`` (how many of the
    outlet's documents carry it), ``first`` (the outlet of the first appearance),
    ``outlet_order`` (outlets numbered by their first dated document in the corpus) and
    ``quote_order`` (the clusters' rank). Shared clusters come first; single ones fill up to
    ``top`` only when there are fewer shared ones.
    """
    import pandas as pd

    docs = {d.doc_id: d for d in corpus}
    ordered = in_precedence(corpus)
    outlet_order: dict[str, int] = {}
    for d in ordered:
        outlet_order.setdefault(_outlet(d.meta, d.doc_id), len(outlet_order))
    rows = []
    for rank, cluster in enumerate(clusters[:top]):
        seen: dict[str, dict[str, Any]] = {}
        for doc_id in cluster["doc_ids"]:
            outlet = _outlet(docs[doc_id].meta, doc_id)
            if outlet in seen:
                seen[outlet]["n_documents"] += 1
                continue
            seen[outlet] = {"cluster": cluster["cluster"], "quote": cluster["quote"],
                            "speaker": cluster["speaker"], "outlet": outlet,
                            "date": docs[doc_id].meta.get("date"), "n_documents": 1,
                            "first": doc_id == cluster["first_seen"]["doc_id"],
                            "outlet_order": outlet_order[outlet], "quote_order": rank}
        rows.extend(seen.values())
    cols = ["cluster", "quote", "speaker", "outlet", "date", "n_documents", "first",
            "outlet_order", "quote_order"]
    return pd.DataFrame(rows, columns=cols)


def reuse_by_outlet(reuse, corpus):
    """Reuse per outlet from :func:`document_reuse`: ``outlet``, ``n_documents``, ``n_words``,
    ``n_reused_words``, ``reused_share`` (pooled over the outlet's words; NaN for an outlet
    without words), ``n_reusing_documents`` (documents with any reused word) and ``reason``
    (why ``reused_share`` is NaN, else ""), sorted by ``reused_share``."""
    outlets = {d.doc_id: _outlet(d.meta, d.doc_id) for d in corpus}
    table = reuse.assign(outlet=reuse["doc_id"].map(outlets),
                         reusing=reuse["n_reused_words"] > 0)
    out = table.groupby("outlet", sort=True).agg(
        n_documents=("doc_id", "size"), n_words=("n_words", "sum"),
        n_reused_words=("n_reused_words", "sum"),
        n_reusing_documents=("reusing", "sum"))
    out["reused_share"] = out["n_reused_words"] / out["n_words"].where(out["n_words"] > 0)
    out["reason"] = out["n_words"].map(lambda n: "" if n > 0 else "no words")
    out = out.reset_index()[["outlet", "n_documents", "n_words", "n_reused_words", "reused_share",
                             "n_reusing_documents", "reason"]]
    return out.sort_values(["reused_share", "outlet"], ascending=[False, True],
                           kind="stable", ignore_index=True)


def reference_coverage(passages, reference: str | Path | Iterable[str | Path]
                       | Mapping[str, str] | None):
    """How many documents reuse each word of each reference text (a long DataFrame).

    One row per reference word: ``reference``, ``word`` (0-based position), ``n_documents``
    (documents with a passage covering that word; quotation-only passages included, since
    the reference's words were taken either way).
    """
    import pandas as pd

    frames = []
    for name, text in load_references(reference).items():
        starts = [s for s, _, _ in word_spans(text)]
        readers: list[set[str]] = [set() for _ in starts]
        rows = passages[passages["source"] == name] if len(passages) else passages
        for row in rows.itertuples(index=False):
            for k, w in enumerate(starts):
                if row.source_start <= w < row.source_end:
                    readers[k].add(row.doc_id)
        frames.append(pd.DataFrame({"reference": name, "word": range(len(starts)),
                                    "n_documents": [len(r) for r in readers]}))
    if not frames:
        return pd.DataFrame({"reference": [], "word": [], "n_documents": []})
    return pd.concat(frames, ignore_index=True)
