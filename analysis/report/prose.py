"""Small formatting helpers for prose: percentages, plurals and lists of names (used by
:mod:`analysis.report.commentary` and the modules it calls)."""

from __future__ import annotations

import math


def pct(share: float, digits: int = 0) -> str:
    """Format a share (0-1) as a percentage for prose."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "n/a"
    return f"{100 * share:.{digits}f}%"


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    """``"1 document"``, ``"3 documents"``."""
    return f"{n:,} {word if n == 1 else (plural_form or word + 's')}"


def join_names(names: list[str]) -> str:
    """``"A"``, ``"A and B"``, ``"A, B and C"``."""
    names = list(names)
    if not names:
        return "nobody"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
