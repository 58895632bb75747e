"""Two adverse roles read at labelling time, as those of :mod:`.label_roles` are (no model
feature; they enter the ``role`` column, so a positive reading is ``uncertain``):

* ``hostile_source``, a threat *posed by* the target a few words after its noun: a threat,
  danger, risk, menace or peril, then up to eight words, then *posed*/*poses*/*posing* and
  *by* or *from* right before the target ("the danger to regional stability posed by [the
  DPRK]", "the growing risks to the alliance posed by [Pyongyang]"). :mod:`.roles` reads only
  the adjacent "threats posed by [X]". A danger, risk or peril right before *from* counts too
  ("the danger from [North Korea]"). The role is read for any target: "the risk posed by
  [Washington]'s policy", in a Chinese statement, makes Washington the source as well.
* ``pressure_object``, the recipient of a deterrent message: a message, signal, reminder or
  warning noun, up to four words (*sent*, *aimed*, *addressed*, ...), then *to*, *at*,
  *toward* or *for* right before the target ("a clear message to [North Korea] that ...",
  "sends a signal to [the North]", "a stark reminder to [Pyongyang]"), or "put [X] on
  notice". A message is deterrent when a stern adjective stands before it (clear, strong,
  stern, stark, firm, unmistakable, ...; also "warning message") or when the sentence has a
  word of deterrence or hostility (deter, warn, provocation, aggression, threat, attack,
  consequences, bomber, submarine, drills, ...; not *deterrence*, which also protects). It is
  not when the message is one of support, greeting, thanks, peace or dialogue ("a message of
  support to [Seoul]", "a congratulatory message to [Putin]", "a signal to [Pyongyang] that
  the door to dialogue is open", "a clear message to [Seoul] that Washington stands by it"):
  those are the sender's goodwill, left to the model. A word of deterrence in the first eight
  words after the target outweighs one of goodwill there ("a clear message to [Pyongyang]
  that provocations will not bring it the talks it wants"). The rule knows no sides: "the
  submarine's visit sends a strong message to [Seoul]" reads Seoul as pressed too, so a
  positive reading of it would be ``uncertain`` (the cost of a general rule; it never makes a
  label negative).

"A message to the people of [North Korea]" gives no role: the message is for the people, not
the state named after *of*, and such messages are more often appeals than deterrence.
"""

from __future__ import annotations

import re

from .text import CLAUSE_SPLIT_RE, WORD_RE, PreparedExample

_POSSESSIVE_RE = re.compile(r"^\s*['’]s?(?=\s)")

THREAT_NOUNS = frozenset(
    """threat threats danger dangers risk risks menace menaces peril perils""".split())
"""Nouns whose source "posed by [X]" names a few words later."""

_POSED = frozenset("posed poses posing pose".split())
_DETERMINERS = frozenset("the a an its their his her this these those".split())
_MAX_POSED_GAP = 8

ANSWER_NOUNS = frozenset("answer answers response responses reply riposte retort".split())
"""Nouns of an answer to an actor, read as messages are; "the best answer to [X]" (an
:data:`ANSWER_ADJECTIVES` before the noun) is deterrent without a word of deterrence, and the
target's possessive names what is answered, not whom ("a reply to [Seoul]'s request")."""

ANSWER_ADJECTIVES = frozenset("best only right proper fitting strongest real".split())

MESSAGE_NOUNS = frozenset(
    """message messages signal signals reminder reminders warning warnings""".split()
) | ANSWER_NOUNS
"""Nouns of a message whose recipient follows *to*, *at*, *toward* or *for*."""

TENSION_NOUNS = frozenset(
    "tension tensions standoff stand-off confrontation confrontations hostilities".split())
"""Nouns of a hostile relation whose other party follows *with* ("tensions with [X]")."""

SHOW_VERBS = frozenset("show shows showed shown showing".split())
_EASING = [[w] for w in """ease eases eased easing reduce reduced reducing defuse defused calm
    lower lowered lowering resolve resolved""".split()]

STRENGTH_NOUNS = frozenset("strength resolve force determination power might".split())
"""What a show or message of strength holds ("a message of strength to [X]", "showed its
resolve to [X]")."""

_MESSAGE_LINK = frozenset(
    """sent send sends sending aimed directed addressed delivered intended meant clearly also
    both of""".split()) | STRENGTH_NOUNS
"""Words allowed between a message noun and the preposition before its recipient."""

STERN_ADJECTIVES = frozenset(
    """clear clearer strong stronger stern stark firm unmistakable unambiguous unequivocal
    powerful tough sharp blunt pointed ominous harsh loud resolute serious grave warning
    deterrent""".split())
"""Words before a message noun that make it a deterrent message ("a stern warning")."""

DETERRENT_STEMS: tuple[str, ...] = (
    "deter", "warn", "provoc", "provok", "aggress", "threat", "attack", "retaliat", "punish",
    "consequen", "bomber", "submarine", "carrier", "drill", "exercise", "nuclear-armed",
    "tolerat", "overwhelm", "annihilat", "counter",
)
"""Word beginnings of deterrence or hostility anywhere in the sentence."""

NOT_DETERRENT = ("determin", "deterior", "deterren", "counterpart")
"""Words that begin like :data:`DETERRENT_STEMS` but are no cue. *Deterrence* and *deterrent*
are also what protects an ally ("a signal to [Seoul] about extended deterrence"); the verb
*deter* stays a cue."""

