"""A sentence that only says who reported the sentence before it: ``This was reported by the
Financial Times.``, ``This was reported by the AFP agency, citing officials, according to
Interfax.``

Relay coverage (TASS, UNN, Xinhua) closes a report with such a line. Its content is the
sentence before it, already given to its source; the line itself tells an act without content
(the labelling rules of ``data/voices_README.md``: a neutral act), so it is the writer's.
:func:`reports_the_previous` finds it: *This*, *That* or *It*, a passive of reporting
(*was reported*, *has been announced*, *was stated*, *was published*, *was written*), and
*by* or *in* a source, with no *that*-clause, no quotation, and at most twenty-five words.
``It was reported by Yonhap that ...`` gives its content, and stays Yonhap's.
"""

from __future__ import annotations

import re

_RELAY_LINE_RE = re.compile(
    r"\s*(?:This|That|It)\s+(?:was|is|has\s+been|had\s+been)\s+(?:first\s+|also\s+)?"
    r"(?:reported|announced|stated|published|written)\s+(?:by|in)\s+(?P<rest>.+?)\s*$")
_MAX_WORDS = 25


def reports_the_previous(sentence: str) -> bool:
    """Whether ``sentence`` only says who reported the sentence before it (module
    docstring)."""
    if not sentence.lstrip().startswith(("This ", "That ", "It ")):
        return False
    m = _RELAY_LINE_RE.match(sentence)
    if m is None or len(sentence.split()) > _MAX_WORDS:
        return False
    rest = m.group("rest")
    return re.search(r"\bthat\b|[“”\"«»]", rest) is None
