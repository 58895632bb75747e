"""Pieces of a sentence that are no keyphrase: a title, and verbs read as nouns or adjectives.

* :func:`drop_lone_titles`: a capitalised title word that stands alone ("Secretary" cut from
  "Secretary Blinken", "Coordinator" in "Jane Roe, Coordinator for Arms Control", "the two
  Presidents"), or ends a capitalised name ("NSC Coordinator" before the name it qualifies),
  names a role, not what the article is about, and is no candidate (a lower-case phrase
  holding it may be: "deputy defense minister").
* :func:`inverted_reporting`: a reporting verb after a comma or a quotation and before a name
  (", reports Yonhap", "... ,” said Kim") is a verb: "reports Yonhap" is no candidate.
* :func:`bare_verbs`: after a causative or perception verb and its plural object, a
  lower-case word before a preposition or determiner is a bare infinitive, the object's verb
  ("plans to have U.S. destroyers dock at Busan", "let allies meet in Seoul"), and is in no
  candidate, so "destroyers dock" is none.

:func:`past_tense_verb` tells a verb the tagger took for an adjective by its inflection
("undermine global stability", "coordinate response actions": no noun phrases).
:mod:`analysis.metrics.keyphrase_candidates` applies them.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress, count
from typing import Any

from .keyphrase_names import TITLES
from .keyphrase_tokens import stem, word_zipf

ROLE_TITLES = frozenset("""coordinator coordinators director directors deputy undersecretary
    commissioner commissioners chancellor premier minister ministers lady professor""".split())
"""Capitalised titles of office that stand alone after a name or in the plural, beside the
titles before a name (:data:`analysis.metrics.keyphrase_names.TITLES`), and the *Lady* of
*First Lady*, whose ordinal is a stop word."""
CAUSATIVES = frozenset("""have has had having let lets letting make makes made making see sees
    saw seen seeing watch watches watched watching help helps helped helping""".split())
"""Verbs whose object may be followed by a bare infinitive ("have ships dock", "let allies
meet")."""
AFTER_VERB = frozenset("""in at on into onto near off out up with from the a an its
    their""".split())
"""Words that open what follows a bare infinitive (a place, a particle, an object)."""
DETERMINERS = frozenset("the a an its their his her our these those some".split())
"""Stop words that may open the object of a causative verb ("have the ships dock")."""
OBJECT_WORDS = 5  # the longest object between the causative verb and its bare infinitive
REPORTING = frozenset("""reports reported writes wrote notes noted quotes quoted cites
    cited""".split())
"""Reporting verbs that come before their source after a quotation or clause (", reports
Yonhap"); "said", "says", "told", "added" are stop words, in no candidate anyway."""
PAST_MARGIN = 0.5  # a past tense this close to the word's own frequency (Zipf) makes it a verb


@lru_cache(maxsize=1)
def title_keys() -> frozenset[str]:
    """Candidate keys (stemmed, lower case) of the title words (:data:`ROLE_TITLES` and the
    titles before a name)."""
    return frozenset(map(stem, TITLES | ROLE_TITLES))


def drop_lone_titles(cands: Any) -> None:
    """Remove the candidates of ``cands`` (an
    :class:`analysis.metrics.keyphrase_candidates.Candidates`) that are a title word written
    capitalised ("Secretary", "Presidents", "Minister") or a name ending in one ("NSC
    Coordinator", "Prime Minister"); a lower-case one is left to the scoring (KPCrowd dev
    14.90 -> 14.91 with the names, DUC-2001 dev unchanged)."""
    titles = title_keys()
    span = cands.first_span
    for key in [k for k in cands.tf if k.rpartition(" ")[2] in titles]:
        _, form, _, _, proper, _ = span[key]
        if form[:1].isupper() and (proper or " " not in key):
            del cands.tf[key]


def bare_verbs(tk: Any) -> set[int]:
    """Indices of the tokens of ``tk`` (an :class:`analysis.metrics.keyphrase_names.Tokens`)
    that are a bare infinitive: a lower-case word without ``-s``/``-ed``/``-ing`` right after
    a lower-case plural noun that ends the object of a causative verb (:data:`CAUSATIVES`,
    at most :data:`OBJECT_WORDS` words before, no punctuation between), and right before a
    word of :data:`AFTER_VERB` ("would have allied frigates berth at Busan")."""
    los, caps, adjacent, breaks = tk.los, tk.caps, tk.adjacent, tk.breaks
    n = len(los)
    out: set[int] = set()
    for i in compress(count(), map(CAUSATIVES.__contains__, los)):
        for p in range(i + 1, min(i + 1 + OBJECT_WORDS, n - 2)):
            if not adjacent[p - 1] and "." not in los[p - 1]:
                break  # punctuation between (an initialism's period is none: "U.S.")
            w, v = los[p], los[p + 1]
            if breaks[p] and w not in DETERMINERS:
                break  # no object ("has been", "had to")
            if caps[p] or not (w.endswith("s") and not w.endswith(("ss", "us", "is"))):
                continue
            if (adjacent[p] and adjacent[p + 1] and not caps[p + 1] and v.isalpha()
                    and not v.endswith(("s", "ed", "ing", "ly")) and los[p + 2] in AFTER_VERB):
                out.add(p + 1)
            break
    return out


@lru_cache(maxsize=1 << 12)
def past_tense_verb(lo: str) -> bool:
    """Whether the lower-case word ``lo`` is mainly a verb by its inflection: its ``-ed``
    form ("undermined", "coordinated") is about as frequent as the word itself (Zipf within
    :data:`PAST_MARGIN`). An adjective has no such form ("marine", "genuine", "joint":
    "jointed" is 2.1 below). Asked of the words the tagger calls adjectives that its
    training data does not know: "undermine global stability" is no noun phrase."""
    past = lo + "d" if lo.endswith("e") else lo + "ed"
    return word_zipf(past) >= word_zipf(lo) - PAST_MARGIN


def inverted_reporting(scan: Any, tk: Any) -> set[int]:
    """Indices of the tokens of ``scan`` (columns ``tk``) that are a reporting verb
    (:data:`REPORTING`) written in lower case after a comma or a closing quotation mark and
    right before a name (", reports Yonhap"), or right after a name and before a comma or a
    full stop ("Trendwire reports, citing ...")."""
    los, proper, adjacent, gaps = tk.los, tk.proper, tk.adjacent, scan.gaps
    if REPORTING.isdisjoint(tk.lower_seen):
        return set()
    last = len(los) - 1
    return {i for i in compress(count(), map(REPORTING.__contains__, los))
            if 0 < i < last and not tk.caps[i] and (
                proper[i + 1] and adjacent[i] and any(c in gaps[i] for c in ",”\"")
                or proper[i - 1] and adjacent[i - 1] and gaps[i + 1][:1] in ",.;")}


def join_initialisms(scan: Any, tk: Any) -> None:
    """Let a name go on past an initialism's final period ("U.S. Forces Korea", "ROK-U.S.
    Alliance"): where an initialism is followed by ". " and a capitalised word that the
    text capitalises nowhere else (so no name of its own that a new sentence might start
    with, as "Seoul" in "... to the U.S. Seoul said") and that is no acronym ("U.S. SSBNs"),
    the two tokens are made adjacent in ``tk`` and their chunks of ``scan`` joined (in
    place). Run before the names are found."""
    los, caps, gaps = tk.los, tk.caps, scan.gaps
    after = [i + 1 for i in scan.columns["initialism"].nonzero()[0].tolist()
             if i + 1 < len(los) and gaps[i + 1] == ". " and caps[i + 1] and not tk.breaks[i + 1]]
    if not after:
        return
    words = scan.words  # an acronym is a name of its own ("U.S. SSBNs")
    after = [i for i in after if los[i].isalpha() and not words[i][:2].isupper()]
    n_after = Counter(los[i] for i in after)
    cap_los = tk.cap_los or [los[i] for i in tk.capitals]
    joins = {i for i in after if cap_los.count(los[i]) <= n_after[los[i]]}
    if not joins:
        return
    for i in joins:
        tk.adjacent[i - 1] = True
    merge_joined_chunks(scan, joins)


def merge_joined_chunks(scan: Any, joins: set[int]) -> None:
    """Merge each chunk of ``scan.chunks`` that starts at a token of ``joins`` into the chunk
    ending just before it, in place."""
    chunks: list[tuple[int, int]] = []
    for a, b in scan.chunks:
        if chunks and a in joins and chunks[-1][1] == a:
            chunks[-1] = (chunks[-1][0], b)
        else:
            chunks.append((a, b))
    scan.chunks[:] = chunks
