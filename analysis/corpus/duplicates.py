"""Wire copies: near-duplicate documents, so group comparisons can count a story once.

Method (Broder 1997, "On the resemblance and containment of documents", Compression and
Complexity of Sequences): a document is the set of its *shingles*, the runs of
``shingle_words`` consecutive words (default 5; :func:`analysis.corpus.tokens.words`, lower-cased),
each hashed to 32 bits. Two documents are copies of one story when the **containment** of the
smaller set in the larger,

    containment(A, B) = |A ∩ B| / min(|A|, |B|),

is at least ``threshold``. Containment rather than resemblance (Jaccard, |A ∩ B| / |A ∪ B|)
because an outlet that runs a wire story often cuts its ending: a copy that keeps the first
half of a story has resemblance 0.5 but containment 1.0. Independent reports of one event
share short quotations, not whole runs of sentences, and stay far below the threshold.

Candidate pairs come from MinHash locality-sensitive hashing (datasketch's ``MinHash`` with
128 permutations, seed 1, and ``MinHashLSH`` with 64 bands of 2 rows), so a corpus is not
compared pair by pair; each candidate's containment is then computed exactly from the two
shingle sets. With 64 bands of 2 rows a pair whose resemblance is 0.2 is a candidate with
probability 0.93, 0.3 with 0.998: a copy that keeps less than about a fifth of the story may
be missed. Documents of fewer than :data:`MIN_SHINGLES` shingles (about 14 words) are never
flagged, nor used as originals: one shared sentence is not a copy.

The threshold, 0.4 by default, is measured in ``benchmarks/duplicates.py``: precision and
recall over thresholds on invented labelled pairs (wire copies with new headlines, cut endings,
house-style edits; rewrites of the same event; other stories on the same summit) and on
DUC-2001 newswire. Copies scored 0.48 and above there, other pairs 0.24 and below.

Among copies of one story the original is the earliest document by ``date`` (ISO strings with a
UTC offset are compared in UTC; a document without a date comes after every dated one); on a
date tie (the same date, no dates on either side, or the same calendar day where one side has no
time of day: a date-only ``2023-04-26`` is not known to precede ``2023-04-26T13:47``) the
document that contains the other, the one with more shingles, is the original, since a reprint
cuts a wire story and seldom lengthens it;
if that ties too the order is undetermined and the first by ``doc_id`` is taken. Every later
copy points at the earlier original that contains most of it (of equal ones, the earliest): a
reprint of one story is not the copy of an older story it shares a paragraph of background
with. The order is :func:`precedence_key`, which
the reuse measures share (:mod:`analysis.reuse`: the direction of a shared passage, the first
appearance of a quotation). The row's ``reason`` says how the direction was decided when the
dates did not decide it, and on an original why its ``similarity`` is NaN (not a copy, or too
short to compare).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cmp_to_key
from typing import Any

import numpy as np

from ..progress import with_progress
from .arguments import require_corpus
from .tokens import words

SHINGLE_WORDS = 5
"""Words per shingle (Broder's w-shingles; 5 is short enough to survive light copy-editing)."""

THRESHOLD = 0.4
"""Default containment at or above which two documents are copies (benchmarks/duplicates.py)."""

MIN_SHINGLES = 10
"""Documents with fewer shingles are too short to call copies."""

NUM_PERM = 128
"""MinHash permutations."""

LSH_BANDS = (64, 2)
"""MinHashLSH bands and rows per band (64 x 2 = :data:`NUM_PERM`)."""

_SEED = 1

_ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d-])")


def shingles(text: str, shingle_words: int = SHINGLE_WORDS) -> np.ndarray:
    """The sorted, unique 32-bit hashes of the word shingles of ``text`` (a uint64 array).

    A text of fewer words than ``shingle_words`` is one shingle; an empty text has none. The
    hash is the first four bytes of SHA-1 (little-endian), as datasketch's ``sha1_hash32``.
    """
    tokens = [w.lower() for w in words(text)]
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    span = min(shingle_words, len(tokens))
    grams = (" ".join(tokens[i:i + span]) for i in range(len(tokens) - span + 1))
    hashes = np.fromiter(
        (int.from_bytes(hashlib.sha1(g.encode("utf-8")).digest()[:4], "little") for g in grams),
        dtype=np.uint64, count=len(tokens) - span + 1)
    return np.unique(hashes)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """|A ∩ B| / min(|A|, |B|) of two outputs of :func:`shingles` (NaN if one is empty)."""
    if len(a) == 0 or len(b) == 0:
        return float("nan")
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / min(len(a), len(b))


def is_copy(a: np.ndarray, b: np.ndarray, threshold: float = THRESHOLD) -> bool:
    """True if two outputs of :func:`shingles` are copies of one story: both of at least
    :data:`MIN_SHINGLES` shingles and :func:`containment` at least ``threshold``."""
    return min(len(a), len(b)) >= MIN_SHINGLES and containment(a, b) >= threshold


