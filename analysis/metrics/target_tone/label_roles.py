"""Adverse roles read when a mention is labelled, beyond the patterns of :mod:`.roles` that are
also model features: the target pressed to denuclearise, the target told it will face a
response, and the target building up nuclear arms or missiles.

None of these is a feature of the linear model (its features stay as trained); they enter the
``role`` column through :func:`.roles.mention_role`, so a positive reading of such a mention is
``uncertain`` (:func:`.model.decide_labels`) and the default model blends in more of the linear
model (:data:`.encoder.ROLE_BLEND_LINEAR`), as for the other adverse roles.

* ``pressure_object``, denuclearisation: the target's denuclearisation is demanded or set as a
  goal ("reaffirmed [North Korea]'s complete denuclearization", "the denuclearization of
  [North Korea]", "to denuclearize [the DPRK]").
* ``pressure_object``, a response it will face: "[North Korea] will face an immediate,
  overwhelming and decisive response" (the clause may run over the commas of a list of
  adjectives; the response must come within a dozen words).
* ``hostile_source``, an arms build-up: the target is the subject of a build-up verb (develop,
  boost, expand, accelerate, ...) whose object is nuclear arms or missiles ("[Pyongyang] has
  built and tested several kinds of ballistic missiles", "[North Korea] will respond by
  boosting its arsenal", "[Kim] presented tasks to accelerate the country's nuclear
  armament"), or the possessor of a nuclear build-up or doctrine ("[North Korea]'s adoption of
  a first-use nuclear doctrine"). A deterrent, deterrence or defence is not an arsenal: "the
  DPRK would bolster its war deterrent" (neutral-leaning, :mod:`.arms_roles`) and
  "[Washington] will strengthen extended deterrence" (no role) are no build-up. A build-up
  the words before the target deny, oppose or question is no role ("dismissed any idea of
  [Seoul] building nuclear weapons of its own", "whether [Seoul] builds ...";
  :func:`is_ruled_out`).

:func:`label_role` then reads the two roles of :mod:`.message_roles`: the source of a threat
named a few words before "posed by" (``hostile_source``) and the recipient of a deterrent
message (``pressure_object``), then the role of :mod:`.agent_roles`: the agent of a hostile
act after *by* and a phrase naming its aim ("an attack on South Korea by [North Korea]"), or
of a passive hostile verb (``hostile_source``), then those of :mod:`.vow_roles` and
:mod:`.address_roles` (the one a demand is made of, ``pressure_object``).
"""

from __future__ import annotations

import re

from . import address_roles, agent_roles, message_roles, vow_roles
from .text import WORD_RE, PreparedExample

DENUCLEARISE_STEMS = ("denucleariz", "denuclearis")
"""Word beginnings of *denuclearize* and *denuclearization* (both spellings)."""

_DETERMINERS = frozenset("the a an its their his her".split())
_POSSESSIVE_RE = re.compile(r"^\s*['’]s?(?=\s)")
_GOAL_MODIFIERS = frozenset(
    "complete full final verifiable irreversible and total swift eventual".split())
"""Words between a possessive target and its denuclearisation ("complete, verifiable")."""

RESPONSE_NOUNS = frozenset(
    """response responses retaliation consequences consequence punishment reprisal reprisals
    counterattack counterstrike sanctions isolation end""".split()
)
"""What "[X] will face ..." may threaten its subject with."""

BUILDUP_VERBS = frozenset(
    """develop develops developed developing build builds built building boost boosts boosted
    boosting expand expands expanded expanding increase increases increased increasing
    accelerate accelerates accelerated accelerating advance advances advanced advancing enhance
    enhances enhanced enhancing upgrade upgrades upgraded upgrading modernize modernizes
    modernized modernizing mass-produce mass-produced mass-producing stockpile stockpiled
    stockpiling""".split()
)
"""Verbs of an arms build-up when their object is nuclear arms or missiles."""

ARMS_NOUNS = frozenset(
    """arsenal arsenals armament armaments warhead warheads missile missiles icbm icbms
    weapons""".split()
)
"""Objects that make a build-up verb an arms build-up (``weapons`` only as *nuclear weapons*)."""

NUCLEAR_PLANS = frozenset(
    "doctrine armament buildup build-up arsenal programme program development".split())
