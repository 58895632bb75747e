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
  **A negated cue counts toward no frame**; it is reported under ``negated``. A phrase of the
  lexicon's ``negation.before`` list (``stops short of``, ``falls short of``, ``no mention
  of``) negates like a negator word, in the same window. A negation can
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
  still is);
* scope and owners (:mod:`.frame_scope`, rules 35-37; :mod:`.frame_force_owner`, 156-157):
  a cue right after a negated cue is negated too; the North's force (``the North's armed
  forces``) is threat, the allies' talks alliance, another country's partnership no frame;
* other senses (:mod:`.frame_senses`, guide rule 42): a one-word cue of the lexicon's
  ``senses`` used as a name, a figure of speech, another field's danger or in business and sport
  (``the Shangri-La Dialogue``, ``an arsenal of pastries``, ``deter shoppers``) counts toward
  no frame.

A frame's score is the **sum of the weights** of its non-negated cues (not normalised by length:
sentences are short, and one explicit cue is enough); a sentence has the frame when its score is
at least the lexicon threshold (1.0: one strong cue or two weak 0.5 cues). Multi-label: a sentence
may carry several frames or none.

The lexicon is backed up by a supervised model (:mod:`.frame_model`: word n-gram TF-IDF
logistic regression trained on the team's labelled sentences, shipped as data): a frame the
model gives a probability of at least its threshold (0.75) is added to the lexicon's frames,
with the evidence ``model p=0.90``; the model never removes a lexicon frame and never adds one
whose cue the lexicon read as negated, nor ``threat`` from a North Korean counterpart's name alone
(:mod:`.frame_guards`). It is asked only about sentences of at least six words
with a frame cue or a mention of a party of the story (:func:`names_a_party`).
``frame_scores(text, use_model=False)`` is the lexicon alone.

Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. *Journal of
Communication*, 43(4), 51-58.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from typing import Any, NamedTuple

from .frame_agents import counterpart_candidates
from .frame_force_owner import parties_of, sentence_owner_cues
from .frame_guards import counterpart_threat, other_sense_guard

# The lexicon and its loader live in .frame_lexicon; re-exported here, the public facade.
from .frame_lexicon import FRAMES as FRAMES
from .frame_lexicon import FRAMES_LEXICON_PATH as FRAMES_LEXICON_PATH
from .frame_lexicon import FrameLexicon as FrameLexicon
from .frame_lexicon import denied_frames
from .frame_lexicon import load_frame_lexicon as load_frame_lexicon
from .frame_model import FrameModel as FrameModel
from .frame_model import load_frame_model as load_frame_model
from .frame_scope import (
    allies_elsewhere,
    american_named,
    carried_negation,
    clause_break,
    contingency_trigger,
    mentioned_by_name,
    negation_after,
    negation_before,
    north_clause_owner,
    owner_candidate,
    owner_scope,
)
from .frame_senses import other_sense
from .lexicon import PatternTable, Token, count_words, find_negator, tokens
from .lexicon_index import EVERY_TABLE


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


class AlliedMentions(NamedTuple):
    """Token spans ``(first, end)`` of the allies named in a sentence (``allies``: the ally
    patterns, South Korea, Seoul, the alliance...) and of the owners that mark an allied
    capability or commitment (``owners``: US, American...); ``elsewhere``: the sentence is about
    another of America's allies, so no ally is named (:func:`.frame_scope.allies_elsewhere`)."""

    allies: list[tuple[int, int]]
    owners: list[tuple[int, int]]
    elsewhere: bool = False


def allied_mentions(text: str, toks: Sequence[Token], lex: FrameLexicon,
                    matched: Container[PatternTable] = EVERY_TABLE) -> AlliedMentions:
    """The :class:`AlliedMentions` of a tokenised sentence (``matched`` as in :func:`frame_cues`;
    *Republic of Korea* after *People's* is the DPRK's name, no ally)."""
    tables = (lex.ally_table, lex.owner_table, lex.other_ally_table)
    allies, owners, others = ([(ci, cj) for ci, cj, _ in t.scan(text, toks) if ci == 0 or toks[
        ci - 1].norm != "people"] if t in matched else [] for t in tables)
    elsewhere = allies_elsewhere(allies, others, toks)
    return AlliedMentions([] if elsewhere else allies, owners, elsewhere)


def ally_linked(text: str, toks: Sequence[Token], i: int, j: int, allied: AlliedMentions,
                lex: FrameLexicon) -> bool:
    """Whether the cue at tokens ``[i, j)`` is tied to the allies: an allied owner right before
    it (``U.S. commitment``, ``Washington's guarantee``), or an ally named at most
    ``lex.ally_link_window`` tokens after it with only linking words between (``commitment to
    the Republic of Korea``, ``defend Seoul``), never across clause punctuation; never in a
    sentence about another of America's allies (``elsewhere``, guide rule 80)."""
    if allied.elsewhere:
        return False
    if any(cj == i for _, cj in allied.owners):
        return True
    for ci, _ in allied.allies:
        if j <= ci <= j + lex.ally_link_window and not clause_break(text, toks, j - 1, ci):
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
    return INITIALISM_PERIOD_RE.sub(" ", text) if ". " in text else text  # (a space after it)


def _resolve_context(text: str, toks: Sequence[Token], i: int, j: int, spec: Mapping[str, Any],
                     mentions: Sequence[tuple[int, int, dict[str, Any]]], has_ally: bool | None,
                     lex: FrameLexicon,
                     owners: Sequence[tuple[int, int]] = ()) -> tuple[str | None, str]:
    """Frame of a context-dependent cue at tokens ``[i, j)`` (see the module docstring)."""
    if spec.get("owner_rule") and any(cj == i for _, cj in owners):
        return spec["ally_frame"], "owner:allies"
    window = lex.counterpart_window
    best: tuple[int, dict[str, Any]] | None = None
    for ci, cj, info in counterpart_candidates(toks, mentions, spec):
        if j <= ci <= j + window:  # counterpart right after the cue or through a linker
            between = {t.norm for t in toks[j:ci]}
            if clause_break(text, toks, j - 1, ci):
                continue
            if not (ci == j or (between & lex.linkers and not between & lex.blockers)):
                continue
            dist = ci - j
        elif cj <= i and i - cj <= info.get("before_window", window):  # counterpart before
            between = {t.norm for t in toks[cj:i]}
            if between & lex.blockers or clause_break(text, toks, cj - 1, i):
                continue
            dist = i - cj
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, info)
    if best is not None:
        info = best[1]
        frame = spec["counterpart_frame"] if info["frame"] == "diplomacy" else spec.get(
            "partner_frame") if info.get("partner_of_north") else info["frame"]
        return frame, f"counterpart:{info['name']}"
    if has_ally and spec["ally_frame"]:
        return spec["ally_frame"], "allies named"
    # has_ally None: another of America's allies only (guide rule 80), no frame
    return (None, "allies elsewhere") if has_ally is None else (spec["default"], "default")


