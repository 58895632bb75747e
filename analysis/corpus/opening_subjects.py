"""The subject at the start of a sentence and the subject of an evidence verb.

:func:`sentence_subject` reads a pronoun or a capitalised name at the start of a sentence, past a
fronted phrase (``Hours later, Trump ...``, ``Speaking to reporters, Yoon ...``);
:func:`evidence_subject` reads the document, poll or study that an evidence verb reports
(``A 2014 Quinnipiac poll found``). Both take the :data:`analysis.corpus.cues.WORD_RE` matches
of a sentence. The reporting-clause reader in :mod:`.cues` uses them.
"""

from __future__ import annotations

import re

from .cue_words import (
    ADVERBS,
    AUXILIARIES,
    CLAUSE_STOPS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    NEGATIONS,
    PREPOSITIONS,
    is_opening_adverb,
)
from .described import linked_name_start
from .speakers import (
    DETERMINERS,
    ORG_ROLES,
    PERSON_ROLES,
    PRONOUNS,
    SPEAKER_NOUNS,
    TITLE_WORDS,
)

SUBJECTLESS_OPENERS = frozenset("""instead however meanwhile still yet it there this that
    these those what why how who where here now today yesterday last next eight seven six five
    four three two one""".split())
"""Sentence openers that are not a speaker (``Instead, ...``, ``That's because``)."""

PARTICIPLES = frozenset("""saying adding noting arguing calling warning insisting claiming
    accusing asserting telling repeating citing suggesting joking explaining stressing
    emphasizing emphasising stating reaffirming reiterating vowing pledging labeling
    labelling branding describing condemning denouncing criticizing criticising urging
    voicing expressing""".split())
"""Reporting participles of a clause after a comma: their subject is the sentence's
(``Trump mocked the rival, saying she ...``)."""


FRONTING_WORDS = frozenset("""still even indeed despite during whether amid unlike like unless
    according asked hours minutes days weeks months moments years beyond to toward towards
    under over against without within across through throughout following behind via upon
    inside outside regarding concerning today tomorrow yesterday tonight earlier later""".split())
"""Words that open a phrase fronted before a sentence's subject (``Still, ...``, ``Hours
later, ...``, ``Despite ..., ``, ``Asked about ..., ``, ``Tomorrow, at ..., ``), besides
prepositions and clause words."""

_PARTICIPLE_NEXT = frozenset("about to through into up out been by his her their its a an the "
                             "that with Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
                             "today yesterday earlier later again jointly beside alongside "
                             "next behind".split()) | frozenset(
                                 PREPOSITIONS)
"""Words after a capitalised ``-ing``/``-ed`` word that make it a participle opening the
sentence (``Speaking to reporters``, ``Asked about``, ``Meeting Thursday on the sidelines``),
not a name (``Ebeling said``)."""


# Unions of the word lists above, built once rather than in every call.
NOT_SUBJECT_START_WORDS = CLAUSE_STOPS | PREPOSITIONS | ADVERBS | SUBJECTLESS_OPENERS
_SUBJECT_NOUNS = PERSON_ROLES | ORG_ROLES | SPEAKER_NOUNS | DOCUMENT_NOUNS
_PREDICATE_START = PREPOSITIONS | CLAUSE_STOPS | AUXILIARIES | NEGATIONS | frozenset(
    "gave gives sent sends made makes took takes".split())  # "The North gave the Yoon ..."


def _fronted(tokens: list) -> bool:
    """Whether the sentence of ``tokens`` opens with a fronted phrase: a preposition, a clause
    word, a sentence adverb (:data:`FRONTING_WORDS`,
    :func:`analysis.corpus.cue_words.is_opening_adverb`: ``Initially, ...``, ``Deeply divided
    over the plan, ...``) or a participle (``Speaking to reporters``)."""
    low = tokens[0].group(0).lower()
    if low in FRONTING_WORDS or low in PREPOSITIONS or low in CLAUSE_STOPS or \
            is_opening_adverb(tokens):
        return True
    if low == "also" and len(tokens) > 1 and tokens[1].group(0).lower() in PREPOSITIONS:
        return True  # "Also on Friday, ..."
    return low.endswith(("ing", "ed")) and len(low) > 4 and len(tokens) > 1 and \
        tokens[1].group(0) in _PARTICIPLE_NEXT


