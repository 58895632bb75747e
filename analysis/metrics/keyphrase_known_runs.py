"""Two checks on runs of capitalised words that :mod:`analysis.metrics.keyphrase_names` reads.

* :func:`known_opening`: a sentence- or line-opening common word ("White", "New", "Great")
  right before a name is the first word of that name where the two (or three) words are a
  name the package knows (:func:`analysis.metrics.keyphrase_case.known_forms`: "White House",
  "New York", "Great Britain", "United Arab Emirates"). The opening word is otherwise read as
  a common word that a sentence start capitalises, and the name after it was left alone, a
  fragment ("House").
* :func:`person_tail`: whether the last words of a run of capitalised words after an office
  ("Secretary of State Antony Blinken") can be a person's name: none of them is a word that
  the text also writes in lower case. "Deputy Minister for National Defense Policy" ends in
  the office itself, and "Defense Policy", whose "defense" the text writes in lower case, is
  no person to cut the office from.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .keyphrase_case import known_forms

KNOWN_OPENINGS = True
PERSON_TAILS = True


def known_opening(los: Sequence[str], i: int, j: int) -> bool:
    """Whether the lower-case tokens ``los[i]`` and ``los[j]`` (the next word of a name), or
    those and the word after ``j``, are a multi-word name of
    :func:`analysis.metrics.keyphrase_case.known_forms`."""
    if not KNOWN_OPENINGS:
        return False
    forms = known_forms()[0]
    pair = f"{los[i]} {los[j]}"
    return pair in forms or (j + 1 < len(los) and f"{pair} {los[j + 1]}" in forms)


def person_tail(los: Sequence[str], start: int, end: int, lower_seen: Collection[str]) -> bool:
    """Whether the words ``los[start:end + 1]`` can be a person's name: the text writes none
    of them in lower case (``lower_seen``)."""
    return not PERSON_TAILS or not any(los[q] in lower_seen for q in range(start, end + 1))
