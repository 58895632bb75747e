"""Keyphrases, distinctive terms, keyness against general English, and actor mentions.

Four measures, each returning plain Python data or a tidy :class:`pandas.DataFrame`:

* :func:`extract_keyphrases` / :func:`keyphrases_table` / :func:`keyphrases_jsonl`: ranked
  1-3 word phrases saying what an article is about (method below).
* :func:`distinctive_terms`: TF-IDF (scikit-learn ``TfidfVectorizer``) over the paragraphs of
  each article, or over the documents of a corpus.
* :func:`keyness`: log-likelihood G2 and log-ratio of each term in the corpus against general
  English as given by ``wordfreq``.
* :func:`actor_mentions` / :func:`load_actors`: every mention of the actors listed in the
  editable ``resources/actors.json``.

Words are always the tokens of :mod:`analysis.tokens`. Heavy libraries (pandas, scikit-learn,
scipy, wordfreq) are imported inside the functions that use them.

Keyphrase method
----------------
No part-of-speech tagger is available offline, so candidates come from chunking:

1. *Candidates.* The text is split into chunks at punctuation between tokens, line breaks,
   stop words (``resources/stopwords_en.txt``), tokens without a letter, one-character tokens,
   ``-ly`` adverbs, very common lower-case words (wordfreq Zipf >= 6, e.g. "people", "new"),
   a lower-case word right after "to" or a modal ("to strengthen", "will enhance": a verb)
   and after a possessive (``North Korea’s`` -> "North Korea", which is then a chunk end).
   Every 1-3 token span of a chunk is a candidate, except spans that cut a run of proper
   nouns (capitalised words not at a sentence start and not in a title-case line; a whole name
   of up to 4 words is allowed), spans ending in a lower-case ``-ed`` word or starting with a
   lower-case ``-ing``/``-ed`` word (verb forms; hyphenated compounds such as "nuclear-armed"
   are exempt), multi-word spans seen only in a title-case headline, and single lower-case
   words that are generic on their own (Zipf >= 5 for the word or its singular: "step",
   "region"; they may still be part of a phrase). Hyphenated tokens (``B-52``,
   ``nuclear-armed``) are single words. Variants are grouped on a light plural stem; a lone
   surname is credited to the full name it abbreviates ("Gates" -> "Daryl Gates"); a phrase
   that only ever occurs inside one longer candidate is dropped ("nuclear consultative"
   inside "nuclear consultative group").
2. *Scoring* (TF-IDF over candidate chunks with a position prior, after Hasan & Ng 2014 and
   Florescu & Caragea's PositionRank, ACL 2017; absolute discounting of counts after Ney,
   Essen & Kneser 1994)::

       score(p) = tf'(p) · Σ_{w in p} idf(w) / |p|^γ · pos(p)
       tf'(p)   = max(tf(p) − δ, 0) + λ · mean_{w in p} tf(w)   if |p| > 1
                = σ · tf(p)                                      if |p| = 1
       idf(w)   = 9 − max(zipf_en(w), 1.5)        (= −log10 of the wordfreq probability)
       pos(p)   = (1 + 3 · first_offset(p) / n_tokens) ^ −1.5

   ``tf(w)`` is the frequency of the single word, so a phrase made of the article's frequent
   words is supported by them (λ = 0.6, γ = 0.8); a phrase seen once is weak evidence of a
   unit, so δ = 0.8 is subtracted from a phrase's own count; σ = 0.85 is the prior weight of a
   single word against a phrase. wordfreq's general-English frequency stands in for IDF, so
   one article is enough. With corpus document frequencies each word's idf is further
   multiplied by ``((ln((N+1)/(df+1)) + 1) / (ln(N+1) + 1)) ** 0.25``, a mild damping of words
   common to the corpus (stronger weights lost F1 on the benchmarks, whose documents come in
   topical clusters, as a corpus about one event does).
3. *Selection.* Highest score first, skipping a candidate contained in an already selected
   phrase ("peninsula" after "korean peninsula").

Measured with ``benchmarks/keyphrases.py`` (macro F1@10, dev parts; in brackets the even/odd
document halves): duc2001-dev 31.5 (33.1/29.9) alone, 31.0 with the set's document
frequencies (YAKE 15.6); kpcrowd-dev 14.3 (13.4/15.2) / 14.3 (YAKE 7.6); about 2-5 ms of CPU
per document. The two sets pull apart: KPCrowd's crowd lists (about 49 items, two-thirds
single words, verbs and adjectives included) reward single words, DUC's reader lists (about 7
phrases, mostly two words) reward phrases. Among our top candidates a single word is in the
KPCrowd list 4-6 times in 10 and a phrase 2-3 times; on DUC the other way round (singles 1-2
in 10, phrases 3-5). σ and the generic-word cut set the balance, and no setting serves both
(measured on the dev parts, DUC / KPCrowd): σ = 1.0 gives 29.8 / 15.4, σ = 1.0 with generic
cut Zipf 5.5 27.6 / 16.3, σ = 1.5 with no generic cut 23.9 / 17.3, σ = 3 (nearly all single
words) 18.0 / 17.9. Variants measured and not adopted: a flatter, lead-heavier position prior
(1 + 10x)^-1 with lone ``-ed`` words as candidates and a contained word kept when seen more
than twice as often as its phrase: 31.4 / 15.0, but on the seed it ranks "outlines" and
"declaration" (beside "Washington Declaration") above "North Korea"; any corpus
document-frequency weight (0.5: 30.3 / 14.9; 1.0: 29.6 / 14.9).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .corpus.tokens import WORD_RE

RESOURCES = Path(__file__).with_name("resources")
STOPWORDS_PATH = RESOURCES / "stopwords_en.txt"
ACTORS_PATH = RESOURCES / "actors.json"

# Keyphrase parameters (see the module docstring); few on purpose, so they generalise.
LAMBDA = 0.6  # support of a phrase by the frequency of its words
GAMMA = 0.8  # length normalisation of the summed idf
POS_SCALE = 3.0  # position prior: (1 + POS_SCALE * relative offset) ** -POS_POWER
POS_POWER = 1.5
ZIPF_FLOOR = 1.5  # words unknown to wordfreq count as Zipf 1.5
ZIPF_COMMON = 6.0  # lower-case words at least this common never enter a candidate
DF_POWER = 0.25  # weight of corpus document frequency
DISCOUNT = 0.8  # absolute discount of a multi-word phrase's count (a phrase seen once is weak)
SINGLE_PRIOR = 0.85  # prior weight of a one-word candidate against a phrase
GENERIC_ZIPF = 5.0  # a lower-case word this common (either form) is no keyphrase on its own
MAX_WORDS = 3  # longest candidate (a whole proper name may have MAX_NAME_WORDS)
MAX_NAME_WORDS = 4
NESTED = True  # drop phrases that only occur inside one longer candidate
VERB_CUES = frozenset("to will would can could should may might must shall".split())

_APOS = str.maketrans({"’": "'", "‘": "'"})
_POSSESSIVE = re.compile(r"['’][sS]$|(?<=[sS])['’]$")
_SENT_END = re.compile(r"[.!?][\"'’”)\]]*\s*$|\n")
_OPENERS = set("\"“‘'(:-—–[")
_LY_NOUNS = frozenset("""family italy supply assembly july ally rally anomaly monopoly reply
    belly bully lily holly jelly emily kelly sally molly billy doily fly""".split())


# --------------------------------------------------------------------------- resources

@lru_cache(maxsize=4)
def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The stop-word list (one lower-case word a line, ``#`` comments), apostrophes folded."""
    path = Path(path) if path else STOPWORDS_PATH
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.split("#", 1)[0].strip().lower()
            if w:
                out.add(w.translate(_APOS))
    return frozenset(out)


