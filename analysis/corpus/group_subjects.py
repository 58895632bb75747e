"""A group of people from several sides as the subject of a reporting verb.

``Officials from the two countries reaffirmed ...``, ``Officials from both sides said ...``,
``Diplomats of South Korea and the United States said ...``: the speakers are the officials,
drawn from more than one side, so neither side (nor the last country named) is the source.
:func:`group_subject` gives the group noun as written (``Officials``, ``Senior officials``);
:meth:`analysis.corpus.speakers.SpeakerTracker.resolve` lower-cases it (``officials``), which
no actor of the list takes. A group from one side (``Officials from South Korea said``) is
left to the ordinary subject reading.
"""

from __future__ import annotations

GROUP_NOUNS = frozenset("""officials representatives delegates delegations diplomats
    negotiators envoys ministers leaders lawmakers experts analysts sources authorities
    military-officials""".split())
"""Plural nouns of people who may speak for a side (``officials``)."""

_LINKS = frozenset({"from", "of"})
_SEVERAL = frozenset({"both", "all", "each"})
_COUNTED = frozenset("two three four several".split())
_MODIFIERS = frozenset("senior top high-ranking defense defence foreign military government "
                       "trade security".split())
"""Words kept before a group noun (``Senior officials from both sides``)."""
_REACH = 8


def _several_sides(words: list[str]) -> bool:
    """Whether the object ``words`` of ``from``/``of`` names more than one side: ``both
    sides``, ``the two countries``, ``all parties``, ``Seoul and Washington``."""
    low = [w.lower() for w in words]
    if not low:
        return False
    if low[0] in _SEVERAL or "and" in low:
        return True
    return len(low) > 1 and low[0] in {"the", "these"} and low[1] in _COUNTED


def group_subject(outside: str, tokens: list, j: int) -> str | None:
    """The group noun phrase (``Officials``) when the subject ending at token ``j`` is
    ``<group noun> from|of <several sides>`` (see the module docstring), else ``None``.
    ``tokens`` are word matches over ``outside``; the words must run with no punctuation
    between them."""
    for k in range(j - 1, max(-1, j - _REACH), -1):
        if outside[tokens[k].end():tokens[k + 1].start()].strip():
            return None  # a comma or a quotation: no one noun phrase
        if tokens[k].group(0).lower() not in _LINKS or k == 0:
            continue
        noun = tokens[k - 1].group(0)
        if noun.lower() not in GROUP_NOUNS or \
                outside[tokens[k - 1].end():tokens[k].start()].strip():
            return None
        if not _several_sides([t.group(0) for t in tokens[k + 1:j + 1]]):
            return None
        start = k - 1
        while start > 0 and tokens[start - 1].group(0).lower() in _MODIFIERS and \
                not outside[tokens[start - 1].end():tokens[start].start()].strip():
            start -= 1
        return outside[tokens[start].start():tokens[k - 1].end()]
    return None


_NOT_PLURAL_ENDS = ("ss", "us", "is", "news")


def plural_speaker(speaker: str | None) -> bool:
    """Whether ``speaker`` names more than one source: two joined (``The Secretary and Foreign
    Minister``) or a lower-case plural noun (``the national security advisors``, ``officials``)."""
    words = (speaker or "").split()
    if not words:
        return False
    last = words[-1]
    return " and " in speaker or (last.islower() and last.endswith("s")
                                  and not last.endswith(_NOT_PLURAL_ENDS))


def they_referent(last_speaker: str | None, last_plural: str | None,
                  last_person: str | None) -> str | None:
    """Whom ``they`` stands for: the last speaker, unless that is one named person and a group
    spoke before (``The national security advisors condemned ... Mr. Sullivan reaffirmed ...
    They noted ...``: the advisors)."""
    if last_plural and last_speaker and last_speaker == last_person and not plural_speaker(
            last_speaker):
        return last_plural
    return last_speaker
