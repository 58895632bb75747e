"""Features of the part-of-speech tagger (:mod:`analysis.corpus.tagger`).

Every feature depends on a single word at a fixed offset (-2 .. +2) from the word being
tagged (:data:`TEMPLATES`: its form, shape, suffixes, ambiguity class ...), or on the
punctuation in the gap before / after it (:func:`gap_class`). Training
(``scripts/train_tagger.py``) names the features with :func:`type_features` and
:func:`gap_features`; the tagger computes the same values for a batch of new word types at once
(:func:`word_shapes`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

OFFSETS: tuple[int, ...] = (-2, -1, 0, 1, 2)
"""Positions, relative to the word being tagged, whose word features enter its score."""

TEMPLATES: dict[str, tuple[int, ...]] = {
    "b": (0,),  # bias, counted once per tagged word
    "w": OFFSETS,  # lower-cased form
    "a": OFFSETS,  # ambiguity class
    "x": OFFSETS,  # shape
    "s3": (-1, 0, 1),  # three-letter suffix
    "s1": (0,),
    "s2": (0,),
    "s4": (0,),
    "p2": (0,),  # first two letters
    "c": (0,),  # exact form
    "h": (0,),  # last part of a hyphenated word
}
"""Feature templates of a word and the offsets (from the tagged word) at which they count."""

PAD_LEFT = "\x02"
"""Pseudo-word that fills the window before the first word."""

PAD_RIGHT = "\x03"
"""Pseudo-word that fills the window after the last word."""

GAP_START = "^"
"""Gap class before the first word."""

GAP_END = "$"
"""Gap class after the last word."""

_GAP_MAP = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "'": '"', "‘": '"', "’": '"',
        "`": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "―": "-", "[": "(", "{": "(",
        "]": ")", "}": ")", "?": ".", "!": ".", "…": ".", ";": ":",
    }
)


_FORM_MAP = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-"})


def normalise_form(word: str) -> str:
    """``word`` with typographic apostrophes and hyphens made ASCII (``Yoon’s`` ->
    ``Yoon's``), as the treebank mostly writes them; features and the tag dictionary see
    this form."""
    return word.translate(_FORM_MAP)


def word_shape(word: str) -> str:
    """Return the orthographic shape of ``word``: ``X`` upper, ``x`` lower, ``d`` digit, other
    characters kept, runs of one class cut at three (``Yoon’s`` -> ``Xxxx’x``, ``B-52`` ->
    ``X-dd``, ``NATO`` -> ``XXX``)."""
    out: list[str] = []
    last = ""
    run = 0
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if c == last:
            run += 1
            if run > 3:
                continue
        else:
            last, run = c, 1
        out.append(c)
    return "".join(out)


_SHAPE_MAP = str.maketrans(
    {**{chr(c): "X" for c in range(65, 91)}, **{chr(c): "x" for c in range(97, 123)},
     **{chr(c): "d" for c in range(48, 58)}}
)
_RUN = re.compile(r"(.)\1{3,}", re.DOTALL)


def _cut_runs(shape: str) -> str:
    """``shape`` with runs of one character cut at three."""
    for four, three in (("xxxx", "xxx"), ("XXXX", "XXX"), ("dddd", "ddd")):
        while four in shape:  # each pass shortens every longer run, never below three
            shape = shape.replace(four, three)
    # only a character other than x, X, d can still run on: look for one first (cheaper)
    if any(c * 4 in shape for c in set(shape).difference("xXd")):
        return _RUN.sub(r"\1\1\1", shape)
    return shape


_CUT: dict[str, str] = {}
"""The shape of each run of ASCII character classes met (``"Xxxxxxxxx"`` -> ``"Xxxx"``): few
distinct ones, as a class string keeps only a word's case, digits and punctuation."""


def _cut(classes: str) -> str:
    shape = _CUT[classes] = _cut_runs(classes)
    return shape


def word_shapes(words: Sequence[str]) -> list[str]:
    """:func:`word_shape` of each of ``words``; ASCII words are translated all at once and their
    runs cut by class string (remembered, :data:`_CUT`), the others one by one."""
    joined = "\n".join(words)
    if joined.isascii() and joined.count("\n") == len(words) - 1:
        if len(_CUT) > 1 << 16:  # bounded
            _CUT.clear()
        get = _CUT.get
        return [get(c) or _cut(c) for c in joined.translate(_SHAPE_MAP).split("\n")]
    return [_cut_runs(w.translate(_SHAPE_MAP)) if w.isascii() else word_shape(w) for w in words]


@lru_cache(maxsize=1 << 12)
def gap_class(gap: str) -> str:
    """Classify the text between two words by its punctuation.

    Whitespace is dropped, quotes become ``"``, dashes ``-``, brackets ``(``/``)``, ``?``,
    ``!`` and ``…`` become ``.`` and ``;`` becomes ``:``; repeats collapse and at most three
    symbols are kept. A gap of whitespace only is ``" "``, and a paragraph break without
    punctuation (a headline line, a dateline) counts as a sentence end ``"."``.
    """
    marks: list[str] = []
    for ch in gap.translate(_GAP_MAP):
        if not ch.isspace() and (not marks or marks[-1] != ch):
            marks.append(ch)
    if marks:
        return "".join(marks[:3])
    return "." if gap.count("\n") >= 2 else " "


def type_values(word: str, ambiguity: Mapping[str, str]) -> dict[str, str]:
    """The value of every :data:`TEMPLATES` template that ``word`` has.

    ``word`` is seen through :func:`normalise_form`. ``ambiguity`` maps lower-cased frequent
    words to their ambiguity class (``"ADP|SCONJ"``, the tags they take in training); other
    words get ``"?"``. The padding words have only a ``"w"`` value.
    """
    if word == PAD_LEFT or word == PAD_RIGHT:
        return {"w": word}
    word = normalise_form(word)
    low = word.lower()
    values = {
        "b": "", "w": low, "a": ambiguity.get(low, "?"), "x": word_shape(word),
        "s3": low[-3:], "s1": low[-1:], "s2": low[-2:], "s4": low[-4:], "p2": low[:2],
        "c": word,
    }
    if "-" in low:
        values["h"] = low.rsplit("-", 1)[1]
    return values


def feature_name(template: str, offset: int, value: str) -> str:
    """The name of a feature: ``"w=said"`` for the tagged word, ``"-1w=has"`` for its
    predecessor's form, ``"+2x=Xxxx"`` for the shape of the word two places after it."""
    return f"{offset:+d}{template}={value}" if offset else f"{template}={value}"


def parse_feature_name(name: str) -> tuple[str, int, str]:
    """``(template, offset, value)`` of a name made by :func:`feature_name`."""
    head, value = name.split("=", 1)
    if head[0] in "+-":
        return head[2:], int(head[:2]), value
    return head, 0, value


def type_features(word: str, ambiguity: Mapping[str, str]) -> tuple[list[str], ...]:
    """Features that ``word`` contributes at each offset of :data:`OFFSETS`.

    Element ``k`` lists the features the word adds to the score of a tagged word when it
    stands ``OFFSETS[k]`` places from it (``-1``: it is the tagged word's predecessor); see
    :func:`type_values` and :data:`TEMPLATES`.
    """
    values = type_values(word, ambiguity)
    return tuple(
        [feature_name(t, o, v) for t, v in values.items() if o in TEMPLATES[t]] for o in OFFSETS
    )


def gap_features(before: str, after: str) -> list[str]:
    """Features of the gap classes (see :func:`gap_class`) before and after a word."""
    return ["g<" + before, "g>" + after]


def text_gaps(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """Gap classes between the word ``spans`` of ``text``: ``len(spans) + 1`` classes, the
    first before the first word (:data:`GAP_START` if no punctuation precedes it), the last
    after the last word (:data:`GAP_END` if none follows)."""
    if not spans:
        return [GAP_START]
    gaps = [gap_class(text[: spans[0][0]])]
    if gaps[0] == " ":
        gaps[0] = GAP_START
    gaps.extend(gap_class(text[a[1]: b[0]]) for a, b in zip(spans, spans[1:], strict=False))
    last = gap_class(text[spans[-1][1]:])
    gaps.append(GAP_END if last == " " else last)
    return gaps


def gap_classes(gaps: Sequence[str], marked: Sequence[int] | None = None) -> list[str]:
    """Gap classes (see :func:`text_gaps`) of the ``len(words) + 1`` strings around the words
    of a text, as ``WORD_RE.split(text)`` gives them. ``marked``, if given, lists the indices
    of every gap other than one space (whose class is itself): only those are classified."""
    if marked is None:
        classes = list(map(gap_class, gaps))
    else:
        classes = list(gaps)
        for i in marked:
            classes[i] = gap_class(gaps[i])
    if classes[0] == " ":
        classes[0] = GAP_START
    if classes[-1] == " " and len(classes) > 1:
        classes[-1] = GAP_END
    return classes


def plain_gaps(n: int) -> list[str]:
    """Gap classes for ``n`` words given without their text: a space between words."""
    return [GAP_START] + [" "] * max(n - 1, 0) + [GAP_END]
