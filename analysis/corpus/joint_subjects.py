"""Joint speakers: two named parties that report together (``Biden and Yoon said in a joint
statement``, ``The U.S. and South Korea said``). The subject reader of :mod:`.cues` stops at
``and``; :func:`joint_subject` puts back the first conjunct when both are names and the
conjunction opens the sentence, so the speaker keeps its surface (``Biden and Yoon``) rather
than the last name alone.
"""

from __future__ import annotations

import re

from .actor_linker import default_linker
from .role_referents import joint_roles
from .speakers import PERSON_ROLES, clean_name

_NAME_WORDS = 5
"""Longest first conjunct (``South Korean President Yoon Suk``), in words."""
_LEADS = frozenset({"the", "The"})
_NOT_JOINT = frozenset({"Both", "But", "And", "So", "Yet", "Then", "There", "It", "Neither",
                        "Either", "When", "While", "If", "As"})
"""Capitalised words at the start of a sentence that are no part of a name: a conjunction
(``But Richards and Menendez``), ``Both`` (whose phrase reads as the plain subject)."""


def _name_token(word: str) -> bool:
    """Whether ``word`` may stand in a name: capitalised or an initialism (``U.S``)."""
    return word[:1].isupper()


def joint_subject(outside: str, tokens: list[re.Match], k: int, j: int, subject: str) -> str:
    """``subject`` (read from the words ``tokens[k:j + 1]`` before a reporting verb, its title
    perhaps left out) with the conjunct
    before it put back when ``tokens[k - 1]`` is ``and`` and every word from the start of the
    sentence to it is part of a name (``Biden and Yoon``, ``The U.S. and South Korea``); else
    ``subject`` unchanged. A joint subject keeps its surface, titles included (``President
    Biden and President Yoon``). A lower-case subject (``the two sides``) or a conjunct that follows
    a clause of the writer's (``Seoul fired and Yoon said``) is left as it is."""
    bare = subject.removeprefix("the ")  # "the United States": a name; "the Japanese leader"
    if k < 2 or tokens[k - 1].group(0) != "and" or not _name_token(bare) or (
            bare != subject and not all(map(_name_token, bare.split()))):
        return subject
    joined = outside[tokens[k - 2].end():tokens[k].start()].strip().lstrip(".").strip()
    if joined != "and" and not (joined == ", and" and "," in outside[:tokens[k - 2].start()]):
        return subject  # "Seoul, and Yoon said": punctuation splits the two (not a list's ", and")
    first = tokens[:k - 1]
    if len(first) > _NAME_WORDS or outside[:first[0].start()].strip():
        return subject
    words = [t.group(0) for t in first]
    if words[0] in _LEADS:
        words = words[1:]
    if not words or words[0] in _NOT_JOINT or not all(_name_token(w) for w in words):
        return subject
    gaps = [outside[a.end():b.start()] for a, b in zip(first, first[1:], strict=False)]
    if joined != "and":
        gaps.append(",")  # the serial comma joins a list, whose items must be listed parties
    if any(g.strip() not in {"", ".", ",", ".,"} for g in gaps) or (
            any(g.strip().endswith(",") for g in gaps) and not _listed_parties(
                outside[first[0].start():first[-1].end()])):
        return subject  # a quotation, or "On Monday, Yoon and Kishida": not one list of names
    return outside[first[0].start():tokens[j].end()]


def _listed_parties(text: str) -> bool:
    """Whether every comma-separated item of ``text`` is a country, a body or a person of the
    actor list (``Japan, South Korea`` of ``Japan, South Korea and the United States``)."""
    linker = default_linker()
    items = [item.strip() for item in text.split(",")]
    return all(item and linker.link(item) != item or linker.kind(item) for item in items)


_JOINED_RE = re.compile(r"\s+and\s+(?:the\s+)?[A-Z]")


def joined_after(text: str, at: int) -> bool:
    """Whether a subject ending at ``at`` in ``text`` is the first of two joined by *and*
    (``President Yoon and US President Biden are scheduled``): a later *he* or *she* stands
    for neither alone."""
    return _JOINED_RE.match(text, at) is not None


