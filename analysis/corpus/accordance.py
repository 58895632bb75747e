"""*According to* a text as the basis of an act, not a source of words.

``The body was set up in 2023 according to the Washington Declaration`` says on what
basis something was done (*in accordance with*), not what the declaration says: nobody's words
are reported. :func:`blank_basis` blanks such a phrase before the reporting clauses are read
(:func:`analysis.corpus.inner_sources.reporting_clause`), so the sentence is the writer's
unless another cue reports. It is read as a basis when *according to* follows a participle of
an act (``established``, ``set up``, ``carried out``; at most three words of time or place
between, ``created in 2023 according to``) and its object ends in a text or a plan noun
(``the declaration``, ``the 2023 accord``, ``the guidelines``), or when its object is *plan*
without an article (``went according to plan``). *According to the declaration, Seoul will
...* (no act before it) still reports the declaration's content.
"""

from __future__ import annotations

import re

BASIS_NOUNS = frozenset("""declaration declarations agreement agreements accord accords treaty
    treaties deal pact law laws act plan plans rules guidelines constitution charter resolution
    resolutions protocol framework roadmap schedule terms statute regulations memorandum
    mandate procedure procedures principles decision decree order directive""".split())
"""Heads of the object of *according to* that a thing can be done in accordance with."""

_ACT_PARTICIPLE = (r"(?:[a-z]+ed|set\s+up|set|built|made|held|run|drawn\s+up|laid\s+out|"
                   r"carried\s+out|written|done|taken|given|chosen|undertaken)")
_BASIS_RE = re.compile(
    r"\b" + _ACT_PARTICIPLE + r"(?:\s+[\w-]+){0,3}?\s+(according\s+to\s+(?:the|a|an|its|their|"
    r"this|that)\s+(?P<object>(?:[\w’'-]+\s+){0,4}[\w’'-]+))"
    r"|\b(according\s+to\s+plan)\b")
"""A participle of an act, then *according to* and the words of its object."""
_OBJECT_ENDS = frozenset("of by from".split())


def _basis_length(words: list[str]) -> int:
    """The number of words of an object of *according to* up to its head when the head is a
    basis noun (:data:`BASIS_NOUNS`, not before *of*, *by* or *from*), else 0."""
    for n, word in enumerate(words):
        if word.lower() in BASIS_NOUNS and (n + 1 == len(words) or
                                            words[n + 1].lower() not in _OBJECT_ENDS):
            return n + 1
    return 0


def blank_basis(outside: str) -> str:
    """``outside`` (a sentence with its quotations blanked) with each *according to* phrase
    of a basis (module docstring) replaced by spaces, offsets kept."""
    if "ccording to" not in outside:
        return outside
    for m in _BASIS_RE.finditer(outside):
        if m.group(1) is None:
            s, e = m.span(3)  # "according to plan"
        else:
            words = m.group("object").split()
            n = _basis_length(words)
            if not n:
                continue
            s = m.start(1)
            e = m.start("object") + len(" ".join(words[:n]))  # one space apart, as matched
        outside = outside[:s] + " " * (e - s) + outside[e:]
    return outside
