"""Descriptive tables of a corpus: size, voice and speakers.

Each function takes a :class:`analysis.corpus.Corpus` and returns a tidy DataFrame, one row per
document (or per speaker); the notebooks plot and describe these tables.
"""

from __future__ import annotations

from .corpus import Corpus


def overview(corpus: Corpus):
    """One row per document: ``doc_id``, ``paragraphs``, ``sentences``, ``words``,
    ``words_per_sentence``, ``quoted_words``, ``authorial_words``, ``quoted_share`` (share of
    words in sentences whose voice is quoted; NaN for a document without words) and
    ``speakers`` (number of distinct speakers)."""
    import pandas as pd

    rows = []
    for doc in corpus:
        n_words = [len(s.words) for s in doc.sentences]
        quoted = sum(n for n, s in zip(n_words, doc.sentences, strict=True)
                     if s.voice == "quoted")
        total = sum(n_words)
        rows.append({
            "doc_id": doc.doc_id,
            "paragraphs": len(doc.paragraphs),
            "sentences": len(doc.sentences),
            "words": total,
            "words_per_sentence": total / len(doc.sentences) if doc.sentences else float("nan"),
            "quoted_words": quoted,
            "authorial_words": total - quoted,
            "quoted_share": quoted / total if total else float("nan"),
            "speakers": len({s.speaker for s in doc.sentences if s.speaker}),
        })
    cols = ["doc_id", "paragraphs", "sentences", "words", "words_per_sentence", "quoted_words",
            "authorial_words", "quoted_share", "speakers"]
    return pd.DataFrame(rows, columns=cols)


def speakers(corpus: Corpus):
    """One row per speaker: ``speaker``, ``documents``, ``sentences``, ``words``, ``share``
    (of all words in the corpus), ``direct`` / ``partial`` / ``indirect`` sentence counts.
    Sorted by words, then name, so ties order the same way every run."""
    import pandas as pd

    total = 0
    stats: dict[str, dict] = {}
    for doc in corpus:
        for s in doc.sentences:
            n = len(s.words)
            total += n
            if not s.speaker:
                continue
            row = stats.setdefault(s.speaker, {"speaker": s.speaker, "documents": set(),
                                               "sentences": 0, "words": 0, "direct": 0,
                                               "partial": 0, "indirect": 0})
            row["documents"].add(doc.doc_id)
            row["sentences"] += 1
            row["words"] += n
            row[s.quote] += 1
    rows = []
    for row in stats.values():
        row = dict(row, documents=len(row["documents"]))
        row["share"] = row["words"] / total if total else float("nan")
        rows.append(row)
    cols = ["speaker", "documents", "sentences", "words", "share", "direct", "partial",
            "indirect"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["words", "speaker"], ascending=[False, True]).reset_index(drop=True)
