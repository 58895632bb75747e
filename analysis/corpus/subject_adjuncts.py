"""Phrases between a speaker and the reporting verb that are no part of the speaker's name.

Wire copy hides a source behind what it knows (``A person familiar with the matter said``,
``An official with knowledge of the talks said``, ``Two people briefed on the plans said``; not
``people close to the president``, described by whom they are close to) and places a speaker
at an event (``President Yoon Suk Yeol at a Cabinet meeting said``,
``Kim Jong Un at the launch site said``) or names the text it speaks through (``Robert
Gallucci in his article in The National Interest warned``). The words right before the verb
then name the matter, the talks, the meeting or the text, not the one who speaks:
:func:`adjunct_start` finds where such a phrase starts, so that the subject is read before it.
"""

from __future__ import annotations

import re

EVENT_NOUNS = frozenset("""meeting conference briefing ceremony forum event summit rally
    hearing session site gathering reception dinner banquet luncheon interview parade
    convention plenum""".split())
"""Nouns of an occasion a speaker is placed at (*at a Cabinet meeting*)."""
_KNOWING_RE = re.compile(
    r"\b(?:familiar\s+with|(?:with|having)\s+(?:direct\s+|intimate\s+|first-?hand\s+|"
    r"detailed\s+)?knowledge\s+of|briefed\s+on|involved\s+in|privy\s+to)\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+|its\s+|these\s+|those\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+\s*$")
"""What a source knows, ending right before the verb (*familiar with the matter*)."""
_AT_EVENT_RE = re.compile(r"\b(?:at|during)\s+(?:a|an|the|his|her|their|its|this)\s+"
                          r"(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(EVENT_NOUNS)) +
                          r")\s*$")
"""The occasion, ending right before the verb (*at a news conference*)."""
_IN_TEXT_RE = re.compile(r"\b(?:in|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w.’'-]+\s+)"
                         r"{0,4}?(?:article|op-ed|column|statement|interview|essay|commentary|"
                         r"letter|post|speech|message|editorial|book|paper)(?:\s+(?:in|for|with|"
                         r"on|to|carried\s+by|published\s+by)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)"
                         r"{1,5})?\s*$")
"""The text a speaker speaks through, ending right before the verb (*in his Jan. 11 article in
The National Interest*, *in a statement carried by KCNA*)."""


_WINDOW = 160
"""Characters before the verb that hold such a phrase at most (a long sentence is not read
whole for each of its verbs)."""


def adjunct_start(text: str, end: int) -> int | None:
    """Where a phrase of knowing or of an occasion (module docs) ending at offset ``end`` of
    ``text`` (a reporting verb's) starts, when something stands before it; else ``None``."""
    start = max(0, end - _WINDOW)  # the phrase ends at the verb: only its end is read
    for pattern in (_KNOWING_RE, _AT_EVENT_RE, _IN_TEXT_RE):
        m = pattern.search(text, start, end)
        before = text[max(0, m.start() - _WINDOW):m.start()].split() if m else []
        if before and (pattern is not _IN_TEXT_RE or before[-1][:1].isupper()):
            return m.start()  # a text only after a name: not "A passage in the commentary"
    return None


_CLOSE_TO_RE = re.compile(r"\b(?:[Pp]eople|[Ss]ources|[Oo]fficials|[Aa]ides|[Aa]llies|[Tt]hose|"
                          r"[Aa]dvisers|[Aa]dvisors|[Ff]riends|[Dd]iplomats|[Aa] person|"
                          r"[Aa] source|[Aa]n? official)\s+close\s+to\s+(?:[\w.’'-]+\s+){1,5}$")
"""A source described by whom it is close to, ending right before the verb."""


def close_to_start(text: str, end: int) -> int | None:
    """Where a source described by whom it is close to (``people close to the president``)
    and ending at offset ``end`` of ``text`` starts: the whole phrase is the speaker, not the
    one it is close to; else ``None``."""
    m = _CLOSE_TO_RE.search(text, max(0, end - _WINDOW), end)
    return m.start() if m else None
