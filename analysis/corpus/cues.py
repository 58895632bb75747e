"""Reporting clauses: the cue words of attribution and the source they name.

:func:`find_reporting_clause` reads a sentence with its quotations blanked out (offsets kept) and
returns the raw source of its reporting clause: ``NAME said``, ``said NAME`` after a quotation,
``NAME, a ..., said``, ``X told ...``, ``according to X`` / ``as per X`` / ``as reported by X``,
``The visit, KCNA said, ...``, ``..., saying ...`` (the sentence's subject, read past a fronted
phrase: ``Speaking in Seoul, Park ...``), ``“...” ― NAME``, paraphrase with an inverted verb (``The
drills will go ahead, said Lee Jong-sup``), a common noun after an inverted verb (``..., quipped
one senior aide``), a finding of a document, poll or study (``A 2022 Asan Institute poll found that
...``). Adverbs, time phrases and a party label may stand between a subject and its verb
(``Sullivan on Thursday said``, ``Rep. Joe Wilson (R-S.C.) said``, ``Rep. Kim (D-Gyeonggi),
said``); a negated verb (``has not commented``) and a reporter's location (``Lee reported from
Seoul``) report nothing. The subject before an aside between commas (``Victor Cha of CSIS, a former
official, said``) is read by :mod:`.appositives`; ``X quoted Y as saying`` is Y's. The word lists
are in :mod:`.cue_words`, the readers of a source after an inverted verb and of its kind (a relay,
a name) and the dateline blanker in :mod:`.sources`, and a sentence that is only a reporting clause
in :mod:`.bare_clauses`; joint subjects (``Biden and Yoon said``) in :mod:`.joint_subjects`,
participles used as adjectives in :mod:`.participles`, announced events in :mod:`.announcements`,
a subject before an aside between dashes (``China – clearly displeased – warned``) in
:mod:`.dash_asides`, idioms that report nothing (``worth noting``) in :mod:`.cue_words`."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from . import cue_repairs as _repairs
from . import opening_subjects as _opening
from .announcements import announces_event, names_only
from .appositives import appositive_subject, person_of_affiliation, who_subject
from .aside_ends import DAY_NTH_RE, aside_end, comma_before
from .cue_repairs import ends_source_phrase, may_hold_according, text_maker
from .cue_words import (
    ASIDE_ADVERBS,
    AUXILIARIES,
    CLAUSE_STOPS,
    DOCUMENT_HEADS,
    EVIDENCE_VERBS,
    GOING_ON_VERBS,
    INVERTING_VERBS,
    MORE_PREPOSITIONS,
    NAMING_ACT_VERBS,
    NEGATIONS,
    NOUN_LIKE_VERBS,
    NOUN_MARKERS,
    OBJECT_PRONOUNS,
    PASSIVE_AUXILIARIES,
    PERFECT_ONLY_VERBS,
    PREPOSITIONS,
    QUOTE_ONLY_VERBS,
    SPEECH_VERBS,
    STANCE_ACT_VERBS,
    TEXT_NOUNS,
    THAT_ONLY_VERBS,
    THING_DETERMINERS,
    THING_OBJECT_VERBS,
    adds_to_a_thing,
    copula_start,
    idiom_or_act,
    is_adverb,
    stance_object,
    that_only_reports,
)
from .dash_asides import without_dash_aside, without_source_aside
from .described import ADHERENTS, head_of, linked_name_start
from .group_subjects import group_subject
from .hosting import hosts_someone
from .initials import INITIAL_RE, MONTHS, is_initial
from .joint_subjects import addressee, issuing_subject, joint_subject
from .narrow_cues import NARROW_CUES, TIME_NOUNS, narrow_cue_reports, thing_reveals
from .object_relatives import naming_cue, object_relative
from .opening_subjects import PARTICIPLES, SPEAKER_HEADS, evidence_subject, sentence_subject
from .participles import attributive_participle
from .reactions import reaction_source
from .source_phrases import event_phrase, reads_source
from .source_plausibility import subject_before_modifier
from .sources import PREP_OR_STOP, inverted_common_noun, inverted_subject, is_named, is_relay
from .speakers import (
    DETERMINERS,
    NAME_TOKEN,
    ORG_ROLES,
    PERSON_ROLES,
    PRONOUNS,
    SPEAKER_NOUNS,
    clean_name,
)
from .subject_adjuncts import adjunct_start, close_to_start
from .verb_context import (
    contact_relative,
    coordinated,
    gapped_relative,
    names_no_speaker,
    noun_use,
    term_after_preposition,
)

WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_ASCII_WORD_RE = re.compile(WORD_RE.pattern.replace(r"[^\W_]", "[A-Za-z0-9]"))  # on ASCII text
_GROUP = re.Match.group  # a match's text
_ACCORDING_RE = re.compile(r"\b(?:[Aa]ccording to|[Aa]s per|[Aa]s (?:first |previously |"
                           r"originally )?reported by|" + _repairs.ACCORDING_TAILS + r")\s+"
                           r"((?:[^,.;:!?()]|(?<=\b[A-Z])\.(?=[A-Z ])|(?<=\b[A-Z][a-z]{2})\.(?= \d)"
                           r"|(?<=\bSept)\.(?= \d))+)")  # over "U.S." and "Nov. 13"
_DASH_SOURCE_RE = re.compile(rf"[―—–]\s*({NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}})\s*\.?\s*$")
"""A source after a dash at the end of a quotation (``“...” ― Karen Lee``)."""


def _according_to(outside: str) -> str | None:
    """The source of ``according to X`` / ``as per X``: a name, or the noun phrase (to a break)."""
    if not may_hold_according(outside):
        return None
    m = _ACCORDING_RE.search(outside)
    if not m:
        return None
    phrase = _repairs.owned_view(m.group(1).strip())  # "In her words, ...": she
    name = re.match(rf"(?:the\s+)?({NAME_TOKEN}(?:\s+(?:of\s+)?{NAME_TOKEN})*)", phrase)
    if name:
        return _repairs.possessed_role(phrase, name.end()) or clean_name(name.group(1))
    tokens = phrase.split()
    kept = []
    for n, tok in enumerate(tokens[:8]):
        if kept and tok in {"by", "from", "of"} and (maker := text_maker(
                kept[-1].lower(), " ".join(tokens[n:]))):  # "a statement from the ministry"
            return maker
        if kept and (tok.lower() in PREP_OR_STOP or ends_source_phrase(tok, kept)) and not (
                tok in {"in", "at"} and kept[-1].lower() in SPEAKER_NOUNS and
                tokens[n + 1:n + 2] and tokens[n + 1][0].isupper()):  # "officials in Seoul"
            break
        kept.append(tok)
    kept = _repairs.without_determiners(kept)  # "the general" refers back: kept as written
    source = " ".join(kept)  # "according to her": the person she stands for
    return {"him": "he", "her": "she", "them": "they"}.get(source, source) or None


_PARENTHESIS = 30  # longest parenthesis stepped over before a verb: "(R-S.C.)", "(KCNA)"
TIME_MODIFIERS = frozenset("on this last next early late earlier just".split())


def _skip_adjuncts(outside: str, tokens: list, j: int) -> int:
    """Index of the last token of the subject that ends at token ``j`` (just before a verb),
    stepping back over adverbs (``cynically``, or ``however`` between commas), an emphatic
    *does* or *did* (``The factsheet does say``), a time phrase
    (``on Tuesday``, ``just this month``) and a short parenthesis (``Rep. Trey Gowdy (R-S.C.)
    said``); ``-1`` when punctuation separates the verb from what stands before it."""
    after = tokens[j + 1].start()
    while j >= 0:
        gap = outside[tokens[j].end():after].strip()
        if gap.endswith(")") and gap[:-1].strip() in {"", "."}:
            opening = outside.rfind("(", max(0, after - _PARENTHESIS), after)
            k = j
            while k >= 0 and tokens[k].start() > opening:
                k -= 1
            if opening < 0 or k < 0 or outside[tokens[k].end():opening].strip():
                return -1
            j, after = k, opening
            continue
        if gap == "," and j > 0 and tokens[j].group(0).lower() in ASIDE_ADVERBS and \
                outside[tokens[j - 1].end():tokens[j].start()].strip() == ",":
            j, after = j - 1, tokens[j - 1].end()  # "Critics, however, contend"
            continue
        after = tokens[j].start()
        if gap and not (gap == "." and INITIAL_RE.fullmatch(tokens[j].group(0))):
            return -1  # punctuation, but the period of an initialism ("The U.S. said")
        word = tokens[j].group(0).lower()
        if is_adverb(tokens[j].group(0)) or word in TIME_NOUNS or word in {"does", "did"}:
            j -= 1  # "Kelly" is no adverb; "The factsheet does say": an emphatic auxiliary
        elif word in TIME_MODIFIERS and j + 1 < len(tokens) and \
                tokens[j + 1].group(0).lower() in _TIME_WORDS:
            j -= 1
        elif j > 1 and tokens[j - 2].group(0) == "on" and (word.isdigit() and tokens[j - 1].group(
                0) in MONTHS or tokens[j - 1].group(0) == "the" and DAY_NTH_RE.fullmatch(word)):
            j, after = j - 3, tokens[j - 2].start()  # "The Global Times on April 29 said"
        else:
            break
    return j


def _around_adjunct(outside: str, verb_at: int) -> str | None | bool:
    """The subject read around a phrase of :mod:`.subject_adjuncts`, or ``False``: none."""
    if (close := close_to_start(outside, verb_at)) is not None:  # "people close to Kim"
        return outside[close:verb_at].strip()
    if (cut := adjunct_start(outside, verb_at)) is None:  # "familiar with the matter"
        return False
    tokens = list(WORD_RE.finditer(shortened := outside[:cut] + "said"))
    return _subject_before(shortened, tokens, len(tokens) - 1)


def _subject_before(outside: str, tokens: list, i: int) -> str | None:
    """The subject noun phrase that ends just before token ``i`` (a reporting verb)."""
    verb_at = tokens[i].start()
    if tokens[i].group(0) in PARTICIPLES and i and (outside[:verb_at].rstrip()[-1:] in ",—-" or
                                                    verb_at - tokens[i - 1].end() > 3):  # “...,”
        return sentence_subject(tokens)
    verb_at = aside_end(outside, tokens, i, _TIME_WORDS, TIME_NOUNS)  # "..., on Saturday denounced"
    if subject := who_subject(outside, verb_at):
        return subject  # "A senior official who spoke on condition of anonymity ... said"
    if comma_before(outside, verb_at):  # the appositive patterns end in a comma
        subject = appositive_subject(outside, tokens, verb_at, tokens[i].end())
        if subject:
            return subject
    if (around := _around_adjunct(outside, verb_at)) is not False:
        return around  # "people close to Kim", "A person familiar with the matter"
    j = _skip_adjuncts(outside, tokens, copula_start(tokens, i) - 1)  # "are sure that"
    if j < 0:  # "Beijing – plainly irritated – warned": the subject before the aside
        bare = without_dash_aside(outside, tokens[i].start(), WORD_RE) if i > 1 else None
        return _subject_before(bare[0], list(WORD_RE.finditer(bare[0])), bare[1]) if bare else None
    if tokens[j].group(0).lower() in PRONOUNS:
        return tokens[j].group(0)
    if group := group_subject(outside, tokens, j):  # "Officials from both sides": the officials
        return group
    k = j
    while k > 0 and j - k < 6:
        word = tokens[k].group(0) if tokens[k].group(0) == "An" else tokens[k].group(0).lower()
        prev = tokens[k - 1].group(0).lower()
        gap = outside[tokens[k - 1].end():tokens[k].start()]
        if word in DETERMINERS or (gap.strip() and not is_initial(tokens[k - 1], gap)) \
                or len(gap) > 3:
            break  # a wide blank is a quotation: "... stop “...,” Wang told reporters"
        if prev in CLAUSE_STOPS or prev in PRONOUNS or prev in CUE_WORDS:
            break  # "KCNA said Kim called": the verb before is no part of the subject
        if prev in PREPOSITIONS and (k - 2 < 0 or tokens[k - 2].group(0).lower() in PREPOSITIONS
                                     or outside[tokens[k - 2].end():tokens[k - 1].start()].strip()):
            break
        k -= 1
    if 0 < k < j and tokens[k].group(0).lower() in _COUNTING_WORDS and \
            tokens[k - 1].group(0).lower() in _DEFINITE and \
            not outside[tokens[k - 1].end():tokens[k].start()].strip():
        k -= 1  # "the two countries": the article belongs to the phrase
    person = person_of_affiliation(outside, tokens, j)
    if person:
        return person
    k = linked_name_start(outside, tokens, head_of(outside, tokens, k))
    words = [t.group(0) + ("." if is_initial(t, outside[t.end():t.end() + 2]) else "")
             for t in tokens[k:j + 1]]
    if words[-1].lower() in _NOT_SUBJECT_END and words[-1] != "An":  # "Minister An": a name
        return words[0] if k == j == 0 and words[0] in _LONE_SUBJECTS else None  # "Some say"
    if any(w.lower() in AUXILIARIES and not (i and w[:1].isupper() and words[i - 1][:1].isupper())
           for i, w in enumerate(words)) or event_phrase(" ".join(words)):
        return None  # "the group will calm": a clause; "The move affirms": an event; "Lee Do Woon"
    if words[-1] == "to":  # "Biden took the opportunity to warn": Biden; "The statement by Kim
        return _opening.purpose_subject(tokens, j)  # took pains to": the statement; not a plan
    head = words[-1].lower()
    if all(w[0].islower() for w in words) and words[0].lower() not in _OPENING_OK and \
            head not in SPEAKER_HEADS and not head.endswith("s"):
        return None  # "release", "mechanism": a lower-case fragment is no speaker
    return joint_subject(outside, tokens, k, j, " ".join(words))  # "Biden and Yoon said"


CUE_WORDS = SPEECH_VERBS | EVIDENCE_VERBS | THAT_ONLY_VERBS | STANCE_ACT_VERBS | set(NARROW_CUES)
_CUE_FORMS = frozenset(w + p for w in CUE_WORDS
                       for p in ("", ",", ".", ":", ";", "?", "!", "”", '"', ")", "—", ".”", ",”"))
"""The cue words as whitespace-separated forms (``said,``): a ``str.split`` and a set test."""

_COUNTING_WORDS = frozenset("two three one several many some most other".split())  # "the two"
_DEFINITE = frozenset("the these those".split())
# Unions of the word lists above, built once rather than in every call.
_TIME_WORDS = TIME_NOUNS | TIME_MODIFIERS
_NOT_SUBJECT_END = CLAUSE_STOPS | MORE_PREPOSITIONS - {"to"} | DETERMINERS | NOUN_MARKERS | {
    "about"}  # "a query about reports that": no subject
_OPENING_OK = DETERMINERS | ADHERENTS  # "the ...", "critics of the plan": a phrase
_LONE_SUBJECTS = frozenset("Some Many Most Several Others".split())  # opening "Some say": some
NOUN_BEFORE = DETERMINERS | NOUN_MARKERS
_NOUN_BEFORE_CAPS = frozenset(w for n in NOUN_BEFORE for w in (n, n.capitalize())) - {"An"}
_STATING_NOUNS = DOCUMENT_HEADS | ORG_ROLES | TEXT_NOUNS
_PERSON_OR_SPEAKER = PERSON_ROLES | SPEAKER_NOUNS


def cue_positions(outside: str) -> list[int]:
    """Indexes of the :data:`WORD_RE` tokens of ``outside`` that are :data:`CUE_WORDS`."""
    tokens = (_ASCII_WORD_RE if outside.isascii() else WORD_RE).findall(outside)
    return [i for i, word in enumerate(tokens) if word in CUE_WORDS]


@lru_cache(maxsize=4)  # a bare clause (.bare_clauses) is read right after its sentence
def cue_tokens(outside: str) -> tuple[tuple[int, ...], tuple[re.Match, ...]]:
    """:func:`cue_positions` and, if any, the :data:`WORD_RE` tokens (one pass), cached."""
    tokens = tuple(WORD_RE.finditer(outside))  # the callers' texts mostly hold a cue word
    cues = tuple(compress(range(len(tokens)), map(CUE_WORDS.__contains__, map(_GROUP, tokens))))
    return cues, tokens if cues else ()


@lru_cache(maxsize=16)  # the bare-clause test asks it again of the sentence's first cues
def cue_at(outside: str, i: int, has_quote: bool) -> bool:
    """:func:`is_cue` of token ``i`` of ``outside`` (:func:`cue_tokens`), cached."""
    return is_cue(cue_tokens(outside)[1], i, outside, has_quote)


_LOCATING_VERBS = frozenset("reported reports reporting wrote writes".split())  # reported from


def _reports_here(outside: str, tokens: list, i: int, after: str, has_quote: bool) -> bool:
    """Whether a verb of :data:`THING_OBJECT_VERBS` or :data:`GOING_ON_VERBS` (token ``i``,
    ``after`` the lower-case word after it) reports here: the former unless a determiner or a
    number opens its object, the latter only before ``that``, a colon or a comma, or ending a
    sentence or next to a quotation (not ``concluded their first “multi-domain drill”``)."""
    gap = (raw_gap := outside[tokens[i].end():tokens[i + 1].start() if after else None]).strip()
    if tokens[i].group(0) in GOING_ON_VERBS:
        near = "    " in outside[tokens[i - 1].end() if i else 0:tokens[i].start()] + raw_gap
        return after == "that" or gap[:1] in {":", ","} or has_quote and (near or not after)
    return bool(gap) or not (after in THING_DETERMINERS or after[:1].isdigit())


_RELATIVES = frozenset("what which whom whatever".split())
_WHAT_REACH = 4  # tokens searched back from a verb for the "what" of an embedded clause


def _after_what(outside: str, tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` closes a free relative ``what X said`` / ``what X called``
    / ``what X described as`` inside a sentence: ``what`` and a short subject, with no
    punctuation between them and the verb. Such a clause (``North Korea conducted what it said
    was a test``) qualifies a noun of the writer's sentence and is not its reporting clause."""
    if contact_relative(outside, tokens, i) or gapped_relative(outside, tokens, i):
        return True  # "in a drill it said was meant as a warning": no "what" needed
    for k in range(i - 1, max(-1, i - 1 - _WHAT_REACH), -1):
        if outside[tokens[k].end():tokens[k + 1].start()].strip():
            return False
        word = tokens[k].group(0).lower()
        if word in _RELATIVES:  # "what it said was", "which Trump has criticized."
            return k < i - 1 and (word == "what" or object_relative(outside, tokens, k, i))
        if word in CLAUSE_STOPS or word in CUE_WORDS:
            return False
    return False


