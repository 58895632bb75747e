"""Sentences whose verb of saying or thinking reports nobody else: the writer's own stance, a
definition, and a possessive before a participle used as an adjective.

* The writer's own first person arguing outside any quotation (``I argue Seoul should change
  its doctrine.``, ``We would contend that ...``, ``I am arguing that ...``, ``As I wrote last
  year, ...``, ``I am not saying this to blame one side``), or making a statement's own
  demands (``We urge the DPRK to ...``, ``We call for an end to ...``, ``We reiterate ...``)
  is the writer's claim (:func:`own_stance`), and so is the text's own (``This paper argues
  that ...``); a transcript turn is read by its label and a
  quotation by its speaker before this is asked, so only the article's own *I* or *we* is
  left. Verbs of knowing or believing (``I think``, ``we know``) are not among its verbs.
* A term defined by what it *refers to* (``The practice refers to the navy's patrols.``) is
  the writer's gloss: a thing with no voice as subject and no ``as`` after it
  (:func:`defines_a_term`); ``Kim referred to the drills as a rehearsal`` stays a report, and
  ``He was referring to the ability of the US military ...`` is the writer's gloss too.
* A participle between a possessive and its noun (``The DPRK's stated doctrine``, ``Seoul's
  announced plan``, ``its declared policy``) modifies the noun: it is no reporting verb, and
  the possessor is no source (:func:`blank_attributive_participles`).
"""

from __future__ import annotations

import re

from .literal_sets import AnyOf
from .speakers import ORG_NAME_HEADS, PERSON_ROLES

_OPENER = r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+|(?:And|But|Yet|So)\s+)?"
"""A short fronted phrase and its comma (``For instance, ``, ``In short, ``) or a
conjunction, before the subject."""
_STANCE_RE = re.compile(
    r"\W*" + _OPENER + r"(?:I|[Ww]e)\s+(?:(?:would|must|do|also|therefore|thus|here|further|"
    r"strongly|respectfully)\s+){0,2}(?:argue|contend|submit|maintain|posit|propose|"
    r"ask\s+(?:whether|why|how)|urge|reiterate|reaffirm|condemn|welcome|warn|demand|"
    r"call\s+(?:on|upon|for))\b"
    r"|\W*" + _OPENER + r"(?:I|[Ww]e)\s*(?:am|are|[’']m|[’']re|(?:have|[’']ve)(?:\s+been)?)"
    r"\s+(?:(?:long|also|often|always|repeatedly|consistently|previously|here)\s+){0,2}"
    r"(?:arguing|argued|contending|contended|maintaining|maintained|proposing|proposed)\b"
    r"|\W*" + _OPENER + r"(?:I|[Ww]e)\s*(?:am|are|[’']m|[’']re)\s+not\s+(?:saying|arguing|"
    r"suggesting|claiming)\b"
    r"|\W*(?:As|Like)\s+(?:I|we)\s+(?:(?:have|[’']ve|had)\s+)?(?:(?:long|often|already)\s+)?"
    r"(?:argued|wrote|written|noted|suggested|contended|pointed\s+out|said|told)\b"
    r"|\W*(?:This|In\s+this)\s+(?:paper|article|essay|chapter|column|brief)"
    r"\s*,?\s+(?:(?:also|further|then|therefore)\s+)?(?:argues|contends|proposes|suggests|"
    r"examines|explores|finds|concludes|maintains|we|I)\b")
"""The writer's *I* or *we* with a verb of arguing (``I argue``, ``I am arguing``, ``we have
long argued``, ``we ask whether``), or a denial of saying, at the head of the sentence, or an
opener that recalls the writer's own earlier words (``As I wrote last year, ...``, ``Like I
said, ...``), or the text itself as the one arguing (``This paper argues ...``, ``In this
article, we ...``: an abstract's or a column's own claim)."""


_QUOTE_MARKS = ("“", "”", '"', "''", "``")
"""Double quotation marks, typed or doubled (``''...''`` in some wire archives)."""


