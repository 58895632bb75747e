"""Frames, sentence by sentence, with the evidence for every score.

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

Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. *Journal of
Communication*, 43(4), 51-58.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .lexicon import (
    RESOURCES,
    PatternTable,
    Token,
    count_words,
    find_negator,
    gap_has_boundary,
    parse_entry,
    read_lexicon_json,
    tokens,
)

FRAMES: tuple[str, str, str, str] = ("deterrence", "diplomacy", "alliance", "threat")
"""The four frames, in the column order of every table."""

FRAMES_LEXICON_PATH = RESOURCES / "frames.json"

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




@dataclass
class FrameLexicon:
    """A compiled frame lexicon (see ``analysis/resources/frames.json`` for the schema)."""

    version: str
    threshold: float
    path: str
    table: PatternTable
    counterpart_table: PatternTable
    ally_table: PatternTable
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




def _build_frame_lexicon(path: str | Path) -> FrameLexicon:
    data = read_lexicon_json(path)
    where = str(path)
    table = PatternTable()
    frames = data.get("frames")
    if not isinstance(frames, Mapping) or set(frames) != set(FRAMES):
        raise ValueError(f"{where}: 'frames' must define exactly {', '.join(FRAMES)}")
    for frame, spec in frames.items():
        for gi, group in enumerate(spec.get("groups", [])):
            if not group.get("rationale"):
                raise ValueError(f"{where}: frames.{frame}.groups[{gi}] has no rationale")
            for raw in group.get("entries", []):
                pattern, weight, opts = parse_entry(raw, f"{where}: frames.{frame}")
                if weight is None:
                    raise ValueError(f"{where}: frames.{frame}: {pattern!r} has no weight")
                table.add(pattern, {"kind": "frame", "frame": frame, "weight": weight}, **opts)
    for gi, group in enumerate(data.get("context_dependent", {}).get("groups", [])):
        gw = f"{where}: context_dependent.groups[{gi}]"
        for key in ("counterpart_frame", "ally_frame", "default"):
            if key not in group or (group[key] is not None and group[key] not in FRAMES):
                raise ValueError(f"{gw}: {key} must be one of {FRAMES} or null")
        for raw in group.get("entries", []):
            pattern, weight, opts = parse_entry(raw, gw)
            if weight is None:
                raise ValueError(f"{gw}: {pattern!r} has no weight")
            table.add(pattern, {"kind": "context", "weight": weight,
                                "counterpart_frame": group["counterpart_frame"],
                                "ally_frame": group["ally_frame"],
                                "default": group["default"]}, **opts)
    for raw in data.get("neutral", {}).get("entries", []):
        pattern, _, opts = parse_entry(raw, f"{where}: neutral")
        table.add(pattern, {"kind": "neutral"}, **opts)
    cp = data.get("counterparts", {})
    counterpart_table = PatternTable()
    for group in cp.get("groups", []):
        frame = group.get("frame")
        if frame is not None and frame not in FRAMES:
            raise ValueError(f"{where}: counterparts group {group.get('name')!r}: bad frame")
        for raw in group.get("patterns", []):
            pattern, _, opts = parse_entry(raw, f"{where}: counterparts")
            counterpart_table.add(pattern, {"name": group.get("name", "?"), "frame": frame},
                                  **opts)
    ally_table = PatternTable()
    for raw in cp.get("ally_patterns", []):
        pattern, _, opts = parse_entry(raw, f"{where}: counterparts.ally_patterns")
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


def _resolve_context(text: str, toks: Sequence[Token], i: int, j: int, spec: Mapping[str, Any],
                     mentions: Sequence[tuple[int, int, dict[str, Any]]], has_ally: bool,
                     lex: FrameLexicon) -> tuple[str | None, str]:
    """Frame of a context-dependent cue at tokens ``[i, j)`` (see the module docstring)."""
    window = lex.counterpart_window
    best: tuple[int, dict[str, Any]] | None = None
    for ci, cj, info in mentions:
        if j <= ci <= j + window:  # counterpart after the cue, reached through a linker
            between = {t.norm for t in toks[j:ci]}
            if (between & lex.linkers and not between & lex.blockers
                    and not gap_has_boundary(text, toks, j - 1, ci)):
                dist = ci - j
            else:
                continue
        elif cj <= i and i - cj <= window:  # counterpart before the cue
            between = {t.norm for t in toks[cj:i]}
            if between & lex.blockers or gap_has_boundary(text, toks, cj - 1, i):
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
    toks = tokens(text)
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
                negator = find_negator(text, toks, i, lex.negation_cues, lex.negation_suffixes,
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
    result["n_words"] = count_words(text)
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


def format_negated(scores: Mapping[str, Any]) -> str:
    return ", ".join(f"{c.text} ({c.frame}, {c.rule})" for c in scores["negated"])
