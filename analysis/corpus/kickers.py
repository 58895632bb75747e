"""Kicker lines: the teasers that link a story to another (``WATCH: ...``, ``READ MORE: ...``,
``Related: ...``). The line after the rubric is another story's headline, not words of this
one's sources, so :mod:`analysis.corpus.quotes` reads the paragraph as the writer's and never
attributes it, however the headline is worded (``WATCH: “We will respond,” Biden says``), as it
reads a headline. The rubric is no speaker label either (:mod:`.paragraph_labels`).
"""

from __future__ import annotations

import re
from functools import lru_cache

KICKER_RE = re.compile(r"[\[(]?(?:watch|listen|read more|read also|also read|read|more|related"
                       r"(?: stories| story| articles?| coverage| content)?|see also|"
                       r"recommended|suggested|video|photos?|more on this|don't miss|"
                       r"editor's picks?|top stories|trending)\s*[\])]?\s*[:|»>]\s*\S",
                       re.IGNORECASE)
"""A teaser rubric opening a paragraph, then the teased headline."""


@lru_cache(maxsize=256)
def is_kicker(text: str, paragraph_start: int) -> bool:
    """Whether the paragraph that starts at ``text[paragraph_start]`` is a kicker line
    (:data:`KICKER_RE`). Cached: the attribution asks once per sentence of a paragraph (a
    string's hash is kept, so the look-up costs no pass over ``text``)."""
    return KICKER_RE.match(text, paragraph_start) is not None
