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
  agent, not the object ("condemned by [China]"), and so is one right after *from* ("a sharp
  rebuke from [Seoul]"). The target as subject of a passive pressure verb counts too
  ("[Pyongyang] was roundly condemned", "[Pyongyang] has been criticized", "... is contained
  and deterred"), and so do fixed phrases of pressure: "rein in [X]", "hold [X] accountable",
  "keep [X] in check", "aimed at [X]", and "urge/press/make [X] (to) stop/abandon/give up".
* ``hostile_source``: a hostile noun, optionally *posed*, then *from/by* (or *of* for threat
  words), then the target ("threats posed by [Pyongyang]"); the target's possessive before a
  hostile noun or adjective ("[North Korea]'s missile launches", "[Beijing]'s coercive
  diplomacy", "[Pyongyang]'s nuclear ambitions"); the target as modifier of a hostile noun
  ("any [North Korean] provocation"); the target as subject of a hostile verb ("[Pyongyang] has
  threatened", "[the North] fired two ballistic missiles", "[the DPRK] has been launching
  missiles"), or as the one who oversees or stages a hostile act ("[Kim] guided the launch").

A third role is not adverse: ``critic``, the one who condemns, criticises or accuses
("[China] criticized the United States", "condemned by [Washington]"; :func:`is_critic`), also
when an appositive stands between the critic and its verb ("[Kim Yo Jong], the sister of the
leader, on Saturday denounced"). Three more lean neutral in the same way (:data:`NEUTRAL_LEANING`):
``critic_descriptor``, a person the critic is described by ("Kim Yo Jong, the sister of leader
[Kim Jong Un], denounced"; :func:`describes_critic`); ``rebuffed``, the one whose offer another
refuses ("Pyongyang has ignored [Washington]'s offers"; :func:`is_rebuffed`); and
``addressee``, the one a speaker turns to ("Q: [President Yoon], many Koreans want ...";
:func:`is_addressee`): the sentence's tone is the refuser's or the speaker's, not theirs.
:mod:`.label_roles` adds adverse roles read at labelling time only and two neutral-leaning ones.
"""

from __future__ import annotations

import re

from . import address_roles, arms_roles, label_roles, speaker_roles
from .text import CLAUSE_SPLIT_RE, TARGET_TOKEN, WORD_RE, PreparedExample

ROLES: tuple[str, ...] = ("pressure_object", "hostile_source")
"""Adverse roles, in the order of the dense features ``role_<name>``."""

CRITIC = address_roles.CRITIC
"""The role of the one who condemns, criticises or accuses (:func:`is_critic`): not adverse,
and no feature of the model; :func:`analysis.metrics.target_tone.lean_critics_neutral` reads
it."""

PRESSURE_STEMS: tuple[str, ...] = (
    "deter", "counter", "condemn", "sanction", "contain", "punish", "denounc", "denunciat",
    "deplor", "rebuk", "censur", "criticiz", "criticis", "critic", "blame", "accus", "confront",
    "isolat", "restrain", "curb", "thwart", "repel", "retaliat", "penaliz", "penalis", "pressur",
    "warn", "defeat", "penalt", "mock", "ridicul", "insult", "slam", "lambast", "berat", "vilif",
    "scold", "chastis",
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
    adventurism escalation brinkmanship saber-rattling sabre-rattling hackers hacking cyberattack
    cyberattacks theft assertiveness expansionism""".split()
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

HOSTILE_MODIFIERS = frozenset(
    """coercive aggressive provocative belligerent reckless destabilizing destabilising
    hostile""".split()
)
"""Adjectives that make the noun after an actor's possessive hostile ("coercive diplomacy")."""

HOSTILE_VERBS = frozenset(
    """threatened threatens threatening provoked provokes provoking attacked attacking invaded
    invades invading shelled shelling detonated menaced menacing bullied bullying threaten provoke
    invade""".split()
)
"""Verbs of a hostile act whose subject is the actor behind it."""

WEAPON_VERBS = frozenset(
    """fired fires firing launched launches launching tested tests testing test-fired test-fires
    test-firing fire launch test test-fire""".split()
)
"""Verbs that are hostile acts only with a weapon object (see :data:`WEAPON_WORDS`)."""

STAGING_VERBS = frozenset(
    """oversaw oversees overseeing guided guides supervised supervises ordered orders observed
    watched inspected conducted conducts staged stages carried""".split()
)
"""Verbs whose subject is behind the hostile act that follows ("guided the launch")."""

COERCE_VERBS = frozenset(
    """urge urges urged urging press presses pressed pressing make makes made making force
    forces forced forcing push pushes pushed pushing compel compels compelled""".split()
)
"""Verbs that press their object to give something up ("urged [X] to stop ...")."""

STOP_VERBS = frozenset(
    "stop cease halt refrain abandon give end dismantle denuclearize denuclearise drop".split()
)
"""What the object of a :data:`COERCE_VERBS` verb is pressed to do."""

HOLD_VERBS = frozenset("hold holds held holding keep keeps kept keeping".split())
"""Verbs of "hold [X] accountable" and "keep [X] in check"."""

CONSEQUENCES = frozenset("consequences punishment retaliation sanctions isolation".split())
"""What "[X] will face ..." threatens its subject with."""

STATE_NOUNS = frozenset(
    "regime government military army navy forces leader leadership troops authorities".split()
)
"""Heads after an adjectival target whose act is the target's ("the [North Korean] regime
continues to threaten ...")."""

LINKING = frozenset(
    """the a an any all its their his her such this these those further future potential
    possible continued growing repeated latest recent new renewed ongoing escalating
    increasing advancing expanding evolving mounting persistent serious grave nuclear military
    missile ballistic conventional regional north northern korean chinese russian illegal
    unprovoked reckless destabilizing destabilising posed nuclear-armed armed rogue belligerent
    defiant hostile isolated nuclear-capable most more increasingly ever very highly two three four
    five six seven eight nine ten several some many dozens
    of from on against to toward towards""".split()
) | HOSTILE_NOUNS
"""Words allowed between a pressure word and its object."""

_PREPOSITIONS = frozenset("of from on against to toward towards".split())
_DETERMINERS = frozenset("the a an any all its their his her such this these those".split())
_MODIFIERS = LINKING - _PREPOSITIONS - _DETERMINERS - HOSTILE_NOUNS
_AUXILIARIES = frozenset(
    "has have had will would could may might continues continued continue keeps kept to "
    "again also repeatedly recently reportedly then once allegedly just already "
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


def _passive_pressure(right: list[str]) -> bool:
    """Whether the words right of the target read as a passive pressure verb ("was roundly
    condemned", "has been criticized", "is contained and deterred")."""
    words = list(right[:6])
    while words and words[0] in {"has", "have", "had"} | _ADVERBS:
        words.pop(0)
    if not words or words[0] not in _PASSIVE:
        return False
    rest = [w for w in words[1:] if w not in _ADVERBS and w not in _PASSIVE]
    if not rest:
        return False
    # "contained" is "held in check" after a passive auxiliary, unless it is "contained in".
    contained = rest[0] == "contained" and rest[1:2] != ["in"]
    return contained or is_pressure_word(rest[0])


def _pressure_phrase(left: list[str], right: list[str]) -> bool:
    """Fixed phrases of pressure around the target: "rein in [X]", "hold [X] accountable",
    "keep [X] in check", "aimed at [X]", "urge/press/make [X] (to) stop/abandon/give up"."""
    words = list(left)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    if words[-2:-1] and words[-1] == "in" and words[-2] in {"rein", "reins", "reined", "reining"}:
        return True
    if words[-1:] and words[-1] == "at" and {"aimed", "directed", "targeted"} & set(words[-4:]):
        return True
    if words[-1:] and words[-1] in HOLD_VERBS and (
        right[:1] == ["accountable"] or right[:2] in (["to", "account"], ["in", "check"])
    ):
        return True
    called_on = words[-1:] == ["on"] and words[-2:-1] in (["call"], ["calls"], ["called"],
                                                          ["calling"])
    coerced = called_on or (bool(words) and words[-1] in COERCE_VERBS)
    after = [w for w in right[:3] if w != "to" and w not in _ADVERBS]
    if coerced and after and after[0] in STOP_VERBS:
        return True
    if right[:1] in (["should"], ["must"]) and right[1:2] and right[1] in STOP_VERBS:
        return True
    verbs = [w for w in right[:3] if w not in _AUXILIARIES]
    return bool(verbs) and verbs[0] in {"face", "faces", "faced", "facing"} and bool(
        CONSEQUENCES & set(right[:8]))


def is_pressure_object(left: list[str], right: list[str]) -> bool:
    """Whether the target (between ``left`` and ``right`` words) is the object of pressure."""
    if _passive_pressure(right) or _pressure_phrase(left, right):
        return True
    gap: list[str] = []
    for word in reversed(left[-(_MAX_GAP + 1) :]):
        if is_pressure_word(word):
            # "condemned by [X]", "a rebuke from [X]": the target is the agent; "deterrence
            # to [X]" protects it; "a countermeasure of [X]" is its own.
            owner = (["of"] if word.startswith("countermeasure") else
                     ["to", "for"] if word.startswith("deterr") else [])
            return gap[:1] not in (["by"], ["from"]) and gap[:1] not in [[w] for w in owner]
        if word in SHIELD_VERBS:
            return gap[:1] == ["against"]
        if word not in LINKING:
            return False
        gap.insert(0, word)
    return False


def _possessive_hostile(right_text: str) -> bool:
    """Whether the target's possessive governs a hostile act ("[X]'s missile launches",
    "[X]'s coercive diplomacy", "[X]'s nuclear ambitions")."""
    if not _POSSESSIVE_RE.match(right_text):
        return False
    after = WORD_RE.findall(_POSSESSIVE_RE.sub("", right_text, count=1).lower())[:4]
    for i, word in enumerate(after):
        if word in HOSTILE_NOUNS or word in HOSTILE_MODIFIERS:
            return True
        if word == "ambitions" and i and after[i - 1] == "nuclear":
            return True
        if word not in LINKING and word != "and":
            break
    return False


def _hostile_subject(right: list[str]) -> bool:
    """Whether the target is the subject of a hostile act: a hostile verb, a weapon verb with a
    weapon object, or a staging verb with a hostile act ("guided the launch")."""
    words = right[1:] if right[:1] and right[0] in STATE_NOUNS else right
    verbs = [w for w in words[:5] if w not in _AUXILIARIES]
    if len(verbs) > 1 and verbs[0] in _PASSIVE and verbs[1].endswith("ing"):
        verbs = verbs[1:]  # progressive: "has been launching"
    if not verbs:
        return False
    at = words.index(verbs[0])
    if verbs[0] in HOSTILE_VERBS:
        return True
    if verbs[0] in WEAPON_VERBS:
        return any(w in WEAPON_WORDS for w in words[at + 1 : at + 6])
    if verbs[0] in STAGING_VERBS:
        return any(w in HOSTILE_NOUNS for w in words[at + 1 : at + 6])
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
    if _possessive_hostile(right_text):
        return True
    # The target as a modifier: "any [North Korean] provocation", "[Chinese] missile tests".
    n = 0
    while n < min(2, len(right)) and right[n] in _MODIFIERS:
        n += 1
    if right[n : n + 1] and right[n] in HOSTILE_NOUNS:
        return True
    return _hostile_subject(right)


CRITIC_STEMS: tuple[str, ...] = (
    "condemn", "denounc", "denunciat", "criticiz", "criticis", "criticism", "slam", "blast",
    "lambast", "accus", "blame", "rebuk", "censur", "deplor", "decri", "decry", "castigat", "mock",
    "ridicul", "insult", "berat", "vilif", "scold", "chastis", "assail", "excoriat", "oppos",
    "protest")
"""Beginnings of verbs and nouns of criticism (condemn, accuse) and opposition (opposes)."""

BODY_WORDS = frozenset(
    """foreign defence defense unification ministry ministries state media news agency embassy
    spokesperson spokesman spokeswoman official officials government military leader
    leadership office presidential army navy authorities regime party newspaper daily mission
    envoy ambassador president minister ministers joint chiefs staff council security national
    central committee top senior""".split()
)
"""Words of the body that speaks for an actor named before it ("[China]'s foreign ministry",
"[North Korean] state media")."""

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_CRITIC_SKIP = _AUXILIARIES | _ADVERBS | _WEEKDAYS | frozenset(
    """on last this week month year yesterday today tonight earlier swiftly quickly promptly
    publicly openly harshly bitterly immediately angrily fiercely firmly staunchly issued issues
    delivered sent gave a an stern strong sharp fresh blunt""".split())
"""Words between a critic and its verb ("[Japan] on Friday condemned", "has sharply
criticized")."""


_INSIDE = frozenset("of for to with against".split())
"""Prepositions that put a target inside its clause's subject, not at its head."""


def is_critic_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb or noun of criticism (:data:`CRITIC_STEMS`)."""
    return word.startswith(CRITIC_STEMS) or word in label_roles.WARNING_WORDS


def is_critic(left: list[str], right_text: str, verbs: frozenset[str] = frozenset()) -> bool:
    """Whether the target is the one who criticises: the subject of a criticism verb ("[China]
    criticized the United States", "[Japan] on Friday condemned", "[North Korea]'s foreign
    ministry slammed", "[North Korean] state media mocked"), the possessor of a criticism
    ("[Beijing]'s condemnation of"), or its agent ("condemned by [Washington]", "a sharp
    rebuke from [Seoul]")."""
    words = list(left)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    if words[-1:] in (["by"], ["from"]) and any(is_critic_word(w) for w in words[-4:-1]):
        return True
    if _INSIDE & set(words[-4:]):
        return False  # "the sister of North Korean leader [Kim Jong Un] denounced": not him
    text = _POSSESSIVE_RE.sub("", right_text, count=1)
    right = WORD_RE.findall(text.lower())[:10]
    n = 0
    while n < min(4, len(right)) and right[n] in BODY_WORDS:
        n += 1
    gap = 0
    # "[X] was condemned" stops at "was": the target is then the object, not the critic
    while n < len(right) and right[n] in _CRITIC_SKIP and gap < 4:
        n += 1
        gap += 1
    return n < len(right) and (is_critic_word(right[n]) or right[n] in verbs)


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


def mention_role(ex: PreparedExample) -> str:
    """The target's role for the ``role`` column: its adverse role (:func:`adverse_role`, then
    :func:`.label_roles.label_role`, which is no model feature), else
    :data:`CRITIC` if it is the one who criticises (:func:`is_critic`, also before an
    appositive), else one of the other neutral-leaning roles (:func:`neutral_leaning_role`),
    else ``""``."""
    left, _, right_text = clause_words(ex)
    adverse = (adverse_role(ex) or label_roles.label_role(ex, left)
               or arms_roles.label_role(ex, left))
    if adverse:
        return adverse
    if (is_critic(left, speaker_roles.after_name(right_text))
            or is_critic_before_appositive(left, ex.right_text)):
        return CRITIC
    return neutral_leaning_role(ex, left, right_text)


CRITIC_DESCRIPTOR = address_roles.CRITIC_DESCRIPTOR
"""The role of a person the critic is described by ("the sister of leader [Kim Jong Un]")."""
REBUFFED = "rebuffed"
"""The role of the one whose offer, proposal or call another refuses."""
ADDRESSEE = "addressee"
"""The role of the one a speaker addresses by name (a vocative)."""
NEUTRAL_LEANING: tuple[str, ...] = (CRITIC, CRITIC_DESCRIPTOR, REBUFFED, ADDRESSEE,
                                     label_roles.HOSTILITY_TARGET, label_roles.PROTECTED,
                                     *speaker_roles.NEUTRAL_LEANING)
"""Roles whose probabilities :func:`analysis.metrics.target_tone.lean_critics_neutral` blends
with *neutral*: none is a model feature, and none is the one the sentence's tone is aimed at."""

APPOSITIVE_RE = re.compile(
    r"\s*,\s+(?:the|a|an|who|whose|which|his|her|its|their|\d+|[a-z][\w-]*)\b"
    r"[^,;:()\[\]“”\"]{0,160}?,\s+")
"""An appositive right after a name, both commas included (", the powerful sister of North
Korea's leader Kim Jong Un, "): it opens with a lower-case word or a number."""


def is_critic_before_appositive(left: list[str], right_text: str) -> bool:
    """Whether the target, the head of its clause's subject, is the critic of the verb after
    an appositive ("[Kim Yo Jong], the sister of the leader, on Saturday denounced");
    ``right_text`` is the sentence right of the target, not cut at the comma."""
    if any(w not in _DETERMINERS for w in left):
        return False
    m = APPOSITIVE_RE.match(right_text)
    return m is not None and is_critic([], right_text[m.end():])


REBUFF_VERBS = frozenset(
    """ignored ignores ignore ignoring rejected rejects reject rejecting rebuffed rebuffs rebuff
    rebuffing spurned spurns spurn spurning snubbed snubs snub snubbing dismissed dismisses
    dismiss dismissing refused refuses refuse refusing declined declines decline declining
    shunned shuns shun shunning""".split()
)
"""Verbs of refusing an offer ("ignored", "rebuffed", "spurned")."""

OFFER_NOUNS = frozenset(
    """offer offers overture overtures proposal proposals invitation invitations call calls
    appeal appeals request requests overtures olive offering entreaties entreaty outreach
    initiative initiatives""".split()
)
"""Nouns of an offer a rebuff verb refuses ("offers", "overtures", "calls for talks")."""


def is_rebuffed(left: list[str], right_text: str) -> bool:
    """Whether the target's offer is refused by another: the possessor of an offer after a
    rebuff verb ("has ignored [Washington]'s offers", "rejected [Seoul]'s proposal") or its
    source ("spurned overtures from [Washington]", "turned down an offer by [Seoul]")."""
    words = list(left)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    if _POSSESSIVE_RE.match(right_text):
        after = WORD_RE.findall(_POSSESSIVE_RE.sub("", right_text, count=1).lower())[:3]
        offer = any(w in OFFER_NOUNS for w in after)
        return offer and bool(words) and (words[-1] in REBUFF_VERBS or words[-2:] == ["turned",
                                                                                    "down"])
    if len(words) < 3 or words[-1] not in {"from", "by", "of"} or words[-2] not in OFFER_NOUNS:
        return False
    before = [w for w in words[:-2] if w not in _DETERMINERS and w not in _MODIFIERS][-2:]
    return bool(before) and (before[-1] in REBUFF_VERBS or before == ["turned", "down"])


TURN_LABEL_RE = re.compile(r"^\s*(?:[A-Z][A-Z.'’ -]{0,40}|Q\d*):\s*$")
"""A transcript turn label before a sentence ("Q:", "PRESIDENT BIDEN:")."""

_NOT_VOCATIVE = frozenset("the a an who whose which whom his her its their one also".split())


def is_addressee(ex: PreparedExample) -> bool:
    """Whether the target is named as the one spoken to while the sentence speaks of others:
    it opens a transcript turn ("Q: [President Yoon], many Koreans want their own bomb."), a
    comma follows it that opens no appositive, and no "you" or "your" in the sentence makes
    the addressee its topic ("[President Yoon], you've been a great friend" is about him)."""
    if TURN_LABEL_RE.match(ex.left_text) is None or not re.match(r"\s*,\s", ex.right_text):
        return False
    after = WORD_RE.findall(ex.right_text.lower())
    if not after or after[0] in _NOT_VOCATIVE or after[0].isdigit():
        return False
    return not any(w == "you" or w.startswith(("you'", "you’", "your")) for w in after)


def _inside_subject(left: list[str]) -> bool:
    """Whether the clause's words left of the target are a subject's head noun phrase and a
    preposition ("the younger sister of North Korean leader", "a spokesman for"): a determiner
    first, at most four words before the first of/for/to/with/against, no verb read."""
    at = next((i for i, w in enumerate(left) if w in _INSIDE), None)
    return (at is not None and 1 < at + 1 <= 5 and left[0] in _DETERMINERS
            and len(left) - at <= 5)


def describes_critic(left: list[str], ex: PreparedExample) -> bool:
    """Whether the target is a person the critic is described by: named inside the critic's
    subject ("the sister of [Kim Jong Un] denounced") or inside an appositive after the
    critic ("Kim Yo Jong, the powerful sister of leader [Kim Jong Un], on Saturday
    denounced"), not the one criticised."""
    left_text, right_text = ex.left_text, ex.right_text
    if _inside_subject(left) and is_critic([], right_text, label_roles.SPEECH_VERBS):
        return True
    cuts = list(CLAUSE_SPLIT_RE.finditer(left_text))
    if not cuts or not cuts[-1].group(0).startswith(","):
        return False
    # the appositive opens with a determiner after a name: "Kim Yo Jong, the sister of"
    opener = left_text[cuts[-1].end():].split()[:1]
    named = re.search(r"[A-Z][\w.’'-]*\s*\Z", left_text[:cuts[-1].start() + 1].rstrip(" ,"))
    if not opener or opener[0] not in _DETERMINERS or named is None:
        return False
    # the title and name after an adjectival target: "North Korean [leader Kim Jong Un],"
    close = re.match(r"((?:\s+(?:leader|president|[A-Z][\w.’'-]*)){0,4})\s*,\s+", right_text)
    return close is not None and is_critic([], right_text[close.end():], label_roles.SPEECH_VERBS)


def neutral_leaning_role(ex: PreparedExample, left: list[str], right_text: str) -> str:
    """:data:`CRITIC_DESCRIPTOR`, :data:`REBUFFED` or :data:`ADDRESSEE` if the target plays
    that role (in this order), else ``""``."""
    if describes_critic(left, ex):
        return CRITIC_DESCRIPTOR
    if is_rebuffed(left, right_text):
        return REBUFFED
    if label_roles.is_hostility_target(left):
        return label_roles.HOSTILITY_TARGET
    if label_roles.is_protected(left):
        return label_roles.PROTECTED
    return ADDRESSEE if is_addressee(ex) else speaker_roles.neutral_role(ex, left)
