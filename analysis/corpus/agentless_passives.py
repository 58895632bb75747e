"""A report with no one behind it: ``It is known that ...``, ``This has been widely read to
suggest ...``.

An agentless passive of knowing or reading with an expletive or demonstrative subject names no
source: nobody is said to know or to read anything; the writer states a fact (``It is known
that the frigate left port without escorts.``), times one (``It is revealed as the envoy
visits Manila ...``) or reports a common reading of a fact in their own voice (``This has
been widely interpreted to mean that voters favour the pact.``). The clause readers would take
*It* or the verb phrase itself (``This has been widely interpreted to``) for a source, and the
learned model promotes such sentences for their *that*.

:func:`agentless_report` tells such an opening apart. Its verbs are those of knowing, revealing
and reading only: ``It is said that``, ``It was reported that``, ``It is believed that`` and
``It is expected to`` stay reported (PolNeAR credits an unnamed source with them), and a
passive with its agent (``It is known by ...``) is not agentless.
"""

from __future__ import annotations

import re

_AGENTLESS_RE = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Now|Still|However),?\s+(?=[a-z])"
    r"|[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+(?=[a-z]))?(?:[Ii]t|[Tt]his|[Tt]hat)"
    r"(?:\s+(?:is|was|has\s+been|had\s+been|have\s+been|(?:can|could|may|might|should|"
    r"would|must)\s+be)|[’']s)\s+"
    r"(?:(?:widely|generally|commonly|now|also|already|well|largely|often|broadly|"
    r"increasingly)\s+){0,2}"
    r"(?:known|revealed|understood|interpreted|assumed|seen|viewed|read|taken)\s+"
    r"(?:that|as|to)\b")
"""An expletive or demonstrative subject (after a conjunction or a short fronted phrase and
its comma: ``For instance, it's ...``), a passive of knowing, revealing or reading (``is``,
``was``, ``has been``, a modal's ``can be``, or contracted: ``it's``, ``it’s``), and *that*,
*as* or *to* after it."""

SUBJECTS = frozenset({"it", "this", "that", "it's", "it’s"})
"""The subjects of such an opening, as a clause reader may take them for a source."""


def agentless_report(sentence: str) -> bool:
    """Whether ``sentence`` opens with an agentless passive of knowing, revealing or reading
    after *It*, *This* or *That* (module docstring)."""
    return _AGENTLESS_RE.match(sentence) is not None