def resemblance(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard |A ∩ B| / |A ∪ B| of two outputs of :func:`shingles` (NaN if both are empty)."""
    if len(a) == 0 and len(b) == 0:
        return float("nan")
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def date_key(value: Any) -> tuple[int, str]:
    """Sort key of a ``date`` field: dated documents first, in time order (UTC when the value
    carries an offset), then undated ones (``None``, NaN or an empty string)."""
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return (1, "")
    value = str(value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return (0, value)
    if parsed.tzinfo is not None:
        return (0, parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f"))
    return (0, value)


def calendar_day(value: Any) -> tuple[str, bool] | None:
    """The calendar day of a ``date`` field as it writes it (``YYYY-MM-DD``, in the value's own
    time zone) and whether the value carries a time of day; ``None`` when undated or not a
    full ISO date (``2023``, ``2023-04``)."""
    if date_key(value)[0]:
        return None
    value = str(value)
    if not _ISO_DAY_RE.match(value):
        return None
    return value[:10], len(value) > 10


def _days_tie(a: tuple[str, bool] | None, b: tuple[str, bool] | None) -> bool:
    """Whether two :func:`calendar_day` values fall on one day and one of them has no time."""
    return a is not None and b is not None and a[0] == b[0] and not (a[1] and b[1])


def dates_tie(a: Any, b: Any) -> bool:
    """Whether two ``date`` fields cannot order two documents: the same :func:`date_key`
    (both undated included), or the same calendar day where one of them has no time of day
    (``2023-04-26`` against ``2023-04-26T13:47:00-04:00``: the date-only one is not known to be
    earlier)."""
    return date_key(a) == date_key(b) or _days_tie(calendar_day(a), calendar_day(b))


@dataclass(frozen=True)
class Precedence:
    """The sort key of :func:`precedence_key`. ``a < b`` when ``a``'s document comes first: the
    earlier :func:`date_key`, unless the dates tie (:func:`dates_tie`); on a tie the larger
    ``size``, then the smaller ``doc_id``."""

    key: tuple[int, str]
    day: tuple[str, bool] | None
    size: int
    doc_id: str

    def ties(self, other: Precedence) -> bool:
        """Whether the dates of the two keys tie (:func:`dates_tie`)."""
        return self.key == other.key or _days_tie(self.day, other.day)

    def __lt__(self, other: Precedence) -> bool:
        if not self.ties(other):
            return self.key < other.key
        return (-self.size, self.doc_id) < (-other.size, other.doc_id)

    def __gt__(self, other: Precedence) -> bool:
        return other < self


def precedence_key(doc_id: str, date: Any, size: int) -> Precedence:
    """Sort key putting the original of a story before its copies: by :func:`date_key` of
    ``date`` (dates that tie, :func:`dates_tie`, do not order), then the larger ``size``
    (shingles, :func:`document_size`) first, then ``doc_id``. Two copies of one date are
    ordered by which contains the other: containment of B in A is |A ∩ B| / |B|, higher in A
    than in B exactly when A has more shingles."""
    return Precedence(date_key(date), calendar_day(date), size, doc_id)


def document_size(text: str, shingle_words: int = SHINGLE_WORDS) -> int:
    """The number of distinct shingles of ``text``, the size :func:`precedence_key` compares."""
    return len(shingles(text, shingle_words))


def order_basis(first: Precedence, second: Precedence) -> str:
    """How two :func:`precedence_key` keys were ordered: ``"date"`` (both dated, dates
    differ), ``"undated"`` (one has no date and comes second), ``"containment"`` (dates tie:
    the larger comes first) or ``"undetermined"`` (dates tie, same size: ``doc_id``
    order)."""
    if not first.ties(second):
        return "date" if first.key[0] == second.key[0] == 0 else "undated"
    return "containment" if first.size != second.size else "undetermined"


def find_duplicates(documents: Iterable[Any], threshold: float = THRESHOLD, *,
                    shingle_words: int = SHINGLE_WORDS, progress: bool | None = None):
    """Flag wire copies: one row per document, in input order (a DataFrame).

    ``documents`` is a :class:`~analysis.corpus.Corpus` or any iterable of documents (objects
    with ``doc_id``, ``text`` and ``meta``); it is read once. Columns: ``doc_id``;
    ``duplicate_of``, the ``doc_id`` of the original this document copies (``None`` for an
    original); ``similarity``, the containment of the two (NaN for an original); ``reason``,
    :data:`ORIGINAL` on an original (:data:`TOO_SHORT` on one too short to compare), and on a
    copy non-empty when the dates did not decide the direction (one has no date, or both have
    the same date or none: see the module docs).
    The method and its settings are in ``attrs["method"]``. See the module docstring.
    ``progress``: a bar over the documents read, as in
    :func:`analysis.progress.progress_bar` (by default only on a terminal).
    """
    import pandas as pd
    from datasketch import MinHash, MinHashLSH

    require_corpus(documents, "find_duplicates()")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    ids, keys, sets = [], [], []
    for doc in with_progress(documents, "duplicates", progress):
        ids.append(doc.doc_id)
        sets.append(shingles(doc.text, shingle_words))
        keys.append(precedence_key(doc.doc_id, doc.meta.get("date"), len(sets[-1])))
    order = sorted(range(len(ids)), key=keys.__getitem__)
    rank = {i: r for r, i in enumerate(order)}
    lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_BANDS)
    duplicate_of: list[str | None] = [None] * len(ids)
    similarity = [float("nan")] * len(ids)
    for i in order:
        if len(sets[i]) < MIN_SHINGLES:
            continue
        sketch = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=int)
        sketch.update_batch(sets[i].tolist())
        best, most = None, threshold
        for j in sorted(lsh.query(sketch), key=rank.__getitem__):  # the earliest of equals
            value = containment(sets[i], sets[j])
            if value >= most and (best is None or value > most):
                best, most = j, value  # the original that holds most of it, not the first
        if best is None:
            lsh.insert(i, sketch)
        else:
            duplicate_of[i], similarity[i] = ids[best], most
    index = {doc_id: i for i, doc_id in enumerate(ids)}
    # an original's similarity is NaN: its reason says why
    reason = [_direction_note(ids[i], orig, order_basis(keys[index[orig]], keys[i]))
              if orig is not None else ORIGINAL if len(sets[i]) >= MIN_SHINGLES else TOO_SHORT
              for i, orig in enumerate(duplicate_of)]
    table = pd.DataFrame({"doc_id": ids, "duplicate_of": pd.Series(duplicate_of, dtype=object),
                          "similarity": similarity, "reason": reason})
    table.attrs["method"] = (f"containment of {shingle_words}-word shingles >= {threshold} "
                             f"(Broder 1997); candidates by MinHash LSH, {NUM_PERM} permutations, "
                             f"{LSH_BANDS[0]} bands x {LSH_BANDS[1]} rows (datasketch)")
    return table


ORIGINAL = "not a copy: no earlier document contains it"
"""The ``reason`` of an original, whose ``similarity`` is NaN."""
TOO_SHORT = f"too short to compare (fewer than {MIN_SHINGLES} shingles)"
"""The ``reason`` of a document too short to be called a copy (``similarity`` NaN)."""


def _direction_note(copy: str, original: str, basis: str) -> str:
    """The ``reason`` of a copy whose original was chosen by ``basis`` (:func:`order_basis`)."""
    if basis == "undated":
        return (f"{copy} or {original} has no date: which came first is not known (the dated "
                "one is taken as the original)")
    if basis == "containment":
        return (f"{copy} and {original} have the same date or none: {original}, which "
                "contains the other, is taken as the original")
    if basis == "undetermined":
        return (f"undetermined: {copy} and {original} have the same date (or none) and the "
                "same length; the first by doc_id is taken as the original")
    return ""


def in_precedence(documents: Iterable[Any]) -> list[Any]:
    """``documents`` (with ``doc_id``, ``text`` and ``meta``) in the order of first appearance
    that the reuse measures use: by :func:`date_key`, then ``doc_id`` where the dates tie
    (:func:`dates_tie`), except that a wire copy (:func:`find_duplicates`) whose original's
    date ties with its own follows that original directly, so the original is seen first."""
    docs = list(documents)
    found = find_duplicates(docs, progress=False)
    dates = {d.doc_id: d.meta.get("date") for d in docs}
    anchor = {row.doc_id: row.duplicate_of
              if isinstance(row.duplicate_of, str)
              and dates_tie(dates[row.duplicate_of], dates[row.doc_id]) else None
              for row in found.itertuples(index=False)}
    keys = {d.doc_id: precedence_key(d.doc_id, dates[d.doc_id], 0) for d in docs}

    def before(a: Any, b: Any) -> int:
        ka, kb = keys[a.doc_id], keys[b.doc_id]
        if not ka.ties(kb):
            return -1 if ka.key < kb.key else 1
        ta = (anchor[a.doc_id] or a.doc_id, anchor[a.doc_id] is not None, a.doc_id)
        tb = (anchor[b.doc_id] or b.doc_id, anchor[b.doc_id] is not None, b.doc_id)
        return (ta > tb) - (ta < tb)

    return sorted(docs, key=cmp_to_key(before))


def drop_duplicates(table, duplicates):
    """Drop the rows of ``table`` whose ``doc_id`` is a copy in ``duplicates``.

    ``table`` is any table with a ``doc_id`` column (documents, paragraphs, sentences);
    ``duplicates`` is the output of :func:`find_duplicates`. Returns ``(kept, n_dropped)``:
    the remaining rows (index reset) and the number of *documents* dropped.
    """
    copies = set(duplicates.loc[duplicates["duplicate_of"].notna(), "doc_id"])
    dropped = table["doc_id"].isin(copies)
    n_dropped = int(table.loc[dropped, "doc_id"].nunique())
    return table.loc[~dropped].reset_index(drop=True), n_dropped
