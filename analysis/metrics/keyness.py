"""Distinctive terms (TF-IDF) and keyness against general English.

* :func:`terms`: the lower-case terms both measures count.
* :func:`distinctive_terms`: TF-IDF (scikit-learn ``TfidfVectorizer``) over the paragraphs of
  each article, or over the documents of a corpus.
* :func:`keyness`: log-likelihood G2 (:func:`log_likelihood`) and log-ratio
  (:func:`log_ratio`) of each term in the corpus against general English as given by
  ``wordfreq``.

Heavy libraries (pandas, scikit-learn, scipy, wordfreq) are imported inside the functions
that use them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..corpus.tokens import WORD_RE
from .furniture import blank_stage, mask_furniture
from .vocabulary import APOSTROPHE_FOLD, load_stopwords, split_possessive


def terms(text: str) -> list[str]:
    """Lower-case terms for TF-IDF and keyness: :mod:`analysis.corpus.tokens` words with a trailing
    possessive (``’s``) removed; tokens without a letter (numbers such as ``28,000`` or
    ``1950-1953``) and one-character tokens are excluded. ``B-52`` stays ``b-52``."""
    out = []
    for raw in WORD_RE.findall(text):
        w = split_possessive(raw)[0]
        if len(w) > 1 and any(c.isalpha() for c in w):
            out.append(w.lower().translate(APOSTROPHE_FOLD))
    return out


def is_acronym(term: str) -> bool:
    """An acronym kept in capitals by keyness: two or more capital letters, maybe with inner
    periods (``US``, ``U.S``, ``NCG``, ``UN``)."""
    letters = term.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def keyness_terms(text: str) -> list[str]:
    """The terms of :func:`terms`, but acronyms keep their capitals without periods (``US`` and
    ``U.S.`` are ``US``, the pronoun ``us`` stays ``us``), so that keyness compares the United
    States with the United States, not with a pronoun."""
    return [term for term, _ in _term_forms(text)]


def _term_forms(text: str) -> list[tuple[str, str]]:
    """Each term of :func:`keyness_terms` with the form the text writes it in (``Korea``,
    ``U.S.``; a possessive's ``'s`` cut)."""
    out = []
    for raw in WORD_RE.findall(text):
        w = split_possessive(raw)[0]
        if len(w) > 1 and any(c.isalpha() for c in w):
            out.append((w.replace(".", "") if is_acronym(w)
                        else w.lower().translate(APOSTROPHE_FOLD), w))
    return out


def _paragraph_texts(doc: Any) -> list[tuple[int, str]]:
    """Each paragraph's counted text (:func:`_doc_text`), with its number."""
    text = _doc_text(doc)
    paras = getattr(doc, "paragraphs", None)
    if paras:
        return [(p.index, text[p.start:p.end]) for p in paras]
    parts = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return list(enumerate(parts, start=1))


def _doc_text(doc: Any) -> str:
    """The text of a Document, or the string itself, with its furniture blanked (the same
    length): a transcript's stage directions, speaker labels and clock times, an article's
    byline, dateline, tagline and author's bio (:func:`analysis.metrics.furniture.mask_furniture`)
    and the sentences a Document reads as ``stage`` (time and place lines), so that no term is
    counted from them."""
    if isinstance(doc, str):
        return mask_furniture(doc)
    return blank_stage(doc, mask_furniture(doc.text))


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
    from ..corpus.arguments import require_corpus

    require_corpus(corpus, "distinctive_terms()")
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
        units.append(([(d.doc_id, pd.NA) for d in docs], [_doc_text(d) for d in docs]))
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


def _reference_frequency(reference: str | Mapping[str, float]) -> Callable[[str], float]:
    """Relative frequency in the reference: wordfreq's English, or a given mapping."""
    if isinstance(reference, str):
        if reference != "wordfreq-en":
            raise ValueError("reference must be 'wordfreq-en' or a mapping term -> frequency")
        from wordfreq import word_frequency

        def frequency(term: str) -> float:
            if is_acronym(term):
                # wordfreq folds case, so "US" would get the pronoun's frequency: the dotted
                # spelling ("u.s.") is the acronym's own when wordfreq knows it.
                dotted = word_frequency(".".join(term.lower()) + ".", "en")
                return dotted or word_frequency(term, "en")
            return word_frequency(term, "en")

        return frequency
    return lambda term: float(reference.get(term, 0.0))


def _surface(term: str, written: dict[str, int]) -> str:
    """The form a term is written in most often (``korea``: ``Korea``); on a tie the
    lower-case one, then the first seen (a sentence's first word is capitalised by position,
    not by name)."""
    return max(written, key=lambda w: (written[w], w == term))


def keyness(corpus: Iterable[Any], reference: str | Mapping[str, float] = "wordfreq-en",
            min_count: int = 2, reference_size: float | None = None):
    """Keyness of every term of the corpus against general English.

    Terms are :func:`keyness_terms` (lower-case, acronyms in capitals; numbers and
    one-character tokens excluded); an acronym's general-English frequency is that of its dotted
    spelling (``u.s.``) when wordfreq knows it.
    ``reference="wordfreq-en"`` takes each term's relative frequency from
    ``wordfreq.word_frequency(term, "en")`` and treats the reference as a corpus of
    :data:`WORDFREQ_REFERENCE_SIZE` tokens; a mapping ``term -> relative frequency`` may be
    given instead (with ``reference_size``). Columns: ``term``, ``surface`` (the form the
    corpus writes it in most often, ``Korea`` for ``korea``: for display), ``count`` (in the
    corpus),
    ``corpus_size`` (terms in the corpus), ``ref_freq`` (relative), ``ref_count``,
    ``ref_size``, ``expected`` (count expected in the corpus from the reference,
    ``E1`` of :func:`log_likelihood`), ``log_ratio`` (:func:`log_ratio`), ``g2``
    (:func:`log_likelihood`), ``p_value`` (chi-squared with 1 df), ``direction`` ("+"
    over-used in the corpus, "-" under-used). Terms seen fewer than ``min_count`` times are
    dropped; rows are sorted by G2, highest first.
    """
    from ..corpus.arguments import require_corpus

    require_corpus(corpus, "keyness()")
    import pandas as pd

    counts: dict[str, int] = {}
    forms: dict[str, dict[str, int]] = {}
    for d in corpus:
        for t, form in _term_forms(_doc_text(d)):
            counts[t] = counts.get(t, 0) + 1
            written = forms.setdefault(t, {})
            written[form] = written.get(form, 0) + 1
    c = sum(counts.values())
    ref = _reference_frequency(reference)
    size = float(reference_size or WORDFREQ_REFERENCE_SIZE)
    from scipy.stats import chi2  # installed with scikit-learn

    rows = []
    for term, a in counts.items():
        if a < min_count:
            continue
        f = ref(term)
        b = f * size
        e1 = c * (a + b) / (c + size)
        g2 = log_likelihood(a, b, c, size)
        rows.append({"term": term, "surface": _surface(term, forms[term]), "count": a,
                     "corpus_size": c, "ref_freq": f,
                     "ref_count": b, "ref_size": size, "expected": e1,
                     "log_ratio": log_ratio(a, b, c, size), "g2": g2,
                     "p_value": float(chi2.sf(g2, 1)), "direction": "+" if a >= e1 else "-"})
    cols = ["term", "surface", "count", "corpus_size", "ref_freq", "ref_count", "ref_size",
            "expected", "log_ratio", "g2", "p_value", "direction"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True)