class _SentenceSpans:
    """The lexicon's mention and phrase spans in one tokenised sentence, each scanned on first
    use (most cues need none of them)."""

    def __init__(self, text: str, toks: Sequence[Token], lex: FrameLexicon,
                 matched: Container[PatternTable]) -> None:
        self.text, self.toks, self.lex, self.matched = text, toks, lex, matched
        self._cache: dict[str, Any] = {}

    def scan(self, table: PatternTable) -> list[tuple[int, int, Any]]:
        return table.scan(self.text, self.toks) if table in self.matched else []

    def spans(self, name: str) -> Any:
        """``before``/``after`` (negating phrases), ``triggers`` (contingency), ``context``
        (counterparts with payload, whether an ally is named) or ``allied``."""
        if name not in self._cache:
            lex = self.lex
            if name == "before":
                value: Any = [(ci, cj) for ci, cj, _ in self.scan(lex.negation_before_table)]
            elif name == "after":
                value = [(ci, cj) for ci, cj, _ in self.scan(lex.negation_after_table)]
            elif name == "triggers":
                value = [(ci, cj, cp.payload[0]["where"])
                         for ci, cj, cp in self.scan(lex.contingency_table)]
            elif name == "context":  # has_ally None: another of America's allies only
                allied = self.spans("allied")
                value = ([(ci, cj, cp.payload[0])
                          for ci, cj, cp in self.scan(lex.counterpart_table)],
                         bool(allied.allies) or (None if allied.elsewhere else False))
            else:
                value = allied_mentions(self.text, self.toks, lex, self.matched)
            self._cache[name] = value
        return self._cache[name]

    def negator(self, i: int, j: int, denied: tuple[int, str] | None) -> str:
        """The negator of the cue at tokens ``[i, j)``: before it, a negating phrase before or
        after it, or carried from the negated cue ``denied`` right before it; else ``""``."""
        text, toks, lex = self.text, self.toks, self.lex
        negator = find_negator(text, toks, i, lex.negation_cues, lex.negation_suffixes,
                               lex.negation_window, lex.negation_skippable) or ""
        if negator and mentioned_by_name(toks, i, j, lex.negation_window + 1):
            negator = ""
        if not negator and len(lex.negation_before_table):
            negator = negation_before(text, toks, i, self.spans("before"), lex)
        if not negator and len(lex.negation_after_table):
            negator = negation_after(text, toks, j, self.spans("after"),
                                      lex.negation_after_window)
        return negator or carried_negation(text, toks, i, denied, lex.negation_carry_between)


