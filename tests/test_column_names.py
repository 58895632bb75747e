"""One name per quantity (issue 12): no public table names a count by its bare noun.

A count of units is ``n_<plural noun>`` (``n_sentences``, ``n_words``, ``n_documents``...), as
``docs/methods.md`` (*Column names*) says; a column named ``sentences`` or ``articles`` would be
the same quantity under a second name.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import load_corpus
from analysis.export import metric_table
from analysis.metrics.actor_tone import actor_tone, actor_tone_summary
from analysis.report.voice_ranking import voice_ranking
from analysis.reuse import (
    cluster_table,
    document_reuse,
    quotation_clusters,
    quotation_outlets,
    reference_coverage,
    reuse_by_outlet,
    shared_passages,
)
from analysis.tables.aggregate import aggregate, by_voice, overview, speakers
from analysis.tables.compare import compare_groups
from analysis.tables.sentences import sentence_table
from tests.conftest import ROOT
from tests.test_actor_tone import SpanRecorder

BARE_COUNTS = {"sentences", "words", "documents", "mentions", "paragraphs", "articles"}
WIRE = ROOT / "tests" / "fixtures" / "wire"


@pytest.fixture(scope="module")
def public_tables() -> dict[str, pd.DataFrame]:
    corpus = load_corpus(WIRE)
    table = sentence_table(corpus)
    first = corpus[0]
    reference = {"release": first.text.split("\n\n", 1)[-1]}
    passages = shared_passages(corpus, reference)
    clusters = quotation_clusters(corpus)
    reuse = document_reuse(corpus, reference, passages=passages, clusters=clusters)
    groups = pd.DataFrame({"doc_id": ["a1", "a1", "a2", "b1", "b2"],
                           "sentence": [1, 2, 1, 1, 1],
                           "outlet": ["A", "A", "A", "B", "B"],
                           "x": [1.0, 3.0, 5.0, 2.0, 6.0]})
    return {
        "sentence_table": table,
        "aggregate": aggregate(table, "document", n_resamples=50),
        "by_voice": by_voice(table, n_resamples=50),
        "overview": overview(table),
        "speakers": speakers(table),
        "voice_ranking": voice_ranking(table),
        "actor_tone_summary": actor_tone_summary(actor_tone(corpus, model=SpanRecorder()),
                                                 n_resamples=50),
        "compare_groups": compare_groups(groups, "x", "outlet", n_resamples=50),
        "metric_table": metric_table(corpus, "document", reuse=True, reference=reference),
        "shared_passages": passages,
        "document_reuse": reuse,
        "reuse_by_outlet": reuse_by_outlet(reuse, corpus),
        "quotation_outlets": quotation_outlets(clusters, corpus),
        "reference_coverage": reference_coverage(passages, reference),
        "cluster_table": cluster_table(clusters),
        "quotation_clusters": pd.DataFrame(clusters),
    }


def test_no_public_table_names_a_count_by_its_bare_noun(public_tables):
    bare = {name: sorted(BARE_COUNTS & set(table.columns))
            for name, table in public_tables.items()}
    assert bare == {name: [] for name in public_tables}


def test_the_renamed_counts_are_there(public_tables):
    assert {"n_paragraphs", "n_sentences", "n_words", "n_quoted_words", "n_authorial_words",
            "n_words_in_quotes", "n_speakers"} <= set(public_tables["overview"].columns)
    assert {"n_documents", "n_sentences", "n_words"} <= set(public_tables["speakers"].columns)
    assert {"n_mentions", "n_documents"} <= set(public_tables["actor_tone_summary"].columns)
    # words inside quotation marks are n_words_in_quotes in both tables; n_quoted_words is the
    # overview's words of sentences that present someone's words, a different quantity
    assert {"n_words", "n_source_words", "n_words_in_quotes"} <= set(
        public_tables["shared_passages"].columns)
    assert "n_quoted_words" not in public_tables["shared_passages"].columns
    assert {"n_documents", "n_words", "n_reused_words", "n_reusing_documents"} <= set(
        public_tables["reuse_by_outlet"].columns)
    assert {"n_documents", "n_variants"} <= set(public_tables["cluster_table"].columns)
