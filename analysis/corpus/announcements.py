"""Announcements of events: ``The Pentagon announced the deployment of a nuclear-armed
submarine``, ``Seoul unveiled the launch of a new group``. An act verb (*announced*,
*unveiled*) whose object is an event noun reports the event, not anyone's words or views: the
sentence is the writer's, as with an object that is only a name (``announced the Washington
Declaration``, :mod:`.cues`). Before a clause or a plan (``announced that``, ``announced a plan
to``) it reports content and stays a cue.

An agreement to act (``South Korea and the United States agreed Wednesday to set up a
group``, :func:`agrees_to_act`) likewise narrates what the parties do, not their words or
views; ``agreed that ...`` stays a view. So does an agreement on an event (``The two leaders
agreed on the establishment of a group``) and the signing of a text (``Biden and Yoon are
signing an agreement that includes plans to ...``, :func:`narrates_an_act`).
"""

from __future__ import annotations

import re

from .cue_words import NAMING_ACT_VERBS, PREPOSITIONS, SPEECH_VERBS, THING_DETERMINERS
from .sources import WEEKDAYS
from .speech_participles import speech_participle_follows

EVENT_NOUNS = frozenset("""deployment deployments launch launches start creation formation
    establishment signing opening resumption suspension appointment appointments resignation
    withdrawal arrival departure visit visits sale sales purchase closure expansion end death
    nomination cancellation postponement merger acquisition dispatch construction completion
    retirement arrest arrests indictment release return transfer sending candidacy bid
    engagement adoption""".split())
"""Nouns of events and acts: as the object of an act verb they make it report nothing."""

TEXT_OBJECTS = frozenset("""agreement agreements accord deal pact declaration sheet results
    guidelines communique roadmap""".split())
"""Nouns of a text or its results (``announced an agreement with Seoul``, ``announced the fact
sheet summarizing the deals``, ``announced the results of the survey``): released as a whole,
with none of their content, they are an act like an event; before *to* or *for*
(``announced an agreement to build ...``, ``an agreement for tighter checks``) they are a plan,
content."""

_MODIFIERS = 3
"""Words that may stand between the determiner and the event noun (``the first-ever
deployment``, ``the planned U.S. deployment``)."""
_AFTER_EVENT = frozenset("of to in on at for by with from into".split())
_SPEECH_CLAUSE_RE = re.compile(r",\s+(?:saying|stating|calling|accusing|warning|adding|noting|"
                               r"insisting|stressing|describing|vowing|claiming)\b")
"""A clause of speech later in the sentence (``..., calling it a milestone``): words follow."""
_NAMING_AFTER = frozenset("called named dubbed titled entitled".split())
"""Words after a text's noun that name it (``announced an agreement called the “Washington
Joint Declaration”``): the text is announced by name, with none of its content."""


def announces_event(outside: str, tokens: list[re.Match], i: int) -> bool:
    """Whether the object of the act verb ``tokens[i]`` is a determiner, at most a few
    modifiers and an event noun (:data:`EVENT_NOUNS`), closed by a preposition, a comma or the
    end of the sentence."""
    k = i + 1
    if k >= len(tokens) or tokens[k].group(0).lower() not in THING_DETERMINERS or \
            outside[tokens[i].end():tokens[k].start()].strip():
        return False
    for m in range(k + 1, min(len(tokens), k + 2 + _MODIFIERS)):
        gap = outside[tokens[m - 1].end():tokens[m].start()]
        if len(gap) > 3 and not gap.strip():  # "announced the new “Defense Vision ...,”"
            nxt = tokens[m].group(0)  # a quoted name, then a participle or "which", no words
            return (nxt.endswith("ed") or nxt == "which") and not _SPEECH_CLAUSE_RE.search(
                outside, tokens[m].start())
        if gap.strip():
            return False  # punctuation inside the object: not a plain noun phrase
        noun = tokens[m].group(0).lower()
        if noun in EVENT_NOUNS or noun in TEXT_OBJECTS:
            after = tokens[m + 1].group(0).lower() if m + 1 < len(tokens) else ""
            gap = outside[tokens[m].end():tokens[m + 1].start() if after else None].strip()
            if speech_participle_follows(outside, tokens, m):
                return False  # "confirmed the arrival, stating that ...": words follow
            if noun in TEXT_OBJECTS:  # "an agreement to build / for ..." is a plan: content
                return after not in {"to", "for"} and (not after or gap[:1] in {",", ".", ";"} or
                                          after in _AFTER_EVENT or after in _NAMING_AFTER or
                                          (not gap and after.endswith("ing")))
            return not after or gap[:1] in {",", ".", ";"} or after in _AFTER_EVENT
    return False


