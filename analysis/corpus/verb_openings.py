"""Where the verb of an appositive subject begins: ``Kim Yo Jong, the leader's sister, on
Saturday denounced ...``, ``Kim Yo Jong, the leader's sister, has warned that ...``.

:func:`analysis.corpus.appositives.appositive_subject` reads a subject that ends in a comma
(``NAME, the ROLE of ORG,``) right before its verb. A time phrase (``on Saturday``, ``earlier
this week``) or a perfect auxiliary (``has``, ``have``, ``had``) may stand between that comma and
the verb; :func:`verb_start` steps back over them, so that the subject still ends at the comma.
"""

from __future__ import annotations

import re

PERFECT = frozenset({"has", "have", "had"})
"""Auxiliaries of the perfect that may stand between an appositive's comma and its verb."""


def _comma_before(outside: str, at: int) -> bool:
    """Whether the last character before offset ``at`` that is no white space is a comma."""
    return outside[:at].rstrip().endswith(",")


def verb_start(outside: str, tokens: list[re.Match], i: int, time_nouns: frozenset[str],
               time_words: frozenset[str]) -> int:
    """Offset of token ``i`` (a verb), or of the time phrase or perfect auxiliary just before
    it when a comma stands before them (module docstring). ``time_nouns`` are the words a time
    phrase ends on (``Saturday``, ``week``), ``time_words`` those it may hold (``on``,
    ``earlier``, ``this``)."""
    j = i - 1
    while j >= 0 and (tokens[j].group(0).lower() in time_words or
                      (j == i - 1 and tokens[j].group(0).lower() in PERFECT)) and \
            not outside[tokens[j].end():tokens[j + 1].start()].strip():
        j -= 1
    last = tokens[i - 1].group(0).lower() if i else ""
    if j == i - 1 or j < 0 or not _comma_before(outside, tokens[j + 1].start()) or \
            (last not in time_nouns and last not in PERFECT):
        return tokens[i].start()
    return tokens[j + 1].start()
