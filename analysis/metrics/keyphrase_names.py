"""Names and case in keyphrase candidates: which capitalised words are proper nouns, how
each word is shown, which titles precede a name, and the family names written first.

Used by :mod:`analysis.metrics.keyphrase_candidates` (steps 3 and 6 of its docstring) on the
per-token columns :class:`Tokens`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, islice, repeat
from operator import eq, itemgetter, not_, or_
from pathlib import Path
from typing import Any

from .keyphrase_cuts import surname_starts
from .keyphrase_inflections import inflected_verb
from .keyphrase_known_runs import known_opening, person_tail
from .keyphrase_tokens import TokenScan, word_zipf

RARE_VERB_ZIPF = 4.5  # a rarer capitalised word tagged as a verb etc. is taken as a name
GENERIC_NAME_ZIPF = 5.0  # a capitalised word this common is lower-cased unless a proper noun
SURNAME_FIRST_PATH = Path(__file__).resolve().parents[1] / "resources" / "surname_first_names.txt"
DEMONYMS = True  # "Koreans" at a sentence start is a name where "Korea(n)" is capitalised inside
NAME_STARTS = True  # a name starts a new chunk after a lower-case role noun or another name
PERSON_STARTS = True  # ... and a Korean full name or a name after an office (lower case)
OFFICES = True  # "Secretary of State" before "Antony Blinken" is no part of a candidate
POSSESSIVE_NAMES = True  # "Workers' Party": a plural possessive inside a name keeps it whole
COMMON_MODIFIERS = True  # a common sentence-initial word before a noun is no name ("State media")
MAX_NAME_WORDS = 6  # the longest name: "Center for Strategic and International Studies"
NAME_POSSESSIVES = frozenset({"people"})
"""Capitalised plurals whose possessive ``'s`` stays inside a name ("People's Republic")."""
OBJECT_OPENERS = frozenset((w,) for w in """me us him her them you the a an his its their our this
    these""".split())
"""Words that open a verb's object: a sentence-initial ``-ing``/``-ed`` word before one is a
verb ("Joining me at the podium is ..."), not a rare name."""
NAME_CONNECTORS = frozenset({"of"})  # lower-case words inside a name: "Republic of Korea"
TITLES = frozenset("""president vice prime minister secretary general gen chairman chairwoman
    adviser advisor leader ambassador spokesperson spokesman spokeswoman senator sen rep gov
    governor admiral adm lt col sgt capt maj commander chief king queen envoy lawmaker professor
    presidents ministers secretaries generals senators leaders ambassadors envoys
    lawmakers""".split())
OFFICE_TITLES = TITLES | frozenset("""coordinator director undersecretary commissioner
    chancellor administrator representative""".split())
"""Titles that an office follows after "of" or "for" ("Coordinator for Indo-Pacific Affairs")."""
NAME_TITLES = TITLES | frozenset("""coordinator director undersecretary commissioner administrator
    representative""".split())
"""Titles cut from a proper noun right after them: :data:`TITLES` and the single offices of
:data:`OFFICE_TITLES` ("White House Indo-Pacific Coordinator" before "Kurt Campbell", "Trade
Representative" before "Katherine Tai")."""
OFFICE_LINKS = frozenset({"of", "for"})
"""Capitalised titles that precede a name and are not part of it ("President Yoon Suk Yeol",
"Presidents Joe Biden and Yoon Suk Yeol")."""
ROLE_NOUNS = TITLES | frozenset("""lady sister brother wife husband daughter son uncle aunt
    envoy counterpart diplomat official officer detective researcher analyst scholar expert
    professor director head founder dictator ruler strongman actor actress singer star coach
    agency media outlet newspaper daily broadcaster mouthpiece warship submarine
    destroyer""".split())
"""Lower-case nouns of a role that stand before a name in apposition and are no part of it
("leader Kim Jong-un", "sister Kim Yo-jong", "news agency KCNA", "detective Clayton
Searle", "submarine USS Kentucky")."""
TIME_NOUNS = frozenset("""day week weekend month year morning afternoon evening night
    today tonight yesterday tomorrow""".split())
