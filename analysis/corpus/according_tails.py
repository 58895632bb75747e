"""A closing *according to X* after a clause that already names its own channel: X is where
the writer read the words, not whose words they are.

``..., the minister said in a statement, according to the Daily Mail.`` and ``..., state media
reported, according to Barron's.`` relay a statement that was published before the outlet
picked it up: the labelling rules of ``data/voices_README.md`` give such a sentence to the inner
source (the minister), as they give ``Kang said, according to KCNA`` to Kang.
:func:`relays_a_published_clause` tells these apart from a bare ``..., the judge said,
according to the Post.``, where the outlet is the only witness of the words and keeps them
(as PolNeAR credits them).
"""

from __future__ import annotations

import re

from .sources import is_relay

_TRAILING_ACCORDING_RE = re.compile(r",\s*(?:according\s+to|as\s+per|per)\s+[^,;:]{2,60}$")
"""An *according to* phrase that closes a sentence after a comma."""
_CHANNEL_RE = re.compile(
    r"\b(?:in|through|via)\s+(?:an?|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|release|commentary|message|letter|briefing|interview|speech|post|"
    r"address|communiqu[eé]|report)\b[^,]{0,40}$")
"""A channel named at the end of the clause before (``said in a statement``)."""
_RELAY_CLAUSE_RE = re.compile(r",\s*((?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:reported|said|"
                              r"reports|says|announced)\s*$")
"""A relay's own trailing clause before (``..., state media reported``)."""


def relays_a_published_clause(outside: str) -> bool:
    """Whether ``outside`` (a sentence, quotations blanked) closes with *according to X*
    after a clause that names its own channel: a statement, a speech, an interview, or a
    relay's clause (``state media reported``)."""
    m = _TRAILING_ACCORDING_RE.search(outside)
    if not m:
        return False
    before = outside[:m.start()].rstrip()
    if _CHANNEL_RE.search(before):
        return True
    relay = _RELAY_CLAUSE_RE.search(before)
    return bool(relay and is_relay(relay.group(1)))
