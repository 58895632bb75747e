"""Lexicon matching shared by the frame and certainty lexicons.

Tokens are :func:`analysis.corpus.tokens.words` split at inner hyphens, each with a lower-case
``norm`` (possessive removed) and an ``orig`` (case kept, initialism dots removed, so ``U.S.``
gives ``US``). Patterns match left to right, longest first; lower-case pattern tokens are
inflection-tolerant (:func:`inflection_forms`), all-capital ones case-sensitive. A table rules
out most sentences from their word types alone (:meth:`PatternTable.may_match`). Negation is
found by :func:`find_negator`. Lexicon files are JSON (:func:`read_lexicon_json`,
:func:`parse_entry`).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from ..corpus.tokens import words
from .lexicon_plans import Plan, candidate_plan, plan_order
from .lexicon_prefixes import GroupedKeys, KeyPrefixes, group_keys, key_prefixes, may_hold_key

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
"""The package's lexicons and models."""

_SUBTOKEN_RE = re.compile(r"[^-‐‑]+")
_INITIALISM_RE = re.compile(r"^(?:[A-Z]\.)+[A-Z]\.?$")
BOUNDARY_RE = re.compile(r"[,;:.!?()\[\]—]|\s-\s|\s–|–\s")
"""Clause punctuation between two tokens. An en dash between two words with no space (*China–ROK
relations*, *2023–24*) joins them like a hyphen (frame guide rule 172); a spaced one is a dash."""
_JOIN_GAP_RE = re.compile(r"^(?:[\s\-‐‑\"'“”‘’]*|–)$")  # quotation marks: frame guide rule 145


# ---------------------------------------------------------------------------------------------
# Tokens and pattern matching (shared by the frame and epistemic lexicons)
# ---------------------------------------------------------------------------------------------


class Token(NamedTuple):
    """One matching token: a word of :data:`analysis.corpus.tokens.WORD_RE` or a part of a
    hyphenated word, with ``norm`` (lower case, possessive removed) and ``orig`` (case kept,
    possessive and initialism dots removed, so ``U.S.`` gives ``US``). A named tuple: millions
    are made."""

    start: int
    end: int
    norm: str
    orig: str


def _strip_possessive(word: str) -> str:
    if word[-1:] not in _POSSESSIVE_ENDS:  # most words
        return word
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > 2:
            return word[:-2]
    if word.endswith(("'", "’")) and len(word) > 1:
        return word[:-1]
    return word


_POSSESSIVE_ENDS = ("s", "'", "’")
"""The last letters of a word that may end in a possessive."""

_WORD_PARTS: dict[str, tuple[tuple[int, int, str, str], ...]] = {}
_WORD_PARTS_MAX = 1 << 16
"""Bound of the per-word-type cache of :func:`_word_parts` (cleared when full)."""


def _word_parts(word: str) -> tuple[tuple[int, int, str, str], ...]:
    """The matching tokens of one word as ``(start, end, norm, orig)`` relative to the word,
    cached per word type (a corpus has far fewer types than tokens)."""
    parts = _WORD_PARTS.get(word)
    if parts is None:
        if "-" in word or "‐" in word or "‑" in word:
            spans = [(part.start(), part.end()) for part in _SUBTOKEN_RE.finditer(word)]
        else:  # most words: one part
            spans = [(0, len(word))] if word else []
        out = []
        for start, end in spans:
            orig = _strip_possessive(word[start:end])
            if "." in orig and _INITIALISM_RE.match(orig):
                orig = orig.replace(".", "")
            out.append((start, end, orig.lower(), orig))
        parts = tuple(out)
        if len(_WORD_PARTS) >= _WORD_PARTS_MAX:
            _WORD_PARTS.clear()
        _WORD_PARTS[word] = parts
    return parts


_new_tuple = tuple.__new__
_NORM = itemgetter(2)
"""A :class:`Token`'s ``norm``."""
_NO_IDS: frozenset[int] = frozenset()


@lru_cache(maxsize=1024)
def text_words(text: str) -> tuple[str, ...]:
    """Words of ``text`` (:func:`analysis.corpus.tokens.words`), found once per sentence for the
    sentence table's word count, readability, frame, hedge and tone passes (cached per text;
    the passes follow each other sentence by sentence, so a small cache is enough)."""
    return tuple(words(text))