GOODWILL_STEMS: tuple[str, ...] = (
    "support", "solidarity", "friendship", "congratulat", "greeting", "thank", "condolence",
    "sympath", "goodwill", "gratitude", "peace", "reassur", "dialogue", "talks", "engage",
    "reconcil", "warm", "cordial", "friendly", "friend", "partner", "trust", "reliab", "welcom",
    "prais", "umbrella", "protect", "commit", "assur",
)
"""Word beginnings of a message of goodwill or dialogue, never read as deterrent."""


def _strip(words: list[str]) -> list[str]:
    words = list(words)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return words


def is_posed_threat_source(left_words: list[str]) -> bool:
    """Whether the target is the source of a threat named a few words before "posed by", or
    the other party of tensions with it ("amid tensions with [X]"; not "to ease tensions with
    [X]") (``left_words``: the clause's lower-cased words left of the target)."""
    words = _strip(left_words)
    if len(words) >= 2 and words[-1] == "with" and words[-2] in TENSION_NOUNS:
        return not any([w] in _EASING for w in words[-5:-2])  # not "to ease rising tensions with"
    if len(words) < 2 or words[-1] not in {"by", "from"}:
        return False
    if words[-2] in THREAT_NOUNS - {"threat", "threats"} and words[-1] == "from":
        return True  # "the danger from [X]"; "threats from [X]" is :mod:`.roles`' own
    if words[-2] not in _POSED:
        return False
    before = words[-3 - _MAX_POSED_GAP : -2]
    return any(w in THREAT_NOUNS for w in before)


def _has_stem(words: list[str], stems: tuple[str, ...], unless: tuple[str, ...] = ()) -> bool:
    return any(w.startswith(stems) and not w.startswith(unless) for w in words)


def _message_at(words: list[str]) -> int | None:
    """The index of the message noun whose recipient the target is, or ``None``: ``words``
    (the clause's words left of the target, determiners at the end stripped) end in *to*,
    *at*, *toward(s)* or *for*, after a message noun and up to four linking words."""
    if not words or words[-1] not in {"to", "at", "toward", "towards", "for"}:
        return None
    for i in range(len(words) - 2, max(len(words) - 7, -1), -1):
        if words[i] in MESSAGE_NOUNS:
            return i
        if words[i] not in _MESSAGE_LINK:
            return None
    return None


def is_message_recipient(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target is the recipient of a deterrent message (see the module docstring;
    ``left_words``: the clause's lower-cased words left of the target)."""
    words = _strip(left_words)
    right = WORD_RE.findall(CLAUSE_SPLIT_RE.split(ex.right_text, maxsplit=1)[0].lower())
    if words[-1:] in (["put"], ["puts"], ["putting"]) and right[:2] == ["on", "notice"]:
        return True
    if words[-1:] and words[-1] in SHOW_VERBS and right[:1] in (["what"], ["that"], ["how"]):
        # "showed [X] what ... can do", "to show [X] that aggression would be met ..."
        return not _has_stem(right[:10], GOODWILL_STEMS) and (right[0] == "what" or _has_stem(
            right, DETERRENT_STEMS, NOT_DETERRENT))
    if words[-1:] == ["to"] and not SHOW_VERBS.isdisjoint(words[-5:-1]) and \
            not STRENGTH_NOUNS.isdisjoint(words[-4:-1]):
        return True  # "showed its strength to [X]"
    at = _message_at(words)
    if at is None:
        return False
    if words[at] in ANSWER_NOUNS and (_POSSESSIVE_RE.match(ex.right_text)
                                      or _has_stem(right[:8], GOODWILL_STEMS)):
        return False  # "a reply to [Seoul]'s request", "a response to [X] welcoming talks"
    # the message's own modifiers ("a congratulatory message to [X]"; "a message of support
    # to [X]" is no recipient at all) and the start of what follows the target ("a message to
    # [X] of support", "a signal to [X] that the door to dialogue ...")
    if _has_stem(words[max(0, at - 2) : at], GOODWILL_STEMS):
        return False
    after = right[:8]
    if _has_stem(after, DETERRENT_STEMS, NOT_DETERRENT):
        return True
    if _has_stem(after, GOODWILL_STEMS) or _stands_by(after):
        return False
    if STERN_ADJECTIVES & set(words[max(0, at - 3) : at]) or (
            words[at] in ANSWER_NOUNS and ANSWER_ADJECTIVES & set(words[max(0, at - 2) : at])):
        return True
    sentence = WORD_RE.findall((ex.left_text + " " + ex.right_text).lower())
    return _has_stem(sentence, DETERRENT_STEMS, NOT_DETERRENT)


def _stands_by(words: list[str]) -> bool:
    """Whether ``words`` say that someone stands by, with or behind another."""
    return any(a in {"stand", "stands", "stood", "standing"} and b in {"by", "with", "behind"}
               for a, b in zip(words, words[1:], strict=False))


def label_role(ex: PreparedExample, left_words: list[str]) -> str:
    """``hostile_source``, ``pressure_object`` or ``""``: the role this module reads for the
    target of ``ex``."""
    if is_posed_threat_source(left_words):
        return "hostile_source"
    if is_message_recipient(ex, left_words):
        return "pressure_object"
    return ""
