"""A force referred back to (guide rule 170, lexicon 2.33.0) and a missile (rule 171, 2.34.0).

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

Likewise (rule 56), once a document has named North Korea or Kim Jong Un and no other nuclear
country since, a pronoun called a nuclear power or state (*He is a nuclear power*, Trump said)
is the North's nuclear status → threat (:func:`add_status_frame`); and (rule 171) once the last
missile a document named was the North's (a threat cue of its missile or launch), a sentence with
no threat that refers back to *the missile* (*the projectile*, *this ICBM*) is threat
(:func:`add_missile_frame`).
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

STATUS_RE = re.compile(
    r"\b(?:[Hh]e|[Ii]t|[Tt]hey)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:now\s+|already\s+|"
    r"really\s+|sort\s+of\s+|kind\s+of\s+)?(?:a\s+)?(?:nuclear\s+power|nuclear\s+state|"
    r"nuclear[-\s]weapons\s+state)\b(?!\s+(?:plant|station|reactor|generation|industry|sector))")
"""The North's nuclear status said of a pronoun (*He is a nuclear power*, *they're a nuclear
state*): after the document has named North Korea, rule 56's status → threat."""
NORTH_NAMED_RE = re.compile(r"\b(?:North\s+Korea|DPRK|Pyongyang|Kim\s+Jong[\s-]?[Uu]n)\b")
OTHER_POWER_RE = re.compile(r"\b(?:China|Chinese|Beijing|Russia|Russian|Moscow|India|Pakistan|"
                            r"Israel|Iran|France|Britain)\b")
"""Another country a later pronoun may stand for: after it, the status is not the North's."""
STATUS_RULE = "North Korea named earlier in the document"

MISSILE_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:(?!the\s|interceptor|"
                        r"defen[cs]e|anti-|patriot|cruise\s)[a-z-]+\s+)?"
                        r"(?:missiles?|ICBMs?|projectiles?|rockets?)\b(?![\s-]+(?:defen[cs]es?|"
                        r"shields?|interceptors?|systems?|units?|forces?|launchers?|batter(?:y|ies)"
                        r"|program(?:me)?s?|technology|tests?))")
"""A missile referred back (*the missile*, *the projectile*, *this ICBM*, *the new missile*; not
*the missile defence*, *the missile programme*): after the North's launch, rule 171 → threat."""
NORTH_MISSILE_WORDS = ("missile", "icbm", "hwasong", "rocket", "projectile", "launch", "fired",
                       "satellite")
"""Words of a threat cue that name the North's missile or its launch (rule 171)."""
ALLIED_MISSILE_RE = re.compile(r"\b(?:Hyunmoo|Hyeonmoo|Tomahawk|SM-[36]|Patriot|THAAD|L-SAM|"
                               r"interceptors?)\b")
"""The allies' own missiles named (*its Hyunmoo-5*, *an SM-3 interceptor*): after them, *the
missile* is theirs."""
CONDITIONAL_RE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ss]hould|[Ww]ere)\b")
"""A condition before the reference (*If the missile were ever aimed at Guam*): a contingency
(rule 2), no threat."""
MISSILE_RULE = "the North's missile named earlier in the document"


def missile_owner(result: dict[str, Any] | None, owner: str | None) -> str | None:
    """Whose missile a document's sentences named last, after the sentence of ``result``:
    ``"north"`` when a threat cue names a missile or its launch (:data:`NORTH_MISSILE_WORDS`),
    ``"allies"`` when a deterrence cue does (*the South's Hyunmoo missile*), else ``owner``."""
    if result is not None and any(ALLIED_MISSILE_RE.search(c.text) for c in sentence_cues(
            result)):
        return "allies"  # "Seoul showed off its Hyunmoo-5": the allies' missile
    for frame, name in (("deterrence", "allies"), ("threat", "north")):
        if result is not None and any(w in c.text.lower() for c in result["evidence"][frame]
                                      for w in NORTH_MISSILE_WORDS):
            return name
    return owner


def add_missile_frame(result: dict[str, Any], text: str, threshold: float) -> dict[str, Any]:
    """Add (in place, and return) ``threat`` to the frame result of ``text`` when it refers back
    to a missile (:data:`MISSILE_RE`) and has no threat yet; the caller checks that the last
    missile the document named was the North's (guide rule 171)."""
    match = MISSILE_RE.search(text) if "threat" not in result["frames"] else None
    if match is None or CONDITIONAL_RE.search(text, 0, match.start()):
        return result  # "If the missile were ever aimed at Guam": a contingency (rule 2)
    return add_cue(result, match, "threat", MISSILE_RULE, threshold)


def _word(cue: Cue) -> str:
    return cue.text.split()[-1].lower() if cue.text.split() else ""


def sentence_cues(result: dict[str, Any]) -> list[Cue]:
    """Every cue of a sentence's frame result (assigned, unassigned and negated), in text
    order."""
    return sorted([*(c for f in FRAMES for c in result["evidence"][f]), *result["unassigned"],
                   *result["negated"]], key=lambda c: c.start)


def sentence_owner(result: dict[str, Any] | None) -> str | None:
    """Whose force the sentence of ``result`` names last: ``"north"`` if a force cue reads as
    threat (an owner rule's, *troops to Russia*), ``"allies"`` if a cue read by the lexicon or
    an owner rule kept deterrence (a force, an asset, *U.S. Forces Korea*), else ``None``."""
    if result is None:
        return None
    owner = None
    for c in sentence_cues(result):
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
    cues = sentence_cues(result)
    new = [c._replace(frame="threat", rule=RULE)
           if c.frame == "deterrence" and c.rule in READ_BY_LEXICON and len(c.text.split()) == 1
           and _word(c) in PAIR_FORCES and REFERENCE_RE.search(text, 0, c.start)
           and not OWNED_AFTER_RE.match(text, c.end) else c for c in cues]
    return None if new == cues else new


def add_cue(result: dict[str, Any], match: re.Match[str], frame: str, rule: str,
            threshold: float) -> dict[str, Any]:
    """Add (in place, and return) a cue of ``frame`` read from the document's context (the
    words of ``match``, weight 1.0, ``rule``) to a sentence's frame result: its evidence and
    score, and the frame once the score reaches ``threshold``."""
    cue = Cue(match.group(0), match.start(), match.end(), frame, 1.0, rule)
    result["evidence"][frame] = [*result["evidence"][frame], cue]
    result[frame] += cue.weight
    if result[frame] >= threshold:
        result["frames"] = result["frames"] | {frame}
    return result


def add_status_frame(result: dict[str, Any], text: str, threshold: float) -> dict[str, Any]:
    """Add (in place, and return) ``threat`` to the frame result of ``text`` when it says a
    pronoun is a nuclear power (:data:`STATUS_RE`) and has no ``threat`` yet; the caller checks
    that the document named North Korea before (guide rule 56)."""
    match = STATUS_RE.search(text) if "threat" not in result["frames"] else None
    return result if match is None else add_cue(result, match, "threat", STATUS_RULE, threshold)


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
