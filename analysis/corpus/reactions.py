"""The source of a reaction named by a noun: ``The plan drew criticism from Chinese state media``.

News reports a stance without a reporting verb when the reaction is the object of a verb of
meeting, causing or receiving and its source follows ``from`` (or a passive's ``by``): *The
drills were met with concern from Moscow's embassy*, *The announcement was greeted with concern
by Beijing's envoy*, *The visit has drawn criticism and threats from state media*, *The launch
prompted condemnation from Tokyo*, *The visit earned a strong rebuke from Kim Yo Jong*. The
sentence is the source's words, as *Tokyo condemned the launch* is. :func:`reaction_source` names
that source (the noun phrase after ``from``, to a clause break, a relative word or a preposition
that opens an adjunct), else ``None``.
"""

from __future__ import annotations

import re

_REACTION_RE = re.compile(
    r"\b(?:met\s+with|meets\s+with|greeted\s+with|greets\s+with|received\s+with|drew|drawn|"
    r"draws|drawing|sparked|sparks|prompted|prompts|triggered|triggers|provoked|provokes|elicited|faced|faces|facing|earned|earns|received|"
    r"receives|attracted|attracts|garnered|generated|generates|invited|invites)\s+"
    r"(?:(?:an?|the|some|much|strong|sharp|fierce|harsh|swift|immediate|growing|widespread|"
    r"serious|deep|angry|international|official)\s+){0,3}"
    r"(?:criticism|condemnation|concerns?|praise|protests?|backlash|rebukes?|warnings?|"
    r"objections?|opposition|threats?|denunciations?|complaints?)"
    r"(?:\s+(?:and|or)\s+(?:criticism|condemnation|concerns?|praise|protests?|rebukes?|"
    r"warnings?|objections?|threats?))?\s+(?:from|by(?!\s+[a-z]+ing\b))\s+([^,.;:!?()“”\"]+)")
"""A verb of meeting or causing, a reaction noun (perhaps with a second one after ``and``) and
``from`` (or a passive's ``by``, not before a gerund) with the noun phrase of its source."""

_VERBS = frozenset("""met meets greeted greets drew drawn draws drawing sparked sparks prompted
    prompts triggered triggers provoked provokes elicited faced faces facing earned earns received
    receives attracted attracts garnered generated generates invited invites""".split())
"""The verbs of :data:`_REACTION_RE`, one of which a sentence must hold."""
_STOPS = frozenset("""over about on after for during in at following amid since which who that
    when while as because against""".split())
"""Words that end the source's phrase (``from Seoul over the remarks``)."""
_LEADS = frozenset("the a an".split())
_MAX_WORDS = 8


def reaction_source(sentence: str) -> str | None:
    """The source of a reaction noun in ``sentence`` (see the module docstring), or ``None``:
    ``Beijing's envoy for the peninsula`` of *... drew concern from Beijing's envoy for the
    peninsula*; a leading article is dropped (``the ministry`` -> ``ministry``), as
    :func:`analysis.corpus.cues.find_reporting_clause` drops it after ``according to``."""
    if (" from " not in sentence and " by " not in sentence) or \
            _VERBS.isdisjoint(sentence.split()):
        return None  # most sentences: a set test spares them the regex
    m = _REACTION_RE.search(sentence)
    if m is None:
        return None
    words = []
    for word in m.group(1).split()[:_MAX_WORDS]:
        if words and word.lower() in _STOPS:
            break
        words.append(word)
    while len(words) > 1 and words[0].lower() in _LEADS:
        words = words[1:]
    return " ".join(words) or None
