"""The agent of a hostile act named after *by*, read at labelling time as the roles of
:mod:`.label_roles` and :mod:`.message_roles` are (no model feature; the role enters the
``role`` column, so a positive reading is ``uncertain``):

* ``hostile_source``, the agent after a short phrase: a hostile noun (attack, strike, assault,
  aggression, provocation, invasion, threat, ...), then a prepositional phrase naming what it
  is aimed at (*on*, *against*, *upon*, *toward(s)*, *at*, *over*, *into*, then up to eight
  words), then *by* right before the target ("any nuclear strike on South Korea by [North
  Korea]", "an assault against the South by [North Korea]", "a missile strike on Seoul by
  [North Korea] and its allies"). :mod:`.roles` reads the adjacent "attack by [X]"; this
  module adds the adjacent nouns it lacks ("an assault by [X]", "a nuclear strike by [X]",
  not "a strike by [workers]"). The
  phrase may hold names, determiners, adjectives, *and*/*or* and *of*/*in*/*with* ("on U.S.
  bases in Guam"), never a verb: a word in *-ed* or *-ing* (but *united*, *armed*, *allied*
  and a few names), an irregular participle (*led*, *made*, *drawn*, ...), an auxiliary, a
  relative or a conjunction. So in "a strike on Seoul supported by [X]" or "plans for an
  attack on the South drawn up by [X]" the *by* belongs to a participle, and the target gets
  no role. A clause boundary (a dash, a colon) ends the search; a comma too, except the
  commas of a list of short names ("an attack on the United States, South Korea or Japan by
  [X]"; :func:`list_left_words`). An agent coordinated with the first counts as well ("by
  North Korea and [China]", "attacks by North Korea, China or [Russia]", "by North Korea,
  [China] or Russia").
  The object of the act, the X after *on* or *against*, gets no adverse role
  (:func:`.label_roles.is_hostility_target` reads it, neutral-leaning).
* The same with *of* for nouns whose *of* names the object: an invasion, occupation,
  bombing, shelling, violation or theft of X by [Y]; the use, launch, test or firing of X by
  [Y] only when X names weapons or force ("the use of nuclear weapons against the ROK by [the
  DPRK]", "the launch of two ballistic missiles by [the North]"; "the launch of the Nuclear
  Consultative Group by [Washington]" gives no role). "Nuclear use by [X]" and "nuclear use
  against X by [Y]" count too.
* The passive: "be attacked, invaded, struck, shelled, bombed, threatened, ... by [X]", an
  adverb or two allowed ("is ever attacked by"), and a weapon fired or launched by the target
  ("the missiles fired by [the North]"). *Attacked* is also verbal ("Biden was attacked by
  [Kim Yo Jong] as senile"): it counts only in a conditional ("if Seoul is attacked by") or
  with a military word in the clause, and never when the clause speaks of words (*as*,
  *remarks*, *statement*, ...), where the one who attacks is a critic. *Struck by* after a
  person ("we were struck by [China]'s restraint") is no attack.

*By* of time or means ("by 2030", "by sea") never precedes an actor, so it needs no rule. The
rule knows no sides: "an attack on Pyongyang by [the United States]" makes the United States
the source as well. *By* after "a response to an attack on X" is read as the attack's agent,
its usual reading; were the responder meant ("a response to an attack on Seoul by
[Washington]"), it would be misread, as would "reports on attacks on Seoul by [KBS]"."""

from __future__ import annotations

import re

from .text import TARGET_TOKEN, WORD_RE, PreparedExample

ACT_NOUNS = frozenset(
    """attack attacks strike strikes assault assaults aggression aggressions provocation
    provocations invasion invasions incursion incursions threat threats raid raids
    bombardment bombardments bombing bombings shelling encroachment encroachments
    infiltration infiltrations intimidation coercion blackmail hostilities hostility""".split()
)
"""Nouns of a hostile act whose aim a prepositional phrase names before *by* and its agent."""

OF_OBJECT_NOUNS = frozenset(
    """invasion invasions occupation bombing bombings shelling bombardment violation violations
    theft annexation""".split()
)
"""Nouns whose *of* names the act's object ("the invasion of X by [Y]")."""

WEAPON_ACTS = frozenset("use launch launches launching test tests testing firing".split())
"""Nouns that are hostile acts only when their *of* phrase names weapons or force."""

WEAPON_WORDS = frozenset(
    """missile missiles rocket rockets icbm icbms projectile projectiles shells artillery
    weapon weapons warhead warheads force arms drone drones torpedo torpedoes bomb bombs
    ballistic cruise""".split()
)
"""Words that make a :data:`WEAPON_ACTS` noun a hostile act."""

