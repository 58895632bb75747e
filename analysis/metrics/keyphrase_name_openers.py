"""Names that open with a stop word: "New York", "New Delhi", "Great Britain", "New Year".

"New" and "Great" are stop words (``resources/stopwords_en.txt``), which break keyphrase chunks
wherever they stand, so the names they open lost their first word: "the New York Times" gave
"York Times", "officials in New Delhi" gave "Delhi". A capitalised stop word right before the
rest of a name the package knows (``resources/keyphrase_case_names.txt``, as
:func:`analysis.metrics.keyphrase_case.known_forms` reads it; one space between) is part of
that name's chunk (:func:`join_name_openers`); lower case ("a new york-style deli") and any
other capitalised stop word ("New sanctions") still break.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .vocabulary import load_stopwords

NAME_OPENERS = True


NAMES_PATH = Path(__file__).resolve().parent.parent / "resources" / "keyphrase_case_names.txt"
"""The names the package knows in their usual case (read by :mod:`.keyphrase_case` too; the
actor list's aliases never open with a stop word, so this file holds every such name)."""


@lru_cache(maxsize=1)
def opener_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each stop word that opens a known name of several words -> the rest of those names,
    as tuples of lower-case words ("new" -> ("york",), ("delhi",), ...)."""
    stop = load_stopwords()
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in NAMES_PATH.read_text(encoding="utf-8").splitlines():
        key = line.split("#", 1)[0].strip().lower()
        if not key:
            continue
        first, *rest = key.split()
        if rest and first in stop:
            out.setdefault(first, []).append(tuple(rest))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def join_name_openers(text: str, words: Sequence[str], los: Sequence[str], gaps: Sequence[str],
                      codes: bytearray, word_code: int) -> None:
    """Set ``codes[i]`` to ``word_code`` (a word inside a chunk) for each capitalised stop
    word ``words[i]`` that opens a known name with the words after it (one space apart)."""
    if not NAME_OPENERS:
        return
    openers = opener_names()
    if not any(o.title() + " " in text for o in openers):
        return  # most texts
    n = len(words)
    for i in range(n - 1):
        rests = openers.get(los[i])
        if rests is None or not words[i][:1].isupper():
            continue
        for rest in rests:
            end = i + 1 + len(rest)
            if end <= n and tuple(los[i + 1:end]) == rest and all(
                    g == " " for g in gaps[i + 1:end]):
                codes[i] = word_code
                break