ELLIPTIC_OPENERS = frozenset("when if once unless while as after before".split())
"""Words before ``asked`` in a clause without subject (``When asked about ...,``)."""


_MID_SUBORDINATORS = frozenset("after before when while since until because".split())
_MID_REACH = 40  # tokens searched back for the subordinator


def subordinate_subject(outside: str, tokens: list, i: int) -> str | None:
    """The subject of a clause that opens the sentence with a subordinator and runs, without
    a comma, to ``and`` and the verb ``tokens[i]`` (``When President Biden stood beside Yoon
    and promised``), or of the clause after the last subordinator inside the sentence before
    the verb (``The statement came after the top diplomats met ... and reaffirmed``)."""
    if tokens[0].group(0).lower() not in ELLIPTIC_OPENERS or \
            "," in outside[tokens[0].end():tokens[i].start()]:
        k = next((k for k in range(i - 2, max(0, i - _MID_REACH), -1)
                  if tokens[k].group(0) in _MID_SUBORDINATORS),
                 None)  # "The statement came after the diplomats met ... and reaffirmed"
        return sentence_subject(tokens[k + 1:i]) if k is not None else None
    return sentence_subject(tokens[1:i])


_PLANNING = frozenset("will would can could should may might must shall".split())
_PLANNING_TO = frozenset("plans plan planning intends intend aims aim hopes hope set due likely "
                         "going scheduled slated poised expected".split())
"""Words before a purpose infinitive that make the act a plan: a modal, or a plan word before
*to* (``Kishida plans to use``, ``has a plan to use``; not ``In May, Yoon used``, ``the
announcement of the plan``)."""
"""Words before a purpose infinitive that make the act a plan or forecast (``Biden will use the
visit to warn``, ``Kishida plans to use the talks to tell``), not one that took place."""


def purpose_subject(tokens: list, before: int) -> str | None:
    """The subject of a purpose infinitive ending at token ``before`` (``Biden took the
    opportunity to warn``: Biden), unless a modal or a plan comes first (``Biden will use the
    visit to warn``: the writer's forecast, no one's words)."""
    for k, t in enumerate(tokens[:before]):
        if t.group(0) in {"who", "which", "that"}:
            break  # "the leaders who would be critical": a relative clause's modal
        if t.group(0) in _PLANNING or t.group(0) in _PLANNING_TO and k and \
                (tokens[k - 1].group(0).lower() not in DETERMINERS or k > 1 and
                 tokens[k - 2].group(0) in {"has", "have", "had"}) and \
                tokens[k + 1:k + 2] and tokens[k + 1].group(0) == "to":  # not "the plan to"
            return None
    subject = sentence_subject(tokens)
    if subject and subject.split()[-1].lower() in DOCUMENT_NOUNS and tokens:
        at = tokens[0].string.find(subject)
        maker = _MAKER_RE.match(tokens[0].string, at + len(subject)) if at >= 0 else None
        if maker:  # "The statement by Kim Yo Jong took pains to stress": its maker's
            return subject + maker.group(0)
    return subject


_MAKER_RE = re.compile(r"\s+(?:by|from)\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*")
"""*by* or *from* and a name after a text noun: the text's maker (``statement by Kim Yo Jong``)."""


