"""Frames that need the document: the Nuclear Consultative Group referred back to without its
name (guide rule 50), a submarine referred back to as *the boat* (rule 72, lexicon 2.12.0) and
an aircraft carrier referred back to as *the carrier* (rule 84, lexicon 2.14.0).

Coverage names the NCG once and then calls it *the group*, *the body*, *its next session*,
*the third meeting*, or says who *co-chaired* it. At sentence level these words belong to any
meeting (a board's, a party's); after the document has named the NCG they are the NCG and its
calendar, ``deterrence`` (rules 4, 17 and 22). :class:`DocumentContext` reads a document's
sentences in order and, in a sentence after the one that first names the NCG (its full name or
``NCG``), gives such a reference the frame: a cue ``Cue(..., "deterrence", 1.0, "NCG named
earlier in the document")`` in the evidence. A sentence that names the NCG itself, or already
has ``deterrence``, is left as it is. The references (:data:`NCG_REFERENCE_RE`):

* *the group* (``the group's``, ``the new group``; *that group*, lexicon 2.10.0), *the body*,
  *the mechanism*, *the consultative body*, not followed by *of* (*the group of lawmakers*;
  *the Group of Seven* is capitalised and never matches);
* a meeting or session with an ordinal or *next* (*the next meeting*, *its third session*,
  *a second meeting*, *the group's inaugural session*, *the first two sessions*), not followed
  by *with* or *between* (*the next meeting with Kim*) or by *of* another body;
* *co-chaired* and the *co-chairs*, also opening a sentence (*Co-chaired by ...*; not a
  party's: a sentence that names a *party* is left out), and a meeting or session *chaired by*
  or *convened by* (lexicon 2.16.0, rule 50);
* *this meeting* (*this session*), the meeting that *opened* (*began*, *kicked off*) and those
  who *joined the meeting* (lexicon 2.17.0, rule 114).

A bare *the meeting* is not a reference: *the meeting came days after the launch* dates
another event (rule 3), which is how the team sets label it. The rule is deterministic and
reads only the document's own earlier sentences, and only with a lexicon whose
``document_context`` section asks for it (:func:`uses_document_context`; lexicons from 2.9.0 do);
the sentence table applies it. Likewise, once a document has named a submarine, a later sentence
that calls it *the boat(s)* without naming a submarine takes the frame the submarine got
(``deterrence`` for the allies', ``threat`` for the North's; :data:`BOAT_RULE`), with a lexicon
whose ``document_context`` sets ``boat_references`` (from 2.12.0); the sentence table applies it
(:func:`analysis.tables.sentences.sentence_rows`) and so does the benchmark, passage by passage
(:func:`document_frame_scores`). Likewise (rule 84), once a document has named an aircraft
carrier (:data:`CARRIER_NAME_RE`), *the carrier* without a carrier named takes the frame the
carrier got (:data:`CARRIER_REFERENCE_RE`: *the carrier's presence*, *the 100,000-tonne
carrier*, not *the national carrier*), with a lexicon whose ``document_context`` sets
``carrier_references`` (from 2.14.0).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .frame_force_owner import (
    PAIR_WORDS,
    READ_BY_LEXICON,
    ROK_WORDS,
    SentenceParties,
    names_ally,
    owner_cues,
    pair_candidate,
    pair_sentence,
    parties_of,
    powers_pair_sentence,
    rok_third_sentence,
)
from .frame_lexicon import FrameLexicon, load_frame_lexicon
from .frame_references import (
    MISSILE_RE,
    NORTH_NAMED_RE,
    OTHER_POWER_RE,
    STATUS_RE,
    ForceReference,
    add_cue,
    add_missile_frame,
    add_status_frame,
    missile_owner,
    sentence_cues,
)
from .frame_scope import clause_break, possessive
from .frames import Cue, allied_mentions, cue_scores, frame_scores, mask_initialism_periods
from .lexicon import Token, tokens

NCG_NAME_RE = re.compile(r"\b[Nn]uclear [Cc]onsultative [Gg]roup\b|\bNCG\b")
"""The NCG named: its full name (any capitalisation of the words) or the initialism."""

_ORDINALS = (r"next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
             r"inaugural|upcoming|first two|first three")
_OTHER_OF = r"\s+of\s+(?!(?:the|this|that)\s+(?:new\s+)?(?:group|body|mechanism)\b)"

NCG_REFERENCE_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat)\s+(?:new\s+|consultative\s+|consultation\s+)?(?:group|body|mechanism)\b"
    r"(?:'s)?(?!\s+of\b)"
    rf"|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Tt]his)\s+(?:(?:group|NCG|body)'s\s+)?"
    rf"(?:{_ORDINALS})\s+(?:(?:formal|plenary|regular|full)\s+)?(?:meeting|session)s?\b"
    rf"(?!\s+(?:with|between)\b|{_OTHER_OF})"
    r"|\b[Cc]o-?chair(?:ed|s|ing)?\b"
    r"|\b(?:meeting|session)s?\s+(?:was|were|is|will\s+be)\s+(?:chaired|convened)\b"
    r"|\b[Tt]his\s+(?:meeting|session)\b(?!\s+(?:with|between)\b|\s+of\b)"
    r"|\b(?:meeting|session)\s+(?:opened|began|kicked\s+off)\b|\bjoined\s+the\s+(?:meeting|session)\b")
"""A reference to the NCG without its name (see the module docstring)."""

_PARTY_RE = re.compile(r"\bpart(?:y|ies)\b", re.IGNORECASE)
CONTEXT_RULE = "NCG named earlier in the document"

SUBMARINE_NAME_RE = re.compile(r"\b(?:[Ss]ubmarines?|SSBNs?|SSNs?)\b")
"""A submarine named (guide rule 72): *submarine(s)*, *SSBN*, *SSN*."""

BOAT_REFERENCE_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+(?:new\s+)?boats?\b")
"""The submarine referred back to as *the boat(s)* (*the boat's visit*, *these boats*)."""

BOAT_RULE = "submarine named earlier in the document"

CARRIER_NAME_RE = re.compile(
    r"\b(?:[Aa]ircraft|American|U\.?S\.?) carriers?\b|\b[Cc]arrier (?:strike )?groups?\b")
"""An aircraft carrier named (guide rule 84): *aircraft carrier(s)*, *American* (*U.S.*)
*carrier(s)*, *carrier (strike) group*."""

CARRIER_REFERENCE_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\w,]*[\d-][\w,-]*\s+)?carriers?(?:'s)?\b"
    r"(?!\s+(?:group|strike)\b)")