_FREQ: dict[str, float] | None = None


@lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """wordfreq Zipf frequency of a lower-case word in English (log10 per billion words).

    Plain words are read straight from wordfreq's English table (the same numbers as
    ``zipf_frequency``, without its per-call tokenisation); others go through
    ``zipf_frequency``, which splits them (``b-52``) and combines the parts.
    """
    global _FREQ
    if _FREQ is None:
        from wordfreq import get_frequency_dict

        _FREQ = get_frequency_dict("en")
    f = _FREQ.get(word)
    if f and word.isalpha():
        return round(math.log10(f) + 9.0, 2)
    if f is None and word.isascii() and word.isalpha() and word.islower():
        return 0.0  # one plain token that the table lacks: zipf_frequency gives 0.0 too
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _idf(word: str) -> float:
    """-log10 of the wordfreq probability of ``word``: 9 - Zipf (floored)."""
    return 9.0 - max(zipf(word), ZIPF_FLOOR)


def _stem(lo: str) -> str:
    """A light plural stem used only to group variants ("officers" ~ "officer")."""
    if len(lo) > 4 and lo.endswith("ies"):
        return lo[:-3] + "y"
    if len(lo) > 3 and lo[-1] == "s" and lo[-2] not in "su'" and not lo.endswith("is"):
        return lo[:-1]
    return lo


# --------------------------------------------------------------------------- keyphrases

_TOKEN_INFO: dict[str, tuple[int, str, bool, bool, bool, str, int]] = {}


