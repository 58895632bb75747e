"""Initials, initialisms and month abbreviations whose period the word tokens leave out."""

from __future__ import annotations

import re

MONTHS = frozenset("""January February March April May June July August September October
    November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split())
"""Month names and their abbreviations, as news text writes them."""
INITIAL_RE = re.compile(r"[A-Z](?:\.[A-Z])*")
"""An initial or an initialism without its final period (``S``, ``U.S``)."""


def is_initial(token: re.Match, gap: str) -> bool:
    """Whether ``token`` is an initial or initialism whose period the word tokens left out
    (``S`` of ``S. Korea``, ``J`` of ``Paul J. Smith``, ``U.S`` of ``U.S. officials``) or a
    month's abbreviation (``Nov`` of ``The Nov. 13 factsheet``):
    ``gap``, the text after it, is that period and a space."""
    return gap.startswith(".") and not gap[1:].strip() and (
        INITIAL_RE.fullmatch(token.group(0)) is not None or token.group(0) in MONTHS)
