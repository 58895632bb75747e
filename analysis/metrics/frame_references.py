"""A force referred back to (guide rule 170, lexicon 2.33.0).

Coverage of the North's troops in Russia names the owner once (*North Korean troops*, *the
deployment of North Korean troops to Russia*) and then speaks of *these troops*, *those
soldiers* or *the deployment* with no owner beside them, often in a sentence that also names
the United States as the one who speaks or doubts (*He said the U.S. is unclear about the role
of these troops*), which ends the pair's story of rule 159. A demonstrative or definite force
noun refers back to the last force a sentence of the document gave an owner: after the North's
(a cue an owner rule read as threat), it is the North's → threat; after the allies' (a force cue
read as deterrence), it keeps deterrence. The reference reaches :data:`REACH` sentences.

:class:`ForceReference` reads a document's sentences in order (its :meth:`apply` is called by
:class:`~.frame_context.DocumentContext` with a lexicon whose ``document_context`` sets
``force_references``). It changes only cues the lexicon read by its own entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .frame_force_owner import ABROAD_RE, FORCE_WORDS, PAIR_FORCES, READ_BY_LEXICON
from .frame_lexicon import FRAMES
from .frames import Cue

REACH = 3
"""Sentences after the one that owned a force within which a reference still reads it."""

REFERENCE_RE = re.compile(r"(?:^|[^\w-])(?:[Tt]hese|[Tt]hose|[Ss]uch|[Tt]he)\s+$")
"""The determiner right before a force noun that refers back (*these troops*, *the
deployment*); an owner, a number or an adjective between them gives the cue its own reading."""

OWNED_AFTER_RE = re.compile(r"\s+(?:of|by)\b")
"""An owner named after the force noun (*the deployment of U.S. strategic assets*): no
reference back."""

RULE = "owner:north_korea (reference)"


def _word(cue: Cue) -> str:
    return cue.text.split()[-1].lower() if cue.text.split() else ""


def _cues(result: dict[str, Any]) -> list[Cue]:
    return sorted([*(c for f in FRAMES for c in result["evidence"][f]), *result["unassigned"],
                   *result["negated"]], key=lambda c: c.start)


def sentence_owner(result: dict[str, Any] | None) -> str | None:
    """Whose force the sentence of ``result`` names last: ``"north"`` if a force cue reads as
    threat (an owner rule's, *troops to Russia*), ``"allies"`` if a cue read by the lexicon or
    an owner rule kept deterrence (a force, an asset, *U.S. Forces Korea*), else ``None``."""
    if result is None:
        return None
    owner = None
    for c in _cues(result):
        if _word(c) not in FORCE_WORDS and c.frame != "deterrence" and not ABROAD_RE.search(
                c.text):
            continue
        if c.frame == "threat" and (c.rule.startswith("owner:north_korea") or _word(
                c) in FORCE_WORDS or ABROAD_RE.search(c.text)):  # "troops to Russia"
            owner = "north"
        elif c.frame == "deterrence" and (c.rule in READ_BY_LEXICON or c.rule.startswith(
                "owner")):  # "U.S. strategic assets", "U.S. Forces Korea": the allies'
            owner = "allies"
    return owner


def referred_back(result: dict[str, Any], text: str) -> list[Cue] | None:
    """The cues of ``result`` with each one-word force noun that refers back
    (:data:`REFERENCE_RE`) and the lexicon read as deterrence made the North's (threat, rule
    :data:`RULE`), or ``None`` when none does."""
    cues = _cues(result)
    new = [c._replace(frame="threat", rule=RULE)
           if c.frame == "deterrence" and c.rule in READ_BY_LEXICON and len(c.text.split()) == 1
           and _word(c) in PAIR_FORCES and REFERENCE_RE.search(text, 0, c.start)
           and not OWNED_AFTER_RE.match(text, c.end) else c for c in cues]
    return None if new == cues else new


class ForceReference:
    """The owner of the last force a document's sentences named, and how long ago."""

    def __init__(self) -> None:
        self.owner: str | None = None
        self.age = 0

    def reset(self) -> None:
        """Start a new document."""
        self.owner, self.age = None, 0

    def apply(self, result: dict[str, Any] | None, text: str,
              rescored: Callable[[dict[str, Any], list[Cue]], dict[str, Any]]
              ) -> dict[str, Any] | None:
        """``result`` re-read by :func:`referred_back` (and ``rescored``) when the last owned
        force was the North's, at most :data:`REACH` sentences back; then the owner updated
        from it."""
        if result is not None and self.owner == "north" and self.age <= REACH and (
                new := referred_back(result, text)) is not None:
            result = rescored(result, new)
        owner = sentence_owner(result)
        self.owner, self.age = (owner, 1) if owner else (self.owner, self.age + 1)
        return result
