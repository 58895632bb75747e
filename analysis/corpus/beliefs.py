"""*Democrats believe ...*, *He thinks ...*, *Her advisers hope ...*: a belief, a hope, a fear
or a wish held by a named subject is that subject's view, reported by the writer; and *Trump is
telling supporters ...*, *Republicans are slamming ...*: a speech act in the present progressive,
the form of running wire copy, is what the subject is saying (:data:`_SPEAKING`; not negated,
*is not saying*, and not an act without words, *is pushing to*, *is building*).

*Think*, *hope*, *fear*, *want*, *expect*, *know*, *see ... as*, *view ... as*, *regard ... as*
and *consider* are no reporting verbs of :mod:`analysis.corpus.cues` (most of their uses are the
writer's: *what voters want*, *as expected*, *we know that*), so a sentence whose main verb is
one of them was left to the learned model. Read here only when the verb directly follows the
sentence's opening subject: a name or a third-person pronoun (*Sanders*, *Mr. Obama*, *He*,
*They*), a name or a possessive before a plural role noun (*Clinton strategists*, *Her
advisers*, *U.S. intelligence officials*), or a role noun alone (*Economists*, *Officials*); an
adverb or a negation may stand between (*He also thinks*, *The Fed does not want*). The first
person and the second (*I think*, *You know,*) and quantifiers (*Most*, *Many*) are not read:
the writer's own view or no one in particular. *Sees*, *views* and *regards* report a view only
with *as* (*Obama sees Netanyahu as ...*, *Pyongyang views the drills as ...*; not *sees similar
benefits*, nor a possessive's noun, *Trump's views on trade, as ...*); *considers* not before a
gerund or a question word (*He considers running*, *considers whether to*: a deliberation, no
view). Measured on PolNeAR's training split (Newell et al. 2018), the sentences the rules left
authorial that match are attributed in about two thirds of cases.
"""

from __future__ import annotations

import re

from .literal_sets import AnyOf

_ROLES = (r"aides|advisers|advisors|allies|strategists|officials|leaders|supporters|voters|"
          r"critics|experts|analysts|economists|lawmakers|investors|diplomats|conservatives|"
          r"liberals|progressives|activists|donors|backers|insiders|organizers|planners|"
          r"candidates|politicians|protesters|commentators|scholars|observers|residents|"
          r"citizens")
_NAME = r"(?:[A-Z][\w.'’-]*(?:’s|'s|s’|s')?)"
_NOT_NAMES = frozenset("""The A An In On At As After Before When While If It Its This That
    These Those There Here What Who Why How Where Which I We You Let Let's Don't Do Does Did
    Many Most Some Few Both All Any Each Every Others Other Such No Not One Only Even Just So But
    And Yet Still Now Then Today Yesterday Although Though Whereas Because Since Unless Until
    Given Despite""".split())
_SPEAKING = (r"telling|saying|warning|urging|stressing|declaring|promising|pledging|vowing|"
             r"touting|trumpeting|thanking|congratulating|praising|hailing|applauding|"
             r"slamming|blasting|criticizing|criticising|questioning|demanding|insisting|"
             r"arguing|suggesting|describing|outlining|explaining|noting|accusing|claiming|"
             r"dismissing|denying|predicting|complaining|lamenting|boasting|bragging|"
             r"acknowledging|reiterating|repeating|cautioning|condemning|denouncing|decrying|"
             r"disputing|mocking|encouraging|asking|calling\s+(?:for|on)|pointing\s+to|"
             r"advocating|"
             r"raising\s+(?:questions|concerns|doubts)|doubling\s+down|seizing\s+(?:on|upon)|"
             r"taking\s+aim|lashing\s+out|weighing\s+in|pushing\s+back|standing\s+by")
