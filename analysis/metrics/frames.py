"""Frames, sentence by sentence, with the evidence for every score.

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

* tokens are :func:`analysis.corpus.tokens.words` split at inner hyphens; patterns match left to
  right, longest first, so ``nuclear consultative group`` is one cue and ``ballistic missile
  submarine`` beats ``ballistic missile``; a token belongs to one cue at most;
* inflection-tolerant: lower-case pattern tokens accept plural, ``-ed``, ``-ing`` and possessive
  forms (``strategic assets``, ``deterred``, ``allies``); all-capital tokens (``US``, ``ICBM``)
  are case-sensitive;
* negation-aware: a negator (``no``, ``not``, ``without``, ``n't``, ``non-``...) up to four
  tokens before a cue, with only determiners or low-content modifiers between and no clause
  boundary, negates it (``no diplomatic breakthrough``, ``not a threat``, ``without talks``).
  **A negated cue counts toward no frame**; it is reported under ``negated``. A negation can
  also follow its cue in the same clause: a phrase of the lexicon's ``negation.after`` list
  (``not on the table``, ``never on the agenda``...) starting at most ``after_window`` tokens
  after the cue, with no clause punctuation between, negates it (``nuclear sharing ... was
  never on the table``);
* context rule for engagement words (dialogue, talks, consultation, information-sharing,
  relationship, counterpart...): a North Korea mention (``North Korea``, ``Pyongyang``,
  ``DPRK``, ``Kim Jong Un``) within six tokens that is the *counterpart* (linked by
  ``with``/``between``/``to`` after the cue, or directly before it, with no ``on``/``about``/
  ``against``/``threat`` in between) makes the cue diplomacy; otherwise, when the sentence names
  the allies (South Korea, Seoul, the two countries...), alliance; otherwise the group default.
  China/Russia as counterpart (at most four tokens before the cue) resolve to no frame. The
  same rule gives a weapon or capability its owner: North Korea's nuclear weapons (or a North
  Korea mention right after the cue, as in ``nuclear-armed North Korea``) are threat, the
  allies' (or unowned) deterrence;
* allied owner first (groups marked ``owner_rule``): an allied owner (``US``, ``American``,
  ``Washington's``, ``allied``...) right before a weapon cue gives it the allies' frame before
  any North Korea mention is looked for (``American nuclear weapons in any war with the North``
  are deterrence, not threat);
* ally link (groups with an ``ally_link_weight``): a commitment, guarantee or defence cue tied to
  the allies, by an allied owner right before it (``U.S. commitment``) or an ally named at most
  three tokens after it with only linking words between (``commitment to the Republic of
  Korea``, ``defend Seoul``), takes the group's ``ally_link_weight`` (1.0) instead of its own
  (0.5): ``its commitment to the NPT`` stays weak;
* the period closing a two-letter initialism inside a sentence (``U.S.``, ``U.N.``) is masked
  (:func:`mask_initialism_periods`), so ``U.S. control`` matches the pattern ``US control``;
* contingency scope: an event cue (attack, strike, war, invasion, use of nuclear weapons) after
  ``in the event of``, ``if``, ``any``, ``deter``... or before ``would``/``will be met`` names a
  hypothetical the allies plan for, not a danger: it counts 0.5 toward deterrence, never toward
  threat (``in the event of a nuclear attack`` is not threat; ``deter North Korean aggression``
  still is).

A frame's score is the **sum of the weights** of its non-negated cues (not normalised by length:
sentences are short, and one explicit cue is enough); a sentence has the frame when its score is
at least the lexicon threshold (1.0: one strong cue or two weak 0.5 cues). Multi-label: a sentence
may carry several frames or none.

Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. *Journal of
Communication*, 43(4), 51-58.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .lexicon import (
    BOUNDARY_RE,
    RESOURCES,
    PatternTable,
    Token,
    count_words,
    find_negator,
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
    ``default``, ``contingency 'in the event of'`` (an attack named only as a hypothetical:
    it counts toward the lexicon's contingency frame, deterrence, with the contingency weight,
    never toward threat) or ``negated by 'no'``)."""

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
    contingency_table: PatternTable = field(default_factory=PatternTable, repr=False)
    contingency_window: int = 6
    contingency_frame: str | None = None
    contingency_weight: float = 0.0
    negation_after_table: PatternTable = field(default_factory=PatternTable, repr=False)
    negation_after_window: int = 6
    owner_table: PatternTable = field(default_factory=PatternTable, repr=False)
    ally_link_window: int = 3
    ally_link_between: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        return str(self.raw.get("name", "frames"))