def sentence_subject(tokens: list, fronted: int = 2) -> str | None:
    """The subject at the start of a sentence: a pronoun or a capitalised name; after a
    fronted phrase (``Hours later, Trump ...``, ``Speaking to reporters, Yoon ...``, ``In
    Seoul, Park ...``), the subject after the phrase's comma, past at most ``fronted`` such
    phrases (``Also on Friday, through a statement, it ...``)."""
    if not tokens:
        return None
    first = tokens[0].group(0)
    if first.lower() in PRONOUNS:
        return first
    kicker = _KICKER_RE.match(tokens[0].string, tokens[0].start())
    if kicker:  # "NORTH KOREA: Kim Yo Jong issued a statement ..., urging": Kim Yo Jong
        return sentence_subject([t for t in tokens if t.start() >= kicker.end()], fronted)
    if _fronted(tokens):
        comma = tokens[0].string.find(",", tokens[0].end(), tokens[-1].start())
        rest = [t for t in tokens if t.start() > comma] if comma >= 0 else []
        return sentence_subject(rest, fronted - 1) if rest and (
            fronted > 1 or not _fronted(rest)) else None
    if first.lower() in NOT_SUBJECT_START_WORDS:
        return None
    if first.lower() == "the" and _name_then_verb(tokens):
        return _capitalised_subject(tokens, fronted)  # "The US led ... and said": The US
    if first.lower() in {"the", "a", "an"}:
        # "The GOP nominee complained", "A Quinnipiac University poll found": the words up
        # to the first lower-case word that is no noun of a speaker (a verb, as a rule).
        # "The foreign ministry in Pyongyang issued": up to two adjectives before the noun.
        words = [first]
        adjectives = 0
        for n, tok in enumerate(tokens[1:6], 1):
            word = tok.group(0)
            owner = tok.string[tok.end():tok.end() + 1] in ("'", "’")  # "countries' leaders"
            words.append(word + tok.string[tok.end()] if owner else word)
            low = word.lower()
            if low == "official" and tokens[n + 1:n + 2] and tokens[n + 1].group(0)[0].isupper():
                return _capitalised_subject(tokens[n + 1:], fronted)  # "The North's official KCNA"
            if word[0].islower() and low in _SUBJECT_NOUNS:
                return _named(tokens, n + 1) or " ".join(words)
            if word[0].islower():
                adjectives += 1
                if adjectives > 2 or low.endswith("ed") or \
                        low in _PREDICATE_START:
                    return None
        return None
    return _capitalised_subject(tokens, fronted)


def _name_then_verb(tokens: list) -> bool:
    """Whether ``tokens`` (after *The*) hold capitalised words, no possessive among them, then a
    verb, an auxiliary or an adverb (:data:`_VERB_AFTER_RE`): the words are the name the subject
    ends in (``The US led``, ``The White House issued``, ``The National Security Council
    said``), not adjectives before a noun (``The Democratic nominee``)."""
    n = 1
    while n < min(len(tokens), 7) and tokens[n].group(0)[0].isupper():
        n += 1
    return 1 < n < len(tokens) and _VERB_AFTER_RE.fullmatch(tokens[n].group(0)) is not None \
        and not {"’", "'"} & set(tokens[1].string[tokens[1].start():tokens[n].start()])


def _named(tokens: list, n: int) -> str | None:
    """The name after ``named`` at token ``n`` (``an analyst named Cheong Seong-chang``), if any:
    the person the noun phrase introduces speaks."""
    if n >= len(tokens) or tokens[n].group(0) not in {"named", "called"}:
        return None
    last = _name_after(tokens, n + 1)
    return tokens[0].string[tokens[n + 1].start():last.end()] if last else None


_NAMED_RE = re.compile(r"\b(?:named|called)\s+((?:[A-Z][\w.’'-]*\s?){1,4})$")


def named_person(raw: str | None) -> str | None:
    """The person a subject introduces by *named* (``A retired general named Han Min-soo`` gives
    ``Han Min-soo``), else ``raw``."""
    m = _NAMED_RE.search(raw) if raw and ("named " in raw or "called " in raw) else None
    return m.group(1).strip() if m else raw