"""What a target's *nuclear ...* names as its build-up ("[X]'s nuclear doctrine")."""

LEAD_IN = frozenset(
    """has have had will would could may might is are was were been being to also further
    again still then now continue continues continued continuing keeps kept vowed vows
    pledged pledges promised promises called calls for plans planned plan seeks sought aims
    aimed wants decided decides ordered orders presented set sets new important tasks goals
    respond responds responded responding by and tested tests testing its own out fresh
    goal""".split()
)
"""Words allowed between a subject target and its build-up verb, as is any adverb in *-ly*
("vowed to", "respond by", "presented new important tasks to", the coordinated "developed
and tested")."""

_POSSESSION_LEAD = frozenset(
    "adoption pursuit of a an the its first use first-use growing rapid continued".split())
"""Words allowed between a possessive target and *nuclear* ("[X]'s adoption of a first use
nuclear doctrine")."""


def sentence_words(text: str, n: int) -> list[str]:
    """The first ``n`` lower-cased words of ``text``, up to the end of its sentence part (a
    semicolon or a full stop)."""
    part = re.split(r"[;.!?]\s", text, maxsplit=1)[0]
    return WORD_RE.findall(part.lower())[:n]


def is_denuclearisation_object(left_words: list[str], right_text: str) -> bool:
    """Whether the target is the one whose denuclearisation is demanded or set as a goal."""
    words = [w for w in left_words if w not in _DETERMINERS]
    if words[-1:] and words[-1].startswith(DENUCLEARISE_STEMS):
        return True  # "to denuclearize [the DPRK]"
    if words[-2:-1] and words[-1] == "of" and words[-2].startswith(DENUCLEARISE_STEMS):
        return True  # "the denuclearization of [North Korea]"
    if not _POSSESSIVE_RE.match(right_text):
        return False
    after = sentence_words(_POSSESSIVE_RE.sub("", right_text, count=1), 4)
    for word in after:
        if word.startswith(DENUCLEARISE_STEMS):
            return True
        if word not in _GOAL_MODIFIERS:
            return False
    return False


def faces_response(right_text: str) -> bool:
    """Whether the target is told it will face a response ("[X] will face an immediate,
    overwhelming and decisive response")."""
    words = sentence_words(right_text, 14)
    verbs = [w for w in words[:4] if w not in LEAD_IN and not w.endswith("ly")]
    if not verbs or verbs[0] not in {"face", "faces", "faced", "facing"}:
        return False
    return bool(RESPONSE_NOUNS & set(words[words.index(verbs[0]) + 1 :]))


def _arms_object(words: list[str]) -> bool:
    """Whether ``words`` (the few after a build-up verb) name nuclear arms or missiles."""
    for i, word in enumerate(words):
        if word in ARMS_NOUNS and (word != "weapons" or words[i - 1 : i] == ["nuclear"]):
            return True
        if word in {"deterrent", "deterrence", "defense", "defence", "alliance"}:
            return False
    return False


def builds_up_arms(right_text: str) -> bool:
    """Whether the target is the subject of an arms build-up (see the module docstring)."""
    words = sentence_words(right_text, 16)
    for i, word in enumerate(words[:9]):
        if word in BUILDUP_VERBS:
            return _arms_object(words[i + 1 : i + 9])
        if word not in LEAD_IN and not word.endswith("ly"):
            return False
    return False


def possesses_nuclear_buildup(right_text: str) -> bool:
    """Whether the target's possessive governs a nuclear build-up or doctrine ("[X]'s nuclear
    armament", "[X]'s adoption of a first use nuclear doctrine")."""
    if not _POSSESSIVE_RE.match(right_text):
        return False
    words = sentence_words(_POSSESSIVE_RE.sub("", right_text, count=1), 9)
    for i, word in enumerate(words[:7]):
        if word == "nuclear":
            return words[i + 1 : i + 2] != [] and words[i + 1] in NUCLEAR_PLANS
        if word not in _POSSESSION_LEAD:
            return False
    return False


RULING_OUT = frozenset(
    """not no never rejected rejects reject rejecting ruled rules rule denied denies deny
    opposes opposed oppose opposing against notion idea possibility prospect whether if
    without""".split()
)
"""Words before a build-up's subject that make the build-up denied, opposed or hypothetical
("dismissed any idea of [Seoul] building nuclear weapons of its own", "whether [Seoul] builds
...")."""