def _token_info(raw: str) -> tuple[int, str, bool, bool, bool, str, int]:
    """Cached per token type: (length without possessive, lower, possessive, capitalised,
    breaks a chunk, light stem, verb form: 2 ``-ed``, 1 ``-ing``, 0 none; hyphenated words
    are no verb form)."""
    info = _TOKEN_INFO.get(raw)
    if info is None:
        tok, poss = raw, False
        pm = _POSSESSIVE.search(raw)
        if pm and pm.start() > 0:
            tok, poss = raw[: pm.start()], True
        lo = tok.lower()
        cap = tok[:1].isupper()
        vf = 0
        if "-" not in lo:
            if len(lo) > 4 and lo.endswith("ed"):
                vf = 2
            elif len(lo) > 5 and lo.endswith("ing"):
                vf = 1
        info = (len(tok), lo, poss, cap, _is_break(tok, lo, cap), _stem(lo), vf)
        if len(_TOKEN_INFO) > 1 << 16:  # bounded, so memory stays flat on huge corpora
            _TOKEN_INFO.clear()
        _TOKEN_INFO[raw] = info
    return info


def _is_break(tok: str, lo: str, cap: bool) -> bool:
    """True if the token cannot be part of a candidate phrase."""
    if lo.translate(_APOS) in load_stopwords():
        # "US"/"U.S." is the United States, not the pronoun
        return not (lo in ("us", "u.s") and tok.isupper())
    if len(lo) == 1 or not any(c.isalpha() for c in lo):
        return True
    if not cap and len(lo) > 4 and lo.endswith("ly") and lo not in _LY_NOUNS:
        return True
    return not cap and zipf(lo) >= ZIPF_COMMON


def _candidates(text: str) -> tuple[int, dict[str, dict[str, Any]]]:
    """Number of tokens and candidate phrases keyed by their normalised form."""
    infos: list[tuple[int, str, bool, bool, bool, str, int]] = []  # _token_info per token
    starts: list[int] = []
    initial: list[bool] = []  # at a sentence or line start
    lines: list[tuple[int, int]] = []  # token ranges of the lines
    chunks: list[tuple[int, int]] = []  # token ranges [start, end) of the chunks
    cs = -1  # first token of the open chunk (-1: none)
    line_start = 0
    prev_end = 0
    prev_lo = ""
    n = 0
    info_get = _TOKEN_INFO.get
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        raw = m.group()
        info = info_get(raw)
        if info is None:
            info = _token_info(raw)
        lo = info[1]
        cap = info[3]
        brk_word = info[4]
        if prev_lo in VERB_CUES and not cap and s == prev_end + 1:
            brk_word = True  # an infinitive or a verb after a modal ("to strengthen")
        prev_lo = lo
        brk = ini = not n
        if s > prev_end and not (s == prev_end + 1 and text[prev_end] == " "):
            gap = text[prev_end:s]
            if "\n" in gap:
                brk = ini = True
                lines.append((line_start, n))
                line_start = n
            elif not gap.isspace():
                brk = True
                ini = bool(_SENT_END.search(gap)) or gap.strip()[-1] in _OPENERS
        if brk and cs >= 0:
            chunks.append((cs, n))
            cs = -1
        infos.append(info)
        starts.append(s)
        initial.append(ini)
        if brk_word:
            if cs >= 0:
                chunks.append((cs, n))
                cs = -1
        else:
            if cs < 0:
                cs = n
            if info[2]:  # possessive: the name ends here
                chunks.append((cs, n + 1))
                cs = -1
        prev_end = e
        n += 1
    if cs >= 0:
        chunks.append((cs, n))
    lines.append((line_start, n))
    if not n:
        return 0, {}
    lens, los_t, _, caps, _, stems, vf = zip(*infos, strict=True)
    los = list(los_t)
    ends = [s + ln for s, ln in zip(starts, lens, strict=True)]
    # A title-case line (a headline): most of its words capitalised.
    title = [False] * n
    for lo_i, hi_i in lines:
        if hi_i - lo_i < 2:
            continue
        alpha = [c for lo, c in zip(los[lo_i:hi_i], caps[lo_i:hi_i], strict=True)
                 if lo[:1].isalpha()]
        if 2 <= len(alpha) < 25 and sum(alpha) >= 0.6 * len(alpha):
            title[lo_i:hi_i] = [True] * (hi_i - lo_i)
    # Proper nouns: capitalised words seen capitalised somewhere that is neither a sentence
    # start nor a title-case line.
    cap_inside = {lo for lo, c, ini, t in zip(los, caps, initial, title, strict=True)
                  if c and not ini and not t}
    proper = [c and lo in cap_inside for lo, c in zip(los, caps, strict=True)]
    # Per token: a lower-case verb form (-ed ends no phrase; -ing/-ed starts none).
    ed_end = [not p and v == 2 for p, v in zip(proper, vf, strict=True)]
    verb_start = [not p and v > 0 for p, v in zip(proper, vf, strict=True)]
    cands: dict[str, dict[str, Any]] = {}
    get = cands.get
    longest = max(MAX_WORDS, MAX_NAME_WORDS)
    for a0, a1 in chunks:
        for a in range(a0, a1):
            if a > a0 and proper[a] and proper[a - 1]:
                continue  # would cut a proper name
            s_a = starts[a]
            body = not title[a]
            # a verb form starts no phrase, so only the single word is tried
            top = a + 1 if verb_start[a] else min(a1, a + longest)
            all_proper = True
            key = ""
            for b in range(a, top):
                pb = proper[b]
                all_proper = all_proper and pb
                key = stems[b] if b == a else key + " " + stems[b]
                if pb and b + 1 < a1 and proper[b + 1]:
                    continue  # would cut a proper name
                if b > a and b - a >= MAX_WORDS and not all_proper:
                    break
                if ed_end[b]:  # a lower-case -ed word ends no candidate, itself included
                    continue
                c = get(key)
                if c is None:
                    c = cands[key] = {"tf": 0, "first": a, "words": los[a:b + 1],
                                      "proper": all_proper, "body": False, "forms": {},
                                      "case": proper[a:b + 1]}
                c["tf"] += 1
                if body:
                    c["body"] = True
                form = text[s_a:ends[b]]
                forms = c["forms"]
                forms[form] = forms.get(form, 0) + 1
    # A multi-word candidate seen only in a title-case headline is unreliable (no case cue).
    for key in [k for k, c in cands.items() if not c["body"] and " " in k]:
        del cands[key]
    # A phrase that only ever occurs inside one longer candidate is not a unit of its own
    # ("nuclear consultative" inside "nuclear consultative group").
    if NESTED:
        nested = set()
        for key, c in cands.items():
            ws = key.split(" ")
            if len(ws) >= 3:
                for sub in (" ".join(ws[1:]), " ".join(ws[:-1])):
                    sc = cands.get(sub)
                    if sc is not None and sc["tf"] == c["tf"]:
                        nested.add(sub)
        for key in nested:
            del cands[key]
    # A lone surname is credited to the earliest full name ending with it.
    singles = {k for k, c in cands.items() if c["proper"] and " " not in k}
    full: dict[str, str] = {}
    for k, c in cands.items():
        if c["proper"] and " " in k:
            last = k.rsplit(" ", 1)[1]
            if last in singles and (last not in full or cands[full[last]]["first"] > c["first"]):
                full[last] = k
    for last, k in full.items():
        s = cands.pop(last)
        cands[k]["tf"] += s["tf"]
        cands[k]["first"] = min(cands[k]["first"], s["first"])
    return n, cands


