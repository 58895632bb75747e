"""A body's quotation that paraphrases a person: ``“He stressed that ...,” the office said.``

A presidential office, a ministry or a news agency often gives what a leader said in its own
words, and the quotation then opens with the person and a reporting verb (``“He stressed that
...,” the presidential office said``; ``“More than anything, she said this must ...,” it
added``). The words are the person's, not the body's (``data/voices_README.md``: with two
sources, the inner one). :func:`paraphrased_person` finds the pronoun *he* or *she* with a
reporting verb at the opening of the sentence's first quotation (after at most one fronted
phrase ending in a comma) when the reporting clause names a body (a head noun of an
organisation, a relay, or *it*); the pronoun is then the sentence's source, resolved to the last
person named as any other pronoun source is. A person's own quotation (``“He said no,” Park
said``) is left alone: that is Park's account.
"""

from __future__ import annotations

import re

from .sources import is_relay
from .speakers import ORG_ROLES

_OPENING_RE = re.compile(
    r"^[\s“\"‘']*(?:[^,;:“”\"]{1,60},\s*)?(?P<pronoun>[Hh]e|[Ss]he)\s+(?:also\s+|then\s+)?"
    r"(?:said|stressed|emphasized|emphasised|noted|added|urged|told|explained|pointed\s+out|"
    r"underscored|underlined|highlighted|asked|called|warned|expressed|reiterated|instructed|"
    r"ordered|vowed|pledged)\b")
"""A quotation opening with *he* or *she* and a reporting verb, after at most one fronted
phrase (``More than anything, he said``)."""


def _is_body(raw: str) -> bool:
    """Whether the reporting clause's source ``raw`` is a body, not a person."""
    words = raw.lower().split()
    return bool(words) and (words == ["it"] or words[-1] in ORG_ROLES or is_relay(raw))


def paraphrased_person(text: str, spans: list[tuple[int, int]], raw: str | None) -> str | None:
    """The pronoun (*he*, *she*) opening the first quotation ``text[spans[0]]`` with a
    reporting verb when ``raw`` names a body (module docstring), else ``None``."""
    if raw is None or not spans or not _is_body(raw):
        return None
    qs, qe = spans[0]
    m = _OPENING_RE.match(text[qs:qe])
    return m.group("pronoun").lower() if m else None