"""Nouns of a time before which a name starts anew ("this month Trendwire reports")."""
ORGANISATION_HEADS = frozenset("""center centre institute institution council committee
    commission ministry department agency office bureau foundation association society academy
    school fund coalition campaign forum federation league organization organisation""".split())
"""Words that head an organisation's name and may take an inner "for" ("Korea Institute for
Defense Analyses", "Center for Strategic and International Studies")."""


_APOSTROPHE_GAPS = frozenset({"' ", "’ "})
_COMPOUND_INITIALISM = re.compile(r"-(?:[A-Za-z]\.)+[A-Za-z]$")
"""A hyphenated word ending in an initialism whose final period the tokenizer leaves out
("Korea-U.S")."""


@dataclass(slots=True)
class Tokens:
    """Per-token columns of a scanned text, in token order (see :data:`TokenInfo`)."""

    los: tuple[str, ...]  # lower case
    caps: tuple[bool, ...]  # capitalised
    stems: tuple[str, ...]
    vf: tuple[int, ...]  # verb form
    breaks: tuple[bool, ...]  # breaks a chunk
    possessive: tuple[bool, ...]
    capitals: list[int]  # indices of the capitalised tokens
    initial: list[bool]  # sentence or line start
    title: list[bool]  # in a title-case line
    adjacent: list[bool]  # separated from the next token by one space
    lower_seen: set[str]  # lower-case forms of the words the text writes in lower case
    lower_stems: set[str]  # the stems of those words
    proper: list[bool] = field(default_factory=list)  # filled by name_flags
    display: list[str] = field(default_factory=list)  # filled by display_forms
    tags: list[int] | None = None  # tagger class of each token, when a tagger is used
    tag_array: Any = None  # the same as a numpy array
    tag_set: Any = None  # what each class means (keyphrase_candidates.TagClasses)
    initials: list[int] = field(default_factory=list)  # middle initials ("D" in "Victor D. Cha")
    fixed: list[tuple[int, int, bool]] = field(default_factory=list)  # see TokenScan.fixed
    modifiers: list[int] = field(default_factory=list)  # nouns in -ing before a noun
    cap_los: list[str] = field(default_factory=list)  # lower case of the capitalised tokens
    columns: dict[str, Any] = field(default_factory=dict)  # TokenScan.columns, when known

    def capitals_in(self, words: Any) -> Any:
        """The indices of the capitalised tokens whose lower-case form is in ``words`` (a set),
        in order (looked up at C speed: most loops over the capitals want a few listed words)."""
        if not self.cap_los and self.capitals:
            self.cap_los = [self.los[i] for i in self.capitals]
        return compress(self.capitals, map(words.__contains__, self.cap_los))


def capitalised_names(tk: Tokens) -> None:
    """Start ``tk.proper``: the capitalised words seen capitalised somewhere that is neither a
    sentence start nor a title-case line (no tag is read for them)."""
    los, capitals, initial, title = tk.los, tk.capitals, tk.initial, tk.title
    cap_los = tk.cap_los or [los[i] for i in capitals]
    cap_inside = set(compress(cap_los, [not (initial[i] or title[i]) for i in capitals]))
    proper = [False] * len(los)
    inside = list(map(cap_inside.__contains__, cap_los))
    for i in compress(capitals, inside):
        proper[i] = True
    others = compress(zip(capitals, cap_los, strict=True), map(not_, inside))
    for i, lo in others if DEMONYMS else ():
        proper[i] = (initial[i] and not title[i]
                     and any(r in cap_inside for r in demonym_roots(lo)))
    tk.proper = proper


def demonym_roots(lo: str) -> tuple[str, ...]:
    """The names a capitalised plural or demonym may come from: "koreans" -> "korean",
    "korea"; "americans" -> "american", "america"; "japanese" -> "japan". A sentence-initial
    "Koreans" is a name where the text capitalises "Korean" or "Korea" inside a sentence."""
    if lo.endswith("ans"):
        return lo[:-1], lo[:-2]
    if lo.endswith("an"):
        return (lo[:-1],)
    if lo.endswith("ese"):
        return (lo[:-3],)
    return ()