def frame_cues(text: str, lexicon: FrameLexicon | None = None,
               matched: Container[PatternTable] | None = None) -> list[Cue]:
    """All frame cues in ``text`` in order, including negated ones (``rule`` starts with
    ``negated``) and cues resolved to no frame (``frame is None``).

    ``matched``, when known, holds the lexicon's tables that may match in ``text``
    (:meth:`~analysis.metrics.lexicon_index.TableIndex.matching`): the others are not
    scanned. By default each table is asked itself."""
    lex = lexicon or load_frame_lexicon()
    if matched is None:
        if not lex.table.may_match(text):
            return []
        matched = EVERY_TABLE
    elif lex.table not in matched:
        return []
    original, text = text, mask_initialism_periods(text)
    # The masked period is in no word: one (cached) tokenisation of the original serves all.
    toks = tokens(original)
    spans = _SentenceSpans(text, toks, lex, matched)
    cues: list[Cue] = []
    denied: tuple[int, str] | None = None  # end token and negator of the last negated cue
    for i, j, pat in lex.table.scan(text, toks):
        start, end = toks[i].start, toks[j - 1].end
        negator = None
        for spec in pat.payload:
            if spec["kind"] == "neutral":
                continue
            if negator is None:
                negator = spans.negator(i, j, denied)
            sense = lex.senses.get(pat.source.lower()) if j == i + 1 else None
            sense_rule = other_sense(text, toks, i, sense, spans.spans("allied").allies
                                     ) if sense else ""
            if sense_rule:
                frame, weight, rule = None, spec["weight"], f"other sense: {sense_rule}"
            else:
                frame, weight, rule = _cue_frame(spans, i, j, spec)
            if frame == "alliance" and spans.spans("allied").elsewhere and american_named(
                    text, toks, spans.spans("allied").owners):
                frame, rule = None, "allies elsewhere"  # "the Japan-U.S. Alliance" (rule 80)
            if negator:
                rule = f"negated by {negator!r}"
                denied = (j, negator)
            cues.append(Cue(original[start:end], start, end, frame, weight, rule))
    return sentence_owner_cues(cues, toks, lambda: parties_of(
        spans.spans("context")[0], spans.spans("allied")), lex.owner_between,
        lambda a, b: clause_break(text, toks, a, b)) if cues else cues


