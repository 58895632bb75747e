"""Publication dates of metadata: ISO 8601 and the common written forms, read into ISO 8601.

Accepted: ISO 8601 (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a datetime such as
``2023-04-27T14:30:00+09:00``), a month name (``April 28, 2023``, ``Apr. 28 2023``,
``28 April 2023``), year first with slashes or dots (``2023/04/28``), and day and month as
numbers (``04/28/2023``, ``28.04.2023``) when the order is certain: one of the two is over 12,
or both are the same. ``04/05/2023`` could be 5 April or 4 May, so it is refused rather than
guessed, unless the caller names the corpus's order (``order="mdy"``: month first, as US
outlets write; ``"dmy"``: day first, as most others do; :data:`DATE_ORDERS`). A date whose
order is certain is read that way whatever ``order`` says. A leading weekday is passed over
(``Wednesday, April 26, 2023``, as White House pages date their remarks), and an RSS or e-mail
date (RFC 2822: ``Thu, 27 Apr 2023 09:12:00 GMT``) becomes an ISO 8601 datetime with its offset.
An ISO date and time followed by a zone abbreviation of :data:`ZONE_OFFSETS` (``2023-04-27
10:30 KST``, as Korean outlets stamp their stories) becomes that datetime with the zone's offset
(``2023-04-27 10:30+09:00``); abbreviations that name two zones (``CST``, ``IST``) are not read.
A written-out date may carry a time the same way, with or without a zone (an abbreviation of
:data:`ZONE_OFFSETS` or an offset): ``28 April 2023 10:30 KST``, ``April 28, 2023, 10:30``,
``28/04/2023 10:30 +0900`` become ``2023-04-28 10:30+09:00`` and ``2023-04-28 10:30`` (a
24-hour clock; ``10:30 a.m.`` is not read).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

_ISO_RE = re.compile(r"\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
                     r"(Z|[+-]\d{2}:?\d{2})?)?)?)?", re.ASCII)
_OFFSET_RE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$", re.ASCII)
_MONTH_FIRST = re.compile(r"(?P<m>[A-Za-z]+)\.? (?P<d>\d{1,2}),? (?P<y>\d{4})")
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2}) (?P<m>[A-Za-z]+)\.?,? (?P<y>\d{4})")
_YEAR_FIRST = re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})")
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAY = re.compile("(?:" + "|".join(sorted({*calendar.day_name, *calendar.day_abbr}, key=len,
                                               reverse=True)) + r")\.?,? ", re.IGNORECASE)
_RFC_2822 = re.compile(r"(?:[A-Za-z]{3}, )?\d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}(?::\d{2})? "
                       r"(?:[+-]\d{4}|UT|GMT|[ECMP][SD]T|Z)", re.ASCII)

ZONE_OFFSETS = {"KST": "+09:00", "JST": "+09:00", "UTC": "+00:00", "GMT": "+00:00",
                "EST": "-05:00", "EDT": "-04:00"}
"""Zone abbreviations read after the time of an ISO or a written-out date, and their offsets:
Korea and Japan, UTC, and US Eastern time (Washington's), standard and daylight."""
_ZONED_ISO = re.compile(r"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?) ?"
                        r"(" + "|".join(ZONE_OFFSETS) + r")", re.ASCII)

_TIME_TAIL = re.compile(r",? (?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?: ?(?P<z>"
                        + "|".join(ZONE_OFFSETS) + r"|Z|[+-]\d{2}:?\d{2}))?$", re.ASCII)

DATE_ORDERS = ("dmy", "mdy")
"""Orders of day and month that :func:`normalise_date` can be told for numeric dates."""

KNOWN_FORMS = ("YYYY-MM-DD, a datetime, April 28, 2023, 28 April 2023 or 28/04/2023, each with "
               "an optional time and zone such as 10:30 KST")
"""The accepted forms, as error messages and warnings list them."""


def normalise_date(value: str, order: str | None = None) -> str:
    """``value`` as ISO 8601: ISO input is returned as given (stripped), other accepted forms
    as ``YYYY-MM-DD`` (``YYYY-MM-DD HH:MM[:SS][+HH:MM]`` with a time). ``order`` (``"dmy"``
    or ``"mdy"``) reads numeric dates whose day and month could be either way round. Raises
    ``ValueError`` saying why a value is not read (see the module docstring for the forms)."""
    check_date_order(order)
    text = " ".join(value.split())
    zoned = _ZONED_ISO.fullmatch(text)
    if zoned:
        text = zoned[1] + ZONE_OFFSETS[zoned[2]]
    if _ISO_RE.fullmatch(text):
        # The shape alone lets 2023-02-30 or 25:00 through; fromisoformat checks the calendar.
        try:
            datetime.fromisoformat(text + {4: "-01-01", 7: "-01"}.get(len(text), ""))
        except ValueError:
            raise ValueError(f"{value!r} is not a real calendar date or time") from None
        return text
    if _RFC_2822.fullmatch(text):
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).isoformat()
        except ValueError:
            raise ValueError(f"{value!r} is not a real calendar date or time") from None
    weekday = _WEEKDAY.match(text)
    if weekday:
        text = text[weekday.end():]
    timed = _TIME_TAIL.search(text)
    if timed and timed.start() > 0:
        return _with_time(value, _written(value, text[:timed.start()], order), timed)
    return _written(value, text, order)