def name_flags(tk: Tokens) -> set[int]:
    """Fill ``tk.proper`` (started by :func:`capitalised_names`, called here if it was not):
    capitalised words seen capitalised somewhere that is neither a sentence start nor a
    title-case line, plus a sentence-initial capitalised word right before one whose
    lower-case form the text never uses ("Yoon" in "Yoon Suk Yeol said"), plus an inner "of"
    or a middle initial between two of them ("Republic of Korea", "Victor D. Cha") and an
    organisation's inner "for" and "and" (:func:`organisation_connectors`). Returns the
    indices of those connectors."""
    los, caps, n, capitals = tk.los, tk.caps, len(tk.los), tk.capitals
    initial, adjacent, lower_seen = tk.initial, tk.adjacent, tk.lower_seen
    if not tk.proper:
        capitalised_names(tk)
    proper = tk.proper
    if tk.tags is not None:  # a capitalised proper noun at a sentence start ("Beijing said")
        tags, upos = tk.tags, tk.tag_set.upos
        for i in [i for i in capitals if not proper[i]]:
            lo = los[i]
            if lo in lower_seen:
                continue
            p = upos[tags[i]]
            if p == "PROPN" and common_modifier(tk, i):
                continue  # "State media said ...": a common word before a noun
            # a rare word tagged as no noun or adjective is a name ("Beijing" is no -ing verb)
            if p == "PROPN" or (p not in ("NOUN", "ADJ") and word_zipf(lo) < RARE_VERB_ZIPF
                                and not (p == "ADV" and lo.endswith("ly"))  # "Seemingly"
                                and not (tk.vf[i] and los[i + 1:i + 2] in OBJECT_OPENERS)
                                and not (tk.vf[i] == 2 and tk.title[i] and inflected_verb(lo))):
                proper[i] = True  # (not "Joining me", "Citing the report")
    breaks, poss = tk.breaks, tk.possessive
    initials = set(tk.initials)
    # (a word is set here only when visited: the test of proper[i] before the loop holds)
    for i in reversed([i for i in capitals if initial[i] and not proper[i]]):
        j = i + 2 if i + 1 in initials else i + 1  # "Victor D. Cha said": past the initial
        if (j < n and adjacent[i] and proper[j]
                and not breaks[i] and not poss[i] and los[i] not in TITLES
                and (los[i] not in lower_seen and word_zipf(los[i]) < GENERIC_NAME_ZIPF
                     or known_opening(los, i, j))):  # "White House" opening a line
            proper[i] = True
    connectors = set()
    lo_column = tk.columns.get("lo")
    for i in compress(count(), map(NAME_CONNECTORS.__contains__, los)) if lo_column is None \
            else sorted(i for w in NAME_CONNECTORS for i in (lo_column == w).nonzero()[0].tolist()):
        if (0 < i < n - 1 and not caps[i] and proper[i - 1] and proper[i + 1]
                and adjacent[i - 1] and adjacent[i] and not poss[i - 1]
                and los[i - 1] not in TITLES):
            connectors.add(i)
    connectors |= organisation_connectors(tk, connectors)
    for i in tk.initials:  # "Victor D. Cha": a middle initial joins the name
        if proper[i - 1] and proper[i + 1] and not poss[i - 1] and los[i - 1] not in TITLES:
            connectors.add(i)
    for i in connectors:
        proper[i] = True
    tk.proper = proper
    return connectors


def common_modifier(tk: Tokens, i: int) -> bool:
    """Whether the sentence-initial capitalised word ``i`` is a common word (Zipf at least
    :data:`GENERIC_NAME_ZIPF`: "State", "Military") right before a lower-case noun, one space
    apart ("State media said ..."): a modifier of that noun, no name, whatever its tag."""
    j = i + 1
    return (COMMON_MODIFIERS and j < len(tk.los) and tk.adjacent[i] and not tk.caps[j]
            and tk.tag_set.upos[tk.tags[j]] == "NOUN" and not tk.possessive[i]
            and word_zipf(tk.los[i]) >= GENERIC_NAME_ZIPF)


