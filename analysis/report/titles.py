"""Figure titles of notebooks 01-03: each title reads its claim off the table the figure
draws, so the notebooks compute nothing and a title claims only what its data shows.

Titles of other figures live beside their commentary (:func:`~.commentary.keyness_title`,
:func:`~.commentary.frames_by_voice_title`, :func:`~.voice_ranking.most_quoted_title`,
:mod:`~.reuse_commentary`).
"""

from __future__ import annotations

import math
from typing import Any

from ..tables.counts import keyphrase_counts, mention_counts, pooled_shares
from .prose import fmt, pct, plural


def quoted_words_title(overview: Any) -> str:
    """Notebook 01's voice figure: the corpus's words inside quotation marks and in
    sentences that present someone's words, pooled over its articles
    (:func:`analysis.tables.counts.pooled_shares` of
    :func:`analysis.tables.aggregate.overview`)."""
    shares = pooled_shares(overview)
    if math.isnan(shares["quoted_share"]):
        return "No counted words: no share of quoted words"
    return (f"{pct(shares['in_quotes_share'])} of the words are inside quotation marks, "
            f"{pct(shares['quoted_share'])} in sentences that present someone's words")


def grade_title(documents: Any) -> str:
    """Notebook 02's measures figure: the Flesch-Kincaid grade of the one article, or of the
    median article (``documents`` is the document aggregation)."""
    grades = documents["flesch_kincaid_grade"].dropna()
    if grades.empty:
        return "No article has a Flesch-Kincaid grade"
    median = f"grade {fmt(float(grades.median()))} on Flesch-Kincaid"
    if len(documents) == 1:
        return f"The article reads at {median}"
    return f"The median article reads at {median} ({plural(len(grades), 'article')} graded)"


def paragraph_spread_title(paragraphs: Any) -> str:
    """Notebook 02's paragraph figure: how far apart the easiest and the hardest paragraph are
    on Flesch-Kincaid (``paragraphs`` is the paragraph aggregation)."""
    grades = paragraphs["flesch_kincaid_grade"].dropna()
    if grades.empty:
        return "No paragraph has a Flesch-Kincaid grade"
    if len(grades) == 1:
        return f"One graded paragraph, at grade {fmt(float(grades.iloc[0]))}"
    return (f"Paragraph difficulty varies by {fmt(float(grades.max() - grades.min()))} grades "
            f"across {plural(len(grades), 'graded paragraph')}")


def keyphrases_title(keyphrases: Any, n_documents: int) -> str:
    """Notebook 03's keyphrase figure: the one article's first keyphrase, or the phrase the
    most of the corpus's ``n_documents`` articles list (``keyphrases`` is
    :func:`analysis.metrics.keyphrases.keyphrases_table`)."""
    if keyphrases.empty:
        return "No keyphrase found"
    if n_documents == 1:
        first = keyphrases.sort_values(["doc_id", "rank"])["keyphrase"].iloc[0]
        return f"“{first}” leads what the article is about"
    counts = keyphrase_counts(keyphrases)
    most = int(counts["n_documents"].iloc[0])
    if most < 2:
        return f"No keyphrase is listed by more than one of {plural(n_documents, 'article')}"
    leaders = counts.loc[counts["n_documents"] == most, "keyphrase"].tolist()
    of = f"{most:,} of {plural(n_documents, 'article')}"
    if len(leaders) == 1:
        return f"“{leaders[0]}” is a keyphrase of {of}, more than any other"
    return f"{len(leaders)} keyphrases are each listed by {of}"


def mentions_title(mentions: Any) -> str:
    """Notebook 03's actor figure: the most mentioned actor and its count, or the tie at the
    top (``mentions`` is :func:`analysis.metrics.actors.actor_mentions`)."""
    counts = mention_counts(mentions)
    if counts.empty:
        return "No actor mentioned"
    most = int(counts["n_mentions"].iloc[0])
    top = counts.loc[counts["n_mentions"] == most, "actor"].tolist()
    where = "" if mentions["doc_id"].nunique() == 1 else \
        f" in {plural(int(counts['n_documents'].iloc[0]), 'article')}"
    if len(top) > 1:
        return f"{len(top)} actors are mentioned most, {plural(most, 'time')} each"
    return f"{top[0]} is mentioned most: {plural(most, 'time')}{where}"
