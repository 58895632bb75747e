"""A post's portfolio between a role noun and a person's name: *secretary for press affairs Kim
Eun-hye*, *minister of State Antony Blinken*.

A role noun followed by *for*, *of* or *to* usually describes the speaker by someone else (*an
aide to President Biden*, *the sister of Kim Jong Un*: :func:`analysis.corpus.speakers.
description_head`). After a post, though, the link may open the post's field instead: *senior
presidential secretary for press affairs Kim Eun-hye* is Kim Eun-hye, not the press affairs.
:func:`portfolio_tail` reads that field: lower-case words ending in a field word
(:data:`FIELD_WORDS`) followed by a capitalised name.
"""

from __future__ import annotations

import re

FIELD_WORDS = frozenset("""affairs policy security relations issues planning communications
    strategy operations unification trade defense defence cooperation coordination
    administration""".split())
"""Words that end a post's field (*press affairs*, *national security*, *public relations*)."""
BODY_ENDS = frozenset("""Staff Assembly Bureau Directorate Headquarters Secretariat Command
    Motors Dynamics Electric Atomics""".split())
"""Last words of a body's name whose first word is also a title (*the KPA General Staff*, *the
General Assembly*, *General Dynamics*): the name is kept whole, not read as a title and a
name."""
_PORTFOLIO_RE = re.compile(r"(?:for|of)\s+(?:(?!(?i:the|a|an)\s)[A-Za-z][\w-]*\s+){0,3}?(?i:"
                           + "|".join(sorted(FIELD_WORDS)) + r")\s+(?=[A-Z])")
"""A field after *for* or *of*, in any case (*for press affairs*, *for Foreign Affairs*), of at
most four words without an article, before a capitalised name."""


def portfolio_tail(tail: list[str]) -> list[str]:
    """The words after a post's role noun without its field (``for press affairs Kim Eun-hye``
    -> ``Kim Eun-hye``) or its ``of`` and one word (``of State Antony Blinken`` -> ``Antony
    Blinken``); else ``tail`` itself."""
    text = " ".join(tail)
    m = _PORTFOLIO_RE.match(text)
    if m:
        return text[m.end():].split()
    if len(tail) > 2 and tail[0] == "of":
        return tail[2:]
    return tail


def without_portfolio(speaker: str) -> str:
    """``speaker`` without a post's field (``presidential secretary for press affairs Kim
    Eun-hye`` -> ``presidential secretary Kim Eun-hye``), so that a description read in it is
    the speaker's own (``an aide to the secretary of defense Lloyd Austin`` stays an aide)."""
    return _PORTFOLIO_RE.sub("", speaker)