"""The carrier referred back to as *the carrier* (*the carrier's presence*, *the 100,000-tonne
carrier*, *the nuclear-powered carrier*: at most one word between, hyphenated or with a digit;
*the national carrier* is an airline)."""

CARRIER_RULE = "aircraft carrier named earlier in the document"


def uses_document_context(lexicon: FrameLexicon) -> bool:
    """Whether ``lexicon`` asks for rule 50 (its ``document_context`` section sets
    ``ncg_references``; from lexicon 2.9.0 on). An older lexicon (the golden tables pin 1.0.0)
    reads every sentence alone."""
    return bool(lexicon.raw.get("document_context", {}).get("ncg_references"))


def names_ncg(text: str) -> bool:
    """Whether ``text`` names the Nuclear Consultative Group (full name or ``NCG``); a substring
    test first (every match holds *onsultative* or *NCG*) spares most sentences the regex."""
    return ("onsultative" in text or "NCG" in text) and NCG_NAME_RE.search(text) is not None


def ncg_reference(text: str) -> re.Match[str] | None:
    """The first reference to the NCG without its name in ``text`` (:data:`NCG_REFERENCE_RE`),
    or ``None``; a sentence that names a party (*the party's co-chair*) has none."""
    match = NCG_REFERENCE_RE.search(text)
    if match is None or (match.group(0).lower().startswith("co") and _PARTY_RE.search(text)):
        return None
    return match


def names_submarine(text: str) -> bool:
    """Whether ``text`` names a submarine (:data:`SUBMARINE_NAME_RE`); a substring test first
    (every match holds *ubmarine* or *SS*) spares most sentences the regex."""
    return ("ubmarine" in text or "SS" in text) and SUBMARINE_NAME_RE.search(text) is not None


def names_carrier(text: str) -> bool:
    """Whether ``text`` names an aircraft carrier (:data:`CARRIER_NAME_RE`)."""
    return "arrier" in text and CARRIER_NAME_RE.search(text) is not None


def submarine_frame(result: dict[str, Any] | None, name_re: re.Pattern[str] = SUBMARINE_NAME_RE
                    ) -> str | None:
    """The frame a sentence that names a submarine (with ``name_re``, another platform) gave
    it (``deterrence`` for the allies', ``threat`` for the North's), or ``None`` (another
    country's, denied, or no frame)."""
    for frame in ("deterrence", "threat"):
        if result is not None and frame in result["frames"] and any(
                name_re.search(c.text) for c in result["evidence"][frame]):
            return frame
    return None