def count_words(text: str) -> int:
    """Number of words of ``text`` (:func:`text_words`)."""
    return len(text_words(text))


@lru_cache(maxsize=1024)
def tokens(text: str) -> tuple[Token, ...]:
    """Word tokens of ``text`` (package tokeniser), split at inner hyphens, with offsets.

    Cached per text (a small cache: the passes follow each other sentence by sentence), so the
    frame and epistemic passes of :func:`sentence_table` tokenise a sentence once, and only
    when :meth:`PatternTable.may_match` says a pattern may match in it.
    """
    out: list[Token] = []
    append = out.append
    cache = _WORD_PARTS
    find = text.find
    at = 0
    # The sentence's words are known already (text_words, cached); each starts at the first
    # letter or digit after the previous one (what lies between can start no word), which is
    # where str.find meets it.
    for word in text_words(text):
        at = find(word, at)
        parts = cache.get(word)
        if parts is None:
            parts = _word_parts(word)
        for start, end, norm, orig in parts:
            # tuple.__new__ directly: the named tuple's own __new__ is a Python-level wrapper.
            append(_new_tuple(Token, (at + start, at + end, norm, orig)))
        at += len(word)
    return tuple(out)


_INFLECTED_ENDS = ("s", "d", "g")
"""The last letters of the suffixes :func:`inflection_forms` strips (-s, -es, -ies, -ed,
-ied, -ing)."""


@lru_cache(maxsize=65536)
def inflection_forms(word: str) -> frozenset[str]:
    """Candidate base forms of a lower-case word under simple English suffix rules.

    ``allies`` -> ``ally``; ``assets`` -> ``asset``; ``deployed`` -> ``deploy``; ``deterring``
    -> ``deter``; ``escorting`` -> ``escort``; ``provoked`` -> ``provoke``. Rules only strip
    (never add) suffixes and keep a stem of at least three letters, so short words stay intact.
    """
    if not word.endswith(_INFLECTED_ENDS):  # most words: no suffix to strip
        return frozenset((word,))
    forms = {word}
    n = len(word)
    if n > 4 and word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if n > 4 and word.endswith("ied"):
        forms.add(word[:-3] + "y")
    if n > 4 and word.endswith("es"):
        forms.add(word[:-2])
    if n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms.add(word[:-1])
    for suffix, min_len in (("ed", 5), ("ing", 6)):
        if n >= min_len and word.endswith(suffix):
            stem = word[: -len(suffix)]
            forms.update({stem, stem + "e"})
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                forms.add(stem[:-1])
    return frozenset(forms)


class _FollowingForms(dict):
    """A token's ``orig`` -> every text a :class:`PatternToken` that matches the token can
    have (its inflected base forms, ``orig``, ``orig`` less a final letter): see
    :meth:`PatternToken.matches`. Cached per word type."""

    def __missing__(self, orig: str) -> frozenset[str]:
        forms = self[orig] = inflection_forms(orig.lower()) | {orig, orig[:-1]}
        return forms


_FOLLOWING = _FollowingForms()
_FOLLOWING_MAX = 1 << 14
"""Bound of :data:`_FOLLOWING` (cleared when full; some 450 bytes a word type)."""
_NO_FORMS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PatternToken:
    """One pattern token: ``kind`` is ``upper`` (case-sensitive, plural -s allowed), ``cs``
    (case-sensitive exact), ``exact`` (lower-case exact) or ``infl`` (inflection-tolerant)."""

    text: str
    kind: str

    def matches(self, tok: Token) -> bool:
        if self.kind == "upper":
            return tok.orig == self.text or tok.orig == self.text + "s"
        if self.kind == "cs":
            return tok.orig == self.text
        if self.kind == "exact":
            return tok.norm == self.text
        return self.text in inflection_forms(tok.norm)


@dataclass
class Pattern:
    tokens: tuple[PatternToken, ...]
    source: str
    payload: list[dict[str, Any]] = field(default_factory=list)