def organisation_connectors(tk: Tokens, joined: set[int]) -> set[int]:
    """The inner "for" and "and" of organisations' names, between two of the proper nouns
    ``tk.proper``: a "for" after a word of :data:`ORGANISATION_HEADS` ("Korea Institute for
    Defense Analyses"), and an "and" one word after such a "for" or an inner "of" (``joined``)
    when what follows it is no other name: up to three capitalised words, no
    organisation's head among them, no "of" after them, no possessive, the first of them
    capitalised nowhere else but after an "and" ("Center for Strategic and International
    Studies", "Department of Health and Human Services"; not "Ministry of Unification and
    Seoul", "Ministry of National Defense and Joint Chiefs of Staff"). A name they would make
    longer than :data:`MAX_NAME_WORDS` is not joined."""
    los, proper, adjacent, poss, caps = tk.los, tk.proper, tk.adjacent, tk.possessive, tk.caps
    n = len(los)

    def between(i: int) -> bool:
        return (0 < i < n - 1 and not caps[i] and proper[i - 1] and proper[i + 1]
                and adjacent[i - 1] and adjacent[i] and not poss[i - 1])

    # only the words after an organisation's head are read (few texts have any)
    heads = list(tk.capitals_in(ORGANISATION_HEADS))
    out = {i + 1 for i in heads if i + 1 < n and los[i + 1] == "for" and between(i + 1)}
    for h in heads:
        i = h + 3  # "Center for Strategic and ...", "Department of Health and ..."
        if not (i < n and los[i] == "and" and (h + 1 in out or h + 1 in joined) and between(i)):
            continue
        e = i + 1  # the capitalised words after "and": [i + 1, e]
        while e + 1 < n and proper[e + 1] and adjacent[e] and not poss[e]:
            e += 1
        first = los[i + 1]
        if (e - i <= 3 and not poss[e] and e + 1 not in joined
                and not any(w in ORGANISATION_HEADS for w in los[i + 1:e + 1])
                and all(los[j - 1] == "and" for j in tk.capitals if los[j] == first)):
            out.add(i)
    for i in sorted(out):
        a = b = i
        while a > 0 and adjacent[a - 1] and (proper[a - 1] or a - 1 in joined or a - 1 in out):
            a -= 1
        while b + 1 < n and adjacent[b] and (proper[b + 1] or b + 1 in joined or b + 1 in out):
            b += 1
        if b - a >= MAX_NAME_WORDS:
            out.difference_update(range(a, b + 1))
    return out