def add_boat_frame(result: dict[str, Any], text: str, frame: str | None,
                   lexicon: FrameLexicon, carrier: bool = False) -> dict[str, Any]:
    """Add (in place, and return) ``frame``, the frame of the submarine the document named
    last, to a sentence that refers back to it as *the boat(s)* without naming a submarine
    (guide rule 72); with ``carrier``, of the aircraft carrier named last, to a sentence that
    calls it *the carrier* without naming one (rule 84)."""
    word, ref_re, names, rule = (("arrier", CARRIER_REFERENCE_RE, names_carrier, CARRIER_RULE)
                                 if carrier else
                                 ("boat", BOAT_REFERENCE_RE, names_submarine, BOAT_RULE))
    if frame is None or frame in result["frames"] or word not in text:
        return result
    match = ref_re.search(text)
    if match is None or names(text):
        return result
    return add_cue(result, match, frame, rule, lexicon.threshold)


def add_context_frames(result: dict[str, Any], text: str, ncg_named: bool,
                       lexicon: FrameLexicon) -> dict[str, Any]:
    """Add (in place, and return) ``deterrence`` to a frame result of ``text`` when the
    document named the NCG before this sentence (``ncg_named``), the sentence refers back to it
    without its name and does not have ``deterrence`` yet: a :class:`~.frames.Cue` with the
    rule :data:`CONTEXT_RULE` joins the evidence and the score."""
    if not ncg_named or "deterrence" in result["frames"] or names_ncg(text):
        return result
    match = ncg_reference(text)
    if match is None:
        return result
    return add_cue(result, match, "deterrence", CONTEXT_RULE, lexicon.threshold)


def third_power_prefilter(lexicon: FrameLexicon) -> re.Pattern[str]:
    """A cheap test of a sentence that may name a third power (Russia, China...): the first
    words of the lexicon's counterpart patterns that are not North Korea's, pairs aside (*Seoul
    and Beijing*, *Russia-DPRK*: each names a third power on its own too)."""
    words = set()
    for group in lexicon.raw.get("counterparts", {}).get("groups", []):
        if group.get("frame") is None:
            for raw in group.get("patterns", []):
                pattern = raw["pattern"] if isinstance(raw, dict) else raw
                if " and " not in pattern and "-" not in pattern:
                    words.add(pattern.split()[0])
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b"
                      if words else r"(?!)", re.IGNORECASE)


def sentence_parties(text: str, lexicon: FrameLexicon
                     ) -> tuple[str, list[Token], SentenceParties]:
    """The masked text (:func:`~.frames.mask_initialism_periods`), the tokens and the
    :class:`~.frame_force_owner.SentenceParties` of a sentence."""
    masked, toks = mask_initialism_periods(text), tokens(text)
    return masked, toks, parties_of([(ci, cj, cp.payload[0]) for ci, cj, cp in
                                     lexicon.counterpart_table.scan(masked, toks)],
                                    allied_mentions(masked, toks, lexicon))


def _rescored(result: dict[str, Any], cues: list[Cue], lexicon: FrameLexicon
              ) -> dict[str, Any]:
    """The frame result of re-read ``cues``; a model or encoder frame of ``result`` stays, but
    for ``alliance``."""
    out = cue_scores(cues, lexicon)
    for key in ("model", "encoder"):
        if key in result:
            out[key] = result[key]
        added = set(result.get(f"{key}_frames", ())) - out["frames"] - {"alliance"}
        if f"{key}_frames" in result:
            out[f"{key}_frames"] = added
        out["frames"] = out["frames"] | added
    return out


def story_frames(result: dict[str, Any], text: str, lexicon: FrameLexicon,
                 read: tuple[str, list[Token], SentenceParties] | None = None
                 ) -> dict[str, Any]:
    """The frame ``result`` of a sentence ``text`` in a story about North Korea and a third
    power that names no ally itself (guide rule 159): its cues re-read by
    :func:`~.frame_force_owner.owner_cues` as a pair sentence's (partnership cues and the
    pact's terms no frame, unowned troops the North's), scores and frames recomputed; a model
    or encoder frame stays, but for ``alliance``. ``read``: the :func:`sentence_parties` of
    ``text`` when known."""
    masked, toks, parties = read or sentence_parties(text, lexicon)
    cues = sentence_cues(result)
    if not pair_candidate(cues):
        return result
    new = owner_cues(cues, toks, parties, (), True, lexicon.owner_between,
                     lambda a, b: clause_break(masked, toks, a, b), "document")
    return result if new == cues else _rescored(result, new, lexicon)