def _frame_table(data: Mapping[str, Any], where: str) -> PatternTable:
    """The cue table: frame groups, context-dependent groups and neutral phrases."""
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
                table.add(pattern, {"kind": "frame", "frame": frame, "weight": weight,
                                    "contingent": _contingent(raw),
                                    "ally_link_weight": _optional_weight(group, "ally_link_weight",
                                                                         f"{where}: frames.{frame}."
                                                                         f"groups[{gi}]")},
                          **opts)
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
                                "default": group["default"],
                                "owner_rule": bool(group.get("owner_rule", False)),
                                "contingent": _contingent(raw)}, **opts)
    for raw in data.get("neutral", {}).get("entries", []):
        pattern, _, opts = parse_entry(raw, f"{where}: neutral")
        table.add(pattern, {"kind": "neutral"}, **opts)
    return table


def _optional_weight(group: Mapping[str, Any], key: str, where: str) -> float | None:
    """A group's optional positive weight ``key`` (``None`` when absent)."""
    value = group.get(key)
    if value is None:
        return None
    if not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{where}: {key} must be a positive number")
    return float(value)


def _mention_tables(cp: Mapping[str, Any], where: str) -> tuple[PatternTable, PatternTable]:
    """The counterpart table (North Korea, China...) and the ally table."""
    counterpart_table = PatternTable()
    for group in cp.get("groups", []):
        frame = group.get("frame")
        if frame is not None and frame not in FRAMES:
            raise ValueError(f"{where}: counterparts group {group.get('name')!r}: bad frame")
        for raw in group.get("patterns", []):
            pattern, _, opts = parse_entry(raw, f"{where}: counterparts")
            info = {"name": group.get("name", "?"), "frame": frame}
            if "before_window" in group:
                if not isinstance(group["before_window"], int) or group["before_window"] < 0:
                    raise ValueError(f"{where}: counterparts group {group.get('name')!r}: "
                                     "before_window must be a non-negative integer")
                info["before_window"] = group["before_window"]
            counterpart_table.add(pattern, info, **opts)
    ally_table = PatternTable()
    for raw in cp.get("ally_patterns", []):
        pattern, _, opts = parse_entry(raw, f"{where}: counterparts.ally_patterns")
        ally_table.add(pattern, {"ally": True}, **opts)
    return counterpart_table, ally_table


def _contingency_table(contingency: Mapping[str, Any], where: str) -> PatternTable:
    """The triggers of a contingency scope (``in the event of``..., ``would``...)."""
    if contingency.get("frame") not in (None, *FRAMES):
        raise ValueError(f"{where}: contingency.frame must be one of {FRAMES} or null")
    table = PatternTable()
    for where_key in ("before", "after"):
        for raw in contingency.get(where_key, []):
            pattern, _, opts = parse_entry(raw, f"{where}: contingency.{where_key}")
            table.add(pattern, {"where": where_key}, **opts)
    return table


def _build_frame_lexicon(path: str | Path) -> FrameLexicon:
    data = read_lexicon_json(path)
    where = str(path)
    cp = data.get("counterparts", {})
    counterpart_table, ally_table = _mention_tables(cp, where)
    contingency = data.get("contingency", {})
    neg = data.get("negation", {})
    scoring = data.get("scoring", {})
    return FrameLexicon(
        version=str(data["version"]),
        threshold=float(scoring.get("threshold", 1.0)),
        path=where,
        table=_frame_table(data, where),
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
        contingency_table=_contingency_table(contingency, where),
        contingency_window=int(contingency.get("window", 6)),
        contingency_frame=contingency.get("frame"),
        contingency_weight=float(contingency.get("weight", 0.0)),
        negation_after_table=_phrase_table(neg.get("after", []), f"{where}: negation.after"),
        negation_after_window=int(neg.get("after_window", 6)),
        owner_table=_phrase_table(cp.get("owner_patterns", []),
                                  f"{where}: counterparts.owner_patterns"),
        ally_link_window=int(cp.get("ally_link_window", 3)),
        ally_link_between=frozenset(w.lower() for w in cp.get("ally_link_between", [])),
    )


def _phrase_table(entries: Sequence[Any], where: str) -> PatternTable:
    """A table of plain phrases (no weights), such as the negations that follow their cue."""
    table = PatternTable()
    for raw in entries:
        pattern, _, opts = parse_entry(raw, where)
        table.add(pattern, {}, **opts)
    return table


def _contingent(raw: Any) -> bool:
    """Whether a lexicon entry names an event (attack, strike, war) that a contingency scope
    turns into a hypothetical (``"contingent": true``)."""
    return isinstance(raw, Mapping) and bool(raw.get("contingent", False))


@lru_cache(maxsize=8)
def _cached_frame_lexicon(path: str) -> FrameLexicon:
    return _build_frame_lexicon(path)


