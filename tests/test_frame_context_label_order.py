"""Rule 50 (the NCG referred back to) in :func:`analysis.metrics.frame_labels.lexicon_agreement`:
a document's labelled sentences are read in the order of their ``sentence`` numbers, whatever
the order of the label rows (a sample labelled in shuffled order).

The sentences were written for this test in the style of wire copy.
"""

from __future__ import annotations

import pandas as pd

from analysis.metrics.frame_labels import lexicon_agreement

NAMED = ("SEOUL, Aug 2 — Officials of the two countries met in Washington on Friday for the "
         "fourth round of the Nuclear Consultative Group.")
NEXT = "The group's next session is expected before the end of the year, a spokesman said."
BEFORE = "A third meeting will follow in the spring."


def _agreement(rows: list[tuple[str, int, str, str]]):
    labels = pd.DataFrame(rows, columns=["doc_id", "sentence", "text", "frames"])
    return lexicon_agreement(labels, use_model=False)


def test_label_rows_out_of_document_order_read_in_document_order():
    # wire-a: the NCG named in sentence 4, referred back to in 5 (deterrence) and, before it
    # was named, in 2 (no frame); the rows list them 5, 4, 2
    rows = [("wire-a", 5, NEXT, "deterrence"), ("wire-a", 4, NAMED, "deterrence"),
            ("wire-a", 2, BEFORE, "")]
    table = _agreement(rows)
    assert table.attrs["disagreements"] == []
    assert table.attrs["micro_f1"] == 1.0


def test_label_rows_in_document_order_unchanged():
    rows = [("wire-a", 2, BEFORE, ""), ("wire-a", 4, NAMED, "deterrence"),
            ("wire-a", 5, NEXT, "deterrence")]
    assert _agreement(rows).attrs["disagreements"] == []
