"""The frame lexicon's schema and loader: :class:`FrameLexicon` compiled from
``analysis/resources/frames.json`` (or a user's file), with a clear error naming the file and the
field for a malformed lexicon. The scoring rules that read it are in :mod:`.frames`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import RESOURCES, PatternTable, parse_entry, read_lexicon_json

FRAMES: tuple[str, str, str, str] = ("deterrence", "diplomacy", "alliance", "threat")
"""The four frames, in the column order of every table."""

FRAMES_LEXICON_PATH = RESOURCES / "frames.json"


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
    negation_before_table: PatternTable = field(default_factory=PatternTable, repr=False)
    owner_table: PatternTable = field(default_factory=PatternTable, repr=False)
    ally_link_window: int = 3
    ally_link_between: frozenset[str] = frozenset()
    negation_carry_between: frozenset[str] = frozenset()
    owner_between: frozenset[str] = frozenset()
    possessor_between: frozenset[str] = frozenset()
    partner_window: int = 0
    pair_owner_words: frozenset[str] = frozenset()
    north_pair_words: frozenset[str] = frozenset()
    """Last words of the patterns of North Korea paired with a third power (``korea``,
    ``pyongyang``, ``kim``...): the cheap test before the pair's partnership rule."""
    senses: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, repr=False)
    """Per one-word cue, its rule of other senses (:mod:`.frame_senses`, guide rule 42)."""
    party_table: PatternTable = field(default_factory=PatternTable, repr=False)
    """Every counterpart and ally pattern in one table: whether a sentence names a party of
    the story is one :meth:`~PatternTable.may_match` (and at most one scan), not two."""
    other_ally_table: PatternTable = field(default_factory=PatternTable, repr=False)
    """America's allies other than South Korea (Japan, Australia, NATO...): a sentence that
    names one and no ally outside them speaks of that partnership (guide rules 21 and 80)."""

    @property
    def name(self) -> str:
        return str(self.raw.get("name", "frames"))

    @property
    def pattern_tables(self) -> tuple[PatternTable, ...]:
        """Every pattern table of the lexicon (cues first)."""
        return (self.table, self.counterpart_table, self.ally_table, self.owner_table,
                self.contingency_table, self.negation_after_table, self.negation_before_table,
                self.party_table, self.other_ally_table)




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
        for key in ("counterpart_frame", "ally_frame", "default", "partner_frame"):
            if (key not in group and key != "partner_frame") or (
                    group.get(key) is not None and group[key] not in FRAMES):
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
                                "partner_frame": group.get("partner_frame"),
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


def _mention_tables(cp: Mapping[str, Any],
                    where: str) -> tuple[PatternTable, PatternTable, PatternTable]:
    """The counterpart table (North Korea, China...), the ally table and the two in one."""
    counterpart_table = PatternTable()
    party_table = PatternTable()
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
            if group.get("partner_of_north"):
                info["partner_of_north"] = True
            counterpart_table.add(pattern, info, **opts)
            party_table.add(pattern, {"party": True}, **opts)
    ally_table = PatternTable()
    for raw in cp.get("ally_patterns", []):
        pattern, _, opts = parse_entry(raw, f"{where}: counterparts.ally_patterns")
        ally_table.add(pattern, {"ally": True}, **opts)
        party_table.add(pattern, {"party": True}, **opts)
    return counterpart_table, ally_table, party_table


def _contingency_table(contingency: Mapping[str, Any], where: str) -> PatternTable:
    """The triggers of a contingency scope (``in the event of``..., ``would``..., and the
    sentence-wide ``end of whatever regime``...)."""
    if contingency.get("frame") not in (None, *FRAMES):
        raise ValueError(f"{where}: contingency.frame must be one of {FRAMES} or null")
    table = PatternTable()
    for where_key in ("before", "after", "sentence"):
        for raw in contingency.get(where_key, []):
            pattern, _, opts = parse_entry(raw, f"{where}: contingency.{where_key}")
            table.add(pattern, {"where": where_key}, **opts)
    return table


def _build_frame_lexicon(path: str | Path) -> FrameLexicon:
    data = read_lexicon_json(path)
    where = str(path)
    cp = data.get("counterparts", {})
    counterpart_table, ally_table, party_table = _mention_tables(cp, where)
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
        party_table=party_table,
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
        negation_before_table=_phrase_table(neg.get("before", []),
                                            f"{where}: negation.before"),
        owner_table=_phrase_table(cp.get("owner_patterns", []),
                                  f"{where}: counterparts.owner_patterns"),
        ally_link_window=int(cp.get("ally_link_window", 3)),
        ally_link_between=frozenset(w.lower() for w in cp.get("ally_link_between", [])),
        negation_carry_between=frozenset(w.lower() for w in neg.get("carry_between", [])),
        owner_between=frozenset(w.lower() for w in cp.get("owner_between", [])),
        possessor_between=frozenset(w.lower() for w in cp.get("possessor_between", [])),
        partner_window=int(cp.get("partner_window", 0)),
        pair_owner_words=frozenset(w.lower() for w in cp.get("pair_owner_words", [])),
        north_pair_words=_north_pair_words(cp),
        senses=read_senses(data.get("senses", {}), where),
        other_ally_table=_phrase_table(cp.get("other_ally_patterns", []),
                                       f"{where}: counterparts.other_ally_patterns"),
    )