MILITARY_STRIKE = frozenset(
    """nuclear missile air preemptive pre-emptive first drone military artillery surprise
    retaliatory precision""".split()
)
"""Words before *strike* that make "a strike by [X]" an act of war, not of labour."""

AIM_PREPOSITIONS = frozenset("on against upon toward towards at over into".split())
"""Prepositions of what a hostile act is aimed at."""

_INNER = frozenset("of in with and or the a an its their his her any this these those".split())
"""Function words allowed inside the aim phrase."""

NOT_VERBS = frozenset(
    """united armed allied beijing nanjing chongqing nuclear-armed red bed shed speed
    seed""".split()
)
"""Words in *-ed* or *-ing* that are no verb in an aim phrase."""

CLAUSE_WORDS = frozenset(
    """is are was were be been being will would can could may might must shall should has have
    had do does did that which who whom whose when where while if because as than not but
    said says say led made drawn taken given held run built sent brought done shown seen
    known set put paid told bought caught fought found kept left meant met sold spent won
    written chosen driven spoken thrown overseen undertaken begun thought felt struck hit
    cut shot""".split()
)
"""Auxiliaries, relatives, conjunctions and irregular participles: a clause or a participle
inside the aim phrase, whose *by* is not the act's."""

_MAX_AIM = 8
_DETERMINERS = frozenset("the a an its their his her this these those".split())

PASSIVE_VERBS = frozenset(
    """attacked invaded struck shelled bombed bombarded threatened menaced intimidated bullied
    coerced raided""".split()
)
"""Participles of a hostile act whose agent follows *by* in the passive."""

FIRE_PARTICIPLES = frozenset("fired launched test-fired".split())
"""Participles whose agent fired a weapon named a few words before ("missiles fired by")."""

_PASSIVE_AUX = frozenset("is are was were be been being get gets got getting".split())
_CONDITIONAL = frozenset("if should unless whether when were".split())
MILITARY_WORDS = frozenset(
    """nuclear military missile missiles troops forces army navy artillery weapons weapon war
    rocket rockets drones bombers armed invasion territory soil bases""".split()
)
"""Words that make *attacked* a physical attack."""

VERBAL_WORDS = frozenset(
    """as remarks remark statement statements comments words rhetoric speech editorial
    commentary media article articles verbally personally senile""".split()
)
"""Words of an attack in words: its agent is a critic, not a hostile source."""

_PERSONS = frozenset("i we he she they you many analysts observers visitors".split())
_POSSESSIVE_RE = re.compile(r"^\s*['’]s?(?=\s)")


def _strip(words: list[str]) -> list[str]:
    words = list(words)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return words


def _is_verb_like(word: str) -> bool:
    """Whether ``word`` in an aim phrase reads as a verb or opens a clause."""
    if word in CLAUSE_WORDS:
        return True
    return word.endswith(("ed", "ing")) and word not in NOT_VERBS


def _hostile_head(words: list[str], at: int, aim: list[str]) -> bool:
    """Whether ``words[at]`` (the word before the aim phrase's preposition ``words[at + 1]``)
    is a hostile act whose object or aim is ``aim``."""
    noun, prep = words[at], words[at + 1]
    if prep == "to":
        return noun in {"threat", "threats"}  # "the threat to the South by [X]"
    if prep in AIM_PREPOSITIONS:
        # "a missile launch over Japan by [X]"
        if noun == "use" and words[at - 1 : at] == ["nuclear"]:
            return True  # "any nuclear use against the ROK by [X]"
        return noun in ACT_NOUNS or (noun in WEAPON_ACTS and bool(WEAPON_WORDS & set(
            words[max(0, at - 2) : at])))
    if prep != "of":
        return False
    if noun in OF_OBJECT_NOUNS:
        return True
    return noun in WEAPON_ACTS and bool(WEAPON_WORDS & set(aim))


def _agent_by(words: list[str]) -> tuple[list[str], bool] | None:
    """``words`` up to and including the *by* whose agent the target is, and whether the
    target is a coordinated agent: *by* right before it, or before up to three words and
    *and*/*or* ("by North Korea and [China]"); ``None`` if neither."""
    if words[-1:] == ["by"]:
        return words, False
    if words[-1:] not in (["and"], ["or"]):
        return None
    for j in range(len(words) - 2, max(len(words) - 6, 0), -1):
        if words[j] == "by":
            return words[: j + 1], True
        if _is_verb_like(words[j]) or words[j] in AIM_PREPOSITIONS:
            return None
    return None