def display_forms(text: str, tk: Tokens, scan: TokenScan) -> None:
    """Fill ``tk.display``: each word as the text writes it (an initialism or a middle
    initial keeps its final period: ``U.S.``, ``Victor D. Cha``, ``South Korea-U.S.``),
    except that a capitalised word that is no proper noun is lower-cased when the text also
    writes it in lower case or it is very common ("Rising" at a sentence start), unless it
    stands right before a proper noun ("Foreign" in "Foreign Ministry spokesperson" at a
    sentence start, beside a "foreign ministry" elsewhere); words of a
    title-case line are lower-cased unless proper; with a tagger, a singular word is lower-cased
    only when the text writes its stem in lower case somewhere (a name the tagger reads as a
    common noun, "Pyongyang is certain ...", keeps its capital). (Only the words of candidates
    are read.)"""
    display = list(scan.words)
    col = scan.columns
    for i in compress(count(), tk.possessive) if not col else col["poss"].nonzero()[0].tolist():
        display[i] = display[i][:scan.infos[i][0]]
    for i in compress(count(), map(eq, map(itemgetter(7), scan.infos), repeat(2))) if not col \
            else col["initialism"].nonzero()[0].tolist():
        after = scan.char_after(i, len(display[i]))  # an initialism's final period, also
        if after == "." or after.isspace():  # where the text left it out: "U.S extended"
            display[i] += "."
    for i in tk.initials:
        display[i] += "."  # "Victor D. Cha"
    for i in [i for i in tk.capitals if "." in display[i]]:
        word = display[i]  # "South Korea-U.S. summit": a compound ending in an initialism
        if "-" in word and _COMPOUND_INITIALISM.search(word):
            if scan.char_after(i, len(word)) == ".":
                display[i] += "."
    los, title, lower_seen, proper, tags = tk.los, tk.title, tk.lower_seen, tk.proper, tk.tags
    lower = tk.lower_stems
    for i in [i for i in tk.capitals if not proper[i]]:
        lo = los[i]
        if tk.breaks[i] and lo not in NAME_CONNECTORS:
            continue
        word = display[i]
        if word[1:] != word[1:].lower():
            continue
        if title[i]:
            display[i] = word.lower()
        elif i + 1 < len(los) and proper[i + 1] and tk.adjacent[i] and not tk.possessive[i]:
            continue  # before a name, as in a name: "North" in "North Korean leader", and
            # even if written in lower case elsewhere: "Foreign Ministry spokesperson ..."
        elif lo in lower_seen:
            display[i] = word.lower()
        elif tags is not None:  # only a noun or verb is lower-cased ("Chinese" stays), and
            # only a plural ("Analysts said") or one the text writes in lower case in some form:
            # a name read as a common noun never is ("Pyongyang is certain ...")
            if tk.tag_set.upos[tags[i]] not in ("PROPN", "ADJ") and (
                    lo[-1:] == "s" or tk.stems[i] in lower):
                display[i] = word.lower()
        elif word_zipf(lo) >= GENERIC_NAME_ZIPF:
            display[i] = word.lower()
    tk.display = display


def title_cuts(tk: Tokens) -> set[int]:
    """A capitalised title right before a proper noun, with the capitalised words before it
    ("President" in "President Yoon", "Vice Defense Minister" in "Vice Defense Minister
    Shin Beom-chul")."""
    cut: set[int] = set()
    last = len(tk.los) - 1
    for i in tk.capitals_in(NAME_TITLES):
        if i < last and tk.proper[i + 1] and tk.adjacent[i]:
            j = i
            while j >= 0 and tk.caps[j] and j not in cut:
                cut.add(j)
                if j == 0 or not tk.adjacent[j - 1]:
                    break
                j -= 1
    return cut | (office_cuts(tk) if OFFICES else set())


def office_cuts(tk: Tokens) -> set[int]:
    """A capitalised title (:data:`OFFICE_TITLES`), "of" or "for" and the office after it,
    before a name of two words or more (three when the first is a family name written first):
    "Secretary of State" in "Secretary of State Antony Blinken", "Minister of Unification" in
    "Minister of Unification Kwon Young-se", "President of the Republic of Korea" before "Yoon
    Suk Yeol", "Coordinator for Indo-Pacific Affairs" before "Kurt Campbell", "Secretary of
    Defense for Policy" before "Colin Kahl"); a plural title holds no one's office ("Leaders
    of the ASEAN Plus Three met" keeps the name whole)."""
    los, proper, adjacent, caps = tk.los, tk.proper, tk.adjacent, tk.caps
    last = len(los) - 1
    cut: set[int] = set()
    for i in tk.capitals_in(OFFICE_TITLES):
        o = i + 3 if i + 2 <= last and los[i + 2] == "the" and adjacent[i + 2] else i + 2
        if not (o + 2 <= last and los[i + 1] in OFFICE_LINKS and adjacent[i] and adjacent[i + 1]
                and caps[o] and proper[o]) or los[i][-1] == "s":  # a plural: no one's office
            continue
        e = o
        while e < last and adjacent[e] and not tk.possessive[e] and (proper[e + 1] or (
                e + 2 <= last and los[e + 1] in OFFICE_LINKS and proper[e + 2])):
            e += 1  # "of Defense for Policy Colin Kahl": the office's own links read on
        keep = 3 if e - o >= 3 and los[e - 2] in surname_first_names() else 2
        if e - o + 1 > keep and person_tail(los, e - keep + 1, e, tk.lower_seen):
            cut.update(range(i + 1, e - keep + 1))
    return cut