def _north_pair_words(cp: Mapping[str, Any]) -> frozenset[str]:
    """The last word, lower-cased, of every pattern of a counterparts group marked
    ``partner_of_north`` (North Korea named with a third power)."""
    words = set()
    for group in cp.get("groups", []):
        if group.get("partner_of_north"):
            for raw in group.get("patterns", []):
                words.add(str(raw["pattern"] if isinstance(raw, dict) else raw).split()[-1].lower())
    return frozenset(words)


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


SENSE_KEYS = ("name", "before_any", "before_none", "of_literal", "of_none", "near_none",
              "near_keep", "window")
"""The keys of a rule of the lexicon's ``senses`` section (:mod:`.frame_senses`)."""


def read_senses(section: Mapping[str, Any], where: str) -> dict[str, dict[str, Any]]:
    """The ``senses.rules`` of a lexicon as ``{cue: rule}`` with word lists as frozensets of
    lower-case words; ``ValueError`` naming ``where`` for an unknown key or a bad value."""
    out: dict[str, dict[str, Any]] = {}
    for n, raw in enumerate(section.get("rules", [])):
        at = f"{where}: senses.rules[{n}]"
        cue = raw.get("cue") if isinstance(raw, Mapping) else None
        if not isinstance(cue, str) or " " in cue.strip() or not cue.strip():
            raise ValueError(f"{at}: cue must be one word")
        unknown = set(raw) - {"cue", *SENSE_KEYS}
        if unknown:
            raise ValueError(f"{at}: unknown key {sorted(unknown)[0]!r}")
        rule: dict[str, Any] = {"name": bool(raw.get("name", False)),
                                "window": int(raw.get("window", 3))}
        for key in ("before_any", "before_none", "of_literal", "of_none", "near_none",
                    "near_keep"):
            words = raw.get(key, [])
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ValueError(f"{at}: {key} must be a list of words")
            rule[key] = frozenset(w.lower() for w in words)
        out[cue.strip().lower()] = rule
    return out


@lru_cache(maxsize=8)
def _cached_frame_lexicon(path: str) -> FrameLexicon:
    return _build_frame_lexicon(path)


def load_frame_lexicon(path: str | Path | None = None) -> FrameLexicon:
    """Load (and cache) a frame lexicon; default ``analysis/resources/frames.json``.

    Raises ``ValueError`` naming the file and the faulty field for a malformed lexicon.
    """
    return _cached_frame_lexicon(str(path or FRAMES_LEXICON_PATH))


THIRD_PARTY_RULES = ("owner:other",)
"""Rules of a cue the lexicon gave to a third power's partnership in a sentence that names no
other ally (guide rules 157, 168, 169, 172: *Seoul and Beijing agreed to deepen their
partnership*); a counterpart's cue (*ties with Beijing*) may stand beside the allies' own
partnership (*bound Seoul more tightly to Washington*)."""

PARTNERSHIP_WORDS = frozenset({
    "relations", "relationship", "ties", "partnership", "partnerships", "partner", "partners",
    "cooperation", "bilateral", "ally", "allies", "alliance", "friendship", "solidarity",
})
"""Last words of the partnership cues whose owner rule :func:`denied_frames` reads."""


def denied_frames(result: Mapping[str, Any]) -> set[str]:
    """The frames whose cue a frame result (:func:`analysis.metrics.frames.cue_scores`) read as
    negated: no learned reader (the supervised model, the encoder) may add them back. So is
    ``alliance`` when a partnership cue was given to a third power's partnership
    (:data:`THIRD_PARTY_RULES`, :data:`PARTNERSHIP_WORDS`) and no cue counts toward it: the
    learned readers do not see whose partnership it is (guide rule 172)."""
    denied = {c.frame for c in result.get("negated", ())}
    if not result.get("evidence", {}).get("alliance") and any(
            c.rule.startswith(THIRD_PARTY_RULES)
            and c.text.lower().split()[-1] in PARTNERSHIP_WORDS
            for c in result.get("unassigned", ())):
        denied.add("alliance")
    return denied
