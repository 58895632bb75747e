"""Keyphrase candidates that are one thing written several ways, and words that are no
keyphrase alone (step 5 of :mod:`analysis.metrics.keyphrase_candidates`):

* :func:`merge_name_variants`: the spellings of one Korean or Chinese name ("Yoon Suk Yeol",
  "Yoon Suk-yeol", "Yoon Sukyeol"; "Hyun-dong Cho" for "Cho Hyun-dong") are one candidate,
  shown in the form the article uses most, and a hyphenated given name alone ("Yo-jong") is
  credited to the full name it belongs to ("Kim Yo-jong");
* :func:`acronym_pairs` / :func:`credit_keys`: an acronym in brackets right after the name it
  abbreviates ("the Korean Central News Agency (KCNA)") is credited to that name, so the two
  are one entry;
* :func:`initial_pairs`: an acronym and a capitalised name of the same text whose initials it
  spells ("DPRK" and "Democratic People's Republic of Korea", "ROK" and "Republic of Korea"),
  without brackets, are one entry in the form the text writes more often;
* :func:`credit_surnames`: a lone surname is credited to the full name it abbreviates
  ("Gates" -> "Daryl Gates", "Yoon" -> "Yoon Suk Yeol");
* :func:`drop_headline_only`: what only the headline says is no candidate, bar a name;
* :func:`drop_cut_initialisms` / :func:`drop_name_suffixes`: "senior U.S." of "senior U.S.
  administration officials" and "Jr" of "Joseph R. Biden, Jr." are pieces, no candidates;
* :func:`generic_words`: nouns of news reporting that say nothing about an article's topic on
  their own ("statement", "comment", "reporters"; ``resources/keyphrase_generic.txt``), no
  keyphrase alone, though they may be part of one ("joint statement"). ("remarks",
  "briefing", "today" are transcript furniture, in no candidate at all.)
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

from .keyphrase_names import surname_first_names
from .keyphrase_tokens import stem

GENERIC_PATH = Path(__file__).resolve().parents[1] / "resources" / "keyphrase_generic.txt"
VARIANTS = True  # spellings of one surname-first name are one candidate
ACRONYMS = True  # "Korean Central News Agency (KCNA)" is one candidate
INITIALS = True  # "DPRK" and "Democratic People's Republic of Korea" in one text are one
OPTIONAL_INITIALS = frozenset({"of", "the", "for", "and"})
"""Inner words of a name whose initial an acronym may leave out ("ROK", "DPRK")."""
HEADLINE_VERBS = True  # a headline-only capital the tagger reads as a verb is dropped
GENERIC = True  # the generic news nouns are no keyphrase alone


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """The keys (lower case, light stem) of ``resources/keyphrase_generic.txt``; empty when
    :data:`GENERIC` is off."""
    if not GENERIC:
        return frozenset()
    lines = GENERIC_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(stem(w) for line in lines for w in line.split("#", 1)[0].split())


def _canonical(key: str, east: frozenset[str]) -> str | None:
    """The spelling-free form of a name key: family name, then the given name without spaces
    or hyphens ("yoon sukyeol"); ``"*"`` and the bare given name for a hyphenated given name
    alone; None for other keys."""
    words = key.split(" ")
    if 2 <= len(words) <= 3 and words[0] in east:
        return words[0] + " " + "".join(words[1:]).replace("-", "")
    if len(words) == 2 and words[1] in east and "-" in words[0]:  # "Hyun-dong Cho"
        return words[1] + " " + words[0].replace("-", "")
    if len(words) == 1 and "-" in key and key.replace("-", "").isalpha():
        return "*" + key.replace("-", "")
    return None


def merge_name_variants(cands: Any) -> None:
    """Merge the spellings of one surname-first name (module docstring) in ``cands`` (an
    :class:`analysis.metrics.keyphrase_candidates.Candidates`): the most frequent spelling
    (the earliest of equally frequent ones) takes the others' counts and first position."""
    if not VARIANTS:
        return
    tf, first, first_span = cands.tf, cands.first, cands.first_span
    east = surname_first_names()
    groups: dict[str, list[str]] = {}
    for key in compress(tf, map(itemgetter(4), map(first_span.__getitem__, tf))):  # names
        if (canon := _canonical(key, east)) is not None:
            groups.setdefault(canon, []).append(key)
    givens = {c.partition(" ")[2]: c for c in groups if c[0] != "*"}
    for canon in [c for c in groups if c[0] == "*"]:
        keys = groups.pop(canon)
        if canon[1:] in givens:
            groups[givens[canon[1:]]].extend(keys)
    for keys in groups.values():
        if len(keys) > 1:
            main = min(keys, key=lambda k: (-tf[k], first[k], " " not in k))
            credit_keys(cands, [(main, k) for k in keys if k != main])


