"""Words a name run holds that chunking would cut it at: a number word, a furniture word and
a name suffix.

Chunks are cut at stop words, at words of transcript furniture and light nouns, and after an
abbreviation's period, and a name is never longer than the chunk it stands in, so such a
word inside a name used to cut it in two:

* a capitalised number word (a stop word: "three", "twenty", "one", the ordinals "first",
  "third") inside a sentence, right after or before a proper noun, or after an inner "of"
  that follows one: "ASEAN Plus Three", "Group of Twenty", "Air Force One", "the Five
  Eyes", "America First" (:func:`name_numbers`); written capitalised in the middle of a
  sentence, a number word is part of the name beside it;
* a capitalised word of transcript furniture or a light noun between two proper nouns:
  "South China Morning Post" ("morning" is furniture: "good morning"), "Good Morning
  America";
* a name suffix with its period ("Jr.", "Sr.") followed by a capitalised word that the text
  capitalises nowhere else, the head of what the person's name names: "JFK Jr. Forum",
  "Martin Luther King Jr. Day" (:func:`join_name_suffixes`; the test on the next word is the
  one :func:`analysis.metrics.keyphrase_roles.join_initialisms` makes after "U.S.", so "...
  said Ken Griffey Jr. Seoul ..." stays cut).

Both are applied by :func:`analysis.metrics.keyphrase_candidates.candidates`: the suffix
before the names are found (the suffix is shown with its period, as a middle initial is),
the number words after them.
"""

from __future__ import annotations

from itertools import compress, count
from typing import Any

from .keyphrase_names import ORGANISATION_HEADS, ROLE_NOUNS
from .keyphrase_roles import merge_joined_chunks
from .keyphrase_tokens import keyphrase_stopwords

NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred""".split())
"""Number words that may stand inside a name ("Group of Seven", "ASEAN Plus Three")."""
ORDINAL_WORDS = frozenset("""first second third fourth fifth sixth seventh eighth ninth
    tenth""".split())
"""Ordinal words that may stand inside a name ("America First", "Third Fleet"); before a
title they are the title's ("First Lady", "First Vice Foreign Minister";
:func:`ordinal_title`)."""
NAME_PARTICLES = frozenset("""de van von der den da di del della du dos das bin ibn al el
    ter""".split())
"""Lower-case particles inside a person's name ("Charles de Gaulle", "Ursula von der Leyen",
"Mohammed bin Salman")."""
NAME_SUFFIXES = frozenset({"jr", "sr"})
"""Suffixes of a person's name written with a period ("Jr.", "Sr.")."""
NAMED_HEADS = ORGANISATION_HEADS | frozenset("""forum day award prize memorial library museum
    hall center centre stadium arena airport bridge highway boulevard avenue street park
    building lecture lectures scholarship fellowship chair professorship""".split())
"""Heads of the names of things named after a person ("JFK Jr. Forum", "King Jr. Day")."""


def name_numbers(tk: Any) -> set[int]:
    """The capitalised words of ``tk`` (the columns of
    :class:`analysis.metrics.keyphrase_names.Tokens`, proper nouns found) that break chunks
    but stand inside a name, in a sentence outside a title-case line: a number word
    (:data:`NUMBER_WORDS`, :data:`ORDINAL_WORDS`) one space from a proper noun before or after
    it ("ASEAN Plus Three", "Five Eyes", "America First", "Third World"; a chunk's word, not
    "Over Fifty and Fit"; an ordinal opening a title joins nothing after it,
    :func:`ordinal_title`) or after an inner "of"
    that follows one ("Group of Twenty", with that "of"), and a word of transcript furniture
    or a light noun (no stop word) between two proper nouns ("South China Morning Post").
    They are made proper nouns, and the indices returned are the tokens that join chunks
    (:func:`join_chunks`)."""
    los, proper, adjacent, caps, breaks = tk.los, tk.proper, tk.adjacent, tk.caps, tk.breaks
    n = len(los)
    stop = keyphrase_stopwords()
    out: set[int] = set()
    for i in [i for i in tk.capitals if breaks[i] and not (tk.initial[i] or tk.title[i])]:
        lo = los[i]
        number = lo in NUMBER_WORDS or lo in ORDINAL_WORDS
        if not number and lo in stop:
            continue
        before = (i > 0 and adjacent[i - 1] and proper[i - 1] and not breaks[i - 1]
                  and not tk.possessive[i - 1])
        after = (i + 1 < n and adjacent[i] and proper[i + 1] and caps[i + 1]
                 and not breaks[i + 1] and not (lo in ORDINAL_WORDS and ordinal_title(tk, i)))
        linked = (number and i > 1 and los[i - 1] == "of" and adjacent[i - 1]
                  and adjacent[i - 2] and proper[i - 2] and caps[i - 2]
                  and not tk.possessive[i - 2])
        if before and after or number and (before or after or linked):
            out.add(i)
            if linked:
                out.add(i - 1)
    out |= name_particles(tk)
    for i in out:
        proper[i] = True
    return out