def _capitalised_subject(tokens: list, fronted: int) -> str | None:
    """The capitalised words opening ``tokens`` (up to six, ten with a title: ``Pentagon Press
    Secretary Air Force Brig. Gen. Pat Ryder``; ``of`` after a title), run on
    past a role noun to its name and past a possessive's noun of a speaker to its name (``North
    Korea's state media outlet KCNA``), stopping at a comma (:func:`sentence_subject`)."""
    words: list[str] = []
    for n, tok in enumerate(tokens[:_TITLED_REACH]):
        word = tok.group(0)
        if len(words) >= _SUBJECT_REACH and not TITLE_WORDS.intersection(map(str.lower, words)):
            break  # past six words only in a titled name ("Press Secretary Air Force Brig. Gen.")
        if word == "of" and _OFFICE_WORDS.intersection(w.lower() for w in words) and \
                n + 1 < len(tokens) and tokens[n + 1].group(0)[0].isupper():
            words.append(word)  # "Secretary of State Antony Blinken", "U.S. Chief of Naval ..."
            continue
        if n == 0 and word.islower() and tokens[1:] and tokens[1].group(0) in _ROLE_WORDS:
            continue  # "opposition leader Lee Jae-myung"
        if not word[0].isupper() or (words and word.lower() in DETERMINERS):
            owner = words[-1:] and words[-1].endswith(("’s", "'s"))  # "North Korea's"
            role = None if not (words or n == 1) else (n if word in _ROLE_WORDS else None) \
                if owner else _role_after_modifiers(tokens, n)
            if role is not None:  # "Democratic Party leader Lee", "Party floor leader Park"
                name = _name_after(tokens, role + 1)
                return tok.string[tokens[0].start():name.end()] if name else \
                    " ".join(words) or None
            owned = _owned_name(tokens, n) if words[-1:] and words[-1].endswith(("’s", "'s")) \
                else None  # "North Korea's state media outlet KCNA"
            if owned:
                return tok.string[tokens[0].start():owned.end()]
            if words and not owner:  # "Defense analysts have ... but have said": the noun
                words += _plural_head(tokens, n)
            break
        if words and ":" in tok.string[tokens[n - 1].end():tok.start()] and n == 1:
            return sentence_subject(tokens[1:], fronted)  # "Pyongyang: North Korea issued"
        if words and "," in tok.string[tokens[n - 1].end():tok.start()]:
            if n == 1 and words[0].isupper() and len(words[0]) > 4:
                return sentence_subject(tokens[1:], fronted)  # "SEOUL, South Korea's ..."
            break  # "Kim Yo Jong, Deputy Department Director of ...": the name before the comma
        words.append(word)
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 4:
        return None  # a dateline ("CHARLOTTE")
    return " ".join(words) or None


def _plural_head(tokens: list, n: int) -> list[str]:
    """The plural noun of a speaker after capitalised words (``Defense analysts``, ``Nuclear
    proliferation experts``): the words from token ``n`` to it, at most one modifier between,
    else none."""
    for m in range(n, min(n + 2, len(tokens))):
        word = tokens[m].group(0)
        if not word.islower():
            return []
        if word in _SUBJECT_NOUNS and word.endswith("s"):
            return [t.group(0) for t in tokens[n:m + 1]]
    return []


def _role_after_modifiers(tokens: list, n: int) -> int | None:
    """The index of a role noun at token ``n`` or after at most :data:`_ROLE_MODIFIERS`
    lower-case modifiers (``floor leader``, ``party spokesperson``), else ``None``."""
    for m in range(n, min(n + _ROLE_MODIFIERS + 1, len(tokens))):
        word = tokens[m].group(0)
        if word in _ROLE_WORDS:
            while m + 1 < len(tokens) and tokens[m + 1].group(0) in _ROLE_WORDS:
                m += 1  # "deputy spokesperson"
            return m
        gap = tokens[m].string[tokens[m - 1].end():tokens[m].start()]
        if word not in _POST_MODIFIERS or gap != " ":
            return None  # "Yoon will meet leader Kim": a verb, no post
    return None


_ROLE_MODIFIERS = 2
"""Lower-case words between a capitalised name and its role noun (``Party floor leader``)."""
_POST_MODIFIERS = frozenset("""floor deputy party opposition ruling vice senior chief former acting
    minority majority parliamentary presidential policy defense defence foreign security press
    national first executive general caucus interim campaign spokes""".split())
