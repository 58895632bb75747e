"""An arms build-up in the forms :mod:`.label_roles` does not read, and the one who strengthens
its own deterrent.

Adverse, read at labelling time (no model feature; a positive reading is ``uncertain``):

* ``hostile_source``, a build-up of nuclear or missile capabilities: the target, the subject of
  its clause, advances, strengthens, bolsters, diversifies (or any verb of
  :data:`.label_roles.BUILDUP_VERBS`) its nuclear or missile capabilities, forces or
  programme ("[Pyongyang] has advanced its nuclear capabilities in six tests",
  "[Pyongyang] keeps strengthening its nuclear forces"); or pushes ahead with, continues or
  speeds up the development, production, testing or deployment of nuclear arms or missiles
  ("[Pyongyang] keeps pushing ahead with the development of solid-fuel
  missiles"). A defence, deterrence or alliance in the object ends the search ("[Seoul] will
  strengthen its missile defence capabilities" gives no role), and a build-up the words
  before the target deny, oppose or question gives none (:func:`.label_roles.is_ruled_out`).

Neutral-leaning (:data:`DETERRER`, blended with *neutral* in ``actor_tone``):

* the one who strengthens its own deterrent: the target, the subject of its clause, bolsters,
  strengthens, improves or builds *its own* (nuclear, war, military) deterrent or deterrence
  ("the DPRK would bolster its war deterrent", "[North Korea] is required to improve its
  nuclear deterrent"), or the possessor of a deterrent said to be strengthened ("[North
  Korea]'s nuclear war deterrent must be strengthened", also the euphemism "nuclear war
  prevention"). The package's labelling reads the one who deters as neutral
  (``data/actor_tone_team_README.md``: "The DPRK would bolster its war deterrent" is neutral
  toward the DPRK), and the words of what the deterrent defends are its own. A deterrence for
  others ("[Washington] will strengthen extended deterrence for Seoul") is not one's own and
  gives no role.

:func:`vows_force` reads one more neutral-leaning reading, given the role ``vower`` by
:mod:`.speaker_roles` (as :func:`.vow_roles.vows_measures` is): the target's armed forces,
military or defence vow to defend, repel, counter or strike, the possessor ("[North Korea]'s
naval defence would not be limited to one region but would cover ...") or the one after *of*
("the armed forces of [the DPRK] shall defend the homeland and repel ..."). A vow of
force by the actor's own forces deters or warns, neutral by the package's labelling, and the
words of what it defends are the actor's own.
"""

from __future__ import annotations

import re

from . import label_roles, vow_roles
from .text import PreparedExample

DETERRER = "deterrer"
"""The role of the one who strengthens its own deterrent."""

STRENGTHEN_VERBS = frozenset(
    """strengthen strengthens strengthened strengthening bolster bolsters bolstered bolstering
    reinforce reinforces reinforced reinforcing improve improves improved improving diversify
    diversifies diversified diversifying""".split()
)
"""Verbs of strengthening, added to :data:`.label_roles.BUILDUP_VERBS` here."""
BUILD_VERBS = label_roles.BUILDUP_VERBS | STRENGTHEN_VERBS
CAPABILITY_NOUNS = frozenset(
    "capabilities capability forces force program programme programs programmes".split())
"""Nouns that name arms when a word of :data:`ARMS_MODIFIERS` stands right before them."""
ARMS_MODIFIERS = frozenset("nuclear missile ballistic atomic".split())
_NOT_ARMS = frozenset(
    "deterrent deterrence defense defence alliance ties cooperation shield interceptor".split())
NOMINALS = frozenset(
    """development production mass-production testing expansion build-up buildup deployment
    enhancement modernization modernisation acquisition""".split()
)
"""Nouns of a build-up ("the development of [missiles]")."""
_PUSH = frozenset(
    """pushing pushes pushed push pressing presses pressed press forging forges forged forge
    ahead forward with speeding speeds sped speed up stepping steps stepped step the a
    required requires needs need must determined""".split()
)
_LEAD = label_roles.LEAD_IN | _PUSH


def _arms(words: list[str]) -> bool:
    """Whether ``words`` (the few after a build verb or nominal) name nuclear or missile arms."""
    for i, word in enumerate(words):
        if word in _NOT_ARMS or _NOT_ARMS & set(words[i + 1 : i + 2]):
            return False  # "deterrent", "missile defence"
        if word in label_roles.ARMS_NOUNS and (word != "weapons" or "nuclear" in words[:i]):
            return True
        if word in CAPABILITY_NOUNS and ARMS_MODIFIERS & set(words[max(0, i - 2) : i]):
            return True
    return False


def _verb_at(words: list[str]) -> int:
    """The index of the first word past the lead-in words (:data:`.label_roles.LEAD_IN`, verbs
    of pushing ahead, adverbs), at most eight words in."""
    i = 0
    while i < min(9, len(words)) and (words[i] in _LEAD or words[i].endswith("ly")):
        i += 1
    return i


