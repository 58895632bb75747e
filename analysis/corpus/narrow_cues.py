"""Reporting verbs that report only before certain words: ``pointed out``, ``reveals that``,
``floated the idea``, ``ask whether``, ``shared concerns``, ``ordered the military to``
(:data:`NARROW_CUES`); a verb that
takes only *that* also reports before a quotation after its comma or colon (``The editorial
observes, “...”``, ``The column cautions: “...”``). Read by :func:`analysis.corpus.cues.is_cue`.
"""

from __future__ import annotations

import re

TIME_NOUNS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
    yesterday tonight week month year morning afternoon evening night weekend""".split())
"""Nouns of a day or a time (``protested that day``, ``on Saturday denounced``)."""

NARROW_CUES = {"pointed": ("out",), "points": ("out",), "maintains": ("that", "they"),
               **dict.fromkeys("""reveals maintained maintain observes concedes concludes conclude
               laments cautions recalls complains posited posits protested agreed agrees
               """.split(), ("that",)),
               **dict.fromkeys(("concurred", "concurs", "concur"), ("that", "on")),
               "claim": ("that", "it", "they", "he", "she", "we", "this"),
               **dict.fromkeys(("floated", "floats"), ("the", "a", "an")),
               "ask": ("whether", "why", "how", "if"),
               "shared": ("concerns", "concern", "assessments", "views"),
               **dict.fromkeys(("ordered", "orders", "instructed", "instructs"), ("to", "that"))}
"""Verbs that report only before one of their words (``floats the possibility``; not ``floats
in the harbour``); an order only before *that* or its object and *to* (``ordered the
military to be fully ready``; not ``ordered countermeasures``, an act)."""
_ORDERS = frozenset({"ordered", "orders", "instructed", "instructs"})
_OBJECT_REACH = 8  # words between an order and its "to"

_QUOTE_NEXT_RE = re.compile(r"[,:] {3,}")
"""A comma or a colon, then a quotation (blanked out in the text the cue finder reads)."""


def narrow_cue_reports(outside: str, tokens: list, i: int, has_quote: bool) -> bool:
    """Whether the verb ``tokens[i]`` of :data:`NARROW_CUES` reports here: one of its words
    follows it (not *that* before a time noun, ``protested that day``), or, for a verb of *that*
    alone, a comma or a colon and the sentence's quotation (``observes, “...”``)."""
    after = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
    if after == "that" and i + 2 < len(tokens) and tokens[i + 2].group(0).lower() in TIME_NOUNS:
        return False  # "protested that day"
    words = NARROW_CUES[tokens[i].group(0)]
    if tokens[i].group(0) in _ORDERS and after != "that":
        return _to_after_object(outside, tokens, i)
    return after in words or (has_quote and words == ("that",) and
                              _QUOTE_NEXT_RE.match(outside, tokens[i].end()) is not None)


def _to_after_object(outside: str, tokens: list, i: int) -> bool:
    """Whether an order ``tokens[i]`` has its object and then *to* and a verb, in one stretch
    without punctuation (``ordered the National Security Council on Thursday to share``)."""
    for k in range(i + 2, min(len(tokens) - 1, i + 2 + _OBJECT_REACH)):
        if outside[tokens[k - 1].end():tokens[k].start()].strip():
            return False  # a comma, a quotation: the order's object ended without "to"
        if tokens[k].group(0) == "to":
            return tokens[k + 1].group(0).islower() and tokens[k + 1].group(0) != "the"
    return False


_REVEALING = frozenset("revealed reveals exposed exposes showed shows proved proves".split())
_THINGS_REVEALING = frozenset("""agreement agreements pact deal pledge summit drills exercises
    exercise move moves visit deployment launch launches act acts actions policy""".split())


def thing_reveals(verb: str, subject: str | None) -> bool:
    """Whether ``subject`` is an act or a pact that *reveals* or *shows* something (``The
    agreement revealed the “true colours” of ...``): the writer's or a later source's reading
    of it, no speaker (``..., KCNA said`` then names the source)."""
    return verb in _REVEALING and subject is not None and \
        subject.split()[-1].lower() in _THINGS_REVEALING
