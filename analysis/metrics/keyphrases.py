"""Keyphrases: ranked noun phrases and names saying what an article is about.

* :func:`extract_keyphrases`: ``(phrase, score)`` pairs for one text;
* :func:`keyphrases_table` / :func:`keyphrases_jsonl`: the same for a corpus, as a tidy table
  or as one JSON object per document;
* :func:`document_frequencies` / :func:`word_document_frequencies` /
  :func:`corpus_frequencies`: optional corpus statistics for the scoring.

Method
------
1. *Candidates*: noun phrases of 1-3 words and whole names, as the text writes them, never
   transcript furniture (:mod:`analysis.metrics.keyphrase_candidates`). A single lower-case
   word that is generic on its own (Zipf >= 5 for the word or its singular: "step",
   "region"), or that the tagger calls a noun in fewer than half of its occurrences
   ("joint", "outlines"), is no keyphrase, though it may be part of one; nor is a reporting
   noun (:func:`analysis.metrics.keyphrase_groups.generic_words`: "statement", "comment",
   "reporters").
2. *Scoring* (TF-IDF over candidate chunks with a position prior, after Hasan & Ng 2014 and
   Florescu & Caragea's PositionRank, ACL 2017; absolute discounting of counts after Ney,
   Essen & Kneser 1994)::

       score(p) = tf'(p) · Σ_{w in p} idf(w) / |p|^γ · pos(p)
       tf'(p)   = max(tf(p) − δ, 0) + λ · mean_{w in p} tf(w)   if |p| > 1
                = σ · tf(p)                                      if |p| = 1
       idf(w)   = 9 − max(zipf_en(w), 1.5)        (= −log10 of the wordfreq probability)
       pos(p)   = (1 + 3 · first_offset(p) / n_tokens) ^ −1.5

   ``tf(w)`` is the frequency of the single word, so a phrase made of the article's frequent
   words is supported by them (λ = 0.6, γ = 0.8); a lower-case hyphenated word counts as
   often as its first element when that is more ("nuclear-armed" as "nuclear", so a
   once-mentioned "nuclear-armed ballistic submarine" in an article about nuclear
   deterrence is supported like "nuclear deterrence"); a phrase seen once is weak evidence of a
   unit, so δ = 0.8 is subtracted from a phrase's own count; σ = 1.0 is the prior weight of a
   single word against a phrase. wordfreq's general-English frequency stands in for IDF, so
   one article is enough. With corpus document frequencies each word's idf is further
   multiplied by ``((ln((N+1)/(df+1)) + 1) / (ln(N+1) + 1)) ** 0.25``, a mild damping of words
   common to the corpus (stronger weights lost F1 on the benchmarks, whose documents come in
   topical clusters, as a corpus about one event does).
3. *Selection.* Highest score first, near-duplicates merged: a candidate contained in an
   already selected phrase is skipped ("peninsula" after "Korean Peninsula"; with hyphens read
   as spaces, a hyphenated compound matched whole or not at all: "nuclear armed submarine"
   after "nuclear-armed submarine", never "large loans" after "large loan-loss reserves"),
   and a phrase scoring at least 0.65 of a selected single word that it
   contains takes that word's place and score ("nuclear deterrence" replaces "deterrence" on
   the seed). Candidates past the first ``k`` are kept while a later phrase could still take
   the place of one of the first ``k``, so the list does not depend on ``k``: the top 5 are the
   first 5 of the top 10. An acronym and the name it spells ("DPRK", "Democratic People's
   Republic of Korea") are one entry: the first of the two to be chosen holds the place, shown
   in the form the text writes more often, and the other is skipped. A name of three words or
   more is not skipped for being inside a chosen name ("Republic of Korea" beside "Democratic
   People's Republic of Korea"): a name is never counted inside another. A one-word demonym
   only written as a modifier is shown, in its place, as the phrase it heads ("Japanese
   media" for "Japanese"; :mod:`analysis.metrics.keyphrase_demonyms`).

Measured with ``benchmarks/keyphrases.py`` (macro F1@10, dev parts): duc2001-dev 32.8
alone, 32.6 with the set's document frequencies, 31.9 without the tagger (YAKE 15.6);
kpcrowd-dev 14.9 / 14.7 / 14.9 (YAKE 7.6). The tagger is asked only for the words whose tag
is read (words that may enter a candidate, and capitalised words other than the names found
by their capitalisation, whose tag is never read), skips the scores of words whose tag comes
from its tag dictionary, and computes each new word type's vectors once, in batches; on a
first pass over unseen text it about doubles the CPU time per document (``ours`` against
``ours-pos`` in the benchmark).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from ..progress import with_progress
from .furniture import blank_stage
from .keyphrase_candidates import MAX_LENGTH, Candidates, candidate_keys, candidates
from .keyphrase_groups import generic_words
from .keyphrase_tokens import stem, word_zipf

# Scoring parameters (see the module docstring); few on purpose, so they generalise.
LAMBDA = 0.6  # support of a phrase by the frequency of its words
GAMMA = 0.8  # length normalisation of the summed idf
POS_SCALE = 3.0  # position prior: (1 + POS_SCALE * relative offset) ** -POS_POWER
POS_POWER = 1.5
ZIPF_FLOOR = 1.5  # words unknown to wordfreq count as Zipf 1.5
DF_POWER = 0.25  # weight of corpus document frequency
DISCOUNT = 0.8  # absolute discount of a multi-word phrase's count (a phrase seen once is weak)
SINGLE_PRIOR = 1.0  # prior weight of a one-word candidate against a phrase
GENERIC_ZIPF = 5.0  # a lower-case word this common (either form) is no keyphrase on its own
NOUN_SHARE = 0.5  # a single word is a keyphrase when at least this share of it is a noun
MERGE = True  # a phrase takes the place of the chosen single words it contains
MERGE_RATIO = 0.65  # ... when its score is at least this share of theirs
FOLD = True  # a candidate whose folded words are all in a chosen phrase's is skipped


@lru_cache(maxsize=1)
def default_tagger() -> Any:
    """The packaged part-of-speech tagger (:func:`analysis.corpus.tagger.load_tagger`), loaded
    once (and held here: ``load_tagger`` finds it in two cache look-ups a call)."""
    from ..corpus.tagger import load_tagger

    return load_tagger()


@lru_cache(maxsize=1 << 14)
def idf(word: str) -> float:
    """-log10 of the wordfreq probability of ``word``: 9 - Zipf (floored); cached, as every
    candidate containing the word reads it."""
    return 9.0 - max(word_zipf(word), ZIPF_FLOOR)


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


def extract_keyphrases(text: str, k: int = 10, *, doc_freq: Mapping[str, int] | None = None,
                       n_docs: int | None = None, pos: bool = True) -> list[tuple[str, float]]:
    """Ranked ``(phrase, score)`` keyphrases of one plain-text article.

    ``doc_freq``/``n_docs`` (from :func:`document_frequencies`) add corpus statistics; without
    them the general-English frequencies of wordfreq are the only prior. ``pos=False`` skips
    the part-of-speech tagger (the chunking heuristics alone: faster, no noun-phrase check).
    Every phrase is written in ``text`` as shown (up to white space; a possessive ``’s`` is
    dropped, an initialism keeps its final period), has 1-3 words (a name up to 5) and never
    starts or ends with a stop word. The ranking does not depend on ``k``. Empty or word-less
    text gives ``[]``.

    Method (details and parameters in the module docstring): noun-phrase candidates from
    stop-word, punctuation, verb-cue and part-of-speech chunking; each scored as TF-IDF with
    wordfreq's general-English frequency as IDF (Hasan & Ng, COLING 2014), a first-position
    prior (Florescu & Caragea, PositionRank, ACL 2017), support from the frequency of the
    phrase's words, an absolute discount of a phrase's own count (Ney, Essen & Kneser 1994)
    and a prior weight for single words; generic common words are no keyphrase on their own;
    near-duplicates are merged.
    """
    if not text or k <= 0:
        return []
    n, cands = candidates(text, default_tagger() if pos else None)
    if not cands.tf:
        return []
    return _select(score_candidates(n, cands, doc_freq, n_docs), cands, k)


def score_candidates(n: int, cands: Candidates, doc_freq: Mapping[str, int] | None = None,
                     n_docs: int | None = None) -> list[tuple[float, str]]:
    """``(score, key)`` of every candidate of a text of ``n`` tokens, best first (module
    docstring, step 2); generic single words are left out."""
    use_df = bool(doc_freq) and bool(n_docs) and n_docs >= 2
    if use_df:  # idf damped by corpus df
        den = math.log(n_docs + 1) + 1
        stems = {s for key in cands.tf for s in key.split()}
        damp = {s: ((math.log((n_docs + 1) / (doc_freq.get(s, 0) + 1)) + 1) / den) ** DF_POWER
                for s in stems}
    norm = [0.0] + [m ** GAMMA for m in range(1, MAX_LENGTH + 1)]
    tf_get = cands.tf.get  # a key without a space is a single word
    generic = generic_words()
    first, first_span, noun, los = cands.first, cands.first_span, cands.noun, cands.los
    scored = []
    add = scored.append
    noun_get = noun.get
    for key, tf in cands.tf.items():
        _, form, a, b, proper, _ = first_span[key]
        if b > a:
            ws = los[a:b + 1]
            stems = key.split()
            if use_df:
                info = sum(idf(w) * damp[s] for w, s in zip(ws, stems, strict=True))
            else:
                info = sum(map(idf, ws))
            support = sum(map(tf_get, stems, repeat(0)))
            if "-" in key:
                support += compound_support(stems, form.split(), tf_get)
            # (max(tf - DISCOUNT, 0.0): a count is at least 1)
            tf = (tf - DISCOUNT if tf > DISCOUNT else 0.0) + LAMBDA * (support / (b - a + 1))
        else:
            z = word_zipf(los[a])
            if not proper and (z >= GENERIC_ZIPF or noun_get(key, 0) < NOUN_SHARE * tf
                               or key in generic or word_zipf(key) >= GENERIC_ZIPF) \
                    or key in LONE_SUFFIXES:
                continue  # generic on its own ("step", "region"), mostly no noun, or "III"
            info = 9.0 - (z if z > ZIPF_FLOOR else ZIPF_FLOOR)  # idf(w)
            if use_df:
                info *= damp[key]
            tf *= SINGLE_PRIOR
        add((-(tf * (info / norm[b - a + 1])
               * (1.0 + POS_SCALE * first[key] / n) ** -POS_POWER), key))
    scored.sort()  # best first, equal scores in key order
    return [(-neg, key) for neg, key in scored]


LONE_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
"""A name's generational suffix, no keyphrase on its own (``III`` cut from ``Lloyd J. Austin
III`` in a title-case headline)."""


def compound_support(stems: list[str], words: list[str], tf_get: Any) -> int:
    """What a phrase's lower-case hyphenated words add to its support (module docstring,
    step 2): such a compound ("nuclear-armed", "welfare-reform") counts as often as the text
    uses its first element ("nuclear", "welfare") as a candidate word, when that is more
    often than the compound itself. ``stems`` are the phrase's keys, ``words`` its words as
    written, ``tf_get`` the count lookup of the candidate keys. A first element with a digit
    ("30-year") or a capitalised compound ("US-South") adds nothing."""
    extra = 0
    for s, w in zip(stems, words, strict=True):
        if "-" in s and w.islower():
            first = s.partition("-")[0]
            if first.isalpha():
                extra += max(tf_get(stem(first), 0) - tf_get(s, 0), 0)
    return extra


def _select(scored: list[tuple[float, str]], cands: Candidates, k: int
            ) -> list[tuple[str, float]]:
    """The first ``k`` of ``scored`` as ``(surface form, rounded score)`` with near-duplicates
    merged (module docstring, step 3): a candidate contained in a phrase already chosen is
    skipped, and a phrase containing chosen single words that are no names takes the place
    (and the score) of the first of them, the others leaving the list.

    Candidates past the first ``k`` are kept too, so that one taking the place of several
    chosen words lets the next ones move up (the list does not depend on ``k``); the search
    stops when no later candidate can take the place of one of the first ``k``."""
    chosen: list[str] = []
    scores: list[float] = []
    joined = ""  # " key " of each chosen key, run together: a phrase inside one is in it
    mergeable: set[str] = set()  # the chosen single words that are no names
    floor = None  # MERGE_RATIO * the lowest score of a single word in the first k (None: recompute)
    proper = cands.first_span  # [4]: a proper name
    shown = cands.shown  # keys that are one entry, under the key they are shown as
    entries: set[str] = set()
    forms: dict[str, list[tuple[bool, str, str]]] = {}  # covered's view of each chosen key
    alone = cands.alone  # a key shown as a phrase it heads, in its place ("Japanese media")
    for score, key in scored:
        if alone and (key := alone.get(key, key)) not in cands.tf:
            continue
        if len(chosen) >= k:
            if floor is None:
                floor = MERGE_RATIO * min((sc for ck, sc in zip(chosen[:k], scores, strict=False)
                                           if ck in mergeable), default=math.inf)
            if not MERGE or score < floor:
                break  # no later phrase can change the first k
        p = f" {key} "
        if p in joined and not (p.count(" ") >= 4 and proper[key][4]
                                and names_apart(p, chosen, cands)):
            continue
        if FOLD and covered(key, chosen, cands, forms):
            continue  # "nuclear-armed" after "nuclear armed submarine"
        if key in shown:
            entry = shown[key]
            if entry in entries:
                continue  # one entry with a chosen phrase ("DPRK" and its name)
            entries.add(entry)
        inside = [i for i, ck in enumerate(chosen) if ck in mergeable and f" {ck} " in p
                  and score >= MERGE_RATIO * scores[i]
                  ] if MERGE and " " in key and not mergeable.isdisjoint(key.split()) else []
        if inside:
            mergeable.difference_update([chosen[i] for i in inside])
            chosen[inside[0]] = key
            for i in reversed(inside[1:]):
                del chosen[i], scores[i]
            joined = "".join(f" {ck}  {shown.get(ck, ck)} " for ck in chosen)
        else:
            chosen.append(key)
            scores.append(score)
            joined += f"{p} {shown.get(key, key)} "
            if " " not in key and not proper[key][4]:
                mergeable.add(key)
        floor = None
    top = [shown.get(key, key) for key in chosen[:k]]
    return [(form, round(score, 4))
            for form, score in zip(cands.surfaces(top), scores, strict=False)]


def fold(word: str) -> str:
    """One word of a key (already lower case and stemmed) with each part of a hyphenated
    compound stemmed ("nuclear-weapons" → "nuclear-weapon"). Folding ``-es`` plurals too
    ("crashes" with "crash") cost DUC-2001 dev 0.01 and is not done."""
    return "-".join(stem(w) for w in word.split("-"))


@lru_cache(maxsize=1 << 14)
def folded(key: str) -> str:
    """`` key `` with each word folded (:func:`fold`)."""
    return " " + " ".join(map(fold, key.split())) + " "


def covered(key: str, chosen: list[str], cands: Candidates,
            forms: dict[str, list[tuple[bool, str, str]]] | None = None) -> bool:
    """Whether ``key`` is, folded (:func:`folded`) and with hyphens read as spaces, a run of
    whole words of a chosen phrase (or of the form it is shown as), where a hyphenated
    compound is matched whole or not at all, and a name inside a name is left to
    :func:`names_apart`: "nuclear armed submarine" after "nuclear-armed submarine"; not "large
    loans" after "large loan-loss reserves". ``forms`` remembers, per chosen key, its forms'
    name flag, folded text and folded text with hyphens as spaces (one selection's)."""
    p = folded(key)
    q = p.replace("-", " ")
    span, shown = cands.first_span, cands.shown
    name = span[key][4]
    if forms is None:
        forms = {}
    for ck in chosen:
        views = forms.get(ck)
        if views is None:
            views = forms[ck] = [(span[c][4], f, f.replace("-", " "))
                                 for c in {ck, shown.get(ck, ck)} for f in (folded(c),)]
        for is_name, f, g in views:
            if name and is_name:
                continue
            i = g.find(q)
            while i >= 0:
                if f[i] == " " and f[i + len(q) - 1] == " ":
                    return True
                i = g.find(q, i + 1)
    return False


def names_apart(p: str, chosen: list[str], cands: Candidates) -> bool:
    """Whether the name `` key `` (``p``) is inside chosen names only: a name is never
    counted inside another, so its count is its own mentions, of a thing of its own
    ("Republic of Korea" beside "Democratic People's Republic of Korea"; for names of three
    words or more: two-word ones, "Hong Kong" beside "Hong Kong Fashion Week", cost KPCrowd
    dev 0.01)."""
    shown, proper = cands.shown, cands.first_span
    return all(proper[ck][4] and proper[shown.get(ck, ck)][4] for ck in chosen
               if p in f" {ck} " or p in f" {shown.get(ck, ck)} ")


def keyphrases_table(corpus: Iterable[Any], k: int = 10, *, corpus_df: bool = False):
    """Tidy keyphrases: one row per ``doc_id, rank, keyphrase, score``.

    Each document is scored on its own (a document's keyphrases do not depend on the rest of
    the corpus); ``corpus_df=True`` adds the corpus's document frequencies when there are two
    or more documents (see :func:`extract_keyphrases` and :func:`corpus_frequencies`).
    """
    from ..corpus.arguments import require_corpus

    require_corpus(corpus, "keyphrases_table()")
    import pandas as pd

    docs = list(corpus)
    df, n = corpus_frequencies(corpus, docs, corpus_df)
    rows = []
    for d in docs:
        for rank, (phrase, score) in enumerate(
                extract_keyphrases(blank_stage(d), k, doc_freq=df, n_docs=n), start=1):
            rows.append({"doc_id": d.doc_id, "rank": rank, "keyphrase": phrase, "score": score})
    return pd.DataFrame(rows, columns=["doc_id", "rank", "keyphrase", "score"])


def keyphrases_jsonl(paths_or_corpus: Any, k: int = 10, *, corpus_df: bool = False,
                     progress: bool | None = None) -> Iterator[dict[str, Any]]:
    """Yield ``{"doc_id": doc_id, "keyphrases": [...]}`` per document (for the CLI's jsonl).

    ``paths_or_corpus`` is a corpus (any iterable of Documents), a ``.txt`` file or folder
    path, or a list of such paths. ``corpus_df`` as in :func:`keyphrases_table`. ``progress``:
    a bar over the documents, as in :func:`analysis.progress.progress_bar` (by default only on
    a terminal).
    """
    if isinstance(paths_or_corpus, (str, Path)):
        paths = [paths_or_corpus]
    elif isinstance(paths_or_corpus, (list, tuple)) and all(
            isinstance(p, (str, Path)) for p in paths_or_corpus):
        paths = list(paths_or_corpus)
    else:
        paths = None
    if paths is not None:
        from ..corpus import load_corpus

        docs = [d for p in paths for d in load_corpus(p)]
    else:
        docs = list(paths_or_corpus)
    df, n = corpus_frequencies(paths_or_corpus, docs, corpus_df)
    for d in with_progress(docs, "keyphrases", progress):
        yield {"doc_id": d.doc_id, "keyphrases": [
            p for p, _ in extract_keyphrases(blank_stage(d), k, doc_freq=df, n_docs=n)]}