def builds_up_capabilities(right_text: str) -> bool:
    """Whether the target, the subject of its clause, builds up nuclear or missile capabilities
    or pushes ahead with their development (see the module docstring)."""
    words = label_roles.sentence_words(right_text, 20)
    i = _verb_at(words)
    if i >= len(words) or i > 9:
        return False
    if words[i] in BUILD_VERBS:
        return _arms(words[i + 1 : i + 9])
    return words[i] in NOMINALS and words[i + 1 : i + 2] == ["of"] and _arms(words[i + 2 : i + 8])


def label_role(ex: PreparedExample, left_words: list[str]) -> str:
    """``hostile_source`` if the target builds up nuclear or missile capabilities
    (:func:`builds_up_capabilities`) and no word before it rules that out, else ``""``."""
    built = builds_up_capabilities(ex.right_text)
    return "hostile_source" if built and not label_roles.is_ruled_out(left_words) else ""


DETERRENT_NOUNS = frozenset("deterrent deterrents deterrence".split())
_OWN = frozenset("its their our own".split())
_NOT_MODIFIERS = frozenset(
    """of for to and or with against must should will would be is are was were has have
    extended""".split())
"""Words that end a deterrent's modifiers ("lack of a deterrent" names none; an extended
deterrence is for others)."""
_POSSESSIVE_RE = re.compile(r"^\s*['’]s?\s+")
_DETERMINERS = frozenset("the a an its their his her".split())
_PASSIVE = frozenset("must should will would to be been being further continue".split())


def _deterrent_at(words: list[str]) -> int:
    """The index just past a deterrent named at the start of ``words`` after at most four
    modifiers ("nuclear war deterrent", "proud war deterrent", "nuclear war prevention"), or
    ``-1``."""
    for i, word in enumerate(words[:5]):
        if word in DETERRENT_NOUNS or (word == "prevention" and "war" in words[:i]):
            return i + 1
        if word in _NOT_MODIFIERS:
            return -1
    return -1


def strengthens_own_deterrent(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target strengthens its own deterrent (see the module docstring)."""
    if _POSSESSIVE_RE.match(ex.right_text):
        words = label_roles.sentence_words(_POSSESSIVE_RE.sub("", ex.right_text, count=1), 12)
        end = _deterrent_at(words)
        if end < 0:
            return False
        rest = words[end:]
        while rest and rest[0] in _PASSIVE:
            rest = rest[1:]
        # an auxiliary first ("must be strengthened"), then the verb
        return len(rest) < len(words) - end and rest[:1] != [] and rest[0] in BUILD_VERBS
    if not vow_roles.is_clause_subject(left_words):
        return False
    words = label_roles.sentence_words(ex.right_text, 16)
    i = _verb_at(words)
    if i >= len(words) or words[i] not in BUILD_VERBS:
        return False
    obj = words[i + 1 : i + 5]  # "its (own) (nuclear) (war) deterrent"
    return obj[:1] != [] and obj[0] in _OWN and _deterrent_at(obj[1:]) > 0


FORCE_NOUNS = frozenset("forces force defense defence military army navy troops".split())
"""Nouns of an actor's armed forces."""
_FORCE_MODIFIERS = frozenset("armed naval air military strategic nuclear ground".split())
DEFEND_VERBS = frozenset(
    """defend repel suppress counter retaliate crush strike annihilate cover protect
    safeguard punish destroy""".split()
)
"""Verbs a vow of force names after *will*, *would* or *shall*."""
_WILL = frozenset("will would shall".split())
_BREAK = frozenset("that which who whom if when because unless although though".split())


def _vows(words: list[str]) -> bool:
    """Whether ``words`` (after the forces) hold *will*, *would* or *shall* and then, past
    adverbs, a verb of :data:`DEFEND_VERBS`, before any subordinate clause."""
    for j, word in enumerate(words[:16]):
        if word in _BREAK:
            return False
        if word in _WILL:
            rest = [w for w in words[j + 1 : j + 4] if not w.endswith("ly")
                    and w not in {"also", "further", "always", "then"}]
            if rest[:1] and rest[0] in DEFEND_VERBS:
                return True
    return False


def vows_force(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target's armed forces vow force (see the module docstring)."""
    words = [w for w in left_words if w not in _DETERMINERS]
    if words[-2:-1] and words[-1] == "of" and words[-2] in FORCE_NOUNS:
        return _vows(label_roles.sentence_words(ex.right_text, 20))
    if not _POSSESSIVE_RE.match(ex.right_text):
        return False
    after = label_roles.sentence_words(_POSSESSIVE_RE.sub("", ex.right_text, count=1), 24)
    for i, word in enumerate(after[:4]):
        if word in FORCE_NOUNS and all(w in _FORCE_MODIFIERS for w in after[:i]):
            if _vows(after[i + 1 :]):
                return True
    return False
