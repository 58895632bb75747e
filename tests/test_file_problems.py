"""An unknown ``doc_id`` names the corpus and its ids (a notebook's ``ARTICLE`` mistyped stopped
with only ``KeyError: 'x'``) (analysis/corpus/file_problems.py)."""

import pytest

from analysis.corpus import Corpus, Document


def test_an_unknown_doc_id_names_the_corpus_and_its_first_ids():
    corpus = Corpus([Document.from_text("Seoul said so.", f"d{i}") for i in range(7)],
                    name="week")
    assert corpus["d3"].doc_id == "d3" and corpus[0].doc_id == "d0"
    with pytest.raises(KeyError) as caught:
        corpus["d9"]
    assert caught.value.args[0] == ("no document 'd9' in the corpus 'week' (doc_ids: 'd0', "
                                    "'d1', 'd2', 'd3', 'd4' and 2 more)")
    two = Corpus([Document.from_text("Seoul said so.", "a"), Document.from_text("Yes.", "b")])
    with pytest.raises(KeyError) as caught:
        two["c"]
    assert caught.value.args[0].endswith("(doc_ids: 'a', 'b')")
