"""Quotation clusters: the same quotation across the coverage, and quotations that occur once.

A quotation is a span between quotation marks (:func:`analysis.quotes.quote_spans`, read per
paragraph, so a quotation that runs over two sentences is one quotation) of at least
:data:`MIN_QUOTE_WORDS` words. Shorter spans are left out: one or two quoted words are mostly
scare quotes, names and titles (the “Washington Declaration”), and two words shared by two
articles are too little evidence that they quote the same thing.

Two quotations are the same when, after normalisation (:mod:`analysis.reuse.text`: case,
punctuation, apostrophes, an ellipsis and a bracketed insertion removed), the shorter one's
words are found in the longer one in order (:class:`difflib.SequenceMatcher` matching blocks),
all of them or at least :data:`MATCH_SHARE` of them and :data:`MIN_PARTIAL_MATCH` words, with
at least :data:`MIN_BLOCK` consecutive words matching exactly. That joins an exact repeat, a
trimmed quotation (a part of a longer one), a lightly edited one and a re-translation that
changes one word in four or fewer.
Clusters are the connected components of that relation (union-find). Candidate pairs come
from an index of the word trigrams that quotations share (a pair that passes the test shares
at least one, since :data:`MIN_BLOCK` is 3), never from all pairs; a trigram found in more
than :data:`MAX_TRIGRAM_QUOTATIONS` distinct quotations is too common to index.

The speaker and actor of a quotation are those of the sentence it starts in (or of another
sentence it covers, when that one names the speaker); a cluster's speaker is the one its
quotations name most often. A transcript's speaker turns (:func:`turn_quotations`: each
sentence of a turn, its label left out) join the cluster of a quotation of their words, with
the turn's speaker, and a transcript whose date ties with the first quoting document's
(:func:`analysis.corpus.duplicates.dates_tie`) is where the cluster was first seen; a turn
that nobody quotes makes no cluster, and the cluster's ``quote`` is the longest quotation, not
the turn's sentence. This is the MemeTracker idea (Leskovec, Backstrom & Kleinberg
2009, *Meme-tracking and the dynamics of the news cycle*) reduced to exact-order matching.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from ..corpus.duplicates import dates_tie, in_precedence
from ..corpus.quotes import quote_spans
from ..corpus.transcripts import label_end
from ..progress import with_progress
from .text import quotation_words

MIN_QUOTE_WORDS = 3
"""Shortest quotation kept, in words (scare quotes of one or two words are left out)."""

MATCH_SHARE = 0.75
"""Share of the shorter quotation's words that must be found, in order, in the longer one."""

MIN_BLOCK = 3
"""Consecutive words that must match exactly for two quotations to be the same."""

MIN_PARTIAL_MATCH = 4
"""Words two quotations must have in common when the shorter is not found whole."""

MAX_TRIGRAM_QUOTATIONS = 500
"""A trigram in more distinct quotations than this is not used to find candidate pairs."""

_MARKS = "“”«»\"'‘’ \n\t"


@dataclass(frozen=True)
class Quotation:
    """One quotation in one document: offsets into the document text and who said it."""

    doc_id: str
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    speaker: str | None
    actor: str | None
    turn: bool = False
    """Whether this is a transcript's sentence, where the words were said, not a quotation."""


def _speaker_of(doc, start: int, end: int, sentence_starts: list[int]) -> tuple[Any, Any]:
    """Speaker and actor of the quotation ``[start, end)``: from the sentence it starts in,
    else from the first other sentence it covers that names a speaker."""
    sentences = doc.sentences
    i = max(bisect.bisect_right(sentence_starts, start) - 1, 0)
    covered = []
    while i < len(sentences) and sentences[i].start < end:
        if sentences[i].end > start:
            covered.append(sentences[i])
        i += 1
    for sentence in covered:
        if sentence.speaker:
            return sentence.speaker, getattr(sentence, "actor", None)
    return None, None


