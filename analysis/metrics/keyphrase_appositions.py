"""A common noun before a name of several words is in apposition to it, no part of it.

"the aircraft carrier Carl Vinson", "the think tank Asan Institute", "the pop group Black
Pink": a lower-case noun right before a capitalised name of two words or more describes the
name, and a span joining them ("carrier Carl Vinson") is neither the name nor a phrase of the
text's own. :func:`descriptor_starts` finds such names; :func:`drop_crossing` removes every
candidate span that runs from before one of them into it, so the name is a candidate whole
(and no longer dropped as nested in the longer span, "designer Alice Temperley" giving
"Alice Temperley") and the noun phrase before it ends at the noun ("aircraft carrier"). The
chunk itself is kept: a phrase before the name is still read as the name's modifier (so
"US designer" does not take the place of "designer"). Starting a new chunk at the name
instead, as after a listed role noun (:data:`analysis.metrics.keyphrase_names.ROLE_NOUNS`:
"leader Kim Jong-un"), cost KPCrowd dev 0.08 F1@10 (``docs/benchmarks.md``). A one-word name
stays joined ("battleship Wisconsin", "hurricane Gilbert": the lower-case noun may be part of
how the text names it), and so does a name after a lower-case adjective or any word the
tagger does not call a noun ("northern South Korea" is left to the tagger's noun-phrase
rules). A name right before a word the tagger calls a noun modifies that noun and is no
name in apposition ("on the peninsula alongside South Korean soldiers", where the tagger reads
"alongside" as a noun, keeps its spans). Without the tagger any lower-case word before the
name counts as a noun, and the word after it is not read.

:func:`analysis.metrics.keyphrase_candidates.candidates` filters its spans with them.
"""

from __future__ import annotations

from typing import Any

DESCRIPTORS = True  # no span joins a common noun and the name of several words after it


def descriptor_starts(tk: Any) -> set[int]:
    """Indices of the tokens of ``tk`` (:class:`analysis.metrics.keyphrase_names.Tokens`, its
    ``proper`` filled) where a name of two words or more starts right after a lower-case noun
    (one space between, no possessive, no chunk break, no digit) and, with the tagger, is not
    followed by a noun: no candidate span crosses into the name (module docstring)."""
    if not DESCRIPTORS:
        return set()
    los, proper, caps, adjacent, breaks = tk.los, tk.proper, tk.caps, tk.adjacent, tk.breaks
    tags = tk.tags
    upos = tk.tag_set.upos if tags is not None else ()
    n = len(los)
    out = set()
    for i in tk.capitals:
        p = i - 1
        if (0 < i < n - 1 and proper[i] and proper[i + 1] and adjacent[i] and adjacent[p]
                and not proper[p] and not caps[p] and not breaks[p] and not tk.possessive[p]
                and los[p].isalpha() and (tags is None or upos[tags[p]] == "NOUN")):
            j = i + 2
            while j < n and proper[j] and adjacent[j - 1]:
                j += 1
            if tags is None or not (j < n and adjacent[j - 1] and not caps[j]
                                    and not breaks[j] and upos[tags[j]] == "NOUN"):
                out.add(i)  # (a name before a noun modifies it: "alongside South Korean allies")
    return out


def drop_crossing(spans: list[Any], starts: set[int]) -> list[Any]:
    """``spans`` (candidate occurrences ``(key, form, first, last, ...)``) without those that
    start before one of the names starting at ``starts`` (:func:`descriptor_starts`) and end
    inside it: "carrier Carl Vinson" and "aircraft carrier Carl Vinson" go, "aircraft
    carrier", "carrier" and "Carl Vinson" stay."""
    if not starts:
        return spans
    return [s for s in spans if s[2] == s[3] or starts.isdisjoint(range(s[2] + 1, s[3] + 1))]
