"""A main clause that says someone did not mention, name or address something.

The labelling rules (``data/voices_README.md``) read negated or declined speech as the
writer's: ``The envoys did not directly address "Beijing" or "Moscow", but ...`` and ``Offering
her "reasons for ...", Ms. Choe neglected to mention Mr. Obama by name`` report what was left
unsaid, a claim of the writer's about a statement, not its words. :func:`omits_mention` finds
such a clause; the learned model may not promote a sentence that holds one
(:func:`analysis.corpus.voice_vetoes.writer_narration`). The rules still read a reporting
clause beside it (``..., but said ...``).
"""

from __future__ import annotations

import re

_OMITS_RE = re.compile(
    r"\b(?:(?:did|does|do)\s+not|didn[’']t|doesn[’']t|never|neglected\s+to|failed\s+to|"
    r"omitted\s+to)\s+(?:[a-z]+ly\s+)?(?:mention|mentioned|name|address|refer\s+to|cite)\b")
"""A negated verb of mentioning (``did not directly address``, ``neglected to mention``)."""
_GATE = ("not", "n’t", "n't", "never", "neglected", "failed", "omitted")
"""Every match of :data:`_OMITS_RE` holds one of these (a test before the pattern)."""


def omits_mention(sentence: str) -> bool:
    """Whether ``sentence`` says that someone did not mention, name or address something
    (:data:`_OMITS_RE`)."""
    return any(map(sentence.__contains__, _GATE)) and _OMITS_RE.search(sentence) is not None