def _compile_pattern(pattern: str, exact: bool = False, case_sensitive: bool = False,
                     inflect: bool = True) -> tuple[PatternToken, ...]:
    toks = tokens(pattern)
    if not toks:
        raise ValueError(f"lexicon pattern {pattern!r} contains no word")
    out = []
    for t in toks:
        letters = [c for c in t.orig if c.isalpha()]
        if case_sensitive:
            out.append(PatternToken(t.orig, "cs"))
        elif len(letters) >= 2 and all(c.isupper() for c in letters):
            out.append(PatternToken(t.orig, "upper"))
        elif exact or not inflect or not letters:
            out.append(PatternToken(t.norm, "exact"))
        else:
            out.append(PatternToken(t.norm, "infl"))
    return tuple(out)


class PatternTable:
    """Patterns indexed by first token for greedy longest-first matching."""

    def __init__(self) -> None:
        self._patterns: dict[tuple[PatternToken, ...], Pattern] = {}
        self._index: dict[str, list[Pattern]] = {}
        # Candidate patterns per token ``norm`` (which is ``orig.lower()``): scanning asks
        # for the same few thousand word types over and over.
        self._by_token: dict[str, Plan | tuple[()]] = {}  # as :func:`candidate_plan`s
        # Every pattern has one or two key tokens (its longest: "extent" of "to some extent",
        # "said" and "is" of "is said to"), which any match must contain. Per word type (of
        # :func:`text_words`), the ids of the key tokens it holds (most hold none), so
        # :meth:`may_match` rules out most sentences without tokenising them.
        self._keys: dict[str, list[tuple[PatternToken, int]]] = {}
        self._partner: list[int] = []  # the other key of the pattern (itself when one)
        # Word types already classified, and those of them that hold key tokens (few): a
        # sentence is then checked with two set operations over its words, in C.
        self._seen: set[str] = set()
        self._key_ids: dict[str, frozenset[int]] = {}
        self._grouped: GroupedKeys | None = None  # _keys by distinct key token (may_match's)
        self._prefixes: KeyPrefixes | None = None
        self._starts: tuple[frozenset[str], frozenset[str]] | None = None  # _may_start's

    def add(self, pattern: str, payload: dict[str, Any], *, exact: bool = False,
            case_sensitive: bool = False, inflect: bool = True) -> None:
        toks = _compile_pattern(pattern, exact=exact, case_sensitive=case_sensitive,
                                inflect=inflect)
        entry = self._patterns.get(toks)
        self._by_token.clear()
        self._starts = None
        self._seen.clear()
        self._key_ids.clear()
        self._grouped = None
        self._prefixes = None
        if entry is None:
            entry = self._patterns[toks] = Pattern(toks, pattern)
            keys = sorted(toks, key=lambda t: -len(t.text))[:2]
            first = len(self._partner)
            for n, key in enumerate(keys):
                self._keys.setdefault(key.text, []).append((key, first + n))
                self._partner.append(first + (len(keys) - 1 - n))
            self._index.setdefault(toks[0].text.lower(), []).append(entry)
            self._index[toks[0].text.lower()].sort(key=lambda p: -len(p.tokens))
        if payload not in entry.payload:
            entry.payload.append(payload)

    def __len__(self) -> int:
        return len(self._patterns)

    def _candidates(self, tok: Token) -> Plan | tuple[()]:
        cached = self._by_token.get(tok.norm)
        if cached is not None:
            return cached
        low = tok.orig.lower()
        if low == tok.norm and not self._may_start(low):  # most word types
            out: tuple[Pattern, ...] = ()
        else:
            keys = set(inflection_forms(tok.norm))
            keys.add(low)
            if low.endswith("s"):
                keys.add(low[:-1])
            found: list[Pattern] = []
            for key in keys:
                found.extend(self._index.get(key, ()))
            out = tuple(sorted(found, key=lambda p: -len(p.tokens)))
        if len(self._by_token) >= _WORD_PARTS_MAX:
            self._by_token.clear()
        plan = self._by_token[tok.norm] = candidate_plan(out)
        return plan

    def _may_start(self, norm: str) -> bool:
        """False when no pattern can start at a token of this ``norm``: every text that
        :meth:`_candidates` looks up (``norm``, its :func:`inflection_forms`, ``norm`` less a
        final ``s``) starts with the first three letters of a ``norm`` of six letters or more
        and has three or more, and with the first two of one of three to five letters and has
        two or more; no first pattern token starts so."""
        if self._starts is None:
            self._starts = (frozenset(k[:2] for k in self._index if len(k) >= 2),
                            frozenset(k[:3] for k in self._index if len(k) >= 3))
        n = len(norm)
        if n >= 6:
            return norm[:3] in self._starts[1]
        return n < 3 or norm[:2] in self._starts[0]

    @property
    def key_tokens(self) -> Mapping[str, list[tuple[PatternToken, int]]]:
        """Per key token text, the key tokens of that text with their ids (0 to
        ``len(self.partners) - 1``)."""
        return self._keys

    @property
    def partners(self) -> Sequence[int]:
        """Per key id, the id of the other key of its pattern (itself when one)."""
        return self._partner

    def key_prefixes(self) -> KeyPrefixes:
        """Lower-case strings one of which starts the ``norm`` of any token that a key token
        matches, each with the longest such ``norm``; and the first three letters of those of
        three letters or more.

        An ``infl`` key's start is its text less a final ``e`` or ``y`` (every form of
        :func:`inflection_forms` is a start of the word, or that start plus ``e`` or ``y``,
        and at most four letters shorter than the word); the others' is their text
        lower-cased (``norm`` is ``orig`` lower-cased), which lower-casing leaves as long
        when it is ASCII.
        """
        if self._prefixes is None:
            limits: dict[str, int] = {}
            for text, found in self._keys.items():
                for key, _ in found:
                    if key.kind == "infl" and text.endswith(("e", "y")):
                        starts: tuple[str, ...] = (text[:-1],)
                    else:
                        starts = (text.lower(), (text + "s").lower()[:len(text)])
                    bounded = key.kind in ("infl", "exact") or text.isascii()
                    limit = len(text) + 4 if bounded else sys.maxsize
                    for start in starts:
                        limits[start] = max(limits.get(start, 0), limit)
            self._prefixes = key_prefixes(limits)
        return self._prefixes

    def may_match(self, text: str) -> bool:
        """False when no pattern can match in ``text`` because no pattern has all its key
        tokens there, so :meth:`scan` would find nothing."""
        words = text_words(text)
        seen = self._seen
        key_ids = self._key_ids
        if not seen.issuperset(words):  # word types not seen yet
            if self._grouped is None:
                self._grouped = group_keys(self._keys)
            classify_word_types(words, seen, key_ids, self._grouped, self.key_prefixes(),
                                _WORD_PARTS_MAX)
        found = key_ids.keys() & words
        if not found:  # most sentences
            return False
        ids = _NO_IDS.union(*map(key_ids.__getitem__, found))
        partner = self._partner
        return any(partner[k] in ids for k in ids)

    def scan(self, text: str, toks: Sequence[Token]) -> list[tuple[int, int, Pattern]]:
        """Greedy left-to-right, longest-first matches as ``(first, end, pattern)`` token
        indices. Tokens of a multi-word match are separated by spaces, hyphens and quotation
        marks only (scare quotes stay inside a phrase: *the “end” of its leadership*)."""
        n = len(toks)
        by_token = self._by_token
        found = list(map(by_token.get, map(_NORM, toks)))
        if None in found:  # word types not seen yet
            for i, cands in enumerate(found):
                if cands is None:
                    found[i] = self._candidates(toks[i])
        out = []
        i = 0  # the first token not in a match yet
        following = _FOLLOWING
        if len(following) > _FOLLOWING_MAX:
            following.clear()
        # Only tokens that start some pattern (few) are tried.
        for start in compress(range(n), found):
            if start < i:
                continue
            best = None
            # The pattern token texts that can match the next token: a pattern of several
            # tokens whose second is none of them (most, after "the" or "nuclear") is not
            # tried. Longest first: the first that matches is the longest.
            pats = found[start][0]
            for at in plan_order(found[start], following[toks[start + 1].orig]
                                 if start + 1 < n else _NO_FORMS):
                pat = pats[at]
                k = len(pat.tokens)
                if start + k > n:
                    continue
                ok = True
                for m in range(k):
                    if not pat.tokens[m].matches(toks[start + m]):
                        ok = False
                        break
                    if m and not _JOIN_GAP_RE.match(
                            text[toks[start + m - 1].end:toks[start + m].start]):
                        ok = False
                        break
                if ok:
                    best = pat
                    break
            if best is not None:
                out.append((start, start + len(best.tokens), best))
                i = start + len(best.tokens)
        return out