def ordinal_title(tk: Any, i: int) -> bool:
    """Whether the ordinal at token ``i`` opens a title rather than a name: the word after it
    is a title or role noun ("First Lady", "First Secretary"), or more capitalised words
    follow that one ("First Deputy Foreign Minister Park ..."): only "Ordinal Name" joins
    ("Third Fleet", "Third World debt")."""
    los, proper, caps = tk.los, tk.proper, tk.caps
    return los[i + 1] in ROLE_NOUNS or (i + 2 < len(los) and tk.adjacent[i + 1]
                                        and proper[i + 2] and caps[i + 2])


def name_particles(tk: Any) -> set[int]:
    """The lower-case :data:`NAME_PARTICLES` of ``tk``, one or two, between two capitalised
    proper nouns, one space apart ("Charles de Gaulle", "Ursula von der Leyen")."""
    los, proper, adjacent, caps = tk.los, tk.proper, tk.adjacent, tk.caps
    n = len(los)
    out: set[int] = set()
    for i in compress(count(), map(NAME_PARTICLES.__contains__, los)):
        if not 0 < i < n - 1 or caps[i] or not proper[i - 1] or not caps[i - 1]:
            continue
        j = i + 1 if los[i + 1] in NAME_PARTICLES and not caps[i + 1] else i
        if (j + 1 < n and caps[j + 1] and proper[j + 1] and all(adjacent[i - 1:j + 1])
                and not tk.possessive[i - 1]):
            out.update(range(i, j + 1))
    return out


def join_chunks(chunks: list[tuple[int, int]], tokens: set[int], adjacent: list[bool]
                ) -> list[tuple[int, int]]:
    """``chunks`` (``[start, end)`` token ranges) with each of ``tokens`` put in: a token
    joins the chunk that ends right before it and the one that starts right after it, where
    one space separates them (``adjacent``)."""
    if not tokens:
        return chunks
    items = sorted(set(chunks) | {(i, i + 1) for i in tokens})
    out: list[tuple[int, int]] = []
    for a, b in items:
        if out and out[-1][1] > a:  # a token already inside a chunk
            out[-1] = (out[-1][0], max(out[-1][1], b))
        elif out and out[-1][1] == a and adjacent[a - 1] and (a in tokens or a - 1 in tokens):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def join_name_suffixes(scan: Any, tk: Any) -> None:
    """Let a name go on past a name suffix's period ("JFK Jr. Forum"): where a capitalised
    :data:`NAME_SUFFIXES` word right after a capitalised word is followed by ". " and a
    capitalised word of :data:`NAMED_HEADS`, the two tokens are made adjacent in ``tk``, their
    chunks of ``scan`` joined (in place) and the suffix shown with its period (it is put with
    the middle initials, ``tk.initials``). Run before the names are found."""
    los, caps, gaps = tk.los, tk.caps, scan.gaps
    n = len(los)
    joins = {i + 1 for i in tk.capitals_in(NAME_SUFFIXES)
             if 0 < i and i + 1 < n and gaps[i] == " " and caps[i - 1] and gaps[i + 1] == ". "
             and caps[i + 1] and los[i + 1] in NAMED_HEADS}
    if not joins:
        return
    for i in sorted(joins):
        tk.adjacent[i - 1] = True
        tk.initials.append(i - 1)
    merge_joined_chunks(scan, joins)
