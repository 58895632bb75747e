"""Four more neutral-leaning roles (:data:`NEUTRAL_LEANING`, blended with *neutral* in
``actor_tone`` as the critic is), and the end of a name a mention cuts short.

* ``admonisher``: the one who tells others what they should do, the subject of its clause
  before *hopes that*, *calls on*, *demands*, *reminds*, *asks ... to*, *expects ... to*
  ("[China] hopes that Seoul and Washington will faithfully fulfil their
  obligations", "[China] reminds the US of its non-proliferation duties"), or the one who
  responds to another by words ("[Kim] responded to the declaration by predicting that Biden
  will not finish his term"). The warm or hostile words of what others are told to do, or of
  what is said of them, are aimed at those others: the admonisher speaks, which the package's
  labelling reads as neutral (``data/actor_tone_team_README.md``). "[China] hopes to improve
  ties" (a hope for itself) gives no role.
* ``vower``: the one who vows stern measures (:func:`.vow_roles.vows_measures`: "[Pyongyang]
  said its armed forces are ready to take any necessary measures"): it deters or warns, which
  the package's labelling reads as neutral, and the warm words of what it defends ("to
  safeguard national security") are its own.
* ``glossed``: the term a sentence explains ("[DPRK] stands for North Korea's formal
  name", "[ROK] is short for ...", "[X] is the official name of ..."): a
  definition asserts no tone, and the official name's words (*Democratic*, *People's*) are no
  praise. What *stands for* must be a name ("what [Bernie] stands for." is no gloss).

* ``disavowed``: the one said not to seek nuclear arms, the subject of a negated *possess*,
  *develop*, *acquire*, *pursue* ... *nuclear weapons* ("[South Korea] will never possess
  nuclear weapons") or of a build-up the words before it deny, oppose or question
  ("dismissed any idea of [Seoul] building nuclear weapons of its own"): a disavowal is no
  hostile act, whatever the words *nuclear weapons* suggest.

One more reading gives :data:`.label_roles.PROTECTED`: the one whose worries are eased ("to
ease [South Korean] worries about ...", "allay [Seoul]'s concerns"), reassured without praise.
:func:`neutral_role` then reads :data:`.arms_roles.DETERRER` (the one who strengthens its own
deterrent), :data:`.label_roles.HOSTILITY_TARGET` for the object of a hostile verb in a
contingency (:func:`.address_roles.is_attacked_object`), and the warner and a speaker's
possessive descriptor (:func:`.address_roles.neutral_role`).

:func:`after_name` drops the rest of a person's name after a mention that cuts it short
("[President Yoon] Suk Yeol condemned ..."), so that :func:`.roles.is_critic` reads the verb.
"""

from __future__ import annotations

import re

from . import address_roles, arms_roles, label_roles, vow_roles
from .text import WORD_RE, PreparedExample

ADMONISHER = "admonisher"
"""The role of the one who tells others what they should do (see the module docstring)."""
GLOSSED = "glossed"
"""The role of a term a sentence explains."""
VOWER = "vower"
"""The role of the one who vows stern measures (:func:`.vow_roles.vows_measures`)."""
DISAVOWED = "disavowed"
"""The role of the one said not to seek nuclear arms (see the module docstring)."""
NEUTRAL_LEANING: tuple[str, ...] = (ADMONISHER, VOWER, GLOSSED, DISAVOWED, arms_roles.DETERRER)
"""This module's roles, added to :data:`.roles.NEUTRAL_LEANING`."""

_DETERMINERS = frozenset("the a an its their his her".split())
_SKIP = frozenset(
    """has have had will would also again further repeatedly once still on this last monday
    tuesday wednesday thursday friday saturday sunday earlier later then finally""".split()
)
"""Words between the admonisher and its verb ("[China] on Friday called on", "has again
reminded"), as is any adverb in *-ly*."""

_BODY = frozenset(
    """foreign ministry ministries defence defense government spokesperson spokesman
    spokeswoman embassy mission state media leader leadership office""".split()
)
HOPE_VERBS = frozenset("hope hopes hoped hoping".split())
REMIND_VERBS = frozenset("remind reminds reminded reminding".split())
DEMAND_VERBS = frozenset("demand demands demanded demanding".split())
ASK_VERBS = frozenset(
    """ask asks asked asking expect expects expected expecting want wants wanted
    advise advises advised advising urge urges urged urging order orders ordered ordering
    instruct instructs instructed instructing""".split()
)
CALL_VERBS = frozenset("call calls called calling".split())
RESPOND_VERBS = frozenset(
    "responded responds reacted reacts replied replies answered answers retorted".split())