@lru_cache(maxsize=1)
def surname_first_names() -> frozenset[str]:
    """Family names written first (``resources/surname_first_names.txt``: "yoon", "kim",
    "mao"), lower-cased."""
    lines = SURNAME_FIRST_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def name_starts(tk: Tokens) -> set[int]:
    """Tokens where a name starts a new chunk (it keeps no word before it):

    * a proper noun right after a lower-case noun of a role (:data:`ROLE_NOUNS`): a
      descriptor before a name is no part of it ("news agency KCNA", "leader Kim Jong-un",
      "sister Kim Yo-jong", "envoy Cho Hyun-dong" give "KCNA", "Kim Jong-un"...; "northern
      Japan", "battleship Wisconsin" stay whole), and after a noun of a time
      (:data:`TIME_NOUNS`: "this month Trendwire reports");
    * a family name written first (:func:`surname_first_names`) before a capitalised
      hyphenated given name, right after another name: two names in apposition ("the
      United States Cho Hyun-dong" in "Ambassador to the United States Cho Hyun-dong"), or
      right after any lower-case word: such a name is a person's whole name, and the word
      before it ends a title's description ("deputy minister for defense policy Cho
      Chang-rae" gives "Cho Chang-rae", not "policy Cho Chang-rae");
    * a name of two words or more after an office written in lower case
      (:func:`after_office`: "deputy secretary of state for arms control policy Tamsin
      Okafor");
    * a family name written first and one given name after another name, where the text
      writes the family name alone too (:func:`analysis.metrics.keyphrase_cuts.surname_starts`:
      "the Foreign Ministry Liu Jinsong" beside "Liu said")."""
    if not NAME_STARTS:
        return set()
    los, proper, caps, adjacent = tk.los, tk.proper, tk.caps, tk.adjacent
    n = len(los)
    east = surname_first_names()
    out = set()
    for i in tk.capitals:
        p = i - 1
        if i == 0 or not proper[i] or not adjacent[p] or tk.possessive[p]:
            continue
        if not proper[p]:
            if caps[p]:
                continue
            if los[p] in ROLE_NOUNS or los[p] in TIME_NOUNS or (
                    PERSON_STARTS and i + 1 < n and proper[i + 1] and adjacent[i] and (
                        los[i] in east and caps[i + 1] and "-" in los[i + 1]
                        or not tk.breaks[p] and after_office(p, tk))):
                out.add(i)
        elif (los[i] in east and i + 1 < n and proper[i + 1] and caps[i + 1]
              and "-" in los[i + 1] and caps[p] and los[p] not in TITLES):
            out.add(i)
    return out | surname_starts(tk, east)


def after_office(p: int, tk: Tokens, reach: int = 6) -> bool:
    """Whether the lower-case word at ``p`` ends an office written in lower case: within
    ``reach`` lower-case words before it (no stop word but *of* and *for*) stands *of* or *for*
    after a title ("deputy secretary of state for arms control policy" before "Tamsin
    Okafor")."""
    los, caps, breaks = tk.los, tk.caps, tk.breaks
    for j in range(p - 1, max(p - 1 - reach, 0), -1):
        if caps[j] or not tk.adjacent[j]:
            return False
        if breaks[j]:  # a stop word: a link ("of defense for"), or no office
            if los[j] not in OFFICE_LINKS:
                return False
            if los[j - 1] in OFFICE_TITLES and tk.adjacent[j - 1]:
                return True
    return False


