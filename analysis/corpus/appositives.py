"""The subject of a reporting verb that follows an aside between commas.

News names a source and then describes it, or describes it and then names it, between commas
before the verb:

- ``Marley Anderson, 21, a junior from Las Vegas, said``: the name before the aside;
- ``Gov. John Kasich (R-OH), said``: a name with its party in parentheses;
- ``A Twitter spokesman, Christopher Abboud, said``: the name in the aside;
- ``The head of U.S. Forces Korea, Gen. Paul LaCamera, said`` and ``A spokesman for the Chinese
  Foreign Ministry, Wang Wenbin, said``: a name inside a description (after *of*, *for*, *in*)
  is the body the speaker belongs to, so the name in the aside speaks;
- ``The head of USFK, who took command in 2021, said``, ``A senior U.S. official, who spoke on
  condition of anonymity, said``: a noun phrase before a relative clause
  (``Victor Cha of CSIS, a former official, said``: the person before the affiliation).

:func:`appositive_subject` reads these for :func:`analysis.corpus.cues.find_reporting_clause`;
:func:`person_of_affiliation` is the person of ``NAME of ORGANISATION``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .cue_words import (
    AUXILIARIES,
    CLAUSE_STOPS,
    DOCUMENT_NOUNS,
    INVERTING_VERBS,
    PREPOSITIONS,
    TEXT_NOUNS,
    is_adverb,
    is_ly_adverb,
)
from .opening_subjects import FRONTING_WORDS, NOT_SUBJECT_START_WORDS, SUBJECTLESS_OPENERS
from .relative_speakers import relative_speaker
from .sources import NOT_SUBJECT_START, inverted_common_noun, inverted_subject
from .speakers import (
    DETERMINERS,
    NAME_TOKEN,
    ORG_ROLES,
    PERSON_ROLES,
    SPEAKER_NOUNS,
    TITLE_WORDS,
)

APPOSITIVE_WINDOW = 280
"""Characters before a reporting verb searched for an appositive (the aside plus a name): a
bounded search keeps a long sentence with many verbs linear."""
_APPOSITIVE_RE = re.compile(rf"({NAME_TOKEN}(?:\s+{NAME_TOKEN})*)\s*(?:\([^()]{{1,30}}\)\s*)?"
                            rf",(?:[^,“”\"]{{1,120}},){{1,2}}\s*$")
"""``Marley Anderson, 21, a junior from Las Vegas, said``: a name, then an aside of one or two
parts between commas."""
_PARTY_COMMA_RE = re.compile(rf"({NAME_TOKEN}(?:\s+{NAME_TOKEN})*)\s*\([^()]{{1,30}}\)\s*,\s*$")
"""``Gov. John Kasich (R-OH), said``: a name with its party or state in parentheses just before
the comma of the verb is its subject, whatever stands before it."""
_NAME_APPOSITIVE_RE = re.compile(rf",\s*(?:the\s+)?({NAME_TOKEN}(?:\s+{NAME_TOKEN})+|[A-Z]{{2,6}})"
                                 rf"(?P<of>\s+of\s+(?:the\s+)?{NAME_TOKEN}"
                                 rf"(?:\s+(?:of\s+|for\s+|and\s+)?{NAME_TOKEN}){{0,6}})?\s*,\s*$")
"""``A Twitter spokesman, Christopher Abboud, said``, ``The paper, the Rodong Sinmun, said``,
``The agency, KCNA, said``: the name (after *the*, or an acronym) between the commas, its
affiliation after it left out (``His colleague, Kim Dong-hyun of Korea University, said``; a
body's *of* is its name's: ``the Asan Institute of Policy Studies``)."""
_BODY_WORDS = frozenset("""Institute University Ministry Department Office Committee Council
    Center Centre Agency Academy Association Foundation Bureau Command Chiefs Commission
    Confederation Union Federation Party""".split())


def _apposed(m: re.Match) -> str:
    """The name a :data:`_NAME_APPOSITIVE_RE` match sets off: a person without the affiliation
    after it, a body with its whole name."""
    body = m.group("of") and m.group(1).split()[-1] in _BODY_WORDS
    return m.group(1) + m.group("of") if body else m.group(1)
_RELATIVE_ASIDE_RE = re.compile(r",\s*(who|which|including|carried|issued|released|published|"
                                r"quoted|relayed|led|posted|read out|broadcast|speaking|writing|"
                                r"asked|pressed|questioned|reached|contacted|interviewed|"
                                r"based|run|owned|headquartered|founded|backed|funded|"
                                r"operated|controlled|seen|known|regarded|responsible|tasked|critical|wary|"
                                r"sceptical|skeptical|mindful|keen|eager|concerned|"
                                r"charged|set up|created|established|formed|made up|composed|"
                                r"an?)\s"
                                r"[^,“”\"]{1,150},\s*$")
"""``..., who spoke on condition of anonymity, said``, ``The statement, carried by KCNA,
said``, ``A ministry official, asked about the commentary, called``, ``A spokesperson for the
office, speaking on condition of anonymity, said``, ``The newspaper, run by Koreans in Japan,
said``, ``The researcher, a long-time advocate of ..., said``, ``The panel, responsible for
monitoring sanctions, said``: a relative or participle clause, an adjective phrase
or an indefinite noun phrase describing the subject, before the verb."""
_LINKED_RE = re.compile(r"\b(?:of|for|to|in|at|from|with|by|on)\s+(?:the\s+)?"
                        r"(?:\d+(?:st|nd|rd|th)?\s+)?\Z")
"""A preposition (and ``the``) just before a name: the name is inside a phrase, not its head
(``The head of [U.S. Forces Korea]``, ``the defence ministry in [Seoul]``, ``the commander of
the 7th [Fleet]``)."""
_MODIFIED_LINK_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+|its\s+|a\s+)?(?:[a-z][\w-]*\s+){1,3}\Z")
"""*of* or *for* and lower-case modifiers just before a name (``The leader of the main
opposition [Democratic Party]``): the name is still inside the phrase."""
_OPENING_NAME_RE = re.compile(rf"\s*({NAME_TOKEN}(?:\s+{NAME_TOKEN})+)\s*,")
"""A name of two words or more opening the sentence before a comma: the subject of a verb
after a chain of asides (``Donna Rawlings, 59, of Ashton, Md., who watched ..., said``)."""
_ROLE_NAME_RE = re.compile(rf"\s*,\s*({NAME_TOKEN}(?:\s+{NAME_TOKEN})+)\s*,")
"""``The South Korean leader, Yoon Suk Yeol, who ...``: a name in apposition to a role."""
_ROLE_HEADS = TITLE_WORDS | PERSON_ROLES
_RELATIVE_WORD_RE = re.compile(r"\s(?:who|which|that)\s")
_CLAUSE_AUX_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")
_LEAD_WORDS = frozenset("But And Yet So".split())
_NOT_APPOSITIVE_START = PREPOSITIONS | CLAUSE_STOPS | NOT_SUBJECT_START
_OPENING_WORDS = SUBJECTLESS_OPENERS | FRONTING_WORDS | frozenset("indeed also".split())
_FRONTED_STARTS = _NOT_APPOSITIVE_START | _OPENING_WORDS
"""First words of a phrase fronted before the subject (``On Thursday, a senior official, who
..., said``): after such a phrase and its comma, the noun phrase is the subject."""
_SPEAKING_HEADS = SPEAKER_NOUNS | PERSON_ROLES | ORG_ROLES | DOCUMENT_NOUNS | TEXT_NOUNS | \
    frozenset("complaint lawsuit candidate group company".split())
"""Heads of a noun phrase that can speak before a ``which`` or participle clause (``The
statement, carried by KCNA, said``), besides a name."""
_SEGMENT_WORDS = 10
"""Longest noun phrase before a relative clause read as a subject."""
_NOT_IN_SEGMENT = (CLAUSE_STOPS - {"and"}) | AUXILIARIES


def _is_appositive(name: str, aside: str) -> bool:
    """Whether ``name, aside,`` before a verb is a name with an appositive, not an opening
    phrase and a clause (``In Decatur, the plant is hanging on, said ...``); an auxiliary
    inside a relative clause of the aside (``a Navy veteran who now is ...``) is no clause."""
    if name.split()[0].lower() in _NOT_APPOSITIVE_START:
        return False
    aside = _RELATIVE_WORD_RE.split(" " + aside.strip(" ,").lower(), maxsplit=1)[0]
    return not aside.strip() or not _CLAUSE_AUX_RE.search(aside)


def _linked_phrase(outside: str, tokens: list, name_at: int, name_end: int) -> str | None:
    """The noun phrase around a name after a preposition (``a woman in Worcester``, ``Six
    Gannett newspapers in New Jersey``): back from the preposition over at most four words,
    none a clause word, auxiliary or adverb, to a determiner or the start of the sentence."""
    j = bisect_right([t.end() for t in tokens], name_end) - 1
    link = bisect_right([t.start() for t in tokens], name_at - 1) - 1
    if link > 0 and tokens[link].group(0) == "the":
        link -= 1
    for k in range(link - 1, max(-1, link - 5), -1):
        word = tokens[k].group(0)
        if word.lower() in _NOT_IN_SEGMENT or is_adverb(word) or \
                outside[tokens[k].end():tokens[k + 1].start()].strip():
            return None
        if word.lower() in DETERMINERS or (k == 0 and not outside[:tokens[0].start()].strip()):
            if k == link - 1:
                return None  # a bare "the Congress": no head noun before the preposition
            return outside[tokens[k].start():tokens[j].end()]
    return None


def _without_lead(name: str) -> str:
    """``name`` without a sentence-opening conjunction that its capital letter let into it
    (``But Park`` of ``But Park, who chairs the committee, added``)."""
    first, _, rest = name.partition(" ")
    return rest if first in _LEAD_WORDS else name


def _fronted(before: str) -> bool:
    """Whether ``before``, the text of a sentence before a name, is the start of a phrase
    fronted before the subject (``Speaking in``, ``At a briefing in``), not of a subject."""
    words = before.split()
    return bool(words) and "," not in before and (
        words[0].lower() in _FRONTED_STARTS or words[0].endswith(("ing", "ed")))


def appositive_subject(outside: str, tokens: list, verb_at: int, verb_end: int) -> str | None:
    """The subject of a reporting verb at ``outside[verb_at:verb_end]`` (quote-free text,
    ``tokens`` its word matches; ``verb_at`` may be the start of a time phrase before the
    verb) when a comma stands just before the verb and an aside before that (see the module
    docstring), else ``None``."""
    window = max(0, verb_at - APPOSITIVE_WINDOW)
    party = _PARTY_COMMA_RE.search(outside, window, verb_at)
    if party:
        return party.group(1)
    app = _APPOSITIVE_RE.search(outside, window, verb_at)
    if app and (app.group(1).lower() in _OPENING_WORDS or is_ly_adverb(app.group(1))):
        # "Still, Tad Devine, a senior adviser, said": the name after the opening word
        # ("Similarly, William Bennett, ..., said").
        app = _APPOSITIVE_RE.search(outside, app.end(1) + 1, verb_at)
    if app and _LINKED_RE.search(outside, max(0, app.start(1) - 12), app.start(1)) and \
            _fronted(outside[:app.start(1)]):
        # "Speaking in Seoul, Park Jin, the foreign minister, said": past the fronted phrase
        app = _APPOSITIVE_RE.search(outside, app.end(1) + 1, verb_at)
    elif app and (_fronted(outside[:app.start(1)]) if app.start(1) else
                  app.group(1).split()[0].lower() in _FRONTED_STARTS):
        # "In a statement carried by the state-run KCNA, Kim, the sister of ..., accused", "In
        # Seoul, Park Jin, the foreign minister, said": the name ends a fronted phrase, and the
        # subject follows its comma
        app = _APPOSITIVE_RE.search(outside, app.end(1) + 1, verb_at) or app
    if app and (_LINKED_RE.search(outside, max(0, app.start(1) - 12), app.start(1)) or
                _MODIFIED_LINK_RE.search(outside, max(0, app.start(1) - 40), app.start(1))):
        # "The head of U.S. Forces Korea, Gen. Paul LaCamera, said", "The leader of the main
        # opposition Democratic Party, Lee Jae-myung, said": a name inside a phrase
        aside = _NAME_APPOSITIVE_RE.search(outside, app.end(1), verb_at)
        if aside:
            return _apposed(aside)
        inverted = outside[verb_end - 12:verb_end].split()[-1] in INVERTING_VERBS and (
            inverted_subject(outside, verb_end) or inverted_common_noun(outside, verb_end))
        if inverted and _ends_clause(outside, verb_end, inverted):
            return None  # "... his colleagues in Congress, whom ..., said Larry Sabato"
        opening = _OPENING_NAME_RE.match(outside)  # "Donna Rawlings, 59, of Ashton, Md., who"
        if opening and _without_lead(opening.group(1)).split()[0].lower() not in \
                _FRONTED_STARTS:
            return _without_lead(opening.group(1))
        return segment_subject(outside, tokens, app.end(1)) or \
            _linked_phrase(outside, tokens, app.start(1), app.end(1))
    if app:
        name = _without_lead(app.group(1))
        named = _ROLE_NAME_RE.match(outside, app.end(1))
        if named and name.split()[-1].lower() in _ROLE_HEADS:
            return named.group(1)  # "The South Korean leader, Yoon Suk Yeol, who ..., said"
        if name and _is_appositive(name, outside[app.end(1):verb_at]):
            return name
    relative = _RELATIVE_ASIDE_RE.search(outside, window, verb_at)
    if relative:
        subject = segment_subject(outside, tokens, relative.start())
        head = subject.split()[-1] if subject else ""
        if subject and (relative.group(1) == "who" or head[0].isupper() or
                        head.lower() in _SPEAKING_HEADS or head.lower()[:-1] in _SPEAKING_HEADS):
            return subject  # "Internet gambling, which became legal, continued": no speaker
    app = _NAME_APPOSITIVE_RE.search(outside, window, verb_at)
    return _apposed(app) if app else None


def segment_subject(outside: str, tokens: list, end: int) -> str | None:
    """The noun phrase that ends at offset ``end`` (just before an aside's comma) and starts
    after the previous comma or at the sentence start: the person of an affiliation (``Victor
    Cha of CSIS``), else the phrase (``A senior U.S. official``, ``The head of USFK``) if it
    opens with a determiner or a capital, holds no clause word or auxiliary and has at most
    ten words; else ``None``."""
    j = bisect_right([t.end() for t in tokens], end) - 1
    if j < 0:
        return None
    person = person_of_affiliation(outside, tokens, j)
    if person:
        return person
    start = outside.rfind(",", 0, end) + 1
    if start and outside[:start].split()[0].lower() not in _FRONTED_STARTS:
        return None  # "Brunner, a developer, which ...": an appositive, not the subject
    k = bisect_right([t.start() for t in tokens], start - 1)
    while k <= j and tokens[k].group(0) in _LEAD_WORDS:
        k += 1
    words = [t.group(0) for t in tokens[k:j + 1]]
    if not words or len(words) > _SEGMENT_WORDS or \
            any(w.lower() in _NOT_IN_SEGMENT for w in words) or \
            not (words[0][0].isupper() or words[0].lower() in DETERMINERS) or \
            words[0].lower() in _NOT_APPOSITIVE_START:
        return None
    return outside[tokens[k].start():tokens[j].end()]


_AFFILIATION_LINKS = frozenset("""of for and the on ruling main governing minor opposition
    conservative liberal progressive""".split())
"""Lower-case words inside ``of ORGANISATION`` (``Yoo Sang-bum of the ruling People Power
Party``)."""
_AFFILIATION_REACH = 12
"""Tokens searched back from a subject for the ``of`` of an affiliation."""
_NOT_PERSON_HEADS = TITLE_WORDS | PERSON_ROLES | ORG_ROLES | frozenset(
    "republic bank university institute center centre council chiefs house".split())


_AFFILIATING = frozenset({"of", "from", "at"})


def person_of_affiliation(outside: str, tokens: list, j: int) -> str | None:
    """The person of ``NAME of ORGANISATION`` ending at token ``j`` before a reporting verb
    (``As Sue Lee of the Institute for Peace Studies has argued``, ``Victor Cha of CSIS
    said``, ``Bruce Bennett from RAND Corporation said``: *of*, *from* or *at*): the name of
    two or more capitalised words before the first such word of a run of capitalised words and
    linking words (``of``, ``for``, ``and``, ``the``) that ends at ``j``, unless the name is a
    title or an organisation's (``Secretary of State``, ``People's Republic of China``)."""
    m = j
    of_at = None
    while m > 0 and j - m < _AFFILIATION_REACH and \
            not outside[tokens[m - 1].end():tokens[m].start()].strip():
        word = tokens[m - 1].group(0)
        if word.lower() in _AFFILIATING:
            of_at = m - 1
        elif not (word[0].isupper() or word.lower() in _AFFILIATION_LINKS):
            break
        m -= 1
    if of_at is None or of_at < 2:
        return None
    start = of_at
    while start > 0 and tokens[start - 1].group(0)[0].isupper() and \
            not outside[tokens[start - 1].end():tokens[start].start()].strip():
        start -= 1
    while start < of_at and tokens[start].group(0).lower() in NOT_SUBJECT_START_WORDS:
        start += 1  # "As Sue Lee of ...": the opening "As" is no part of the name
    words = [t.group(0) for t in tokens[start:of_at]]
    if len(words) < 2 or words[-1].lower() in _NOT_PERSON_HEADS or \
            any(w.lower() in TITLE_WORDS for w in words):
        return None
    return " ".join(words)


_AFTER_INVERTED = frozenset("""of from at in on who whose during after before when while as to
    with for last this""".split())


def _ends_clause(outside: str, verb_end: int, inverted: str) -> bool:
    """Whether the subject ``inverted``, read after the verb ending at ``verb_end``, ends its
    clause (punctuation, the end, or a preposition or relative word after it: ``said Larry
    Sabato, a professor``, ``said Larry Sabato of the university``), rather than opening the
    verb's complement (``said the Russia-Ukraine conflict has convinced him``)."""
    at = outside.find(inverted, verb_end)
    rest = outside[at + len(inverted):].lstrip() if at >= 0 else ""
    return not rest or rest[0] in ",.;:!?)—–-" or rest.split()[0].lower() in _AFTER_INVERTED


