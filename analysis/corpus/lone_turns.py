"""A transcript excerpt of one speaker's turn, opened by the speaker's name in capitals.

A page that excerpts a broadcast transcript often keeps only the first turn's label: ``KINKADE:
This hour, a high stakes meeting at the White House.`` and then paragraphs of the same anchor,
unlabelled. One label in capitals before a colon is also how an article opens with its
dateline (``SEOUL:``) or a live blog with its rubric (``UPDATE:``, ``BREAKING:``), so the label
alone proves nothing. :func:`lone_spoken_turn` reads it as a turn when the label is a name (no
place the package knows, no rubric) and the text after it speaks to its audience or a guest in
the first or second person outside quotation marks (*I want to go to our correspondent*, *It's
good to have you with us*), as an anchor does and an article's writer does not.
"""

from __future__ import annotations

import re

from .place_names import fold, place_forms
from .sentences import QUOTED_RE
from .speakers import PERSON_ROLES

RUBRICS = frozenset("""UPDATE UPDATED UPDATES BREAKING NOTE EDITOR EDITOR'S EDITORS EXCLUSIVE
WATCH READ LISTEN PHOTO PHOTOS VIDEO ANALYSIS OPINION COMMENT COMMENTARY CORRECTION
CLARIFICATION FLASH URGENT ALERT LIVE DEVELOPING SOURCE SOURCES FILE NEWS LATEST TOPLINE
SUMMARY DISCLAIMER WARNING SPOILER PS EDITORIAL INTERVIEW TRANSCRIPT""".split())
"""Capitalised labels of an article's own parts (a live blog's rubric, an editor's note)."""

ROLE_LABELS = PERSON_ROLES | frozenset("""staff moderator host anchor reporter correspondent
    announcer narrator speaker participant audience operator question answer q a""".split())
"""Words of a label that names a role, not a person: two such labels make no anchors' handover."""
_SPOKEN_RE = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|ll|d)|you|You|your|Your|we|We|us|"
                        r"let['’]s|Let['’]s)(?![\w'’])")
_SMALL = frozenset("a an the of and or in on at to for with by from as".split())


def _name_label(label: str) -> bool:
    """Whether ``label`` is one to three words, no rubric (:data:`RUBRICS`) and no place
    (:func:`~.place_names.place_forms`)."""
    words = label.replace(",", " ").split()
    return 1 <= len(words) <= 3 and not any(w.strip(".") in RUBRICS for w in words) and \
        fold(label) not in place_forms() and not any(fold(w) in place_forms() for w in words)


def lone_spoken_turn(labels: str | list[str], rest: str) -> bool:
    """Whether a document whose only turn labels are ``labels`` (in capitals, the first at its
    start; one, or two anchors handing over: ``GOLODRYGA: ...`` then ``ASHER: ...``) is an
    excerpt of those speakers' turns: each label a name (:func:`_name_label`), and ``rest``,
    the text after the first, opens with no title-case headline and holds a first- or
    second-person word outside quotation marks."""
    labels = [labels] if isinstance(labels, str) else labels
    if not all(map(_name_label, labels)) or len(labels) > 1 and any(
            w.lower() in ROLE_LABELS for label in labels for w in label.split()):
        return False  # "STAFF: ... MODERATOR: Thank you all": roles, no anchors by name
    first = re.split(r"(?<=[.!?])\s", rest.strip(), maxsplit=1)[0]
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", first) if w.lower() not in _SMALL]
    if len(words) > 2 and 2 * sum(w[0].isupper() for w in words) > len(words):
        return False  # "FIX IS IN: PBS Moderators Ignore Clinton Scandals.": a kicker's headline
    return _SPOKEN_RE.search(QUOTED_RE.sub(" ", rest)) is not None