def rok_story_frames(result: dict[str, Any], lexicon: FrameLexicon) -> dict[str, Any]:
    """The frame ``result`` of a sentence in South Korea's story with a third power that names
    no other ally itself (guide rule 169): its partnership cues read by the lexicon alone
    (*the two sides*, *bilateral relations*, *cooperation*) count toward no frame, as in the
    sentence that opened the story (rule 168); a model or encoder frame stays, but for
    ``alliance``."""
    cues = sentence_cues(result)
    new = [c._replace(frame=None, rule="owner:other (rok story)")
           if c.frame == "alliance" and c.rule in READ_BY_LEXICON else c for c in cues]
    return result if new == cues else _rescored(result, new, lexicon)


def story_opener(result: dict[str, Any] | None, masked: str, toks: list[Token],
                 parties: SentenceParties) -> bool:
    """Whether a pair sentence (:func:`~.frame_force_owner.pair_sentence`) opens the pair's
    story (rule 159): it reads no force as the allies' (not *China and North Korea both
    condemned this year's drills*) and names the North or the third power as more than an
    owner (not *China's growing influence and North Korea's nuclear programme*)."""
    if result is not None and result["evidence"]["deterrence"]:
        return False
    return any(not possessive(masked, toks[cj - 1]) for _, cj in (*parties.north,
                                                                   *parties.others))


def allied_names_re(lexicon: FrameLexicon, south_korean: bool = True
                    ) -> re.Pattern[str] | None:
    """The allies' officials and bodies by name that end the pair's story (guide rule 161:
    ``document_context.pair_stories.allied_names``, case-sensitive whole words), or ``None``
    for a lexicon without them. ``south_korean=False`` leaves out the names of
    ``pair_stories.south_korean_names``: those that end South Korea's own story with a third
    power (rule 169) are the other allies'."""
    section = lexicon.raw.get("document_context", {}).get("pair_stories")
    names = section.get("allied_names", []) if isinstance(section, dict) else []
    if not south_korean:
        names = [n for n in names if n not in set(section.get("south_korean_names", []))]
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


_RUN_WORD = r"(?:[A-Z][\w.'’-]*|the|of|and|for)"
_SUBJECT_RUN_RE = re.compile(rf"{_RUN_WORD}(?:[ \t]+{_RUN_WORD})*")
"""A run of capitalised words (and *the*, *of*, *and*, *for* inside it): a subject that names
someone (``Secretary of State Marco Rubio``, ``The U.S. Department of Defense``)."""
_NOT_THE_CAPITAL = frozenset("Declaration Post Times Consensus Summit Treaty Institute".split())


def allied_subject(names: re.Pattern[str], text: str) -> bool:
    """Whether the subject of ``text`` is an official or body of the allies by name (guide rule
    161, ``names``: :func:`allied_names_re`): a name of ``names`` inside the run of capitalised
    words that opens the sentence, or that follows its first comma or dash within the first 60
    characters (``On Monday, the Pentagon said``). A name further on is someone's object or
    listener (*KCNA accused the Pentagon*, *Lavrov spoke with Rubio*), and *Washington* before
    *Declaration* or *Post* names a text or a paper."""
    starts = [0] + [k + 1 for k in (text.find(",", 0, 60), text.find("—", 0, 60)) if k > 0]
    for start in starts:
        run = _SUBJECT_RUN_RE.match(text, len(text) - len(text[start:].lstrip()))
        for m in names.finditer(run.group(0)) if run else ():
            if not (m.group(0) == "Washington" and run.group(0)[m.end():].split()[:1] and
                    run.group(0)[m.end():].split()[0] in _NOT_THE_CAPITAL):
                return True
    return False


_OTHER_ALLY_RE = re.compile(r"\b(?:United\s+States|U\.S\.|US|USA|America|Americans?|Washington|"
                            r"Biden|Trump|Pentagon|White\s+House|NCG|Nuclear\s+Consultative|"
                            r"allies|alliance|Japan|Japanese|Tokyo)\b")
"""A cheap test of a sentence that may name the allies' own story (the United States, Japan,
the alliance): once one has, no later sentence opens South Korea's story with a third power
(rule 169; a review, rv88: *Yoon and Biden met ... South Korea depends on China for its exports.
The two leaders pledged ...* stays the allies')."""


