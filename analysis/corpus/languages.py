"""Is a document English? Every measure of the package (readability formulas, keyphrases,
frames, certainty, tone, attribution) is made for English text; on other text it still gives
numbers, and they mean nothing. A loader calls :func:`language_warning` and warns when

* the document's ``language`` field names another language (``ko``, ``zh-CN``; ``en`` and
  ``en-US`` are English), or
* most of its letters (and at least :data:`MIN_LETTERS`) are of one script other than
  Latin (Hangul, CJK ideographs, Cyrillic...), whatever ``language`` says: a Korean-language
  article in a folder of English ones, whose ``language`` is the default ``en``, or
* it is in the Latin script but has almost none of English's commonest words (*the*, *of*,
  *and*, *to*...: fewer than :data:`MIN_ENGLISH_SHARE` of its first words, at least
  :data:`MIN_WORDS` of them) and many of another's (:data:`OTHER_WORDS`): a French, Spanish,
  German or Indonesian article. In English
  text these words are at least 6.6% of the first words (the lowest of the 1,770 documents of
  60 words or more of DUC-2001 dev, KPCrowd dev, PolNeAR train and dev, OneStopEnglish dev
  and the seed); in those languages, about 0 (one KPCrowd dev article, in Indonesian, has 0).

The document is kept (its metadata may be what a user studies), and the warning names the file
(and the row of a table). An English text is passed after one C-speed count of its characters
past Latin-1 (about 30 microseconds for 4,400 characters with curly quotes and dashes).

The ``language`` field is a code (ISO 639 / BCP 47: ``en``, ``ko``, ``en-US``).
:func:`normalise_language` also reads what database exports often write instead: a language's
English name in any case (``English``, ``korean``: the names of Babel's CLDR data, Unicode's
Common Locale Data Repository), a common news language's own name (``Deutsch``, ``한국어``) and an
underscore locale (``en_US``), all turned into the code (``en``, ``ko``, ``de``, ``en-US``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import Any

MIN_LETTERS = 20
"""Fewer letters than this say too little about a text's script to warn."""

MIN_WORDS = 60
"""Fewer words than this (a headline, a caption) say too little about a text's language."""

MIN_ENGLISH_SHARE = 0.025
"""Below this share of :data:`ENGLISH_WORDS` among its first words a Latin-script text is not
English."""

ENGLISH_WORDS = (" the ", " of ", " and ", " to ", " that ", " with ", " for ", " said ", " by ")
"""English's commonest words, none of them a common word of another Latin-script news language
(*is*, *was*, *in*, *a* are left out: Dutch, German, Italian, Spanish and Portuguese use them)."""

OTHER_WORDS = tuple(f" {w} " for w in """de la le les des et du une est que pour dans sur au aux
    el los las y del por con para una es se en un
    der die das und den dem ist nicht mit von zu auf sich ein eine
    il di che della per non una sono gli
    do da em os não um uma que com
    het een van en op ik zijn niet
    yang dan di ke untuk dengan ini itu dari pada""".split())
"""Common function words of French, Spanish, German, Italian, Portuguese, Dutch and Indonesian:
a text short of English's words is named only when at least :data:`MIN_OTHER_SHARE` of its
words are these (a table of numbers, a list of names or a clipped brief is still English)."""

MIN_OTHER_SHARE = 0.08

SAMPLE_CHARS = 2000
"""The words looked at: those of the first characters of the text."""

_NON_LATIN_RE = re.compile("[^\\W\\d_\x00-\u024f]+")
"""Runs of letters past the Latin blocks (Basic Latin to Latin Extended-B): word characters
that are not digits, ``_`` or Latin."""

_MEASURES_NOTE = ("the measures are made for English text, so its values are not meaningful; "
                  "leave it out or analyse it apart")


LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", re.ASCII)
"""A language code: ISO 639 (``en``, ``eng``) with optional BCP 47 subtags (``en-US``)."""

