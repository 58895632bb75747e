"""Three more adverse roles read at labelling time, as those of :mod:`.label_roles` are (no model
feature; the role enters the ``role`` column, so a positive reading is ``uncertain``):

* ``hostile_source``, a hostile act's agent after a participle: a hostile noun, a participle
  of carrying it out (*conducted*, *carried out*, *staged*, *launched*, *fired*, *made*,
  *committed*, ...), then *by* right before the target ("three cruise missile tests
  conducted by [North Korea]", "the provocations staged by [the DPRK]"). A test, launch or
  strike is hostile only with a word of weapons within the four words before it ("missile
  tests", "an air strike"); "a survey conducted by [Gallup]" and "a test conducted by
  [Samsung]" give no role.
* ``hostile_source``, a response by force: the target, the subject of its clause, responds,
  reacts or retaliates by firing, launching, testing or staging weapons or drills, or by
  threatening ("[North Korea] responded to the drills by firing two ballistic missiles"). A
  response by words makes it an admonisher (:mod:`.speaker_roles`), neutral-leaning.
* ``pressure_object``, the one exhorted: the target, the subject of its clause, is told what it
  should, must, needs to or ought to do ("[North Korea] should respond to the offer of talks",
  "[Beijing] must stop its coercion"). A demand made of an actor asserts no favour toward it,
  whatever the warm words of what it is asked to do. "Should be" is left out, since it is as
  often praise ("[Seoul] should be proud of ...") as demand.

:func:`vows_measures` reads one more role, which is not adverse: the one who vows stern
measures deters or warns, and the package's labelling reads it as neutral
(``data/actor_tone_team_README.md``); :mod:`.speaker_roles` gives it the neutral-leaning role
``vower``. The target, the subject of its clause, vows, is ready to or will take measures,
action, steps or countermeasures that are stern ("decisive", "resolute", "strong",
"corresponding", "retaliatory", "military"), "any/all necessary", or taken "in response", "in
reaction", "in retaliation" or "against" ("[Pyongyang] said its armed forces are closely
watching and are ready to take any necessary measures", "[North Korea] vowed to take
corresponding countermeasures"). The subject may hand over to itself through a speech verb
("[X] said it will ...", "[X] said its armed forces are ..."), never to another ("[X] said
Washington will take ..." gives X no role). A first-person target glossed in brackets inside a
quotation ("provides us [North Korea] with ...") is the speaker: its "we" vows ("... in which
we are forced to take more decisive action"). Measures to help, protect or support
("necessary steps to support exporters") are not stern, and a plain "take measures" is left to
the model.
"""

from __future__ import annotations

import re

from .text import CLAUSE_SPLIT_RE, WORD_RE, PreparedExample

HOSTILE_ACTS = frozenset(
    """attack attacks provocation provocations aggression invasion incursion incursions
    bombardment shelling cyberattack cyberattacks hacking threats threat""".split()
)
"""Nouns of a hostile act whatever stands before them."""

WEAPON_ACTS = frozenset("test tests launch launches strike strikes firing firings".split())
"""Nouns of an act that is hostile only with a word of weapons before it ("missile tests")."""

WEAPON_MARKS = frozenset(
    """missile missiles ballistic nuclear rocket rockets icbm icbms cruise weapons weapon
    artillery air drone drones hypersonic""".split()
)
"""Words that make a :data:`WEAPON_ACTS` noun hostile."""

PARTICIPLES = frozenset(
    """conducted carried staged launched fired made committed perpetrated mounted waged
    undertaken orchestrated posed""".split()
)
"""Participles of carrying out an act ("tests conducted by", "attacks carried out by")."""

_SKIP = frozenset("out recently reportedly allegedly repeatedly also just".split())
_DETERMINERS = frozenset("the a an its their his her".split())


def is_act_agent(left_words: list[str]) -> bool:
    """Whether the target is the agent after a hostile noun and a participle ("missile tests
    conducted by [X]", "attacks carried out by [X]")."""
    words = [w for w in left_words if w not in _DETERMINERS]
    if len(words) < 3 or words[-1] != "by":
        return False
    i = len(words) - 2
    while i > 0 and words[i] in _SKIP:
        i -= 1
    if words[i] not in PARTICIPLES:
        return False
    noun = words[i - 1]
    if noun in HOSTILE_ACTS:
        return True
    return noun in WEAPON_ACTS and bool(WEAPON_MARKS & set(words[max(0, i - 5) : i - 1]))


TAKE_VERBS = frozenset("take takes took taken taking adopt adopts adopted adopting".split())
MEASURE_NOUNS = frozenset(
    """measure measures action actions step steps countermeasure countermeasures response
    responses""".split()
)
STERN = frozenset(
    """decisive resolute strong stronger strongest tough tougher stern drastic corresponding
    retaliatory offensive military punitive merciless firm firmer harsh harsher""".split()
)
"""Words that make the measures a vow of force, not of help."""

_NOUN_GAP = frozenset(
    """more further all any every necessary appropriate the a an its own such immediate
    swift""".split()) | STERN
_REACTIVE = (["in", "response"], ["in", "reaction"], ["in", "retaliation"], ["against"])
_LEAD = frozenset(
    """will would shall can could may might must is are was were be been being am ready
    prepared poised set going determined compelled forced obliged vowed vows vow pledged
    pledges promised threatened threatens warned warns to not also again further still
    then now""".split()
)
"""Words between the vow's subject and its *take* ("is ready to", "vowed to", "are compelled
to"), as is any adverb in *-ly*."""

_BREAK = frozenset(
    """that which who whom whose if when because while but although though unless until
    after before since""".split()
)
SPEECH = frozenset(
    """said says stated states added adds declared declares warned warns told noted stressed
    insisted claimed announced""".split()
)
_SELF = frozenset("it its we our they their".split())
_BODY = frozenset(
    """armed forces military army navy troops government leadership units people""".split()
)