def candidate_keys(text: str) -> set[str]:
    """Normalised candidate phrases and words of ``text`` (what document frequencies count)."""
    _, cands = _candidates(text)
    return set(cands) | {w for k in cands for w in k.split()}


def document_frequencies(texts: Iterable[str]) -> tuple[dict[str, int], int]:
    """``(doc_freq, n_docs)`` over ``texts``, keyed as :func:`extract_keyphrases` expects."""
    df: dict[str, int] = {}
    n = 0
    for text in texts:
        n += 1
        for key in candidate_keys(text):
            df[key] = df.get(key, 0) + 1
    return df, n


def word_document_frequencies(texts: Iterable[str]) -> tuple[dict[str, int], int]:
    """``(doc_freq, n_docs)`` like :func:`document_frequencies`, single words only.

    :func:`extract_keyphrases` reads document frequencies of single (stemmed) words only, so
    this smaller table scores every phrase exactly as the full one does; it is what
    :mod:`analysis.pipeline` sums over the chunks of a large corpus (phrase keys would make
    the table grow with the corpus instead of with its vocabulary).
    """
    df: dict[str, int] = {}
    n = 0
    for text in texts:
        n += 1
        for key in candidate_keys(text):
            if " " not in key:
                df[key] = df.get(key, 0) + 1
    return df, n


def corpus_frequencies(corpus: Any, docs: list[Any], corpus_df: bool = False
                       ) -> tuple[dict[str, int] | None, int | None]:
    """The ``(doc_freq, n_docs)`` keyphrase scoring uses for the documents ``docs`` of ``corpus``.

    ``(None, None)`` (wordfreq is the only prior) unless ``corpus_df``. With ``corpus_df``: a
    corpus object carrying ``keyphrase_frequencies`` (a chunk of a larger corpus, whose
    frequencies :mod:`analysis.pipeline` computed over the whole corpus) gives those; otherwise
    they are computed over ``docs`` when there are two or more.

    Off by default because it measured no better (``benchmarks/keyphrases.py``, "ours+df":
    duc2001-dev 31.0 against 31.5 without, kpcrowd-dev 14.3 against 14.3) and costs a second
    pass over a corpus; it also makes a document's keyphrases depend on the rest of the corpus.
    """
    if not corpus_df:
        return None, None
    given = getattr(corpus, "keyphrase_frequencies", None)
    if given is not None:
        return given
    if len(docs) >= 2:
        return word_document_frequencies(d.text for d in docs)
    return None, None