"""Words that may stand between a body's name and a post (``Party floor leader``, ``party
deputy spokesperson``); any other lower-case word, a verb as a rule, ends the subject."""
_ROLE_WORDS = PERSON_ROLES | TITLE_WORDS
SPEAKER_HEADS = SPEAKER_NOUNS | ORG_ROLES | PERSON_ROLES
"""Head nouns of a speaker: a source, a body or a person (``officials``, ``ministry``)."""
_SUBJECT_REACH = 6
_TITLED_REACH = 10
"""Words of a capitalised subject: six, or ten in a name with titles."""
_KICKER_RE = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}:\s+(?=[A-Z])")
"""A section label in capitals before a colon that opens a sentence (``NORTH KOREA: ...``)."""


_OWNED_REACH = 3
"""Lower-case words between a possessive and the name of its speaker (``state media outlet``)."""


def _owned_name(tokens: list, n: int) -> re.Match | None:
    """The last word of the name after a possessive and up to three lower-case words from token
    ``n`` ending in a noun of a speaker (``North Korea's state media outlet KCNA``), if any."""
    text = tokens[0].string
    for k in range(n, min(n + _OWNED_REACH, len(tokens) - 1)):
        word = tokens[k].group(0)
        if not word.islower() or text[tokens[k].end():tokens[k + 1].start()] != " ":
            return None
        if word in SPEAKER_HEADS and tokens[k + 1].group(0)[0].isupper():
            return _name_after(tokens, k + 1)
    return None


def _name_after(tokens: list, n: int) -> re.Match | None:
    """The last word of the capitalised name of at most four words that starts at token ``n``
    right after a role noun (``leader Lee [Jae-myung]``), past abbreviated titles before it
    (``spokesperson Brig. Gen. Pat Ryder``), else ``None``."""
    text = tokens[0].string
    words = []
    for tok in tokens[n:n + 6]:
        gap = text[words[-1].end():tok.start()] if words else " "
        if not tok.group(0)[0].isupper() or len(words) == 4 or (gap != " " and not (
                gap == ". " and words[-1].group(0).lower() in TITLE_WORDS)):
            break
        words.append(tok)
    if not words or (n and text[tokens[n - 1].end():words[0].start()] != " "):
        return None
    return words[-1]


_EVIDENCE_WINDOW = 10
_EVIDENCE_STOPS = frozenset("that which who whom because if when while since".split())


_PASSIVE = frozenset("is are was were be been being".split())
_TEXT_MODIFIERS = frozenset("her his joint full official written press new latest".split())
"""Lower-case words a text's noun phrase keeps before its noun (``her statement``, ``the joint
statement``)."""


def evidence_subject(tokens: list, i: int) -> str | None:
    """The subject of evidence verb ``tokens[i]`` (:data:`EVIDENCE_VERBS`): the noun phrase of
    the nearest document, poll or study noun before it in the same clause, with the capitalised
    words and numbers before that noun (``A 2014 Quinnipiac poll``), else ``None``."""
    text = tokens[i].string
    if tokens[i].group(0) == "read" and i and (
            tokens[i - 1].group(0).lower() in _PASSIVE or i > 1 and
            tokens[i - 2].group(0).lower() in _PASSIVE and (tokens[i - 1].group(0).endswith(
                "ly") or tokens[i - 1].group(0) in {"later", "then", "also", "first", "again"})):
        return None  # "The statement was (later) read by an announcer": no finding
    for j in range(i - 1, max(-1, i - 1 - _EVIDENCE_WINDOW), -1):
        gap = text[tokens[j].end():tokens[j + 1].start()]
        word = tokens[j].group(0)
        if gap.strip(" -") or word.lower() in _EVIDENCE_STOPS:
            return None
        if word.lower() not in EVIDENCE_NOUNS or word[0].isupper() and j == i - 1 and \
                j and tokens[j - 1].group(0)[0].isupper():
            continue
        k = j
        while k > 0 and not text[tokens[k - 1].end():tokens[k].start()].strip() and (
                tokens[k - 1].group(0)[0].isupper() or tokens[k - 1].group(0)[0].isdigit()
                or tokens[k - 1].group(0).lower() in DETERMINERS
                or tokens[k - 1].group(0).lower() in _TEXT_MODIFIERS):  # "her joint statement"
            k -= 1
        if word[0].isupper() and linked_name_start(text, tokens, k) != k:
            continue  # "the Asan Institute for Policy Studies": a name, not a study
        return text[tokens[k].start():tokens[j].end()]
    return None