def own_stance(sentence: str) -> bool:
    """Whether ``sentence`` opens with the writer's first person arguing or denying that it
    says something (module docstring). A sentence with a quotation mark anywhere is left to
    the quotation readers: its *I* may be a speaker's."""
    if any(map(sentence.__contains__, _QUOTE_MARKS)):
        return False
    return _STANCE_RE.match(sentence) is not None


_DEFINITION_RE = re.compile(
    r"\W*(?:The|This|That|These|Those|Such|Its|Their)\s+((?:[“\"‘'][^”\"’']{1,40}[”\"’']\s+|"
    r"[a-z][\w-]*\s+){1,4}?)(?:also\s+|simply\s+|generally\s+|usually\s+)?"
    r"(?:refers|refer)\s+to\b(?![^.;]*\bas\b)")
"""A determiner, up to four lower-case words or a quoted term, and *refers to* without an
``as`` complement."""
_VOICED = PERSON_ROLES | ORG_NAME_HEADS | frozenset("""ministry ministries government
    administration agency spokesperson spokesman spokeswoman official officials leader
    leaders statement statements report reports article commentary editorial""".split())
"""Heads that name someone who speaks (or a text that does): ``The ministry referred to
...`` and ``The statement refers to ...`` stay reports."""


_GLOSS_RE = re.compile(r"\W*(?:[A-Z][\w’'-]*\s+){1,3}(?:was|were|is|are)\s+(?:apparently\s+|"
                       r"clearly\s+|likely\s+|probably\s+)?referring\s+to\b(?![^.;]*\bas\b)")
"""*He was referring to ...* (no ``as`` after): the writer's gloss of what someone meant."""


def defines_a_term(sentence: str) -> bool:
    """Whether ``sentence`` defines a term by what it refers to (module docstring), or glosses
    what someone meant (``He was referring to the ability of the US military ...``)."""
    if "refer" not in sentence:
        return False
    if _GLOSS_RE.match(sentence):
        return True
    m = _DEFINITION_RE.match(sentence)
    if m is None:
        return False
    head = m.group(1).split()[-1].strip("“\"‘'”’").lower()
    return head not in _VOICED


_PARTICIPLES = ("stated", "announced", "declared", "reported", "proclaimed", "professed", "added",
                "avowed", "claimed", "alleged", "pledged", "promised", "publicized", "touted",
                "threatened", "vowed")
_HAS_PARTICIPLE = AnyOf(_PARTICIPLES)
_ATTRIBUTIVE_RE = re.compile(
    r"(?:(?<![Hh]e)(?<![Ss]he)(?<![Ii]t)(?<![Tt]hat)(?<![Tt]here)(?<![Ww]hat)(?<![Ww]ho)"
    r"(?<![Ww]here)(?<![Hh]ere)(?<![Tt]his)[’']s"
    r"|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our))\s+(?:[a-z]+ly\s+)?"
    r"(" + "|".join(_PARTICIPLES) + r")\s+(?!(?:that|to|the|a|an|this|these|those|it|on|in|"
    r"at|by|with|for|from|he|she|they|we|his|her|its|their|our|what|how|why|whether|plans)\b)"
    r"(?![a-z]+ly\b)[a-z][\w-]*")
"""A possessive (not a contracted *is* or *has* after a pronoun), a participle (after an adverb
or not: ``North Korea's officially stated doctrine``), and a
lower-case word that is neither a clause's opener, a preposition nor an adverb: the noun it
modifies (``plans`` is left out: ``Seoul's announced plans to`` may be *Seoul has announced*)."""


def blank_attributive_participles(outside: str) -> str:
    """``outside`` with each participle used as an adjective after a possessive blanked
    (offsets kept), so the reporting-clause reader passes over it (``The DPRK's stated
    doctrine ..., the article warned``: the article's)."""
    if not _HAS_PARTICIPLE(outside):
        return outside
    return _ATTRIBUTIVE_RE.sub(lambda m: m.group(0)[:m.start(1) - m.start()] +
                               " " * len(m.group(1)) + m.group(0)[m.end(1) - m.start():],
                               outside)
