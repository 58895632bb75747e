"""The metric table: one row per unit with identifiers, metadata, text and every metric.

:func:`metric_table` is the sentence table (:mod:`analysis.tables.sentences`), aggregated to the
unit by :mod:`analysis.tables.aggregate` (sentence rows: its ``sentence_measures``), with the
corpus metadata, the unit's text and, for documents, the keyphrases. :mod:`analysis.io` writes
it; :mod:`analysis.pipeline` computes it chunk by chunk for large corpora.

Columns, in order: ``doc_id``, ``paragraph``, ``sentence`` (nullable integers), the metadata
fields (``title``, ``outlet``, ``date``...), ``text``; sentence rows: ``voice``, ``quote``,
``speaker``, ``actor``; paragraph and document rows: ``voice`` (of most of the words), ``speakers``;
``quoted_share``; document rows: ``keyphrases``; the readability base counts and measures,
``composite_grade``; sentence rows: ``frame_<name>``, ``score_<name>``, ``frame_evidence``,
``hedges``, ``boosters``, ``attributions``, ``tone``; paragraph and document rows:
``share_<name>``, ``share_any_frame``, ``hedges``, ``boosters``, ``attributions``, their rates
per 1,000 words, ``tone`` with ``tone_ci_low``, ``tone_ci_high``; and ``reason`` (why a value is
NaN). The names are those of :func:`analysis.tables.aggregate.aggregate` and the sentence table.
On sentence rows ``smog_index`` is always NaN (SMOG needs 30 sentences; ``smog_raw`` in
:func:`~analysis.metrics.readability.score_table` is the unrestricted value), and their
``reason`` says so, as for every NaN.
"""

from __future__ import annotations

from typing import Any

UNITS = ("document", "paragraph", "sentence")
ID_COLUMNS = ["doc_id", "paragraph", "sentence"]


def _columns(unit: str) -> list[str]:
    from .metrics.frames import FRAMES
    from .metrics.readability import COUNT_COLUMNS, MEASURES

    read = [*COUNT_COLUMNS, *MEASURES, "composite_grade"]
    if unit == "sentence":
        return [*ID_COLUMNS, "text", "voice", "quote", "speaker", "actor", "quoted_share", *read,
                *(f"frame_{f}" for f in FRAMES), *(f"score_{f}" for f in FRAMES),
                "frame_evidence", "hedges", "boosters", "attributions", "tone", "reason"]
    return [*ID_COLUMNS, "text", "voice", "speakers", "quoted_share",
            *(["keyphrases"] if unit == "document" else []), *read,
            *(f"share_{f}" for f in FRAMES), "share_any_frame", "hedges", "boosters",
            "attributions", "hedges_per_1000_words", "boosters_per_1000_words",
            "attributions_per_1000_words", "tone", "tone_ci_low", "tone_ci_high", "reason"]


def _unit_texts(corpus: Any, unit: str) -> dict[tuple[Any, ...], str]:
    if unit == "document":
        return {(d.doc_id,): d.text for d in corpus}
    return {(d.doc_id, p.index): p.text for d in corpus for p in d.paragraphs}


def metric_table(corpus: Any, unit: str = "document", keyphrases: int = 10, *,
                 corpus_df: bool = False, reuse: bool = False, reference: Any = None,
                 frames: str = "default", sentences: Any = None) -> Any:
    """The full metric table of ``corpus`` at ``unit`` level (a DataFrame; columns in the
    module docstring). ``frames`` chooses the frame source as in
    :func:`analysis.tables.sentences.sentence_table` (``"encoder"`` adds the fine-tuned
    encoder's frames). Document rows carry the top ``keyphrases`` phrases of
    :func:`analysis.metrics.keyphrases.extract_keyphrases` as a tuple (``corpus_df`` as in
    :func:`analysis.metrics.keyphrases.keyphrases_table`). With ``reuse``, document rows gain
    ``reused_share``, ``reused_from`` and ``n_shared_quotations``
    (:func:`analysis.reuse.document_reuse`, against ``reference`` texts too): they compare each
    document with the rest of ``corpus``, so pass the whole corpus. ``sentences``: the
    corpus's sentence table when it is built already (with the same ``frames``; metadata
    columns may be joined), so that it is not built twice. ``attrs`` records the methods and
    lexicon versions."""
    from .corpus.arguments import require_corpus

    require_corpus(corpus, "metric_table()")

    from .tables.aggregate import aggregate, sentence_measures
    from .tables.metadata import with_metadata
    from .tables.sentences import sentence_table, unit_sentence_table

    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    docs = list(corpus)
    # Aggregated units need no sentence's own evidence (terms, quoted words) nor the columns
    # that describe a sentence alone.
    if sentences is None:
        sentences = (sentence_table(docs, frames=frames) if unit == "sentence"
                     else unit_sentence_table(docs, frames=frames))
    if unit == "sentence":
        table = sentence_measures(sentences)
    else:
        table = aggregate(sentences, unit)
        keys = ["doc_id"] if unit == "document" else ["doc_id", "paragraph"]
        texts = _unit_texts(docs, unit)
        table["text"] = [texts.get(k, "") for k in table[keys].itertuples(index=False,
                                                                          name=None)]
        if unit == "document":
            table = _with_empty_documents(table, docs)
            table["keyphrases"] = _keyphrases(corpus, docs, keyphrases, corpus_df,
                                              table["doc_id"])
    table = table[_columns(unit)]
    if reuse and unit == "document":
        from .reuse import document_reuse

        found = document_reuse(docs, reference)
        table = table.merge(found[["doc_id", "reused_share", "reused_from",
                                   "n_shared_quotations"]], on="doc_id", how="left")
    table = with_metadata(table, corpus)
    if "meta_reason" in table.columns:
        # A document's metadata problem (an unreadable date) joins the row's own reasons.
        both = zip(table.pop("meta_reason"), table["reason"], strict=True)
        table["reason"] = ["; ".join(r for r in (meta, own) if isinstance(r, str) and r) or own
                           for meta, own in both]
    table.attrs.update(sentences.attrs)
    table.attrs.update({"unit": unit, "corpus": getattr(corpus, "name", "corpus")})
    return table


def _with_empty_documents(table: Any, docs: list[Any]) -> Any:
    """Document rows for documents without sentences (NaN measures, reason "empty")."""
    import pandas as pd

    present = set(table["doc_id"])
    missing = [d.doc_id for d in docs if d.doc_id not in present]
    if not missing:
        return table
    from .metrics.readability import REASON_EMPTY

    extra = pd.DataFrame({"doc_id": missing, "n_sentences": 0, "n_words": 0,
                          "voice": "authorial", "speakers": [()] * len(missing),
                          "text": [d.text for d in docs if d.doc_id in set(missing)],
                          "reason": REASON_EMPTY})
    order = {d.doc_id: i for i, d in enumerate(docs)}
    out = pd.concat([table, extra], ignore_index=True)
    return out.sort_values("doc_id", key=lambda s: s.map(order), kind="stable",
                           ignore_index=True)


def _keyphrases(corpus: Any, docs: list[Any], k: int, corpus_df: bool, doc_ids: Any) -> list:
    from .metrics.furniture import blank_stage
    from .metrics.keyphrases import corpus_frequencies, extract_keyphrases

    df, n = corpus_frequencies(corpus, docs, corpus_df)
    by_id = {d.doc_id: d for d in docs}
    return [tuple(p for p, _ in extract_keyphrases(blank_stage(by_id[i]), k, doc_freq=df,
                                                   n_docs=n)) for i in doc_ids]
