"""Part-of-speech tags for the package's own word tokens.

A small averaged-perceptron tagger (Collins 2002, in the style of Honnibal's "A good
part-of-speech tagger in about 200 lines of Python") trained on UD_English-EWT
(Silveira et al. 2014, CC BY-SA 4.0) by ``scripts/train_tagger.py`` and shipped as gzipped
JSON in ``analysis/resources/tagger/`` - no pickle, no network.

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
themselves are defined in :mod:`analysis.corpus.tagger_features` (re-exported here).
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any, Literal, NamedTuple

import numpy as np

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
from .tokens import WORD_RE

__all__ = [
    "FORMAT_VERSION", "GAP_END", "GAP_START", "OFFSETS", "PAD_LEFT", "PAD_RIGHT", "RESOURCE_NAME",
    "TEMPLATES", "TagSet", "TaggedWord", "Tagger", "TaggerError", "annotate",
    "default_tagger_path", "feature_name", "gap_class", "gap_classes", "gap_features",
    "load_tagger", "normalise_form", "parse_feature_name", "plain_gaps", "read_tagger_file",
    "tag_text", "tagger_from_dict", "text_gaps", "type_features", "type_values", "word_shape",
    "word_shapes",
]

FORMAT_VERSION = "analysis-tagger/1"
"""Schema version of the JSON artefact; bumped whenever the feature extraction changes."""

RESOURCE_NAME = "ewt_perceptron.json.gz"
"""File name of the packaged weights inside ``analysis/resources/tagger``."""

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


class TaggerError(ValueError):
    """The tagger's weights file cannot be used; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


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

    Build it with :func:`load_tagger`. ``classes`` are ``"UPOS/PENN"`` strings; ``weights``
    maps a feature to ``{class index: weight}``; ``tagdict`` maps word forms to a class index;
    ``ambiguity`` maps lower-cased words to ambiguity classes (see :func:`type_features`).
    ``max_cache`` bounds the number of word types whose vectors are kept (the cache is
    emptied when a call would overfill it; one call's own types are always kept).

    The weights are one float32 matrix (a row per feature), and each template maps a value to
    the rows of its features at the template's offsets, so a batch of new word types is
    featurised a template at a time and summed with one gather.
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
        self.classes = tuple(classes)
        self.upos = tuple(c.split("/", 1)[0] for c in self.classes)
        self.penn = tuple(c.split("/", 1)[1] for c in self.classes)
        self.tagdict = dict(tagdict)
        self.ambiguity = dict(ambiguity)
        self.meta = dict(meta or {})
        self.max_cache = max_cache
        k = len(self.classes)
        names = sorted(weights)
        gaps = [f for f in names if f.startswith("g")]
        # Gap features: a small dense matrix whose row 0 (an unknown gap) stays zero.
        self._gap_rows = {f: i for i, f in enumerate(gaps, start=1)}
        self._gap_w = np.zeros((len(gaps) + 1, k), dtype=np.float32)
        for f, i in self._gap_rows.items():
            for c, v in weights[f].items():
                self._gap_w[i, int(c)] = v
        # Word features: rows of a dense matrix whose row 0 (every feature the model does not
        # know) stays zero; for each template, value -> index of its rows at its offsets.
        words = [f for f in names if not f.startswith("g")]
        self._w = np.zeros((len(words) + 1, k), dtype=np.float32)
        values: dict[str, dict[str, int]] = {t: {} for t in TEMPLATES}
        rows: dict[str, list[list[int]]] = {t: [[0] * len(o)] for t, o in TEMPLATES.items()}
        for r, f in enumerate(words, start=1):
            for c, v in weights[f].items():
                self._w[r, int(c)] = v
            t, o, v = parse_feature_name(f)
            i = values[t].setdefault(v, len(rows[t]))
            if i == len(rows[t]):
                rows[t].append([0] * len(TEMPLATES[t]))
            rows[t][i][TEMPLATES[t].index(o)] = r
        self._values = values
        self._vrows = {t: np.asarray(r, dtype=np.int32) for t, r in rows.items()}
        # Slot j of a word's row list is (template, offset) number j in TEMPLATES order.
        slots = [o for offsets in TEMPLATES.values() for o in offsets]
        self._slots = [[j for j, o in enumerate(slots) if o == off] for off in OFFSETS]
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
        # are added, and the table is never copied to grow.
        self._table = np.zeros((max(self.max_cache, 1), len(OFFSETS), k), dtype=np.float32)
        self._fixed = np.full(len(self._table), -1, dtype=np.int64)

    def _grow(self, need: int) -> None:
        """Make room for ``need`` cached types (when one call needs more than ``max_cache``, or
        ``max_cache`` was raised)."""
        start = len(self._index)
        size = max(need, min(2 * len(self._table), self.max_cache))
        table = np.zeros((size, len(OFFSETS), len(self.classes)), dtype=np.float32)
        table[:start] = self._table[:start]
        fixed = np.full(size, -1, dtype=np.int64)
        fixed[:start] = self._fixed[:start]
        self._table, self._fixed = table, fixed

    def _type_rows(self, new: list[str]) -> np.ndarray:
        """``(len(new), slots)`` feature rows of the ``new`` types (see :func:`type_values`),
        computed a template at a time."""
        forms = [normalise_form(w) for w in new]
        low = [f.lower() for f in forms]
        columns = {
            "b": [""] * len(new), "w": low, "a": list(map(self.ambiguity.get, low, repeat("?"))),
            "x": word_shapes(forms), "s3": [w[-3:] for w in low], "s1": [w[-1:] for w in low],
            "s2": [w[-2:] for w in low], "s4": [w[-4:] for w in low],
            "p2": [w[:2] for w in low], "c": forms,
            "h": [w.rsplit("-", 1)[1] if "-" in w else "\x00" for w in low],
        }
        pads = [i for i, w in enumerate(new) if w == PAD_LEFT or w == PAD_RIGHT]
        blocks = []
        for t, col in columns.items():
            idx = np.fromiter(map(self._values[t].get, col, repeat(0)), np.intp, len(new))
            if pads and t != "w":
                idx[pads] = 0  # a padding word has only a form
            blocks.append(self._vrows[t][idx])
        return np.concatenate(blocks, axis=1)

    def _add_types(self, new: list[str]) -> None:
        """Compute and cache the offset vectors and tag-dictionary entries of ``new`` types."""
        start = len(self._index)
        need = start + len(new)
        if need > len(self._table):
            self._grow(need)
        g = self._w[self._type_rows(new)]
        # Adding one slot at a time in a fixed order fixes the float32 rounding, so a word's
        # vector has the same bits whichever batch computed it.
        for k, slots in enumerate(self._slots):
            acc = g[:, slots[0]].copy()
            for j in slots[1:]:
                acc += g[:, j]
            self._table[start:need, k] = acc
        forms = [normalise_form(w) for w in new]
        self._fixed[start:need] = np.fromiter(
            map(self.tagdict.get, forms, repeat(-1)), np.int64, len(new))
        self._index.update(zip(new, range(start, need), strict=True))

    def predict(
        self,
        words: Sequence[str],
        gaps: Sequence[str] | None = None,
        positions: Sequence[int] | None = None,
    ) -> np.ndarray:
        """Class indices (into :attr:`classes`) for ``words``.

        ``gaps`` are the ``len(words) + 1`` gap classes around the words (see
        :func:`text_gaps`); without them the words are taken as separated by spaces.
        ``positions`` (indices into ``words``) asks for the classes of those words only, in
        that order: each is what the whole prediction gives it (the neighbours are still its
        context), at a fraction of the cost when few words need a tag.
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
            index = self._index
            new = [w for w in dict.fromkeys(seq) if w not in index]
            if new:
                if len(index) + len(new) > self.max_cache:
                    self._reset_cache()
                    new = list(dict.fromkeys(seq))
                self._add_types(new)
                index = self._index
            ids = np.fromiter(map(index.__getitem__, seq), dtype=np.intp, count=n + 4)
            if at is None:
                t = self._table[ids]
                fixed = self._fixed[ids[2:-2]]
                scores = t[0:n, 0] + t[1:n + 1, 1] + t[2:n + 2, 2] + t[3:n + 3, 3] + t[4:, 4]
            else:
                table = self._table
                fixed = self._fixed[ids[at + 2]]
                scores = (table[ids[at], 0] + table[ids[at + 1], 1] + table[ids[at + 2], 2]
                          + table[ids[at + 3], 3] + table[ids[at + 4], 4])
        scores += self._gap_scores(gaps, at)
        best = scores.argmax(axis=1)
        return np.where(fixed >= 0, fixed, best)

    def _gap_scores(self, gaps: Sequence[str], at: np.ndarray | None = None) -> np.ndarray:
        before, after = self._gap_before, self._gap_after
        for g in set(gaps).difference(before):
            f_before, f_after = gap_features(g, g)
            after[g] = self._gap_rows.get(f_after, 0)  # "after" first: "before" marks it done
            before[g] = self._gap_rows.get(f_before, 0)
        n = len(gaps) - 1
        rows_before = np.fromiter(map(before.__getitem__, gaps[:-1]), dtype=np.intp, count=n)
        rows_after = np.fromiter(map(after.__getitem__, gaps[1:]), dtype=np.intp, count=n)
        if at is not None:
            rows_before, rows_after = rows_before[at], rows_after[at]
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

    def to_dict(self, decimals: int = 3) -> dict[str, Any]:
        """The JSON-ready artefact (what :func:`load_tagger` reads), weights rounded to
        ``decimals`` places (the float32 weights, printed as the shortest nearby decimal)."""
        weights: dict[str, dict[str, float]] = {}
        for f, i in self._gap_rows.items():
            weights[f] = {str(c): round(v, decimals) for c, v in enumerate(
                self._gap_w[i].tolist()) if v}
        for t, offsets in TEMPLATES.items():
            for value, i in self._values[t].items():
                for o, r in zip(offsets, self._vrows[t][i].tolist(), strict=True):
                    if r:
                        weights[feature_name(t, o, value)] = {
                            str(c): round(v, decimals)
                            for c, v in enumerate(self._w[r].tolist()) if v}
        return {
            "format": FORMAT_VERSION,
            "classes": list(self.classes),
            "weights": dict(sorted(weights.items())),
            "tagdict": self.tagdict,
            "ambiguity": self.ambiguity,
            "meta": self.meta,
        }


def default_tagger_path() -> Path:
    """Location of the packaged weights file."""
    return Path(str(resources.files("analysis") / "resources" / "tagger" / RESOURCE_NAME))


def read_tagger_file(path: str | Path) -> dict[str, Any]:
    """Parse a (gzipped) JSON weights file, checking its format; raises :class:`TaggerError`
    naming ``path`` when it is missing, unreadable or not a tagger artefact."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise TaggerError(p, f"cannot read tagger weights ({exc.strerror or exc})") from exc
    try:
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise TaggerError(p, f"not a gzipped JSON tagger file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise TaggerError(p, f"expected format {FORMAT_VERSION!r}, found {found!r}")
    missing = [k for k in ("classes", "weights", "tagdict", "ambiguity") if k not in data]
    if missing:
        raise TaggerError(p, f"missing keys {missing}")
    return data


def tagger_from_dict(data: Mapping[str, Any]) -> Tagger:
    """Build a :class:`Tagger` from a parsed artefact (see :meth:`Tagger.to_dict`)."""
    weights = {f: {int(c): v for c, v in cw.items()} for f, cw in data["weights"].items()}
    return Tagger(
        data["classes"], weights, data["tagdict"], data["ambiguity"], data.get("meta")
    )


@lru_cache(maxsize=4)
def _load(path: str) -> Tagger:
    return tagger_from_dict(read_tagger_file(path))


def load_tagger(path: str | Path | None = None) -> Tagger:
    """Load (once per path, then cached) the tagger from ``path`` or the packaged weights."""
    return _load(str(Path(path) if path is not None else default_tagger_path()))


def annotate(text: str) -> list[TaggedWord]:
    """Both tags of every word of ``text`` with the packaged tagger (see
    :meth:`Tagger.annotate`)."""
    return load_tagger().annotate(text)


def tag_text(text: str, tagset: TagSet = "upos") -> list[tuple[int, int, str, str]]:
    """Tag every word of ``text`` with the packaged tagger: ``(start, end, word, tag)`` per
    word of :data:`analysis.corpus.tokens.WORD_RE` (see :meth:`Tagger.tag_text`)."""
    return load_tagger().tag_text(text, tagset)
