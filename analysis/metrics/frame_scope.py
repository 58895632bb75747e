"""Scope rules of frame cues that look at a cue's neighbours.

Negation before and after a cue (guide rules 8, 19c, 34 and 62: :func:`negation_before`,
:func:`negation_after`, :func:`mentioned_by_name`) and the contingency of an attack named as a
hypothetical (rule 2: :func:`contingency_trigger`), then five questions of rules 35-37 and 80 that
:func:`analysis.metrics.frames.frame_cues` asks of a matched cue, each a pure function of the
tokenised sentence and the spans of the lexicon's mention tables:

* **Does a denial carry over?** (rule 35, :func:`carried_negation`) A cue that follows a negated
  cue with only determiners (``carry_between``) between is negated by the same negator: in
  "will not be stationing nuclear weapons" or "does not return U.S. tactical nuclear
  weapons" the denial of the verb reaches its object.
* **Whose force?** (rule 36, :func:`north_owned`) A force or weapon named right after North
  Korea as its owner ("the North's armed forces", "North Korean troops") is the North's: it
  counts toward threat, not deterrence. So is one named after it (rule 125,
  :func:`north_named_after`: "the armed forces of the DPRK", "troop deployments by North
  Korea"), one with ``DPRK`` as its modifier ("DPRK troops") and one owned by a pronoun whose
  nearest party named before it in its clause is North Korea (rule 126,
  :func:`north_pronoun_owner`: "North Korea vowed to step up its military deterrence").
* **Whose talks?** (rule 37, :func:`pair_owned`) Talks, consultations or meetings owned by the
  allies as a pair ("the allies' latest nuclear talks") are between them: alliance, not
  diplomacy.
* **Whose partnership?** (rule 37, :func:`foreign_partnership`) A partnership word of another
  country ("the Gulf's own security partnerships", "Pakistan's friendship", "its friendship
  with Beijing") does not name the US-South Korea partnership: it counts toward no frame.
* **Whose ally?** (rule 80, :func:`allies_elsewhere`) A sentence that names Japan, Australia or
  NATO and no ally outside them is about that partnership with Washington, not this one.

Spans are ``(first, end)`` token indices, as the lexicon's pattern tables return them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from .frame_lexicon import FrameLexicon
from .frame_north_acts import (
    SELF_ACTS,
    act_verb_before,
    exercise_holder,
    hold_verb_before,
    north_act_owner,
)
from .lexicon import BOUNDARY_RE, Token

POSSESSIVE_SUFFIXES = ("'s", "\u2019s", "'", "\u2019")
"""The ends of a token that owns the next noun: ``Gulf's``, ``allies'``."""


def allies_elsewhere(allies: Sequence[tuple[int, int]],
                     others: Sequence[tuple[int, int]],
                     toks: Sequence[Token] = ()) -> bool:
    """Whether a sentence is about another of America's allies (guide rules 21 and 80): it
    names one (spans in ``others``: Japan, Tokyo, Australia, NATO...) and every ally it names
    (spans in ``allies``) is one of them, so no South Korea, Seoul, *allies* or trilateral
    word. "Japan and the United States hold their own extended deterrence dialogue" is
    Japan's partnership, not the US-South Korea one; so is *the Japan-U.S. Alliance*: the word
    *alliance* (of ``toks``) at most three tokens after such a mention is that ally's."""
    def theirs(ci: int, cj: int) -> bool:
        return any(oi <= ci and cj <= oj for oi, oj in others) or (
            cj == ci + 1 and ci < len(toks) and toks[ci].norm == "alliance"
            and any(0 <= ci - oj <= 3 for _, oj in others))
    return bool(others) and all(theirs(ci, cj) for ci, cj in allies)


_AMERICAN = frozenset({"us", "u.s", "united states", "usa", "washington", "america", "american"})


def american_named(text: str, toks: Sequence[Token], owners: Sequence[tuple[int, int]]) -> bool:
    """Whether one of the owner spans ``owners`` names the United States (rule 80: another
    ally's partnership with Washington, not Japan's with *Korea*)."""
    return any(text[toks[ci].start:toks[cj - 1].end].lower().strip(".") in _AMERICAN
               for ci, cj in owners)


