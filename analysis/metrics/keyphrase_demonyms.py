"""A demonym written only as a modifier is no keyphrase alone.

"South Korean" in "the South Korean navy said" and "a South Korean port" describes the navy
and the port; where the text also names South Korea, the demonym alone says nothing the
country's name does not, and it takes a place in a top 10 that already holds the country. So
a capitalised demonym of two words or more ("South Korean", "North Korean": a directional or
compound country's; :func:`country_keys`) whose every use is singular and stands right before
a lower-case word is no candidate when its country is one, or when it is a compass point and
a listed demonym ("North Korean threats", "North Korean nuclear and missile threats" in a
text that never names North Korea: the phrases it modifies say more)
(:func:`drop_modifier_demonyms`). Without a country named, a word list is needed: the
demonym endings alone also take in surnames ("Noonan", "Rodman": KPCrowd dev lost seven
names that way). A demonym used as a noun ("South Koreans", "a South Korean, a sailor,
said"), or one of no compass point in a text that does not name the country, stays.

A one-word demonym ("Japanese", "Russian") written only that way, listed
(``resources/keyphrase_case_names.txt``) or with its country a candidate, gives its place in
the ranking to the phrase it heads (:func:`modifier_slots`): the candidate of several words,
no name, that opens with it and that the text writes most often (the first of those), so
"Japanese" of "Japanese media" and "Japanese government source" is shown as "Japanese
media", at the demonym's score; a demonym heading no such phrase is no candidate. Its count
still supports the phrases it is part of. Dropping such demonyms outright (or crediting
their count to that phrase) cost KPCrowd dev F1@10 0.03-0.05, whose crowd lists
"Indian", "Libyan" and "Italian" alone; the slot keeps the phrases below it where they were.

A demonym written as a modifier in most of its uses and as a plural noun in others ("South
Korean officials", "a South Korean port", "most South Koreans back it") is shown as the plural,
the people (:func:`show_plurals`), at its score: alone, "South Korean" would be the adjective
cut from the nouns it modifies. Dropping it instead cost DUC-2001 dev 0.07 ("West German",
a gold keyphrase, written once as "West Germans") and KPCrowd dev 0.01.

:mod:`analysis.metrics.keyphrase_fragments` applies it with the other pieces.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .keyphrase_case import CASE_NAMES_PATH, known_forms

DEMONYMS = True
ONE_WORD = True  # a one-word demonym only written as a modifier gives its place to its phrase
NOUN_FORMS = True  # a demonym mostly written as a modifier is shown in the plural it has
DEMONYM_ENDINGS = ("an", "ese", "i")
"""Endings of the demonyms' keys read ("Korean", "Japanese", "Israeli")."""
DEMONYM_FORMS = ("an", "ese", "i", "AN", "ESE", "I")
COMPASS = frozenset({"north", "south", "east", "west"})
"""Endings of a demonym written in the singular (an adjective's form)."""


def country_keys(key: str) -> tuple[str, ...]:
    """The candidate keys of the countries a demonym key may come from, its words before the
    last kept: "south korean" -> "south korea"; "russian" -> "russia", "russ"; "chinese" ->
    "china", "chin"; "japanese" -> "japan"; "israeli" -> "israel". Empty for a word without
    a demonym ending."""
    head, _, lo = key.rpartition(" ")
    prefix = head + " " if head else ""
    if lo.endswith("ese"):
        roots = (lo[:-3], lo[:-3] + "a")
    elif lo.endswith("an"):
        roots = (lo[:-1], lo[:-2])
    elif lo.endswith("i"):
        roots = (lo[:-1],)
    else:
        return ()
    return tuple(prefix + r for r in roots if len(r) >= 3)


@lru_cache(maxsize=1)
def listed_demonyms() -> frozenset[str]:
    """The demonyms of ``resources/keyphrase_case_names.txt`` (its section "demonyms and
    peoples"), lower case."""
    out, inside = set(), False
    for line in CASE_NAMES_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line[1:].strip() == "demonyms and peoples"
        elif inside and line.strip():
            out.add(line.strip().lower())
    return frozenset(out)


