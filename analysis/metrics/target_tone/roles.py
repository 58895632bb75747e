"""The target's role in its clause: the *object* of pressure (deter, condemn, sanction, ...) or
the *source* of a hostile act (a threat, an aggression, a provocation, a launch).

A sentence that deters, condemns or sanctions an actor, or names it as the source of a threat,
expresses no favour toward it, whatever the warm words around it: "the alliance will deter
aggression from North Korea" praises the alliance, not North Korea. The model reads these
roles as dense features, and the prediction step never labels such a mention *positive*.

The detector is a small clause-local pattern grammar on lower-cased words (no parser):

* ``pressure_object``: a pressure word (deter, counter, condemn, sanction, contain, punish,
  denounce, warn, accuse, isolate, ...; verb or noun), then only *linking* words (determiners,
  modifiers, hostile nouns, *of/from/on/against/to*), then the target: "deter potential
  aggression from [North Korea]", "sanctions on [Pyongyang]". A target right after *by* is the
  agent, not the object ("condemned by [China]"). The target as subject of a passive pressure
  verb counts too ("[Pyongyang] was roundly condemned").
* ``hostile_source``: a hostile noun, optionally *posed*, then *from/by* (or *of* for threat
  words), then the target ("threats posed by [Pyongyang]"); the target's possessive before a
  hostile noun ("[North Korea]'s missile launches"); or the target as subject of a hostile
  verb ("[Pyongyang] has threatened", "[the North] fired two ballistic missiles").
"""

from __future__ import annotations

import re

from .text import CLAUSE_SPLIT_RE, TARGET_TOKEN, WORD_RE, PreparedExample

ROLES: tuple[str, ...] = ("pressure_object", "hostile_source")
"""Adverse roles, in the order of the dense features ``role_<name>``."""

PRESSURE_STEMS: tuple[str, ...] = (
    "deter", "counter", "condemn", "sanction", "contain", "punish", "denounc", "denunciat",
    "deplor", "rebuk", "censur", "criticiz", "criticis", "critic", "blame", "accus", "confront",
    "isolat", "restrain", "curb", "thwart", "repel", "retaliat", "penaliz", "penalis", "pressur",
    "warn", "defeat",
)
"""Word beginnings of pressure verbs and nouns (deter/deterrence, condemn/condemnation, ...)."""

NOT_PRESSURE = ("determin", "deterior", "counterpart", "container", "contained", "containing")
"""Words that begin like a pressure word but are not one."""

SHIELD_VERBS = frozenset(
    "defend defends defended defending defense defence protect protects protected protecting "
    "protection guard guards guarded guarding".split()
)
"""Verbs whose object is protected, not pressured; ``<verb> against`` is pressure."""

HOSTILE_NOUNS = frozenset(
    """threat threats aggression aggressions provocation provocations launch launches attack
    attacks test tests belligerence hostility hostilities invasion incursion incursions
    blackmail coercion intimidation bullying violation violations menace aggressiveness
    adventurism escalation brinkmanship saber-rattling sabre-rattling""".split()
)
"""Nouns naming a hostile act; their source is read as the actor behind it."""

_THREAT_NOUNS = frozenset(
    "threat threats aggression provocation provocations belligerence hostility blackmail "
    "coercion intimidation bullying menace".split()
)
"""Hostile nouns whose source may follow *of* ("the threat of [North Korea]")."""

WEAPON_WORDS = frozenset(
    """missile missiles rocket rockets icbm icbms projectile projectiles shell shells artillery
    attack attacks strike strikes salvo weapon weapons drone drones ballistic cruise
    warheads warhead torpedo torpedoes""".split()
)
"""Objects that make *fire*/*launch*/*test* a hostile act ("fired two ballistic missiles")."""

HOSTILE_VERBS = frozenset(
    """threatened threatens provoked provokes attacked invaded invades shelled detonated
    menaced bullied""".split()
)
"""Verbs of a hostile act whose subject is the actor behind it."""

WEAPON_VERBS = frozenset(
    "fired fires launched launches tested tests test-fired test-fires".split()
)
"""Verbs that are hostile acts only with a weapon object (see :data:`WEAPON_WORDS`)."""

