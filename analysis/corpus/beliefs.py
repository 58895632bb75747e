"""*Democrats believe ...*, *He thinks ...*, *Her advisers hope ...*: a belief, a hope, a fear
or a wish held by a named subject is that subject's view, reported by the writer.

*Think*, *hope*, *fear*, *want*, *expect*, *know* and *see ... as* are no reporting verbs of
:mod:`analysis.corpus.cues` (most of their uses are the writer's: *what voters want*, *as
expected*, *we know that*), so a sentence whose main verb is one of them was left to the learned
model. Read here only when the verb directly follows the sentence's opening subject: a name or
a third-person pronoun (*Sanders*, *Mr. Obama*, *He*, *They*), a name or a possessive before a
plural role noun (*Clinton strategists*, *Her advisers*, *U.S. intelligence officials*), or a
role noun alone (*Economists*, *Officials*); an adverb or a negation may stand between (*He
also thinks*, *The Fed does not want*). The first person and the second (*I think*, *You
know,*) and quantifiers (*Most*, *Many*) are not read: the writer's own view or no one in
particular. *Sees* reports a view only with *as* (*Obama sees Netanyahu as ...*; not *sees
similar benefits*). Measured on PolNeAR's training split (Newell et al. 2018), the sentences
the rules left authorial that match are attributed in about two thirds of cases.
"""

from __future__ import annotations

import re

_ROLES = (r"aides|advisers|advisors|allies|strategists|officials|leaders|supporters|voters|"
          r"critics|experts|analysts|economists|lawmakers|investors|diplomats|conservatives|"
          r"liberals|progressives|activists|donors|backers|insiders|organizers|planners")
_NAME = r"(?:[A-Z][\w.'’-]*(?:’s|'s|s’|s')?)"
_NOT_NAMES = frozenset("""The A An In On At As After Before When While If It Its This That
    These Those There Here What Who Why How Where Which I We You Let Let's Don't Do Does Did
    Many Most Some Few Both All Each Every Others Other Such No Not One Only Even Just So But
    And Yet Still Now Then Today Yesterday""".split())
_SUBJECT_RE = re.compile(
    r"^\s*(?:(?:But|And|Still|Yet|Now|So),?\s+)?"
    r"(?P<subject>[Hh]e|[Ss]he|[Tt]hey|"
    r"(?:(?:His|Her|Their|Other|Some|The)\s+)?(?:" + _NAME + r"\s+){0,3}"
    r"(?:[a-z]+(?:’s|'s)?\s+)?"
    r"(?:" + _ROLES + r")|"
    r"(?:" + _ROLES.title() + r")|"
    r"(?:The\s+)?" + _NAME + r"(?:\s+(?:of\s+(?:the\s+)?)?" + _NAME + r"){0,3})"
    r"\s+(?:(?:also|now|still|really|privately|clearly|genuinely|increasingly|apparently|"
    r"(?:does|do|did)(?:n[’']t|\s+not))\s+)?"
    r"(?P<verb>thinks?|thought|believe|hopes?|hoped|fears?|feared|wants?|wanted|expects?|"
    r"expected|knows|sees|suspects|worries|doubts)\b(?P<rest>.*)$", re.S)

_VERB_STEMS = ("think", "thought", "believe", "hope", "fear", "want", "expect", "knows", "sees",
               "suspects", "worries", "doubts")
"""Strings one of which every match of :data:`_SUBJECT_RE` holds (in its verb)."""

_NOUN_NEXT_RE = re.compile(r"\s+(?:have|has|had|are|were|is|was|remain|remained|persist|grew|"
                           r"grow|mount|mounted|rose|rise|linger|faded|fade|\w+ed\b)")
"""What follows *worries*, *hopes*, *fears*, *wants* or *doubts* used as a plural noun (a verb
of its own: *Health worries have dogged*, *Inflation fears mounted*)."""


def belief_subject(outside: str) -> str | None:
    """The holder of the view the sentence ``outside`` reports (its text outside quotation
    marks): its opening subject when the verb right after it is one of belief, hope, fear,
    wish, expectation or knowledge and something follows the verb; else ``None``."""
    if not any(map(outside.__contains__, _VERB_STEMS)):
        return None  # most sentences: no verb of a view (a cheap test before the regex)
    m = _SUBJECT_RE.match(outside)
    if m is None:
        return None
    subject, verb, rest = m.group("subject"), m.group("verb"), m.group("rest")
    first = subject.split()[0]
    if "’t" in first or "'t" in first:
        return None  # "Don’t believe them."
    if first in _NOT_NAMES and first not in {"The", "Other", "Some"} or \
            (first in {"Other", "Some"} and len(subject.split()) == 1):
        return None
    if not re.match(r"\s*[\w“\"‘']", rest) or re.match(r"\s*(?:so|about|of)\b", rest):
        return None  # "He thinks so.", "She knows about it."
    if verb == "sees" and " as " not in rest:
        return None
    if verb[-1] == "s" and _NOUN_NEXT_RE.match(rest):
        return None  # "Health worries have dogged ...", "Peace hopes faded": a noun
    return subject
