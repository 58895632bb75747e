"""Reporting participles used as adjectives: ``the statement, issued by the foreign ministry``,
``the measures announced on Wednesday``, ``under the agreement announced last week``. A past
participle of a reporting verb that modifies a noun reports nothing by itself: the noun is no
speaker and the sentence is the writer's unless another verb reports (``The statement, issued
by the ministry, warned ...``: *warned*, whose subject is the statement).

:func:`attributive_participle` tells such a participle from a finite verb of the same form
(``The ministry announced on Wednesday that ...``) by what stands around it (used by
:mod:`.cues`):

* a passive agent right after it (``announced by the two leaders``, ``issued by Seoul``);
* a common-noun subject that is the object of a preposition opening the sentence or a clause
  (``Under the agreement announced Wednesday``): a noun inside a prepositional phrase is no
  sentence subject (but ``Officials from the two countries reaffirmed``: there the phrase
  modifies the subject), and a named text after *the* and a preposition of :data:`_THROUGH`
  anywhere in the sentence;
* a subject whose head is a thing that cannot speak (:data:`THING_HEADS`: ``The measures
  announced``, ``the commitments stated in the declaration``);
* a verb of naming after a comma, right before the name it gives (a quotation or a capitalised
  word: ``the exercise, dubbed “Freedom Edge,” in international waters``); the finite verb
  names its object first (``KCNA, in a commentary, dubbed the drill “...”``).
"""

from __future__ import annotations

import re

THING_HEADS = frozenset("""measure measures step steps commitment commitments plan plans proposal
    proposals deal deals policy policies sanction sanctions deployment
    deployments drill drills exercise exercises package packages change changes rule rules
    restriction restrictions tariff tariffs program programs programme programmes initiative
    initiatives framework arrangement arrangements guideline guidelines reform reforms cut cuts
    aid funding budget investment investments project projects mechanism pledge pledges
    figures numbers results terms details findings outcome outcomes goal goals target targets
    weapons missile missiles submarine submarines warship warships bomber bombers assets
    visit visits summit talks meeting meetings trip tour event events ceremony""".split())
"""Heads of a noun phrase that names a thing or an event, never a speaker: before a reporting
participle (``the measures announced``) the participle is an adjective. Texts that state things
(``The agreement stated``) are not among them."""

_PREPOSITIONS = frozenset("""under in into on at from with without within during
    despite following for about against over through via amid among beyond""".split())
"""Prepositions whose object cannot be the subject of the sentence's verb (not *after* or
*before*, which also open a clause: ``after campaign aides insisted that``)."""

_THROUGH = frozenset("through under via following during despite amid".split())
"""Prepositions whose object, a named text after *the*, is never the subject of the participle
after it (``launched through the Washington Declaration signed in April``), wherever the
phrase stands; *from*, *of*, *in* and *at* are not among them (``Officials from the Foreign
Ministry announced``)."""

_ARTICLES = frozenset("the a an this these those".split())
"""Words opening a common-noun subject; only such a subject after a preposition is that
preposition's object (a name there may follow a fronted phrase whose comma is left out)."""

_NAMING = frozenset("dubbed nicknamed codenamed code-named billed labeled labelled titled".split())
_NAME_NEXT = re.compile(r"\s{4}|\s*[A-Z]")
"""After a verb of :data:`_NAMING`, the name it gives: a blanked quotation or a capital."""

_AGENT_START = re.compile(r"\s*by\s+(?:the\s|a\s|an\s|[A-Z])")
"""A passive agent after a participle (``by the foreign ministry``, ``by Seoul``); ``by phone``,
``by video link`` are means, not agents."""


def attributive_participle(outside: str, tokens: list[re.Match], i: int,
                           subject: str | None) -> bool:
    """Whether the reporting verb ``tokens[i]`` (an *-ed* form) is a participle used as an
    adjective rather than the finite verb of ``subject`` (see the module's notes)."""
    verb = tokens[i].group(0)
    if not verb.endswith("ed") or i == 0:
        return False
    if _AGENT_START.match(outside, tokens[i].end()):
        return True  # "the statement, issued by the foreign ministry"
    if verb in _NAMING and outside[:tokens[i].start()].rstrip().endswith(",") and \
            _NAME_NEXT.match(outside, tokens[i].end()):
        return True  # "the exercise, dubbed “Freedom Edge,”": the writer's naming
    if not subject:
        return False
    words = subject.split()
    if words[-1].lower() in THING_HEADS and words[-1][:1].islower():
        return True  # "The measures announced on Wednesday fall short"
    at = outside.rfind(subject, 0, tokens[i].start())
    before = outside[:at].split() if at > 0 else []
    if words[0] not in _ARTICLES:  # "In Seoul Yoon reaffirmed": a fronted phrase, no comma
        return len(before) >= 2 and before[-1].lower() == "the" and \
            before[-2].lower() in _THROUGH  # "agreed through the Seoul Declaration announced"
    if not before or before[-1].lower() not in _PREPOSITIONS:
        return False
    return len(before) == 1 or before[-2].endswith(",") or before[-1].lower() in _THROUGH or \
        any(w.endswith("ed") and w.islower() for w in before[-4:-1])  # "lashed out at the
    # X announced": the object of a verb just before
    # "Under the deal announced", "agreed through the declaration announced", not
    # "Officials from the two countries reaffirmed": there the phrase modifies the subject
