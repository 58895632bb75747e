"""Frames, epistemic stance and tone, sentence by sentence, with the evidence for every score.

Three separate measures, never merged into one "stance" number:

**Frames** (Entman 1993: a frame selects aspects of a perceived reality and makes them salient).
Four frames of Washington-Declaration coverage, defined in ``docs/frame_annotation_guide.md``:

``deterrence``
    military capability and posture (nuclear deterrence, strategic assets, submarines, bombers,
    drills, troops, deployments, fighter jets, escorts);
``diplomacy``
    engagement with North Korea (talks, negotiations, dialogue with Pyongyang, breakthroughs,
    denuclearisation);
``alliance``
    the US-South Korea partnership (alliance, allies, solidarity, anniversary, state visit,
    working together, consultation between allies, counterparts, joint declaration);
``threat``
    danger from North Korea or the region (threats, tensions, provocations, aggression,
    missile launches).

Cues come from the versioned lexicon ``analysis/resources/frames.json`` (per entry a pattern and
a weight, per group a rationale). Matching (see :func:`frame_scores`):

* tokens are :func:`analysis.tokens.words` split at inner hyphens; patterns match left to right,
  longest first, so ``nuclear consultative group`` is one cue and ``ballistic missile
  submarine`` beats ``ballistic missile``; a token belongs to one cue at most;
* inflection-tolerant: lower-case pattern tokens accept plural, ``-ed``, ``-ing`` and possessive
  forms (``strategic assets``, ``deterred``, ``allies``); all-capital tokens (``US``, ``ICBM``)
  are case-sensitive;
* negation-aware: a negator (``no``, ``not``, ``without``, ``n't``, ``non-``...) up to three
  tokens before a cue, with only determiners or low-content modifiers between and no clause
  boundary, negates it (``no diplomatic breakthrough``, ``not a threat``, ``without talks``).
  **A negated cue counts toward no frame**; it is reported under ``negated``;
* context rule for engagement words (dialogue, talks, consultation, information-sharing,
  relationship, counterpart...): a North Korea mention (``North Korea``, ``Pyongyang``,
  ``DPRK``, ``Kim Jong Un``) within six tokens that is the *counterpart* (linked by
  ``with``/``between``/``to`` after the cue, or directly before it, with no ``on``/``about``/
  ``against``/``threat`` in between) makes the cue diplomacy; otherwise, when the sentence names
  the allies (South Korea, Seoul, the two countries...), alliance; otherwise the group default.
  China/Russia as counterpart resolve to no frame.

A frame's score is the **sum of the weights** of its non-negated cues (not normalised by length:
sentences are short, and one explicit cue is enough); a sentence has the frame when its score is
at least the lexicon threshold (1.0: one strong cue or two weak 0.5 cues). Multi-label: a sentence
may carry several frames or none.

**Epistemic stance** (Hyland 2005): hedges (``may``, ``could``, ``reportedly``, ``likely``...)
and boosters (``clearly``, ``must``, ``proven``, ``in every instance``...) from
``analysis/resources/epistemic.json``; ``according to`` is counted as an *attribution*, not a
hedge. See :func:`epistemic_markers`.

**Tone** is general evaluative tone from VADER (Hutto & Gilbert 2014), a lexicon of valence
scores shipped inside the ``vaderSentiment`` package (no network). It is labelled ``tone``
throughout, never stance: VADER measures how positive or negative the wording is, not the
position a text takes on the declaration. See :func:`tone_scores`.

Supervised frames: :class:`FrameClassifier` (TF-IDF + lexicon scores, one-vs-rest logistic
regression), :func:`train_frame_classifier`, :func:`cross_validate_frames`; the lexicon is
checked against hand labels with :func:`lexicon_agreement` (micro-F1, per-frame precision/
recall, Cohen's kappa; Cohen 1960).

References
----------
Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. *Journal of
Communication*, 43(4), 51-58.
Hyland, K. (2005). *Metadiscourse: Exploring Interaction in Writing*. London: Continuum.
Hutto, C. J., & Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment
analysis of social media text. *Proceedings of ICWSM-14*.
Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and Psychological
Measurement*, 20(1), 37-46.

Heavy libraries (numpy, pandas, scikit-learn, vaderSentiment) are imported inside functions.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .tokens import WORD_RE, words

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

FRAMES: tuple[str, str, str, str] = ("deterrence", "diplomacy", "alliance", "threat")
"""The four frames, in the column order of every table."""

RESOURCES = Path(__file__).parent / "resources"
FRAMES_LEXICON_PATH = RESOURCES / "frames.json"
EPISTEMIC_LEXICON_PATH = RESOURCES / "epistemic.json"
EPISTEMIC_CATEGORIES: tuple[str, str, str] = ("hedges", "boosters", "attributions")

TONE_COLUMNS: tuple[str, ...] = ("tone", "tone_pos", "tone_neu", "tone_neg")
"""VADER compound score (``tone``, -1..1) and the pos/neu/neg proportions."""

EMPTY_TONE_NOTE = "empty text: no words to score"
BOOTSTRAP_SEED = 20230426
"""Default seed of the bootstrap (the date of the Washington Declaration)."""

_SUBTOKEN_RE = re.compile(r"[^-‐‑]+")
_INITIALISM_RE = re.compile(r"^(?:[A-Z]\.)+[A-Z]\.?$")
_BOUNDARY_RE = re.compile(r"[,;:.!?()\[\]–—]|\s-\s")
_JOIN_GAP_RE = re.compile(r"^[\s\-‐‑]*$")


# ---------------------------------------------------------------------------------------------
# Tokens and pattern matching (shared by the frame and epistemic lexicons)
# ---------------------------------------------------------------------------------------------


class _Tok(NamedTuple):
    """One matching token: a word of :data:`analysis.tokens.WORD_RE` or a part of a hyphenated
    word, with ``norm`` (lower case, possessive removed) and ``orig`` (case kept, possessive and
    initialism dots removed, so ``U.S.`` gives ``US``). A named tuple: millions are made."""

    start: int
    end: int
    norm: str
    orig: str


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > 2:
            return word[:-2]
    if word.endswith(("'", "’")) and len(word) > 1:
        return word[:-1]
    return word


_WORD_PARTS: dict[str, tuple[tuple[int, int, str, str], ...]] = {}
_WORD_PARTS_MAX = 1 << 16
"""Bound of the per-word-type cache of :func:`_word_parts` (cleared when full)."""


def _word_parts(word: str) -> tuple[tuple[int, int, str, str], ...]:
    """The matching tokens of one word as ``(start, end, norm, orig)`` relative to the word,
    cached per word type (a corpus has far fewer types than tokens)."""
    parts = _WORD_PARTS.get(word)
    if parts is None:
        out = []
        for part in _SUBTOKEN_RE.finditer(word):
            orig = _strip_possessive(part.group(0))
            if _INITIALISM_RE.match(orig):
                orig = orig.replace(".", "")
            out.append((part.start(), part.end(), orig.lower(), orig))
        parts = tuple(out)
        if len(_WORD_PARTS) >= _WORD_PARTS_MAX:
            _WORD_PARTS.clear()
        _WORD_PARTS[word] = parts
    return parts


_new_tuple = tuple.__new__


@lru_cache(maxsize=8192)
def _n_words(text: str) -> int:
    """Words of ``text`` (:func:`analysis.tokens.words`), counted once per sentence for the
    frame, hedge and tone passes."""
    return len(words(text))



@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[_Tok, ...]:
    """Word tokens of ``text`` (package tokeniser), split at inner hyphens, with offsets.

    Cached per text, so the frame and epistemic passes of :func:`sentence_table` over the same
    sentences tokenise each sentence once.
    """
    out: list[_Tok] = []
    append = out.append
    cache = _WORD_PARTS
    for m in WORD_RE.finditer(text):
        word = m.group()
        parts = cache.get(word)
        if parts is None:
            parts = _word_parts(word)
        at = m.start()
        for start, end, norm, orig in parts:
            # tuple.__new__ directly: the named tuple's own __new__ is a Python-level wrapper.
            append(_new_tuple(_Tok, (at + start, at + end, norm, orig)))
    return tuple(out)


@lru_cache(maxsize=65536)
def inflection_forms(word: str) -> frozenset[str]:
    """Candidate base forms of a lower-case word under simple English suffix rules.

    ``allies`` -> ``ally``; ``assets`` -> ``asset``; ``deployed`` -> ``deploy``; ``deterring``
    -> ``deter``; ``escorting`` -> ``escort``; ``provoked`` -> ``provoke``. Rules only strip
    (never add) suffixes and keep a stem of at least three letters, so short words stay intact.
    """
    forms = {word}
    n = len(word)
    if n > 4 and word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if n > 4 and word.endswith("ied"):
        forms.add(word[:-3] + "y")
    if n > 4 and word.endswith("es"):
        forms.add(word[:-2])
    if n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms.add(word[:-1])
    for suffix, min_len in (("ed", 5), ("ing", 6)):
        if n >= min_len and word.endswith(suffix):
            stem = word[: -len(suffix)]
            forms.update({stem, stem + "e"})
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                forms.add(stem[:-1])
    return frozenset(forms)


@dataclass(frozen=True, slots=True)
class _PTok:
    """One pattern token: ``kind`` is ``upper`` (case-sensitive, plural -s allowed), ``cs``
    (case-sensitive exact), ``exact`` (lower-case exact) or ``infl`` (inflection-tolerant)."""

    text: str
    kind: str

    def matches(self, tok: _Tok) -> bool:
        if self.kind == "upper":
            return tok.orig == self.text or tok.orig == self.text + "s"
        if self.kind == "cs":
            return tok.orig == self.text
        if self.kind == "exact":
            return tok.norm == self.text
        return self.text in inflection_forms(tok.norm)


@dataclass
class _Pattern:
    tokens: tuple[_PTok, ...]
    source: str
    payload: list[dict[str, Any]] = field(default_factory=list)


def _compile_pattern(pattern: str, exact: bool = False, case_sensitive: bool = False,
                     inflect: bool = True) -> tuple[_PTok, ...]:
    toks = _tokens(pattern)
    if not toks:
        raise ValueError(f"lexicon pattern {pattern!r} contains no word")
    out = []
    for t in toks:
        letters = [c for c in t.orig if c.isalpha()]
        if case_sensitive:
            out.append(_PTok(t.orig, "cs"))
        elif len(letters) >= 2 and all(c.isupper() for c in letters):
            out.append(_PTok(t.orig, "upper"))
        elif exact or not inflect or not letters:
            out.append(_PTok(t.norm, "exact"))
        else:
            out.append(_PTok(t.norm, "infl"))
    return tuple(out)


class _PatternTable:
    """Patterns indexed by first token for greedy longest-first matching."""

    def __init__(self) -> None:
        self._patterns: dict[tuple[_PTok, ...], _Pattern] = {}
        self._index: dict[str, list[_Pattern]] = {}
        # Candidate patterns per token ``norm`` (which is ``orig.lower()``): scanning asks
        # for the same few thousand word types over and over.
        self._by_token: dict[str, tuple[_Pattern, ...]] = {}

    def add(self, pattern: str, payload: dict[str, Any], *, exact: bool = False,
            case_sensitive: bool = False, inflect: bool = True) -> None:
        toks = _compile_pattern(pattern, exact=exact, case_sensitive=case_sensitive,
                                inflect=inflect)
        entry = self._patterns.get(toks)
        self._by_token.clear()
        if entry is None:
            entry = self._patterns[toks] = _Pattern(toks, pattern)
            self._index.setdefault(toks[0].text.lower(), []).append(entry)
            self._index[toks[0].text.lower()].sort(key=lambda p: -len(p.tokens))
        if payload not in entry.payload:
            entry.payload.append(payload)

    def __len__(self) -> int:
        return len(self._patterns)

    def _candidates(self, tok: _Tok) -> tuple[_Pattern, ...]:
        cached = self._by_token.get(tok.norm)
        if cached is not None:
            return cached
        low = tok.orig.lower()
        keys = set(inflection_forms(tok.norm))
        keys.add(low)
        if low.endswith("s"):
            keys.add(low[:-1])
        found: list[_Pattern] = []
        for key in keys:
            found.extend(self._index.get(key, ()))
        out = tuple(sorted(found, key=lambda p: -len(p.tokens)))
        if len(self._by_token) >= _WORD_PARTS_MAX:
            self._by_token.clear()
        self._by_token[tok.norm] = out
        return out

    def scan(self, text: str, toks: Sequence[_Tok]) -> list[tuple[int, int, _Pattern]]:
        """Greedy left-to-right, longest-first matches as ``(first, end, pattern)`` token
        indices. Tokens of a multi-word match must be separated by spaces or hyphens only."""
        out = []
        i = 0
        n = len(toks)
        by_token = self._by_token
        while i < n:
            cands = by_token.get(toks[i].norm)
            if cands is None:
                cands = self._candidates(toks[i])
            if not cands:  # most tokens start no pattern
                i += 1
                continue
            best = None
            for pat in cands:
                k = len(pat.tokens)
                if i + k > n or (best is not None and k <= len(best.tokens)):
                    continue
                ok = True
                for m in range(k):
                    if not pat.tokens[m].matches(toks[i + m]):
                        ok = False
                        break
                    if m and not _JOIN_GAP_RE.match(text[toks[i + m - 1].end:toks[i + m].start]):
                        ok = False
                        break
                if ok:
                    best = pat
            if best is None:
                i += 1
            else:
                out.append((i, i + len(best.tokens), best))
                i += len(best.tokens)
        return out


def _gap_has_boundary(text: str, toks: Sequence[_Tok], first: int, last: int) -> bool:
    """True when the text between token ``first`` and token ``last`` has clause punctuation."""
    if first >= last:
        return False
    return bool(_BOUNDARY_RE.search(text[toks[first].end:toks[last].start]))


def _find_negator(text: str, toks: Sequence[_Tok], i: int, cues: frozenset[str],
                  suffixes: tuple[str, ...], window: int,
                  skippable: frozenset[str] | None) -> str | None:
    """Return the negator governing the cue starting at token ``i``, or ``None``.

    Looks back up to ``window`` tokens; stops at clause punctuation and (when ``skippable`` is
    given) at any token that is neither a negator nor skippable. ``not only`` is not negation.
    """
    for back in range(1, window + 1):
        j = i - back
        if j < 0 or _gap_has_boundary(text, toks, j, j + 1):
            return None
        norm = toks[j].norm
        if norm in cues or norm.endswith(suffixes):
            if norm == "not" and j + 1 < len(toks) and toks[j + 1].norm == "only":
                return None
            return text[toks[j].start:toks[j].end]
        if skippable is not None and norm not in skippable:
            return None
    return None


# ---------------------------------------------------------------------------------------------
# Frame lexicon
# ---------------------------------------------------------------------------------------------


class Cue(NamedTuple):
    """One matched cue: surface ``text`` with ``[start, end)`` offsets into the scored text, the
    ``frame`` it counts toward (``None`` when resolved to no frame), its ``weight`` and the
    ``rule`` that assigned it (``lexicon``, ``counterpart:north_korea``, ``allies named``,
    ``default``, or ``negated by 'no'``)."""

    text: str
    start: int
    end: int
    frame: str | None
    weight: float
    rule: str


def _entry(raw: Any, where: str) -> tuple[str, float | None, dict[str, Any]]:
    if isinstance(raw, str):
        return raw, None, {}
    if isinstance(raw, Mapping) and isinstance(raw.get("pattern"), str):
        weight = raw.get("weight")
        if weight is not None and (not isinstance(weight, int | float) or weight <= 0):
            raise ValueError(f"{where}: weight of {raw['pattern']!r} must be a positive number")
        opts = {k: bool(raw[k]) for k in ("exact", "case_sensitive") if k in raw}
        return raw["pattern"], None if weight is None else float(weight), opts
    raise ValueError(f"{where}: entry {raw!r} must be a string or {{'pattern': ..., ...}}")


@dataclass
class FrameLexicon:
    """A compiled frame lexicon (see ``analysis/resources/frames.json`` for the schema)."""

    version: str
    threshold: float
    path: str
    table: _PatternTable
    counterpart_table: _PatternTable
    ally_table: _PatternTable
    negation_cues: frozenset[str]
    negation_suffixes: tuple[str, ...]
    negation_window: int
    negation_skippable: frozenset[str]
    counterpart_window: int
    linkers: frozenset[str]
    blockers: frozenset[str]
    raw: dict[str, Any] = field(repr=False)

    @property
    def name(self) -> str:
        return str(self.raw.get("name", "frames"))


def _read_json(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: lexicon file not found") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not data.get("version"):
        raise ValueError(f"{path}: lexicon must be a JSON object with a 'version' field")
    return data


def _build_frame_lexicon(path: str | Path) -> FrameLexicon:
    data = _read_json(path)
    where = str(path)
    table = _PatternTable()
    frames = data.get("frames")
    if not isinstance(frames, Mapping) or set(frames) != set(FRAMES):
        raise ValueError(f"{where}: 'frames' must define exactly {', '.join(FRAMES)}")
    for frame, spec in frames.items():
        for gi, group in enumerate(spec.get("groups", [])):
            if not group.get("rationale"):
                raise ValueError(f"{where}: frames.{frame}.groups[{gi}] has no rationale")
            for raw in group.get("entries", []):
                pattern, weight, opts = _entry(raw, f"{where}: frames.{frame}")
                if weight is None:
                    raise ValueError(f"{where}: frames.{frame}: {pattern!r} has no weight")
                table.add(pattern, {"kind": "frame", "frame": frame, "weight": weight}, **opts)
    for gi, group in enumerate(data.get("context_dependent", {}).get("groups", [])):
        gw = f"{where}: context_dependent.groups[{gi}]"
        for key in ("counterpart_frame", "ally_frame", "default"):
            if key not in group or (group[key] is not None and group[key] not in FRAMES):
                raise ValueError(f"{gw}: {key} must be one of {FRAMES} or null")
        for raw in group.get("entries", []):
            pattern, weight, opts = _entry(raw, gw)
            if weight is None:
                raise ValueError(f"{gw}: {pattern!r} has no weight")
            table.add(pattern, {"kind": "context", "weight": weight,
                                "counterpart_frame": group["counterpart_frame"],
                                "ally_frame": group["ally_frame"],
                                "default": group["default"]}, **opts)
    for raw in data.get("neutral", {}).get("entries", []):
        pattern, _, opts = _entry(raw, f"{where}: neutral")
        table.add(pattern, {"kind": "neutral"}, **opts)
    cp = data.get("counterparts", {})
    counterpart_table = _PatternTable()
    for group in cp.get("groups", []):
        frame = group.get("frame")
        if frame is not None and frame not in FRAMES:
            raise ValueError(f"{where}: counterparts group {group.get('name')!r}: bad frame")
        for raw in group.get("patterns", []):
            pattern, _, opts = _entry(raw, f"{where}: counterparts")
            counterpart_table.add(pattern, {"name": group.get("name", "?"), "frame": frame},
                                  **opts)
    ally_table = _PatternTable()
    for raw in cp.get("ally_patterns", []):
        pattern, _, opts = _entry(raw, f"{where}: counterparts.ally_patterns")
        ally_table.add(pattern, {"ally": True}, **opts)
    neg = data.get("negation", {})
    scoring = data.get("scoring", {})
    return FrameLexicon(
        version=str(data["version"]),
        threshold=float(scoring.get("threshold", 1.0)),
        path=where,
        table=table,
        counterpart_table=counterpart_table,
        ally_table=ally_table,
        negation_cues=frozenset(w.lower() for w in neg.get("cues", [])),
        negation_suffixes=tuple(neg.get("contraction_suffixes", ["n't", "n’t"])),
        negation_window=int(neg.get("window", 3)),
        negation_skippable=frozenset(w.lower() for w in neg.get("skippable", [])),
        counterpart_window=int(cp.get("window", 6)),
        linkers=frozenset(w.lower() for w in cp.get("linkers", [])),
        blockers=frozenset(w.lower() for w in cp.get("blockers", [])),
        raw=data,
    )


@lru_cache(maxsize=8)
def _cached_frame_lexicon(path: str) -> FrameLexicon:
    return _build_frame_lexicon(path)


def load_frame_lexicon(path: str | Path | None = None) -> FrameLexicon:
    """Load (and cache) a frame lexicon; default ``analysis/resources/frames.json``.

    Raises ``ValueError`` naming the file and the faulty field for a malformed lexicon.
    """
    return _cached_frame_lexicon(str(path or FRAMES_LEXICON_PATH))


def _resolve_context(text: str, toks: Sequence[_Tok], i: int, j: int, spec: Mapping[str, Any],
                     mentions: Sequence[tuple[int, int, dict[str, Any]]], has_ally: bool,
                     lex: FrameLexicon) -> tuple[str | None, str]:
    """Frame of a context-dependent cue at tokens ``[i, j)`` (see the module docstring)."""
    window = lex.counterpart_window
    best: tuple[int, dict[str, Any]] | None = None
    for ci, cj, info in mentions:
        if j <= ci <= j + window:  # counterpart after the cue, reached through a linker
            between = {t.norm for t in toks[j:ci]}
            if (between & lex.linkers and not between & lex.blockers
                    and not _gap_has_boundary(text, toks, j - 1, ci)):
                dist = ci - j
            else:
                continue
        elif cj <= i and i - cj <= window:  # counterpart before the cue
            between = {t.norm for t in toks[cj:i]}
            if between & lex.blockers or _gap_has_boundary(text, toks, cj - 1, i):
                continue
            dist = i - cj
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, info)
    if best is not None:
        info = best[1]
        frame = spec["counterpart_frame"] if info["frame"] == "diplomacy" else info["frame"]
        return frame, f"counterpart:{info['name']}"
    if has_ally and spec["ally_frame"]:
        return spec["ally_frame"], "allies named"
    return spec["default"], "default"


def frame_cues(text: str, lexicon: FrameLexicon | None = None) -> list[Cue]:
    """All frame cues in ``text`` in order, including negated ones (``rule`` starts with
    ``negated``) and cues resolved to no frame (``frame is None``)."""
    lex = lexicon or load_frame_lexicon()
    toks = _tokens(text)
    if not toks:
        return []
    # Counterpart and ally mentions matter only to a context-dependent cue: found on demand.
    context: tuple[list[tuple[int, int, dict[str, Any]]], bool] | None = None
    cues: list[Cue] = []
    for i, j, pat in lex.table.scan(text, toks):
        start, end = toks[i].start, toks[j - 1].end
        surface = text[start:end]
        negator = None
        for spec in pat.payload:
            if spec["kind"] == "neutral":
                continue
            if negator is None:
                negator = _find_negator(text, toks, i, lex.negation_cues, lex.negation_suffixes,
                                        lex.negation_window, lex.negation_skippable) or ""
            if spec["kind"] == "context":
                if context is None:
                    context = ([(ci, cj, cp.payload[0])
                                for ci, cj, cp in lex.counterpart_table.scan(text, toks)],
                               bool(lex.ally_table.scan(text, toks)))
                frame, rule = _resolve_context(text, toks, i, j, spec, *context, lex)
            else:
                frame, rule = spec["frame"], "lexicon"
            if negator:
                rule = f"negated by {negator!r}"
            cues.append(Cue(surface, start, end, frame, spec["weight"], rule))
    return cues


def frame_scores(text: str, lexicon: FrameLexicon | None = None) -> dict[str, Any]:
    """Score one sentence (any plain string) on the four frames, with evidence (Entman 1993).

    Returns a dict with

    * one float per frame (``"deterrence"``, ``"diplomacy"``, ``"alliance"``, ``"threat"``):
      the sum of the weights of the frame's non-negated cues;
    * ``"frames"``: the set of frames whose score is at least ``lexicon.threshold`` (1.0);
    * ``"evidence"``: per frame, the list of :class:`Cue` (surface string, offsets, weight,
      rule) that produced the score;
    * ``"negated"``: cues cancelled by negation (they count toward no frame);
    * ``"unassigned"``: engagement cues resolved to no frame (e.g. talks with China);
    * ``"n_words"`` and ``"lexicon_version"``.

    Empty or word-less text gives zero scores and no frames.

    >>> sorted(frame_scores("There was no diplomatic breakthrough with Pyongyang.")["frames"])
    []
    >>> frame_scores("Seoul wants dialogue with Pyongyang.")["frames"]
    {'diplomacy'}
    """
    lex = lexicon or load_frame_lexicon()
    result: dict[str, Any] = {f: 0.0 for f in FRAMES}
    evidence: dict[str, list[Cue]] = {f: [] for f in FRAMES}
    negated: list[Cue] = []
    unassigned: list[Cue] = []
    for cue in frame_cues(text, lex):
        if cue.rule.startswith("negated"):
            negated.append(cue)
        elif cue.frame is None:
            unassigned.append(cue)
        else:
            result[cue.frame] += cue.weight
            evidence[cue.frame].append(cue)
    result["frames"] = {f for f in FRAMES if result[f] >= lex.threshold}
    result["evidence"] = evidence
    result["negated"] = negated
    result["unassigned"] = unassigned
    result["n_words"] = _n_words(text)
    result["lexicon_version"] = lex.version
    return result


def format_evidence(scores: Mapping[str, Any]) -> str:
    """Readable evidence of a :func:`frame_scores` result:
    ``"deterrence: nuclear deterrence, strategic assets | threat: nuclear threat"``."""
    parts = []
    for frame in FRAMES:
        cues = scores["evidence"].get(frame, [])
        if cues:
            parts.append(f"{frame}: " + ", ".join(c.text for c in cues))
    return " | ".join(parts)


def _format_negated(scores: Mapping[str, Any]) -> str:
    return ", ".join(f"{c.text} ({c.frame}, {c.rule})" for c in scores["negated"])


# ---------------------------------------------------------------------------------------------
# Epistemic stance (Hyland 2005)
# ---------------------------------------------------------------------------------------------


@dataclass
class EpistemicLexicon:
    """A compiled hedge/booster/attribution lexicon (``analysis/resources/epistemic.json``)."""

    version: str
    path: str
    table: _PatternTable
    negation_cues: frozenset[str]
    negation_suffixes: tuple[str, ...]
    negation_window: int
    raw: dict[str, Any] = field(repr=False)


def _build_epistemic_lexicon(path: str | Path) -> EpistemicLexicon:
    data = _read_json(path)
    where = str(path)
    cats = data.get("categories")
    if not isinstance(cats, Mapping) or not set(cats) <= set(EPISTEMIC_CATEGORIES):
        raise ValueError(f"{where}: 'categories' must use {', '.join(EPISTEMIC_CATEGORIES)}")
    table = _PatternTable()
    for cat, spec in cats.items():
        for gi, group in enumerate(spec.get("groups", [])):
            if not group.get("source"):
                raise ValueError(f"{where}: categories.{cat}.groups[{gi}] has no source")
            for raw in group.get("entries", []):
                pattern, _, opts = _entry(raw, f"{where}: categories.{cat}")
                opts.setdefault("exact", True)
                table.add(pattern, {"category": cat, "source": group["source"]}, **opts)
    neg = data.get("negation", {})
    return EpistemicLexicon(
        version=str(data["version"]), path=where, table=table,
        negation_cues=frozenset(w.lower() for w in neg.get("cues", [])),
        negation_suffixes=tuple(neg.get("contraction_suffixes", ["n't", "n’t"])),
        negation_window=int(neg.get("window", 2)), raw=data,
    )


@lru_cache(maxsize=8)
def _cached_epistemic_lexicon(path: str) -> EpistemicLexicon:
    return _build_epistemic_lexicon(path)


def load_epistemic_lexicon(path: str | Path | None = None) -> EpistemicLexicon:
    """Load (and cache) the epistemic lexicon; default ``analysis/resources/epistemic.json``."""
    return _cached_epistemic_lexicon(str(path or EPISTEMIC_LEXICON_PATH))


def epistemic_markers(text: str, lexicon: EpistemicLexicon | None = None) -> dict[str, Any]:
    """Count hedges, boosters and attributions in one sentence (Hyland 2005).

    Returns ``{"hedges": int, "boosters": int, "attributions": int, "evidence": {category:
    [Cue, ...]}, "n_words": int, "lexicon_version": str}``. Markers match as exact word forms,
    longest first (``in every instance`` is one booster). A booster under negation (``not
    certain``) is counted as a hedge (Hyland 2005); ``according to`` is an attribution, not a
    hedge; capitalised ``May`` (the month) is not a hedge.

    >>> m = epistemic_markers("It may possibly fail, but it will certainly succeed.")
    >>> (m["hedges"], m["boosters"])
    (2, 1)
    """
    lex = lexicon or load_epistemic_lexicon()
    toks = _tokens(text)
    evidence: dict[str, list[Cue]] = {c: [] for c in EPISTEMIC_CATEGORIES}
    for i, j, pat in lex.table.scan(text, toks):
        start, end = toks[i].start, toks[j - 1].end
        cat = pat.payload[0]["category"]
        rule = pat.payload[0]["source"]
        if cat == "boosters":
            negator = _find_negator(text, toks, i, lex.negation_cues, lex.negation_suffixes,
                                    lex.negation_window, None)
            if negator:
                cat, rule = "hedges", f"negated booster ({negator!r})"
        evidence[cat].append(Cue(text[start:end], start, end, None, 1.0, rule))
    out: dict[str, Any] = {c: len(evidence[c]) for c in EPISTEMIC_CATEGORIES}
    out["evidence"] = evidence
    out["n_words"] = _n_words(text)
    out["lexicon_version"] = lex.version
    return out


# ---------------------------------------------------------------------------------------------
# Tone (VADER; Hutto & Gilbert 2014)
# ---------------------------------------------------------------------------------------------


_NEUTRAL = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}


@lru_cache(maxsize=1)
def _vader() -> Any:
    """VADER's ``SentimentIntensityAnalyzer`` (vaderSentiment 3.3.2) with the same scores, faster.

    ``polarity_scores`` is VADER's own, less two costs that change no result (a test compares
    the two on thousands of sentences): its character-by-character emoji pass runs only when
    the text holds an emoji of VADER's emoji lexicon; words outside the valence lexicon (most
    words) get their zero valence without the per-word rule checks, which only ever act on
    lexicon words; a text without any lexicon word gets VADER's all-neutral result; and the
    negation and idiom checks look at the six words around a lexicon word instead of
    lower-casing the whole sentence each time (VADER's cost was quadratic in the length).
    """
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

    class _Vader(SentimentIntensityAnalyzer):
        def __init__(self) -> None:
            super().__init__()
            self._emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)

        def polarity_scores(self, text: str) -> dict[str, float]:
            if not isinstance(text, str) or not self._emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)
            text = text.strip()
            sentitext = SentiText(text)
            items = sentitext.words_and_emoticons
            lowered = [w.lower() for w in items]
            lexicon = self.lexicon
            if items and lexicon.keys().isdisjoint(lowered):
                return dict(_NEUTRAL)
            sentiments: list[float] = []
            last = len(items) - 1
            for i, item in enumerate(items):
                low = lowered[i]
                if (low not in lexicon or low in BOOSTER_DICT
                        or (i < last and low == "kind" and lowered[i + 1] == "of")):
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(items, sentiments)
            return self.score_valence(sentiments, text)

        # VADER lower-cases the whole sentence for each of these checks of each lexicon word
        # (cost quadratic in the length); they read three words either side of word i only,
        # and are called with i >= start_i + 1 (_negation_check) and i >= 3 (the idioms), so
        # the same words are passed in a window, indices shifted.
        @staticmethod
        def _negation_check(valence: float, words: list[str], start_i: int, i: int) -> float:
            lo = max(0, i - 3)
            return SentimentIntensityAnalyzer._negation_check(valence, words[lo:i + 1],
                                                              start_i, i - lo)

        @staticmethod
        def _special_idioms_check(valence: float, words: list[str], i: int) -> float:
            if i < 3:  # not reached from sentiment_valence; VADER's negative indices wrap
                return SentimentIntensityAnalyzer._special_idioms_check(valence, words, i)
            return SentimentIntensityAnalyzer._special_idioms_check(valence, words[i - 3:i + 3],
                                                                    3)

    return _Vader()


TONE_MAX_WORDS = 1000
"""Longest text :func:`tone_scores` gives to VADER. VADER's cost grows with the square of a
sentence's length (about 2 ms at 180 words, 20 ms at 700, 0.4 s at 2,900 on a 2-core machine),
and a "sentence" of more than a thousand words is a segmentation failure (a list, a table,
text without punctuation) whose tone would mean little; news sentences have 20-40 words."""

LONG_TONE_NOTE = (f"over {TONE_MAX_WORDS} words: not scored (likely not one sentence; VADER's "
                  "cost grows with the square of the length)")


def tone_scores(text: str) -> dict[str, Any]:
    """General evaluative **tone** of one sentence with VADER (Hutto & Gilbert 2014).

    Returns ``tone`` (VADER compound, -1 most negative .. +1 most positive), ``tone_pos``,
    ``tone_neu``, ``tone_neg`` (proportions of the text) and ``tone_note``. This is tone, not
    stance: it says how positively worded a sentence is, not whether it supports the
    declaration. Text without words gives NaN scores and the note
    ``"empty text: no words to score"`` instead of VADER's misleading 0; text of more than
    :data:`TONE_MAX_WORDS` words gives NaN scores and :data:`LONG_TONE_NOTE`.
    """
    n_words = _n_words(text or "")
    if not n_words or n_words > TONE_MAX_WORDS:
        nan = float("nan")
        return {"tone": nan, "tone_pos": nan, "tone_neu": nan, "tone_neg": nan,
                "tone_note": EMPTY_TONE_NOTE if not n_words else LONG_TONE_NOTE}
    s = _vader().polarity_scores(text)
    return {"tone": float(s["compound"]), "tone_pos": float(s["pos"]),
            "tone_neu": float(s["neu"]), "tone_neg": float(s["neg"]), "tone_note": ""}


def bootstrap_ci(values: Iterable[float], n_boot: int = 2000, level: float = 0.95,
                 seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean (Efron & Tibshirani 1993), deterministic.

    NaN values are dropped; fewer than two values give ``(nan, nan)``.
    """
    import numpy as np

    x = np.asarray([v for v in values if v is not None and not math.isnan(v)], dtype=float)
    if x.size < 2:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    alpha = (1.0 - level) / 2.0
    low, high = np.quantile(means, [alpha, 1.0 - alpha])
    return (float(low), float(high))


# ---------------------------------------------------------------------------------------------
# Corpus tables
# ---------------------------------------------------------------------------------------------

_BASE_COLUMNS = ["doc_id", "paragraph", "sentence", "text", "voice", "speaker"]


def _iter_sentences(corpus: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
    for doc in corpus:
        for sent in doc.sentences:
            yield doc, sent


def _base_row(sent: Any) -> dict[str, Any]:
    return {"doc_id": sent.doc_id, "paragraph": sent.paragraph, "sentence": sent.index,
            "text": sent.text, "voice": getattr(sent, "voice", None),
            "speaker": getattr(sent, "speaker", None)}


def _check_unit(unit: str) -> None:
    if unit not in ("sentence", "document"):
        raise ValueError(f"unit must be 'sentence' or 'document', not {unit!r}")


def frames_table(corpus: Iterable[Any], lexicon: FrameLexicon | None = None) -> pd.DataFrame:
    """One row per sentence of ``corpus`` with frames, scores and evidence (Entman 1993).

    Columns: ``doc_id``, ``paragraph``, ``sentence`` (1-based number in the document),
    ``text``, ``voice``, ``speaker``, ``frames`` (sorted, ``;``-joined, ``""`` for none), the
    four score columns, ``evidence`` (``"deterrence: strategic assets | threat: nuclear
    threat"``), ``negated`` (cancelled cues) and ``lexicon_version``. ``df.attrs`` holds
    ``lexicon_version``, ``threshold`` and ``measure``.
    """
    import pandas as pd

    lex = lexicon or load_frame_lexicon()
    rows = []
    for _, sent in _iter_sentences(list(corpus)):
        sc = frame_scores(sent.text, lex)
        row = _base_row(sent)
        row["frames"] = ";".join(sorted(sc["frames"]))
        row.update({f: sc[f] for f in FRAMES})
        row["evidence"] = format_evidence(sc)
        row["negated"] = _format_negated(sc)
        row["lexicon_version"] = lex.version
        rows.append(row)
    cols = _BASE_COLUMNS + ["frames", *FRAMES, "evidence", "negated", "lexicon_version"]
    df = pd.DataFrame(rows, columns=cols)
    df.attrs.update({"lexicon_version": lex.version, "threshold": lex.threshold,
                     "measure": "frames: lexicon cue scores (Entman 1993 framing)"})
    return df


def epistemic_table(corpus: Iterable[Any], unit: str = "sentence",
                    lexicon: EpistemicLexicon | None = None) -> pd.DataFrame:
    """Hedges, boosters and attributions per sentence or per document (Hyland 2005).

    ``unit="sentence"``: base columns, ``n_words``, the three counts and the matched terms
    (``hedge_terms``, ``booster_terms``, ``attribution_terms``). ``unit="document"``:
    ``doc_id``, ``n_sentences``, ``n_words`` (words of the scanned sentences), the counts and
    rates per 1,000 words (``hedges_per_1000_words``...; NaN for a document without words).
    """
    import pandas as pd

    _check_unit(unit)
    corpus = list(corpus)
    lex = lexicon or load_epistemic_lexicon()
    term_cols = {"hedges": "hedge_terms", "boosters": "booster_terms",
                 "attributions": "attribution_terms"}
    rows = []
    for _, sent in _iter_sentences(corpus):
        m = epistemic_markers(sent.text, lex)
        row = _base_row(sent)
        row["n_words"] = m["n_words"]
        for cat in EPISTEMIC_CATEGORIES:
            row[cat] = m[cat]
            row[term_cols[cat]] = "; ".join(c.text for c in m["evidence"][cat])
        rows.append(row)
    cols = _BASE_COLUMNS + ["n_words", *EPISTEMIC_CATEGORIES, *term_cols.values()]
    df = pd.DataFrame(rows, columns=cols)
    attrs = {"lexicon_version": lex.version,
             "measure": "epistemic stance: hedges/boosters (Hyland 2005)"}
    if unit == "sentence":
        df.attrs.update(attrs)
        return df
    doc_ids = [d.doc_id for d in corpus]
    out_rows = []
    for doc_id in doc_ids:
        part = df[df["doc_id"] == doc_id]
        n_words = int(part["n_words"].sum())
        row: dict[str, Any] = {"doc_id": doc_id, "n_sentences": len(part), "n_words": n_words}
        for cat in EPISTEMIC_CATEGORIES:
            row[cat] = int(part[cat].sum())
            row[f"{cat}_per_1000_words"] = (1000.0 * row[cat] / n_words if n_words
                                            else float("nan"))
        out_rows.append(row)
    out = pd.DataFrame(out_rows, columns=["doc_id", "n_sentences", "n_words",
                                          *EPISTEMIC_CATEGORIES,
                                          *(f"{c}_per_1000_words" for c in EPISTEMIC_CATEGORIES)])
    out.attrs.update(attrs)
    return out


def tone_table(corpus: Iterable[Any], unit: str = "sentence", n_boot: int = 2000,
               seed: int = BOOTSTRAP_SEED) -> pd.DataFrame:
    """General evaluative tone (VADER; Hutto & Gilbert 2014) per sentence or per document.

    ``unit="sentence"``: base columns, ``tone`` (compound), ``tone_pos``, ``tone_neu``,
    ``tone_neg``, ``tone_note``. ``unit="document"``: ``doc_id``, ``n_sentences``,
    ``n_scored``, ``tone_mean`` with a percentile-bootstrap 95% interval over sentences
    (``tone_ci_low``, ``tone_ci_high``; ``n_boot`` resamples, fixed ``seed``; NaN with a note for
    fewer than two scored sentences), mean ``tone_pos``/``tone_neu``/``tone_neg`` and
    ``tone_note``. Labelled *tone*, not stance.
    """
    import pandas as pd

    _check_unit(unit)
    corpus = list(corpus)
    rows = []
    for _, sent in _iter_sentences(corpus):
        row = _base_row(sent)
        row.update(tone_scores(sent.text))
        rows.append(row)
    df = pd.DataFrame(rows, columns=_BASE_COLUMNS + [*TONE_COLUMNS, "tone_note"])
    attrs = {"measure": "tone: general evaluative tone, VADER compound (Hutto & Gilbert 2014); "
                        "not stance"}
    if unit == "sentence":
        df.attrs.update(attrs)
        return df
    out_rows = []
    for doc in corpus:
        part = df[df["doc_id"] == doc.doc_id]
        scored = part["tone"].dropna()
        low, high = bootstrap_ci(scored.tolist(), n_boot=n_boot, seed=seed)
        if len(scored) == 0:
            note = "no scorable sentences"
        elif len(scored) < 2:
            note = "fewer than two scored sentences: no interval"
        else:
            note = ""
        out_rows.append({
            "doc_id": doc.doc_id, "n_sentences": len(part), "n_scored": len(scored),
            "tone_mean": float(scored.mean()) if len(scored) else float("nan"),
            "tone_ci_low": low, "tone_ci_high": high,
            "tone_pos_mean": float(part["tone_pos"].mean()) if len(scored) else float("nan"),
            "tone_neu_mean": float(part["tone_neu"].mean()) if len(scored) else float("nan"),
            "tone_neg_mean": float(part["tone_neg"].mean()) if len(scored) else float("nan"),
            "tone_note": note,
        })
    out = pd.DataFrame(out_rows, columns=[
        "doc_id", "n_sentences", "n_scored", "tone_mean", "tone_ci_low", "tone_ci_high",
        "tone_pos_mean", "tone_neu_mean", "tone_neg_mean", "tone_note"])
    attrs.update({"interval": f"95% percentile bootstrap over sentences, {n_boot} resamples, "
                              f"seed {seed}"})
    out.attrs.update(attrs)
    return out


def sentence_table(corpus: Iterable[Any]) -> pd.DataFrame:
    """Frames, epistemic markers and tone in one sentence-level table (input of
    :func:`by_voice`)."""
    corpus = list(corpus)
    fr = frames_table(corpus)
    ep = epistemic_table(corpus)
    tn = tone_table(corpus)
    keys = ["doc_id", "sentence"]
    df = fr.merge(ep[keys + ["n_words", *EPISTEMIC_CATEGORIES, "hedge_terms", "booster_terms",
                             "attribution_terms"]], on=keys, how="left")
    df = df.merge(tn[keys + [*TONE_COLUMNS, "tone_note"]], on=keys, how="left")
    df.attrs.update(fr.attrs)
    df.attrs["epistemic_lexicon_version"] = ep.attrs["lexicon_version"]
    return df


def _frame_sets(column: Iterable[Any]) -> list[set[str]]:
    out = []
    for value in column:
        if isinstance(value, set | frozenset | list | tuple):
            out.append(set(value))
        elif value is None or (isinstance(value, float) and math.isnan(value)):
            out.append(set())
        else:
            out.append({f.strip() for f in str(value).split(";") if f.strip()})
    return out


def by_voice(frames_df: pd.DataFrame, n_boot: int = 2000,
             seed: int = BOOTSTRAP_SEED) -> pd.DataFrame:
    """Compare quoted sentences with the journalist's own (authorial) sentences.

    Input: a sentence-level table with ``voice`` and ``text`` (e.g. :func:`frames_table` or
    :func:`sentence_table`); frames, hedge/booster counts and tone are computed from ``text``
    when their columns are missing. One row per voice (``authorial``, ``quoted``) plus
    ``all``: ``n_sentences``, ``n_words``, ``share_<frame>`` (fraction of sentences with the
    frame), ``share_no_frame``, ``hedges_per_1000_words``, ``boosters_per_1000_words``,
    ``tone_mean`` (VADER, Hutto & Gilbert 2014) with a bootstrap 95% interval over sentences.
    """
    import pandas as pd

    if "voice" not in frames_df.columns:
        raise ValueError("by_voice: the table has no 'voice' column (use frames_table(corpus))")
    df = frames_df.copy()
    if "frames" not in df.columns or not all(f in df.columns for f in FRAMES):
        scored = [frame_scores(t) for t in df["text"]]
        df["frames"] = [";".join(sorted(s["frames"])) for s in scored]
    if "n_words" not in df.columns:
        df["n_words"] = [len(words(t)) for t in df["text"]]
    if "hedges" not in df.columns or "boosters" not in df.columns:
        marks = [epistemic_markers(t) for t in df["text"]]
        df["hedges"] = [m["hedges"] for m in marks]
        df["boosters"] = [m["boosters"] for m in marks]
    if "tone" not in df.columns:
        df["tone"] = [tone_scores(t)["tone"] for t in df["text"]]
    sets = _frame_sets(df["frames"])
    voices = [v for v in ("authorial", "quoted") if (df["voice"] == v).any()]
    voices += sorted({str(v) for v in df["voice"].dropna()} - set(voices))
    rows = []
    for voice in [*voices, "all"]:
        mask = [True] * len(df) if voice == "all" else (df["voice"] == voice).tolist()
        part = df[mask]
        part_sets = [s for s, keep in zip(sets, mask, strict=True) if keep]
        n = len(part)
        n_words = int(part["n_words"].sum())
        row: dict[str, Any] = {"voice": voice, "n_sentences": n, "n_words": n_words}
        for f in FRAMES:
            row[f"share_{f}"] = sum(f in s for s in part_sets) / n if n else float("nan")
        row["share_no_frame"] = sum(not s for s in part_sets) / n if n else float("nan")
        for cat in ("hedges", "boosters"):
            row[f"{cat}_per_1000_words"] = (1000.0 * float(part[cat].sum()) / n_words
                                            if n_words else float("nan"))
        tones = part["tone"].dropna().tolist()
        row["tone_mean"] = float(sum(tones) / len(tones)) if tones else float("nan")
        row["tone_ci_low"], row["tone_ci_high"] = bootstrap_ci(tones, n_boot=n_boot, seed=seed)
        rows.append(row)
    out = pd.DataFrame(rows)
    out.attrs["measure"] = ("frame shares (lexicon), hedges/boosters per 1,000 words (Hyland "
                            "2005) and tone (VADER, Hutto & Gilbert 2014) by voice")
    return out


# ---------------------------------------------------------------------------------------------
# Hand labels, agreement and the supervised classifier
# ---------------------------------------------------------------------------------------------


def parse_frames(value: Any, where: str = "frames") -> set[str]:
    """Parse a ``;``-joined frame label cell (``"alliance;threat"``; empty or ``none`` = no
    frame). Raises ``ValueError`` naming ``where`` for an unknown frame."""
    (labels,) = _frame_sets([value])
    labels = {x.lower() for x in labels} - {"none"}
    unknown = labels - set(FRAMES)
    if unknown:
        raise ValueError(f"{where}: unknown frame(s) {sorted(unknown)}; "
                         f"expected some of {', '.join(FRAMES)}")
    return labels


def read_frame_labels(source: str | Path | pd.DataFrame, text_column: str = "text",
                      frames_column: str = "frames",
                      required: Sequence[str] = ()) -> pd.DataFrame:
    """Read labelled sentences (a CSV path or a DataFrame) into a DataFrame whose
    ``frame_set`` column holds parsed sets.

    Raises ``FileNotFoundError`` for a missing file and ``ValueError`` naming the file and the
    column when a required column (``text_column``, ``frames_column``, ``required``) is missing,
    or the row and label when a frame name is unknown.
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        name, df = "DataFrame", source.copy()
    else:
        name = str(source)
        if not Path(source).is_file():
            raise FileNotFoundError(f"{name}: labels file not found")
        try:
            df = pd.read_csv(source, dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
            raise ValueError(f"{name}: cannot be read as CSV ({exc})") from None
    for col in (text_column, frames_column, *required):
        if col not in df.columns:
            raise ValueError(f"{name}: missing column {col!r} (columns found: "
                             f"{', '.join(map(str, df.columns)) or 'none'})")
    df["frame_set"] = [parse_frames(v, f"{name}: row {i + 2}, column {frames_column!r}")
                       for i, v in enumerate(df[frames_column])]
    df[text_column] = df[text_column].astype(str)
    return df


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 when undefined with some disagreement; NaN when nothing was
    labelled or predicted)."""
    if tp + fp + fn == 0:
        return (float("nan"),) * 3
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def cohen_kappa(gold: Sequence[bool], pred: Sequence[bool]) -> float:
    """Cohen's (1960) kappa of two binary codings; NaN when chance agreement is 1."""
    n = len(gold)
    if n == 0:
        return float("nan")
    po = sum(g == p for g, p in zip(gold, pred, strict=True)) / n
    g1 = sum(gold) / n
    p1 = sum(pred) / n
    pe = g1 * p1 + (1 - g1) * (1 - p1)
    if pe >= 1.0:
        return float("nan")
    return (po - pe) / (1 - pe)


def frame_agreement(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> pd.DataFrame:
    """Agreement of two multi-label codings over (sentence, frame) pairs.

    Rows: each frame, ``micro`` (pooled over all pairs) and ``macro`` (mean over frames with
    any label or prediction). Columns: ``precision``, ``recall``, ``f1``, ``kappa`` (Cohen
    1960), ``support`` (gold positives), ``predicted``, ``tp``.
    """
    import pandas as pd

    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold label sets but {len(pred)} predictions")
    rows = {}
    g_all: list[bool] = []
    p_all: list[bool] = []
    for f in FRAMES:
        g = [f in s for s in gold]
        p = [f in s for s in pred]
        g_all += g
        p_all += p
        tp = sum(a and b for a, b in zip(g, p, strict=True))
        fp = sum(b and not a for a, b in zip(g, p, strict=True))
        fn = sum(a and not b for a, b in zip(g, p, strict=True))
        prec, rec, f1 = _prf(tp, fp, fn)
        rows[f] = {"precision": prec, "recall": rec, "f1": f1, "kappa": cohen_kappa(g, p),
                   "support": sum(g), "predicted": sum(p), "tp": tp}
    tp = sum(r["tp"] for r in rows.values())
    fp = sum(r["predicted"] for r in rows.values()) - tp
    fn = sum(r["support"] for r in rows.values()) - tp
    prec, rec, f1 = _prf(tp, fp, fn)
    rows["micro"] = {"precision": prec, "recall": rec, "f1": f1, "kappa": cohen_kappa(g_all, p_all),
                     "support": tp + fn, "predicted": tp + fp, "tp": tp}
    per = pd.DataFrame([rows[f] for f in FRAMES])
    rows["macro"] = {"precision": per["precision"].mean(), "recall": per["recall"].mean(),
                     "f1": per["f1"].mean(), "kappa": per["kappa"].mean(),
                     "support": tp + fn, "predicted": tp + fp, "tp": tp}
    return pd.DataFrame.from_dict(rows, orient="index")[
        ["precision", "recall", "f1", "kappa", "support", "predicted", "tp"]]


def _normalise_ws(text: str) -> str:
    return " ".join(str(text).split())


def lexicon_agreement(labels: str | Path | pd.DataFrame, corpus: Iterable[Any] | None = None,
                      lexicon: FrameLexicon | None = None,
                      missing: str = "raise") -> pd.DataFrame | None:
    """Agreement of the frame lexicon with hand labels (e.g. ``data/seed_frame_labels.csv``).

    ``labels`` has columns ``doc_id``, ``sentence``, ``text``, ``frames``. With a ``corpus``,
    the lexicon scores the corpus sentences joined on (``doc_id``, ``sentence``) — this tests
    the whole pipeline, splitter included; sentences whose text differs from the label text are
    counted in ``attrs["text_mismatches"]`` (with a warning). Without a corpus the label texts
    are scored directly.

    Returns :func:`frame_agreement`'s table (per-frame precision/recall/F1/Cohen's kappa and
    the micro/macro rows); ``attrs`` has ``micro_f1``, ``n_sentences``, ``lexicon_version`` and
    ``disagreements`` (list of dicts with gold and predicted frames and the evidence).
    When no labelled sentence is in ``corpus``: :class:`ValueError`, or ``None`` with
    ``missing="none"`` (a notebook run on a corpus nobody has labelled).
    """
    import pandas as pd

    lex = lexicon or load_frame_lexicon()
    lab = read_frame_labels(labels, required=("doc_id", "sentence"))
    lab["sentence"] = pd.to_numeric(lab["sentence"], errors="raise").astype(int)
    lab["doc_id"] = lab["doc_id"].astype(str)
    mismatches = 0
    if corpus is not None:
        ft = frames_table(corpus, lex)[["doc_id", "sentence", "text"]]
        merged = lab.merge(ft, on=["doc_id", "sentence"], how="inner", suffixes=("", "_corpus"))
        if merged.empty:
            if missing == "none":
                return None
            raise ValueError("lexicon_agreement: no labelled (doc_id, sentence) pair is in the "
                             "corpus")
        mismatches = int(sum(_normalise_ws(a) != _normalise_ws(b)
                             for a, b in zip(merged["text"], merged["text_corpus"], strict=True)))
        if mismatches:
            warnings.warn(f"lexicon_agreement: {mismatches} labelled sentence(s) differ from the "
                          "corpus split", stacklevel=2)
        texts = merged["text_corpus"].tolist()
        lab = merged
    else:
        texts = lab["text"].tolist()
    scored = [frame_scores(t, lex) for t in texts]
    pred = [s["frames"] for s in scored]
    gold = lab["frame_set"].tolist()
    out = frame_agreement(gold, pred)
    out.attrs.update({
        "micro_f1": float(out.loc["micro", "f1"]), "n_sentences": len(gold),
        "n_pairs": len(gold) * len(FRAMES), "lexicon_version": lex.version,
        "text_mismatches": mismatches,
        "disagreements": [
            {"doc_id": d, "sentence": int(n), "gold": ";".join(sorted(g)),
             "predicted": ";".join(sorted(p)), "evidence": format_evidence(s)}
            for d, n, g, p, s in zip(lab["doc_id"], lab["sentence"], gold, pred, scored,
                                     strict=True) if g != p],
    })
    return out


def _lower_words(text: str) -> list[str]:
    return [w.lower() for w in words(text)]


def lexicon_features(texts: Iterable[str], weight: float = 1.0) -> Any:
    """Dense lexicon features for the classifier: per frame the cue score (capped at 3, scaled
    to 0..1) and a 0/1 flag for passing the threshold, times ``weight``."""
    import numpy as np

    rows = []
    for t in texts:
        s = frame_scores(str(t))
        rows.append([min(s[f], 3.0) / 3.0 for f in FRAMES] +
                    [float(f in s["frames"]) for f in FRAMES])
    return np.asarray(rows, dtype=float).reshape(-1, 2 * len(FRAMES)) * weight


class FrameClassifier:
    """Supervised multi-label frame classifier (scikit-learn style).

    Features: word n-gram TF-IDF (package tokeniser) plus :func:`lexicon_features` (the
    lexicon's frame scores, so a small training set starts from the lexicon's knowledge);
    model: one-vs-rest logistic regression, one binary classifier per frame
    (``OneVsRestClassifier(LogisticRegression)``). A frame is predicted when its probability is
    at least ``threshold``. Frames absent from the training labels are never predicted.

    >>> clf = FrameClassifier().fit(texts, [{"alliance"}, set(), ...])  # doctest: +SKIP
    >>> clf.predict(["The allies held talks."])  # doctest: +SKIP
    [{'alliance'}]
    """

    def __init__(self, C: float = 4.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 1,
                 use_lexicon: bool = True, lexicon_weight: float = 1.0,
                 class_weight: str | None = "balanced", threshold: float = 0.5,
                 max_iter: int = 2000) -> None:
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.use_lexicon = use_lexicon
        self.lexicon_weight = lexicon_weight
        self.class_weight = class_weight
        self.threshold = threshold
        self.max_iter = max_iter

    _PARAMS = ("C", "ngram_range", "min_df", "use_lexicon", "lexicon_weight", "class_weight",
               "threshold", "max_iter")

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Constructor parameters (scikit-learn convention, so ``sklearn.clone`` works)."""
        return {p: getattr(self, p) for p in self._PARAMS}

    def set_params(self, **params: Any) -> FrameClassifier:
        for key, value in params.items():
            if key not in self._PARAMS:
                raise ValueError(f"FrameClassifier has no parameter {key!r}")
            setattr(self, key, value)
        return self

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"FrameClassifier({args})"

    def _pipeline(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import FeatureUnion, Pipeline
        from sklearn.preprocessing import FunctionTransformer

        parts = [("tfidf", TfidfVectorizer(tokenizer=_lower_words, token_pattern=None,
                                           lowercase=False, ngram_range=tuple(self.ngram_range),
                                           min_df=self.min_df, sublinear_tf=True))]
        if self.use_lexicon:
            parts.append(("lexicon", FunctionTransformer(
                lexicon_features, kw_args={"weight": self.lexicon_weight})))
        clf = LogisticRegression(C=self.C, class_weight=self.class_weight,
                                 max_iter=self.max_iter)
        return Pipeline([("features", FeatureUnion(parts)), ("clf", OneVsRestClassifier(clf))])

    def fit(self, texts: Sequence[str], frame_sets: Sequence[Iterable[str]]) -> FrameClassifier:
        """Fit on sentences and their frame sets (iterables of frame names, may be empty)."""
        import numpy as np

        texts = [str(t) for t in texts]
        sets = [parse_frames(list(s), "frame_sets") if not isinstance(s, str)
                else parse_frames(s, "frame_sets") for s in frame_sets]
        if len(texts) != len(sets):
            raise ValueError(f"fit: {len(texts)} texts but {len(sets)} label sets")
        if len(texts) < 2:
            raise ValueError("fit: need at least two labelled sentences")
        y = np.array([[f in s for f in FRAMES] for s in sets], dtype=int)
        self.pipeline_ = self._pipeline()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Label not .* is present in all training")
            self.pipeline_.fit(texts, y)
        self.frames_ = FRAMES
        self.n_train_ = len(texts)
        return self

    def predict_proba(self, texts: Sequence[str]) -> Any:
        """Per-frame probabilities, an array of shape ``(n_texts, 4)`` in :data:`FRAMES`
        order."""
        if not hasattr(self, "pipeline_"):
            raise RuntimeError("FrameClassifier is not fitted; call fit() first")
        return self.pipeline_.predict_proba([str(t) for t in texts])

    def predict(self, texts: Sequence[str]) -> list[set[str]]:
        """Predicted frame sets, one per text."""
        proba = self.predict_proba(texts)
        return [{f for f, p in zip(FRAMES, row, strict=True) if p >= self.threshold}
                for row in proba]


def train_frame_classifier(csv_path: str | Path | pd.DataFrame, text_column: str = "text",
                           frames_column: str = "frames", **params: Any) -> FrameClassifier:
    """Train a :class:`FrameClassifier` on a CSV of labelled sentences.

    The CSV needs a text column and a frames column (``;``-joined frame names; empty = no
    frame). A missing column raises ``ValueError("<file>: missing column 'frames' ...")``.
    ``params`` go to :class:`FrameClassifier`.
    """
    df = read_frame_labels(csv_path, text_column, frames_column)
    return FrameClassifier(**params).fit(df[text_column].tolist(), df["frame_set"].tolist())


def cross_validate_frames(data: str | Path | pd.DataFrame, cv: int = 5, seed: int = 0,
                          text_column: str = "text", frames_column: str = "frames",
                          **params: Any) -> pd.DataFrame:
    """K-fold cross-validation of :class:`FrameClassifier` on labelled sentences.

    Folds are shuffled with ``seed`` (deterministic). Out-of-fold predictions are pooled and
    scored with :func:`frame_agreement`: rows per frame plus ``micro`` and ``macro``; columns
    ``precision``, ``recall``, ``f1``, ``kappa``, ``support``, ``predicted``, ``tp``.
    ``attrs`` holds ``cv``, ``n_sentences`` and ``fold_micro_f1`` (per-fold micro F1).
    """
    from sklearn.model_selection import KFold

    df = read_frame_labels(data, text_column, frames_column)
    n = len(df)
    if cv < 2 or cv > n:
        raise ValueError(f"cross_validate_frames: cv must be between 2 and the number of "
                         f"labelled sentences ({n}), got {cv}")
    texts = df[text_column].tolist()
    gold = df["frame_set"].tolist()
    pred: list[set[str]] = [set() for _ in range(n)]
    fold_f1 = []
    for train, test in KFold(n_splits=cv, shuffle=True, random_state=seed).split(texts):
        clf = FrameClassifier(**params).fit([texts[i] for i in train], [gold[i] for i in train])
        fold_pred = clf.predict([texts[i] for i in test])
        for i, p in zip(test, fold_pred, strict=True):
            pred[i] = p
        fold_f1.append(float(frame_agreement([gold[i] for i in test], fold_pred)
                             .loc["micro", "f1"]))
    out = frame_agreement(gold, pred)
    out.attrs.update({"cv": cv, "n_sentences": n, "fold_micro_f1": fold_f1})
    return out


__all__ = [
    "FRAMES", "Cue", "FrameLexicon", "EpistemicLexicon", "FrameClassifier",
    "load_frame_lexicon", "load_epistemic_lexicon", "frame_cues", "frame_scores",
    "format_evidence", "epistemic_markers", "tone_scores", "bootstrap_ci", "frames_table",
    "epistemic_table", "tone_table", "sentence_table", "by_voice", "parse_frames",
    "read_frame_labels", "cohen_kappa", "frame_agreement", "lexicon_agreement",
    "lexicon_features", "train_frame_classifier", "cross_validate_frames",
    "inflection_forms",
]


# ---------------------------------------------------------------------------------------------
# Tone toward actors (target-dependent sentiment)
# ---------------------------------------------------------------------------------------------

ACTOR_TONE_LABELS = ("negative", "neutral", "positive")


def actor_tone(corpus: Iterable[Any], mentions: pd.DataFrame | None = None,
               model: Any = None) -> pd.DataFrame:
    """Tone of each sentence toward each actor mentioned in it: one row per actor mention.

    ``mentions`` is :func:`analysis.keywords.actor_mentions` (computed when ``None``); each
    mention is scored by the packaged target-tone model (:mod:`analysis.target_tone`, a
    scikit-learn linear model trained on NewsMTSC, Hamborg & Donnay 2021, by
    ``scripts/train_target_tone.py``) with the mention's span inside its sentence as the target.
    This is the sentiment the sentence expresses *toward the actor*, not the actor's own stance
    and not the general tone of :func:`tone_scores`.

    Columns: ``doc_id``, ``paragraph``, ``sentence``, ``actor``, ``matched``, ``voice``,
    ``speaker``, ``tone_label`` (negative/neutral/positive), ``p_negative``, ``p_neutral``,
    ``p_positive``, ``net_tone`` (``p_positive - p_negative``, in [-1, 1]) and ``text`` (the
    sentence). Mentions outside any sentence (an unsegmented document) are dropped.
    """
    import pandas as pd

    from .keywords import actor_mentions
    from .target_tone import load_target_tone_model

    corpus = list(corpus)
    if mentions is None:
        mentions = actor_mentions(corpus)
    sentences = {(d.doc_id, s.index): s for d in corpus for s in d.sentences}
    rows, texts, spans = [], [], []
    for m in mentions.itertuples(index=False):
        if pd.isna(m.sentence):
            continue
        sent = sentences.get((m.doc_id, int(m.sentence)))
        if sent is None or not (sent.start <= m.start and m.end <= sent.end):
            continue
        start, end = m.start - sent.start, m.end - sent.start
        if sent.text[start:end] != m.matched:  # offsets disagree: never score the wrong span
            continue
        texts.append(sent.text)
        spans.append((start, end))
        rows.append({"doc_id": m.doc_id, "paragraph": sent.paragraph, "sentence": sent.index,
                     "actor": m.actor, "matched": m.matched, "voice": sent.voice,
                     "speaker": sent.speaker or "", "text": sent.text})
    columns = ["doc_id", "paragraph", "sentence", "actor", "matched", "voice", "speaker",
               "tone_label", "p_negative", "p_neutral", "p_positive", "net_tone", "text"]
    if not rows:
        out = pd.DataFrame(columns=columns)
    else:
        model = model or load_target_tone_model()
        pred = model.predict(texts, spans)
        out = pd.DataFrame(rows)
        for col in ("tone_label", "p_negative", "p_neutral", "p_positive"):
            out[col] = pred[col].to_numpy()
        out["net_tone"] = out["p_positive"] - out["p_negative"]
        out = out[columns]
    for col in ("paragraph", "sentence"):
        out[col] = out[col].astype("Int64")
    out.attrs["measure"] = ("tone toward the actor: target-dependent sentiment, TF-IDF around "
                            "the masked target + VADER features, logistic regression trained "
                            "on NewsMTSC (Hamborg & Donnay 2021); see benchmarks/target_tone.py")
    return out


def actor_tone_summary(tones: pd.DataFrame, n_boot: int = 2000,
                       seed: int = BOOTSTRAP_SEED) -> pd.DataFrame:
    """Per actor: mentions, documents, counts and shares of negative/neutral/positive
    mentions and the mean ``net_tone`` with a 95% percentile bootstrap interval over mentions.

    ``tones`` is :func:`actor_tone`. Rows are sorted by number of mentions (then name); an actor
    with one mention gets NaN interval bounds (see :func:`bootstrap_ci`).
    """
    import pandas as pd

    columns = ["actor", "mentions", "documents", *ACTOR_TONE_LABELS,
               *(f"share_{lab}" for lab in ACTOR_TONE_LABELS), "net_tone", "net_tone_ci_low",
               "net_tone_ci_high"]
    rows = []
    for actor, part in tones.groupby("actor", sort=True):
        n = len(part)
        counts = part["tone_label"].value_counts()
        row: dict[str, Any] = {"actor": actor, "mentions": n,
                               "documents": int(part["doc_id"].nunique())}
        row.update({lab: int(counts.get(lab, 0)) for lab in ACTOR_TONE_LABELS})
        row.update({f"share_{lab}": row[lab] / n for lab in ACTOR_TONE_LABELS})
        row["net_tone"] = float(part["net_tone"].mean())
        row["net_tone_ci_low"], row["net_tone_ci_high"] = bootstrap_ci(
            part["net_tone"].tolist(), n_boot=n_boot, seed=seed)
        rows.append(row)
    out = pd.DataFrame(rows, columns=columns)
    out = out.sort_values(["mentions", "actor"], ascending=[False, True], kind="mergesort")
    return out.reset_index(drop=True)