def _quotation_after(outside: str, tokens: list, i: int) -> bool:
    """Whether a quotation (a wide blank in ``outside``) follows the verb ``tokens[i]``: ``what
    it called “a clear threat”`` quotes the words it names (not after a preposition, a term)."""
    end = tokens[i + 1].start() if i + 1 < len(tokens) else len(outside)
    return end - tokens[i].end() > 3 and not term_after_preposition(tokens, i)


def is_cue(tokens: list, i: int, outside: str, has_quote: bool) -> bool:
    """Whether token ``i`` is a reporting verb in this sentence (see :data:`SPEECH_VERBS`)."""
    verb = tokens[i].group(0)
    if verb in THAT_ONLY_VERBS:  # "Secretary Austin underscored", "underlined that"
        return that_only_reports(outside, tokens, i)
    if verb in STANCE_ACT_VERBS:  # "expressed concern", "lodged a protest"
        return i > 0 and stance_object(tokens, i) and \
            tokens[i - 1].group(0).lower() not in PASSIVE_AUXILIARIES
    if verb not in SPEECH_VERBS and verb not in NARROW_CUES:
        return verb in EVIDENCE_VERBS and evidence_subject(tokens, i) is not None
    if _after_what(outside, tokens, i) and not _quotation_after(outside, tokens, i):
        return False  # "conducted what it said was a test": the writer's sentence
    if i > 0 and tokens[i - 1].group(0) in _NOUN_BEFORE_CAPS and len(gap := outside[tokens[
            i - 1].end():tokens[i].start()]) <= 3 and "," not in gap and not (
            i == 1 and tokens[0].group(0) in _LONE_SUBJECTS and not verb.endswith("s")):
        return False  # "a greater say", "the claims": a noun; not "a “power,” said", "Some say"
    prev = tokens[i - 1].group(0) if i > 0 else ""
    if verb in NOUN_LIKE_VERBS and noun_use(outside, tokens, i):
        return False  # "11 states", "false claims", "Trump's claims", "of Democratic claims"
    if verb == "states" and not (
            prev.lower() in _STATING_NOUNS
            or outside[tokens[i].end():tokens[i].end() + 2].strip()[:1] in {":", ","}
            or (has_quote and outside[tokens[i].end():].strip() in {"", "."})
            or (i + 1 < len(tokens) and tokens[i + 1].group(0) == "that")):
        return False  # "in six states", "Western states": the plural noun
    if verb == "told" and prev.lower() == "all":
        return False
    if verb == "asked" and prev.lower() in _opening.ELLIPTIC_OPENERS:
        return False  # "When asked whether ..., Mao said": the asking is the reporter's
    if verb in _LOCATING_VERBS and i + 1 < len(tokens) and tokens[i + 1].group(0) == "from":
        return False  # "Costa reported from Seoul": where a journalist worked, no report
    if names_no_speaker(outside, tokens, i):
        return False  # "were rejected", "was first announced": a passive names no speaker
    after = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
    if verb in NARROW_CUES and not narrow_cue_reports(outside, tokens, i, has_quote):
        return False  # "pointed out", "reveals that" report; "pointed to", "reveals the"
    if verb in QUOTE_ONLY_VERBS and (named := naming_cue(verb, outside, tokens[i].end(),
                                                         has_quote)) is not None:
        return named
    if (verb in GOING_ON_VERBS or not has_quote and verb in THING_OBJECT_VERBS) and \
            not _reports_here(outside, tokens, i, after, has_quote):
        return False  # "wrote a letter", "concluded their first “...”": an act, no content
    if verb in PERFECT_ONLY_VERBS:
        return i > 0 and tokens[i - 1].group(0).lower() in {"has", "have", "had"}
    if verb[:7] + after == "contendwith" or (verb == "questioned" and after in OBJECT_PRONOUNS):
        return False  # "questioned him for hours", "a rival to contend with": no words
    if adds_to_a_thing(tokens, i) or hosts_someone(tokens, i) or idiom_or_act(tokens, i):
        return False  # "adding to her lead", "welcomed Yoon to Seoul", "declared war": acts
    if verb in NAMING_ACT_VERBS and not has_quote and (names_only(outside, tokens, i) or
                                                       announces_event(outside, tokens, i)):
        return False  # "announced the Washington Declaration / the deployment of": an act
    j = i - 1
    while j >= 0 and (is_adverb(tokens[j].group(0)) or tokens[j].group(0) == "yet") and \
            tokens[j].group(0) not in NEGATIONS:  # "has not yet responded"
        j -= 1
    if j >= 0 and (tokens[j].group(0).lower() in NEGATIONS
                   or tokens[j].group(0).lower().endswith(("n't", "n’t"))):
        return False  # "has not mentioned", "isn't saying", "barely mentioned": no report
    return True


