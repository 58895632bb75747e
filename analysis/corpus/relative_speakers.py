"""The speaker of a report in a non-restrictive relative clause that carries the sentence.

``The flight data matched the assessment of the Japanese coast guard, which said the missile
landed outside the country's exclusive economic zone and that no damage was reported.``: the
clause's *which* (or *who*) is the subject of the reporting verb, and its antecedent, the noun
phrase just before the comma, speaks. :func:`relative_speaker` reads it when the reported words
after the verb are at least half of the sentence (the labelling rule of
``data/voices_README.md``); a smaller report on the writer's noun stays the writer's
(:mod:`analysis.corpus.relative_reports`).
"""

from __future__ import annotations

import re

from .cue_words import CLAUSE_STOPS, PREPOSITIONS
from .speakers import DETERMINERS, ORG_ROLES, PERSON_ROLES, SPEAKER_NOUNS

_RELATIVE_END_RE = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had|also|later)\s+)?$")
_PHRASE_WORDS = 5
"""Words of the antecedent read back from the comma, at most."""
_HEADS = SPEAKER_NOUNS | PERSON_ROLES | ORG_ROLES | frozenset(
    "military guard army navy agency ministry government office service command".split())
_ARTICLES = frozenset("the a an".split())
_MAIN_GOES_ON_RE = re.compile(r",\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b")
"""The main clause going on after the relative clause (``the bill levied by the European Union,
which contended that ..., is a good example``): the report is inside the writer's sentence."""
_APPOSED_RE = re.compile(r"(?:^|[,;]\s*|\s)([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),\s*$")
"""A name in apposition before the antecedent (``Kim Yo Jong, the leader's sister, who said``):
the name speaks."""
_JOINING = frozenset("and or nor".split())
_LEADS = frozenset("But And Yet So Then".split())
_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")


def relative_speaker(outside: str, verb_at: int) -> str | None:
    """The antecedent of ``, which`` (``, who``) right before the reporting verb at
    ``verb_at`` of ``outside`` (quotations blanked): the noun phrase before the comma, back to
    its article (*the*, *a*; not *Democrats on Capitol Hill*), or a name that opens its clause
    (*Kim Yo Jong, who said*), when it is a name (its words after the article capitalised) or
    ends in a noun of a speaker or body (a name in apposition before it, *Kim Yo Jong, the
    leader's sister, who said*, speaks for it), the main clause
    does not go on after the relative one and the words after the verb are at least half of
    the sentence's; else ``None``."""
    end = _RELATIVE_END_RE.search(outside, max(0, verb_at - 40), verb_at)
    if end is None or end.end() != verb_at or _MAIN_GOES_ON_RE.search(outside, verb_at):
        return None
    after = len(_WORD_RE.findall(outside[verb_at:])) - 1
    if 2 * after < len(_WORD_RE.findall(outside)):
        return None  # a small report on the writer's noun stays the writer's
    words = outside[:end.start()].split()
    named = _name_run(words)
    if named:
        return " ".join(named)  # "The ministry quoted Kim Yo Jong, who said": the name
    phrase = _article_phrase(words)
    if not phrase or phrase[0].lower() not in _ARTICLES or not (
            all(w[:1].isupper() for w in phrase[1:]) or phrase[-1].lower() in _HEADS or
            phrase[-1].lower().rstrip("s") in _HEADS):
        return None  # not "A jury found Zimmerman, who alleged ...": a clause, no phrase
    start = len(" ".join(words[:len(words) - len(phrase)]))
    apposed = _APPOSED_RE.search(outside, 0, start + 1)  # "Kim Yo Jong, the leader's sister,"
    return apposed.group(1) if apposed else " ".join(phrase)


def _name_run(words: list[str]) -> list[str]:
    """The name of two to four capitalised words that ends ``words``, unless it follows a
    preposition or an article (*Democrats on Capitol Hill*, *the European Union*)."""
    run = 0
    while run < min(len(words), 4) and words[-1 - run][:1].isupper() and \
            not words[-1 - run].endswith((",", ";", ":")):
        run += 1
    before = words[-1 - run].lower() if run < len(words) else ""
    if run < 2 or before in PREPOSITIONS or before in DETERMINERS or before in _JOINING:
        return []  # not "Jeb Bush and Chris Christie, who say": the pair, not the last name
    name = words[-run:]
    return name[1:] if name[0] in _LEADS and len(name) > 2 else name


def _article_phrase(words: list[str]) -> list[str]:
    """The last words of ``words`` back to an article or determiner, stopping at a preposition,
    a clause word or a comma (at most :data:`_PHRASE_WORDS`)."""
    phrase: list[str] = []
    for w in reversed(words[-_PHRASE_WORDS:]):
        low = w.lower()
        if low in PREPOSITIONS or low in CLAUSE_STOPS or w.endswith((",", ";", ":")):
            break
        phrase.insert(0, w)
        if low in DETERMINERS:
            break
    return phrase
