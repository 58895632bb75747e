"""A source read from part of a longer name is no source: the whole name, the person it
affiliates, or the name it possesses speaks.

The subject finder stops at an article, so ``Mina Park of the Center for a New Pacific Order
said`` reads as *a New Pacific Order*, a fragment of the institute's name. :func:`whole_source`
walks back over the capitalised words and the *for*, *of* or *on* that join them (``Center for
a New Pacific Order``) and gives the person named before *of the* that name (``Mina Park``),
else the whole name; two or more capitalised words that name no body before *of* are a
person of the body (``Mr. Morgan of the Sierra Club``: Mr. Morgan) unless their last word ends
a body's name (``The General Staff of the KPA`` is one name); one word or a role
(``Director of the Center``) keeps the reading, and so does a tail with a lower-case word
(``Some of the U.S. experts``).

:func:`possessed_name` reads past a possessor (``according to the North's official Korean
Central News Agency``, ``according to Pyongyang's defense minister Kang Sun
Nam``) to the name it possesses (``Korean Central News Agency``, ``Kang Sun Nam``); a
possessor before lower-case words only (``Seoul's defense ministry``) stays.
"""

from __future__ import annotations

import re

from .portfolios import BODY_ENDS
from .speakers import NAME_TOKEN, PERSON_ROLES, TITLE_WORDS, looks_like_org

_FRAGMENT_RE = re.compile(r"^(?:an?|the)\s+[A-Z]")
"""A source that opens with an article before a capitalised word (``a New Pacific Order``)."""
_HEAD_BEFORE_RE = re.compile(r"((?:[A-Z][\w.’'-]*\s+)+)(?:for|of|on)\s+$")
"""Capitalised words and their joining preposition right before the fragment (``Center for``)."""
_PERSON_OF_RE = re.compile(
    rf"(?:^|[,“”\"]\s*|\s)({NAME_TOKEN}(?:[ -]{NAME_TOKEN}){{1,3}})\s+of\s+(?:the\s+)?$")
"""A person's name of two to four words before *of the* and the whole name."""


def whole_source(outside: str, raw: str) -> str:
    """``raw`` (a source read in ``outside``) or, when it is the tail of a longer capitalised
    name, the person affiliated with that name or the whole name (module docstring)."""
    if not _FRAGMENT_RE.match(raw) or not all(w[0].isupper() for w in raw.split()[1:]):
        return raw  # "the U.S. experts": a common noun, no name's tail
    at = outside.find(raw)
    head = _HEAD_BEFORE_RE.search(outside[:at]) if at > 0 else None
    if head is None:
        return raw
    chain = head.group(1).split()
    if not looks_like_org(" ".join(chain)) and chain[-1] not in BODY_ENDS:  # "Mr. Morgan of"
        low = chain[-1].lower()
        return raw if len(chain) < 2 or low in PERSON_ROLES or low in TITLE_WORDS else \
            " ".join(chain)
    person = _PERSON_OF_RE.search(outside[:head.start()])
    if person:
        return person.group(1)  # "Mina Park of the Center for a New Pacific Order"
    return outside[head.start():at + len(raw)]


_POSSESSED_RE = re.compile(
    rf"[’']s\s+(?:[a-z][\w-]*\s+){{0,3}}({NAME_TOKEN}(?:\s+(?:of\s+)?{NAME_TOKEN}){{0,5}})")
"""A possessive, up to three lower-case words and the name they lead to."""


def possessed_name(outside: str, raw: str) -> str:
    """The name ``raw`` possesses in ``outside`` (module docstring), else ``raw``."""
    at = outside.find(raw)
    m = _POSSESSED_RE.match(outside, at + len(raw)) if at >= 0 else None
    if m is None:
        return raw
    name = m.group(1)
    return name[:-1] if name.endswith(".") and name[-2:-1].islower() else name  # "Nam."
