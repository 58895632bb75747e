"""Keyphrase candidates that are one thing written several ways, and words that are no
keyphrase alone (step 5 of :mod:`analysis.metrics.keyphrase_candidates`):

* :func:`merge_name_variants`: the spellings of one Korean or Chinese name ("Yoon Suk Yeol",
  "Yoon Suk-yeol", "Yoon Sukyeol"; "Hyun-dong Cho" for "Cho Hyun-dong") are one candidate,
  shown in the form the article uses most, and a hyphenated given name alone ("Yo-jong") is
  credited to the full name it belongs to ("Kim Yo-jong");
* :func:`acronym_pairs` / :func:`credit_keys`: an acronym in brackets right after the name it
  abbreviates ("the Korean Central News Agency (KCNA)") is credited to that name, so the two
  are one entry;
* :func:`generic_words`: nouns of news reporting that say nothing about an article's topic on
  their own ("statement", "comment", "reporters"; ``resources/keyphrase_generic.txt``), no
  keyphrase alone, though they may be part of one ("joint statement"). ("remarks",
  "briefing", "today" are transcript furniture, in no candidate at all.)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .keyphrase_names import surname_first_names
from .keyphrase_tokens import stem

GENERIC_PATH = Path(__file__).resolve().parents[1] / "resources" / "keyphrase_generic.txt"
VARIANTS = True  # spellings of one surname-first name are one candidate
ACRONYMS = True  # "Korean Central News Agency (KCNA)" is one candidate
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
    for key in tf:
        if first_span[key][4] and (canon := _canonical(key, east)) is not None:
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
    for j in tk.capitals:
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