def word_key_ids(word: str, keys: GroupedKeys, prefixes: KeyPrefixes) -> frozenset[int]:
    """The ids of the key tokens of ``keys`` (:func:`group_keys` of
    :attr:`PatternTable.key_tokens`) that a token of ``word`` (a word of :func:`text_words`)
    matches; ``prefixes`` are those of the keys (:meth:`PatternTable.key_prefixes`), or a
    superset of them."""
    if word.isalpha():
        # Most words: letters only, so one token whose norm is the word lower-cased (as
        # _word_parts makes it), which mostly no key can match.
        low = word.lower()
        if not may_hold_key(low, prefixes):
            return _NO_IDS
        parts: Sequence[tuple[int, int, str, str]] = ((0, len(word), low, word),)
    else:
        parts = [p for p in _word_parts(word) if may_hold_key(p[2], prefixes)]
    ids: list[int] = []
    for part in parts:
        tok = _new_tuple(Token, part)
        orig = tok.orig
        # A superset of the strings a matching key token can have (PatternToken.matches).
        for text in (*inflection_forms(part[2]), orig, orig[:-1]):
            for key, key_ids in keys.get(text, ()):
                if key.matches(tok):
                    ids.extend(key_ids)
    return frozenset(ids) if ids else _NO_IDS