def _surface(c: dict[str, Any]) -> str:
    """Most frequent form, lower-cased except its proper nouns and acronyms."""
    form = max(c["forms"].items(), key=lambda kv: (kv[1], kv[0]))[0]
    if c["proper"]:
        return form
    flags = list(c["case"])
    if len(flags) > 1 and not flags[0] and any(flags[1:]) and form[:1].isupper():
        # A sentence-initial word before a name is part of it: "South Korea", not "south Korea".
        flags[0] = True
    case = iter(flags)
    return WORD_RE.sub(lambda m: m.group() if next(case, False) else m.group().lower(), form)


def extract_keyphrases(text: str, k: int = 10, *, doc_freq: Mapping[str, int] | None = None,
                       n_docs: int | None = None) -> list[tuple[str, float]]:
    """Ranked ``(phrase, score)`` keyphrases of one plain-text article.

    ``doc_freq``/``n_docs`` (from :func:`document_frequencies`) add corpus statistics; without
    them the general-English frequencies of wordfreq are the only prior. Every phrase occurs
    in ``text`` (case-insensitively; a possessive ``’s`` is dropped), has 1-3 words (a
    proper name up to 4), and never starts or ends with a stop word. Empty or word-less text
    gives ``[]``.

    Method (details and parameters in the module docstring): candidates from stop-word,
    punctuation and verb-cue chunking; each scored as TF-IDF with wordfreq's general-English
    frequency as IDF (Hasan & Ng, COLING 2014), a first-position prior (Florescu & Caragea,
    PositionRank, ACL 2017), support from the frequency of the phrase's words, an absolute
    discount of a phrase's own count (Ney, Essen & Kneser 1994) and a prior weight for single
    words; generic common words are no keyphrase on their own; the ranking skips any
    candidate contained in a phrase already chosen.
    """
    if not text or k <= 0:
        return []
    n, cands = _candidates(text)
    if not cands:
        return []
    use_df = bool(doc_freq) and bool(n_docs) and n_docs >= 2
    if use_df:
        den = math.log(n_docs + 1) + 1

        def damp(sw: str) -> float:
            return ((math.log((n_docs + 1) / (doc_freq.get(sw, 0) + 1)) + 1) / den) ** DF_POWER

    single_tf = {key: c["tf"] for key, c in cands.items() if " " not in key}
    scored = []
    for key, c in cands.items():
        ws = c["words"]
        stems = key.split()
        if use_df:
            info = sum(_idf(w) * damp(s) for w, s in zip(ws, stems, strict=True))
        else:
            info = sum(_idf(w) for w in ws)
        info /= len(ws) ** GAMMA
        tf = c["tf"]
        if len(ws) > 1:
            support = sum(single_tf.get(s, 0) for s in stems) / len(ws)
            tf = max(tf - DISCOUNT, 0.0) + LAMBDA * support
        else:
            if not c["proper"] and max(zipf(ws[0]), zipf(key)) >= GENERIC_ZIPF:
                continue  # generic on its own ("step", "region")
            tf *= SINGLE_PRIOR
        pos = (1.0 + POS_SCALE * c["first"] / n) ** -POS_POWER
        scored.append((tf * info * pos, key))
    scored.sort(key=lambda x: (-x[0], x[1]))
    out: list[tuple[str, float]] = []
    chosen: list[str] = []
    for score, key in scored:
        padded = f" {key} "
        if any(padded in f" {ck} " for ck in chosen):
            continue
        chosen.append(key)
        out.append((_surface(cands[key]), round(score, 4)))
        if len(out) >= k:
            break
    return out


def _doc_text(doc: Any) -> str:
    return doc if isinstance(doc, str) else doc.text


def keyphrases_table(corpus: Iterable[Any], k: int = 10, *, corpus_df: bool = False):
    """Tidy keyphrases: one row per ``doc_id, rank, keyphrase, score``.

    Each document is scored on its own (a document's keyphrases do not depend on the rest of
    the corpus); ``corpus_df=True`` adds the corpus's document frequencies when there are two
    or more documents (see :func:`extract_keyphrases` and :func:`corpus_frequencies`).
    """
    import pandas as pd

    docs = list(corpus)
    df, n = corpus_frequencies(corpus, docs, corpus_df)
    rows = []
    for d in docs:
        for rank, (phrase, score) in enumerate(
                extract_keyphrases(d.text, k, doc_freq=df, n_docs=n), start=1):
            rows.append({"doc_id": d.doc_id, "rank": rank, "keyphrase": phrase, "score": score})
    return pd.DataFrame(rows, columns=["doc_id", "rank", "keyphrase", "score"])