def document_quotations(doc) -> list[Quotation]:
    """The quotations of one :class:`analysis.corpus.Document` of :data:`MIN_QUOTE_WORDS`
    words or more, in reading order."""
    starts = [s.start for s in doc.sentences]
    out = []
    for paragraph in doc.paragraphs:
        for qs, qe in quote_spans(doc.text, paragraph.start, paragraph.end):
            raw = doc.text[qs:qe].strip(_MARKS).rstrip(",;:—– ").strip(_MARKS)
            words = quotation_words(raw)
            if len(words) < MIN_QUOTE_WORDS:
                continue
            speaker, actor = _speaker_of(doc, qs, qe, starts)
            out.append(Quotation(doc.doc_id, qs, qe, " ".join(raw.split()), words, speaker,
                                 actor))
    return out


def turn_quotations(doc) -> list[Quotation]:
    """The sentences of a transcript's speaker turns (``voice`` ``"speech"``) of
    :data:`MIN_QUOTE_WORDS` words or more, their labels left out, as :class:`Quotation` with
    ``turn`` True: where quotations of the speaker may come from."""
    out = []
    for s in doc.sentences:
        if s.voice != "speech":
            continue
        start = s.start + label_end(s.text)
        raw = doc.text[start:s.end].strip(_MARKS)
        words = quotation_words(raw)
        if len(words) >= MIN_QUOTE_WORDS:
            out.append(Quotation(doc.doc_id, start, s.end, " ".join(raw.split()), words,
                                 s.speaker, getattr(s, "actor", None), turn=True))
    return out


def _sources_first(documents: list[str], group: list[Quotation],
                   meta: dict[str, Any]) -> list[str]:
    """``documents`` (in order of first appearance) with the first transcript where the words
    were said moved to the front when its date ties (:func:`dates_tie`) with that of every
    document before it: the speaker said them before anyone quoted them."""
    said = {q.doc_id for q in group if q.turn}
    i = next((i for i, d in enumerate(documents) if d in said), 0)
    date = meta[documents[i]].get("date")
    if i and all(dates_tie(meta[d].get("date"), date) for d in documents[:i]):
        return [documents[i], *documents[:i], *documents[i + 1:]]
    return documents


def _first_seen(documents: list[str], meta: dict[str, Any]) -> dict[str, Any]:
    """The ``first_seen`` record of a cluster whose documents are ``documents`` (the first
    first): its ``doc_id``, ``outlet`` and ``date``, and ``ties``, the number of the other
    documents whose dates cannot be ordered against its date (:func:`dates_tie`)."""
    first = documents[0]
    date = meta[first].get("date")
    return {"doc_id": first, "outlet": meta[first].get("outlet"), "date": date,
            "ties": sum(dates_tie(meta[d].get("date"), date) for d in documents[1:])}