def clause_break(text: str, toks: Sequence[Token], first: int, last: int) -> bool:
    """True when clause punctuation separates token ``first`` from token ``last``. The period
    closing an initialism (``U.S.``) is no boundary."""
    for k in range(max(first, 0), last):
        gap = text[toks[k].end:toks[k + 1].start]
        if gap.startswith(".") and "." in text[toks[k].start:toks[k].end]:
            gap = gap[1:]
        if BOUNDARY_RE.search(gap):
            return True
    return False


LIST_OPENERS = frozenset({"including", "includes", "include", "such", "notably", "especially",
                          "particularly"})
"""Words that open a list of examples after a comma (rule 148: *a range of scenarios,
including nuclear use by North Korea*): the list stays in the scope of a trigger before it."""
SCENARIO_NOUNS = frozenset({"scenario", "scenarios", "contingency", "contingencies",
                            "emergency", "emergencies", "eventuality", "eventualities",
                            "situation", "situations", "case", "cases", "possibilities"})
"""What a list after the comma must be examples of: the cases planned for, not past events
(*deter North Korea, particularly after its drill on Sunday* keeps its threat)."""


def _scope_break(text: str, toks: Sequence[Token], first: int, last: int) -> bool:
    """:func:`clause_break`, except that a comma between a noun of cases planned for
    (:data:`SCENARIO_NOUNS`) and a list opener (:data:`LIST_OPENERS`) keeps the examples in
    the scope before it."""
    for k in range(max(first, 0), last):
        if clause_break(text, toks, k, k + 1) and not (
                text[toks[k].end:toks[k + 1].start].strip() == ","
                and toks[k].norm in SCENARIO_NOUNS and toks[k + 1].norm in LIST_OPENERS):
            return True
    return False


def contingency_trigger(text: str, toks: Sequence[Token], i: int, j: int,
                         triggers: Sequence[tuple[int, int, str]], window: int) -> str | None:
    """The trigger that makes the event cue at tokens ``[i, j)`` a hypothetical, or ``None``.

    A ``before`` trigger (``in the event of``, ``if``, ``any``, ``deter``...) must end at most
    ``window`` tokens before the cue, an ``after`` trigger (``would``, ``will be met``...) start
    at most ``window`` tokens after it, with no clause punctuation in between: "in case of a
    nuclear attack", "any nuclear strike ... would be met". A ``sentence`` trigger (the regime
    the warning would end: ``the end of whatever regime``, guide rule 112) anywhere in the
    sentence makes every event cue of it the warning's condition. A list of examples of the
    cases planned for, after a comma, stays in the scope of a trigger before it (rule 148: "a
    response to a range of scenarios, including nuclear use by North Korea").
    """
    for ci, cj, where in triggers:
        if where == "sentence":
            return text[toks[ci].start:toks[cj - 1].end]
        if where == "before" and cj <= i and i - cj <= window:
            if not _scope_break(text, toks, cj - 1, i):
                return text[toks[ci].start:toks[cj - 1].end]
        elif where == "after" and ci >= j and ci - j <= window:
            if not clause_break(text, toks, j - 1, ci):
                return text[toks[ci].start:toks[cj - 1].end]
    return None


def negation_before(text: str, toks: Sequence[Token], i: int,
                     before: Sequence[tuple[int, int]], lex: FrameLexicon) -> str:
    """The negating phrase (``stops short of``, ``falls short of``) that ends at most
    ``lex.negation_window`` tokens before the cue starting at token ``i``, with only skippable
    tokens between and no clause punctuation; else ``""``. A phrase of mentioning (``no mention
    of``) denies the whole of its object, so any words may come between (guide rule 62: *made
    no mention of the planned submarine visit*)."""
    for ci, cj in before:
        if cj <= i and i - cj <= lex.negation_window and not clause_break(text, toks, cj - 1, i):
            mention = any(t.norm in MENTION_VERBS for t in toks[ci:cj])
            if mention or all(t.norm in lex.negation_skippable for t in toks[cj:i]):
                return text[toks[ci].start:toks[cj - 1].end]
    return ""


