"""Whether a phrase can name a speaker at all, and the source of a promoted sentence.

A sentence the learned model promotes to reported speech has no reporting clause to name its
source; the finders of :func:`promoted_source` read one from the sentence's opening words. Some
of what they read names nobody: a connective or a fronted phrase (``Therefore``, ``As our
budget``, ``In addition to the drills``), a first-person word (``We``, ``I``, ``Our``: the
writer, or a quotation whose marks were lost) or a quantifier without its noun (``Both`` of
*Both sides agreed*, ``All``). :func:`names_no_source` tells those apart; such a phrase is
passed over for the next finder's reading, and when no finder reads a source the sentence has
none of its own (its speaker is then the one the quotation or the paragraph carries on).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .attribution_model import cue_subject
from .cue_words import CLAUSE_STOPS, PREPOSITIONS
from .nominal_sources import nominal_source
from .opening_subjects import sentence_subject
from .passive_agents import agent_source
from .source_plausibility import before_comma, fuller_subject, junk_source
from .speaker_checks import has_source_shape, noun_phrase
from .speakers import DETERMINERS
from .subjects import subject_phrase

CONNECTIVES = frozenset("""therefore thus hence moreover furthermore besides however meanwhile
    instead nevertheless nonetheless indeed also still yet so accordingly consequently
    likewise similarly otherwise then finally lastly again""".split())
"""Sentence adverbs and connectives: the opening word of a phrase that names nobody."""
OPENING_WORDS = PREPOSITIONS | CLAUSE_STOPS | CONNECTIVES | frozenset(
    """as to into onto about under over during despite like unlike amid beyond against without
    within through throughout toward towards upon following given""".split())
"""Words that open a fronted phrase or a clause, never a source (``In addition to ...``)."""
FIRST_PERSON = frozenset("i we me us my our myself ourselves".split())
"""The writer's own person, or a speaker's inside a quotation: never the source read from
the words outside a quotation (a possessive before a noun can be: ``my father``)."""
_POSSESSIVES = frozenset({"my", "our"})
_DANGLING = PREPOSITIONS | CLAUSE_STOPS | frozenset("to the a an".split())
"""Last words of a phrase cut inside a clause (``capabilities to``, ``reports that``)."""
QUANTIFIERS = frozenset("both all each some many most few several none either neither any "
                        "half".split())
"""Words that stand for a noun left after them: alone they name nobody (``Both`` of *Both sides
agreed*)."""
WEAK_SUBJECTS = DETERMINERS | QUANTIFIERS | frozenset("his her their its our my your".split())
"""Subjects that a finder stops at too early (``His`` of ``His ex-wife agreed``, ``Another``
of ``Another slide shows``, ``Both`` of ``Both sides agreed``): the next finder reads on."""

_WORD_RE = re.compile(r"[\w’'.-]+")
_LEAD_RE = re.compile(rf"(?:{'|'.join(sorted(CONNECTIVES))}|as)\b,?\s+", re.IGNORECASE)
"""A connective, or the *as* of ``As X noted``, before the words of a source."""


def named_source(phrase: str | None) -> str | None:
    """``phrase`` (a subject read for a source) as the source it names, or ``None`` when it
    names nobody: a connective before it is dropped (``Then someone`` is ``someone``), and so is
    the *as* of a source's aside (``As one analyst noted`` is ``one analyst``); a phrase then
    opening with a preposition or another clause word (:data:`OPENING_WORDS`: ``In addition to
    the visits``, ``While results``, ``Therefore`` alone), with a first-person word
    (:data:`FIRST_PERSON`: ``We``, ``Our`` alone, ``As our budget``) or with the expletive
    *there*, or ending in a preposition or a clause word (``capabilities to``), names nobody.
    A name, a third-person pronoun or a determiner phrase (``The
    agency``, ``Both sides``) is itself."""
    text = (phrase or "").strip()
    led = False
    while (m := _LEAD_RE.match(text)) and m.end() < len(text):
        text, led = text[m.end():], True
    words = _WORD_RE.findall(text)
    if not words:
        return None
    first = words[0].lower()
    if first == "under" and words[1:2] == ["Secretary"]:
        return text  # "Under Secretary Bonnie Jenkins": a title
    person = is_first_person(words[0]) and (
        led or len(words) == 1 or first not in _POSSESSIVES)  # not "my father"
    if first in OPENING_WORDS or person or first == "there" or \
            words[-1].lower() in _DANGLING and len(words) > 1:
        return None  # "... capabilities to": a phrase cut inside, no noun phrase
    if has_source_shape(text):
        return text
    cut = noun_phrase(text)  # "The conversation ended with Maddow": Maddow
    return cut if cut != text and has_source_shape(cut) else None


def is_first_person(word: str) -> bool:
    """Whether ``word`` is a first-person pronoun or possessive (:data:`FIRST_PERSON`), not the
    initialism ``US``."""
    return word.lower() in FIRST_PERSON and not (len(word) > 1 and word.isupper())


def names_no_source(phrase: str | None) -> bool:
    """Whether ``phrase`` names no source at all (:func:`named_source` reads none in it)."""
    return named_source(phrase) is None


def promoted_source(sentence: str, tokens: list[re.Match], cues: Collection[str]) -> str | None:
    """The source of a sentence the model promotes (``tokens``: its word matches, ``cues``: the
    model's cue words): the agent of a passive report (:func:`.passive_agents.agent_source`:
    ``The plan was described by the agency as ...``), else the source the first finder
    reads: the name of a promise (:mod:`.nominal_sources`) or the sentence's subject if a
    pronoun or a name (:func:`.opening_subjects.sentence_subject`); the phrase before its cue
    word
    (:func:`.attribution_model.cue_subject`: ``The Clinton campaign says``); the words before its
    first verb (:func:`.subjects.subject_phrase`: ``His advisers believe``, ``In the House,
    lawmakers passed``). A reading that names no source (:func:`names_no_source`) is passed
    over; a weak one (:data:`WEAK_SUBJECTS`: ``His``, ``Another``) is kept only when no finder
    reads more; when no finder reads a source, ``None``. When the only readings name nobody
    and the sentence opens with a fronted phrase and a comma, the finders read the words after
    the comma (``In addition to the visits, the agreement also calls for`` gives ``the
    agreement``)."""
    agent = agent_source(sentence)  # "The plan was described by the agency as ...": its
    if agent:
        return agent
    found, first = _first_source(sentence, tokens, cues)
    comma = sentence.find(",")
    if found is None and first and tokens and tokens[0].group(0).lower() in OPENING_WORDS \
            and 0 < comma < len(sentence) - 1:
        # "In addition to the visits, the agreement calls for": read on after the comma
        at = tokens[0].start() + comma + 1
        found, _ = _first_source(sentence[comma + 1:], [t for t in tokens if t.start() > at],
                                 cues)
    return found


_LEGACY_WEAK = DETERMINERS | frozenset("his her their its our my your any no each every".split())


def legacy_subject(sentence: str, tokens: list[re.Match], cues: Collection[str]) -> str | None:
    """The first reading of the finders of :func:`promoted_source`, read on past a weak one
    (``His``, ``Another``) only, whether or not it names a source: the reading the vetoes of a
    promotion judge (:func:`analysis.corpus.source_phrases.vetoed`: ``That underscored ...``,
    ``The agreement also creates ...``), so that which sentences are promoted does not depend
    on the speaker found for them."""
    subject = nominal_source(sentence) or sentence_subject(tokens)  # "a US promise to"
    if subject is None or subject.lower() in _LEGACY_WEAK:
        subject = cue_subject(tokens, cues) or subject
    if subject is None or subject.lower() in _LEGACY_WEAK:
        subject = subject_phrase(sentence) or subject
    return subject


def _first_source(sentence: str, tokens: list[re.Match], cues: Collection[str]
                  ) -> tuple[str | None, str | None]:
    """The source the first finder of :func:`promoted_source` reads (a weak one only if none
    reads more), and the first reading of any finder, whether or not it names a source."""
    finders = (lambda: nominal_source(sentence) or sentence_subject(tokens),
               lambda: cue_subject(tokens, cues), lambda: subject_phrase(sentence))
    weak: str | None = None
    first: str | None = None
    for find in finders:
        subject = find()
        subject = before_comma(sentence, subject)  # "Vedant Patel, Senior Spokesperson"
        if subject and junk_source(sentence, subject := fuller_subject(sentence, subject)):
            continue  # "Extended" of "Extended deterrence is", "The first concern"
        first = first or subject
        subject = named_source(subject)
        if subject is None or is_first_person(subject.split()[0]):
            continue  # "our leaders" of a promoted sentence: the writer's side, or no one
        if subject.lower() not in WEAK_SUBJECTS:
            return subject, first
        weak = weak or subject
    return weak, first