def classify_word_types(words: Sequence[str], seen: set[str], key_ids: dict[str, frozenset[int]],
                        keys: GroupedKeys, prefixes: KeyPrefixes, bound: int) -> None:
    """Add to ``key_ids`` the key-token ids (:func:`word_key_ids`) of the word types of
    ``words`` not in ``seen`` that hold any, and add them to ``seen``; both are cleared first
    when ``seen`` would grow past ``bound``."""
    if len(seen) + len(words) > bound:
        seen.clear()
        key_ids.clear()
    for word in set(words).difference(seen):
        ids = word_key_ids(word, keys, prefixes)
        if ids:
            key_ids[word] = ids
    seen.update(words)


def gap_has_boundary(text: str, toks: Sequence[Token], first: int, last: int) -> bool:
    """True when the text between token ``first`` and token ``last`` has clause punctuation."""
    if first >= last:
        return False
    return bool(BOUNDARY_RE.search(text[toks[first].end:toks[last].start]))


def find_negator(text: str, toks: Sequence[Token], i: int, cues: frozenset[str],
                  suffixes: tuple[str, ...], window: int,
                  skippable: frozenset[str] | None) -> str | None:
    """Return the negator governing the cue starting at token ``i``, or ``None``.

    Looks back up to ``window`` tokens; stops at clause punctuation and (when ``skippable`` is
    given) at any token that is neither a negator nor skippable. ``not only`` is not negation.
    """
    for back in range(1, window + 1):
        j = i - back
        if j < 0 or gap_has_boundary(text, toks, j, j + 1):
            return None
        norm = toks[j].norm
        if norm in cues or norm.endswith(suffixes):
            if norm == "not" and j + 1 < len(toks) and toks[j + 1].norm == "only":
                return None
            return text[toks[j].start:toks[j].end]
        if skippable is not None and norm not in skippable:
            return None
    return None

def read_lexicon_json(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: lexicon file not found") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not data.get("version"):
        raise ValueError(f"{path}: lexicon must be a JSON object with a 'version' field")
    return data


def parse_entry(raw: Any, where: str) -> tuple[str, float | None, dict[str, Any]]:
    if isinstance(raw, str):
        return raw, None, {}
    if isinstance(raw, Mapping) and isinstance(raw.get("pattern"), str):
        weight = raw.get("weight")
        if weight is not None and (not isinstance(weight, int | float) or weight <= 0):
            raise ValueError(f"{where}: weight of {raw['pattern']!r} must be a positive number")
        opts = {k: bool(raw[k]) for k in ("exact", "case_sensitive") if k in raw}
        return raw["pattern"], None if weight is None else float(weight), opts
    raise ValueError(f"{where}: entry {raw!r} must be a string or {{'pattern': ..., ...}}")