def negation_after(text: str, toks: Sequence[Token], j: int, after: Sequence[tuple[int, int]],
                    window: int) -> str:
    """The negation that follows the cue ending at token ``j`` in its clause (``nuclear sharing
    ... was never on the table``), starting at most ``window`` tokens after it; else ``""``."""
    for ci, cj in after:
        if j <= ci <= j + window and not clause_break(text, toks, j - 1, ci):
            return text[toks[ci].start:toks[cj - 1].end]
    return ""


MENTION_VERBS = frozenset({"mention", "mentions", "mentioned", "mentioning", "reference",
                           "references", "refer"})
"""Verbs whose denial leaves their object unsaid (guide rules 62 and 150: *did not mention the
NCG*, *no reference to dialogue*)."""


def mentioned_by_name(toks: Sequence[Token], i: int, j: int, window: int) -> bool:
    """Whether the cue at tokens ``[i, j)`` is the object of a verb of mentioning among the
    ``window`` tokens before it and is followed within six tokens by *by name*: a thing not
    mentioned *by name* is referred to in other words (*did not mention the NCG by name but
    called the meeting ...*), so the denial does not reach it (guide rule 62)."""
    if not any(t.norm in MENTION_VERBS for t in toks[max(0, i - window):i]):
        return False
    after = [t.norm for t in toks[j:j + 7]]
    return any(a == "by" and b == "name" for a, b in zip(after, after[1:], strict=False))


def carried_negation(text: str, toks: Sequence[Token], i: int,
                     previous: tuple[int, str] | None, skippable: Collection[str]) -> str:
    """The negator of the negated cue ``previous`` (its end token and negator) when the cue
    starting at token ``i`` follows it with only ``skippable`` tokens between and no clause
    punctuation; else ``""``."""
    if previous is None:
        return ""
    end, negator = previous
    if end > i or clause_break(text, toks, end - 1, i):
        return ""
    return negator if all(t.norm in skippable for t in toks[end:i]) else ""


CONTRACTED = frozenset({"there", "it", "that", "here", "what", "who", "he", "she", "let", "where",
                        "how", "this", "which", "everyone", "nobody"})
"""Words whose ``'s`` is ``is``, ``has`` or ``us`` (``There's``, ``Let's``), never an owner."""


def possessive(text: str, tok: Token) -> bool:
    """Whether ``tok`` is a possessive (``Gulf's``, ``allies'``), the suffix in its span or
    right after it."""
    if tok.norm in CONTRACTED:
        return False
    return (text[tok.start:tok.end].endswith(POSSESSIVE_SUFFIXES)
            or text.startswith(POSSESSIVE_SUFFIXES, tok.end))


def north_owned(text: str, toks: Sequence[Token], i: int,
                north: Sequence[tuple[int, int]], between: Collection[str],
                modifiers: Collection[str] | None = None) -> bool:
    """Whether a North Korea mention (span in ``north``) owns the cue starting at token ``i``:
    it ends right before the cue, or before words of ``between`` (``own``), and is an
    adjective (``North Korean``; last words in ``modifiers``, by default
    :data:`NORTH_MODIFIERS`) or a possessive (``the North's``, ``Pyongyang's``). With the
    spans of a third power and :data:`OTHER_MODIFIERS`, whether Russia or China owns it."""
    modifiers = NORTH_MODIFIERS if modifiers is None else modifiers
    for _, cj in north:
        if cj <= i and all(t.norm in between for t in toks[cj:i]):
            if not clause_break(text, toks, cj - 1, i) and (
                    possessive(text, toks[cj - 1]) or toks[cj - 1].norm in modifiers):
                return True
    return False


NORTH_MODIFIERS = frozenset({"korean", "dprk"})
"""The last word of a North Korea mention that modifies the next noun (``North Korean troops``,
``DPRK troops``; guide rules 36 and 125)."""

