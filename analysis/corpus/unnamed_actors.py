"""One actor for one unnamed source in a document, whatever form a later sentence names it by.

An unnamed source keeps its own words as actor, with the determiner its sentence writes
(:func:`analysis.corpus.speaker_actors.with_determiner`: ``a senior administration official``).
A later sentence may name the same source otherwise: ``The official, who spoke on condition of
anonymity, said ...`` resolves to the phrase without its determiner (``senior administration
official``), and a sentence may open with the determiner in capitals (``The ministry of defense
condemned ...``). :class:`UnnamedActors` gives such forms one actor per document: the first
form its words took, compared without a leading determiner and without case (``a senior
administration official`` for both sentences above), and a capital determiner written in lower
case (``the ministry of defense``). Named actors (a capitalised first word after the
determiner: ``Asan Institute``, ``The Morning Ledger``) are left as they are.
"""

from __future__ import annotations

import re

_DETERMINER_RE = re.compile(r"^(?P<det>[Aa]n?|[Tt]he|[Ss]ome|[Oo]ne)\s+(?=[a-z])")
"""A leading determiner before a lower-case word (``a senior ...``, ``The ministry ...``)."""


def unnamed_key(actor: str) -> str | None:
    """The key of an unnamed source's actor (lower case, no leading determiner, spaces as
    one), or ``None`` when ``actor`` names someone (its first word after a determiner is
    capitalised, or it is empty)."""
    bare = _DETERMINER_RE.sub("", actor.strip())
    if not bare[:1].islower():
        return None
    return " ".join(bare.lower().split())


class UnnamedActors:
    """The actors of a document's unnamed sources, read in order (module docstring)."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def canonical(self, actor: str | None) -> str | None:
        """The one actor of ``actor``'s unnamed source: its first form in the document, with a
        capital determiner in lower case; a named actor (or ``None``) unchanged."""
        key = unnamed_key(actor) if actor else None
        if key is None:
            return actor
        m = _DETERMINER_RE.match(actor)
        form = (m.group("det").lower() + actor[m.end("det"):]) if m else actor
        return self.first.setdefault(key, form)
