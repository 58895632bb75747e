"""Shared passages: text that two documents, or a document and a reference text, have in common.

Method (seed and extend, as in text-reuse detection after Clough et al. 2002 and the
``churnalism`` studies of wire and press-release reuse):

1. Every text is cut into normalised words (:mod:`analysis.reuse.text`: case, punctuation,
   apostrophes and hyphens do not matter) and into overlapping shingles of
   :data:`SHINGLE_WORDS` words, each hashed to 64 bits (a polynomial hash over word ids, so the
   same corpus gives the same hashes on every run).
2. An inverted index of the shingles (a sort of all ``(hash, document)`` entries) gives the
   candidate pairs: two documents are compared only if they share at least
   :data:`MIN_SHARED` shingles. Never all pairs. A shingle found in more than ``max_df``
   documents (by default :data:`MAX_DOCUMENT_FREQUENCY` or 5% of the texts, whichever is
   more) is boilerplate (a byline formula, a standard disclaimer) and is not indexed: a wire
   story republished by more outlets than that is not linked, so raise ``max_df`` for such a
   corpus. MinHash/LSH would estimate whole-document similarity; a
   12-word passage inside two 800-word articles has a Jaccard similarity near 0.01, which no
   practical LSH threshold finds, so an exact shingle index is the right tool here.
3. For each candidate pair, the shared shingles are aligned: runs of consecutive shingles on
   one diagonal are exact matches, and runs separated by at most ``max_gap`` words
   (:data:`MAX_GAP_WORDS`) on both sides are joined, so a passage survives a changed, added or
   dropped word (a copy editor's touch). At each end a passage is carried over an edit of up
   to ``max_gap`` words when more than :data:`EDGE_WORDS` exact words follow it, or exactly
   that many after an edit of one word on each side (an edit near the start of a copied
   paragraph leaves fewer words than a shingle before it). A passage of
   at least ``min_words`` words (:data:`MIN_PASSAGE_WORDS`, counted on the copying
   document's side) is reported if at least :data:`SHINGLE_WORDS` of its words lie outside
   boilerplate shingles: a formula that hundreds of articles share (``South Korean President
   Yoon Suk Yeol and US President Joe Biden``) plus a word or two on either side is not
   reuse.

Direction: the later document (by its ``date`` field) is ``doc_id``, the earlier the
``source``, and ``direction`` is ``"date"``; a reference text is always the source
(``"reference"``). On a date tie (the same date, no dates on either side, or the same calendar
day where one side has no time of day: :func:`analysis.corpus.duplicates.dates_tie`), two
documents that are wire copies of each other (:func:`analysis.corpus.duplicates.is_copy`) are
ordered as :func:`~analysis.corpus.duplicates.find_duplicates` orders them: the one that
contains the other, with more shingles, is the source (``"containment"``). Otherwise the order
is unknown (``"undetermined"``: dates tie and the texts are not copies or are equally long, or
one has no date) and the pair is reported once, with the dated one, else the first by doc_id,
as the ``source``, the order :func:`analysis.corpus.duplicates.in_precedence` gives them. Two
wire copies of which one has no date are ordered as ``find_duplicates`` orders them, the dated
one the source (``"undated"``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..corpus.duplicates import (
    date_key,
    dates_tie,
    is_copy,
    order_basis,
    precedence_key,
    shingles,
)
from ..corpus.quotes import quote_spans
from ..progress import progress_bar
from .text import content_spans, load_references, word_spans

SHINGLE_WORDS = 5
"""Words per shingle (the shortest exact match that counts as shared text)."""

MIN_PASSAGE_WORDS = 12
"""Shortest passage reported, in words of the copying document."""

MAX_GAP_WORDS = 5
"""Largest edit (changed, added or dropped words) bridged inside one passage."""

MAX_DOCUMENT_FREQUENCY = 100
"""A shingle in more documents than this (or than 5% of a large corpus) is boilerplate."""

MIN_SHARED = 2
"""Shingles two texts must share to be compared."""

EDGE_WORDS = 2
"""Exact words needed beyond an edit of one word at a passage's edge to carry the passage over
it; a longer edit (up to ``max_gap`` words on a side) needs more."""

_PRIME = np.uint64(1_099_511_628_211)  # the 64-bit FNV prime: odd, large, well mixed

COLUMNS = ["doc_id", "source", "start", "end", "source_start", "source_end", "n_words",
           "n_source_words", "direction", "n_words_in_quotes", "text"]
"""Columns of :func:`shared_passages`, in order."""


@dataclass
class _Text:
    """A text to compare: a corpus document or a reference text."""

    name: str
    text: str
    date: Any
    reference: bool
    starts: np.ndarray
    ends: np.ndarray
    paragraphs: list[tuple[int, int]]
    shingles: np.ndarray | None = None

    def shingle_set(self) -> np.ndarray:
        """The text's shingles as :func:`analysis.corpus.duplicates.shingles` sees them."""
        if self.shingles is None:
            self.shingles = shingles(self.text)
        return self.shingles


