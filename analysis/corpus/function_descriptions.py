"""The writer's description of what a body or a measure is for.

Explainer text describes a group, a plan or a visit by its purpose or its make-up: ``The council
serves as a standing forum for ...``, ``The panel focuses on joint planning ...`` (in the
present: *focused on* narrates what a speaker dwelt on), ``The forum is intended to give Tokyo a
larger say ...``, ``The body consists of ...``. The subject does not speak in such a sentence:
the verb states what it is or does, and the learned model
(:mod:`analysis.corpus.attribution_model`), which reads the purpose clause like reported
content, may not promote it (:func:`describes_a_function`, one of the checks of
:func:`analysis.corpus.voice_vetoes.writer_narration`).

Only a short opening subject without a comma counts (at most six words), so that a reporting
clause before it (``Officials say the body is tasked with ...``) still reports; *aimed at* is
left out, since it also carries a text's claims (``The plan is aimed at ...`` in a relayed
article).
"""

from __future__ import annotations

import re

_NOT_SUBJECT = (r"(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|"
                r"may|might|must|should|to|that|who|which|for|its|their|his|her|not)\b")
"""Words that end a subject: an auxiliary, *to*, a relative or a possessive (``Some have urged
X to ...``, ``The group is known for its ...``)."""
_FUNCTION_RE = re.compile(
    r"(?:The|A|An|This|That|Its|Their|[A-Z][\w.-]*)"
    r"(?:\s+(?!" + _NOT_SUBJECT + r")[\w’'.-]+){0,5}?\s+"
    r"(?:(?:also|mainly|primarily|chiefly|largely|will|would|is\s+to)\s+)?"
    r"(?:serves?\s+as|served\s+as|serving\s+as|functions?\s+as|focuses\s+on|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:intended|designed|meant)\s+to|"
    r"(?:is|are|was|were)\s+tasked\s+with|consists?\s+of|comprises?|(?:is|are)\s+made\s+up\s+of)"
    r"\b")
_REPORTING_RE = re.compile(r"\b(?:says?|said|told|according|claims?|believes?|argues?)\b")


def describes_a_function(sentence: str) -> bool:
    """Whether ``sentence`` opens with a short subject and a verb of purpose or make-up
    (module docstring), with no reporting word before that verb."""
    m = _FUNCTION_RE.match(sentence.lstrip())
    return m is not None and "," not in m.group(0) and _REPORTING_RE.search(m.group(0)) is None
