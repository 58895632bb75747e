"""Part-of-speech tags for the package's own word tokens.

A small averaged-perceptron tagger (Collins 2002, in the style of Honnibal's "A good
part-of-speech tagger in about 200 lines of Python") trained on UD_English-EWT
(Silveira et al. 2014, CC BY-SA 4.0) by ``scripts/train_tagger.py`` and shipped as numpy
arrays (``.npz``, read with ``allow_pickle=False``) in ``analysis/resources/tagger/`` - no
pickle, no network.

It tags the tokens of :data:`analysis.corpus.tokens.WORD_RE` (``Yoon’s``, ``U.S``, ``don't`` are one
token each; punctuation is never a token). Each token gets one Universal POS tag (``NOUN``,
``PROPN``, ``VERB``, ``AUX`` ...) and, from the same prediction, one Penn Treebank tag
(``VBD``, ``VBZ``, ``VBN``, ``NNP`` ...): the classes are the (UPOS, Penn) pairs seen in training.

Features are chosen for speed. Every feature depends on a single word at a fixed offset
(-2 .. +2) from the word being tagged, or on the punctuation in the gap before / after it;
there are no previous-tag features. So the score of a word is a sum of five per-type vectors
(cached per word type) and two gap vectors, and a whole text is tagged with a handful of
numpy operations. Previous-tag context is replaced by the neighbours' "ambiguity class" (the
tags a frequent word takes in training, e.g. ``ADP|SCONJ``), which carries most of the same
information. Frequent unambiguous word forms are tagged from a tag dictionary. The features
themselves are defined in :mod:`analysis.corpus.tagger_features` and the weights file's format,
reading and writing in :mod:`analysis.corpus.tagger_files` (both re-exported here).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import chain, compress, count, repeat
from operator import ne
from pathlib import Path
from typing import Any, Literal, NamedTuple

import numpy as np

from ..io import write_bytes_atomic
from .tagger_features import (
    GAP_END,
    GAP_START,
    OFFSETS,
    PAD_LEFT,
    PAD_RIGHT,
    TEMPLATES,
    feature_name,
    gap_class,
    gap_classes,
    gap_features,
    normalise_form,
    parse_feature_name,
    plain_gaps,
    text_gaps,
    type_features,
    type_values,
    word_shape,
    word_shapes,
)
from .tagger_files import (
    ARRAYS,
    FORMAT_VERSION,
    RESOURCE_NAME,
    TaggerError,
    default_tagger_path,
    model_arrays,
    npz_bytes,
    read_tagger_file,
    text_list,
    utf8_text,
)
from .tokens import WORD_RE

__all__ = [
    "ARRAYS", "FORMAT_VERSION", "GAP_END", "GAP_START", "OFFSETS", "PAD_LEFT", "PAD_RIGHT",
    "RESOURCE_NAME", "TEMPLATES", "TagSet", "TaggedWord", "Tagger", "TaggerError", "annotate",
    "default_tagger_path", "feature_name", "gap_class", "gap_classes", "gap_features",
    "load_tagger", "model_arrays", "normalise_form", "parse_feature_name", "plain_gaps",
    "read_tagger_file", "tag_text", "text_gaps", "type_features", "type_values", "word_shape",
    "word_shapes", "write_tagger_file",
]

TagSet = Literal["upos", "penn"]

class TaggedWord(NamedTuple):
    """One word of a text with both of its tags."""

    start: int
    """Offset of the word's first character in the text."""
    end: int
    """Offset just after the word's last character."""
    word: str
    """The word as in the text (a :data:`analysis.corpus.tokens.WORD_RE` token)."""
    upos: str
    """Universal POS tag (``PROPN``, ``VERB``, ``AUX`` ...)."""
    penn: str
    """Penn Treebank tag (``NNP``, ``VBD``, ``VBN`` ...)."""


def _split(text: str) -> tuple[list[str], list[tuple[int, int]], list[str]]:
    """Words, spans and gap classes of ``text`` (the gaps as :func:`text_gaps` gives them)."""
    pieces = WORD_RE.split(text)  # the n + 1 gaps around the n words
    words = WORD_RE.findall(text)
    spans = []
    pos = 0
    for gap, word in zip(pieces, words, strict=False):
        pos += len(gap)
        spans.append((pos, pos + len(word)))
        pos += len(word)
    return words, spans, gap_classes(pieces)


