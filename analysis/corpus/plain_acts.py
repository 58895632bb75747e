"""Promotions the learned model may not make: sentences that narrate an act, and sources that
are no noun phrase.

The model (:mod:`analysis.corpus.attribution_model`) promotes sentences the rules leave to the
writer when their words resemble reported speech. On news of a summit or a missile launch it
also promotes the writer's narration of what a subject did, and its speaker finder then takes
the words before the verb for a source. :func:`not_a_source` vetoes such a promotion:

* the promoted source is no noun phrase: it holds a verb or an auxiliary (``The pact was
  first unveiled at ...`` gives *pact was first*; ``But they could allow Seoul to argue ...``),
  it is an article or a demonstrative alone (*The*, *This* of ``This shows that ...``: the
  writer's inference), or it opens with a participle and ``by`` (``Guided by our shared
  values, the allies are building ...``);
* the source's verb, at most two adverbs or a day after it, narrates an act, not words: a
  launch or a deployment (``Pyongyang fired two missiles``, not ``fired back``, a retort;
  ``launched``, ``deployed``, ``conducted``, ``staged``), a discussion or a decision without
  content (``Both sides also discussed setting up ...``, ``We decided (not) to ...``), work under
  way (``are working on``) or the writer's forecast (``The envoys are expected to meet
  ...``, ``is set to``), an event's timing (``Biden's remark came after ...``; a possessive
  source is read with its noun) or a warning the story has reported, as an act at a time or
  place (``He issued the warning at a news conference``);
* the source's head is a text that creates or sets out something without a reporting verb
  (``The agreement ... also creates a group``: :data:`NON_SPEAKING`), or voices, calls or
  demands in a sentence that tells their trend (``Voices calling for an arsenal are
  growing``: the writer's observation).

The source may be the first part of a coordinated subject (``Shin and his counterpart are
expected to discuss ...``: the act follows *and* and up to six words).

The rules' own reporting clauses are not affected: ``Pyongyang fired two missiles, the military
said`` is still the military's.
"""

from __future__ import annotations

import re

NON_SPEAKING = frozenset("agreement declaration deal pact treaty accord charter document "
                         "communique law bill resolution fact forecast phrase term visit "
                         "trip exercise exercises drill drills".split())
"""Heads of a subject that, without a reporting verb (the rules found none), is no source: a
text that creates or sets out something (``The agreement ... also creates a group``), a fact
or a forecast the writer reasons from (``This fact plainly shows``, ``That forecast
mirrored``), a phrase (``The phrase ... describes``), a visit (``The carrier's visit is
widely viewed as``) or an exercise (``The drill, called "...", is part of``)."""

_TREND_HEADS = frozenset("voices calls demands".split())
_TREND_RE = re.compile(r"\b(?:are|is|were|was|have|has|had)\s+(?:been\s+)?(?:growing|grown|"
                       r"mounting|mounted|rising|risen|gaining|intensifying|intensified|spreading"
                       r"|spread)\b")
"""A trend of voices or calls (``Voices calling for an arsenal are growing``): the writer's
observation, not anyone's words (the voices are the promoted source's head)."""
_NO_NOUN_WORDS = frozenset("""is are was were be been being has have had could would will can
    may might should must did does do""".split())
"""Auxiliaries: a promoted source holding one is a clause, not a noun phrase."""
_BARE = frozenset("the a an this that these those".split())
"""A source of one of these words alone names nobody."""
_PARTICIPLE_BY_RE = re.compile(r"[A-Za-z]+ed by\b")
_NOUN_RE = re.compile(r"\s+[a-z]+")

_ADVERB = (r"(?:(?:also|then|again|later|first|jointly|reportedly|separately|recently|"
           r"previously|already|subsequently|on|last|this|early|late|"
           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+){0,3}")
_ACT_RE = re.compile(
    r"[\s)\]]*(?:and\s+(?:[\w.’'-]+\s+){1,6}?)?" + _ADVERB +
    r"(?:(?:test-)?fired(?!\s+back)|launched|deployed|dispatched|conducted|staged|discussed|"
    r"decided\s+(?:not\s+)?to|(?:is|are|was|were)\s+(?:(?:also|now|still)\s+)?"
    r"(?:expected|set|scheduled|slated|due|working)\s+(?:to|on)|"
    r"came\s+(?:as|after|amid|just|only|days|hours|weeks|a\s+day)|"
    r"issued\s+(?:the|this|that|his|her|its|their)\s+(?:warning|threat|remarks)\s+"
    r"(?:during|at|in|on|after|before|while|as|from))\b")
"""After the source: a verb of an act (module docstring), perhaps after adverbs or a day."""


def not_a_source(sentence: str, raw: str | None) -> bool:
    """Whether a promotion of ``sentence`` with the source ``raw`` (the model's speaker,
    :func:`analysis.corpus.quotes.promoted_speaker`) is to be vetoed (module docstring)."""
    if not raw:
        return False
    words = raw.split()
    if words[-1].lower() in NON_SPEAKING or (words[-1].lower() in _TREND_HEADS and
                                             _TREND_RE.search(sentence)):
        return True
    if raw.lower() in _BARE or _PARTICIPLE_BY_RE.match(raw):
        return True
    if any(w.lower() in _NO_NOUN_WORDS for w in words):
        return True
    at = sentence.lower().find(raw.lower())  # "the two sides" of "The two sides"
    if at < 0:
        return False
    at += len(raw)
    if raw.endswith(("’s", "'s")) and (noun := _NOUN_RE.match(sentence, at)):
        at = noun.end()  # "Biden's warning came as ...": the possessor's noun
    return _ACT_RE.match(sentence, at) is not None
