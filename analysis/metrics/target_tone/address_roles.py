"""Roles of the one who warns, the one a demand is made of, a person a speaker is described
by through a possessive, and the object of a hostile verb in a contingency.

Neutral-leaning (blended with *neutral* in ``actor_tone``, as :data:`CRITIC` is):

* :data:`CRITIC`, the one who warns, when a time phrase or a verb of delivery stands between it
  and the warning: the subject of its clause, then words such as "on Wednesday", "this week",
  *issued*, *directed*, *sent*, *delivered*, *exchanged*, then *warning(s)* or *ultimatum*
  ("[Biden] on Thursday issued a stern warning to Pyongyang", "[Biden] directed
  a warning at Pyongyang", "Leaders [Kishida] and Yoon exchanged warnings over the
  launch"). :func:`.roles.is_critic` reads the adjacent "[X] warned" and "[X] issued a stern
  warning"; the package's labelling reads the warner as neutral, as it reads the critic
  (``data/actor_tone_team_README.md``).
* :data:`CRITIC_DESCRIPTOR`, a person the speaker is described by through a possessive:
  "[Kim Jong Un]'s younger sister, Kim Yo Jong, lashed out at ...",
  "[Kim Jong Un]'s sister said ...": the kinship or office noun after the possessive, at most
  two adjectives before it, an optional name between commas, then a verb of speech,
  criticism or response. The words that follow are the speaker's, not about the one she is
  described by.
* :data:`.label_roles.HOSTILITY_TARGET` (given by :mod:`.speaker_roles`), the object of a
  hostile verb in a contingency or with a word of weapons after it: "if Pyongyang attacks
  [the South] with nuclear arms", "should the North strike [Seoul]". *Attack* is also said
  of words ("Kim attacks Biden as senile"), hence the condition.

Adverse (read at labelling time, no model feature; a positive reading is ``uncertain``):

* ``pressure_object``, the one a demand is made of: "demanded cooperation from [China]",
  "demands an apology of [Tokyo]", "demanded that [Beijing] ..." (a demand verb within the four
  words before *from*, *of* or *that* right before the target). A demand made of an actor
  asserts no favour toward it, as for the one exhorted (:mod:`.vow_roles`), whatever the warm
  words of what it is asked for; the demander is the admonisher (:mod:`.speaker_roles`).
"""

from __future__ import annotations

import re

from .text import CLAUSE_SPLIT_RE, WORD_RE, PreparedExample

CRITIC = "critic"
"""The role of the one who condemns, criticises, accuses or warns (:data:`.roles.CRITIC`)."""
CRITIC_DESCRIPTOR = "critic_descriptor"
"""The role of a person the critic is described by (:data:`.roles.CRITIC_DESCRIPTOR`)."""

_DETERMINERS = frozenset("the a an its their his her".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
WARNING_NOUNS = frozenset("warning warnings ultimatum ultimatums".split())
"""Nouns of a warning one delivers."""
DELIVERY_VERBS = frozenset(
    """issued issues issue issuing directed directs sent sends delivered delivers gave gives
    exchanged exchange exchanges fired aimed""".split()
)
"""Verbs that deliver a warning ("issued", "directed", "exchanged")."""
_WARN_SKIP = _WEEKDAYS | frozenset(
    """on last this that next week weekend month year yesterday today tonight earlier later
    also again then once has have had will would a an stern strong sharp fresh blunt clear
    new further public veiled thinly starkly its his her their off""".split()
)
"""Words between the warner and its warning (time phrases, auxiliaries, adjectives)."""


_TITLES = frozenset("president presidents leader leaders".split())
_COORDINATED_RE = re.compile(
    r"(?:^|[,;:]\s+)(?:the\s+)?(?:(?:Presidents?|Leaders?)\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}and\s+\Z")
"""The left of the second of two coordinated names ("Presidents Yoon and [Biden]")."""


_NAMES_RE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}")


def _coordinated(words: list[str], names: int) -> list[str]:
    """``words`` after at most ``names`` words of a coordinated subject ("and Biden")."""
    if words[:1] == ["and"]:
        return words[1 + names :]
    return words