SPEECH_ING = frozenset(
    """predicting saying calling mocking ridiculing deriding dismissing warning accusing
    branding labelling labeling describing claiming insisting declaring stating denouncing
    condemning slamming blasting lambasting criticizing criticising""".split()
)
"""Words of speech after "responded ... by" ("by predicting that ...")."""


_TITLE_WORDS = _DETERMINERS | _BODY | frozenset(
    """north south korean korea's chinese china's russian japanese american u s us top chief
    minister president premier secretary vice first supreme""".split())
"""Words of a title before a named subject ("North Korean leader [Kim Jong Un] urged")."""


def _verb_index(words: list[str], capitalised: list[bool]) -> int:
    """Index of the first word after the subject's body words, the name a body word
    introduces ("[North Korean] leader Kim Jong Un urged": ``capitalised`` marks the words
    written with a capital) and skippable words."""
    i = 0
    if words[:1] == ["s"]:
        i = 1
    while i < len(words) and words[i] in _BODY:
        i += 1
    if i and words[i - 1] in _BODY:
        name_end = i
        while name_end < min(len(words), i + 4) and capitalised[name_end]:
            name_end += 1
        i = name_end
    while i < len(words) and (words[i] in _SKIP or words[i].endswith("ly")):
        i += 1
    return i


def _tells_others(words: list[str]) -> bool:
    """Whether ``words``, from the subject's verb on, tell others what to do."""
    verb, after = words[0], words[1:8]
    if verb in HOPE_VERBS:
        return after[:1] == ["that"]
    if verb in REMIND_VERBS or verb in DEMAND_VERBS:
        return bool(after)
    if verb in CALL_VERBS:
        return after[:1] == ["on"] or after[:1] == ["upon"]
    return verb in ASK_VERBS and "to" in after[1:5] and after[:1] not in (["to"], ["for"])