OTHER_MODIFIERS = frozenset({"russian", "chinese", "soviet"})
"""A third power's adjective before its own force (``Russian forces``, ``Chinese troops``):
neither the allies' posture nor the North's (guide rule 157)."""

OWNER_AFTER = frozenset({"of", "by"})
"""Words that put the owner after a force (guide rule 125): ``the armed forces of the DPRK``,
``troop deployments by North Korea``."""

FORCE_NOUNS = frozenset({"deployment", "deployments", "forces", "force", "troops", "weapons",
                         "capabilities", "programme", "program", "programs", "programmes",
                         "activities", "drills", "exercises"})
"""Nouns that may stand between a force cue and the owner named after it (``troop
deployments by North Korea``; guide rule 125)."""

OWNER_PRONOUNS = frozenset({"its", "their"})
"""Pronouns that own the next noun; whose they are is read from the nearest party named before
them in their clause (guide rule 126)."""

PRONOUN_MODIFIERS = frozenset({"own", "military", "nuclear", "strategic", "war", "armed",
                               "new", "latest", "advanced", "underwater", "tactical", "powered"})
"""Modifiers that may stand between an owning pronoun and the force cue it owns (``its
military deterrence``, ``the country's armed forces``; guide rule 126)."""

PRONOUN_WINDOW = 8
"""At most this many tokens between the North Korea mention and the pronoun that refers back to
it (guide rule 126)."""

HOLDER_VERBS = frozenset({"possessed", "owned", "held"})
"""Participles that may stand between a force cue and ``by`` and its owner (``the deterrent
possessed by the DPRK's armed forces``; guide rule 132)."""

OBJECT_NOUNS = frozenset({"deterrence", "deterrent", "defence", "defense", "containment",
                          "surveillance", "monitoring"})
"""Cues whose ``of`` names their object, not their owner: ``deterrence of North Korea`` deters
the North (guide rule 125)."""

PRONOUN_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning", "amid",
                                  "despite", "after", "since", "ahead", "following"})
"""Blockers of a counterpart read that do not block a pronoun's reference back to the North
(``North Korea pledged on Friday to bolster its ...``; guide rule 126)."""

REGIME_WORDS = frozenset({"regime", "leadership", "government"})
"""Cues about the end of a regime (``bring its regime to an end``): the allies' warning to the
North's leaders, whoever ``its`` is (guide rules 49 and 126)."""

OWNER_PRONOUN_NOUNS = frozenset({"country", "regime", "nation"})
"""Nouns whose possessive (``the country's``, ``the regime's``) refers back to a party named
before, like a pronoun (guide rule 126)."""


def north_named_after(text: str, toks: Sequence[Token], j: int,
                      north: Sequence[tuple[int, int]]) -> bool:
    """Whether a North Korea mention (span in ``north``) is named as the owner right after the
    force cue ending at token ``j``: ``of`` or ``by`` (:data:`OWNER_AFTER`), then an optional
    ``the``, the mention itself, with at most one force noun (:data:`FORCE_NOUNS`) before
    ``of`` or ``by`` (or a participle of :data:`HOLDER_VERBS` before ``by``, rule 132) and no
    clause punctuation (an ``of`` after :data:`OBJECT_NOUNS` names the
    object): ``the armed forces of the DPRK``, ``troop deployments by North Korea``, ``the
    deployment of DPRK troops`` (guide rule 125)."""
    k = j
    if k < len(toks) and toks[k].norm in FORCE_NOUNS:
        k += 1
    if k + 1 < len(toks) and toks[k].norm in HOLDER_VERBS and toks[k + 1].norm == "by":
        k += 1  # the deterrent possessed by the DPRK's armed forces (guide rule 132)
    if k >= len(toks) or toks[k].norm not in OWNER_AFTER or (
            toks[k].norm == "of" and toks[k - 1].norm in OBJECT_NOUNS):
        return False
    k += 1
    if k < len(toks) and toks[k].norm == "the":
        k += 1
    return any(ci == k and not clause_break(text, toks, j - 1, ci) for ci, _ in north)