_OFFICE_WORDS = TITLE_WORDS | frozenset("chief head director chairman chairwoman commander".split())
"""Words of an office before its *of* (``Secretary of State``, ``Chief of Naval Operations``)."""
_VERB_AFTER_RE = re.compile(r"[a-z]+(?:ed|ly)|led|said|told|met|held|made|took|gave|sent|has|had|"
                            r"is|was|will|would|also")
"""A verb, an auxiliary or an adverb right after ``The`` and one capitalised word: that word is
the name the subject ends in (``The US led ... and said``, ``The Kremlin dismissed``), not an
adjective before a noun (``The Democratic nominee``)."""
_GROUP_RE = re.compile(
    r"\W*(?:(?:But|And|Later|Then),?\s+)?((?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:[\w.’'-]+\s+){0,4}?(?:men|women|"
    r"leaders|ministers|officials|allies|countries|nations|sides|delegations|diplomats|envoys|"
    r"presidents|governments|parties|chiefs|lawmakers|senators|generals|commanders|negotiators|"
    r"ambassadors|experts|analysts|scholars)(?:\s+(?:to|of|from|in)\s+[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*)?)?)"
    r"\s+(?:\w+ly\s+)?[a-z]+(?:ed|[^s]s)?\b")
"""A plural group opening a sentence as its subject (``The three men agreed ...``, ``The
defense ministers met ...``)."""


_NAME_RUN = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_JOINT_RE = re.compile(rf"(?:[^,;:“”\"]{{1,60}},\s+)?({_NAME_RUN}\s+and\s+{_NAME_RUN})"
                       r"\s+(?:\w+ly\s+)?(?:have\s+|had\s+|appear\s+to\s+|seem\s+to\s+)?"
                       r"[a-z]+(?:ed|[^s])\b")
"""Two names joined by *and* as the subject, opening the sentence or after a fronted phrase's
comma (``Meanwhile in the summit, the United States and South Korea appear to have drawn a
line``)."""


_ROLE = (r"(?:secretary|minister|official|ambassador|envoy|general|commander|president|senator|"
         r"diplomat|director|adviser|advisor|lawmaker|chief|spokesperson|analyst|expert)")
_PAIR_RE = re.compile(rf"\W*((?:[Aa]n?|[Tt]he)\s+(?:[\w.’'-]+\s+){{0,4}}?{_ROLE}"
                      rf"(?:\s+of\s+[a-z]+)?\s+and\s+(?:an?|the)\s+(?:[\w.’'-]+\s+){{0,4}}?{_ROLE})"
                      r"\s+(?:\w+ly\s+)?[a-z]+ed\b")
"""Two persons by their posts joined by *and* as the subject (``A former U.S. secretary of state
and a former defense secretary appeared ...``)."""


def narration_group(text: str, start: int, end: int) -> str | None:
    """The plural group that opens the sentence ``text[start:end]`` as its subject, for a
    *they* that reports in the next sentence (``The three men agreed ... They also pledged
    ...``), or two names or two posts joined by *and* (:data:`_JOINT_RE`, :data:`_PAIR_RE`);
    else ``None``."""
    m = _GROUP_RE.match(text, start, end) or _JOINT_RE.match(text, start, end) or \
        _PAIR_RE.match(text, start, end)
    return m.group(1) if m else None
