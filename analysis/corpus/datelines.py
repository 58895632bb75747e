"""Wire datelines: the place (and date and agency) a story opens with, where it was filed.

``SEOUL, April 27 (Yonhap) --``, ``WASHINGTON (AP) —``, ``SEOUL, South Korea (AP) —`` and the
title-case ``Seoul, April 27 (Korea Herald) -`` name where a story was filed, not an actor of
it: the actor mentions of :mod:`analysis.metrics.actors` skip what :func:`dateline_spans`
finds. A dateline opens a line, its place is upper case (``SEOUL``, optionally followed by a
title-case country, ``SEOUL, South Korea``) or is followed by a date or a parenthesised agency,
and a dash ends it (``--``, ``—``, ``–``, ``-``). A title-case place followed only by a dash
("Washington - Seoul ties", a headline) is no dateline; with a region and a long dash it is
(``Seoul, South Korea —``). A wire that files without a place gives
the date and its name (``April 26 (UPI) --``). Russian agencies end the dateline with their
name between slashes instead of a dash (``MOSCOW, May 5. /TASS/.``).
"""

from __future__ import annotations

import re

_PLACE = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|July|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATELINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:(?P<day>{_MONTH}[ \t]+\d{{1,2}})(?=[ \t]*\()|(?P<place>{_PLACE})"
    rf"(?:,[ \t]+(?P<region>{_PLACE}))??(?:,[ \t]+(?P<date>{_MONTH_DAY}))?)"
    r"[ \t]*(?P<agency>\([^()\n]{1,40}\))?[ \t]*(?:(?:--|—|–|-)(?=[ \t])"
    r"|\.?[ \t]*(?P<slashed>/[A-Za-z][\w-]{1,15}/)\.?(?=[ \t]|$))")
"""A line's opening dateline (see the module docstring); :func:`dateline_spans` checks that
its place is upper case or that a date or an agency follows it."""


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every wire dateline in ``text`` (one at most per line, at its start,
    the closing dash included). Places in title case count only with a date or an agency."""
    out = []
    for m in DATELINE_RE.finditer(text):
        place = m.group("place")
        if m.group("day"):  # "April 26 (UPI) --": a date and an agency, no place
            if m.group("agency"):
                out.append((m.start("day"), m.end()))
        elif m.group("date") or m.group("agency") or m.group("slashed") or (
                place.isupper() and len(place) > 2) or _placed_by_region(m):
            out.append((m.start("place"), m.end()))
    return out


def _placed_by_region(m: re.Match) -> bool:
    """Whether a title-case place is a dateline by its region and a long dash alone
    (``Seoul, South Korea —``, ``Busan, South Korea --``): a place, a comma, a region and a dash
    that a headline's hyphen (``Washington - Seoul ties``) is not; the region a country of the
    actor list and the place no person or organisation of it."""
    dash = m.group(0).rstrip()[-2:]
    if not m.group("region") or not (dash == "--" or dash[-1] in "—–"):
        return False
    from .actor_linker import default_linker  # not at import: the linker reads the actor list

    linker = default_linker()
    return linker.kind(m.group("region")) == "country" and linker.kind(m.group("place")) not in {
        "person", "organisation"}  # not "Biden, Yoon — a new era" or "On Friday, Gingrich —"