_WHO_SUBJECT_RE = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?((?:[\w.’'-]+\s+){0,7}?[\w.’'-]+)\s+who\s+"
                             r"(?!said\b|says\b)[^,;:“”\"()—]{3,200}$")
"""``Three senior officials who briefed reporters on condition of anonymity said``: a noun phrase
opening the clause, a relative clause on it without commas, then the verb."""


_WHO_REACH = 600
"""Characters before a reporting verb searched for the *who* of a relative clause."""


def who_subject(outside: str, verb_at: int) -> str | None:
    """The subject of a reporting verb at ``outside[verb_at:]`` after a relative clause without
    commas (:data:`_WHO_SUBJECT_RE`: ``A senior official who spoke on condition of anonymity
    because of the sensitivity of the matter said``, not *the matter*): the noun phrase before
    *who* when it opens the sentence or follows a fronted phrase's comma, holds no verb
    (``Kim praised the troops who ...``) and ends in a name or a noun of a speaker, and the verb
    is not coordinated (``... who ... and noted``) nor after a quotation (``Teachers who ... are
    “...,” Lee said``); else ``None``."""
    if (relative := relative_speaker(outside, verb_at)) is not None:
        return relative  # "..., the assessment of the coast guard, which said the missile ..."
    if outside.find(" who ", max(0, verb_at - _WHO_REACH), verb_at) < 0:
        return None  # most sentences: no "who" near the verb (a bounded search: linear time)
    start = outside.rfind(",", 0, verb_at) + 1
    m = _WHO_SUBJECT_RE.match(outside[start:verb_at])
    if m is None or "   " in m.group(0) or m.group(0).rstrip().endswith((" and", " but")) or (
            start and outside[:start].split()[0].lower() not in _FRONTED_STARTS):
        return None  # "Kim said, and officials who ... said": not this sentence's opening
    phrase = m.group(1)
    words = phrase.split()
    head = words[-1].lower()
    if words[0].lower() in _NOT_APPOSITIVE_START or any(
            w.lower() in _NOT_IN_SEGMENT or (w.islower() and w.endswith("ed")) for w in words):
        return None
    if len(words) == 1 and head in _QUANTIFIERS:  # "Some who have worked with him say": the
        return " ".join(m.group(0).split()[:-1] if m.group(0).split()[-1].lower() in
                        _EVEN else m.group(0).split())  # whole phrase, its clause included
    return phrase if words[-1][0].isupper() or head in _SPEAKING_HEADS or \
        head[:-1] in _SPEAKING_HEADS else None


_QUANTIFIERS = frozenset("some many several most few others all".split())
"""Pronouns of quantity that a relative clause makes a group of speakers (``Some who have worked
closely with him even say``, ``Many who attended said``)."""
_EVEN = frozenset("even also still".split())
