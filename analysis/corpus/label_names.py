"""The fullest name of the person a transcript's turn label names by titles and a family name.

A turn label often names its speaker by a title and a family name only (``MR. MILLER:``,
``Minister Hayashi:``); the title line or the first turn names the person in full (``Press
Briefing by Matthew Miller``, ``Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:``). The
actor column links that fuller name, so that every turn of one speaker comes to one actor."""

from __future__ import annotations

import re

from .speakers import TITLE_WORDS, clean_name

_JAPANESE_BEFORE = r"(?:\b(?:Mr|Ms|Mrs|Dr)\.?|\bMinister|\bSecretary|\bSpokesperson|\bAmbassador)"
"""An honorific or a title before a family name in capitals and a given name (``Mr. HAYASHI
Yoshimasa``, ``Foreign Minister HAYASHI Yoshimasa``), Japan's official order."""


def label_full_name(text: str, speaker: str | None) -> str | None:
    """The fullest naming in the transcript ``text`` of the person a turn label names by titles
    and a family name (``Mr. Miller`` -> ``Matthew Miller`` from the title line, ``Minister
    Lee`` -> ``Lee Jong-sup``: a Korean family name comes first, ``Minister Hayashi`` -> ``Hayashi
    Yoshimasa`` after ``Mr. HAYASHI Yoshimasa``; ``Foreign Minister Park`` ->
    ``Park Jin`` after those titles in the title line); a label of titles and a full
    name is the name (``Minister Of National Defense Shin Won-Sik``); ``The President`` is the
    one name the lines before the first such turn give after *President* (not *Vice President*),
    if only one (``Remarks by President Biden``); else ``speaker``."""
    words = (speaker or "").split()
    if words == ["The", "President"]:
        head = text[:max(0, text.find("THE PRESIDENT:"))]  # the lines before the turns
        named = set(re.findall(r"(?<!Vice )\bPresident\s+([A-Z][a-z]+)\b", head))
        if len(named) == 1:
            return named.pop()  # "THE PRESIDENT:" under "Remarks by President Biden": Biden
    if len(words) < 2 or any(w.lower().strip(".") not in TITLE_WORDS for w in words[:-1]):
        name = clean_name(speaker or "")  # "Minister Of National Defense Shin Won-Sik"
        return name if " " in name and len(name) < len(speaker or "") else speaker
    family = re.escape(words[-1])
    korean = re.search(rf"\b{family}\s+[A-Z][a-z]+-[a-z]+\b", text)
    if korean:
        return korean.group(0)
    japanese = re.search(rf"{_JAPANESE_BEFORE}\s+{family.upper()}\s+([A-Z][a-z]+)\b", text)
    if japanese:  # "Minister Hayashi" after "Mr. HAYASHI Yoshimasa, Minister ...": both names
        return f"{words[-1]} {japanese.group(1)}"
    for m in re.finditer(rf"\b([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+{family}\b(?!-)"
                         rf"|\b((?:[A-Z]+ ){{0,2}}[A-Z]+) {family.upper()}\b(?!-)", text):
        if m.group(1) and m.group(1).lower() not in TITLE_WORDS:
            return m.group(0)
        given = _given_names(m.group(2)) if m.group(2) else []
        if given:  # "ADMIRAL JOHN AQUILINO": John Aquilino
            return " ".join([*given, words[-1]])
    titles = r"\s+".join(map(re.escape, words[:-1]))  # "Foreign Minister Park Jin at a ..."
    titled = re.search(rf"(?i:{titles})\s+({family}\s+[A-Z][a-z]+)\b(?![-\s]+[A-Z])", text)
    return titled.group(1) if titled else speaker


def _given_names(run: str) -> list[str]:
    """The given name that ends a run of words in capitals before a family name (``ADMIRAL JOHN``
    -> ``John``, ``CSIS KOREA CHAIR VICTOR`` -> ``Victor``), if a title or a function word does
    not end it; one word, since a post may stand before it (``NSC COORDINATOR JOHN``)."""
    given: list[str] = []
    for word in reversed(run.split()):
        if word.lower().strip(".") in TITLE_WORDS or word.lower() in _NOT_GIVEN:
            break
        given.insert(0, word.title())
    return given[-1:]


_NOT_GIVEN = frozenset("the a an our and with by of in on at for to".split())
"""Capitalised words before a family name that are no given name (``The Long March``)."""
