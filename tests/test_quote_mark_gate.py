"""The gate before the quotation-mark pattern (:func:`analysis.corpus.quote_marks.may_hold_marks`)
turns away only texts the pattern finds nothing in. Sentences written for these tests."""

import pytest

from analysis.corpus.quote_marks import QUOTE_MARK_RE, may_hold_marks, pair_marks

TEXTS = [
    "“We will act,” the minister said.",
    'He called it "a turning point" in the talks.',
    "The paper quoted ``an official'' close to the talks.",
    "«Nous restons prêts», a déclaré le porte-parole.",
    "”Fear. I am truly afraid.” ― Name",
    "The talks ended without a statement on Friday.",
    "The minister's aide, who asked not to be named, left early.",
    "It's the delegates' last session before the summit.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_passes_every_text_with_a_quotation_mark(text):
    assert may_hold_marks(text) or QUOTE_MARK_RE.search(text) is None


def test_a_text_without_marks_is_turned_away_and_pairs_nothing():
    text = "The minister's aide, who asked not to be named, left early."
    assert not may_hold_marks(text)
    assert pair_marks(text, 0, len(text)) == []
    assert pair_marks(TEXTS[0], 0, len(TEXTS[0])) == [(0, 14)]
