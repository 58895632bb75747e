"""Where a name starts inside a chunk: after a title's place, at a Korean family name, after a
lower-case descriptor.

* :func:`place_person_starts`: a title's object, a known place, right before the name of the
  person who holds the title ("U.S. Ambassador to South Korea Vera Lindqvist", "Consul
  General in Busan Omar Haddad"). The run after *to*, *in* or *of* is the place and then the
  person (:func:`analysis.corpus.place_names.person_after_place`: two or three name words
  that end the run, the last no common word, none written in lower case in the text, the
  first a listed given or family name unless a title stands before the link), and
  the person's name starts a candidate of its own: "South Korea" and "Vera Lindqvist", never
  "South Korea Vera Lindqvist". "Minister of Defense Lloyd Austin" is the office rule's
  (:func:`analysis.metrics.keyphrase_names.office_cuts`).
* :func:`word_surnames`: a Korean family name that is also an English word (*No*, *An*,
  *O*, *So*, *Go*, *Oh*, *Ha*, *Ma*: :data:`WORD_SURNAMES`), a stop word that cut the name
  ("said No Sang Chol" gave "Sang Chol"). Written capitalised right before a Korean given
  name, two romanised syllables ("Sang Chol", "Son Gwon") or one hyphenated word
  ("Chang-ho"), that ends the run, it is the name's first word: "No Sang Chol", "An
  Chang-ho". At a sentence start, a given name whose words the text also writes in lower
  case ("So Won ...", "won") keeps the word a common one; a comma after it ("No, ...")
  never makes a name.

* :func:`descriptor_name_starts`: a name of two or more capitalised words right after a
  lower-case hyphenated descriptor, in the same chunk: the descriptor is no part of the name
  ("the nuclear-powered Ronald Reagan" gives "Ronald Reagan", "nuclear-armed North Korea"
  "North Korea"). Only a hyphenated descriptor is cut: any lower-case word before a name
  (*new*, *former*, *ballistic missile submarine*) cost KPCrowd dev F1@10 0.06, whose crowd
  lists such phrases; the hyphenated one gains 0.02 there, DUC-2001 dev unchanged. One
  capitalised word is no such name ("state media KCNA"), nor is a run in a title-case line.
  A party member's label (*Republican*, *Democrat*) before a two-word name that no third
  capitalised word follows, no title nor an organisation's head, is cut the same way
  ("Republican Donald Trump" gives "Donald Trump"; not "Republican National Committee").

:func:`analysis.metrics.keyphrase_candidates.candidates` applies all three: a family name found
is a proper noun and joins the chunk of its given name, and both kinds of token start a
chunk (the word before them is no part of the name).
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Any

from ..corpus.place_names import PLACE_LINKS, SURNAME_ZIPF, family_names, person_after_place
from .keyphrase_known_runs import person_tail
from .keyphrase_names import OFFICE_TITLES, ORGANISATION_HEADS, ROLE_NOUNS
from .keyphrase_tokens import word_zipf

PLACE_PERSONS = True
DESCRIPTOR_NAMES = True
WORD_SURNAME_STARTS = True
WORD_SURNAMES = frozenset("no an o so go oh ha ma".split())
"""Korean family names that are English words, so stop words that break chunks."""
PARTY_MEMBERS = frozenset({"republican", "democrat"})
"""A party member's label before a person's name ("Republican Donald Trump"): no part of it."""
PERSON_STOPS = ROLE_NOUNS | OFFICE_TITLES | ORGANISATION_HEADS
"""Words of no person's name after a place (titles, role nouns, bodies' heads)."""
TITLED = ROLE_NOUNS | OFFICE_TITLES
"""Titles that make a run after their place a person's name without a listed given name
("Ambassador to Japan Rahm Emanuel")."""
_BEFORE = PLACE_LINKS | {"the"}
_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|ts|sh|[gkndtrlmbpsjhyw])?"
             r"(?:yae|yeo|wae|ae|ya|eo|ye|yo|yu|eu|ui|wa|wo|we|wi|oe|oi|[aeiou])(?:ng|[nmlkptrgb])?")
KOREAN_SYLLABLE_RE = re.compile(_SYLLABLE)
"""One romanised Korean syllable (Revised and McCune-Reischauer spellings without marks:
"kwang", "chol", "gwon", "hyun")."""
KOREAN_GIVEN_RE = re.compile(rf"{_SYLLABLE}-{_SYLLABLE}")
"""A hyphenated Korean given name ("chang-ho", "yo-jong")."""


def descriptor_name_starts(tk: Any) -> set[int]:
    """The tokens of ``tk`` (:class:`analysis.metrics.keyphrase_names.Tokens`, names found)
    where a name of two or more capitalised proper words starts right after a lower-case
    hyphenated word of the same chunk (module docs)."""
    if not DESCRIPTOR_NAMES:
        return set()
    caps, proper, adjacent, title, breaks = tk.caps, tk.proper, tk.adjacent, tk.title, tk.breaks
    n, los = len(caps), tk.los
    return {i for i in tk.capitals
            if 0 < i < n - 1 and proper[i] and caps[i + 1] and proper[i + 1] and adjacent[i]
            and adjacent[i - 1] and not title[i] and not breaks[i] and not breaks[i - 1]
            and (("-" in los[i - 1][1:-1] and not caps[i - 1]) or (
                los[i - 1] in PARTY_MEMBERS and caps[i - 1] and not title[i - 1]
                and (i + 2 >= n or not (caps[i + 2] and adjacent[i + 1]))
                and los[i + 1] not in PERSON_STOPS and los[i] not in PERSON_STOPS))}


def place_person_starts(tk: Any) -> set[int]:
    """The tokens of ``tk`` (:class:`analysis.metrics.keyphrase_names.Tokens`, names and
    display forms found) where a person's name starts after a title's place (module docs)."""
    if not PLACE_PERSONS:
        return set()
    los, caps, proper, adjacent, poss = tk.los, tk.caps, tk.proper, tk.adjacent, tk.possessive
    n = len(los)
    out: set[int] = set()
    capitals = tk.capitals  # only a capital after a link or "the" is read (at C speed)
    for i in compress(capitals, map(_BEFORE.__contains__,
                                    map(los.__getitem__, map((-1).__add__, capitals)))):
        link = i - 2 if i > 1 and los[i - 1] == "the" and not caps[i - 1] else i - 1
        if not (link > 0 and los[link] in PLACE_LINKS and not caps[link] and proper[i]
                and adjacent[link] and adjacent[i - 1]):
            continue
        e = i  # the run of capitalised names from i: [i, e]
        while e + 1 < n and adjacent[e] and caps[e + 1] and proper[e + 1] and not poss[e]:
            e += 1
        if e - i < 2:
            continue
        words = [tk.display[q] if tk.display else los[q] for q in range(i, e + 1)]
        k = person_after_place(words, PERSON_STOPS, _common,
                               titled=link > 0 and los[link - 1] in TITLED)
        if k and person_tail(los, i + k, e, tk.lower_seen):
            out.add(i + k)
    return out


def _common(word: str) -> bool:
    """Whether ``word`` (lower case) is too common to end a person's name (a family name is
    not: "Sung Kim")."""
    return word_zipf(word) >= SURNAME_ZIPF and word not in family_names()


def word_surnames(words: Any, tk: Any) -> set[int]:
    """The capitalised :data:`WORD_SURNAMES` of ``tk`` (``words``: the tokens as written)
    that open a Korean full name (module docs); they are made proper nouns."""
    if not WORD_SURNAME_STARTS:
        return set()
    los, caps, proper, adjacent = tk.los, tk.caps, tk.proper, tk.adjacent
    n = len(los)
    out: set[int] = set()
    for i in tk.capitals_in(WORD_SURNAMES):
        j = i + 1
        if not (j < n and adjacent[i] and caps[j] and proper[j]) or \
                not (words[i][1:].islower() or len(words[i]) == 1):  # not "NO"
            continue
        if KOREAN_GIVEN_RE.fullmatch(los[j]) and words[j][1:].islower():
            end = j
        elif (j + 1 < n and adjacent[j] and caps[j + 1] and proper[j + 1]
              and all(KOREAN_SYLLABLE_RE.fullmatch(los[q]) and words[q][1:].islower()
                      for q in (j, j + 1))):
            end = j + 1
        else:
            continue
        if end + 1 < n and adjacent[end] and caps[end + 1] and not tk.possessive[end]:
            continue  # the run goes on: no given name ends it
        if tk.initial[i] and any(los[q] in tk.lower_seen for q in range(j, end + 1)):
            continue  # "So Won ..." opening a sentence, "won" written in lower case too
        out.add(i)
        proper[i] = True
    return out