class PairStory:
    """Whether a document's story, so far, is North Korea and a third power (guide rule 159;
    :attr:`active` ``"north"``) or South Korea and a third power (rule 169, ``"rok"``, with a
    lexicon whose ``pair_stories`` sets ``rok_stories``). The first is set by a sentence that
    names both and no ally (:func:`~.frame_force_owner.pair_sentence`) and reads no force as the
    allies' (:func:`story_opener`), ended by one that names an ally
    (:func:`~.frame_force_owner.names_ally`) or the NCG, the allies' own body (*how our two
    countries plan together* in the NCG is the allies'), or an official or body of the allies
    by name (rule 161, :func:`allied_names_re`). The second is set by a sentence of rule 168
    (:func:`~.frame_force_owner.rok_third_sentence`) that opens a story, if no earlier sentence of
    the document may have named the allies' own (:data:`_OTHER_ALLY_RE`), or by one of two third
    powers' partnership (rule 172, :func:`~.frame_force_owner.powers_pair_sentence`), ended by
    one that names another ally, the NCG or an official of the other allies (*Washington*, *the
    Pentagon*)."""

    def __init__(self, lexicon: FrameLexicon) -> None:
        self.lexicon, self.prefilter = lexicon, third_power_prefilter(lexicon)
        self.active: str | bool = False
        self.allied_names = allied_names_re(lexicon)
        section = lexicon.raw.get("document_context", {}).get("pair_stories")
        self.rok = isinstance(section, dict) and bool(section.get("rok_stories"))
        self.other_names = allied_names_re(lexicon, south_korean=False) if self.rok else None
        self.allies_seen = False

    def _allied(self, text: str, read: tuple[str, list[Token], SentenceParties],
                rok: bool = False) -> bool:
        toks, parties = read[1], read[2]
        names = self.other_names if rok else self.allied_names
        return names_ally(toks, parties, ROK_WORDS | PAIR_WORDS if rok else PAIR_WORDS) or \
            names_ncg(text) or bool(names and allied_subject(names, text))

    def apply(self, result: dict[str, Any] | None, text: str) -> dict[str, Any] | None:
        """``result`` re-read by :func:`story_frames` (:func:`rok_story_frames`) when the story
        is a pair's and ``text`` names no ally (no other ally); then the story updated from
        ``text``."""
        seen_before = self.allies_seen  # the allies' story came first (rule 169's guard)
        self.allies_seen = seen_before or (self.rok and _OTHER_ALLY_RE.search(text) is not None)
        if not self.active and not self.prefilter.search(text):
            return result
        read = sentence_parties(text, self.lexicon)
        toks, parties = read[1], read[2]
        allied = self._allied(text, read)
        rok_allied = self._allied(text, read, rok=True) if self.rok else True
        if self.active == "north" and result is not None and not allied:
            result = story_frames(result, text, self.lexicon, read)
        elif self.active == "rok" and result is not None and not rok_allied:
            result = rok_story_frames(result, self.lexicon)
        if pair_sentence(toks, parties) and not allied and story_opener(result, *read):
            self.active = "north"
        elif not rok_allied and not seen_before and story_opener(result, *read) and (
                rok_third_sentence(toks, parties) or powers_pair_sentence(toks, parties)):
            self.active = "rok"
        elif (allied and self.active == "north") or (rok_allied and self.active == "rok"):
            self.active = False
        return result