def find_reporting_clause(outside: str, has_quote: bool) -> tuple[str | None, bool]:
    """``(raw_subject, is_according_to)`` of a reporting verb in quote-free text: the subject is a
    name, a pronoun or a noun phrase, or ``None`` when the sentence has no reporting clause."""
    outside = without_source_aside(outside)  # "The ministry, in a statement, said"
    relayed = _QUOTED_AS_RE.search(outside) if " as " in outside and (
        "quot" in outside or "cit" in outside or "report" in outside) else None
    relayed = relayed or (_QUOTED_ING_RE.search(outside) if "quoted" in outside else None)
    if relayed:
        # "KCNA quoted Kim as saying": the words are Kim's ("one of his aides": the aides)
        return _PARTITIVE_RE.sub("", relayed.group(1)), False
    passive = _QUOTED_PASSIVE_RE.search(outside) if "quoted" in outside else None
    if passive:
        # "Yoon was quoted as saying": the one quoted is the subject of the passive
        tokens = list(WORD_RE.finditer(outside))
        at = next(n for n, t in enumerate(tokens) if t.start() == passive.start())
        subject = _subject_before(outside, tokens, at) if at else None
        if subject:
            return subject, False
    source = _according_to(outside) or reaction_source(outside)  # "drew criticism from X"
    if source:
        # Words relayed through a second source (``Kim called the vessel ..., according to
        # KCNA``) are the inner source's: a reporting verb's subject outside the phrase.
        phrase = _ACCORDING_PHRASE_RE.search(outside)
        masked = outside[:phrase.start()] + " " * (phrase.end() - phrase.start()) + \
            outside[phrase.end():] if phrase else ""
        inner = _verb_subject(masked, has_quote) if phrase else None
        return (inner, False) if inner and (is_named(inner) or source in _PRONOUN_SOURCES) and (
            subject_before_modifier(masked, inner) == inner) and not (
            inner == "it" and "what it call" in outside) else (source, True)  # "what it calls"
    if has_quote and ("―" in outside or "—" in outside or "–" in outside):
        dash = _DASH_SOURCE_RE.search(outside)
        if dash:
            return dash.group(1), False
    return reads_source(outside) or _verb_subject(outside, has_quote), False