LINKING = frozenset(
    """the a an any all its their his her such this these those further future potential
    possible continued growing repeated latest recent new renewed ongoing escalating
    increasing advancing expanding evolving mounting persistent serious grave nuclear military
    missile ballistic conventional regional north northern korean chinese russian illegal
    unprovoked reckless destabilizing destabilising posed
    of from on against to toward towards""".split()
) | HOSTILE_NOUNS
"""Words allowed between a pressure word and its object."""

_AUXILIARIES = frozenset(
    "has have had again also repeatedly recently reportedly then once allegedly just already "
    "later".split()
)
_PASSIVE = frozenset("is was were are been being be".split())
_ADVERBS = frozenset("widely roundly sharply strongly repeatedly also internationally".split())
_MAX_GAP = 5
_POSSESSIVE_RE = re.compile(r"^\s*['’]s?(?=\s)")


def is_pressure_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a pressure verb or noun (deter, deterrence, sanctions)."""
    return word.startswith(PRESSURE_STEMS) and not word.startswith(NOT_PRESSURE)


def clause_words(ex: PreparedExample) -> tuple[list[str], list[str], str]:
    """Lower-cased words of the target's clause left of it (reading order) and right of it,
    and the raw clause text right of it."""
    cuts = [m.end() for m in CLAUSE_SPLIT_RE.finditer(ex.left_text)]
    left = ex.left_text[cuts[-1] if cuts else 0 :].lower()
    end = CLAUSE_SPLIT_RE.search(ex.right_text)
    right = ex.right_text[: end.start()] if end else ex.right_text
    left_words = [w for w in WORD_RE.findall(left) if w != TARGET_TOKEN]
    return left_words, WORD_RE.findall(right.lower()), right


def is_pressure_object(left: list[str], right: list[str]) -> bool:
    """Whether the target (between ``left`` and ``right`` words) is the object of pressure."""
    if right[:1] and right[0] in _PASSIVE:
        rest = [w for w in right[1:4] if w not in _ADVERBS and w not in _PASSIVE]
        if rest and is_pressure_word(rest[0]):
            return True
    gap: list[str] = []
    for word in reversed(left[-(_MAX_GAP + 1) :]):
        if is_pressure_word(word):
            return gap[:1] != ["by"]
        if word in SHIELD_VERBS:
            return gap[:1] == ["against"]
        if word not in LINKING:
            return False
        gap.insert(0, word)
    return False


def is_hostile_source(left: list[str], right: list[str], right_text: str) -> bool:
    """Whether the target is the source or agent of a hostile act (see the module docstring)."""
    words = list(left)
    while words and words[-1] in {"the", "a", "an", "its", "their"}:
        words.pop()
    if len(words) >= 2 and words[-1] in {"from", "by", "of"}:
        posed = words[-2] in {"posed", "poses", "posing"} and len(words) >= 3
        noun = words[-3] if posed else words[-2]
        if noun in HOSTILE_NOUNS and (words[-1] != "of" or noun in _THREAT_NOUNS):
            return True
    if _POSSESSIVE_RE.match(right_text):
        after = WORD_RE.findall(_POSSESSIVE_RE.sub("", right_text, count=1).lower())[:4]
        for word in after:
            if word in HOSTILE_NOUNS:
                return True
            if word not in LINKING and word != "and":
                break
    verbs = [w for w in right[:4] if w not in _AUXILIARIES]
    if verbs and verbs[0] in HOSTILE_VERBS:
        return True
    if verbs and verbs[0] in WEAPON_VERBS:
        at = right.index(verbs[0])
        return any(w in WEAPON_WORDS for w in right[at + 1 : at + 6])
    return False


def target_roles(ex: PreparedExample, roles: tuple[str, ...] = ROLES) -> list[bool]:
    """Whether the target of ``ex`` plays each of ``roles`` (names from :data:`ROLES`)."""
    left, right, right_text = clause_words(ex)
    checks = {
        "pressure_object": lambda: is_pressure_object(left, right),
        "hostile_source": lambda: is_hostile_source(left, right, right_text),
    }
    return [checks[r]() for r in roles]


def adverse_role(ex: PreparedExample) -> str:
    """The first adverse role the target plays (``""`` for none), as :data:`ROLES` names it."""
    return next((r for r, flag in zip(ROLES, target_roles(ex), strict=True) if flag), "")