def possessive_names(scan: TokenScan, tk: Tokens) -> set[int]:
    """Tokens after a capitalised plural possessive inside a name ("Party" in "Workers'
    Party", "Day" in "April Fools' Day"): the name goes on across the apostrophe, which is
    shown, and the one capitalised word after it is part of the name (``tk.proper``,
    ``tk.display``); before two ("Lakers' Matt Barnes") the possessive is no part of the name.
    The ``'s`` of a capitalised word of :data:`NAME_POSSESSIVES` before a name goes on too
    ("Democratic People's Republic of Korea", "People's Liberation Army").
    An inner "of" after such a name goes on to the capitalised name after it ("Workers'
    Party of Korea"). Returns where the chunks are joined (for :func:`split_chunks`)."""
    words, gaps, proper, caps = scan.words, scan.gaps, tk.proper, tk.caps
    out = set()
    # only a capitalised word with a possessive or an apostrophe after it is read
    marked = map(or_, compress(tk.possessive, tk.caps),
                 map(_APOSTROPHE_GAPS.__contains__, compress(islice(gaps, 1, None), tk.caps)))
    for i in compress(tk.capitals, marked) if POSSESSIVE_NAMES else ():
        j = i + 1
        if (tk.possessive[i] and tk.los[i] in NAME_POSSESSIVES and proper[i] and j < len(words)
                and gaps[j] == " " and caps[j] and proper[j] and not tk.breaks[j]):
            out.add(j)  # "Democratic People's Republic of Korea", "People's Liberation Army"
            if tk.display:
                tk.display[i] = words[i]
            continue
        if (j < len(words) and gaps[j] in ("' ", "’ ") and proper[i] and caps[j]
                and words[i][-1] == "s" and not tk.breaks[j]
                and not (j + 1 < len(words) and caps[j + 1] and tk.adjacent[j])):
            out.add(j)
            proper[j] = True
            if tk.display:
                tk.display[i] = words[i] + gaps[j][0]
                tk.display[j] = words[j]
            if (j + 2 < len(words) and tk.los[j + 1] in NAME_CONNECTORS and tk.adjacent[j]
                    and tk.adjacent[j + 1] and caps[j + 2] and proper[j + 2]):
                out.add(j + 1)  # "Workers' Party of Korea": an inner "of" goes on
                proper[j + 1] = True
    return out


def refine_chunks(chunks: list[tuple[int, int]], cut: set[int], join: set[int]
                  ) -> list[tuple[int, int]]:
    """``chunks`` without the tokens ``cut`` (split there) and joined across the connector
    tokens ``join`` that lie between two chunks."""
    out = chunks
    if cut:
        starts = list(map(itemgetter(0), chunks))
        hit = set()  # the chunks holding a token to cut (the chunks are sorted and disjoint)
        for i in cut:
            j = bisect_right(starts, i) - 1
            if j >= 0 and i < chunks[j][1]:
                hit.add(j)
        out = []
        after = 0  # the chunks before a hit one are kept as they are
        for j in sorted(hit):
            out += chunks[after:j]
            after = j + 1
            start, a1 = chunks[j]
            for i in range(start, a1):
                if i in cut:
                    if i > start:
                        out.append((start, i))
                    start = i + 1
            if a1 > start:
                out.append((start, a1))
        out += chunks[after:]
    if join:
        merged: list[tuple[int, int]] = []
        for c in out:
            if merged and merged[-1][1] + 1 == c[0] and merged[-1][1] in join:
                merged[-1] = (merged[-1][0], c[1])
            else:
                merged.append(c)
        out = merged
    return out


def split_chunks(chunks: list[tuple[int, int]], starts: set[int], joins: set[int] = frozenset()
                 ) -> list[tuple[int, int]]:
    """``chunks`` split before each token of ``starts`` that lies inside one, and joined where
    one ends right before a token of ``joins`` and the next starts there, or where a token of
    ``joins`` (an inner "of") lies alone between two."""
    if joins:
        merged: list[tuple[int, int]] = []
        for c in chunks:
            if merged and (merged[-1][1] == c[0] and c[0] in joins
                           or merged[-1][1] + 1 == c[0] and merged[-1][1] in joins):
                merged[-1] = (merged[-1][0], c[1])
            else:
                merged.append(c)
        chunks = merged
    if not starts:
        return chunks
    out = []
    order = sorted(starts)  # each chunk reads the starts inside it only (bisected)
    for a0, a1 in chunks:
        a = a0
        if a1 - a0 > 1:
            for s in order[bisect_right(order, a0):bisect_right(order, a1 - 1)]:
                out.append((a, s))
                a = s
        out.append((a, a1))
    return out
