"""A noun before a reduced relative clause: no part of the relative clause's subject.

In "a step officials said would raise tension" the relative clause *officials said* (its
*that* left out) follows *step*, and the chunk "step officials" joins the head noun to the
clause's subject. :func:`reduced_relative_starts` starts a new chunk at the subject: a
lower-case plural noun right after another lower-case word, right before a reporting verb
that a modal or an auxiliary follows ("a move analysts say could prompt sanctions"). A
plural subject whose reporting verb has an object or a clause ("Defense officials said the
launch ...", "defense officials said Tuesday") keeps its modifier.
"""

from __future__ import annotations

from itertools import compress, count
from typing import Any

REDUCED_RELATIVES = True

REPORTING = frozenset({"said", "say", "says", "believe", "believed", "believes", "expect",
                       "expected", "expects", "think", "thought", "thinks", "fear", "feared",
                       "fears", "warn", "warned", "warns", "hope", "hoped", "hopes", "claim",
                       "claimed", "claims", "estimate", "estimated", "estimates"})
"""Reporting and thinking verbs whose subject may head a reduced relative clause."""
FOLLOWERS = frozenset({"would", "could", "will", "can", "may", "might", "should", "must",
                       "was", "were", "is", "are", "had", "has", "have"})
"""Modals and auxiliaries that open the relative clause's own verb right after the reporting
verb (the clause's subject is the noun the relative clause modifies)."""


def reduced_relative_starts(tk: Any) -> set[int]:
    """Indices of the tokens of ``tk`` that are the plural subject of a reduced relative
    clause after a lower-case noun (module docs): each starts a chunk of its own."""
    if not REDUCED_RELATIVES:
        return set()
    los, stems, adjacent, caps, breaks = tk.los, tk.stems, tk.adjacent, tk.caps, tk.breaks
    out = set()
    # the reporting verbs, found by a set look-up per token (few tokens are one)
    for j in compress(count(), map(REPORTING.__contains__, los)):
        if j < 2 or j + 1 >= len(los) or los[j + 1] not in FOLLOWERS:
            continue
        i = j - 1
        if (adjacent[i] and adjacent[j] and adjacent[i - 1] and stems[i] != los[i]
                and not (caps[i] or breaks[i] or caps[i - 1] or breaks[i - 1])
                and los[i].isalpha() and los[i - 1].isalpha()):
            out.add(i)
    return out