"""Speech acts in the present progressive, the form of running wire copy (*Trump is telling
supporters ...*, *Clinton is calling for ...*, *Republicans are slamming ...*): what the subject
is saying, reported by the writer; so are the idioms of political coverage for what is said
(*is doubling down on*, *is seizing on a report*, *is pushing back*, *is standing by*)."""
_SUBJECT_RE = re.compile(
    r"^\s*(?:(?:But|And|Still|Yet|Now|So|Moreover|Meanwhile|However),?\s+)?"
    r"(?:(?:Amid|Against|After|Since|With|In|At|On)"
    r"\s+[^,;:“”\"]{3,60},\s+)?"
    r"(?P<subject>[Hh]e|[Ss]he|[Tt]hey|(?:Many|Some|Most)\s+(?:in|across)\s+(?:the\s+)?"
    + _NAME + r"(?:\s+" + _NAME + r"){0,2}|"
    r"(?:(?:His|Her|Their|Other|Some|The)\s+)?(?:" + _NAME + r"\s+){0,3}"
    r"(?:[a-z]+(?:’s|'s)?\s+){0,2}"
    r"(?:" + _ROLES + r")|"
    r"(?:" + _ROLES.title() + r")|"
    r"(?:The\s+)?" + _NAME + r"(?:\s+(?:of\s+(?:the\s+)?)?" + _NAME + r"){0,3})"
    r"\s+(?:(?:also|now|still|really|privately|clearly|genuinely|increasingly|apparently|"
    r"(?:does|do|did)(?:n[’']t|\s+not))\s+)?"
    r"(?P<verb>thinks?|thought|believe|hopes?|hoped|fears?|feared|wants?|wanted|expects?|"
    r"expected|knows|sees|see|views|view|viewed|regards|regarded|perceives|considers|suspects|"
    r"worries|"
    r"doubts|"
    r"(?:is|are)\s+(?:(?:also|now|again|still|already|once\s+again|increasingly|openly|"
    r"repeatedly)\s+){0,2}"
    r"(?:" + _SPEAKING + r"))\b(?P<rest>.*)$", re.S)

_VIEW_STEMS = ("think", "thought", "believe", "hope", "fear", "want", "expect", "knows", "see",
               "view", "regard", "perceives", "considers", "suspects", "worries", "doubts")
"""Strings one of which every match of :data:`_SUBJECT_RE` with a verb of a view holds."""
_SPEAKING_WORDS = tuple(re.findall(r"[a-z]+ing", _SPEAKING))
"""The first word of each speech act of :data:`_SPEAKING` (*telling*, *calling*, ...): one of
them, with *is* or *are* before it, is in every match of :data:`_SUBJECT_RE` without a verb of a
view."""
_HAS_VIEW_STEM, _HAS_SPEAKING_WORD = AnyOf(_VIEW_STEMS), AnyOf(_SPEAKING_WORDS)

_NOUN_NEXT_RE = re.compile(r"\s+(?:have|has|had|are|were|is|was|remain|remained|persist|grew|"
                           r"grow|mount|mounted|rose|rise|linger|faded|fade|\w+ed\b)")
"""What follows *worries*, *hopes*, *fears*, *wants* or *doubts* used as a plural noun (a verb
of its own: *Health worries have dogged*, *Inflation fears mounted*)."""


_AS_VERBS = frozenset("sees see views view viewed regards regarded perceives".split())
"""Verbs that report a view only with *as* (*Obama sees Netanyahu as ...*, *Seoul views the
drills as ...*; not *sees similar benefits*)."""
_POSSESSIVES = ("’s", "'s", "s’", "s'")
_NOT_A_VIEW_RE = re.compile(r"\s*(?:\w+ing\b|whether|how|if|what|when)")
"""What follows *considers* when it weighs a course rather than holds a view."""


def _may_hold_a_view(outside: str) -> bool:
    """Whether ``outside`` holds the literal strings every match of :data:`_SUBJECT_RE` holds."""
    return _HAS_VIEW_STEM(outside) or (
        "ing" in outside and ("is" in outside or "are" in outside)
        and _HAS_SPEAKING_WORD(outside))


def belief_subject(outside: str) -> str | None:
    """The holder of the view the sentence ``outside`` reports (its text outside quotation
    marks): its opening subject when the verb right after it is one of belief, hope, fear,
    wish, expectation or knowledge, or a speech act in the present progressive, and something
    follows the verb; else ``None``."""
    if not _may_hold_a_view(outside):
        return None  # most sentences: no verb of a view or speech act (cheap tests first)
    m = _SUBJECT_RE.match(outside)
    if m is None:
        return None
    subject, verb, rest = m.group("subject"), m.group("verb"), m.group("rest")
    first = subject.split()[0]
    if "’t" in first or "'t" in first:
        return None  # "Don’t believe them."
    if first in _NOT_NAMES and first not in {"The", "Other", "Some", "Many", "Most"} or \
            (first in {"Other", "Some", "Many", "Most"} and len(subject.split()) == 1):
        return None
    if not re.match(r"\s*[\w“\"‘']", rest) or re.match(r"\s*(?:so|about|of)\b", rest):
        return None  # "He thinks so.", "She knows about it."
    if verb in _AS_VERBS and (" as " not in rest or subject.endswith(_POSSESSIVES)):
        return None  # "sees similar benefits", "Trump's views on trade, as ...": no view held
    if verb == "considers" and _NOT_A_VIEW_RE.match(rest):
        return None  # "He considers running", "considers whether to": a deliberation
    if verb[-1] == "s" and _NOUN_NEXT_RE.match(rest):
        return None  # "Health worries have dogged ...", "Peace hopes faded": a noun
    return subject