def _cue_frame(spans: _SentenceSpans, i: int, j: int, spec: Mapping[str, Any]
               ) -> tuple[str | None, float, str]:
    """The frame, weight and rule of the cue at tokens ``[i, j)`` with the lexicon entry
    ``spec``: context, owner, ally-link and contingency rules (negation aside)."""
    text, toks, lex = spans.text, spans.toks, spans.lex
    if spec["kind"] == "context":
        owners = spans.spans("allied").owners if spec.get("owner_rule") else ()
        frame, rule = _resolve_context(text, toks, i, j, spec, *spans.spans("context"), lex,
                                       owners)
        if spec.get("owner_rule") and rule in ("allies named", "default") and north_clause_owner(
                text, toks, i, [(ci, cj) for ci, cj, info in spans.spans("context")[0]
                                if info["frame"] == "diplomacy"], spans.spans("allied").allies,
                lex.blockers):
            frame, rule = spec["counterpart_frame"], "owner:north_korea"
    else:
        frame, rule = spec["frame"], "lexicon"
    if rule != "owner:allies" and owner_candidate(text, toks, (i, j), frame, lex):
        allied = spans.spans("allied")
        frame, rule = owner_scope(text, toks, (i, j), (frame, rule), spans.spans("context")[0],
                                  allied.allies, allied.owners, lex)
    weight = spec["weight"]
    if spec.get("ally_link_weight") and ally_linked(text, toks, i, j, spans.spans("allied"),
                                                    lex):
        weight, rule = spec["ally_link_weight"], "ally linked"
    if frame == "threat" and spec["contingent"]:
        trigger = contingency_trigger(text, toks, i, j, spans.spans("triggers"),
                                       lex.contingency_window)
        if trigger:
            frame, rule = lex.contingency_frame, f"contingency {trigger!r}"
            weight = lex.contingency_weight
    return frame, weight, rule


def frame_scores(text: str, lexicon: FrameLexicon | None = None,
                 model: FrameModel | None = None, use_model: bool = True) -> dict[str, Any]:
    """Score one sentence (any plain string) on the four frames, with evidence (Entman 1993).

    Returns a dict with

    * one float per frame (``"deterrence"``, ``"diplomacy"``, ``"alliance"``, ``"threat"``):
      the sum of the weights of the frame's non-negated lexicon cues;
    * ``"frames"``: the set of frames whose score is at least ``lexicon.threshold`` (1.0),
      plus, with ``use_model`` (the default), the frames the supervised ``model`` (default: the
      shipped :func:`~analysis.metrics.frame_model.load_frame_model`) gives a probability of
      at least its threshold (see :func:`add_model_frames`);
    * ``"evidence"``: per frame, the list of :class:`Cue` (surface string, offsets, weight,
      rule) that produced the score;
    * ``"negated"``: cues cancelled by negation; ``"unassigned"``: cues resolved to no frame;
    * with ``use_model``, for a sentence of at least the model's ``min_words`` (6) words with a
      cue or a party named (:func:`names_a_party`): ``"model"`` (the probability of each
      frame) and ``"model_frames"`` (the frames only the model gave); else ``{}`` and an empty set;
    * ``"n_words"`` and ``"lexicon_version"``. Empty or word-less text: zero scores, no frames.

    >>> sorted(frame_scores("There was no diplomatic breakthrough with Pyongyang.")["frames"])
    []
    >>> frame_scores("Seoul wants dialogue with Pyongyang.")["frames"]
    {'diplomacy'}
    """
    lex = lexicon or load_frame_lexicon()
    cues = frame_cues(text, lex)
    result = cue_scores(cues, lex)
    if use_model:
        mod = model or load_frame_model()
        probabilities = model_probabilities(text, cues, lex, mod)
        if probabilities is not None:
            add_model_frames(result, probabilities, mod.threshold)
    result["n_words"] = count_words(text)
    result["lexicon_version"] = lex.version
    return result


def model_probabilities(text: str, cues: Sequence[Cue], lexicon: FrameLexicon,
                        model: FrameModel, matched: Container[PatternTable] | None = None
                        ) -> Mapping[str, float] | None:
    """The ``model``'s probability of each frame for a sentence it is asked about: one with a
    frame cue (``cues``, from :func:`frame_cues`; a context cue resolved to no frame, such as
    ``tested`` or ``the group`` with no party of the story near it, does not count) or naming a
    party of the story (:func:`names_a_party`), of at least the model's ``min_words``;
    otherwise ``None``. ``matched`` as in :func:`frame_cues`. Guarded (:mod:`.frame_guards`):
    words read in another sense, and ``threat`` where North Korea is only engaged with."""
    if not any(c.frame is not None for c in cues):
        other = [(c.start, c.end) for c in cues if c.rule.startswith("other sense")]
        if not names_a_party(text, lexicon, matched, other):
            return None
    probabilities = model.sentence_probabilities(text)
    if probabilities is None:
        return None
    return counterpart_threat(text, cues, other_sense_guard(text, cues, probabilities, model),
                              lexicon, model)