def load_frame_lexicon(path: str | Path | None = None) -> FrameLexicon:
    """Load (and cache) a frame lexicon; default ``analysis/resources/frames.json``.

    Raises ``ValueError`` naming the file and the faulty field for a malformed lexicon.
    """
    return _cached_frame_lexicon(str(path or FRAMES_LEXICON_PATH))


def _clause_break(text: str, toks: Sequence[Token], first: int, last: int) -> bool:
    """True when clause punctuation separates token ``first`` from token ``last``. Unlike
    :func:`gap_has_boundary`, the period closing an initialism (``U.S.``) is no boundary."""
    for k in range(max(first, 0), last):
        gap = text[toks[k].end:toks[k + 1].start]
        if gap.startswith(".") and "." in text[toks[k].start:toks[k].end]:
            gap = gap[1:]
        if BOUNDARY_RE.search(gap):
            return True
    return False


def _contingency_trigger(text: str, toks: Sequence[Token], i: int, j: int,
                         triggers: Sequence[tuple[int, int, str]], window: int) -> str | None:
    """The trigger that makes the event cue at tokens ``[i, j)`` a hypothetical, or ``None``.

    A ``before`` trigger (``in the event of``, ``if``, ``any``, ``deter``...) must end at most
    ``window`` tokens before the cue, an ``after`` trigger (``would``, ``will be met``...) start
    at most ``window`` tokens after it, with no clause punctuation in between: "in case of a
    nuclear attack", "any nuclear strike ... would be met".
    """
    for ci, cj, where in triggers:
        if where == "before" and cj <= i and i - cj <= window:
            if not _clause_break(text, toks, cj - 1, i):
                return text[toks[ci].start:toks[cj - 1].end]
        elif where == "after" and ci >= j and ci - j <= window:
            if not _clause_break(text, toks, j - 1, ci):
                return text[toks[ci].start:toks[cj - 1].end]
    return None


def _negation_after(text: str, toks: Sequence[Token], j: int, after: Sequence[tuple[int, int]],
                    window: int) -> str:
    """The negation that follows the cue ending at token ``j`` in its clause (``nuclear sharing
    ... was never on the table``), starting at most ``window`` tokens after it; else ``""``."""
    for ci, cj in after:
        if j <= ci <= j + window and not _clause_break(text, toks, j - 1, ci):
            return text[toks[ci].start:toks[cj - 1].end]
    return ""


class AlliedMentions(NamedTuple):
    """Token spans ``(first, end)`` of the allies named in a sentence (``allies``: the ally
    patterns, South Korea, Seoul, the alliance...) and of the owners that mark an allied
    capability or commitment (``owners``: US, American, Washington's...)."""

    allies: list[tuple[int, int]]
    owners: list[tuple[int, int]]


def allied_mentions(text: str, toks: Sequence[Token], lex: FrameLexicon) -> AlliedMentions:
    """The :class:`AlliedMentions` of a tokenised sentence."""
    return AlliedMentions([(ci, cj) for ci, cj, _ in lex.ally_table.scan(text, toks)],
                          [(ci, cj) for ci, cj, _ in lex.owner_table.scan(text, toks)])


def ally_linked(text: str, toks: Sequence[Token], i: int, j: int, allied: AlliedMentions,
                lex: FrameLexicon) -> bool:
    """Whether the cue at tokens ``[i, j)`` is tied to the allies: an allied owner right before
    it (``U.S. commitment``, ``Washington's guarantee``), or an ally named at most
    ``lex.ally_link_window`` tokens after it with only linking words between (``commitment to
    the Republic of Korea``, ``defend Seoul``), never across clause punctuation."""
    if any(cj == i for _, cj in allied.owners):
        return True
    for ci, _ in allied.allies:
        if j <= ci <= j + lex.ally_link_window and not _clause_break(text, toks, j - 1, ci):
            if all(t.norm in lex.ally_link_between for t in toks[j:ci]):
                return True
    return False


INITIALISM_PERIOD_RE = re.compile(r"(?<=\b[A-Z]\.[A-Z])\.(?= +[\w\"'(])")
"""The period closing a two-letter initialism (``U.S.``, ``U.N.``) inside a sentence."""


def mask_initialism_periods(text: str) -> str:
    """``text`` with the period that closes a two-letter initialism before a following word
    replaced by a space (same length, so offsets stay valid): in ``the U.S. commitment`` or
    ``U.S. forces`` the initialism then joins a multi-word pattern (``US forces``) and never
    reads as a clause boundary."""
    return INITIALISM_PERIOD_RE.sub(" ", text)