def is_ruled_out(left_words: list[str]) -> bool:
    """Whether one of the five words before the target denies, opposes or questions what it
    is said to do (:data:`RULING_OUT`)."""
    return bool(RULING_OUT & set(left_words[-5:]))


def label_role(ex: PreparedExample, left_words: list[str]) -> str:
    """``pressure_object``, ``hostile_source`` or ``""``: the adverse role this module (then
    :func:`.message_roles.label_role` and :func:`.agent_roles.label_role`) reads for the
    target of ``ex`` (``left_words``: its clause's lower-cased words left of it)."""
    if is_denuclearisation_object(left_words, ex.right_text) or faces_response(ex.right_text):
        return "pressure_object"
    built = builds_up_arms(ex.right_text) and not is_ruled_out(left_words)
    if built or possesses_nuclear_buildup(ex.right_text):
        return "hostile_source"
    return (message_roles.label_role(ex, left_words) or agent_roles.label_role(ex, left_words)
            or vow_roles.label_role(ex, left_words) or address_roles.label_role(ex, left_words))


SPEECH_VERBS = frozenset(
    """said says vowed vows warned warns told added stated declared pledged claimed insisted
    noted argued urged called announced threatened""".split()
)
"""Verbs of a speaker, after whose subject a person it is described by is named ("Kim Yo
Jong, the sister of leader [Kim Jong Un], vowed ...")."""

WARNING_WORDS = frozenset(
    """warn warns warned warning warnings urge urges urged urging""".split()
)
"""Words of the one who warns or urges another (the README's warner leans neutral)."""

HOSTILITY_TARGET = "hostility_target"
"""The role of the one a hostile act is aimed at ("a nuclear attack by North Korea against
[the United States]", "threats against [the ROK]-US alliance"): neutral-leaning, as the
team set's labelling reads the target of intimidation (``data/actor_tone_team_README.md``)."""

_ACTS = frozenset(
    """attack attacks threat threats aggression provocation provocations strike strikes
    invasion hostility hostilities acts intimidation blackmail""".split()
)
_AIMED = frozenset("against on upon toward towards".split())


def is_hostility_target(left_words: list[str]) -> bool:
    """Whether the target is the one a hostile act is aimed at: a hostile noun (attack,
    threat, aggression, ...) within the seven words before *against*, *on* or *toward* right
    before the target, or "a threat to [X]"."""
    words = [w for w in left_words if w not in _DETERMINERS]
    if words[-2:] in (["threat", "to"], ["threats", "to"]):
        return True  # "a direct nuclear threat to [the DPRK]"
    if not words or words[-1] not in _AIMED:
        return False
    return bool(_ACTS & set(words[-8:-1]))


PROTECTED = "protected"
"""The role of the one a commitment, deterrence or defence is for ("extended deterrence to
[the ROK]", "our commitment to the defense of [the ROK]", "to reassure [Seoul]"): reassured
without praise, neutral-leaning (``data/actor_tone_team_README.md``)."""

_PROTECTION = frozenset(
    """commitment commitments deterrence deterrent defense defence protection guarantee
    guarantees umbrella""".split()
)
_REASSURE = frozenset("reassure reassures reassured reassuring".split())


def is_protected(left_words: list[str]) -> bool:
    """Whether the target is the one a protection is for: right after a protection noun and
    *to*, *for* or *of* (not "the commitment of [X]": X commits), or the object of
    *reassure*."""
    words = [w for w in left_words if w not in _DETERMINERS]
    if words[-1:] and words[-1] in _REASSURE:
        return True
    if words[-2:-1] and words[-1] == "over":  # "the umbrella over [X]", not "defence over"
        return words[-2] in {"umbrella", "protection", "shield"}
    if len(words) < 2 or words[-1] not in {"to", "for", "of"} or words[-2] not in _PROTECTION:
        return False
    # "the commitment of [X]" is X's own; "the Ministry of National Defence of [X]" is a name
    return not (words[-1] == "of" and (words[-2].startswith("commitment")
                                       or words[-3:-2] == ["national"]))