def same_quotation(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True if the word sequences ``a`` and ``b`` are forms of one quotation (module docs)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    matched = sum(block.size for block in blocks)
    longest = max((block.size for block in blocks), default=0)
    if longest < MIN_BLOCK:
        return False
    # A short quotation must be found whole: three words of four in common ("we will keep
    # working" against "we will keep the door open") are a common opening, not one quotation.
    return matched == len(short) or (matched >= MATCH_SHARE * len(short)
                                     and matched >= MIN_PARTIAL_MATCH)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _group_forms(forms: list[tuple[str, ...]]) -> list[int]:
    """Cluster label (a representative index) of each distinct word sequence."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, form in enumerate(forms):
        for trigram in {form[k:k + 3] for k in range(len(form) - 2)}:
            postings[trigram].append(i)
    candidates: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > MAX_TRIGRAM_QUOTATIONS:
            continue
        for x, i in enumerate(ids):
            for j in ids[x + 1:]:
                candidates.add((i, j))
    vocab = [frozenset(form) for form in forms]
    uf = _UnionFind(len(forms))
    for i, j in sorted(candidates):
        if uf.find(i) == uf.find(j):
            continue
        short, other = (i, j) if len(forms[i]) <= len(forms[j]) else (j, i)
        # An upper bound of the words SequenceMatcher can match, to skip it cheaply.
        if sum(w in vocab[other] for w in forms[short]) < MATCH_SHARE * len(forms[short]):
            continue
        if same_quotation(forms[i], forms[j]):
            uf.union(i, j)
    return [uf.find(i) for i in range(len(forms))]


def _most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent non-empty value (the earliest seen on a tie), or ``None``."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


def quotation_clusters(corpus, progress: bool | None = None) -> list[dict[str, Any]]:
    """One record per quotation cluster of ``corpus`` (an :class:`analysis.corpus.Corpus`).

    Each record (JSON-ready) has ``cluster`` (1-based rank), ``kind`` (``"shared"``: in two
    documents or more; ``"single"``: in one), ``quote`` (the longest form), ``n_words`` (its
    words), ``speaker`` and ``actor`` (the most frequent among its quotations, or ``None``),
    ``doc_ids`` (in date order, undated documents
    last, then doc_id order, except that a wire copy with its original's date follows the
    original: :func:`analysis.corpus.duplicates.in_precedence`),
    ``first_seen`` (``doc_id``, ``outlet``, ``date`` of the first document, and ``ties``, the
    other documents whose dates cannot be told from its date), ``n_occurrences``
    and ``variants`` (each distinct wording with its ``doc_ids``, in order of first
    appearance). Clusters are ranked by number of documents, then by first appearance.
    ``progress``: a bar over the documents, as in :func:`analysis.progress.progress_bar` (by
    default only on a terminal).
    """
    docs = in_precedence(corpus)
    rank = {d.doc_id: i for i, d in enumerate(docs)}
    meta = {d.doc_id: d.meta for d in docs}
    quotations: list[Quotation] = []
    for d in with_progress(docs, "quotes", progress):
        quotations += document_quotations(d) + turn_quotations(d)
    forms = sorted({q.words for q in quotations})
    label_of_form = dict(zip(forms, _group_forms(forms), strict=True))
    members: dict[int, list[Quotation]] = defaultdict(list)
    for q in quotations:
        members[label_of_form[q.words]].append(q)

    records = []
    for group in members.values():
        quoted = [q for q in group if not q.turn]
        if not quoted:  # a transcript's words that nobody quotes
            continue
        documents = _sources_first(sorted({q.doc_id for q in group}, key=rank.__getitem__),
                                   group, meta)
        variants: dict[str, list[str]] = {}
        for q in group:
            variants.setdefault(q.text, [])
            if q.doc_id not in variants[q.text]:
                variants[q.text].append(q.doc_id)
        longest = max(quoted, key=lambda q: (len(q.words), -rank[q.doc_id]))
        records.append((group[0].start, {
            "kind": "shared" if len(documents) > 1 else "single",
            "quote": longest.text,
            "n_words": len(longest.words),
            "speaker": _most_common(q.speaker for q in group),
            "actor": _most_common(q.actor for q in group),
            "doc_ids": documents,
            "first_seen": _first_seen(documents, meta),
            "n_occurrences": len(group),
            "variants": [{"text": text, "doc_ids": ids} for text, ids in variants.items()],
        }))
    # Ties: the earlier first document, then the earlier place in it.
    records.sort(key=lambda r: (-len(r[1]["doc_ids"]), rank[r[1]["doc_ids"][0]], r[0]))
    return [{"cluster": i, **r} for i, (_, r) in enumerate(records, start=1)]


def cluster_table(clusters: list[dict[str, Any]]):
    """The clusters as a flat DataFrame for display: ``cluster``, ``kind``, ``quote``,
    ``speaker``, ``actor``, ``n_documents``, ``first_outlet``, ``first_date``,
    ``n_variants``."""
    import pandas as pd

    rows = [{"cluster": c["cluster"], "kind": c["kind"], "quote": c["quote"],
             "speaker": c["speaker"], "actor": c["actor"], "n_documents": len(c["doc_ids"]),
             "first_outlet": c["first_seen"]["outlet"], "first_date": c["first_seen"]["date"],
             "n_variants": len(c["variants"])} for c in clusters]
    cols = ["cluster", "kind", "quote", "speaker", "actor", "n_documents", "first_outlet",
            "first_date", "n_variants"]
    return pd.DataFrame(rows, columns=cols)
