"""Where the aside of an appositive subject ends, before its reporting verb.

``Kim Yo Jong, the leader's sister, warned ...``: the subject reader of
:mod:`analysis.corpus.cues` reads the name before an aside that ends in a comma just before
the verb. A time phrase (``..., on Saturday denounced``), a perfect auxiliary (``..., has
warned``, ``..., have said``) or an adverb (``..., also said``) may stand between that comma
and the verb; :func:`aside_end` gives the offset the subject is read before.
"""

from __future__ import annotations

import re

PERFECT = frozenset(("has", "have", "had"))
"""Perfect auxiliaries, which may stand between an aside's comma and the verb."""
_BETWEEN = PERFECT | frozenset("also later again previously repeatedly recently further earlier "
                                "publicly separately reportedly once always long often "
                                "consistently strongly explicitly firmly flatly vehemently "
                                "categorically".split())
"""Words that may stand between an aside's comma and the verb, two at most (``..., has also
said``, ``..., also warned``), besides any lower-case adverb in *-ly* (:func:`_between`)."""


def _between(word: str) -> bool:
    """Whether ``word`` may stand between an aside's comma and its verb: one of
    :data:`_BETWEEN` or a lower-case *-ly* word of five letters or more (``..., highly
    praised``, ``..., sharply criticised``)."""
    return word in _BETWEEN or (word.islower() and word.endswith("ly") and len(word) > 4)


def comma_before(outside: str, at: int) -> bool:
    """Whether the last character before offset ``at`` that is no white space is a comma."""
    k = at - 1
    while k >= 0 and outside[k].isspace():
        k -= 1
    return k >= 0 and outside[k] == ","


DAY_NTH_RE = re.compile(r"[0-3]?\d(?:st|nd|rd|th)")
"""A day of the month by its ordinal, as Korean English-language press dates (``on the 14th``)."""


def aside_end(outside: str, tokens: list, i: int, time_words: frozenset[str],
              time_nouns: frozenset[str]) -> int:
    """Offset of token ``i`` (a verb), or of the time phrase (words of ``time_words`` ending in
    one of ``time_nouns``: ``on Saturday``, ``earlier this week``) or perfect auxiliary
    (``has``) just before it when a comma stands before that: the appositive subject ``Kim Yo
    Jong, the leader's sister, on Saturday denounced`` (``..., has warned``, ``..., also
    said``) ends at that comma."""
    k = i
    while k and i - k < 2 and _between(tokens[k - 1].group(0)) and \
            not outside[tokens[k - 1].end():tokens[k].start()].strip():
        k -= 1
    if k < i and comma_before(outside, tokens[k].start()):
        return tokens[k].start()
    j = i - 1
    while j >= 0 and tokens[j].group(0).lower() in time_words and \
            not outside[tokens[j].end():tokens[j + 1].start()].strip():
        j -= 1
    if j == i - 1 or j < 0 or not comma_before(outside, tokens[j + 1].start()) or \
            tokens[i - 1].group(0).lower() not in time_nouns:
        return tokens[i].start()
    return tokens[j + 1].start()