def is_admonisher(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target, the subject of its clause, tells others what they should do or
    responds to another by words (see the module docstring)."""
    if any(w not in _TITLE_WORDS for w in left_words):
        return False
    written = WORD_RE.findall(after_name(ex.right_text))[:30]
    words = [w.lower() for w in written]
    i = _verb_index(words, [w[:1].isupper() for w in written])
    if i >= len(words):
        return False
    if words[i] in RESPOND_VERBS:
        tail = words[i + 1 : i + 16]
        return "by" in tail and tail[tail.index("by") + 1 : tail.index("by") + 2] != [] \
            and tail[tail.index("by") + 1] in SPEECH_ING
    return _tells_others(words[i:])


_GLOSS_RIGHT_RE = re.compile(
    r"^\s*(?:(?:stands for|is short for)\s+(?:the\s+)?[A-Z]|is an? (?:abbreviation|acronym)\b|"
    r"is the (?:official|formal|full) name\b)")
_GLOSS_LEFT_RE = re.compile(
    r"(?:\bstands for|\bshort for|\babbreviated as|\bofficially known as|\bformally known as)"
    r"\s*(?:the\s+)?\Z", re.IGNORECASE)


def is_glossed(ex: PreparedExample) -> bool:
    """Whether the target is the term a sentence explains ("[DPRK] stands for ...")."""
    return bool(_GLOSS_RIGHT_RE.match(ex.right_text) or _GLOSS_LEFT_RE.search(ex.left_text))


_NAME_TAIL_RE = re.compile(r"^(?:\s+[A-Z][a-z]+(?:-[A-Za-z]+)?){1,2}(?=[\s,'’])")
"""One or two capitalised words that continue a name ("Suk Yeol", "Suk-yeol")."""


def after_name(right_text: str) -> str:
    """``right_text`` without the capitalised words that continue the mention's name, when a
    lower-case word follows them ("[President Yoon] Suk Yeol condemned" -> " condemned"); not
    in a title-case headline, where a capitalised word after a name is often its verb ("Jimmy
    Kimmel Blames Netflix for ...")."""
    m = _NAME_TAIL_RE.match(right_text)
    if m is None or title_case(right_text):
        return right_text
    rest = right_text[m.end():]
    nxt = WORD_RE.findall(rest)[:1]
    return rest if nxt and nxt[0][:1].islower() else right_text


def title_case(text: str) -> bool:
    """Whether most words of four letters or more in ``text`` are capitalised (a headline)."""
    long = [w for w in WORD_RE.findall(text) if len(w) >= 4]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) > 0.6 * len(long)


NEGATIONS = frozenset("not never cannot can't won't no".split())
ACQUIRE_STEMS = ("possess", "own", "have", "acquir", "develop", "build", "built", "pursu",
                 "seek", "sought", "obtain", "arm")
"""Word beginnings of the verbs a disavowal negates ("will not possess", "acquiring")."""
NUCLEAR_ARMS = frozenset("weapons weapon arms bomb bombs arsenal nukes armament".split())
_APPOSITIVE_RE = re.compile(r"^\s*,\s+[^,;:]{0,120}?,\s+")
_SKIP_NEG = frozenset(
    """will would does do did is has have had and also firmly clearly has been any intention
    of to""".split())


def disavows_arms(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target is said not to seek nuclear arms: the subject of a negated
    possess/develop/acquire/pursue ... nuclear weapons ("[South Korea], a party to the treaty,
    will never possess nuclear weapons"; an appositive and quotation marks may stand
    between), or a build-up the words before it deny or oppose ("dismissed any idea of
    [Seoul] building nuclear weapons of its own")."""
    if label_roles.is_ruled_out(left_words) and label_roles.builds_up_arms(ex.right_text):
        return True
    if not vow_roles.is_clause_subject(left_words):
        return False
    text = _APPOSITIVE_RE.sub("", ex.right_text, count=1)
    words = WORD_RE.findall(re.split(r"[;.!?]\s", text, maxsplit=1)[0].lower())[:14]
    negated = False
    for i, word in enumerate(words):
        if word in NEGATIONS:
            negated = True
        elif negated and word.startswith(ACQUIRE_STEMS):
            after = words[i + 1 : i + 6]
            return "nuclear" in after and bool(NUCLEAR_ARMS & set(after))
        elif word not in _SKIP_NEG and not word.endswith("ly"):
            return False
    return False


EASE_VERBS = frozenset(
    """ease eases eased easing allay allays allayed allaying assuage assuages assuaged
    assuaging calm calms calmed soothe soothes soothed address addresses addressed
    addressing""".split())
WORRY_NOUNS = frozenset("worries worry concerns concern fears fear anxieties anxiety".split())


def is_eased(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target is the one whose worries are eased ("to ease [South Korean] worries
    about ...", "allay [Seoul]'s concerns"): reassured without praise, as
    :data:`.label_roles.PROTECTED` reads it."""
    words = [w for w in left_words if w not in _DETERMINERS]
    after = WORD_RE.findall(ex.right_text.lower())[:3]
    after = after[1:] if after[:1] == ["s"] else after
    return bool(words) and words[-1] in EASE_VERBS and bool(
        after) and (after[0] in WORRY_NOUNS or after[1:2] and after[1] in WORRY_NOUNS)


def neutral_role(ex: PreparedExample, left_words: list[str]) -> str:
    """:data:`ADMONISHER`, :data:`VOWER`, :data:`GLOSSED`, :data:`DISAVOWED`,
    :data:`.label_roles.PROTECTED` (:func:`is_eased`), :data:`.arms_roles.DETERRER`,
    :data:`.label_roles.HOSTILITY_TARGET` (:func:`.address_roles.is_attacked_object`) or a role
    of :func:`.address_roles.neutral_role` if the target plays that role, in this order, else
    ``""``."""
    if is_admonisher(ex, left_words):
        return ADMONISHER
    if vow_roles.vows_measures(ex, left_words) or arms_roles.vows_force(ex, left_words):
        return VOWER
    if is_glossed(ex):
        return GLOSSED
    if disavows_arms(ex, left_words):
        return DISAVOWED
    if is_eased(ex, left_words):
        return label_roles.PROTECTED
    if arms_roles.strengthens_own_deterrent(ex, left_words):
        return arms_roles.DETERRER
    if address_roles.is_attacked_object(ex, left_words):
        return label_roles.HOSTILITY_TARGET
    return address_roles.neutral_role(ex, left_words)