def _texts(corpus, references: Mapping[str, str], vocab: dict[str, int]
           ) -> tuple[list[_Text], list[np.ndarray]]:
    """The texts to compare and the word ids of each."""
    texts, ids = [], []
    items = [(d.doc_id, d.text, d.meta.get("date"), False,
              [(p.start, p.end) for p in d.paragraphs], content_spans(d)) for d in corpus]
    items += [(name, text, None, True, [(0, len(text))], word_spans(text))
              for name, text in references.items()]
    for name, text, date, is_ref, paragraphs, spans in items:
        ids.append(np.fromiter((vocab.setdefault(w, len(vocab) + 1) for _, _, w in spans),
                               dtype=np.uint64, count=len(spans)))
        texts.append(_Text(name, text, date, is_ref,
                           np.fromiter((s for s, _, _ in spans), dtype=np.int64,
                                       count=len(spans)),
                           np.fromiter((e for _, e, _ in spans), dtype=np.int64,
                                       count=len(spans)), paragraphs))
    return texts, ids


def _shingles(ids: list[np.ndarray], k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(hash, text index, word position)`` of every shingle of ``k`` words."""
    lengths = np.array([len(a) for a in ids], dtype=np.int64)
    if lengths.sum() < k:
        return (np.empty(0, np.uint64), np.empty(0, np.int64), np.empty(0, np.int64))
    words = np.concatenate(ids)
    owner = np.repeat(np.arange(len(ids)), lengths)
    position = np.arange(len(words)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    n = len(words) - k + 1
    hashes = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        hashes = hashes * _PRIME + words[j:j + n]
    inside = owner[:n] == owner[k - 1:]
    return hashes[inside], owner[:n][inside], position[:n][inside]


def _candidates(hashes: np.ndarray, owner: np.ndarray, is_ref: np.ndarray, max_df: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate text pairs ``(i, j)``, ``i < j``, sharing :data:`MIN_SHARED` indexed shingles
    or more; the indexed hashes (those in 2 to ``max_df`` texts); the boilerplate hashes
    (those in more than ``max_df`` texts)."""
    order = np.lexsort((owner, hashes))
    h, d = hashes[order], owner[order]
    first = np.ones(len(h), dtype=bool)
    first[1:] = (h[1:] != h[:-1]) | (d[1:] != d[:-1])
    h, d = h[first], d[first]
    new_group = np.ones(len(h), dtype=bool)
    new_group[1:] = h[1:] != h[:-1]
    group = np.cumsum(new_group) - 1
    size = np.bincount(group)[group] if len(group) else np.empty(0, np.int64)
    keep = (size >= 2) & (size <= max_df)
    boilerplate = np.unique(h[size > max_df])
    h, d, group = h[keep], d[keep], group[keep]
    n_texts = len(is_ref)
    keys = []
    for offset in range(1, int(size[keep].max()) if keep.any() else 1):
        same = group[:-offset] == group[offset:]
        a, b = d[:-offset][same], d[offset:][same]
        both_ref = is_ref[a] & is_ref[b]
        keys.append(a[~both_ref] * n_texts + b[~both_ref])
    if not keys:
        return np.empty((0, 2), np.int64), np.unique(h), boilerplate
    pair_keys, counts = np.unique(np.concatenate(keys), return_counts=True)
    pair_keys = pair_keys[counts >= MIN_SHARED]
    return (np.stack([pair_keys // n_texts, pair_keys % n_texts], axis=1), np.unique(h),
            boilerplate)


def _boilerplate_words(ids: list[np.ndarray], hashes: np.ndarray, owner: np.ndarray,
                       position: np.ndarray, boilerplate: np.ndarray, k: int
                       ) -> list[np.ndarray]:
    """For each text, whether each word lies in a boilerplate shingle."""
    lengths = np.array([len(a) for a in ids], dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    at = offsets[owner[np.isin(hashes, boilerplate)]] + position[np.isin(hashes, boilerplate)]
    cover = np.zeros(int(lengths.sum()) + 1, dtype=np.int64)
    np.add.at(cover, at, 1)
    np.add.at(cover, at + k, -1)
    common = np.cumsum(cover[:-1]) > 0
    return [common[o:o + n] for o, n in zip(offsets, lengths, strict=True)]


def _runs(ha: np.ndarray, pa: np.ndarray, hb_sorted: np.ndarray, pb_sorted: np.ndarray,
          k: int) -> list[tuple[int, int, int, int]]:
    """Exact matches ``(a0, a1, b0, b1)`` (word positions, end exclusive) of two texts."""
    left = np.searchsorted(hb_sorted, ha, "left")
    count = np.searchsorted(hb_sorted, ha, "right") - left
    hit = count > 0
    count, left = count[hit], left[hit]
    ia = np.repeat(pa[hit], count)
    step = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    jb = pb_sorted[np.repeat(left, count) + step]
    diag = jb - ia
    order = np.lexsort((ia, diag))
    ia, diag = ia[order], diag[order]
    breaks = np.ones(len(ia), dtype=bool)
    breaks[1:] = (diag[1:] != diag[:-1]) | (ia[1:] != ia[:-1] + 1)
    starts = np.flatnonzero(breaks)
    stops = np.append(starts[1:], len(ia)) - 1
    return sorted((int(ia[s]), int(ia[e]) + k, int(ia[s] + diag[s]), int(ia[e] + diag[e]) + k)
                  for s, e in zip(starts, stops, strict=True))


def _chain(runs: list[tuple[int, int, int, int]], max_gap: int, k: int
           ) -> list[list[int]]:
    """Join exact matches separated by small edits into passages ``[a0, a1, b0, b1]``."""
    chains: list[list[int]] = []
    for a0, a1, b0, b1 in runs:
        for chain in reversed(chains[-8:]):
            gap_a, gap_b = a0 - chain[1], b0 - chain[3]
            if -k < gap_a <= max_gap and -k < gap_b <= max_gap and a1 > chain[1] \
                    and b1 > chain[3] and b0 >= chain[2]:
                chain[1], chain[3] = a1, b1
                break
        else:
            chains.append([a0, a1, b0, b1])
    kept: list[list[int]] = []
    for chain in sorted(chains, key=lambda c: (c[0] - c[1], c[0], c[2])):
        overlap = max((min(chain[1], o[1]) - max(chain[0], o[0]) for o in kept), default=0)
        if overlap * 2 < chain[1] - chain[0]:
            kept.append(chain)
    return kept


def _edge(wa: list[int], wb: list[int], i: int, j: int, step: int, max_gap: int
          ) -> tuple[int, int]:
    """How far a passage edge at words ``i`` of ``wa`` and ``j`` of ``wb`` moves outwards.

    ``step`` is -1 for the left edge (``i``, ``j`` the first words) and +1 for the right one
    (``i``, ``j`` one past the last). An edit of up to ``max_gap`` words on each side is
    skipped when at least :data:`EDGE_WORDS` exact words follow it (more than that for an edit
    of more than one word on either side); repeated while it holds.
    Returns the new ``(i, j)``.
    """
    while True:
        best = None
        for ga in range(max_gap + 1):
            for gb in range(max_gap + 1):
                n = 0
                while True:
                    x = i - 1 - ga - n if step < 0 else i + ga + n
                    y = j - 1 - gb - n if step < 0 else j + gb + n
                    if not (0 <= x < len(wa) and 0 <= y < len(wb)) or wa[x] != wb[y]:
                        break
                    n += 1
                # two exact words carry a passage over a one-word edit only: "co-chaired the
                # meeting" for "after the meeting" is no shared text
                if n >= EDGE_WORDS and (n > EDGE_WORDS or max(ga, gb) < n) and (
                        best is None or n - ga - gb > best[0]):
                    best = (n - ga - gb, ga + n, gb + n)
        if best is None:
            return i, j
        i, j = i + step * best[1], j + step * best[2]


def _quoted_words(text: _Text) -> np.ndarray:
    """For each word of ``text``, whether it lies inside quotation marks."""
    inside = np.zeros(len(text.starts), dtype=bool)
    for ps, pe in text.paragraphs:
        for qs, qe in quote_spans(text.text, ps, pe):
            lo, hi = np.searchsorted(text.starts, [qs, qe])
            inside[lo:hi] = True
    return inside


def _orient(x: _Text, y: _Text) -> tuple[bool, str]:
    """``(swap, direction)``: whether ``y`` is the copying side, and how that was decided
    (module docs)."""
    if x.reference or y.reference:
        return x.reference, "reference"
    dx, dy = date_key(x.date), date_key(y.date)
    tie = dates_tie(x.date, y.date)
    if tie and is_copy(x.shingle_set(), y.shingle_set()):
        kx, ky = (precedence_key(t.name, t.date, len(t.shingle_set())) for t in (x, y))
        basis = order_basis(min(kx, ky), max(kx, ky))
        return ky > kx, "containment" if basis == "containment" else "undetermined"
    if not tie and dx[0] == dy[0] == 0:
        return dy > dx, "date"
    if tie:
        return y.name > x.name, "undetermined"
    if is_copy(x.shingle_set(), y.shingle_set()):  # as find_duplicates: the dated one first
        return dy > dx, "undated"
    return (dy, y.name) > (dx, x.name), "undetermined"


def _pair_passages(texts: list[_Text], ids: list[np.ndarray], i: int, j: int, index: tuple,
                   min_words: int, shingle: int, max_gap: int) -> list[dict[str, Any]]:
    """The passages the pair of texts ``i``, ``j`` share (rows of :func:`shared_passages`).

    ``index`` holds the sorted shingle ``hashes`` and ``position``, each text's ``bounds`` in
    them, the ``common`` (boilerplate) words of each text and the cache of ``quoted`` words.
    """
    hashes, position, bounds, common, quoted = index
    rows = []
    swap, direction = _orient(texts[i], texts[j])
    a, b = (j, i) if swap else (i, j)
    sa, sb = slice(bounds[a], bounds[a + 1]), slice(bounds[b], bounds[b + 1])
    runs = _runs(hashes[sa], position[sa], hashes[sb], position[sb], shingle)
    wa, wb = ids[a].tolist(), ids[b].tolist()
    for a0, a1, b0, b1 in _chain(runs, max_gap, shingle):
        a0, b0 = _edge(wa, wb, a0, b0, -1, max_gap)
        a1, b1 = _edge(wa, wb, a1, b1, +1, max_gap)
        if a1 - a0 < min_words or b1 - b0 < min_words or \
                a1 - a0 - int(common[a][a0:a1].sum()) < shingle:
            continue
        ta, tb = texts[a], texts[b]
        if a not in quoted:
            quoted[a] = _quoted_words(ta)
        start, end = int(ta.starts[a0]), int(ta.ends[a1 - 1])
        rows.append({"doc_id": ta.name, "source": tb.name, "start": start, "end": end,
                     "source_start": int(tb.starts[b0]), "source_end": int(tb.ends[b1 - 1]),
                     "n_words": a1 - a0, "n_source_words": b1 - b0, "direction": direction,
                     "n_words_in_quotes": int(quoted[a][a0:a1].sum()),
                     "text": ta.text[start:end]})
    return rows


def shared_passages(corpus, reference: str | Path | Iterable[str | Path] | Mapping[str, str]
                    | None = None, *, min_words: int = MIN_PASSAGE_WORDS,
                    shingle: int = SHINGLE_WORDS, max_gap: int = MAX_GAP_WORDS,
                    max_df: int | None = None, progress: bool | None = None):
    """One row per passage shared by two documents of ``corpus`` or by a document and a
    reference text (a pandas DataFrame with :data:`COLUMNS`).

    ``reference``: path(s) of reference texts (the declaration's text, a press release) or a
    mapping ``{name: text}``; a file's stem is its name. ``doc_id`` is the copying side and
    ``source`` the copied one (see the module docs for the direction); ``start``/``end`` and
    ``source_start``/``source_end`` are character offsets into each text; ``n_words`` and
    ``n_source_words`` count the passage's words on each side; ``n_words_in_quotes`` counts the
    copying side's words inside quotation marks; ``text`` is the copying side's text. Rows
    are sorted by ``doc_id``, ``start`` and ``source``. ``min_words``, ``shingle``,
    ``max_gap`` and ``max_df`` are described in the module docs. ``progress``: a bar over the
    candidate pairs, as in :func:`analysis.progress.progress_bar` (by default only on a
    terminal).
    """
    import pandas as pd

    if min_words < shingle:
        raise ValueError(f"min_words ({min_words}) must be at least the shingle size "
                         f"({shingle})")
    if max_df is not None and max_df < 2:
        raise ValueError(f"max_df ({max_df}) must be at least 2: a passage is shared by two "
                         "texts at least, so a lower limit would report none")
    texts, ids = _texts(corpus, load_references(reference), {})
    if max_df is None:
        max_df = max(MAX_DOCUMENT_FREQUENCY, len(texts) // 20)
    hashes, owner, position = _shingles(ids, shingle)
    is_ref = np.array([t.reference for t in texts], dtype=bool)
    pairs, indexed, boilerplate = _candidates(hashes, owner, is_ref, max_df)
    common = _boilerplate_words(ids, hashes, owner, position, boilerplate, shingle)
    keep = np.isin(hashes, indexed)
    hashes, owner, position = hashes[keep], owner[keep], position[keep]
    order = np.lexsort((position, hashes, owner))
    hashes, owner, position = hashes[order], owner[order], position[order]
    bounds = np.searchsorted(owner, np.arange(len(texts) + 1))
    quoted: dict[int, np.ndarray] = {}
    rows: list[dict[str, Any]] = []
    with progress_bar(len(pairs), "reuse", progress, unit="pair") as bar:
        for i, j in pairs.tolist():
            rows += _pair_passages(texts, ids, i, j, (hashes, position, bounds, common, quoted),
                                   min_words, shingle, max_gap)
            bar.update(1)
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.sort_values(["doc_id", "start", "source"], kind="stable",
                             ignore_index=True)
