"""A lead sentence that lost its final stop is no headline when it is long.

A first paragraph without a final stop reads as a headline (:func:`.title_case.is_headline`),
but syndicated and aggregated copy often drops the full stop of a story's lead sentence
(``On Saturday the envoy responded to the new pact, warning that it would bring "danger"``).
Headlines and titles of news coverage are short: in the local sets of real coverage none runs
past 23 words, while leads without a stop run to 30 words and more. A line of more than
:data:`MAX_HEADLINE_WORDS` words is therefore read as a sentence of the story (its voice is then
decided as any other sentence's).
"""

from __future__ import annotations

import re

MAX_HEADLINE_WORDS = 26
"""The most words a line without a final stop may have and still be read as a headline."""

_WORD_RE = re.compile(r"[^\W_]+")


def too_long_for_headline(line: str) -> bool:
    """Whether ``line`` has more than :data:`MAX_HEADLINE_WORDS` words (letters and digits)."""
    return len(_WORD_RE.findall(line)) > MAX_HEADLINE_WORDS