def compass_demonym(key: str) -> bool:
    """Whether ``key`` is a compass point and a listed demonym ("north korean", "south
    african": :func:`analysis.metrics.keyphrase_case.known_forms`), a demonym whatever the
    text names."""
    head, _, lo = key.partition(" ")
    if head not in COMPASS or " " in lo:
        return False
    return lo in known_forms()[0]


def drop_modifier_demonyms(cands: Any, tk: Any) -> None:
    """Remove from ``cands`` a capitalised demonym name of two words or more whose every
    occurrence is singular and stands right before a lower-case word (one space between) and
    whose country (:func:`country_keys`) is a candidate of the text, or that is a compass
    point and a listed demonym (:func:`compass_demonym`: "North Korean threats" in a text
    that never writes "North Korea"); give the place of such a one-word demonym, listed or
    with its country a candidate, to the phrase it heads (:func:`modifier_slots`)."""
    if not DEMONYMS:
        return
    tf, span = cands.tf, cands.first_span
    listed = listed_demonyms()
    found = [k for k in tf if k.endswith(DEMONYM_ENDINGS) and span[k][4]
             and span[k][1][:1].isupper() and (any(c in tf for c in country_keys(k))
                                                or compass_demonym(k) if " " in k
                                                else ONE_WORD and (k in listed or any(
                                                    c in tf for c in country_keys(k))))]
    if not found:
        return
    los, caps, adjacent = tk.los, tk.caps, tk.adjacent
    last = len(los) - 1
    wanted = set(found)
    uses: dict[str, int] = {}
    modifier: dict[str, int] = {}
    plurals: dict[str, list[str]] = {}
    for key, form, _, b, _, _ in cands.spans:
        if key in wanted:
            uses[key] = uses.get(key, 0) + 1
            if not form.endswith(DEMONYM_FORMS):
                plurals.setdefault(key, []).append(form)  # "South Koreans": a noun
            elif (b < last and adjacent[b] and not caps[b + 1]
                  and los[b + 1].replace("-", "").isalpha()):  # "fifth-generation"
                modifier[key] = modifier.get(key, 0) + 1
    modifiers = [key for key in found if modifier.get(key) == uses[key]]
    if NOUN_FORMS:
        show_plurals(cands, {key: max(sorted(set(forms)), key=forms.count) for key, forms in
                             plurals.items() if modifier.get(key, 0) * 2 > uses[key]})
    for key in modifiers:
        if " " in key:
            del tf[key]
    modifier_slots(cands, [key for key in modifiers if " " not in key])


def modifier_slots(cands: Any, keys: list[str]) -> None:
    """Give the place of each one-word demonym of ``keys`` (written only as a modifier) to the
    phrase it heads (module docstring): ``cands.alone[key]`` is that phrase's key; a demonym
    heading none is removed from ``cands.tf``."""
    if not keys:
        return
    tf, span, first = cands.tf, cands.first_span, cands.first
    for key in keys:
        opening = key + " "
        heads = [k for k in tf if k.startswith(opening) and not span[k][4]]
        if heads:
            cands.alone[key] = max(heads, key=lambda k: (tf[k], -first[k]))
        else:
            del tf[key]


def show_plurals(cands: Any, plural: dict[str, str]) -> None:
    """Show each demonym key of ``plural`` in its plural form (the value): a demonym written
    as a modifier in most of its uses ("South Korean officials", "a South Korean port") and
    as a plural noun in others ("South Koreans back the plan") is a keyphrase as the people
    ("South Koreans"), not as the adjective cut from the nouns it modifies. Its count stays
    (every use names the people or their country)."""
    if not plural:
        return
    spans = cands.spans
    for n, key in enumerate(cands.keys):
        if key in plural:
            span = spans[n]
            spans[n] = (key, plural[key], *span[2:])
