"""Guards on the supervised frame model's additions (guide rules 1 and 9).

The model (:mod:`.frame_model`) reads words, not roles. In the team sets most sentences that
name North Korea are about its weapons, so *North* and *North Korean* carry much of the model's
``threat`` weight; in a short sentence whose only other words are a meeting, the name alone
lifts ``threat`` over the threshold (*Moon met his North Korean counterpart*: p 0.84, of which
the name is most of the margin). When the lexicon has read North Korea as the **counterpart**
of an engagement word (talks, dialogue, a counterpart: the sentence is engagement with the
North, rule 9) and found no ``threat`` cue, the North is named as the party talked to, not as
a danger (rule 1: a frame needs its own words). :func:`counterpart_threat` then asks the
model again with the North's names blanked, and the model's ``threat`` is the lower of the two
probabilities: the frame stays when the rest of the sentence carries it (*met his North Korean
counterpart as missiles flew overhead*), not when the counterpart's name does.

Words the lexicon read in another sense (guide rules 42, 106-108: *the Shangri-La Dialogue*,
*a trilateral summit* as the event, *the Security Consultative Meeting* by its name alone, *a
commitment to the principles of the UN Charter*) count toward no frame, and
:func:`other_sense_guard` keeps the model from counting them again: each frame's probability is
the lower of the sentence's and that of the sentence with those words blanked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .frame_lexicon import FrameLexicon
from .lexicon import tokens

COUNTERPART_RULE = "counterpart:north_korea"
"""The rule of a cue whose counterpart the lexicon read as North Korea (diplomacy)."""


def north_korea_blanked(text: str, lexicon: FrameLexicon) -> str:
    """``text`` with every mention of North Korea of the lexicon's counterpart table (*North
    Korea*, *Pyongyang*, *the North*, *Kim Jong Un*...) replaced by spaces."""
    toks = tokens(text)
    chars = list(text)
    for i, j, pat in lexicon.counterpart_table.scan(text, toks):
        if pat.payload[0].get("name") == "north_korea":
            chars[toks[i].start:toks[j - 1].end] = " " * (toks[j - 1].end - toks[i].start)
    return "".join(chars)


def counterpart_threat(text: str, cues: Sequence[Any], probabilities: Mapping[str, float],
                       lexicon: FrameLexicon, model: Any) -> dict[str, float]:
    """The model's ``probabilities`` for ``text`` with ``threat`` guarded (module docstring):
    when a cue of ``cues`` has North Korea as its counterpart and none counts toward
    ``threat``, ``threat`` is the lower of its probability and that of the text with North
    Korea's names blanked (:func:`north_korea_blanked`). Otherwise unchanged."""
    out = dict(probabilities)
    if not any(c.rule == COUNTERPART_RULE for c in cues) or any(
            c.frame == "threat" for c in cues):
        return out
    blanked = model.probabilities(north_korea_blanked(text, lexicon))["threat"]
    out["threat"] = min(out["threat"], blanked)
    return out


OTHER_SENSE_RULE = "other sense"
"""The start of the rule of a cue the lexicon read in another sense (:mod:`.frame_senses`)."""


def other_sense_guard(text: str, cues: Sequence[Any], probabilities: Mapping[str, float],
                      model: Any) -> dict[str, float]:
    """The model's ``probabilities`` for ``text`` with the words of the cues of ``cues`` read in
    another sense blanked (module docstring): each frame keeps the lower of its probability and
    that of the blanked text. Unchanged when no cue was read in another sense."""
    out = dict(probabilities)
    spans = [(c.start, c.end) for c in cues if c.rule.startswith(OTHER_SENSE_RULE)]
    if not spans:
        return out
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    blanked = model.sentence_probabilities("".join(chars))
    if blanked is None:
        return out
    return {frame: min(p, blanked[frame]) for frame, p in out.items()}