def keyphrases_jsonl(paths_or_corpus: Any, k: int = 10, *, corpus_df: bool = False
                     ) -> Iterator[dict[str, Any]]:
    """Yield ``{"doc_id": ..., "keyphrases": [...]}`` per document (for the CLI's jsonl).

    ``paths_or_corpus`` is a corpus (any iterable of Documents), a ``.txt`` file or folder
    path, or a list of such paths. ``corpus_df`` as in :func:`keyphrases_table`.
    """
    if isinstance(paths_or_corpus, (str, Path)):
        paths = [paths_or_corpus]
    elif isinstance(paths_or_corpus, (list, tuple)) and all(
            isinstance(p, (str, Path)) for p in paths_or_corpus):
        paths = list(paths_or_corpus)
    else:
        paths = None
    if paths is not None:
        from .corpus import load_corpus

        docs = [d for p in paths for d in load_corpus(p)]
    else:
        docs = list(paths_or_corpus)
    df, n = corpus_frequencies(paths_or_corpus, docs, corpus_df)
    for d in docs:
        yield {"doc_id": d.doc_id,
               "keyphrases": [p for p, _ in extract_keyphrases(d.text, k, doc_freq=df, n_docs=n)]}


# --------------------------------------------------------------------------- terms

def terms(text: str) -> list[str]:
    """Lower-case terms for TF-IDF and keyness: :mod:`analysis.tokens` words with a trailing
    possessive (``’s``) removed; tokens without a letter (numbers such as ``28,000`` or
    ``1950-1953``) and one-character tokens are excluded. ``B-52`` stays ``b-52``."""
    out = []
    for w in WORD_RE.findall(text):
        pm = _POSSESSIVE.search(w)
        if pm and pm.start() > 0:
            w = w[: pm.start()]
        if len(w) > 1 and any(c.isalpha() for c in w):
            out.append(w.lower().translate(_APOS))
    return out


def _paragraph_texts(doc: Any) -> list[tuple[int, str]]:
    paras = getattr(doc, "paragraphs", None)
    if paras:
        return [(p.index, p.text) for p in paras]
    parts = [p for p in re.split(r"\n\s*\n", doc.text) if p.strip()]
    return list(enumerate(parts, start=1))


def distinctive_terms(corpus: Iterable[Any], by: str = "paragraph", top: int = 10,
                      stop_words: bool = True):
    """Top TF-IDF terms per paragraph (``by="paragraph"``, one model per article) or per
    document (``by="document"``, one model over the corpus).

    scikit-learn ``TfidfVectorizer`` with :func:`terms` as tokenizer and its defaults:
    ``tfidf(t, d) = tf(t, d) · (ln((1 + n) / (1 + df(t))) + 1)``, rows L2-normalised
    (Sparck Jones 1972; Salton & Buckley 1988). Stop words (``resources/stopwords_en.txt``)
    are dropped unless ``stop_words=False``. Columns: ``doc_id, paragraph, term, tfidf, count,
    rank`` (``paragraph`` is missing, ``<NA>``, for ``by="document"``); ties break
    alphabetically.
    """
    import pandas as pd
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    if by not in ("paragraph", "document"):
        raise ValueError("by must be 'paragraph' or 'document'")
    stop = load_stopwords() if stop_words else frozenset()

    def tok(text: str) -> list[str]:
        # "us" is kept when written "US"/"U.S." (the United States)
        return [t for t in terms(text) if t not in stop or t in ("us", "u.s")]

    docs = list(corpus)
    units: list[tuple[list[tuple[str, Any]], list[str]]] = []
    if by == "paragraph":
        for d in docs:
            paras = _paragraph_texts(d)
            units.append(([(d.doc_id, i) for i, _ in paras], [t for _, t in paras]))
    else:
        units.append(([(d.doc_id, pd.NA) for d in docs], [d.text for d in docs]))
    rows = []
    for labels, texts in units:
        if not any(tok(t) for t in texts):
            continue
        cv = CountVectorizer(tokenizer=tok, lowercase=False, token_pattern=None)
        counts = cv.fit_transform(texts)
        tfidf = TfidfTransformer().fit_transform(counts).tocsr()
        vocab = cv.get_feature_names_out()
        counts = counts.tocsr()
        for r, (doc_id, para) in enumerate(labels):
            row = tfidf.getrow(r)
            crow = counts.getrow(r)
            cdict = dict(zip(crow.indices, crow.data, strict=True))
            items = sorted(zip(row.indices, row.data, strict=True),
                           key=lambda x: (-x[1], vocab[x[0]]))[:top]
            for rank, (j, v) in enumerate(items, start=1):
                rows.append({"doc_id": doc_id, "paragraph": para, "term": vocab[j],
                             "tfidf": float(v), "count": int(cdict[j]), "rank": rank})
    out = pd.DataFrame(rows, columns=["doc_id", "paragraph", "term", "tfidf", "count", "rank"])
    out["paragraph"] = out["paragraph"].astype("Int64")
    return out


