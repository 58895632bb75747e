"""The token scan behind keyphrase candidates: per-type facts about each token, and the
chunks, lines and headline of a text (steps 1-2 of :mod:`analysis.metrics.keyphrase_candidates`).

Token facts are cached per token type (bounded), so a corpus pays for each type once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import eq, itemgetter, ne
from threading import RLock
from typing import Any

from ..corpus.tokens import WORD_RE, ascii_words
from .furniture import load_furniture
from .keyphrase_name_openers import join_name_openers
from .vocabulary import (
    APOSTROPHE_FOLD,
    load_fixed_expressions,
    load_light_nouns,
    load_stopwords,
    split_possessive,
    zipf,
)
from .word_frequencies import LANGUAGE, FrequencyTable, english_frequencies, read_bands

ZIPF_COMMON = 6.0  # lower-case words at least this common never enter a candidate
FIXED = True  # a fixed expression ("de facto", "status quo") is never cut
INITIALS = True  # a middle initial ("Victor D. Cha") ends no sentence
VERB_CUES = frozenset("to will would can could should may might must shall".split())
VERB_CUE_ADVERBS = frozenset("not never also still jointly further soon then now only better"
                             .split())
"""Words between a verb cue and its verb ("will not station", "to better deter")."""
_ABBREVIATIONS = frozenset("mr mrs ms dr gen lt col sen rep gov prof adm sgt capt maj st jr"
                           .split())
_INITIALISM = re.compile(r"(?:[A-Za-z]+-)?(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, ROK-U.S (. a gap)
_WORDS_AND_GAPS = re.compile(f"({WORD_RE.pattern})")
_ASCII_WORDS_AND_GAPS = re.compile(r"([A-Za-z0-9]++(?:[-‐‑'’.,/&][A-Za-z0-9]++)*+)")
"""The same on ASCII words (:func:`analysis.corpus.tokens.ascii_words`), where ``[^\\W_]`` is
``[A-Za-z0-9]``: a bitmap class, and possessive repeats, which never need to give back (a
joiner is no word character), cost the engine a fifth fewer instructions."""
_SENT_END = re.compile(r"[.!?][\"'’”)\]]*\s*$|\n")
_OPENERS = set("\"“‘':-—–")  # not "(": "(Reuters)", "(NCG)" start no sentence
_LY_NOUNS = frozenset("""family italy supply assembly july ally rally anomaly monopoly reply
    belly bully lily holly jelly emily kelly sally molly billy doily fly""".split())

TokenInfo = tuple[int, str, bool, bool, bool, str, int, int]
"""Per token type: (length without possessive, lower, possessive, capitalised, breaks a chunk,
light stem, verb form: 2 ``-ed``, 1 ``-ing``, 0 none; abbreviation: 2 an initialism such as
``U.S``, 1 a title such as ``Gen``, 0 none)."""


def stem(lo: str) -> str:
    """A light plural stem used only to group variants ("officers" ~ "officer")."""
    if len(lo) > 4 and lo.endswith("ies"):
        return lo[:-3] + "y"
    if len(lo) > 3 and lo[-1] == "s" and lo[-2] not in "su'" and not lo.endswith("is"):
        return lo[:-1]
    return lo


_ZIPF = zipf.__wrapped__
""":func:`analysis.metrics.vocabulary.zipf` itself, without its cache."""


@lru_cache(maxsize=1 << 16)
def word_zipf(word: str) -> float:
    """:func:`analysis.metrics.vocabulary.zipf` of ``word``, remembered (bounded): the scoring
    and the name rules read the same words' frequencies over and over. The one cache of these
    words (``zipf``'s own would hold the same ones again). A plain ASCII word (most) is looked
    up in the table straight away, as ``zipf`` does first: a frequent one (:func:`_frequent`)
    in a dictionary, the others in the table's blocks; so are the parts of a lower-case word
    of frequent words joined by hyphens (``information-sharing``), combined as ``zipf``
    combines them."""
    frequent = _frequent()
    known = frequent.get(word)
    if known is not None:
        return known[0]
    if word.isascii() and word.isalpha():
        table = _english_table()
        index = table.ascii.find(word)
        if index is not None:
            return table.zipf[index]
        if word.islower():
            return 0.0  # a plain token that the table lacks: zipf_frequency gives 0.0 too
    elif "-" in word and word.isascii() and word.islower():
        parts = list(map(frequent.get, word.split("-")))
        if None not in parts:  # (then each part is [a-z]+, as zipf's pattern asks)
            return _combined_zipf([freq for _, freq in parts])
    return _ZIPF(word)


def _combined_zipf(frequencies: list[float]) -> float:
    """The Zipf frequency that :func:`analysis.metrics.vocabulary.zipf` gives a word that
    wordfreq splits into tokens of these ``frequencies`` (all listed): ``1/f = 1/f1 + 1/f2
    + ...``, 3 significant digits, rounded to 2 decimals, in the same steps."""
    from wordfreq import freq_to_zipf, zipf_to_freq

    one_over = 0.0
    for freq in frequencies:
        one_over += 1.0 / freq
    unrounded = max(1.0 / one_over, zipf_to_freq(0.0))
    return round(freq_to_zipf(round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)), 2)


FREQUENT_BAND = 600
"""The plain words of the frequency table at or above Zipf 3.0 (at most 600 centibels below
1: 28,338 ASCII words) are also held in a dictionary (:func:`_frequent`)."""


@lru_cache(maxsize=1)
def _frequent() -> dict[str, tuple[float, float]]:
    """The Zipf frequency and the frequency of each plain ASCII word (letters only) of the
    frequency table listed at most :data:`FREQUENT_BAND` centibels below 1 (one tuple per
    band), read once from the first bands of wordfreq's list (about 3 MB, 15-20 ms): a
    dictionary look-up instead of a search of the word's block of about 1,000 characters
    (about 5,000 instructions), for most words of a text (four in five of a news text's new
    word types). A word listed twice keeps its first band, as the table's search finds."""
    from wordfreq import available_languages

    table = _english_table()
    values = list(zip(table.zipf, table.frequencies, strict=True))
    out: dict[str, tuple[float, float]] = {}
    bands = read_bands(available_languages("best")[LANGUAGE])
    try:
        for index, band in zip(range(FREQUENT_BAND + 1), bands, strict=False):
            for word in band:
                if word.isascii() and word.isalpha() and word not in out:
                    out[word] = values[index]
    finally:
        bands.close()
    return out


@lru_cache(maxsize=1)
def _english_table() -> FrequencyTable:
    """:func:`analysis.metrics.word_frequencies.english_frequencies`, held here."""
    return english_frequencies()


MAX_TYPES = 1 << 16  # token types remembered (bounded, so memory stays flat on huge corpora)


class TypeColumns:
    """The :data:`TokenInfo` of each token type seen, and its facts as numpy columns indexed by
    the type's number (``ids``), so a text's per-token columns are a few array look-ups
    instead of one Python pass each: ``info`` (the tuples), ``lo``, ``stem`` (objects),
    ``poss``, ``cap``, ``brk``, ``cue`` (a verb cue), ``adverb`` (a verb-cue adverb), ``fixed``
    (the first word of a fixed expression), ``alpha`` (starts with a letter), ``initialism``
    (abbreviation 2) and ``vf``."""

    OBJECTS = ("info", "lo", "stem")
    FLAGS = ("poss", "cap", "brk", "cue", "adverb", "fixed", "alpha", "initialism")

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        # "objects" and "flags": a row per type, a column per name of OBJECTS and FLAGS (a
        # text's columns are one look-up each); "vf". Numpy is imported with the first types.
        self.columns: dict[str, Any] = {}

    def grow(self, size: int) -> None:
        """Room for ``size`` types."""
        import numpy as np

        old, n = self.columns, len(self.ids)
        self.columns = {"objects": np.empty((size, len(self.OBJECTS)), object),
                        "flags": np.zeros((size, len(self.FLAGS)), bool),
                        "vf": np.zeros(size, np.uint8)}
        for name, column in old.items():
            self.columns[name][:n] = column[:n]

    def clear(self) -> None:
        self.ids.clear()
        self.columns = {}

    def add(self, raws: list[str], infos: list[TokenInfo]) -> None:
        """Number the new types ``raws`` and fill their columns from ``infos``."""
        import numpy as np

        start = len(self.ids)
        end = start + len(raws)
        size = len(self.columns["vf"]) if self.columns else 0
        if end > size:
            self.grow(max(end, 2 * size, 1 << 10))
        c, n = self.columns, end - start
        if not n:
            return
        _, los, poss, cap, brk, stems, vf, abbr = zip(*infos, strict=True)  # fields as tuples
        # (bytes and fromiter: a list would cost numpy a type discovery per item)
        objects = c["objects"]
        for i, values in enumerate((infos, los, stems)):
            objects[start:end, i] = np.fromiter(values, object, n)
        flags = b"".join(map(bytes, (  # in FLAGS order
            poss, cap, brk, map(VERB_CUES.__contains__, los),
            map(VERB_CUE_ADVERBS.__contains__, los),
            map(load_fixed_expressions().__contains__, los),
            map(str.isalpha, map(itemgetter(0), los)), map(eq, abbr, repeat(2)))))
        c["flags"][start:end] = np.frombuffer(flags, bool).reshape(len(self.FLAGS), n).T
        c["vf"][start:end] = np.frombuffer(bytes(vf), np.uint8)
        self.ids.update(zip(raws, range(start, end), strict=True))

    def take(self, at: Any) -> dict[str, Any]:
        """The columns of the types numbered ``at`` (a numpy index array), by name."""
        objects = self.columns["objects"].take(at, axis=0)
        flags = self.columns["flags"].take(at, axis=0)
        out = {name: objects[:, i] for i, name in enumerate(self.OBJECTS)}
        out.update((name, flags[:, i]) for i, name in enumerate(self.FLAGS))
        out["vf"] = self.columns["vf"].take(at)
        return out


_TYPES = TypeColumns()
_LOCK = RLock()  # the type table grows and is read by one text at a time
_TOKEN_INFO: dict[str, TokenInfo] = {}


def clear_token_types() -> None:
    """Forget every token type (as when the table reaches :data:`MAX_TYPES`)."""
    with _LOCK:
        _TOKEN_INFO.clear()
        _TYPES.clear()


def token_info(raw: str) -> TokenInfo:
    """Cached :data:`TokenInfo` of a token type (hyphenated words are no verb form)."""
    info = _TOKEN_INFO.get(raw)
    return token_infos([raw])[0] if info is None else info


NOUN_LIKE_PREPOSITIONS = frozenset({"amid", "amidst", "despite", "unlike"})
"""Prepositions the tagger can read as nouns ("... held soon amid concerns"), which break a
keyphrase like the stop words (kept out of the shared stop list, whose other readers they
would change)."""


@lru_cache(maxsize=1)
def keyphrase_stopwords() -> frozenset[str]:
    """The stop words (:func:`load_stopwords`) and :data:`NOUN_LIKE_PREPOSITIONS`."""
    return load_stopwords() | NOUN_LIKE_PREPOSITIONS


def token_infos(raws: list[str]) -> list[TokenInfo]:
    """:data:`TokenInfo` of each of the token types ``raws`` (none of them cached), cached
    (and numbered in :class:`TypeColumns`): one pass with the word lists at hand, as a text's
    new types come in a batch."""
    stop, furniture, light = keyphrase_stopwords(), load_furniture(), load_light_nouns()
    out = []
    for raw in raws:
        tok, poss = split_possessive(raw) if "'" in raw or "’" in raw else (raw, False)
        lo = tok.lower()
        cap = tok[:1].isupper()
        vf = 0
        if "-" not in lo:
            if len(lo) > 4 and lo.endswith("ed"):
                vf = 2
            elif len(lo) > 5 and lo.endswith("ing"):
                vf = 1
        abbr = 2 if "." in tok and _INITIALISM.fullmatch(tok) else int(
            cap and lo in _ABBREVIATIONS)
        # an initialism's periods are no part of its key: "U.S." and "US" are one candidate
        key = lo.replace(".", "") if abbr == 2 else stem(lo) if lo[-1] == "s" else lo
        # whether the token breaks a chunk (can be part of no candidate phrase)
        if (lo if lo.isascii() else lo.translate(APOSTROPHE_FOLD)) in stop:
            # "US"/"U.S." is the United States, not the pronoun
            brk = not (lo in ("us", "u.s") and tok.isupper())
        elif len(lo) == 1 or not (lo.isalpha() or any(map(str.isalpha, lo))) \
                or lo in furniture or lo in light:
            brk = True
        elif cap:
            brk = False
        elif len(lo) > 4 and lo.endswith("ly") and lo not in _LY_NOUNS:
            brk = True
        else:
            brk = word_zipf(lo) >= ZIPF_COMMON
        out.append((len(tok), lo, poss, cap, brk, key, vf, abbr))
    with _LOCK:
        if len(_TOKEN_INFO) + len(raws) > MAX_TYPES:
            clear_token_types()
        _TOKEN_INFO.update(zip(raws, out, strict=True))
        _TYPES.add(raws, out)
    return out


@dataclass(slots=True)
class TokenScan:
    """Tokens of a text with the ranges the candidate search works on."""

    words: list[str]  # the tokens as written (possessive included)
    gaps: list[str]  # the len(words) + 1 strings around them
    infos: list[TokenInfo]
    initial: list[bool]  # token at a sentence or line start
    lines: list[tuple[int, int]]  # token ranges [start, end) of the lines
    chunks: list[tuple[int, int]]  # token ranges [start, end) of the chunks
    fixed: list[tuple[int, int, bool]] = field(default_factory=list)
    """Fixed expressions that may enter a candidate: (first token, last token, a noun)."""
    initials: list[int] = field(default_factory=list)  # middle initials ("D" in "Victor D. Cha")
    marks: list[int] = field(default_factory=list)  # the gaps other than one space
    los: tuple[str, ...] = ()  # the columns of infos read by the scan: lower case,
    possessive: tuple[bool, ...] = ()  # possessive and breaks a chunk (shared with the
    breaks: tuple[bool, ...] = ()  # candidate search, which reads them again)
    columns: dict[str, Any] = field(default_factory=dict)  # token_columns of the words
    _ends: list[int] | None = None  # character offset after each gap and token, once read

    def _offsets(self) -> list[int]:
        if self._ends is None:
            pieces = [""] * (2 * len(self.words) + 1)  # gap, word, gap, ..., word, gap
            pieces[0::2], pieces[1::2] = self.gaps, self.words
            self._ends = list(accumulate(map(len, pieces)))
        return self._ends

    @property
    def starts(self) -> list[int]:
        """Character offset of each token (computed when first read: few texts need it)."""
        return self._offsets()[0:-1:2]

    @property
    def raw_ends(self) -> list[int]:
        """Character offset after each token (possessive included)."""
        return self._offsets()[1::2]

    def char_after(self, i: int, length: int) -> str:
        """The character of the text right after the first ``length`` characters of token
        ``i`` (``""`` at the end of the text), read without the token offsets."""
        word = self.words[i]
        return word[length:length + 1] if length < len(word) else self.gaps[i + 1][:1]


@lru_cache(maxsize=1 << 10)
def _gap_break(gap: str, after_abbreviation: bool) -> tuple[bool, bool, bool]:
    """``(breaks a chunk, starts a sentence, starts a line)`` for the text between two tokens
    that is more than one space. The period of an abbreviation ends no sentence."""
    if "\n" in gap:
        return True, True, True
    if gap.isspace():
        return False, False, False
    if after_abbreviation and gap[0] == "." and gap[1:].isspace():
        return True, False, False
    return True, bool(_SENT_END.search(gap)) or gap.strip()[-1] in _OPENERS, False


# Token codes of the chunk search: a word inside a chunk, a word that starts a new chunk
# whatever precedes it, a word that breaks chunks (a chunk is a run ``[wW]w*``).
_WORD, _CUT, _BREAK = b"wWb"
_CODES = bytes.maketrans(b"\x00\x01", bytes([_WORD, _BREAK]))


def token_columns(words: list[str]) -> dict[str, Any]:
    """The :class:`TypeColumns` of each token of ``words`` (numpy arrays in token order); the
    new types are looked up in one batch (:func:`token_infos`)."""
    import numpy as np

    with _LOCK:
        if not _TYPES.columns:
            _TYPES.grow(1 << 10)
        at = np.fromiter(map(_TYPES.ids.get, words, repeat(-1)), dtype=np.intp, count=len(words))
        missing = (at < 0).nonzero()[0]
        if len(missing):  # new token types: only their places are looked up again
            places = missing.tolist()
            new = list(dict.fromkeys(map(words.__getitem__, places)))
            if len(_TOKEN_INFO) + len(new) > MAX_TYPES:  # numbered again from scratch
                new = list(dict.fromkeys(words))
                places = range(len(words))
            token_infos(new)
            at[places] = list(map(_TYPES.ids.__getitem__, map(words.__getitem__, places)))
        return _TYPES.take(at)


def scan_tokens(text: str) -> TokenScan:
    """Tokenise ``text`` and cut it into chunks and lines (see the module docstring).

    A chunk ends before a word that breaks chunks (:data:`TokenInfo`, or a lower-case word
    right after a verb cue and one character: "to strengthen"), at a gap that breaks it
    (:func:`_gap_break`) and after a possessive. Only the gaps other than one space, the
    verb cues and the possessives are visited one by one; the chunks are the runs of a byte
    string with one code per token.
    """
    if text.isascii() or ascii_words(text):  # gap, word, gap, ..., word, gap
        pieces = _ASCII_WORDS_AND_GAPS.split(text)
    else:
        pieces = _WORDS_AND_GAPS.split(text)
    words, gaps = pieces[1::2], pieces[0::2]
    col = token_columns(words)
    n = len(words)
    infos = col["info"].tolist()
    los, poss, breaks = (tuple(col[k].tolist()) for k in ("lo", "poss", "brk"))
    scan = TokenScan(words, gaps, infos, [False] * n, [], [], los=los, possessive=poss,
                     breaks=breaks, columns=col)
    initial, lines = scan.initial, scan.lines
    codes = bytearray(col["brk"].tobytes().translate(_CODES))
    for i in (col["cue"][:-1].nonzero()[0] + 1).tolist():  # the words after a verb cue
        if not infos[i][3] and len(gaps[i]) == 1:
            codes[i] = _BREAK  # an infinitive or a verb after a modal
    for i in (col["adverb"][1:-1].nonzero()[0] + 2).tolist():
        if los[i - 2] in VERB_CUES and not infos[i][3] and gaps[i] == gaps[i - 1] == " ":
            codes[i] = _BREAK  # "will not station", "to further strengthen"
    if FIXED:
        scan.fixed.extend(fixed_expressions(los, gaps, codes, col["fixed"].nonzero()[0].tolist()))
    join_name_openers(text, words, los, gaps, codes, _WORD)  # "New York", "Great Britain"
    for i in (col["poss"][:-1].nonzero()[0] + 1).tolist():
        if codes[i] == _WORD:
            codes[i] = _CUT  # a possessive ends a name
    if n:
        initial[0] = True
    line_start = 0
    # the gaps other than one space (only the first, before a leading word, may be empty),
    # kept for the tagger's gap classes; those between a token and the next are visited
    marks = scan.marks = list(compress(count(), map(ne, gaps, repeat(" "))))
    for i in marks[0 if gaps[0] else 1:len(marks) - 1 if marks and marks[-1] == n else None]:
        abbreviation = i > 0 and infos[i - 1][7] > 0
        if not abbreviation and INITIALS and i > 1 and gaps[i] == ". " \
                and _middle_initial(scan, i - 1):
            abbreviation = True
            scan.initials.append(i - 1)
        brk, ini, new_line = _gap_break(gaps[i], abbreviation)
        if brk:
            initial[i] = ini
            if codes[i] == _WORD:
                codes[i] = _CUT
        if new_line:
            lines.append((line_start, i))
            line_start = i
    lines.append((line_start, n))
    scan.chunks.extend(chunk_spans(codes))
    return scan


def chunk_spans(codes: bytearray) -> list[tuple[int, int]]:
    """The ``[start, end)`` token ranges of the chunks of ``codes`` (one code a token): the
    runs ``[wW]w*``, found with array comparisons (cheaper than a regular-expression match
    object per chunk)."""
    import numpy as np

    c = np.frombuffer(codes, np.uint8)
    word = c != _BREAK
    start = word.copy()  # a word after a break, or one that starts a chunk anyway
    start[1:] &= (c[:-1] == _BREAK) | (c[1:] == _CUT)
    end = word  # a word before a break, a word that starts a chunk, or the end
    end[:-1] &= c[1:] != _WORD
    return list(zip(np.flatnonzero(start).tolist(), (np.flatnonzero(end) + 1).tolist(),
                    strict=True))


def _middle_initial(scan: TokenScan, i: int) -> bool:
    """Whether token ``i`` is a middle initial: one capital letter and a period between two
    capitalised words, the next no stop word ("Victor D. Cha", "Joseph R. Biden"; not "Plan
    B. The", nor the pronoun or numeral "I")."""
    words, gaps, infos = scan.words, scan.gaps, scan.infos
    w = words[i]
    return (len(w) == 1 and w.isupper() and w != "I" and i + 1 < len(words) and gaps[i + 1] == ". "
            and gaps[i] == " " and infos[i - 1][3] and infos[i + 1][3]
            and not infos[i + 1][4])


@lru_cache(maxsize=1)
def _fixed_pairs() -> frozenset[tuple[str, str]]:
    """The first two words of each fixed expression (the second ``""`` for one word)."""
    return frozenset((first, rest[0] if rest else "")
                     for first, entries in load_fixed_expressions().items()
                     for rest, _ in entries)


def fixed_expressions(los: Sequence[str], gaps: list[str], codes: bytearray,
                      starts: list[int] | None = None) -> list[tuple[int, int, bool]]:
    """Find the fixed expressions (:func:`analysis.metrics.vocabulary.load_fixed_expressions`)
    among the lower-case tokens ``los`` (words one space apart) and set their chunk ``codes``:
    an adverb's words break chunks ("per se"); the words of a noun or modifier are one run
    ("per capita", "de facto"). Returns ``(first, last, a noun)`` of the latter. ``starts``:
    the tokens that are the first word of a fixed expression, when known."""
    table = load_fixed_expressions()
    pairs = _fixed_pairs()
    found: list[tuple[int, int, bool]] = []
    end = -1
    n = len(los)
    for i in compress(count(), map(table.__contains__, los)) if starts is None else starts:
        if i <= end:
            continue
        second = los[i + 1].translate(APOSTROPHE_FOLD) if i + 1 < n else ""
        if (los[i], second) not in pairs and (los[i], "") not in pairs:
            continue  # "a", "in", "de" before any other word: tested at the cost of a look-up
        for rest, kind in table[los[i]]:
            j = i + len(rest)
            if j >= n or any(g != " " for g in gaps[i + 1:j + 1]) or rest != tuple(
                    w.translate(APOSTROPHE_FOLD) for w in los[i + 1:j + 1]):
                continue
            if kind == "adverb":
                codes[i:j + 1] = bytes([_BREAK]) * (j + 1 - i)
            else:
                if codes[i] == _BREAK:
                    codes[i] = _CUT
                codes[i + 1:j + 1] = bytes([_WORD]) * (j - i)
                found.append((i, j, kind == "noun"))
            end = j
            break
    return found


HEADLINE_TOKENS = 30
"""Most tokens of a headline: a longer first line is a paragraph whose full stop the copy
lost ("JAKARTA - A nuclear-powered submarine belonging to the United States arrived ...")."""


def headline_tokens(text: str, scan: TokenScan) -> int:
    """Number of tokens of the headline: a first line of at most :data:`HEADLINE_TOKENS`
    tokens before a blank line that ends without a full stop or colon, also before a closing
    bracket or quote ("Group (NCG)."), else 0."""
    if len(scan.lines) < 2:
        return 0
    end = scan.lines[0][1]
    if not end or end >= len(scan.words) or end > HEADLINE_TOKENS:
        return 0
    gap = scan.gaps[end]  # the text between the tokens end - 1 and end
    if gap.count("\n") < 2 or gap.lstrip(" )]\"”’'")[:1] in (".", "!", "?", ":"):
        return 0
    return end
