"""Small formatting helpers for prose: percentages, plurals and lists of names (used by
:mod:`analysis.report.commentary` and the modules it calls)."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal


def pct(share: float, digits: int = 0) -> str:
    """Format a share (0-1) as a percentage for prose, a half rounded up as a reader expects
    (1 of 8 is ``"13%"``, where Python's own formatting, which rounds a half to even, writes
    12%)."""
    if share is None or math.isnan(share := float(share)):
        return "n/a"
    if math.isinf(share):
        return f"{100 * share}%"
    # the share's own shortest decimal, times 100 (100 * 0.575 is 57.49999... in binary)
    value = (Decimal(repr(share)) * 100).quantize(Decimal(1).scaleb(-digits),
                                                  rounding=ROUND_HALF_UP)
    return f"{value + 0}%"  # + 0: no "-0%"


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    """``"1 document"``, ``"3 documents"``, ``"2 countries"``."""
    return f"{n:,} {word if n == 1 else (plural_form or noun_plural(word))}"


def noun_plural(word: str) -> str:
    """The regular English plural of a noun or a field name (``country`` -> ``countries``,
    ``day`` -> ``days``, ``press`` -> ``presses``, ``outlet_type`` -> ``outlet_types``)."""
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def join_names(names: list[str]) -> str:
    """``"A"``, ``"A and B"``, ``"A, B and C"``."""
    names = list(names)
    if not names:
        return "nobody"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def fmt(value: float, digits: int = 1) -> str:
    """Format a number for prose: fixed digits, thousands separators, ``n/a`` for NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if isinstance(value, int) or float(value).is_integer() and digits == 0:
        return f"{int(round(value)):,}"
    return f"{value:,.{digits}f}"