class DocumentContext:
    """What the frames of a document's later sentences need from its earlier ones: whether the
    NCG has been named. Call :meth:`apply` on each sentence in order."""

    def __init__(self, lexicon: FrameLexicon | None = None) -> None:
        self.lexicon = lexicon or load_frame_lexicon()
        self.enabled = uses_document_context(self.lexicon)
        section = self.lexicon.raw.get("document_context", {})
        self.boats = bool(section.get("boat_references"))
        self.carriers = bool(section.get("carrier_references"))
        stories = section.get("pair_stories")  # true, or {"enabled": ..., "allied_names": ...}
        self.stories = bool(stories.get("enabled") if isinstance(stories, dict) else stories)
        self.story = PairStory(self.lexicon)
        self.references = bool(section.get("force_references"))
        self.forces, self.north_named = ForceReference(), False
        self.missiles, self.missile = bool(section.get("missile_references")), None
        self.ncg_named, self.boat_frame, self.carrier_frame = False, None, None

    def reset(self) -> None:
        """Start a new document: nothing named yet."""
        self.ncg_named, self.boat_frame, self.carrier_frame = False, None, None
        self.story.active, self.story.allies_seen = False, False
        self.forces.reset()
        self.north_named, self.missile = False, None

    def needs(self, text: str) -> bool:
        """Whether :meth:`apply` may add a frame to ``text`` (a cheap test for the sentence
        table's fast path)."""
        return self.enabled and (
            (self.ncg_named and ncg_reference(text) is not None)
            or (self.boat_frame is not None and "boat" in text
                and BOAT_REFERENCE_RE.search(text) is not None)
            or (self.carrier_frame is not None and "arrier" in text
                and CARRIER_REFERENCE_RE.search(text) is not None)
            or (self.north_named and "nuclear" in text and STATUS_RE.search(text) is not None)
            or (self.missile == "north" and MISSILE_RE.search(text) is not None))

    def apply(self, result: dict[str, Any] | None, text: str) -> dict[str, Any] | None:
        """The frame ``result`` of the next sentence ``text`` with the context's frames added
        (:func:`add_context_frames`; ``None``, the fast path's no-cue result, stays ``None``),
        then remember whether the sentence names the NCG."""
        if not self.enabled:
            return result
        if self.stories:
            result = self.story.apply(result, text)
        if self.references:  # "these troops" after the North's troops (rule 170)
            result = self.forces.apply(result, text, lambda r, c: _rescored(r, c, self.lexicon))
            if result is not None and self.north_named:  # "He is a nuclear power" (rule 56)
                add_status_frame(result, text, self.lexicon.threshold)
            self.north_named = NORTH_NAMED_RE.search(text) is not None or (
                self.north_named and OTHER_POWER_RE.search(text) is None)
        if self.missiles:  # "the missile" after the North's launch (rule 171)
            if result is not None and self.missile == "north":
                add_missile_frame(result, text, self.lexicon.threshold)
            self.missile = missile_owner(result, self.missile)
        if result is not None:
            add_context_frames(result, text, self.ncg_named, self.lexicon)
            add_boat_frame(result, text, self.boat_frame, self.lexicon)
            add_boat_frame(result, text, self.carrier_frame, self.lexicon, carrier=True)
        self.ncg_named = self.ncg_named or names_ncg(text)
        if self.boats and names_submarine(text):
            self.boat_frame = submarine_frame(result)
        if self.carriers and names_carrier(text):
            self.carrier_frame = submarine_frame(result, CARRIER_NAME_RE)
        return result


def document_frame_scores(texts: Iterable[str], lexicon: FrameLexicon | None = None,
                          model: Any = None, use_model: bool = True) -> list[dict[str, Any]]:
    """:func:`~.frames.frame_scores` of the sentences of one document, in order, with the
    document's context (:class:`DocumentContext`)."""
    lex = lexicon or load_frame_lexicon()
    context = DocumentContext(lex)
    return [context.apply(frame_scores(t, lex, model=model, use_model=use_model), t)
            for t in texts]


def passage_of(sentence_id: str) -> str | None:
    """The passage of a labelled sentence id ``tN-PP-SS`` (``tN-PP``); ``None`` for ids of
    sets without passages (``wd001``, ``t5-001``), whose sentences stand alone."""
    parts = str(sentence_id).split("-")
    return "-".join(parts[:2]) if len(parts) == 3 else None


def grouped_frame_scores(texts: Sequence[str], documents: Sequence[str | None],
                         lexicon: FrameLexicon | None = None, model: Any = None,
                         use_model: bool = True) -> list[dict[str, Any]]:
    """:func:`document_frame_scores` over sentences in order, a run of sentences with the same
    ``documents`` key read as one document; a sentence whose key is ``None`` stands alone."""
    lex = lexicon or load_frame_lexicon()
    out: list[dict[str, Any]] = []
    context, current = DocumentContext(lex), None
    for text, doc in zip(texts, documents, strict=True):
        if doc is None or doc != current:
            context.reset()
            current = doc
        out.append(context.apply(frame_scores(text, lex, model=model, use_model=use_model),
                                 text))
    return out


def passage_frame_scores(texts: Sequence[str], ids: Sequence[str],
                         lexicon: FrameLexicon | None = None, model: Any = None,
                         use_model: bool = True) -> list[dict[str, Any]]:
    """:func:`grouped_frame_scores` of labelled sentences in file order, each passage
    (:func:`passage_of`) read as one document; a sentence without a passage stands alone."""
    return grouped_frame_scores(texts, [passage_of(i) for i in ids], lexicon, model, use_model)
