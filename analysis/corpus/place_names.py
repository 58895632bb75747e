"""A person's name written right after a place's name: a title's object and its holder.

A title of office with its object before a name leaves one capitalised run that holds the place
and the person: *U.S. Ambassador to South Korea Vera Lindqvist* gives the run *South Korea Vera
Lindqvist*, *the consul general in Busan Omar Haddad* gives *Busan Omar Haddad*. Read whole,
the run is taken for one person's name. After *to*, *in* or *of* (and *the*), a run that
opens with a known place (:func:`place_forms`) and goes on with two or three name words that
end it is the place and then the person (:func:`person_after_place`): *Vera Lindqvist*, *Omar
Haddad*. The last of those words is no body's head (*Japan Coast Guard* and *Korea Air Force*
stay whole; the keyphrases ask more: no common English word, unless a family name, as in
*Sung Kim*), and a run after any other word stays whole (*China Eastern Airlines*).

:meth:`analysis.corpus.speakers.SpeakerTracker.observe` records such a person under the
name alone (so a later *the ambassador* or a bare *Lindqvist* is that person), and
:mod:`analysis.metrics.keyphrase_person_starts` starts a keyphrase candidate at the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

PLACE_LINKS = frozenset({"to", "in", "of"})
"""Words between a title and its place (*Ambassador to*, *Consul General in*, *Minister of*)."""
SURNAME_ZIPF = 4.5
"""A person's last name is rarer than this in general English (wordfreq Zipf; *Coast Guard*,
*Air Force* end in common words): the keyphrases' test, which reads word frequencies."""
UNIT_HEADS = frozenset("""guard guards force forces army navy corps fleet command airlines
    airways railways police marines""".split())
"""Heads of bodies named after a place (*Japan Coast Guard*, *Korea Air Force*, *U.S. Forces
Korea*): no word of a person's name (:func:`person_after_place`), nor are the caller's titles
and bodies' heads."""
CASE_NAMES_PATH = Path(__file__).resolve().parents[1] / "resources" / "keyphrase_case_names.txt"
SURNAMES_PATH = CASE_NAMES_PATH.with_name("surname_first_names.txt")
GIVEN_NAMES_PATH = CASE_NAMES_PATH.with_name("keyphrase_given_names.txt")
PLACE_SECTIONS = ("# countries", "# places")
"""The sections of ``resources/keyphrase_case_names.txt`` whose names are places."""
_DEMONYM_ENDS = ("an", "ans", "ese", "ish", "i")
_NAME_WORD_RE = re.compile(r"[A-Z][A-Za-z’'-]*[a-z]|[A-Z]\.")
_LINK_RE = re.compile(r"(?:^|\s)(?:([\w.]+)\s+)?(?:to|in|of)(?:\s+the)?\s+$")


def fold(name: str) -> str:
    """``name`` as :func:`place_forms` holds it: lower case, periods and apostrophes dropped,
    spaces single (``U.S.`` -> ``us``)."""
    return " ".join(name.lower().replace(".", "").replace("’", "").replace("'", "").split())


@lru_cache(maxsize=1)
def place_forms() -> frozenset[str]:
    """The folded (:func:`fold`) places the package knows: the countries and places of
    ``resources/keyphrase_case_names.txt`` and the listed countries of the actor list with
    their aliases that name a place (``South Korea``, ``ROK``, ``Seoul``; not the demonyms
    ``South Korean``, ``Americans``, nor ``the North``)."""
    from .actor_list import load_actors

    forms: set[str] = set()
    section = ""
    for line in CASE_NAMES_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):  # a section's heading ends the section before it
            section = line.strip()
            continue
        if section in PLACE_SECTIONS and (name := line.split("#", 1)[0].strip()):
            forms.add(fold(name))
    for actor in load_actors()["actors"]:
        if actor["kind"] != "country":
            continue
        for alias in [actor["name"], *actor["aliases"]]:
            text = alias if isinstance(alias, str) else alias["text"]
            if text[:1].isupper() and not text.lower().startswith("the ") and \
                    not text.lower().endswith(_DEMONYM_ENDS):
                forms.add(fold(text))
    return frozenset(forms)


def person_after_place(words: Sequence[str], stop: frozenset[str],
                       common: Callable[[str], bool] | None = None,
                       titled: bool = False) -> int | None:
    """Where a person's name starts in the capitalised run ``words`` after a known place
    (:func:`place_forms`, one to four words opening the run): the index of the first of two
    or three name words that end the run (a middle initial ``S.`` may stand between them),
    none of them a place or in ``stop`` (titles, role nouns, bodies' heads; lower case) or
    :data:`UNIT_HEADS` (``U.S. Forces Korea`` stays whole), the last no common word where
    ``common`` tells (the keyphrases' word-frequency test), the first a given or family name
    (:func:`person_words`) unless a title stands before the place (``titled``: *Ambassador
    to*); else ``None``."""
    places = place_forms()
    for k in range(1, min(4, len(words) - 2) + 1):
        if fold(" ".join(words[:k])) not in places:
            continue
        tail = words[k:]
        named = [w for w in tail if not (len(w) == 2 and w.endswith("."))]
        if 2 <= len(named) <= 3 and all(map(_NAME_WORD_RE.fullmatch, tail)) and \
                tail[0] == named[0] and not any(fold(w) in places for w in tail) and \
                not any(w.lower().strip(".") in stop or w.lower() in UNIT_HEADS for w in tail) and \
                not (common and common(named[-1].lower())) and \
                (titled or named[0].lower() in person_words()):
            return k
    return None


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """The romanised Korean and Chinese family names of ``resources/surname_first_names.txt``
    (lower case): a common word there ("Kim", "Lee", "Park") may end a person's name."""
    return _listed_words(SURNAMES_PATH)


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Words that open a person's name: the common given names of
    ``resources/keyphrase_given_names.txt`` and the :func:`family_names` (lower case)."""
    return _listed_words(GIVEN_NAMES_PATH) | family_names()


def _listed_words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def after_place(sentence: str, start: int, name: str, first: str | None,
                stop: frozenset[str]) -> tuple[str, str | None]:
    """``(name, first)`` of a capitalised run ``name`` found at ``start`` in ``sentence``
    (``first``: its first word, when it has several), cut to the person's name when *to*,
    *in* or *of* (and *the*) stand right before it and it is a place and then a person
    (:func:`person_after_place`; titled when the word before the link is in ``stop``: *U.S.
    Ambassador to*); else as given."""
    if not start or " " not in name:
        return name, first
    m = _LINK_RE.search(sentence, max(0, start - 40), start)
    if not m or name.count(" ") < 2:
        return name, first
    words = name.split()
    k = person_after_place(words, stop, titled=(m.group(1) or "").lower().strip(".") in stop)
    return (" ".join(words[k:]), words[k]) if k else (name, first)


def placed_tail(words: Sequence[str], stop: frozenset[str]) -> str | None:
    """The person's name that ends the words ``words`` of a speaker after *to*, *in* or *of*
    (and *the*) and a place (:func:`person_after_place`: ``consul general in Busan Omar
    Haddad`` -> ``Omar Haddad``), else ``None``."""
    for p in range(1, len(words) - 2):
        if words[p - 1] in PLACE_LINKS or p > 1 and words[p - 1] == "the" \
                and words[p - 2] in PLACE_LINKS:
            link = p - 1 if words[p - 1] in PLACE_LINKS else p - 2
            title = words[link - 1].lower().strip(".") if link > 0 else ""
            k = person_after_place(words[p:], stop, titled=title in stop)
            if k:
                return " ".join(words[p + k:])
    return None
