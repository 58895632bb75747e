"""The keys a speaker's name is matched under: a variant key that ignores case, hyphens,
apostrophes and spaces (``Yoon Suk-yeol`` and ``Yoon Suk Yeol``), and the acronyms of its
capitalised words (``JCS`` for ``Joint Chiefs of Staff``). :class:`.speakers.SpeakerTracker`
and :class:`.actor_linker.ActorLinker` match names through them."""

from __future__ import annotations

import re
from functools import lru_cache

POSSESSIVE_RE = re.compile(r"[’']s$")
"""A final possessive (``'s``, ``’s``)."""
_POSSESSIVE_ENDS = ("’s", "'s", "’s\n", "'s\n")
"""How a string :data:`POSSESSIVE_RE` matches ends (``$`` also matches before a final
newline): a cheap test before the regex."""
TITLE_ADJECTIVES = frozenset(
    "national foreign defense defence security press first".split())
"""Title words that only qualify a title noun (``National Security Adviser``): alone before a
word they are part of a name (``National Action``, ``Security Council``), no title."""
_NAME_GAP_RE = re.compile(r"[\s\-‐‑.]+")


def drop_possessive(text: str) -> str:
    """``text`` without its final possessive (``POSSESSIVE_RE.sub("", text)``)."""
    return POSSESSIVE_RE.sub("", text) if text.endswith(_POSSESSIVE_ENDS) else text


@lru_cache(maxsize=1 << 14)  # speakers and names recur through a document and a corpus
def normal_key(text: str) -> str:
    """Case-, hyphen-, apostrophe- and space-insensitive key of a name."""
    if text.isalpha():  # one word of letters (most names met): nothing to strip or join
        return text.lower()
    text = drop_possessive(text.strip(" ,.;:"))
    return _NAME_GAP_RE.sub(" ", text.replace("’", "'")).strip().lower()


@lru_cache(maxsize=1 << 14)
def name_keys(name: str) -> tuple[str, tuple[str, ...]]:
    """The keys a name is remembered under: its variant key (case, hyphens, apostrophes and
    spaces ignored) and its acronyms, the initials of its capitalised words and of each run of
    them that ends the name (none for a single word or a name with an all-capital word):
    ``"Joint Chiefs of Staff"`` gives ``("joint chiefs of staff", ("JCS", "CS"))``."""
    if name.isalpha():  # one word of letters (most names met): its normal_key, no acronym
        return name.lower(), ()
    words = [w for w in drop_possessive(name).split() if w[0].isupper()]
    if len(words) < 2 or any(w.isupper() for w in words):
        return normal_key(name), ()
    return normal_key(name), tuple("".join(w[0] for w in words[k:]) for k in range(len(words) - 1))