def is_clause_subject(left_words: list[str]) -> bool:
    """Whether the target opens its clause (only determiners before it) or the clause reported
    after a speech verb ("the minister said [X] ...", "... stressed that [X] ...")."""
    words = [w for w in left_words if w not in _DETERMINERS]
    return not words or words[-1] in SPEECH or words[-1] == "that"


def _stern_measures(after: list[str]) -> bool:
    """Whether the words after a *take* verb name stern or reactive measures."""
    for i, word in enumerate(after[:6]):
        if word in MEASURE_NOUNS:
            before = set(after[:i])
            reactive = any(after[i + 1 : i + 1 + len(r)] == r for r in _REACTIVE)
            necessary = "necessary" in before and bool({"any", "all"} & before)
            return bool(STERN & before) or word.startswith("countermeasure") or reactive \
                or necessary
        if word not in _NOUN_GAP:
            return False
    return False


def _vow_from(words: list[str]) -> bool:
    """Whether ``words`` (right after the vow's subject) go on to a vow of stern measures in
    the subject's own verb phrase: lead-in words right before *take*, and between the subject
    and them no subordinate clause and no speech handing the vow to another subject."""
    i = 0
    if words[:1] == ["s"]:  # the possessive: "[X]'s armed forces are ready to take"
        i = 1
        while i < len(words) and words[i] in _BODY:
            i += 1
    if i < len(words) and words[i] in SPEECH:
        i += 1 + (words[i + 1 : i + 2] == ["that"])
        if words[i : i + 2] in (["the", "country"], ["the", "country's"]):
            i += 1
        elif i >= len(words) or words[i] not in _SELF:
            return False  # "[X] said Washington will take ...": the vow is another's
        i += 1
        while i < len(words) and words[i] in _BODY:
            i += 1
    for j in range(i, min(len(words), i + 16)):
        if words[j] in _BREAK or (j > i and words[j] in SPEECH):
            return False
        if words[j] in TAKE_VERBS:
            k = j
            while k > i and (words[k - 1] in _LEAD or words[k - 1].endswith("ly")):
                k -= 1
            # the lead-in reaches the subject, or a coordinated verb phrase ("... and are
            # prepared to take")
            opened = k == i or words[k - 1] == "and"
            return opened and _stern_measures(words[j + 1 :])
    return False


_GLOSS_LEFT_RE = re.compile(r"\b(?:us|we|our)\s*\[\s*\Z", re.IGNORECASE)


def vows_measures(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target vows stern measures (see the module docstring)."""
    if _GLOSS_LEFT_RE.search(ex.left_text) and re.match(r"\s*\]", ex.right_text):
        rest = WORD_RE.findall(ex.right_text.lower())
        return any(_vow_from(rest[i + 1 :]) for i, w in enumerate(rest) if w == "we")
    if not is_clause_subject(left_words):
        return False
    part = re.split(r"[;.!?]\s|[;:—–]", ex.right_text, maxsplit=1)[0]
    return _vow_from(WORD_RE.findall(part.lower()))


MODALS = (["should"], ["must"], ["needs", "to"], ["need", "to"], ["has", "to"], ["have", "to"],
          ["ought", "to"])
_NOT_DEMANDED = frozenset("be have feel get know".split())


def is_exhorted(left_words: list[str], right_words: list[str]) -> bool:
    """Whether the target, the subject of its clause, is told what it should or must do
    ("[North Korea] should respond", "[China] must not interfere")."""
    if not is_clause_subject(left_words):
        return False
    for modal in MODALS:
        if right_words[: len(modal)] == modal:
            rest = [w for w in right_words[len(modal) :][:3] if w not in {"not", "also", "now"}
                    and not w.endswith("ly")]
            return bool(rest) and rest[0] not in _NOT_DEMANDED
    return False


RESPOND_VERBS = frozenset(
    "responded responds reacted reacts replied replies answered answers retaliated".split())
HOSTILE_ING = frozenset(
    """firing launching test-firing testing threatening shelling attacking staging
    conducting""".split()
)
"""Acts after "responded ... by" that are hostile (a weapon word must follow, see
:func:`responds_by_force`)."""


def responds_by_force(left_words: list[str], right_words: list[str]) -> bool:
    """Whether the target, the subject of its clause, responds to another by a hostile act
    ("[North Korea] responded to the drills by firing two ballistic missiles")."""
    if any(w not in _DETERMINERS for w in left_words):
        return False
    verbs = [w for w in right_words[:4] if w not in _LEAD and not w.endswith("ly")]
    if not verbs or verbs[0] not in RESPOND_VERBS:
        return False
    tail = right_words[right_words.index(verbs[0]) + 1 :][:16]
    if "by" not in tail or tail.index("by") + 1 >= len(tail):
        return False
    act = tail[tail.index("by") + 1]
    after = set(tail[tail.index("by") + 2 : tail.index("by") + 8])
    return act == "threatening" or (act in HOSTILE_ING and bool(
        (WEAPON_MARKS | HOSTILE_ACTS | {"drills", "exercises"}) & after))


def label_role(ex: PreparedExample, left_words: list[str]) -> str:
    """``hostile_source``, ``pressure_object`` or ``""``: the role this module reads for the
    target of ``ex`` (``left_words``: its clause's lower-cased words left of it)."""
    if is_act_agent(left_words):
        return "hostile_source"
    end = CLAUSE_SPLIT_RE.search(ex.right_text)
    right = WORD_RE.findall((ex.right_text[: end.start()] if end else ex.right_text).lower())
    if responds_by_force(left_words, right):
        return "hostile_source"
    return "pressure_object" if is_exhorted(left_words, right) else ""
