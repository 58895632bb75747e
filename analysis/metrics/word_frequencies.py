"""wordfreq's English word frequencies, held compactly, and its Zipf frequency computed on them.

``wordfreq.get_frequency_dict("en")`` holds its 321,000 words as separate Python strings in a
dictionary (about 36 MB per process, plus the word lists it was built from, which wordfreq
caches too). wordfreq stores a frequency as a whole number of centibels, so a word's frequency
is one of about 800 values; :class:`FrequencyTable` keeps each word once, in one string of
about 4 MB cut into a few thousand blocks, and finds it with one ``str.find`` in the block its
hash points to.

:func:`zipf_frequency` is ``wordfreq.zipf_frequency(word, "en")`` computed on that table: the
same tokeniser (``wordfreq.lossy_tokenize``), the same treatment of digits
(``smash_numbers``, ``digit_freq``), the same combination of several tokens
(``1/f = 1/f1 + 1/f2 + ...``) and the same rounding, so every value is identical (a test
compares them word by word against the installed wordfreq, whose version is pinned in
``requirements.lock``).
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

BLOCKS = 4096
"""Blocks of a word text: about 80 words each, so one search reads about 1,000 characters."""

LANGUAGE = "en"


@dataclass(frozen=True)
class WordBlocks:
    """Words with a number below 1,000 each, in one string cut into :data:`BLOCKS` blocks.

    Block ``b = hash(word) % BLOCKS`` is ``text[starts[b]:starts[b + 1]]`` and holds
    ``"\\n" + word + "\\t" + "%03d" % number`` for each of its words. No word holds a tab or a
    newline, so a search for ``"\\n" + word + "\\t"`` finds that word's entry and nothing else.
    """

    text: str
    starts: array

    def find(self, word: str) -> int | None:
        """The number stored with ``word``, or None if it is not stored."""
        if "\t" in word or "\n" in word:
            return None
        block = hash(word) % BLOCKS
        at = self.text.find(f"\n{word}\t", self.starts[block], self.starts[block + 1])
        if at < 0:
            return None
        at += len(word) + 2
        return int(self.text[at:at + 3])


@dataclass(frozen=True)
class FrequencyTable:
    """wordfreq's words and their frequencies.

    A word's ``index`` is minus its frequency in centibels; ``frequencies[index]`` is that
    frequency as wordfreq computes it (``cB_to_freq(-index)``) and ``zipf[index]`` its Zipf
    value rounded to 2 decimals. ASCII words are in ``ascii``, the others (about 5,000) in
    ``wide``: one of them in the same text would make Python store it at 4 bytes a character.
    """

    ascii: WordBlocks
    wide: WordBlocks
    frequencies: tuple[float, ...]
    zipf: tuple[float, ...]

    def index(self, word: str) -> int | None:
        """Minus the centibel frequency of ``word``, or None if wordfreq does not list it."""
        return (self.ascii if word.isascii() else self.wide).find(word)

    def frequency(self, word: str) -> float | None:
        """wordfreq's frequency of ``word`` (``get_frequency_dict("en")[word]``), or None."""
        index = self.index(word)
        return None if index is None else self.frequencies[index]


def read_bands(path: str) -> Iterator[list[str]]:
    """Yield the frequency bands of a wordfreq ``cBpack`` file one at a time: band ``i`` holds
    the words whose frequency is ``-i`` centibels.

    The format is wordfreq's (``wordfreq.read_cBpack``: gzipped msgpack, a header
    ``{"format": "cB", "version": 1}`` then one list of words per band), read as a stream so
    that only one band's words are in memory at a time, instead of all 321,000.
    """
    import gzip

    import msgpack  # wordfreq's own dependency, for its data files

    with gzip.open(path, "rb") as f:
        unpacker = msgpack.Unpacker(f, raw=False)
        n_items = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" \
                or header.get("version") != 1:
            raise ValueError(f"{path}: not a wordfreq cBpack file (header {header!r})")
        for _ in range(n_items - 1):
            yield unpacker.unpack()


