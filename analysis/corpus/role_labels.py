"""Paragraph-opening labels that are no person's name: a rubric tag, a role in the room.

A headline may open with a rubric in brackets (``[Interview] Former envoy says ...``,
``[Exclusive] ...``, ``[Op-ed] ...``): the bracket has the shape of a broadcast's speaker label
(``[Host] Welcome.``) but names the kind of story (:func:`is_rubric_tag`), so it opens no turn
and the line is the header it looks like. A panel or podcast transcript whose speakers are
labelled by name (``Victor Cha: ...``, :mod:`analysis.corpus.interviews`) gives the chair a
label of a role (``Moderator: Let us turn to China.``, ``Host:``, ``Audience member:``): such
a label opens a turn like a name label does (:func:`role_turn`), so the chair's words are not
the previous speaker's; the role is the speaker and links to no actor
(:func:`analysis.corpus.transcripts.actor_name`).
"""

from __future__ import annotations

import re

RUBRIC_TAGS = frozenset("""interview exclusive analysis opinion op-ed oped editorial column
    commentary feature explainer news breaking update updated photo photos video live special
    correction clarification factbox fact-check q&a podcast review preview
    profile""".split()) | {"soundbite", "sound bite", "sound-bite", "anchor lead", "pkg",
                             "standup", "stand-up", "sot"}
"""Lower-case rubrics that a bracket opening a headline may hold (``[Interview]``), and the
tags of a broadcaster's published script (``[Anchor Lead]``, ``[Pkg]``, ``[Soundbite]``): a tag
on its own line before a bite's ``Name (Post):`` names the part, not the speaker."""

_ROLE_TURN_RE = re.compile(r"(?P<role>[A-Z][a-z]+(?: [a-z]+)?)[ \t]*:[ \t]+(?=\S)")
"""A role label in sentence case opening a paragraph: ``Moderator:``, ``Audience member:``."""


def is_rubric_tag(label: str) -> bool:
    """Whether a bracketed paragraph-opening ``label`` is a rubric (:data:`RUBRIC_TAGS`;
    ``Interview``, ``Op-Ed``, ``Exclusive``), not a speaker."""
    return label.strip().lower() in RUBRIC_TAGS


def role_turn(text: str, start: int, roles: frozenset[str]) -> re.Match | None:
    """The match of a role label of ``roles`` (lower case, e.g.
    :data:`analysis.corpus.transcripts.GENERIC_LABELS`) opening ``text`` at ``start``
    (``Moderator: ...``; group ``role``), or ``None``."""
    m = _ROLE_TURN_RE.match(text, start)
    return m if m and m.group("role").lower() in roles else None


_NAMED_POST_RE = re.compile(r"\[\s*[A-Z][a-z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}\s?/\s?"
                            r"[^\[\]]*\b[a-z]{3,}\b[^\[\]]*\]")
"""A person's name (two to four words in title case) and a post with lower-case words after a
slash in brackets (``[Lee Sung-kwon / ruling party secretary]``): not a credit (``[KCNA/YONHAP]``,
``[Photo/Xinhua]``)."""


def named_post(label: str) -> bool:
    """Whether the bracketed ``label`` (a turn label's text) is a person's name and post."""
    return _NAMED_POST_RE.match(label.strip()) is not None


def posted_label(m: re.Match) -> bool:
    """Whether a turn label (a match of :data:`analysis.corpus.transcripts.TURN_RE`) names a
    person and a post: mixed case (``Penny Wong, Foreign Minister:``) or capitals (a
    broadcast's ``BIANNA GOLODRYGA, CNN ANCHOR:``)."""
    return bool(m.group("posted") or "," in (m.group("role") or ""))