class Tagger:
    """An averaged-perceptron tagger applied as sums of cached per-word-type score vectors.

    Build it with :func:`load_tagger` (or from training's ``weights``, which map a feature to
    ``{class index: weight}``). ``classes`` are ``"UPOS/PENN"`` strings; ``tagdict`` maps word
    forms to a class index; ``ambiguity`` maps lower-cased words to ambiguity classes (see
    :func:`type_features`). ``max_cache`` bounds the number of word types whose vectors are
    kept (the cache is emptied when a call would overfill it; one call's own types are always
    kept).

    The word-feature weights are one float32 matrix (a row per feature, row 0 all zero). A
    (template, value) pair is a *group*: the rows of its features at the five offsets
    (:data:`OFFSETS`; row 0 where the template does not count or the feature is unknown). So
    a batch of new word types is featurised with one look-up per template and summed with one
    gather, template by template in :data:`TEMPLATES` order.
    """

    def __init__(
        self,
        classes: Sequence[str],
        weights: Mapping[str, Mapping[int, float]],
        tagdict: Mapping[str, int],
        ambiguity: Mapping[str, str],
        meta: Mapping[str, Any] | None = None,
        max_cache: int = 50_000,
    ) -> None:
        k = len(classes)
        names = sorted(weights)
        gaps = [f for f in names if f.startswith("g")]
        gap_w = np.zeros((len(gaps) + 1, k), dtype=np.float32)
        for i, f in enumerate(gaps, start=1):
            for c, v in weights[f].items():
                gap_w[i, int(c)] = v
        words = [f for f in names if not f.startswith("g")]
        w = np.zeros((len(words) + 1, k), dtype=np.float32)
        values: dict[str, dict[str, list[int]]] = {t: {} for t in TEMPLATES}
        for r, f in enumerate(words, start=1):
            for c, v in weights[f].items():
                w[r, int(c)] = v
            t, o, v = parse_feature_name(f)
            values[t].setdefault(v, [0] * len(OFFSETS))[OFFSETS.index(o)] = r
        groups = [[0] * len(OFFSETS)] + [r for vs in values.values() for r in vs.values()]
        self._setup(classes, w, gap_w, gaps, [list(vs) for vs in values.values()],
                    np.asarray(groups, dtype=np.int32), tagdict, ambiguity, meta, max_cache)

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], max_cache: int = 50_000) -> Tagger:
        """A tagger from the arrays of a weights file (see :meth:`to_arrays`)."""
        classes = text_list(arrays["classes"])
        shape = tuple(arrays["weights_shape"].tolist())
        w = np.zeros(shape, dtype=np.float32)
        w.flat[arrays["weights_index"]] = arrays["weights_value"]
        texts = iter(text_list(arrays["values"]))
        values = [[next(texts) for _ in range(n)] for n in arrays["value_counts"].tolist()]
        tagdict = dict(zip(text_list(arrays["tagdict_words"]),
                           arrays["tagdict_classes"].tolist(), strict=True))
        ambiguity = dict(zip(text_list(arrays["ambiguity_words"]),
                             text_list(arrays["ambiguity_classes"]), strict=True))
        tagger = cls.__new__(cls)
        tagger._setup(classes, w, arrays["gap_weights"], text_list(arrays["gap_features"]),
                      values, arrays["groups"], tagdict, ambiguity,
                      json.loads(utf8_text(arrays["meta"])), max_cache)
        return tagger

    def _setup(self, classes: Sequence[str], w: np.ndarray, gap_w: np.ndarray,
               gap_features: list[str], values: list[list[str]], groups: np.ndarray,
               tagdict: Mapping[str, int], ambiguity: Mapping[str, str],
               meta: Mapping[str, Any] | None, max_cache: int) -> None:
        """Hold the model: ``values[t]`` are the values of template ``t`` (in
        :data:`TEMPLATES` order) whose groups are the next rows of ``groups``, after row 0."""
        self.classes = tuple(classes)
        self.upos = tuple(c.split("/", 1)[0] for c in self.classes)
        self.penn = tuple(c.split("/", 1)[1] for c in self.classes)
        self.tagdict = dict(tagdict)
        self.ambiguity = dict(ambiguity)
        self.meta = dict(meta or {})
        self.max_cache = max_cache
        self._w = w
        self._gap_w = gap_w  # row 0 (an unknown gap) stays zero
        self._gap_rows = {f: i for i, f in enumerate(gap_features, start=1)}
        self._values = values
        self._groups = groups
        self._lookup = []
        start = 1
        for vs in values:
            self._lookup.append(dict(zip(vs, range(start, start + len(vs)), strict=True)).get)
            start += len(vs)
        # The groups of the templates read off the lower-cased form, packed in one integer
        # (:data:`_FIELD` bits each): by form, its own ("w") and its ambiguity class's ("a");
        # by four-letter ending, those of "s3", "s1", "s2", "s4", remembered as met.
        if len(groups) > 1 << _FIELD:
            raise ValueError(f"{len(groups)} feature groups do not fit in {_FIELD} bits")
        lookup = dict(zip(TEMPLATES, self._lookup, strict=True))
        self._low_unknown = lookup["a"]("?", 0)
        self._by_low = {
            low: lookup["w"](low, 0) | lookup["a"](self.ambiguity.get(low, "?"), 0) << _FIELD
            for low in chain(values[_TEMPLATE["w"]], self.ambiguity)}
        self._by_ending: dict[str, int] = {}
        self._ending_lookups = tuple(lookup[t] for t in ("s3", "s1", "s2", "s4"))
        self._lock = threading.Lock()  # guards the word-type cache (Dask workers use threads)
        self._gap_before: dict[str, int] = {}
        self._gap_after: dict[str, int] = {}
        self._reset_cache()

    @property
    def cache_size(self) -> int:
        """Number of word types whose score vectors are cached."""
        return len(self._index)

    def _reset_cache(self) -> None:
        k = len(self.classes)
        self._index: dict[str, int] = {}
        # Room for the whole cache at once: the zeroed pages become resident only as types
        # are added, and the table is never copied to grow. One block per offset, so the
        # vectors a prediction reads at one offset are rows of one matrix.
        self._table = np.zeros((len(OFFSETS), max(self.max_cache, 1), k), dtype=np.float32)
        self._fixed = np.full(self._table.shape[1], -1, dtype=np.int64)

    def _grow(self, need: int) -> None:
        """Make room for ``need`` cached types (when one call needs more than ``max_cache``, or
        ``max_cache`` was raised)."""
        start = len(self._index)
        size = max(need, min(2 * self._table.shape[1], self.max_cache))
        table = np.zeros((len(OFFSETS), size, len(self.classes)), dtype=np.float32)
        table[:, :start] = self._table[:, :start]
        fixed = np.full(size, -1, dtype=np.int64)
        fixed[:start] = self._fixed[:start]
        self._table, self._fixed = table, fixed

    def _add_types(self, new: list[str]) -> None:
        """Compute and cache the offset vectors and tag-dictionary entries of ``new`` types
        (their feature values as :func:`type_values` gives them)."""
        start = len(self._index)
        need = start + len(new)
        if need > self._table.shape[1]:
            self._grow(need)
        n = len(new)
        forms = new if "".join(new).isascii() else [
            w if w.isascii() else normalise_form(w) for w in new]
        low = list(map(str.lower, forms))
        lookup = self._lookup
        idx = np.empty((len(TEMPLATES), n), dtype=np.intp)  # rows in TEMPLATES order
        idx[_TEMPLATE["b"]] = lookup[_TEMPLATE["b"]]("", 0)
        by_ending = self._by_ending
        if len(by_ending) > 1 << 16:  # bounded, like the type cache
            by_ending.clear()
        ending_get, ending_groups = by_ending.get, self._ending_groups
        # the packed groups: by form ("w", "a") and by ending ("s3", "s1", "s2", "s4")
        packed = np.fromiter(chain(
            map(self._by_low.get, low, repeat(self._low_unknown << _FIELD)),
            [ending_get(e) or ending_groups(e) for e in [w[-4:] for w in low]]), np.uint64, 2 * n)
        unpacked = _unpack(packed, 4)
        idx[_LOW_TEMPLATES] = unpacked[:2, :n]
        idx[_ENDING_TEMPLATES] = unpacked[:, n:]
        h_get = lookup[_TEMPLATE["h"]]
        idx[_OTHER_TEMPLATES] = np.fromiter(chain(
            *(map(lookup[_TEMPLATE[t]], column, repeat(0)) for t, column in (
                ("x", word_shapes(forms)), ("p2", [w[:2] for w in low]), ("c", forms))),
            [h_get(w.rsplit("-", 1)[1], 0) if "-" in w else 0 for w in low]),
            np.intp, 4 * n).reshape(4, n)
        if PAD_LEFT in new or PAD_RIGHT in new:  # a padding word has only a form
            pads = [i for i, w in enumerate(new) if w == PAD_LEFT or w == PAD_RIGHT]
            form_groups = idx[_FORM, pads]
            idx[:, pads] = 0
            idx[_FORM, pads] = form_groups
        # (slot, type, class): the weight rows of every feature of every new type. Adding
        # each offset's slots one after another in TEMPLATES order fixes the float32
        # rounding, so a word's vector has the same bits whichever batch computed it
        # (np.add.reduce over the first axis adds the slots one after another).
        g = self._w.take(self._groups.reshape(-1).take(idx[_SLOT_TEMPLATE] * len(OFFSETS)
                                                       + _SLOT_OFFSET), axis=0)
        side = g[:_SIDE_SLOTS].reshape(_SIDE_DEPTH, len(_SIDE_OFFSETS), n, -1)
        table = self._table  # the other offsets (before the centre, after it), the centre
        np.add.reduce(side[:, :_CENTRE], axis=0, out=table[:_CENTRE, start:need])
        np.add.reduce(side[:, _CENTRE:], axis=0, out=table[_CENTRE + 1:, start:need])
        np.add.reduce(g[_SIDE_SLOTS:], axis=0, out=table[_CENTRE, start:need])
        self._fixed[start:need] = np.fromiter(
            map(self.tagdict.get, forms, repeat(-1)), np.int64, n)
        self._index.update(zip(new, range(start, need), strict=True))

    def _ending_groups(self, ending: str) -> int:
        """Groups of the templates ``s3, s1, s2, s4`` of a word whose last four letters (or
        whole lower-cased form, if shorter) are ``ending``, packed; remembered."""
        s3, s1, s2, s4 = self._ending_lookups
        packed = (s3(ending[-3:], 0) | s1(ending[-1:], 0) << _FIELD
                  | s2(ending[-2:], 0) << 2 * _FIELD | s4(ending[-4:], 0) << 3 * _FIELD)
        self._by_ending[ending] = packed
        return packed

    def predict(
        self,
        words: Sequence[str],
        gaps: Sequence[str] | None = None,
        positions: Sequence[int] | None = None,
        marked: Sequence[int] | None = None,
    ) -> np.ndarray:
        """Class indices (into :attr:`classes`) for ``words``.

        ``gaps`` are the ``len(words) + 1`` gap classes around the words (see
        :func:`text_gaps`); without them the words are taken as separated by spaces.
        ``positions`` (indices into ``words``) asks for the classes of those words only, in
        that order: each is what the whole prediction gives it (the neighbours are still its
        context), at a fraction of the cost when few words need a tag. ``marked``, if given,
        lists every gap whose class may be other than one space, besides the first and the last
        (as :func:`gap_classes` takes them): the others are not read.
        """
        n = len(words)
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        if gaps is None:
            gaps = plain_gaps(n)
        elif len(gaps) != n + 1:
            raise ValueError(f"need {n + 1} gap classes for {n} words, got {len(gaps)}")
        seq = [PAD_LEFT, PAD_LEFT, *words, PAD_RIGHT, PAD_RIGHT]
        at = None if positions is None else np.asarray(positions, dtype=np.intp).reshape(-1)
        with self._lock:
            ids = self._type_ids(seq)
            table = self._table
            if at is None:
                t = table[:, ids]
                fixed = self._fixed[ids[2:-2]]
                scores = t[0, 0:n] + t[1, 1:n + 1] + t[2, 2:n + 2] + t[3, 3:n + 3] + t[4, 4:]
            else:
                fixed = self._fixed.take(ids.take(at + 2))
                # a word of the tag dictionary takes its tag from there: no scores needed
                at = at.compress(fixed < 0)
                # each offset's rows in its block of the table, summed in offset order
                rows = ids.take(at + _WINDOW) + _WINDOW * table.shape[1]
                scores = np.add.reduce(table.reshape(-1, table.shape[2]).take(rows, axis=0), 0)
        scores += self._gap_scores(gaps, at, marked)
        best = scores.argmax(axis=1)
        if at is None:
            return np.where(fixed >= 0, fixed, best)
        fixed[fixed < 0] = best
        return fixed

    def _type_ids(self, seq: list[str]) -> np.ndarray:
        """Rows of the type cache for the words of ``seq``, the new types added first. Each word
        is looked up once; only the places of new types are looked up again."""
        index = self._index
        ids = np.fromiter(map(index.get, seq, repeat(-1)), dtype=np.intp, count=len(seq))
        missing = (ids < 0).nonzero()[0]
        if len(missing):  # new types
            places = missing.tolist()
            new = list(dict.fromkeys(map(seq.__getitem__, places)))
            if len(index) + len(new) > self.max_cache:
                self._reset_cache()
                new = list(dict.fromkeys(seq))
                places = range(len(seq))
            self._add_types(new)
            ids[places] = list(map(self._index.__getitem__, map(seq.__getitem__, places)))
        return ids

    def _gap_scores(self, gaps: Sequence[str], at: np.ndarray | None = None,
                    marked: Sequence[int] | None = None) -> np.ndarray:
        """Sum of the weights of the gap classes before and after each word (of the words
        ``at``, if given). Most gaps are one space: the rows of the others (``marked``, see
        :meth:`predict`) are set on top."""
        before, after = self._gap_before, self._gap_after
        if marked is None:
            marked = list(compress(count(), map(ne, gaps, repeat(" "))))
        else:
            marked = [0, *marked, len(gaps) - 1]
        marked_gaps = list(map(gaps.__getitem__, marked))
        for g in {" ", *marked_gaps}.difference(before):
            f_before, f_after = gap_features(g, g)
            after[g] = self._gap_rows.get(f_after, 0)  # "after" first: "before" marks it done
            before[g] = self._gap_rows.get(f_before, 0)
        rows_before = np.full(len(gaps), before[" "], dtype=np.intp)
        rows_after = np.full(len(gaps), after[" "], dtype=np.intp)
        if marked:
            rows_before[marked] = list(map(before.__getitem__, marked_gaps))
            rows_after[marked] = list(map(after.__getitem__, marked_gaps))
        if at is None:
            rows_before, rows_after = rows_before[:-1], rows_after[1:]
        else:  # only the gaps around the words asked for
            rows_before, rows_after = rows_before.take(at), rows_after.take(at + 1)
        return np.take(self._gap_w, rows_before, axis=0) + np.take(self._gap_w, rows_after, axis=0)

    def tag(
        self, words: Sequence[str], tagset: TagSet = "upos", gaps: Sequence[str] | None = None
    ) -> list[str]:
        """Tag ``words`` (tokens of :data:`analysis.corpus.tokens.WORD_RE`, in order, case kept).

        Returns one tag per word: Universal POS (``tagset="upos"``) or Penn Treebank
        (``tagset="penn"``). Pass a whole sentence or text; without ``gaps`` (see
        :meth:`predict`) the tagger does not see punctuation, so :meth:`tag_text` is a little
        more accurate when the text is at hand.
        """
        return list(map(self._names(tagset).__getitem__, self.predict(words, gaps).tolist()))

    def tag_text(self, text: str, tagset: TagSet = "upos") -> list[tuple[int, int, str, str]]:
        """Tokenise ``text`` with :data:`~analysis.corpus.tokens.WORD_RE` and tag every word.

        Returns ``(start, end, word, tag)`` per word, offsets into ``text``; the punctuation
        between words informs the tags (sentence ends, commas, quotes, colons).
        """
        words, spans, gaps = _split(text)
        tags = self.tag(words, tagset, gaps)
        return [(s, e, w, t) for (s, e), w, t in zip(spans, words, tags, strict=True)]

    def annotate(self, text: str) -> list[TaggedWord]:
        """Like :meth:`tag_text`, with the UPOS and the Penn tag of every word from one
        prediction (e.g. ``said`` VERB/VBD, ``has`` AUX/VBZ + ``learned`` VERB/VBN)."""
        words, spans, gaps = _split(text)
        pred = self.predict(words, gaps).tolist()
        upos, penn = self.upos, self.penn
        return [
            TaggedWord(s, e, w, upos[c], penn[c])
            for (s, e), w, c in zip(spans, words, pred, strict=True)
        ]

    def _names(self, tagset: str) -> tuple[str, ...]:
        if tagset == "upos":
            return self.upos
        if tagset == "penn":
            return self.penn
        raise ValueError(f"tagset must be 'upos' or 'penn', got {tagset!r}")

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The arrays of the weights file (what :func:`load_tagger` reads; see
        :func:`model_arrays`)."""
        return model_arrays(self.classes, self._w, self._gap_w, list(self._gap_rows),
                            self._values, self._groups, self.tagdict, self.ambiguity, self.meta)

    def to_npz(self) -> bytes:
        """The weights file's bytes: :meth:`to_arrays` as a deflated ``.npz`` (no pickle), the
        same bytes for the same model (fixed member order and timestamps)."""
        return npz_bytes(self.to_arrays())

    @property
    def n_features(self) -> int:
        """Number of features with a weight (word features and gap features)."""
        return int(np.count_nonzero(self._w.any(axis=1)) + np.count_nonzero(
            self._gap_w.any(axis=1)))


_TEMPLATE = {t: i for i, t in enumerate(TEMPLATES)}
"""Position of each template in :data:`TEMPLATES` (a row of a batch's group indices)."""
_LOW_TEMPLATES = [_TEMPLATE[t] for t in ("w", "a")]
_ENDING_TEMPLATES = [_TEMPLATE[t] for t in ("s3", "s1", "s2", "s4")]
_FIELD = 16
"""Bits of one group index in a packed integer of several (:meth:`Tagger._add_types`)."""


def _unpack(packed: np.ndarray, k: int) -> np.ndarray:
    """The ``k`` group indices packed in each of ``packed`` (the first in the lowest bits),
    as ``k`` rows."""
    shifts = np.arange(0, k * _FIELD, _FIELD, dtype=np.uint64)[:, None]
    return (packed >> shifts) & np.uint64((1 << _FIELD) - 1)


_FORM = _TEMPLATE["w"]
"""Position of the lower-cased form among the templates (the one a padding word has)."""
_OTHER_TEMPLATES = [_TEMPLATE[t] for t in ("x", "p2", "c", "h")]

# The (template, offset) slots of a word's features, as indices into the templates and
# OFFSETS: first the offsets other than 0, slot by slot (each offset's templates in TEMPLATES
# order, padded at the end with the bias, whose group has row 0 away from offset 0), then
# offset 0's templates in TEMPLATES order.
_CENTRE = OFFSETS.index(0)
_SIDE_OFFSETS = [i for i, o in enumerate(OFFSETS) if o != 0]
_SIDE_TEMPLATES = [[i for i, offsets in enumerate(TEMPLATES.values()) if o in offsets]
                   for o in OFFSETS if o != 0]
_SIDE_DEPTH = max(map(len, _SIDE_TEMPLATES))
_SLOTS = [(ts[k] if k < len(ts) else _TEMPLATE["b"], o)
          for k in range(_SIDE_DEPTH) for ts, o in zip(_SIDE_TEMPLATES, _SIDE_OFFSETS, strict=True)
          ] + [(i, _CENTRE) for i, offsets in enumerate(TEMPLATES.values()) if 0 in offsets]
_SIDE_SLOTS = _SIDE_DEPTH * len(_SIDE_OFFSETS)
_WINDOW = np.arange(len(OFFSETS), dtype=np.intp)[:, None]
"""The offsets of a word's window from its first word (a column), as indices into OFFSETS."""
_SLOT_TEMPLATE = np.array([t for t, _ in _SLOTS], dtype=np.intp)
_SLOT_OFFSET = np.array([o for _, o in _SLOTS], dtype=np.intp)[:, None]


def write_tagger_file(tagger: Tagger, path: str | Path) -> bytes:
    """Write ``tagger`` to ``path`` as a weights file (:meth:`Tagger.to_npz`); returns the
    bytes written."""
    payload = tagger.to_npz()
    write_bytes_atomic(path, payload)
    return payload


@lru_cache(maxsize=4)
def _load(path: str) -> Tagger:
    return Tagger.from_arrays(read_tagger_file(path))


def load_tagger(path: str | Path | None = None) -> Tagger:
    """Load (once per path, then cached) the tagger from ``path`` or the packaged weights."""
    return _load(str(Path(path)) if path is not None else _default_path_text())


@lru_cache(maxsize=1)
def _default_path_text() -> str:
    """:func:`default_tagger_path` as text, found once (looking it up costs ~40 us a call)."""
    return str(default_tagger_path())


def annotate(text: str) -> list[TaggedWord]:
    """Both tags of every word of ``text`` with the packaged tagger (see
    :meth:`Tagger.annotate`)."""
    return load_tagger().annotate(text)


def tag_text(text: str, tagset: TagSet = "upos") -> list[tuple[int, int, str, str]]:
    """Tag every word of ``text`` with the packaged tagger: ``(start, end, word, tag)`` per
    word of :data:`analysis.corpus.tokens.WORD_RE` (see :meth:`Tagger.tag_text`)."""
    return load_tagger().tag_text(text, tagset)