def is_phrase_agent(left_words: list[str]) -> bool:
    """Whether the target follows *by* after a hostile noun and its aim phrase ("an attack on
    South Korea by [X]"; see the module docstring), or is coordinated with such an agent or
    with that of an adjacent hostile noun ("attacks by North Korea or [China]").
    ``left_words``: the clause's lower-cased words left of the target."""
    found = _agent_by(_strip(left_words))
    if found is None or len(found[0]) < 2:
        return False
    words = found[0]
    if words[-2] == "use" and words[-3:-2] == ["nuclear"]:
        return True  # "any nuclear use by [X]"
    if words[-2] in ACT_NOUNS - {"strike", "strikes"}:
        return True  # "an assault by [X]", "attacks by North Korea or [China]"
    if words[-2] in {"strike", "strikes"}:
        return bool(MILITARY_STRIKE & set(words[-4:-2]))  # not a strike by workers
    end = len(words) - 1
    for i in range(end - 1, 0, -1):
        word, aim = words[i], words[i + 1 : end]
        if len(aim) > _MAX_AIM:
            return False
        if word in AIM_PREPOSITIONS or word in {"of", "to"}:
            if any(w not in _INNER for w in aim) and _hostile_head(words, i - 1, aim):
                return True
            continue  # "the use of nuclear weapons against the ROK by [X]"
        if _is_verb_like(word) or word in {"by", "from", "for", "after", "before"}:
            return False
    return False


LIST_SPLIT_RE = re.compile(r"[;:()\[\]—–]|\s-\s|[“”\"]")
"""Clause boundaries other than a comma (:data:`.text.CLAUSE_SPLIT_RE` less ``", "``)."""

_MAX_ITEM = 6


def list_left_words(left_text: str, right_text: str = "") -> list[str]:
    """The lower-cased words left of the target back over the commas of a list of short
    names ("an attack on the United States, South Korea or Japan by", "by North Korea, China
    or"): each comma-separated part after the first holds at most six words besides *and*,
    *or* and *by*, and no verb; ``[]`` if no comma is crossed. A target right after a comma
    and before *and*/*or* ("by North Korea, [China] or Russia") is a list item too: *and*
    stands for its comma."""
    cuts = [m.end() for m in LIST_SPLIT_RE.finditer(left_text)]
    parts = re.split(r",\s", left_text[cuts[-1] if cuts else 0 :])
    if len(parts) < 2:
        return []
    words = [[w for w in WORD_RE.findall(p.lower()) if w != TARGET_TOKEN] for p in parts]
    if not words[-1] and re.match(r"\s*(?:and|or)\s", right_text):
        words[-1] = ["and"]
    kept = [words[-1]]
    for part in reversed(words[:-1]):
        item = [w for w in kept[0] if w not in {"and", "or", "by"}]
        if any(_is_verb_like(w) for w in item) or len(item) > _MAX_ITEM:
            break
        kept.insert(0, part)
    return [w for part in kept for w in part] if len(kept) > 1 else []


def _verbal(left_words: list[str], right_text: str) -> bool:
    right = WORD_RE.findall(right_text.lower())[:8]
    return bool(VERBAL_WORDS & set(left_words[-8:] + right))


def is_passive_agent(left_words: list[str], right_text: str) -> bool:
    """Whether the target is the agent of a passive hostile verb ("if Seoul is attacked by
    [X]", "was invaded by [X]", "the missiles fired by [X]"; see the module docstring)."""
    found = _agent_by(_strip(left_words))
    if found is None or len(found[0]) < 2:
        return False
    words = found[0]
    verb = words[-2]
    if verb in FIRE_PARTICIPLES:
        return bool(WEAPON_WORDS & set(words[-5:-2]))
    if verb not in PASSIVE_VERBS:
        return False
    before = [w for w in words[:-2] if not w.endswith("ly") and w not in {"ever", "also"}]
    if not before or before[-1] not in _PASSIVE_AUX:
        return False
    if verb == "struck":
        return not (_PERSONS & set(before[-3:-1])) and not _POSSESSIVE_RE.match(right_text)
    if verb == "attacked":
        if _verbal(words, right_text):
            return False
        right = WORD_RE.findall(right_text.lower())[:5]
        return bool(_CONDITIONAL & set(words) or MILITARY_WORDS & set(words + right))
    return True


def label_role(ex: PreparedExample, left_words: list[str]) -> str:
    """``hostile_source`` or ``""``: the role this module reads for the target of ``ex``
    (``left_words``: its clause's lower-cased words left of it)."""
    if is_phrase_agent(left_words) or is_passive_agent(left_words, ex.right_text):
        return "hostile_source"
    listed = list_left_words(ex.left_text, ex.right_text)
    return "hostile_source" if listed and is_phrase_agent(listed) else ""
