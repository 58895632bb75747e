"""A party named as the doer after *by* is no counterpart of engagement (guide rule 143).

Engagement words (*cooperation*, *dialogue*, *conferring*) take their frame from the party
they are held with (:func:`analysis.metrics.frames` resolves the counterpart among the
parties named near the cue). A party named right after *by* is the agent of something else in
the sentence, not the partner of the engagement: in "Seoul keeps tracking the launches by
Pyongyang in tight coordination with Washington", the coordination is between the allies, not
with Pyongyang
(:func:`counterpart_candidates`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .lexicon import Token

AGENT_MARKERS = frozenset({"by"})
"""Words after which a named party is the agent of an act, not a counterpart."""


def counterpart_candidates(toks: Sequence[Token],
                           mentions: Sequence[tuple[int, int, dict[str, Any]]],
                           spec: Mapping[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """The counterpart mentions (spans ``[ci, cj)`` with their payload) that may be the
    counterpart of the context cue of lexicon entry ``spec``. For an engagement cue (its
    counterpart frame is ``diplomacy``), those not right after an agent marker
    (:data:`AGENT_MARKERS`), an article between allowed (*by the DPRK*); for any other cue
    (a force or act whose owner the North is: *military activities by North Korea*), all."""
    if spec.get("counterpart_frame") != "diplomacy":
        return list(mentions)
    kept = []
    for ci, cj, info in mentions:
        k = ci - 1 if ci > 0 and toks[ci - 1].norm != "the" else ci - 2
        if k < 0 or toks[k].norm not in AGENT_MARKERS:
            kept.append((ci, cj, info))
    return kept