def acronym_pairs(scan: Any, tk: Any) -> list[tuple[str, str]]:
    """``(name key, acronym key)`` of each acronym in brackets right after the capitalised
    words it abbreviates, their initials in order ("Korean Central News Agency (KCNA)",
    "Nuclear Consultative Group (NCG)"; inner "of", "and", "for" are skipped). ``scan`` is the
    text's :class:`analysis.metrics.keyphrase_tokens.TokenScan`, ``tk`` its
    :class:`analysis.metrics.keyphrase_names.Tokens` with names filled."""
    if not ACRONYMS:
        return []
    words, gaps, proper, caps, stems = scan.words, scan.gaps, tk.proper, tk.caps, tk.stems
    out = []
    for j in compress(tk.capitals, map(str.isupper, compress(words, caps))):
        w = words[j]
        if not (2 <= len(w) <= 8 and w.isalpha() and w.isupper() and j > 0 and proper[j - 1]
                and gaps[j].rstrip(" \t").endswith("(") and gaps[j + 1].startswith(")")):
            continue
        a = j - 1
        while a > 0 and proper[a - 1] and tk.adjacent[a - 1] and not tk.possessive[a - 1]:
            a -= 1
        capital = [k for k in range(a, j) if caps[k]]
        if len(capital) < len(w):
            continue
        start = capital[-len(w)]
        if "".join(words[k][0] for k in capital[-len(w):]) == w:
            out.append((" ".join(stems[start:j]), stems[j]))
    return out


def credit_keys(cands: Any, pairs: list[tuple[str, str]]) -> None:
    """For each ``(main, other)`` of ``pairs`` that are both candidates of ``cands``: add
    ``other``'s count to ``main`` (and its first position, if earlier) and drop ``other``."""
    tf, first = cands.tf, cands.first
    for main, other in pairs:
        if main != other and main in tf and other in tf:
            tf[main] += tf.pop(other)
            first[main] = min(first[main], first[other])



NAME_SUFFIXES = ("jr", "sr")
"""The suffix of a person's name, no candidate alone ("Joseph R. Biden, Jr.")."""
PERSON_SUFFIXES = frozenset({"ii", "iii"})
"""The suffixes that end a person's full name before which a lone surname is credited to it
("Lloyd J. Austin III"; with "jr" and "sr" too, the lone surnames of KPCrowd dev went to a
full name shown without its suffix's period, "John Mayberry Jr", and F1@10 fell 14.91 ->
14.87; "iv" is also intravenous)."""


def drop_name_suffixes(cands: Any) -> None:
    """Remove the candidates that are only a name's suffix (:data:`NAME_SUFFIXES`)."""
    for key in NAME_SUFFIXES:
        cands.tf.pop(key, None)


def drop_cut_initialisms(cands: Any, scan: Any, tk: Any) -> None:
    """Remove a phrase of lower-case words ending in an initialism that modifies the next
    word. The period ends the phrase there, so "senior U.S. administration officials" and
    "the second U.S.-ROK meeting" leave "senior U.S." and "second U.S.", pieces of a longer
    phrase; the initialism alone stays a candidate. A phrase is removed when every one of
    its occurrences is such a piece."""
    gaps, caps, proper, display, n = scan.gaps, tk.caps, tk.proper, tk.display, len(tk.los)
    ends = {i for i in tk.capitals if display[i][-1:] == "." and i + 1 < n
            and (gaps[i + 1] == ".-" or gaps[i + 1] == ". " and not caps[i + 1])}
    if not ends:
        return
    spans = compress(cands.spans, map(ends.__contains__, map(itemgetter(3), cands.spans)))
    pieces = Counter(span[0] for span in spans if span[2] < span[3] and not proper[span[2]])
    tf = cands.tf
    for key, k in pieces.items():
        if tf.get(key) == k:
            del tf[key]