def _cleaned(part: str) -> str:
    """``part`` without its title (:func:`.speakers.clean_name`), an initialism keeping its
    final period (``U.S.``)."""
    name = clean_name(part)
    return name + "." if part.rstrip().endswith(name + ".") and "." in name else name


def joint_speaker(raw: str) -> str | None:
    """The speaker of a joint subject read by :func:`joint_subject`, its surface kept and
    each conjunct's title dropped (``President Biden and President Yoon`` -> ``Biden and
    Yoon``, ``The U.S. and South Korea`` -> ``U.S. and South Korea``); ``None`` for any other
    subject, which the speaker tracker resolves."""
    first, sep, second = raw.partition(" and ")
    if not sep or " and " in second or joint_roles(raw, PERSON_ROLES):
        return None  # "The Secretary and Foreign Minister": the tracker resolves each title
    parts = [_cleaned(p) for p in (first, second)]
    if not all(p and all(_name_token(w) for w in p.split()) for p in parts):
        return None
    return " and ".join(parts)


_ISSUERS_RE = re.compile(
    r"(?:(?:In|On|At|After|Before|Following|Earlier|Later|Meanwhile|Separately|Last|Also)\b"
    r"[^,;:]{0,80},\s+)?((?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,6}?)\s+(?:jointly\s+)?"
    r"(?:(?:were|was)\s+reported\s+to\s+have\s+)?(?:issued|released|published|adopted|put\s+out|"
    r"sent|wrote|delivered|issue|release|send|write)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|communiqu[eé]|declaration|letter|message)\b")
"""Parties that issue a text together, perhaps after a fronted phrase (``In response, the
United States and nine other countries issued a joint statement``)."""


_SUBORDINATE_ISSUER_RE = re.compile(
    r"\b(?:after|when|as|before|since|because|while)\s+((?:[Tt]he\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w.’'-]*){0,6}|(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:official|spokesperson|spokesman|spokeswoman|ministry|minister|agency|government|envoy|"
    r"diplomat|leader|secretary))\s+(?:issued|released|published|put\s+out)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration)\b")
"""A named party that issues a text in a clause after a subordinator (``This came after North
Korea issued a statement on the 18th condemning ...``): the one the participle reports."""


_NAME_ONLY_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
"""A name of capitalised words only (``Kim Yo-jong``, ``North Korea``)."""


def issuing_subject(outside: str) -> str | None:
    """The parties that issue the text whose participle reports (``Seoul and Tokyo issued a
    joint statement condemning ...``, ``The two countries released a statement urging ...``):
    a subject joined by *and* or headed by a plural noun, or one party named after a fronted
    phrase's comma (``Earlier, Kim Yo-jong released a statement saying``); ``None`` for one
    party opening the sentence, which the sentence's subject gives, unless the party issues it
    after a subordinator (:data:`_SUBORDINATE_ISSUER_RE`)."""
    if (m := _SUBORDINATE_ISSUER_RE.search(outside)) is not None:
        return m.group(1)  # "This came after North Korea issued a statement ... condemning"
    m = _ISSUERS_RE.match(outside)
    if m is None:
        return None
    subject = m.group(1)
    last = subject.split()[-1]
    if " and " in subject or (last.islower() and last.endswith("s")):
        return subject
    return subject if outside[:m.start(1)].rstrip().endswith(",") and _NAME_ONLY_RE.fullmatch(
        subject) else None  # "Earlier, Kim Yo-jong released a statement saying": one named


_ADDRESSED_RE = re.compile(r"\b(?:letter|message|note|memo|petition)\b[^,;:“”\"]{0,60}?\bto\s+$")


def addressee(outside: str, subject: str | None) -> bool:
    """Whether ``subject``, read before a participle, is the one a text was sent to (``sent a
    letter on January 30 to President Donald Trump stating that ...``): the sender speaks."""
    at = outside.find(subject) if subject else -1
    return at > 0 and _ADDRESSED_RE.search(outside, 0, at) is not None