def north_pronoun_owner(text: str, toks: Sequence[Token], i: int,
                        north: Sequence[tuple[int, int]], allies: Sequence[tuple[int, int]],
                        blockers: Collection[str]) -> bool:
    """Whether the force cue starting at token ``i`` is owned by a pronoun (``its``,
    ``their``: :data:`OWNER_PRONOUNS`) or a possessive that refers back like one (``the
    country's``: :data:`OWNER_PRONOUN_NOUNS`), across modifiers (:data:`PRONOUN_MODIFIERS`),
    whose nearest party named before it in its clause is North Korea
    (:func:`north_clause_owner`; prepositions do not block: :data:`PRONOUN_PREPOSITIONS`), at
    most :data:`PRONOUN_WINDOW` tokens before it, with no ally named before the pronoun (``the
    allies ... their exercise``) and the cue not the end of a regime (:data:`REGIME_WORDS`):
    ``the DPRK said the country's armed forces ...``, ``North Korea vowed to step up its
    military deterrence`` (guide rule 126)."""
    k = owner_before(toks, i, PRONOUN_MODIFIERS)
    if k < 0 or toks[i].norm in REGIME_WORDS or any(ci < k for ci, _ in allies):
        return False
    pronoun = toks[k].norm in OWNER_PRONOUNS or (
        toks[k].norm in OWNER_PRONOUN_NOUNS and possessive(text, toks[k]))
    chain = _pronoun_chain(text, toks, k, north, allies) if pronoun and north else list(north)
    near = [(ci, cj) for ci, cj in chain
            if 0 <= k - cj <= (PRONOUN_WINDOW if (ci, cj) in north else CHAIN_WINDOW)]
    north = chain
    return pronoun and bool(near) and north_clause_owner(
        text, toks, k, near, allies, frozenset(blockers) - PRONOUN_PREPOSITIONS)


CHAIN_WINDOW = 12
"""At most this many tokens between a pronoun that carries North Korea on and the next owning
pronoun (guide rule 126)."""
CHAIN_PRONOUNS = frozenset({"it", "its"})
"""Pronouns that carry North Korea on to a later owning pronoun (``North Korea said it had
tested its newest ICBM to gauge the readiness of its nuclear forces``; guide rule 126)."""