_QUOTED_AS_RE = re.compile(r"\b(?:quot|cit|report)(?:ed|ing|es|s)\s+(?!by\b|as\b|from\b|in\b)"
                           r"([^,;:“”\"()]{1,80}?)\s+as\s+(?:saying|telling|calling|"
                           r"describing|warning|stating|urging|claiming|criticizing|criticising|"
                           r"condemning|denouncing|accusing|vowing|insisting|arguing)\b")
"""``KCNA quoted (or reported) Kim as saying``: the one quoted speaks (not ``quoted by X as``)."""
_QUOTED_ING_RE = re.compile(r"\bquoted\s+(?!by\b|as\b|from\b|in\b)([^,;:“”\"()]{1,80}?)\s+"
                            r"(?:saying|urging|warning|calling|accusing|vowing|demanding)\b")
"""``KCNA quoted a spokesperson urging ...``: with no *as*, only after *quoted* (``cited a
shortage of fuel saying`` keeps its subject)."""
_QUOTED_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been)\s+"
                                r"quoted\s+(?:(?:by|in)\s+[^,;:“”\"()]{1,60}?\s+)?as\s+"
                                r"(?:saying|telling|calling|describing|warning|stating|claiming)\b")
"""``Yoon was quoted (by KCNA, in a newspaper) as saying``: the passive subject's words."""
_PRONOUN_SOURCES = frozenset({"he", "she", "they"})  # "In her words, ..., the envoy said"
_PARTITIVE_RE = re.compile(r"^(?:one|some|two|three|several|many|another) of\s+")
_ACCORDING_PHRASE_RE = re.compile(r"\b(?:[Aa]ccording to|[Aa]s per|[Aa]s (?:first |previously "
                                  r"|originally )?(?:reported|confirmed) by|" + _repairs.IN_WORDS +
                                  r")\s+[^,.;:!?()]+")  # blanked before an inner source is sought