def drop_headline_only(cands: Any, tk: Any) -> None:
    """Remove the candidates seen only in the headline, except single capitalised words: a
    multi-word one has no case cue there, and a lower-case word the article never uses again
    is most often the headline's verb ("Yoon hails ...", "... submarine docks in Busan";
    DUC-2001 dev 32.23 -> 32.32, KPCrowd dev 14.52 -> 14.53). A capitalised word of a
    headline that the tagger reads as a verb goes too, whether the article writes it in lower
    case ("... Good Start Must Be Sustained" over "... need to sustain ...") or not ("North
    Fleet To Strengthen Patrols"): its capital is the headline's style, no name's (with
    :data:`HEADLINE_VERBS`; DUC-2001 dev 32.80 either way, KPCrowd dev 14.93 -> 14.94). A
    name the tagger reads as a verb and the article writes only in the headline is lost."""
    only = sorted(cands.tf.keys() - cands.body)
    for key, form in zip(only, cands.surfaces(only), strict=True):  # one pass over the spans
        if " " in key or not form[:1].isupper():
            del cands.tf[key]
        elif tk.tags is not None and tk.tag_set.upos[tk.tags[cands.first_span[key][2]]] in (
                "VERB", "AUX"):
            if HEADLINE_VERBS or not tk.lower_stems.isdisjoint(
                    (key, key[:-1], key[:-2], key[:-3])):  # -ed, -ing
                del cands.tf[key]


def _initials_match(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the initials of ``words`` in order, those of
    :data:`OPTIONAL_INITIALS` used or left out ("rok", "dprk" for "republic of korea",
    "democratic people republic of korea")."""
    if not words:
        return not letters
    w = words[0]
    if w in OPTIONAL_INITIALS and _initials_match(letters, words[1:]):
        return True
    return bool(letters) and letters[0] == w[0] and _initials_match(letters[1:], words[1:])


def initial_pairs(cands: Any) -> list[tuple[str, str]]:
    """``(main, other)`` of each acronym of 3-6 capital letters ("DPRK", "NCG", "ROK") and the
    capitalised name in the same text whose initials it spells, an inner "of", "the", "for"
    or "and" read or skipped (:func:`_initials_match`: "Democratic People's Republic of
    Korea", "Republic of Korea"), with no brackets needed. ``main`` is the one the text writes
    more often (the earlier of equally frequent ones), so the pair is shown as the text writes
    it most; an acronym spelling several names goes with the most frequent. The pair is one
    entry of the selection (``Candidates.shown``), each keeping its own count: adding the
    counts, as for an acronym in brackets, cost KPCrowd dev 0.03 macro F1@10; two-letter
    acronyms ("US" and "United States") cost it 0.01 more and stay apart."""
    if not INITIALS:
        return []
    tf, first, first_span = cands.tf, cands.first, cands.first_span
    acronyms, names = [], []
    for key, span in compress(first_span.items(), map(itemgetter(4), first_span.values())):
        if key not in tf:
            continue
        if " " in key:
            if key.count(" ") < 8 and key[0].isalpha():
                names.append(key)
        elif 3 <= len(key) <= 6 and key.isalpha() and span[1].replace(".", "").isupper():
            acronyms.append(key)
    if not acronyms or not names:
        return []
    out = []
    for acr in acronyms:
        spelt = [k for k in names if k[0] == acr[0] and _initials_match(acr, k.split(" "))]
        if spelt:
            name = min(spelt, key=lambda k: (-tf[k], first[k]))
            pair = sorted((acr, name), key=lambda k: (-tf[k], first[k]))
            out.append((pair[0], pair[1]))
    return out


def credit_surnames(cands: Any) -> None:
    """Credit a lone surname to the earliest full name ending with it, a suffix apart ("Gates"
    -> "Daryl Gates", "Austin" -> "Lloyd J. Austin III"), or, for a family name written first
    (:func:`surname_first_names`), to the earliest name of two or three words starting with it
    ("Yoon" -> "Yoon Suk-yeol"): its count is added there and the single word removed. Names
    with an inner "of", "for" or "and" are no person's names."""
    tf, first, first_span = cands.tf, cands.first, cands.first_span
    names = list(compress(tf, map(itemgetter(4), map(first_span.__getitem__, tf))))
    singles = {k for k in names if " " not in k}
    full: dict[str, str] = {}
    east = surname_first_names()
    for k in names:
        if " " in k and " of " not in k and " for " not in k and " and " not in k:
            words = k.split(" ")[:-1 if k.rpartition(" ")[2] in PERSON_SUFFIXES else None]
            for name in {words[-1], words[0] if words[0] in east and len(words) <= 3 else ""}:
                if name in singles and (name not in full or first[full[name]] > first[k]):
                    full[name] = k
    credit_keys(cands, [(k, last) for last, k in full.items()])
