"""*As X put it, "..."*: a quotation introduced by the writer's *as* clause is X's words.

``put it`` is no reporting verb of :mod:`analysis.corpus.cues` (*put* is mostly an act: *put
pressure on*, *put the plan on hold*), so a quotation introduced this way took no speaker, or the
last speaker of the story. Used by :mod:`analysis.corpus.quotes` for the speaker of a sentence
that is at least half quotation and has no reporting clause of its own; it changes no reading
(a shorter quotation after a longer clause, *As one former official put it to me, "..."*, stays
the writer's sentence unless the model promotes it).
"""

from __future__ import annotations

import re

_AS_PUT_IT_RE = re.compile(
    r"(?:^|(?<=[\s,(—–-]))[Aa]s\s+([^;:“”\"()]{1,120}?)\s+(?:(?:once|has|had|later|recently|"
    r"memorably|aptly|bluntly|so)\s+)?(?:put|puts)\s+it\b")


def put_it_source(outside: str) -> str | None:
    """The source X of ``As X put it`` (``As one former U.S. official put it to me``, ``as he
    puts it``, ``As Park, a senior fellow at the Asan Institute, put it``: ``Park``) in the
    text of a sentence outside its quotation marks, an appositive after a comma left out;
    ``None`` when there is no such clause (``to put it mildly``, ``let me put it this way``)."""
    if " it" not in outside:
        return None
    m = _AS_PUT_IT_RE.search(outside)
    if m is None:
        return None
    source = m.group(1).split(",")[0].strip()
    return source or None
