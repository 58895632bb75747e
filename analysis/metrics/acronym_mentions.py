"""A name and its acronym in parentheses are one mention.

Official texts, wire copy and KCNA reports introduce an acronym right after the name it stands
for: "the Republic of Korea (ROK)", "the Joint Chiefs of Staff (JCS)", "the Korean Central News
Agency (KCNA)". The parenthesised form repeats the name, it does not mention the actor again:
:func:`merge_parenthesised` keeps the name's mention and drops the one in parentheses when
both are the same actor. A later bare "ROK" is a mention of its own.
"""

from __future__ import annotations

import re

Mention = tuple[int, int, str, str]

_OPEN_RE = re.compile(r"[ \t]*\(")
_CLOSE_RE = re.compile(r"\)")


def merge_parenthesised(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` (sorted mentions of ``text``) without every mention that stands alone in
    parentheses right after a mention of the same actor ("Republic of Korea (ROK)")."""
    out: list[Mention] = []
    for s, e, name, alias in found:
        prev = out[-1] if out else None
        if (prev is not None and prev[2] == name
                and _OPEN_RE.fullmatch(text, prev[1], s) is not None
                and _CLOSE_RE.match(text, e) is not None):
            continue
        out.append((s, e, name, alias))
    return out