# --------------------------------------------------------------------------- keyness

WORDFREQ_REFERENCE_SIZE = 1_000_000_000
"""Size given to the wordfreq reference: wordfreq frequencies are proportions of tokens and
its Zipf scale is per billion words, so the reference is treated as a corpus of 10^9 tokens
with ``count = frequency × 10^9`` (a nominal size: wordfreq's real sources are larger)."""


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Log-likelihood G2 for a term seen ``a`` times in a corpus of ``c`` tokens and ``b``
    times in a reference of ``d`` tokens (Dunning 1993; Rayson & Garside 2000)::

        E1 = c (a + b) / (c + d),  E2 = d (a + b) / (c + d)
        G2 = 2 [a ln(a / E1) + b ln(b / E2)]        (0 ln 0 = 0)
    """
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 0.0
    if a > 0:
        g2 += a * math.log(a / e1)
    if b > 0:
        g2 += b * math.log(b / e2)
    return 2.0 * g2


def log_ratio(a: float, b: float, c: float, d: float, smoothing: float = 0.5) -> float:
    """Hardie's (2014) log ratio: ``log2(((a + s) / c) / ((b + s) / d))`` with ``s = 0.5``
    added to both counts so a zero frequency gives a finite value. One unit = twice as
    frequent in the corpus as in the reference."""
    return math.log2(((a + smoothing) / c) / ((b + smoothing) / d))


def keyness(corpus: Iterable[Any], reference: str | Mapping[str, float] = "wordfreq-en",
            min_count: int = 2, reference_size: float | None = None):
    """Keyness of every term of the corpus against general English.

    Terms are :func:`terms` (lower-case; numbers and one-character tokens excluded).
    ``reference="wordfreq-en"`` takes each term's relative frequency from
    ``wordfreq.word_frequency(term, "en")`` and treats the reference as a corpus of
    :data:`WORDFREQ_REFERENCE_SIZE` tokens; a mapping ``term -> relative frequency`` may be
    given instead (with ``reference_size``). Columns: ``term, count`` (in the corpus),
    ``corpus_size`` (terms in the corpus), ``ref_freq`` (relative), ``ref_count``,
    ``ref_size``, ``expected`` (count expected in the corpus from the reference,
    ``E1`` of :func:`log_likelihood`), ``log_ratio`` (:func:`log_ratio`), ``g2``
    (:func:`log_likelihood`), ``p_value`` (chi-squared with 1 df), ``direction`` ("+"
    over-used in the corpus, "-" under-used). Terms seen fewer than ``min_count`` times are
    dropped; rows are sorted by G2, highest first.
    """
    import pandas as pd

    counts: dict[str, int] = {}
    for d in corpus:
        for t in terms(_doc_text(d)):
            counts[t] = counts.get(t, 0) + 1
    c = sum(counts.values())
    if isinstance(reference, str):
        if reference != "wordfreq-en":
            raise ValueError("reference must be 'wordfreq-en' or a mapping term -> frequency")
        from wordfreq import word_frequency

        def ref(term: str) -> float:
            return word_frequency(term, "en")

        size = float(reference_size or WORDFREQ_REFERENCE_SIZE)
    else:
        def ref(term: str) -> float:
            return float(reference.get(term, 0.0))

        size = float(reference_size or WORDFREQ_REFERENCE_SIZE)
    try:
        from scipy.stats import chi2

        def pval(g: float) -> float:
            return float(chi2.sf(g, 1))
    except ImportError:  # pragma: no cover - scipy ships with scikit-learn
        def pval(g: float) -> float:
            return math.erfc(math.sqrt(g / 2.0))
    rows = []
    for term, a in counts.items():
        if a < min_count:
            continue
        f = ref(term)
        b = f * size
        e1 = c * (a + b) / (c + size)
        g2 = log_likelihood(a, b, c, size)
        rows.append({"term": term, "count": a, "corpus_size": c, "ref_freq": f,
                     "ref_count": b, "ref_size": size, "expected": e1,
                     "log_ratio": log_ratio(a, b, c, size), "g2": g2, "p_value": pval(g2),
                     "direction": "+" if a >= e1 else "-"})
    cols = ["term", "count", "corpus_size", "ref_freq", "ref_count", "ref_size", "expected",
            "log_ratio", "g2", "p_value", "direction"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True)


# --------------------------------------------------------------------------- actors

def load_actors(path: str | Path | None = None) -> dict[str, Any]:
    """Load the actor list (``resources/actors.json`` by default) and check its shape.

    Format: ``{"version": int, "actors": [{"name", "kind", "aliases": [alias, ...]}]}``, an
    alias being a string or ``{"text", "not_before", "not_after", "ignore_case"}`` where
    ``not_before`` is a regex that must not match right after the alias and ``not_after`` a
    regex that must not match right before it. See the file's ``rules`` for the choices.
    """
    path = Path(path) if path else ACTORS_PATH
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict) or "actors" not in data or "version" not in data:
        raise ValueError(f"{path}: expected an object with 'version' and 'actors'")
    for a in data["actors"]:
        if not {"name", "kind", "aliases"} <= set(a):
            raise ValueError(f"{path}: actor {a!r} needs name, kind and aliases")
        if a["kind"] not in ("country", "person", "organisation"):
            raise ValueError(f"{path}: actor {a['name']!r} has unknown kind {a['kind']!r}")
    return data


def _alias_pattern(text: str) -> str:
    parts = []
    for ch in text:
        if ch in "'’":
            parts.append("['’]")
        elif ch in "-‐‑":
            parts.append("[-‐‑]")
        elif ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    # no letter/digit may touch the alias; an alias ending in "." may end a sentence
    return r"(?<![^\W_])" + "".join(parts) + (r"" if text.endswith(".") else r"(?![^\W_])")


def _compile_actors(actors: Mapping[str, Any]) -> list[tuple[str, str, re.Pattern, Any, Any]]:
    compiled = []
    for a in actors["actors"]:
        for alias in a["aliases"]:
            spec = {"text": alias} if isinstance(alias, str) else alias
            flags = re.IGNORECASE if spec.get("ignore_case") else 0
            pat = re.compile(_alias_pattern(spec["text"]), flags)
            nb = re.compile(spec["not_before"]) if spec.get("not_before") else None
            na = re.compile("(?:" + spec["not_after"] + r")\Z") if spec.get("not_after") else None
            compiled.append((a["name"], spec["text"], pat, nb, na))
    return compiled


def find_actor_mentions(text: str, actors: Mapping[str, Any] | None = None
                        ) -> list[tuple[int, int, str, str]]:
    """``(start, end, actor, alias)`` of every actor mention in ``text``.

    Overlapping matches are resolved leftmost-longest: "South Korean" wins over "South Korea",
    "Kim Jong Un" over "Kim"; distinct adjacent mentions ("US-South Korean") all count.
    """
    compiled = _compile_actors(actors or load_actors())
    found = []
    for name, alias, pat, nb, na in compiled:
        for m in pat.finditer(text):
            s, e = m.span()
            if nb is not None and nb.match(text, e):
                continue
            if na is not None and na.search(text[max(0, s - 60):s]):
                continue
            found.append((s, e, name, alias))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out, last_end = [], -1
    for s, e, name, alias in found:
        if s >= last_end:
            out.append((s, e, name, alias))
            last_end = e
    return out


def actor_mentions(corpus: Iterable[Any], actors: Mapping[str, Any] | None = None):
    """One row per actor mention: ``doc_id, actor, alias, matched, start, end, sentence,
    paragraph, position``.

    ``start``/``end`` are offsets into ``Document.text``; ``sentence`` and ``paragraph``
    are the 1-based numbers of the sentence/paragraph containing the mention (``<NA>`` if the
    document has no segmentation); ``position`` is ``start / len(text)`` in [0, 1).
    """
    import pandas as pd

    actors = actors or load_actors()
    rows = []
    for d in corpus:
        text = d.text
        sents = list(getattr(d, "sentences", None) or [])
        paras = list(getattr(d, "paragraphs", None) or [])
        s_starts = [s.start for s in sents]
        p_starts = [p.start for p in paras]
        for s, e, name, alias in find_actor_mentions(text, actors):
            si = bisect_right(s_starts, s) - 1
            pi = bisect_right(p_starts, s) - 1
            sent = sents[si] if si >= 0 and s < sents[si].end else None
            para = paras[pi] if pi >= 0 and s < paras[pi].end else None
            rows.append({
                "doc_id": d.doc_id, "actor": name, "alias": alias, "matched": text[s:e],
                "start": s, "end": e,
                "sentence": sent.index if sent is not None else pd.NA,
                "paragraph": (para.index if para is not None
                              else sent.paragraph if sent is not None else pd.NA),
                "position": s / len(text) if text else 0.0,
            })
    cols = ["doc_id", "actor", "alias", "matched", "start", "end", "sentence", "paragraph",
            "position"]
    out = pd.DataFrame(rows, columns=cols)
    out["sentence"] = out["sentence"].astype("Int64")
    out["paragraph"] = out["paragraph"].astype("Int64")
    return out