def _written(value: str, text: str, order: str | None) -> str:
    """``text``, a date written out (a month name, year first, or day and month as numbers;
    no weekday, no time), as ``YYYY-MM-DD``; ``ValueError`` naming ``value`` otherwise."""
    for pattern in (_MONTH_FIRST, _DAY_FIRST, _YEAR_FIRST):
        match = pattern.fullmatch(text)
        if match:
            month = match["m"]
            number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            if number is None:
                raise ValueError(f"{value!r} has no month name that is known")
            return _iso(value, int(match["y"]), number, int(match["d"]))
    match = _NUMERIC.fullmatch(text)
    if match:
        a, b = int(match["a"]), int(match["b"])
        if a <= 12 and b <= 12 and a != b and order is None:
            raise ValueError(f"{value!r} is ambiguous (day and month could be either way "
                             "round); write it as YYYY-MM-DD or name the order (date_order / "
                             "--date-order dmy or mdy)")
        day_first = a > 12 or (b <= 12 and order == "dmy")
        month, day = (b, a) if day_first else (a, b)
        return _iso(value, int(match["y"]), month, day)
    raise ValueError(f"{value!r} is not a date in a known form ({KNOWN_FORMS})")


def check_date_order(order: str | None) -> None:
    """``ValueError`` unless ``order`` is ``None`` or one of :data:`DATE_ORDERS`: the loaders
    check it before reading, so a misspelt order stops the run instead of emptying every
    document's date."""
    if order is not None and order not in DATE_ORDERS:
        raise ValueError(f"date order must be one of {', '.join(DATE_ORDERS)}, not {order!r}")


def utc_offset(value: str) -> str | None:
    """The time-zone offset of an ISO 8601 datetime as ``+HH:MM`` (``Z`` is ``+00:00``), or
    ``None`` when it has none."""
    match = _OFFSET_RE.search(value) if "T" in value or " " in value else None
    if match is None:
        return None
    offset = match[1]
    if offset == "Z":
        return "+00:00"
    return offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"


def _with_time(value: str, day: str, time: re.Match[str]) -> str:
    """``day`` (``YYYY-MM-DD``) with the time and zone that :data:`_TIME_TAIL` found in
    ``value``: ``2023-04-28 10:30+09:00``, or ``2023-04-28 10:30`` without a zone."""
    clock = f"{int(time['h']):02d}:{time['mi']}" + (f":{time['s']}" if time["s"] else "")
    zone = time["z"] or ""
    offset = ZONE_OFFSETS.get(zone, zone)
    if len(offset) == 5:  # +0900
        offset = f"{offset[:3]}:{offset[3:]}"
    text = f"{day} {clock}{offset}"
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{value!r} is not a real calendar date or time") from None
    return text


def _iso(value: str, year: int, month: int, day: int) -> str:
    """``YYYY-MM-DD``, or ``ValueError`` when it is not a real calendar date."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a real calendar date") from None