def _encoded_blocks() -> tuple[tuple[list[bytearray], ...], int]:
    """The entries of wordfreq's English words, UTF-8 encoded, in blocks: ASCII words first,
    then the others; and the number of frequency bands of the list."""
    from wordfreq import available_languages

    buffers = tuple([bytearray() for _ in range(BLOCKS)] for _ in range(2))
    n_bands = 0
    for index, band in enumerate(read_bands(available_languages("best")[LANGUAGE])):
        if index >= 1000:
            raise ValueError(f"wordfreq {LANGUAGE!r} list has more than 1,000 frequency bands; "
                             "the table stores at most 1,000")
        for word in band:
            if "\t" in word or "\n" in word:
                raise ValueError(f"wordfreq word {word!r} holds a tab or newline")
            entry = f"\n{word}\t{index:03d}".encode()
            buffers[not word.isascii()][hash(word) % BLOCKS] += entry
        n_bands = index + 1
    return buffers, n_bands


def _word_blocks(buffers: list[bytearray]) -> WordBlocks:
    """A :class:`WordBlocks` from its blocks' UTF-8 bytes."""
    texts = [b.decode() for b in buffers]
    return WordBlocks("".join(texts), array("q", accumulate(map(len, texts), initial=0)))


@lru_cache(maxsize=1)
def english_frequencies() -> FrequencyTable:
    """Return wordfreq's ``best`` English word list as a :class:`FrequencyTable` (built once,
    about 0.5 s and 5 MB; the block of a word depends on the process's string hashing, so
    the table is built, never stored)."""
    from wordfreq import cB_to_freq

    buffers, n_bands = _encoded_blocks()
    blocks = [_word_blocks(b) for b in buffers]
    del buffers
    frequencies = tuple(cB_to_freq(-index) for index in range(n_bands))
    zipf = tuple(round(math.log10(f) + 9.0, 2) for f in frequencies)
    return FrequencyTable(blocks[0], blocks[1], frequencies, zipf)


_PLAIN_TOKENS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""Lower-case ASCII letters and digits, parts joined by single hyphens (``500m``,
``20bn-dollars``, ``f-16``): wordfreq's tokeniser gives the parts as they are (a Unicode
word boundary, UAX #29, lies at each hyphen and nowhere between letters and digits;
lower-casing and NFC normalisation leave them unchanged)."""


def word_frequency(word: str, minimum: float = 0.0) -> float:
    """``wordfreq.word_frequency(word, "en", minimum=minimum)``, on :func:`english_frequencies`.

    The word is split into wordfreq's tokens; a token with digits is looked up with its digits
    replaced by 0 and weighted by wordfreq's distribution of digit strings; several tokens
    combine as ``1/f = 1/f1 + 1/f2 + ...``; a missing token gives ``minimum``. The steps are
    those of wordfreq 3.1's ``word_frequency`` (English needs no inferred-space factor: it is
    not tokenised by jieba).
    """
    from wordfreq import digit_freq, lossy_tokenize, smash_numbers

    table = english_frequencies()
    if word.isascii() and _PLAIN_TOKENS.fullmatch(word):
        tokens = word.split("-")  # wordfreq's tokens, without its tokeniser (~40 us a word)
    else:
        tokens = lossy_tokenize(word, LANGUAGE)
    if not tokens:
        return minimum
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        freq = table.frequency(smashed)
        if freq is None:
            return minimum
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, minimum)
    if unrounded == 0.0:
        return 0.0
    # wordfreq keeps 3 significant digits ("only precise to within 1% anyway").
    return round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)


def zipf_frequency(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")`` (minimum 0), on :func:`english_frequencies`."""
    from wordfreq import freq_to_zipf, zipf_to_freq

    return round(freq_to_zipf(word_frequency(word, zipf_to_freq(0.0))), 2)
