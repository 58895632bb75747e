"""Sources a later ``he`` or ``she`` may stand for, beyond a reporting clause's named subject.

An ``according to`` source is a pronoun's person only when it is a person's proper name of two
words or more, titles and all (``according to National Security Adviser Jake Sullivan``, then
``He said ...``): not a body, a country, a document or a common noun (``according to officials``,
``according to Yonhap``, ``according to the statement``).

A reporting clause whose subject is one unnamed person in a role (``A Pentagon spokesperson
said``, ``a senior U.S. official told reporters``) is the person a ``he`` or ``she`` of the
next sentences stands for, as a named person would be (:func:`one_in_role`).
"""

from __future__ import annotations

from typing import Any

from .speakers import DETERMINERS, PERSON_ROLES, clean_name, looks_like_org

INDEFINITE = frozenset({"a", "an"})
BODY_ENDS = frozenset({"nations", "command"})
"""Last words of a body's name that no person's name ends with (``the United Nations``)."""


def named_person_source(raw: str, speaker: str | None, linker: Any = None) -> bool:
    """Whether the ``according to`` source ``raw`` (resolved as ``speaker``) names a person
    (see the module docstring)."""
    if not raw or not speaker or raw.split()[0].lower() in DETERMINERS:
        return False
    name = clean_name(speaker).split()
    if len(name) < 2 or not all(w[:1].isupper() for w in name) or looks_like_org(speaker) or \
            name[-1].lower() in BODY_ENDS:
        return False
    return linker is None or linker.kind(speaker) not in {"country", "organisation"}


def one_in_role(raw: str) -> bool:
    """Whether the reporting clause's subject ``raw`` is one unnamed person in a role: ``a`` or
    ``an``, up to four modifiers and a singular role noun (``A Pentagon spokesperson``), ending
    there or before a place of work (``a senior official from the presidential office``, ``an
    official at the ministry``); not ``a spokesman for the ministry`` (a body speaks)."""
    words = raw.lower().split()
    if len(words) > _ROLE_PHRASE or not words or words[0] not in INDEFINITE:
        return False
    head = next((k for k, w in enumerate(words[1:6], start=1) if w in PERSON_ROLES), None)
    if head is None or _LINKS & set(words[:head]):
        return False
    return head == len(words) - 1 or words[head + 1] in _WORKPLACE


_ROLE_PHRASE = 10
"""Words of an unnamed person's phrase at most."""
_LINKS = frozenset({"of", "for", "and", "to"})
_WORKPLACE = frozenset({"from", "at", "in", "with"})