_SUBORDINATOR_RE = re.compile(r"\b(?:as|while|when|after|before|because|since|although|though|"
                              r"whereas)\s+$")
"""A subordinator before a later subject: no part of a relay's report (``as Pyongyang vowed``)."""


def _verb_subject(outside: str, has_quote: bool) -> str | None:
    """The subject of the first reporting verb of ``outside`` that has one (see
    :func:`find_reporting_clause`), else ``None``."""
    if _CUE_FORMS.isdisjoint(outside.replace("—", " ").split()):  # "Yoshihide—urged"
        return None  # most sentences: no reporting verb at all, so no tokens needed
    cues, tokens = cue_tokens(outside)
    relay: str | None = None
    relay_end = 0
    for i in cues:
        tok = tokens[i]
        if not cue_at(outside, i, has_quote):
            continue
        verb = tok.group(0)
        if verb in EVIDENCE_VERBS:
            return evidence_subject(tokens, i) if relay is None else relay
        # Inverted order after a quotation: "..., said Biden" / "said the president". A long
        # blank before the verb is a quotation just before it, so inversion is tried first.
        fronted = tokens[0].group(0) == "About"  # "About this on Friday stated Kim": inverted
        inverted = inverted_subject(outside, tok.end()) if verb in INVERTING_VERBS and (
            has_quote or fronted or outside[:tok.start()].rstrip().endswith((",", "—"))) else None
        if inverted:
            common = inverted_common_noun(outside, tok.end())
            if common and (inverted in common or all(w[0].isupper() for w in common.split())):
                inverted = common  # "said the North Korean foreign ministry": a modifier
        after_quote = i > 0 and tok.start() - tokens[i - 1].end() > 3
        if inverted and (after_quote or fronted):
            return inverted
        subject = _subject_before(outside, tokens, i)
        if attributive_participle(outside, tokens, i, subject) or thing_reveals(verb, subject):
            continue  # "the measures announced on Wednesday": an adjective, no report
        if subject is None and coordinated(outside, tokens, i):  # "and has since said"
            # "Trump doubled down and said", "When Biden stood ... and promised": one subject
            subject = _opening.subordinate_subject(outside, tokens, i) or sentence_subject(tokens)
        gap = outside[tokens[i - 1].end():tok.start()] if i else ""  # a quotation, a comma
        if verb in PARTICIPLES and (
                not subject and (len(gap) > 3 or "," in gap) or addressee(outside, subject) or
                subject and not subject[0].isupper() and (subject.split()[-1].lower() not in
                                                          _PERSON_OR_SPEAKER or
                                                          subject.split()[-1] in DOCUMENT_HEADS)):
            # "Trump posted a series of tweets saying ...", "issued a statement calling": the
            # one who posted or issued it says it.
            subject = issuing_subject(outside) or sentence_subject(tokens) or subject
        if subject and subject.lower() in PRONOUNS and _after_what(outside, tokens, i):
            subject = sentence_subject(tokens) or subject  # "X fired what it called “...”"
        if subject and relay is None and is_relay(subject):
            relay, relay_end = subject, tok.end()  # "KCNA said Kim called ...": Kim's words
            continue
        if subject and relay is not None and _SUBORDINATOR_RE.search(
                outside[relay_end:max(relay_end, outside.find(subject, relay_end))]):
            return relay  # "KCNA said the drill was held as Pyongyang vowed to": KCNA's
        if subject:
            return subject if relay is None or is_named(subject) else relay
        if inverted:
            return inverted
        common = inverted_common_noun(outside, tok.end()) if after_quote or has_quote and i == 0 \
            or (has_quote or verb in INVERTING_VERBS) and outside[:tok.start()].rstrip().endswith(
                (",", "—")) else None  # not "which had denounced the dispatch"
        if common:
            return common
    return relay