NEWS_LANGUAGES = ("ar", "de", "en", "es", "fa", "fr", "he", "hi", "id", "it", "ja", "ko", "ms",
                  "nl", "pl", "pt", "ru", "sv", "th", "tr", "uk", "ur", "vi", "zh")
"""Languages whose own names (``Deutsch``, ``한국어``) are read besides their English ones."""


@cache
def _language_names() -> dict[str, str]:
    """Case-folded language name -> code: CLDR's English names of every language (Babel), then
    the own names of :data:`NEWS_LANGUAGES`; loaded on the first name met."""
    from babel import Locale

    names = {name.casefold(): code for code, name in sorted(Locale("en").languages.items())
             if LANGUAGE_CODE.fullmatch(code)}
    for code in NEWS_LANGUAGES:
        names.setdefault(Locale.parse(code).get_display_name(code).casefold(), code)
    return names


def normalise_language(value: Any) -> Any:
    """A ``language`` value as a code: a code as it is, ``en_US`` as ``en-US``, a language name
    (``English``, ``korean``, ``Deutsch``) as its code; anything else (a number, an unknown
    word) as it is, for the metadata check to refuse.

    >>> [normalise_language(v) for v in ("en", "English", "KOREAN", "en_US", "한국어", "Elvish")]
    ['en', 'en', 'ko', 'en-US', 'ko', 'Elvish']
    """
    if not isinstance(value, str) or LANGUAGE_CODE.fullmatch(value):
        return value
    stripped = value.strip()
    if LANGUAGE_CODE.fullmatch(stripped.replace("_", "-")):
        return stripped.replace("_", "-")
    return _language_names().get(stripped.casefold(), value)


def language_problems(language: Any) -> list[str]:
    """What is wrong with a (normalised) ``language`` value: ``[]`` for a code or a missing
    value, else one problem naming the value."""
    if not isinstance(language, str) or LANGUAGE_CODE.fullmatch(language):
        return []
    return [f"field 'language' must be a language code such as 'en', 'ko' or 'en-US' (ISO 639 "
            f"/ BCP 47) or a language's name such as 'English', got {language!r}"]


def language_warning(text: str, meta: dict[str, Any], where: str) -> str | None:
    """The warning for a document that is not English (see the module docstring), starting with
    ``where`` (``"<file>"`` or ``"<file>: row 3"``); ``None`` for an English one."""
    language = str(meta.get("language") or "en")
    code = language.lower()
    if not (code in ("en", "eng") or code.startswith(("en-", "eng-"))):
        return f"{where}: language {language!r}: {_MEASURES_NOTE}"
    script = _main_other_script(text)
    if script is None:
        few = _few_english_words(text)
        if few is None:
            return None
        hits, words = few
        return (f"{where}: text has almost none of English's commonest words ({hits} of its "
                f"first {words:,} words) but its language is {language!r}; {_MEASURES_NOTE}")
    name, count, letters = script
    return (f"{where}: text is mostly in {name} script ({count:,} of {letters:,} letters) but its "
            f"language is {language!r}; {_MEASURES_NOTE}")


def _few_english_words(text: str) -> tuple[int, int] | None:
    """``(English words, words)`` among the first :data:`SAMPLE_CHARS` characters when there
    are at least :data:`MIN_WORDS` words, under :data:`MIN_ENGLISH_SHARE` of them are
    :data:`ENGLISH_WORDS` and at least :data:`MIN_OTHER_SHARE` are :data:`OTHER_WORDS`, else
    ``None``. Words are counted by their spaces, at C speed."""
    sample = " ".join(text[:SAMPLE_CHARS].lower().split()) + " "
    words = sample.count(" ")
    if words < MIN_WORDS:
        return None
    hits = sum(sample.count(w) for w in ENGLISH_WORDS)
    if hits >= MIN_ENGLISH_SHARE * words:
        return None
    other = sum(sample.count(w) for w in OTHER_WORDS)
    return (hits, words) if other >= MIN_OTHER_SHARE * words else None


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
