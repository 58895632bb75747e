"""Where a reporting verb stands among the words before it: after a passive auxiliary or a
linking verb (:func:`passive_before`: no speaker), as a participle right after a word
(:func:`bare_participle`), inside a relative clause on a noun without *that*
(:func:`contact_relative`), or after ``and`` as the second of two verbs of one subject
(:func:`coordinated`). Used by :func:`analysis.corpus.cues.is_cue` and the subject finder of
:mod:`analysis.corpus.cues`."""

from __future__ import annotations

from .cue_words import (
    AUXILIARIES,
    CLAUSE_STOPS,
    NOUN_MODIFIERS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    is_adverb,
)
from .object_relatives import NAMING_VERBS


def coordinated(outside: str, tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` (regex matches of ``outside``) is the second of two
    verbs joined by ``and`` or ``but``, perhaps with an auxiliary or adverbs between
    (``declared itself ... and has repeatedly said``): the sentence's subject is its own."""
    k = i - 1
    while k > 0 and is_adverb(tokens[k].group(0)) and \
            not outside[tokens[k].end():tokens[k + 1].start()].strip():
        k -= 1
    return k >= 0 and tokens[k].group(0).lower() in {"and", "but"} and \
        not outside[tokens[k].end():tokens[k + 1].start()].strip()


_LINKING_VERBS = frozenset("""feel feels felt feeling seem seems seemed appear appears appeared
    look looks looked become becomes became remain remains remained get gets got grow grows
    grew""".split())
_BEFORE_PARTICIPLE = PASSIVE_AUXILIARIES | _LINKING_VERBS


def passive_before(tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` (regex matches) follows a passive auxiliary, perhaps an
    adverb between, with only spaces between them (``were rejected``, ``was first announced``): a
    passive names no speaker; nor does a participle after a linking verb, an adjective (``if it
    feels threatened``, ``seemed surprised``). A quotation between them, blank in the text the
    tokens are read from, makes the verb an inverted report (``... is “a better deterrent,” said
    Lee``)."""
    if i == 0 or tokens[i].start() - tokens[i - 1].end() > 3:
        return False
    if tokens[i - 1].group(0).lower() in _BEFORE_PARTICIPLE:
        return True
    return i > 1 and is_adverb(tokens[i - 1].group(0)) and \
        tokens[i - 2].group(0).lower() in _BEFORE_PARTICIPLE


_TERM_PREPOSITIONS = frozenset("""under with about of for over against in on into to from at by
    toward towards beyond despite including behind""".split())
_WHAT_REACH = 4
_TERM_CHARS = 30
"""The widest blank after the verb (its quotation with the marks and spaces) read as a term."""


def term_after_preposition(tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` closes a free relative ``what X calls`` that follows a
    preposition (``under what it calls “extended deterrence”``, ``about what Seoul terms
    ...``): the quotation after it, a term of at most a few words, names a term inside the
    writer's phrase, not the words of a source, unlike ``fired what it called “a warning”``,
    the object of the sentence's verb, or a longer quotation."""
    end = tokens[i + 1].start() if i + 1 < len(tokens) else len(tokens[i].string)
    if end - tokens[i].end() > _TERM_CHARS:
        return False  # "to what it called “a clear threat to peace and security”": words
    for k in range(i - 1, max(0, i - 1 - _WHAT_REACH), -1):
        if tokens[k].group(0).lower() == "what":
            return tokens[k - 1].group(0).lower() in _TERM_PREPOSITIONS
    return False


_CONTACT_SUBJECTS = frozenset("it they he she".split())
_NAME_PARTICLES = frozenset("de van von bin da di du der".split())
_NOUN_OPENERS = frozenset("a an the this that its their his her in of to into at on".split())
"""Words right before the noun a name's relative clause qualifies (``in waters the North
calls``, ``a policy Trump describes as``)."""
_CONTACT_VERBS = frozenset("was were is are would will had has".split())


def contact_relative(outside: str, tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` reports inside a relative clause without *that* or
    *which* on a noun of the writer's sentence (``launched a missile in a drill it said was
    meant as a warning``): a pronoun subject right after a lower-case noun, and a verb of being
    or an auxiliary right after the verb, or a name and *as* (``in the region Mr Ritter
    describes as "..."``), all without punctuation. The clause qualifies the noun, like ``what
    it said was``, and is not the sentence's reporting clause."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].group(0)
    k = i - 1  # the subject's first token: a pronoun, or a name (and its Mr or Ms)
    if tokens[k].group(0) not in _CONTACT_SUBJECTS:
        while k > 0 and (tokens[k].group(0)[:1].isupper() or tokens[k].group(0) in
                         _NAME_PARTICLES) and i - k <= 4:
            k -= 1  # "Mayor Bill de Blasio"
        if k == i - 1 or after != "as" and tokens[i].group(0) not in NAMING_VERBS:
            return False  # "the region Mr Ritter describes as ...": a name needs its "as"
        k += 1
        if tokens[k - 1].group(0) == "the":
            k -= 1  # "waters the North calls its ..."
        if after != "as" and (k < 3 or tokens[k - 2].group(0) not in _NOUN_OPENERS):
            return False  # not "The opposition Democratic Party called", "leader Kim Yo Jong"
    elif after not in _CONTACT_VERBS and tokens[i].group(0) not in NAMING_VERBS:
        return False
    noun = tokens[k - 1].group(0) if k else ""
    if noun == "that" and k > 1 and after == "as":
        k, noun = k - 1, tokens[k - 2].group(0)  # "an explosion that Mayor X described as"
    return noun.islower() and noun not in CLAUSE_STOPS and noun not in AUXILIARIES and \
        noun not in _CONTACT_SUBJECTS and not is_adverb(noun) and noun not in PREPOSITIONS and \
        not outside[tokens[k - 1].start():tokens[i + 1].end()].count(",")


_MODALS = frozenset("may might will would can could should must shall".split())


def gapped_relative(outside: str, tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` closes a *that*-relative on a lower-case noun in the
    sentence's opening subject (no comma before it) and a modal of the main clause follows it
    at once (``An unprecedented declaration that Washington and Seoul just announced may not be
    enough ...``): the verb's object is the noun, the clause qualifies it and reports
    nothing."""
    if i + 1 >= len(tokens) or tokens[i + 1].group(0) not in _MODALS or \
            outside[tokens[i].end():tokens[i + 1].start()].strip() or \
            "," in outside[:tokens[i].start()]:
        return False  # not "..., a trend that the foundation predicts will continue": a report
    for k in range(i - 2, max(0, i - 6), -1):
        if tokens[k].group(0) == "that":
            noun = tokens[k - 1].group(0)
            return noun.islower() and noun not in CLAUSE_STOPS and noun not in AUXILIARIES and \
                not is_adverb(noun) and "," not in outside[tokens[k - 1].start():tokens[i].end()]
    return False


_CLAUSE_PARTICIPLES = frozenset({"calling", "describing", "urging"})


def bare_participle(outside: str, tokens: list, i: int) -> bool:
    """Whether ``tokens[i]``, *calling*, *describing* or *urging* follows the word before it with
    only spaces between: a participle on a noun (``remarks calling the North a "nuclear power"``,
    ``issued a statement calling ...``) or a progressive (``is calling for``), not a clause of
    the sentence's subject after a comma or a quotation (``..., calling it a "provocation"``)."""
    return tokens[i].group(0) in _CLAUSE_PARTICIPLES and i > 0 and \
        not outside[tokens[i - 1].end():tokens[i].start()].strip() and \
        tokens[i].start() - tokens[i - 1].end() <= 3


_BY_PARTICIPLES = frozenset("""suggested proposed described cited mentioned reported announced
    stated claimed noted raised recommended endorsed floated""".split())
_BY_OPENERS = frozenset("the a an his her their its".split())


def agent_participle(tokens: list, i: int) -> bool:
    """Whether ``tokens[i]`` is a participle of :data:`_BY_PARTICIPLES` before *by* and its
    agent (a determiner or a name; not *by the end*, *by the time*): a passive on the noun
    before it (``The council suggested by the former ambassador is similar to ...``), whose
    noun reports nothing."""
    if tokens[i].group(0) not in _BY_PARTICIPLES or i + 2 >= len(tokens) or \
            tokens[i + 1].group(0) != "by":
        return False
    agent = tokens[i + 2].group(0)
    return (agent in _BY_OPENERS or agent[:1].isupper()) and not (
        i + 3 < len(tokens) and tokens[i + 3].group(0) in {"end", "time"})


def names_no_speaker(outside: str, tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` of ``outside`` names no speaker for where it stands: after
    a passive auxiliary or a linking verb (:func:`passive_before`), as a participle right
    after a word (:func:`bare_participle`), before its agent (:func:`agent_participle`) or in a
    comparison (:func:`compared`)."""
    return passive_before(tokens, i) or bare_participle(outside, tokens, i) or \
        agent_participle(tokens, i) or compared(outside, tokens, i)


_COMPARED_REACH = 5
"""Tokens before a verb searched for the *than* of a comparison."""


def compared(outside: str, tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` closes a comparison, *than* and its subject before it with
    no comma between (``That matters more than Washington admits``): the writer's claim; not a
    quantity (``More than 100 officials said``)."""
    for k in range(max(0, i - _COMPARED_REACH), i - 1):
        between = outside[tokens[k].end():tokens[i].start()]
        if tokens[k].group(0) == "than" and "," not in between and "    " not in between and \
                " to " not in between:  # not "than Clinton “...,” one user commented"
            after = tokens[k + 1].group(0).lower()
            return not (after[:1].isdigit() or after.split("-")[0] in _QUANTITIES or
                        after.endswith("teen"))
    return False


_QUANTITIES = frozenset("""one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty sixty seventy eighty ninety hundred a dozen dozens half hundreds
    thousands twice double triple""".split())
"""Number words after *more than*, *fewer than* (``More than forty-five lawmakers said``, any
*-teen*): a count of speakers, no comparison."""


_ADJECTIVES = frozenset("""American Korean African Mexican Democratic Republican Party Israeli
    Iraqi Pakistani Saudi Thai Western Allied""".split())


def _adjective(word: str) -> bool:
    """Whether a capitalised word is a people's or a party's adjective (``Japanese``,
    ``Russian``, ``Democratic``) rather than a subject's name (``Yoon``)."""
    return word in _ADJECTIVES or word.endswith(("ese", "ian", "ean", "ish"))


_OBJECT_TAKERS = frozenset("""addressed dismissed rejected refuted disputed downplayed denied
    confirmed echoed welcomed ignored investigated questioned countered included includes
    contained contains""".split())
"""Verbs (most in *-ed*) whose object may be a plural noun that is also a reporting verb
(``The agreements included pledges to meet``)."""


def noun_use(outside: str, tokens: list, i: int) -> bool:
    """Whether a verb that may be a plural noun (``tokens[i]`` of ``outside``: *states*,
    *claims*, *demands*) is the noun here: after a number (``11 states``), a modifier of
    :data:`~.cue_words.NOUN_MODIFIERS` (``false claims``), a possessive (``Trump's claims``), a
    preposition (:func:`after_preposition`) or a verb that takes reports or claims as its object
    right before it (``addressed reports``, ``dismissed claims``; not a participle after a noun,
    ``The resolution adopted states that``)."""
    prev = tokens[i - 1].group(0) if i > 0 else ""
    if tokens[i].group(0) == "welcome" and i > 1 and tokens[i - 2].group(0).lower() in {"a", "an"}:
        return True  # "drew a warm welcome from Tokyo"
    return prev[:1].isdigit() or prev.lower() in NOUN_MODIFIERS or \
        prev.endswith(("'s", "’s")) or after_preposition(outside, tokens, i) or (
            prev in _OBJECT_TAKERS and outside[tokens[i - 1].end():tokens[i].start()] == " ")


def after_preposition(outside: str, tokens: list, i: int) -> bool:
    """Whether the word ``tokens[i]`` of ``outside`` follows a preposition and up to three
    capitalised modifiers with no comma between (``of Democratic claims``, ``from South Korean
    demands``): a noun; not ``In an interview with Yonhap, Yoon notes``, ``Speaking in Seoul,
    Yoon claims``, where the comma closes the opening phrase, unless a people's or a party's
    adjective stands before the word (``At the summit in Seoul, Japanese demands for``)."""
    for k in range(i - 2, max(-1, i - 5), -1):
        if "," in outside[tokens[k].end():tokens[k + 1].start()]:
            return _adjective(tokens[i - 1].group(0))  # "In Seoul, Japanese demands for"
        word = tokens[k].group(0)
        if not word[:1].isupper():
            return word.lower() in PREPOSITIONS
    return False
