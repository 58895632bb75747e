"""Views held under a passive or after an opening phrase, and the shares of a poll's answers.

:func:`analysis.corpus.beliefs.belief_subject` reads a view only when the holder opens the
sentence (``Pyongyang views the drills as ...``). :func:`view_holder` adds two forms of the
same report:

* a passive view with its holder after *by* (``The drills are viewed by Pyongyang as a rehearsal
  for invasion``, ``... was widely seen by Tokyo as ...``): the holder is the source;
* a view after a short opening phrase closed by a comma (``Despite the protests, the premier
  views the plan as a first step``, ``For its part, Beijing sees the group as ...``): the
  subject after the comma, read as :func:`~analysis.corpus.beliefs.belief_subject` reads an
  opening subject, in a sentence that holds *as* (the form of *views ... as*).

:func:`poll_share` reads a finding of a poll whose subject is a share of the respondents
(``Some 38.5 percent of respondents voiced doubts about ...``, ``62% of those polled backed
...``): the respondents' answers, reported by the writer, with the share as written for
its source. A share of a whole people without a poll's word (``60 percent of voters``) is left
to the other rules.
"""

from __future__ import annotations

import re

from .beliefs import belief_subject
from .nominal_sources import promise_giver

_PASSIVE_VIEW_RE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:viewed|seen|regarded|perceived)\s+by\s+(?P<holder>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}"
    r"[A-Z][\w.’'-]*|(?:the|many|some|most)\s+(?:[a-z-]+\s+){0,2}?(?:officials|analysts|experts|"
    r"critics|leaders|government|regime|public))\s+as\b")
_OPENER_RE = re.compile(r"(?:Despite|Amid|For|In|After|Meanwhile|However|Still|Yet|Nonetheless)"
                        r"\b[^,“”\"]{0,60},\s+")

_SHARE_RE = re.compile(
    r"(?:(?:Meanwhile|However|In\s+contrast|By\s+contrast|Still|Also|And|But),?\s+)?"
    r"(?P<share>(?:(?:About|Around|Some|Nearly|Almost|Over|More\s+than|Only|Just)\s+)?"
    r"\d+(?:\.\d+)?\s?(?:percent|per\s+cent|%)\s+of\s+(?:the\s+)?(?:respondents|those\s+"
    r"(?:polled|surveyed|questioned|asked)|(?:the\s+)?people\s+(?:polled|surveyed)))"
    r"\s+(?:\w+ly\s+)?(?P<verb>[a-z]+(?:ed|s))\b")


def view_holder(outside: str) -> str | None:
    """The holder of a view the sentence ``outside`` (its text outside quotation marks)
    reports under a passive or after an opening phrase (module docstring), or the giver of a
    promise obtained from them (:func:`~.nominal_sources.promise_giver`), else ``None``."""
    if (giver := promise_giver(outside)) is not None:
        return giver  # "Yoon received assurance from Biden that ...": Biden's words
    if " as " not in outside and " as\n" not in outside:
        return None  # every other form here holds "as"
    m = _PASSIVE_VIEW_RE.search(outside)
    if m is not None:
        return m.group("holder")
    opener = _OPENER_RE.match(outside.lstrip())
    if opener is None:
        return None
    held = belief_subject(outside.lstrip()[opener.end():])
    return held if held is not None and held.split()[0] not in {"the", "a", "an"} else None


def poll_share(sentence: str) -> str | None:
    """The share of a poll's respondents that opens ``sentence`` before a verb (module
    docstring), else ``None``."""
    if "percent" not in sentence and "%" not in sentence and "per cent" not in sentence:
        return None
    m = _SHARE_RE.match(sentence.lstrip())
    return m.group("share") if m else None