def _resolve_context(text: str, toks: Sequence[Token], i: int, j: int, spec: Mapping[str, Any],
                     mentions: Sequence[tuple[int, int, dict[str, Any]]], has_ally: bool,
                     lex: FrameLexicon,
                     owners: Sequence[tuple[int, int]] = ()) -> tuple[str | None, str]:
    """Frame of a context-dependent cue at tokens ``[i, j)`` (see the module docstring)."""
    if spec.get("owner_rule") and any(cj == i for _, cj in owners):
        return spec["ally_frame"], "owner:allies"
    window = lex.counterpart_window
    best: tuple[int, dict[str, Any]] | None = None
    for ci, cj, info in mentions:
        if j <= ci <= j + window:  # counterpart right after the cue or through a linker
            between = {t.norm for t in toks[j:ci]}
            if ci == j or (between & lex.linkers and not between & lex.blockers
                           and not _clause_break(text, toks, j - 1, ci)):
                dist = ci - j
            else:
                continue
        elif cj <= i and i - cj <= info.get("before_window", window):  # counterpart before
            between = {t.norm for t in toks[cj:i]}
            if between & lex.blockers or _clause_break(text, toks, cj - 1, i):
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
    if not lex.table.may_match(text):
        return []
    original, text = text, mask_initialism_periods(text)
    toks = tokens(text)
    # Counterpart and ally mentions matter only to a context-dependent cue: found on demand.
    context: tuple[list[tuple[int, int, dict[str, Any]]], bool] | None = None
    triggers: list[tuple[int, int, str]] | None = None
    after: list[tuple[int, int]] | None = None
    allied: AlliedMentions | None = None
    cues: list[Cue] = []
    for i, j, pat in lex.table.scan(text, toks):
        start, end = toks[i].start, toks[j - 1].end
        surface = original[start:end]
        negator = None
        for spec in pat.payload:
            if spec["kind"] == "neutral":
                continue
            if negator is None:
                negator = find_negator(text, toks, i, lex.negation_cues, lex.negation_suffixes,
                                        lex.negation_window, lex.negation_skippable) or ""
                if not negator and len(lex.negation_after_table):
                    if after is None:
                        after = [(ci, cj) for ci, cj, _ in
                                 lex.negation_after_table.scan(text, toks)]
                    negator = _negation_after(text, toks, j, after, lex.negation_after_window)
            if allied is None and (spec.get("owner_rule") or spec.get("ally_link_weight")):
                allied = allied_mentions(text, toks, lex)
            if spec["kind"] == "context":
                if context is None:
                    context = ([(ci, cj, cp.payload[0])
                                for ci, cj, cp in lex.counterpart_table.scan(text, toks)],
                               bool(lex.ally_table.scan(text, toks)))
                frame, rule = _resolve_context(text, toks, i, j, spec, *context, lex,
                                               allied.owners if allied else ())
            else:
                frame, rule = spec["frame"], "lexicon"
            weight = spec["weight"]
            if allied is not None and spec.get("ally_link_weight") and ally_linked(
                    text, toks, i, j, allied, lex):
                weight, rule = spec["ally_link_weight"], "ally linked"
            if frame == "threat" and spec["contingent"]:
                if triggers is None:
                    triggers = [(ci, cj, cp.payload[0]["where"])
                                for ci, cj, cp in lex.contingency_table.scan(text, toks)]
                trigger = _contingency_trigger(text, toks, i, j, triggers,
                                               lex.contingency_window)
                if trigger:
                    frame, rule = lex.contingency_frame, f"contingency {trigger!r}"
                    weight = lex.contingency_weight
            if negator:
                rule = f"negated by {negator!r}"
            cues.append(Cue(surface, start, end, frame, weight, rule))
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
    result = cue_scores(frame_cues(text, lex), lex)
    result["n_words"] = count_words(text)
    result["lexicon_version"] = lex.version
    return result


def cue_scores(cues: Sequence[Cue], lexicon: FrameLexicon) -> dict[str, Any]:
    """The frame scores, ``frames``, ``evidence``, ``negated`` and ``unassigned`` of
    :func:`frame_scores` from a sentence's :func:`frame_cues`."""
    result: dict[str, Any] = {f: 0.0 for f in FRAMES}
    evidence: dict[str, list[Cue]] = {f: [] for f in FRAMES}
    negated: list[Cue] = []
    unassigned: list[Cue] = []
    for cue in cues:
        if cue.rule.startswith("negated"):
            negated.append(cue)
        elif cue.frame is None:
            unassigned.append(cue)
        else:
            result[cue.frame] += cue.weight
            evidence[cue.frame].append(cue)
    result["frames"] = {f for f in FRAMES if result[f] >= lexicon.threshold}
    result["evidence"] = evidence
    result["negated"] = negated
    result["unassigned"] = unassigned
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
