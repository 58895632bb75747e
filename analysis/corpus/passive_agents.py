"""The agent of a passive report: ``The plan was described by the agency as ...`` is the agency's.

These shapes put the source after *by* or in a relative clause, where the subject finders do
not look:

* a passive verb of reading or judging with its agent (``The deal was read by Kyodo as a
  warning to Pyongyang``, ``The drills were condemned by Beijing as ...``, or after the
  complement at the sentence's end: ``The visit has been considered a provocation by North
  Korea.``): the subject is the thing judged, the agent the source;
* an expletive *it* with a passive verb of saying and its agent (``It was reported by Yonhap
  that ...``): the agent is the source, as without the *it* (``It was reported that ...``
  names none);
* remarks and the like made by someone, with their content after *that* (``..., responding
  to remarks made by the deputy adviser, a former professor, that the accord would ...``), or
  a warning from someone in a sentence with no other source (``The launches follow a warning
  from the defense minister earlier this week that ...``): the
  content is the remarks' author's, the inner source of the sentence (the labelling rules of
  ``data/voices_README.md`` credit the inner one);
* a document or a meeting *in which* someone said that ... (``the two leaders announced a
  declaration in which Mr. Biden said that ...``): the inner source again.

:func:`agent_source` finds the agent after the sentence's subject; a passive that is an act
(``was fired by``, ``was signed by``) or whose agent is no name or noun phrase of a source
gives nothing.
"""

from __future__ import annotations

import re

_HEADS = (r"(?:officials?|ministry|agency|government|spokesperson|spokesman|spokeswoman|"
          r"analysts?|experts?|media|newspaper|critics)")
_AGENT = (r"((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?:[\w-]+\s+){0,4}"
          + _HEADS +
          r"|(?:[Tt]he\s+|[Aa]n?\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*"
          r"|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}" + _HEADS +
          r"|(?:[a-z-]+\s+){0,2}(?:analysts|experts|critics|officials|observers))")
"""An agent: an organ after its country's possessive (``North Korea’s official KCNA news
agency``), a name, or a noun phrase whose head is a source's noun (``the foreign ministry``,
``some critics``)."""
_JUDGED_RE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:interpreted|described|characteri[sz]ed|portrayed|labell?ed|branded|dubbed|"
    r"condemned|denounced|critici[sz]ed|slammed|hailed|praised|welcomed|decried|"
    r"dismissed|rejected|seen|viewed|regarded|read|perceived|blasted|lambasted)\s+by\s+" +
    _AGENT + r"\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:as\b|,)")
"""A passive verb of reading or judging, its agent (perhaps its day: ``by North Korea on
Friday``), then *as* or a comma."""
_JUDGED_AFTER_RE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:described|characteri[sz]ed|portrayed|labell?ed|branded|dubbed|called|termed|"
    r"considered|seen|viewed|regarded|perceived|denounced|condemned)\s+(?:as\s+)?"
    r"(?:(?:an?|the)\s+|[“\"‘'])[^,;:()]{2,80}?\s+by\s+" + _AGENT +
    r"(?:\s+(?:on|last|this|earlier|late)\s+[A-Za-z]+)?(?:,\s+(?:[a-z]+ing|which|who)\b[^;]*)?"
    r"\s*[.;!]?[”\"’']?\s*$")
"""A passive verb of naming or judging, its complement, then its agent ending the sentence
(``... has been considered an acute provocation by North Korea.``)."""
_REMARKS_RE = re.compile(
    r"\b(?:remarks?|comments?|statements?|claims?|assertions?|warnings?|words)\s+"
    r"(?:made\s+|issued\s+|given\s+)?by\s+" + _AGENT +
    r"\s*(?:,[^,;:“”\"]{1,120},\s*)?,?\s+(?:that|stating|saying|suggesting|claiming)\b")
"""Remarks made by someone (an aside between commas after the name), then their content."""
_IN_WHICH_RE = re.compile(
    r"\b(?:in|with)\s+which\s+((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"[A-Z][\w’'-]*|(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|sides|countries|allies))"
    r"\s+(?:also\s+|again\s+|jointly\s+)?(?:said|says|stated|warned|vowed|pledged|declared|"
    r"affirmed|reaffirmed|stressed|promised)\s+that\b")
"""A document or an event, then *in which* someone said that ... (``announced a
“Washington Declaration” in which Mr. Biden said that``): the words are that person's."""
_FROM_RE = re.compile(
    r"\b(?:remarks?|comments?|statements?|claims?|warnings?|threats?)\s+from\s+"
    r"((?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,7}[A-Z][\w.’'-]*|" + _AGENT[1:] +
    r"\s*,?\s+(?:(?:earlier|late|last|on|this)\s+(?:this\s+)?[\w]+\s+)?that\b")
"""A warning (or the like) from someone, perhaps with its time, then its content after *that*
(``a warning from Defense Minister Kang Sun Nam earlier this week that``): read only in a
sentence with no other source."""
_EXPLETIVE_RE = re.compile(
    r"\W*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+)?[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:also\s+|earlier\s+|first\s+)?(?:reported|announced|stated|said|claimed|disclosed|"
    r"revealed|confirmed)\s+by\s+" + _AGENT + r"\s*,?\s+that\b")
"""An expletive *it*, a passive verb of saying, its agent, then *that*."""


def agent_source(sentence: str, raw: str | None = None) -> str | None:
    """The agent of a passive report or of remarks *by* someone in ``sentence`` (module
    docstring), when it stands after the sentence's source ``raw`` (or anywhere when ``raw``
    is ``None``); else ``None``."""
    if " by " not in sentence and " from " not in sentence:
        return None
    start = 0
    if raw:
        at = sentence.find(raw)
        start = at + len(raw) if at >= 0 else 0
    m = _JUDGED_RE.search(sentence, start) or _REMARKS_RE.search(sentence, start) or \
        _IN_WHICH_RE.search(sentence, start) or \
        _JUDGED_AFTER_RE.search(sentence, start) or (None if raw else _from_source(sentence))
    agent = m.group(1).strip() if m else None
    return None if agent and agent.split()[-1].lower() in _TIMES else agent  # "by Friday"


_TIMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december noon midnight dawn
    then now""".split())
"""Last words of a time after *by* (``considered a done deal by Friday``): no agent."""


_ABOUT = 2
"""Words by which the reported words may fall short of half the sentence (*about* half)."""


def _from_source(sentence: str) -> re.Match | None:
    """:data:`_FROM_RE` in ``sentence`` when the words after its *that* are about half of the
    sentence or more (``The launches follow a warning from X that ...``), not a short clause
    under the writer's claim (``The drills went ahead despite warnings from China that ...``)."""
    m = _FROM_RE.search(sentence)
    return m if m and 2 * len(sentence[m.end():].split()) + _ABOUT >= len(sentence.split()) \
        else None


def inner_agent(outside: str, raw: str | None) -> str | None:
    """The source of a sentence whose reporting clause gives ``raw``: the agent of remarks or of
    a passive report after it (:func:`agent_source`: ``Lee was answering comments by Cho,
    ..., that`` is Cho's), else ``raw``; with no source, the agent of an expletive passive of
    saying (``It was reported by Yonhap that``) or of a passive of judging (``The visit was
    blasted by North Korea as a provocation``), else none."""
    if not raw:  # "It was reported by Yonhap that": Yonhap's
        m = _EXPLETIVE_RE.match(outside) if " by " in outside else None
        return m.group(1).strip() if m else agent_source(outside)
    return agent_source(outside, raw) or raw
