"""A person's own name inside a titled naming, and a bare name's full naming in the document.

A speaker's name often reaches the actor linker with the end of a long title still on it: the
capitalised run before the name is cut by a lower-case word (``Assistant Secretary of State
for East Asian and Indo-Pacific Affairs Kurt Campbell`` leaves ``Indo-Pacific Affairs Kurt
Campbell``; ``Director-General of the Department of European Affairs of the Foreign Ministry Wang
Minghao`` leaves ``Foreign Ministry Wang Minghao``). :func:`person_tail` keeps the person's
name: the last two or three capitalised words after a title or body word, or after a title's
place (``consul general in Busan Omar Haddad``: :func:`.place_names.placed_tail`).

A bare name that the actor list does not know (``Wang``, ``Campbell``) is the person's full
naming in the same document when that naming is the only one: the family name first as in
Chinese and Korean names (``Liu`` of ``Liu Jinsong``) or last as in English ones (``Campbell``
of ``Kurt Campbell``) (:func:`bare_naming`).
"""

from __future__ import annotations

import re

from .name_keys import drop_possessive
from .place_names import placed_tail
from .portfolios import without_portfolio
from .speakers import (
    NAME_RE,
    ORG_NAME_HEADS,
    PERSON_ROLES,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    description_head,
)

BODY_WORDS = ORG_NAME_HEADS | frozenset("""affairs programs programmes policy operations forces
    command bureau division staff intelligence unification strategy planning""".split())
"""Words that end a title or a body's name before a person's name (``Asian Affairs``,
``Defense Programs``, ``Foreign Ministry``)."""
_STOP = BODY_WORDS | TITLE_WORDS | PERSON_ROLES | {w.lower() for w in SENTENCE_OPENERS}
_NAME_WORD_RE = re.compile(r"[A-Z]\.|[A-Z][a-z’']*(?:-[A-Za-z][a-z]*)?")
_SENTENCE_END_RE = re.compile(r"(?<=[a-z’'])\.\s+")
_JOINING = frozenset("and or".split())
"""Words that join two names (``Jim Risch and Roger Wicker`` is no title before a name)."""
_LINKING = frozenset("of to for with by from at in on".split())
"""Words before a name that make it another's (``a deputy of Kim Yo Jong``, ``an aide to``)."""
_MAX_NAME = 3
"""Words of a person's name at most (``Yoon Suk Yeol``)."""


def person_tail(name: str) -> str | None:
    """The person's name at the end of a titled naming (``Indo-Pacific Affairs Kurt Campbell``
    -> ``Kurt Campbell``, ``White House Indo-Pacific coordinator Kurt Campbell`` -> ``Kurt
    Campbell``), or ``None`` when no title or body word comes right before two or three
    capitalised name words (``Kurt Campbell``, ``Chinese Foreign Ministry``)."""
    if description_head(without_portfolio(name)):
        return None  # "an aide to President Joe Biden" is the aide
    words = drop_possessive(name.strip(" ,.;:")).split()
    k = len(words)
    while k > 0 and len(words) - k < _MAX_NAME and _NAME_WORD_RE.fullmatch(words[k - 1]) \
            and words[k - 1].lower().strip(".") not in _STOP:
        k -= 1
    tail = words[k:]
    if k == 0 or len(tail) < 2 or _JOINING & set(words) or \
            words[k - 1] in _LINKING or \
            not (words[k - 1].lower().strip(".") in _STOP or words[k - 1][:1].islower()):
        return placed_tail(words, _STOP) if not _JOINING & set(words) else None
    return " ".join(tail)


def bare_naming(bare: str, text: str) -> str | None:
    """The one full naming of the person ``bare`` (one capitalised word) in ``text``: a name of
    two or three words, titles cut (:func:`person_tail`), that starts or ends with ``bare``;
    ``None`` when there is none or several (``Liu`` -> ``Liu Jinsong``)."""
    if not _NAME_WORD_RE.fullmatch(bare) or bare not in text:
        return None
    found = set()
    runs = (drop_possessive(run) for m in NAME_RE.finditer(text)
            for run in _SENTENCE_END_RE.split(m.group()))  # "Korea. Our": two sentences
    for run in runs:
        words = run.split()
        if bare not in words or run == bare or \
                not all(_NAME_WORD_RE.fullmatch(w) or w == "of" for w in words):
            continue
        name = person_tail(run) or (run if len(words) <= _MAX_NAME and all(
            w.lower() not in _STOP for w in words) else None)
        if name and bare in (name.split()[0], name.split()[-1]):
            found.add(name)
    return found.pop() if len(found) == 1 else None
