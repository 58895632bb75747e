"""Relative clauses that a reporting verb closes: ``the pact, which Trump has criticized``
(:func:`object_relative`, used by :mod:`.cues`): the verb qualifies the writer's noun and
reports nothing."""

from __future__ import annotations

import re

from .cue_words import PARTICLES, PREPOSITIONS

NAMING_COMPLEMENT_RE = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,5}?(?:a|an|as|the\s+(?:most|\w+est))\s+\w|"
    r"\s+(?:[\w’'.-]+\s+){1,9}?as\s+(?:a|an)\s+[‘'“\"]?\w|"
    r"\s+(?:the|its|their|these)\s+(?:[a-z-]+\s+)?[a-z]+s\s+[a-z]+s\s+"
    r"(?:for|of|against|aimed)\s")  # "calls the drills rehearsals for"
"""A naming complement after a verb of naming (``called the visit a provocation``, ``described it as
hostile``, ``called it the most visible sign``, ``calls the drills rehearsals for invasion``)."""


_AFTER_OBJECT_RELATIVE = PREPOSITIONS | frozenset("when as before after later earlier".split())
NAMING_VERBS = frozenset("""called calls described describes branded brands labeled labelled labels
    dubbed dubs termed terms""".split())
"""Verbs whose object a relative pronoun or a contact relative's gap is (``which it called a
"warning"``, ``waters the North calls its "sovereign zone"``)."""


def object_relative(outside: str, tokens: list, k: int, i: int) -> bool:
    """Whether the reporting verb ``tokens[i]`` closes a relative clause opened by *which*,
    *whom* or *whatever* at ``tokens[k]`` whose object is that pronoun: nothing is reported,
    the clause qualifies the writer's noun (``the pact, which Trump has criticized.``, ``a
    president whom Obama mentioned later``). A relative after a preposition (``an interview in
    which he said ...``) or before the clause it reports (``which advocates say disadvantages
    schools``) is no such clause. After *which*, a verb of naming always has it as its object
    (``a missile, which it called a "warning" to the allies``)."""
    if k and tokens[k - 1].group(0).lower() in PREPOSITIONS:
        return False
    if tokens[i].group(0) in NAMING_VERBS and tokens[k].group(0).lower() in {"which", "whom"}:
        return True  # "a missile, which it called a “warning”": the pronoun is what was named
    if i + 1 == len(tokens) or outside[tokens[i].end():tokens[i + 1].start()].strip():
        return True  # "which Trump has criticized." / "..., which he denied, ..."
    return tokens[i + 1].group(0).lower() in _AFTER_OBJECT_RELATIVE


_BARE_NAMING = frozenset({"call", "describe"})
_OBJECT_OPENERS = frozenset("""it them him her us me this that these those the their its his our
    such""".split())


_BARE_COMPLEMENT_RE = re.compile(
    r"\s+(?:(?:it|them|him|her|this|that|these|those)\s+|(?:the|their|its|his|our|such)\s+"
    r"(?:(?!(?:on|in|at|for|to|from|with|by|back|off|up|out|into|over|as)\b)[\w’'-]+\s+){1,4}?"
    r"|[A-Z][\w’'-]*\s+(?:[A-Z][\w’'-]*\s+){0,3})(?:an?|as|the\s+(?:most|\w+est))\s+\w")
"""The naming complement of the bare ``call`` and ``describe``: right after an object that
holds no preposition or particle (``call the visit a show of force``; not ``call their
relatives on a smuggled phone``, ``call the march off at a moment's notice``)."""


def naming_cue(verb: str, outside: str, at: int, has_quote: bool) -> bool | None:
    """Whether the naming verb ``verb`` (ending at ``at`` in ``outside``) reports: without a
    quotation only before a naming complement (:data:`NAMING_COMPLEMENT_RE`), not before a
    particle (``called for``, ``called off``); ``None`` (other checks decide) for an inflected
    form beside a quotation (``called it a “step”``). The bare ``call`` and ``describe``
    report only before a pronoun, a determiner or a name (``Some call the visit a show of
    force``), not as the noun of ``a five-alarm call to Congress`` nor in ``continued to call for
    more information`` or ``We call for an end to the “strategy”``."""
    rest = outside[at:]
    after = rest.split(None, 1)[0] if rest.strip() else ""
    if verb in _BARE_NAMING and after.lower() not in _OBJECT_OPENERS and not after[:1].isupper():
        return False
    if has_quote:
        return None
    pattern = _BARE_COMPLEMENT_RE if verb in _BARE_NAMING else NAMING_COMPLEMENT_RE
    return after.lower() not in PARTICLES and pattern.match(outside, at) is not None
