"""Who repeated whom: quotations and shared text across the coverage.

- :func:`quotation_clusters`: the same quotation across documents (exact, trimmed, lightly
  edited or re-translated nearly verbatim) and quotations that occur once
  (:mod:`analysis.reuse.quotations`).
- :func:`shared_passages`: passages two documents share, or a document shares with a
  reference text such as the declaration or a press release (:mod:`analysis.reuse.passages`).
- :func:`document_reuse`: per document, the share of words reused from an earlier document or
  a reference, the sources and the shared quotations (:mod:`analysis.reuse.documents`);
  :func:`order_unknown`: how many counted passages have no order between their articles;
  :func:`source_order`: how the passages were ordered (by date, by copy, or not at all).
"""

from .documents import (
    counted_passages,
    document_reuse,
    order_unknown,
    quotation_outlets,
    reference_coverage,
    reuse_by_outlet,
    source_order,
)
from .passages import shared_passages
from .quotations import cluster_table, quotation_clusters
from .text import load_references

__all__ = ["cluster_table", "counted_passages", "document_reuse", "load_references",
           "order_unknown", "quotation_clusters", "quotation_outlets", "reference_coverage",
           "reuse_by_outlet", "shared_passages", "source_order"]
