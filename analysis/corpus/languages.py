"""Is a document English? Every measure of the package (readability formulas, keyphrases,
frames, certainty, tone, attribution) is made for English text; on other text it still gives
numbers, and they mean nothing. A loader calls :func:`language_warning` and warns when

* the document's ``language`` field names another language (``ko``, ``zh-CN``; ``en`` and
  ``en-US`` are English), or
* most of its letters (and at least :data:`MIN_LETTERS`) are of one script other than
  Latin (Hangul, CJK ideographs, Cyrillic...), whatever ``language`` says: a Korean-language
  article in a folder of English ones, whose ``language`` is the default ``en``.

The document is kept (its metadata may be what a user studies), and the warning names the file
(and the row of a table). An English text is passed after one C-speed count of its characters
past Latin-1 (about 30 microseconds for 4,400 characters with curly quotes and dashes).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

MIN_LETTERS = 20
"""Fewer letters than this say too little about a text's script to warn."""

_NON_LATIN_RE = re.compile("[^\\W\\d_\x00-\u024f]+")
"""Runs of letters past the Latin blocks (Basic Latin to Latin Extended-B): word characters
that are not digits, ``_`` or Latin."""

_MEASURES_NOTE = ("the measures are made for English text, so its values are not meaningful; "
                  "leave it out or analyse it apart")


def language_warning(text: str, meta: dict[str, Any], where: str) -> str | None:
    """The warning for a document that is not English (see the module docstring), starting with
    ``where`` (``"<file>"`` or ``"<file>: row 3"``); ``None`` for an English one."""
    language = str(meta.get("language") or "en")
    code = language.lower()
    if not (code in ("en", "eng") or code.startswith(("en-", "eng-"))):
        return f"{where}: language {language!r}: {_MEASURES_NOTE}"
    script = _main_other_script(text)
    if script is None:
        return None
    name, count, letters = script
    return (f"{where}: text is mostly in {name} script ({count:,} of {letters:,} letters) but its "
            f"language is {language!r}; {_MEASURES_NOTE}")


def _main_other_script(text: str) -> tuple[str, int, int] | None:
    """``(script, its letters, all letters)`` when over half of the text's letters, and at
    least :data:`MIN_LETTERS`, are of one script other than Latin, else ``None``. Only the
    letters past the Latin blocks are looked at one by one, so an English text (curly quotes,
    dashes, a name in Hangul) costs a regular-expression scan."""
    # Characters past Latin-1, counted at C speed: a text with fewer than a fifth of them is
    # not mostly of another script (an English text's are its curly quotes and dashes).
    beyond_latin1 = len(text) - len(text.encode("latin-1", "ignore"))
    if beyond_latin1 < max(MIN_LETTERS, len(text) / 5):
        return None
    others = "".join(_NON_LATIN_RE.findall(text))
    if len(others) < MIN_LETTERS:
        return None
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for ch in others
                      if ch.isalpha())  # not a combining mark
    if not scripts:
        return None
    name, count = scripts.most_common(1)[0]
    if count < MIN_LETTERS:
        return None
    letters = sum(map(str.isalpha, text))
    if count * 2 <= letters:
        return None
    return ("Han (CJK)" if name == "CJK" else name.title()), count, letters