def names_a_party(text: str, lexicon: FrameLexicon,
                  matched: Container[PatternTable] | None = None,
                  other_senses: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether ``text`` names a party of the story: one of the lexicon's counterparts (North
    Korea, Pyongyang, China...) or allies (South Korea, Seoul, the allies...). The model is
    asked only about sentences with a frame cue or such a mention: off-topic text (markets,
    courts, US domestic politics) stays the lexicon's alone. ``matched`` as in
    :func:`frame_cues`. A mention inside a cue read in another sense (``other_senses``, the
    character spans of such cues: ``a strategic alliance between two carmakers``) names no
    party."""
    if matched is None:
        if not lexicon.party_table.may_match(text):
            return False
    elif lexicon.party_table not in matched:
        return False
    toks = tokens(text)
    return any(not any(a <= toks[i].start < b for a, b in other_senses)
               for i, _, _ in lexicon.party_table.scan(mask_initialism_periods(text), toks))


def add_model_frames(result: dict[str, Any], probabilities: Mapping[str, float],
                     threshold: float) -> dict[str, Any]:
    """Add to a :func:`cue_scores` ``result`` (in place, and return it) the frames whose model
    probability is at least ``threshold``: ``result["frames"]`` gains them, ``result["model"]``
    holds the probabilities, ``result["model_frames"]`` the frames the lexicon did not give.
    The model only adds, and never a frame whose cue the lexicon read as negated (its words do
    not see scope: "sanctions without talks with Pyongyang" stays without diplomacy)."""
    added = {f for f in FRAMES if probabilities[f] >= threshold} - (
        result["frames"] | denied_frames(result))
    result["frames"] = result["frames"] | added
    result["model"] = dict(probabilities)
    result["model_frames"] = added
    return result


def sentence_frame_scores(text: str, lexicon: FrameLexicon, model: FrameModel | None,
                          matched: Container[PatternTable] | None = None
                          ) -> dict[str, Any] | None:
    """:func:`cue_scores` of a sentence plus the ``model``'s frames (none when ``model`` is
    ``None``); ``None`` when the sentence has no cue and no model frame (the sentence table's
    fast path). ``matched`` as in :func:`frame_cues`."""
    cues = frame_cues(text, lexicon, matched)
    probabilities = (model_probabilities(text, cues, lexicon, model, matched) if model
                     else None)
    if probabilities is None:
        return cue_scores(cues, lexicon) if cues else None
    if not cues and max(probabilities.values()) < model.threshold:
        return None
    return add_model_frames(cue_scores(cues, lexicon), probabilities, model.threshold)


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
    result["model"] = {}
    result["model_frames"] = set()
    return result


def format_evidence(scores: Mapping[str, Any], flagged_only: bool = False) -> str:
    """Readable evidence of a :func:`frame_scores` result:
    ``"deterrence: nuclear deterrence, strategic assets | threat: nuclear threat"``; a frame
    that only the model gave reads ``"alliance: model p=0.81"``, one only the opt-in encoder
    gave (:func:`~analysis.metrics.frame_encoder.add_encoder_frames`) ``"alliance: encoder
    p=0.91"``. With ``flagged_only`` only the frames in ``scores["frames"]`` are listed (cues
    of a frame below the threshold are left out; its ``score_<name>`` still counts them)."""
    parts = []
    added = scores.get("model_frames", ())
    by_encoder = scores.get("encoder_frames", ())
    for frame in FRAMES:
        if flagged_only and frame not in scores["frames"]:
            continue
        items = [c.text for c in scores["evidence"].get(frame, [])]
        if frame in added:
            items.append(f"model p={scores['model'][frame]:.2f}")
        if frame in by_encoder:
            items.append(f"encoder p={scores['encoder'][frame]:.2f}")
        if items:
            parts.append(f"{frame}: " + ", ".join(items))
    return " | ".join(parts)


def format_negated(scores: Mapping[str, Any]) -> str:
    """Readable negated cues of a :func:`frame_scores` result (``talks (diplomacy, ...)``)."""
    return ", ".join(f"{c.text} ({c.frame}, {c.rule})" for c in scores["negated"])
