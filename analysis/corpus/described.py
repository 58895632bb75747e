"""The head of a subject phrase cut at its ``of``: a speaker described by another person.

:func:`analysis.corpus.cues.find_reporting_clause` reads a subject back a few words from its
verb; in ``The powerful sister of North Korean leader Kim Jong Un denounced ...`` that stops
inside the description, at ``of``. :func:`head_of` extends it back to the head noun and its
determiner, so the speaker is the sister (linked by
:meth:`analysis.corpus.actor_linker.ActorLinker.link`), not the person named after ``of``; so
too for a role noun before ``for`` or ``to`` (``a spokesman for``, ``an aide to``).
"""

from __future__ import annotations

from .cue_words import CLAUSE_STOPS, DOCUMENT_HEADS, PREPOSITIONS, TEXT_NOUNS
from .speakers import DESCRIBING_ROLES, DETERMINERS

LINKS = frozenset({"of", "for", "to", "from", "at", "with"})
"""Words between a role noun and the person or body it describes (``an aide to``, ``an official
from the presidential office``, ``an official at the ministry``, ``a spokesman with the
agency``)."""
TOPIC_LINKS = frozenset({"on", "about", "of", "into"})
"""Words between a text and its topic (``a fact sheet on the deal``, ``a report into the
crash``)."""
_TEXTS = DOCUMENT_HEADS | TEXT_NOUNS | frozenset("sheet sheets readout assessment".split())

def head_of(outside: str, tokens: list, k: int) -> int:
    """``k``, or for a subject cut inside a description the index of its head, back to its
    determiner: cut at its ``of`` (``of North Korean leader Kim Jong Un`` -> ``The powerful
    sister of ...``), or, after a role noun (:data:`DESCRIBING_ROLES`), at ``for``/``to`` or at
    the determiner after the link (``[the Chinese Foreign Ministry]`` -> ``A spokesman for the
    Chinese Foreign Ministry``)."""
    word = tokens[k].group(0)
    if word in LINKS or word in TOPIC_LINKS:
        p = k
    elif k >= 2 and word.lower() in DETERMINERS and tokens[k - 1].group(0) in \
            LINKS | TOPIC_LINKS and not outside[tokens[k - 1].end():tokens[k].start()].strip():
        p = k - 1
    else:
        return k
    head = tokens[p - 1].group(0).lower() if p else ""
    if head in PLACED_PARTICIPLES and tokens[p].group(0) in {"on", "in", "at"}:
        return _before_placed(outside, tokens, p - 1, k)  # "the forces stationed on the ..."
    adherents = head in ADHERENTS and (tokens[p].group(0) == "of" or (
        tokens[p].group(0) == "for" and head.startswith("advocate")))  # "Advocates for a bomb"
    text = head in _TEXTS and tokens[p].group(0) in TOPIC_LINKS  # "A fact sheet on the deal"
    if (p != k or tokens[p].group(0) != "of") and head not in DESCRIBING_ROLES and \
            not adherents and not text:
        return k
    for m in range(p - 1, max(-1, p - (7 if text else 4)), -1):
        word = tokens[m].group(0).lower()
        if outside[tokens[m].end():tokens[m + 1].start()].strip() or word in PREPOSITIONS or \
                word in CLAUSE_STOPS:
            return m + 1 if adherents and m + 1 < p else k  # "But critics of the plan say"
        if word in DETERMINERS:
            return m
        if adherents and m == 0:
            return 0  # "Supporters of the declaration say": a bare plural opens the sentence
    return k


ADHERENTS = frozenset("""supporters critics opponents proponents advocates backers detractors
    defenders sceptics skeptics members residents citizens veterans families fans admirers
    allies foes supporter critic opponent proponent advocate backer detractor defender sceptic
    skeptic member resident citizen veteran admirer ally foe""".split())
"""Plural nouns of people who speak as the followers or foes of what follows their *of*
(``Supporters of the declaration say``, ``critics of the plan argue``): the phrase, head and
all, is the source, never the thing they support."""


NAME_HEADS = frozenset("""Institute Center Centre Council Foundation Ministry Department Agency
    Office Committee Commission Association Federation Society Academy University School Bureau
    Union Coalition Forum Organization Organisation Fund Board Service Command Corporation
    Party""".split())
"""Heads of names that hold a lower-case link (``Institute for Policy Studies``)."""
FIELD_WORDS = frozenset("""Studies Affairs Services Sciences Analyses Analysis Technology Security
    Trade Energy Development Research Policy Strategy Unification Defense Defence Forestry
    Fisheries Industry Economics Commerce Welfare Education Culture Tourism Transport Peace
    Cooperation Relations Finance Health Environment Justice Communications""".split())
"""The fields that end a name with an inner *and* (``Center for Strategic and International
Studies``); a person after *and* (``the Ministry of Unification and Kim``) ends none."""
_NAME_LINKS = frozenset({"for", "of", "on"})


def _field_run_end(tokens: list, k: int) -> str:
    """The last word of the capitalised run that starts at token ``k``."""
    j = k
    while j + 1 < len(tokens) and tokens[j + 1].group(0)[:1].isupper():
        j += 1
    return tokens[j].group(0)


PLACED_PARTICIPLES = frozenset("stationed based deployed posted located".split())
"""Participles of where a force or a person is (``the U.S. forces stationed on the Korean
Peninsula``): the phrase before them holds the subject's head."""


def _before_placed(outside: str, tokens: list, q: int, k: int) -> int:
    """The start of the subject whose noun phrase a participle of :data:`PLACED_PARTICIPLES`
    (token ``q``) follows: that phrase's determiner, extended by :func:`head_of` (``The
    commander of [the U.S. forces] stationed on ...`` -> ``The commander``); ``k`` when none is
    near."""
    for m in range(q - 1, max(-1, q - 5), -1):
        word = tokens[m].group(0)
        if outside[tokens[m].end():tokens[m + 1].start()].strip() not in {"", "."} or \
                word.lower() in CLAUSE_STOPS:
            return k  # a comma, a clause: no phrase of the subject ("U.S." keeps its stop)
        if word.lower() in DETERMINERS:
            return head_of(outside, tokens, m)
    return k


def linked_name_start(outside: str, tokens: list, k: int) -> int:
    """``k``, or the start of the capitalised name that the subject at ``k`` ends, when that
    name is one of :data:`NAME_HEADS` with the words of its name before and after it
    (``[Policy Studies]`` -> ``Asan Institute for Policy Studies``, ``[International Studies]``
    -> ``Center for Strategic and International Studies``, ``[Party of Korea]`` -> ``Workers
    Party of Korea``, the apostrophe dropped as the tokens do); never back over a determiner, a
    clause word or a gap other than a possessive's apostrophe (a comma, a quotation), and over
    *and* only before a field (:data:`FIELD_WORDS`)."""
    if not tokens[k].group(0)[:1].isupper():
        return k
    m, head = k, tokens[k].group(0) in NAME_HEADS
    while m > 0 and outside[tokens[m - 1].end():tokens[m].start()].strip() in ("", "'", "’"):
        word = tokens[m - 1].group(0)
        if (word in _NAME_LINKS or word == "and" and _field_run_end(tokens, m) in FIELD_WORDS) \
                and tokens[m].group(0)[:1].isupper():
            m -= 1
        elif word[:1].isupper() and word.lower() not in DETERMINERS and \
                word.lower() not in CLAUSE_STOPS and word.lower() not in PREPOSITIONS:
            head = head or word in NAME_HEADS
            m -= 1
        else:
            break
    return m if head and tokens[m].group(0)[:1].isupper() else k