def is_warner(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target, the subject of its clause, delivers a warning across a time phrase
    or a verb of delivery (see the module docstring)."""
    if any(w not in _DETERMINERS and w not in _TITLES for w in left_words) and \
            _COORDINATED_RE.search(ex.left_text) is None:
        return False
    part = CLAUSE_SPLIT_RE.split(ex.right_text, maxsplit=1)[0]
    words = WORD_RE.findall(part.lower())[:16]
    names = _NAMES_RE.match(part.lstrip()[4:]) if part.lstrip().startswith("and ") else None
    words = _coordinated(words, len(names.group(0).split()) if names else 0)
    delivered = -1
    for i, word in enumerate(words[:12]):
        if word in WARNING_NOUNS:
            return delivered >= 0
        if word in DELIVERY_VERBS and delivered < 0:
            delivered = i
        elif delivered >= 0 and i - delivered <= 3 and word not in {"to", "at", "by", "and"}:
            continue  # the warning's adjectives: "a pointed", "a thinly veiled"
        elif word not in _WARN_SKIP and not word.endswith("ly") and not word.isdigit():
            return False
    return False


KIN_NOUNS = frozenset(
    """sister brother wife husband daughter son aide aides spokesman spokeswoman spokesperson
    envoy adviser advisor deputy ambassador""".split()
)
"""Nouns that describe a speaker by another person or a country ("[Kim Jong Un]'s sister",
"[North Korea]'s ambassador to the United Nations said")."""
SPEAKING_VERBS = frozenset(
    """said says responded responds reacted replied warned warns vowed vows told stated
    declared claimed called calls accused accuses slammed slams blasted lashed mocked
    denounced denounces condemned condemns criticized criticised criticizes criticises
    threatened threatens lobbed hurled issued released""".split()
)
"""Verbs of a speaker after its description."""
_DESCRIPTOR_RE = re.compile(
    r"^\s*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>" + "|".join(sorted(KIN_NOUNS)) + r")"
    r"(?:\s+(?:to|at)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s*){1,3})?"
    r"(?:\s*,\s*(?:[A-Z][\w.-]*\s*){1,4},)?\s+(?:(?:on|last|this)\s+\w+\s+)?(?P<verb>[a-z]+)")


def describes_speaker(ex: PreparedExample) -> bool:
    """Whether the target's possessive describes the speaker of the clause (see the module
    docstring)."""
    m = _DESCRIPTOR_RE.match(ex.right_text)
    return m is not None and m["noun"] in KIN_NOUNS and m["verb"] in SPEAKING_VERBS


HOSTILE_VERBS = frozenset(
    """attack attacks attacked attacking invade invades invaded invading strike strikes
    struck striking nuke nukes bomb bombs bombed shell shells shelled""".split()
)
"""Verbs of a hostile act whose object is the one it is aimed at."""
CONDITIONS = frozenset("if should unless whether were case event".split())
_WEAPON_WORDS = frozenset(
    """nuclear weapon weapons missile missiles troops forces military force rockets
    artillery""".split()
)


def is_attacked_object(ex: PreparedExample, left_words: list[str]) -> bool:
    """Whether the target is the object of a hostile verb in a contingency or with a word of
    weapons ("if Pyongyang attacks [the South] with nuclear arms")."""
    words = [w for w in left_words if w not in _DETERMINERS]
    if not words or words[-1] not in HOSTILE_VERBS:
        return False
    after = set(WORD_RE.findall(ex.right_text.lower())[:6])
    return bool(CONDITIONS & set(words[-8:-1])) or bool(_WEAPON_WORDS & after)


DEMAND_WORDS = frozenset("demand demands demanded demanding".split())


def is_demanded_of(left_words: list[str]) -> bool:
    """Whether the target is the one a demand is made of: a demand verb within the four words
    before *from*, *of* or *that* right before it."""
    words = [w for w in left_words if w not in _DETERMINERS]
    return len(words) >= 2 and words[-1] in {"from", "of", "that"} and bool(
        DEMAND_WORDS & set(words[-5:-1]))


def label_role(ex: PreparedExample, left_words: list[str]) -> str:
    """``pressure_object`` if a demand is made of the target (:func:`is_demanded_of`), else
    ``""``."""
    return "pressure_object" if is_demanded_of(left_words) else ""


def neutral_role(ex: PreparedExample, left_words: list[str]) -> str:
    """:data:`CRITIC` (:func:`is_warner`) or :data:`CRITIC_DESCRIPTOR`
    (:func:`describes_speaker`), in this order, else ``""``."""
    if is_warner(ex, left_words):
        return CRITIC
    return CRITIC_DESCRIPTOR if describes_speaker(ex) else ""
