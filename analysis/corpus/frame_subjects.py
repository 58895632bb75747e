"""The subject of a press-release frame line: who issues the text printed after it.

A lawmaker's or a ministry's release opens with a line whose subject carries the party and
state of each member and a role between commas (``Senators Ann Moss (D-Ore.), chair of the
Senate Budget Committee, and Tom Hale (R-Ky.), a member of the panel, today issued the
following joint statement ...:``). The plain subject reader stops inside such a phrase
(``Senators Ann Moss D-Ore``); :func:`frame_subject` reads the phrase before the verb with the
brackets and asides left out, and names one or two members by name (``Ann Moss and Tom
Hale``), their titles dropped. Used by :func:`analysis.corpus.statement_frames.following_frame`.
"""

from __future__ import annotations

import re

from .speakers import TITLE_WORDS, clean_name

_BRACKETS_RE = re.compile(r"\s*\([^()]{0,60}\)")
_ASIDE_RE = re.compile(r",\s+(?!and\s)(?:the\s+|a\s+|an\s+)?[a-z][^,]{0,120}?(?=,|$)")
"""An aside between commas that opens in lower case (``, ranking member of the ...``)."""
_TIME_RE = re.compile(r"\s+(?:today|yesterday|tonight|jointly|also|on\s+\w+(?:\s+\d+)?|"
                      r"this\s+\w+|last\s+\w+)\s*$")
_PLURAL_TITLES = frozenset("senators sens representatives reps congressmen congresswomen "
                           "lawmakers ministers leaders members".split())
_NAME_WORD_RE = re.compile(r"[A-Z][\w’'-]*\.?$")
_MAX_WORDS = 4


def _member(part: str) -> str | None:
    """One member's name: ``part``'s capitalised words after its titles (``U.S. Senators Jim
    Risch`` -> ``Jim Risch``), or ``None`` when ``part`` is no short capitalised name."""
    words = part.split()
    while words and (words[0].lower().strip(".") in TITLE_WORDS | _PLURAL_TITLES or
                     (len(words) > 2 and words[0].endswith("."))):  # "U.S." before a title
        words = words[1:]
    if not 2 <= len(words) <= _MAX_WORDS or not all(_NAME_WORD_RE.match(w) for w in words):
        return None
    return clean_name(" ".join(words))


def frame_subject(phrase: str) -> str | None:
    """The issuer named by ``phrase``, the words of a frame line before its verb: one member
    (``Rep. Dana Ortiz (D-Calif.), a member of ...,`` -> ``Dana Ortiz``) or two joined by
    *and* (``Ann Moss and Tom Hale``); ``None`` when the phrase, brackets and asides left out,
    is no such list of names (the caller's own subject reader answers then)."""
    if "(" not in phrase and ", " not in phrase:
        return None  # a plain subject: the subject reader has it
    bare = _ASIDE_RE.sub("", _BRACKETS_RE.sub("", phrase)).strip(" ,")
    bare = _TIME_RE.sub("", bare)
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", bare) if p.strip()]
    if not 1 <= len(parts) <= 2:
        return None
    names = [_member(p) for p in parts]
    if not all(names):
        return None
    return " and ".join(n for n in names if n)