def _pronoun_chain(text: str, toks: Sequence[Token], k: int, north: Sequence[tuple[int, int]],
                   allies: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``north`` with each *it* or *its* before token ``k`` that refers back to the North as
    one more mention: at most :data:`PRONOUN_WINDOW` tokens after a mention, in the same
    clause (no *that*, *which*, *and* or *but* between), with no ally named between."""
    anchors = list(north)
    for m in range(min(cj for _, cj in north), k):
        if toks[m].norm not in CHAIN_PRONOUNS:
            continue
        last = max((cj for _, cj in anchors if cj <= m), default=-1)
        if 0 <= m - last <= PRONOUN_WINDOW and not clause_break(text, toks, last - 1, m) and \
                not any(last <= ci < m for ci, _ in allies) and not any(
                    t.norm in CLAUSE_STARTS or t.norm in {"and", "but"} for t in toks[last:m]):
            anchors.append((m, m + 1))
    return anchors


CLAUSE_STARTS = frozenset({"that", "which", "who", "whose", "whom"})
"""Words that open a clause of its own inside a sentence: ``North Korea warned that the
carrier's visit ...`` names the carrier in the reported clause, not as the North's."""


def north_clause_owner(text: str, toks: Sequence[Token], i: int,
                       north: Sequence[tuple[int, int]], allies: Sequence[tuple[int, int]],
                       blockers: Collection[str]) -> bool:
    """Whether North Korea is the nearest party named before the cue starting at token ``i``
    in its clause (spans in ``north`` and ``allies``; no clause punctuation, no word of
    ``blockers`` or :data:`CLAUSE_STARTS` between): ``North Korea conducted what it said was
    a test of an underwater nuclear attack drone, and fired a missile off Japan`` tests its own
    drone, whatever ally the next clause names (guide rules 26 and 36)."""
    before = [(cj, True) for _, cj in north if cj <= i] + [
        (cj, False) for _, cj in allies if cj <= i]
    if not before:
        return False
    cj, is_north = max(before)
    return is_north and not clause_break(text, toks, cj - 1, i) and not any(
        t.norm in blockers or t.norm in CLAUSE_STARTS and not _resumed(toks, k)
        for k, t in enumerate(toks[cj:i], cj))


def _resumed(toks: Sequence[Token], k: int) -> bool:
    """Whether the *that* at token ``k`` opens a clause whose subject is the North again, a
    pronoun right after it (*North Korea declared that it had completed ...*)."""
    return toks[k].norm == "that" and k + 1 < len(toks) and toks[k + 1].norm in {"it", "its"}


def third_power_acts(text: str, toks: Sequence[Token], i: int, others: Sequence[tuple[int, int]],
                     allies: Sequence[tuple[int, int]], owners: Sequence[tuple[int, int]],
                     stops: Collection[str]) -> bool:
    """Whether a third power (spans in ``others``: China, Russia), the nearest party named in
    the clause, holds, conducts or stages the force cue at token ``i`` (guide rule 162: *China
    and Russia held joint naval drills*, *Chinese warships staged live-fire exercises*): its
    own, neither the allies' posture nor the North's."""
    in_clause = north_clause_owner(text, toks, i, others, allies, stops)
    return north_act_owner(toks, i, others, owners, in_clause) or exercise_holder(
        toks, i, others, owners, in_clause)


def foreign_partnership(text: str, toks: Sequence[Token], i: int, j: int,
                        allied: Sequence[tuple[int, int]],
                        others: Sequence[tuple[int, int]], between: Collection[str],
                        linkers: Collection[str], window: int) -> bool:
    """Whether the partnership cue at tokens ``[i, j)`` is another country's: its owner, a
    possessive right before it (across words of ``between``: ``own``, ``security``...), is
    not an ally or allied owner (spans in ``allied``); or a third power (spans in ``others``:
    China, Russia...) follows it within ``window`` tokens through ``linkers`` (``with``)."""
    k = owner_before(toks, i, between)
    if (k >= 0 and possessive(text, toks[k]) and text[toks[k].start].isupper()
            and not any(ci <= k < cj for ci, cj in allied)
            and not clause_break(text, toks, k, i)):
        return True
    for ci, _ in others:
        if j < ci <= j + window and not clause_break(text, toks, j - 1, ci):
            if all(t.norm in linkers for t in toks[j:ci]):
                return True
    return False


def north_pair_partnership(text: str, toks: Sequence[Token], i: int, pair_ends: Sequence[int],
                           blockers: Collection[str], window: int) -> bool:
    """Whether the partnership cue starting at token ``i`` is that of North Korea and a third
    power named as a pair (``pair_ends``: the token after each such mention) at most
    ``window`` tokens before it, in the same clause, with no blocker (a verb of condemning,
    ``against``, ``allies``...) between: ``Moscow and Pyongyang signed a mutual defence pact``
    (guide rules 21 and 38)."""
    return any(0 <= i - cj <= window and not clause_break(text, toks, cj - 1, i)
               and not any(t.norm in blockers for t in toks[cj:i]) for cj in pair_ends)


def owner_before(toks: Sequence[Token], i: int, between: Collection[str]) -> int:
    """The index of the token before the cue starting at token ``i`` once the words of
    ``between`` (``own``, ``latest``...) are skipped; ``-1`` at the start of the sentence."""
    k = i - 1
    while k >= 0 and toks[k].norm in between:
        k -= 1
    return k


def pair_owned(text: str, toks: Sequence[Token], i: int, owners: Sequence[tuple[int, int]],
               words: Collection[str], between: Collection[str]) -> bool:
    """Whether an allied owner naming both allies (a span of ``owners`` whose last word is in
    ``words``: ``allies'``, ``alliance's``, ``allied``) owns the cue starting at token ``i``,
    across words of ``between``."""
    k = owner_before(toks, i, between)
    return k >= 0 and toks[k].norm in words and any(cj == k + 1 for _, cj in owners) and (
        not clause_break(text, toks, k, i))


def owner_candidate(text: str, toks: Sequence[Token], span: tuple[int, int], frame: str | None,
                    lex: FrameLexicon) -> bool:
    """A cheap test on the cue's neighbour tokens: whether :func:`owner_scope` could change the
    frame of the cue at tokens ``span`` (so the mention tables are scanned only then)."""
    i, j = span
    if frame == "deterrence":
        k = owner_before(toks, i, lex.owner_between)
        p = owner_before(toks, i, PRONOUN_MODIFIERS)
        if k >= 0 and (possessive(text, toks[k]) or toks[k].norm in NORTH_MODIFIERS
                       or toks[k].norm in OTHER_MODIFIERS) or (
                p >= 0 and (toks[p].norm in OWNER_PRONOUNS or possessive(text, toks[p]))):
            return True
        return act_verb_before(toks, i) >= 0 or hold_verb_before(toks, i) >= 0 or toks[
            i].norm in SELF_ACTS or any(
            k < len(toks) and toks[k].norm in OWNER_AFTER for k in (j, j + 1))
    k = owner_before(toks, i, lex.possessor_between)
    if frame == "diplomacy":
        return k >= 0 and toks[k].norm in lex.pair_owner_words
    if frame == "alliance":
        return (k >= 0 and possessive(text, toks[k])) or (
            j < len(toks) and toks[j].norm in lex.linkers) or any(
            t.norm in lex.north_pair_words for t in toks[max(0, i - lex.partner_window - 1):i])
    return False


def owner_scope(text: str, toks: Sequence[Token], span: tuple[int, int],
                assigned: tuple[str | None, str],
                mentions: Sequence[tuple[int, int, dict[str, Any]]],
                allies: Sequence[tuple[int, int]], owners: Sequence[tuple[int, int]],
                lex: FrameLexicon) -> tuple[str | None, str]:
    """The frame and rule of the cue at tokens ``span`` (``assigned``: the frame and rule it got
    so far) after the owner rules: the North's force is threat (guide rule 36), the allies' own
    talks alliance and another country's partnership no frame (rule 37). ``mentions`` are the
    counterpart spans with their payload (North Korea's frame is ``diplomacy``, China's and
    Russia's ``None``), ``allies`` and ``owners`` the ally and allied-owner spans."""
    (i, j), (frame, rule) = span, assigned
    if frame == "deterrence" and rule in ("lexicon", "default") and (
            toks[i].norm not in REGIME_WORDS):  # the North Korean regime would end: rule 5
        north = [(ci, cj) for ci, cj, info in mentions if info["frame"] == "diplomacy"]
        stops = frozenset(lex.blockers) - PRONOUN_PREPOSITIONS
        in_clause = north_clause_owner(text, toks, i, north, allies, stops)
        if north_owned(text, toks, i, north, lex.owner_between) or north_named_after(
                text, toks, j, north) or north_pronoun_owner(
                text, toks, i, north, allies, lex.blockers) or north_act_owner(
                toks, i, north, owners, in_clause) or exercise_holder(
                toks, i, north, owners, in_clause):
            return "threat", "owner:north_korea"
        others = [(ci, cj) for ci, cj, info in mentions if info["frame"] is None]
        if north_owned(text, toks, i, others, lex.owner_between, OTHER_MODIFIERS) or (
                others and third_power_acts(text, toks, i, others, allies, owners, stops)):
            return None, "owner:other"
    elif frame == "diplomacy":
        if pair_owned(text, toks, i, owners, lex.pair_owner_words, lex.possessor_between):
            return "alliance", "owner:allies"
    elif frame == "alliance":
        others = [(ci, cj) for ci, cj, info in mentions if info["frame"] is None]
        pairs = [cj for _, cj, info in mentions if info.get("partner_of_north")]
        if foreign_partnership(text, toks, i, j, [*allies, *owners], others,
                               lex.possessor_between, lex.linkers, lex.partner_window) or (
                north_pair_partnership(text, toks, i, pairs, lex.blockers, lex.partner_window)):
            return None, "owner:other"
    return frame, rule