_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")


def announces_an_event(sentence: str) -> bool:
    """Whether ``sentence`` announces an event (:func:`announces_event` holds for one of its
    act verbs): the rules read it as the writer's, and the learned model
    (:mod:`.attribution_model`) may not promote it to reported speech."""
    if not any(verb in sentence for verb in ("announce", "unveil")):
        return False
    tokens = list(_WORD_RE.finditer(sentence))
    return any(t.group(0) in NAMING_ACT_VERBS and announces_event(sentence, tokens, n)
               for n, t in enumerate(tokens))


_AGREE_TO_ACT_RE = re.compile(
    r"\bagree(?:[sd]|ing)?(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|also|formally|jointly|quickly))?[ \t]+(?:(?:not[ \t]+)?to[ \t]+"
    r"(?P<verb>[a-z]+)\b"
    r"|on[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?P<event>[a-z]+)\b)")
_AGREE_TO_A_DEAL_RE = re.compile(r"\bagree[sd]?[ \t]+to[ \t]+(?:a|an|the)[ \t]+"
                                 r"(?:[\w-]+[ \t]+){0,2}?"
                                 r"(?:deal|pact|accord|agreement|treaty|truce|ceasefire)\b")
_SIGNS_A_TEXT_RE = re.compile(
    r"\b(?:sign|signs|signed|signing)[ \t]+(?:a|an|the|their|its)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:agreement|accord|deal|pact|treaty|declaration|memorandum|communique|law|bill|order|"
    r"contract|statement)s?\b")


def agrees_to_act(sentence: str) -> bool:
    """Whether ``sentence`` narrates an agreement to act: *agree(d)*, at most a day or an
    adverb, *(not) to* and a verb (``agreed Wednesday to set up``, ``agreed not to develop``),
    not a determiner (``agreed to a 30-minute interview``), *to* a deal (``agreed to a trade
    deal that lowers duties``) or *on* an event (``agreed on the establishment of a group``).
    The learned model (:mod:`.attribution_model`), which counts *agreed* as a cue, may not promote
    it to reported speech."""
    return "agree" in sentence and (any(
        m.group("verb") not in THING_DETERMINERS if m.group("verb") else
        m.group("event") in EVENT_NOUNS for m in _AGREE_TO_ACT_RE.finditer(sentence)) or
        _AGREE_TO_A_DEAL_RE.search(sentence) is not None)


def narrates_an_act(sentence: str) -> bool:
    """Whether ``sentence`` narrates an act the learned model (:mod:`.attribution_model`) may
    not read as reported speech: an agreement to act (:func:`agrees_to_act`), or the signing
    of a text (``Biden and Yoon are signing a pact that sets out plans to ...``: the
    parties act; what the text holds is no one's words here)."""
    return agrees_to_act(sentence) or ("sign" in sentence and
                                       _SIGNS_A_TEXT_RE.search(sentence) is not None)


_DESCRIBING = frozenset("and aimed intended designed meant".split())
"""Words after a name that go on describing it or narrating, not giving its content."""


def names_only(outside: str, tokens: list, i: int) -> bool:
    """Whether the object of the verb ``tokens[i]`` is only a name (``the Washington
    Declaration``), up to the end of the sentence, a comma, a preposition, *and* (``announced
    the Washington Declaration and issued a statement``) or a participle that describes the
    name (``announced the Washington Declaration aimed at ...``: :data:`_DESCRIBING`), these two
    only after a name with *the* and not before a reporting verb."""
    k = i + 1
    if k < len(tokens) and tokens[k].group(0).lower() == "the":
        k += 1
    start = k
    while k < len(tokens) and tokens[k].group(0)[0].isupper() and \
            tokens[k].group(0) not in WEEKDAYS:
        k += 1
    if k == start:
        return False
    if k == len(tokens):
        return True
    if tokens[k].group(0) in _DESCRIBING and (start == i + 1 or (
            k + 1 < len(tokens) and tokens[k + 1].group(0).lower() in SPEECH_VERBS)):
        return False  # "announces Plans He and ...", "... and said it would deter": words
    return tokens[k].group(0).lower() in PREPOSITIONS | _DESCRIBING or \
        outside[tokens[k - 1].end():tokens[k].start()].strip().startswith(",")
