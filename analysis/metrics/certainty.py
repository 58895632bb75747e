"""Epistemic stance: hedges, boosters and attributions, sentence by sentence (Hyland 2005).

Hedges (``may``, ``could``, ``reportedly``, ``likely``...) and boosters (``clearly``, ``must``,
``proven``, ``in every instance``...) come from ``analysis/resources/epistemic.json``;
``according to`` is counted as an *attribution*, not a hedge. See :func:`epistemic_markers`.

Hyland, K. (2005). *Metadiscourse: Exploring Interaction in Writing*. London: Continuum.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .frames import Cue
from .lexicon import (
    RESOURCES,
    PatternTable,
    count_words,
    find_negator,
    parse_entry,
    read_lexicon_json,
    tokens,
)

EPISTEMIC_LEXICON_PATH = RESOURCES / "epistemic.json"
EPISTEMIC_CATEGORIES: tuple[str, str, str] = ("hedges", "boosters", "attributions")

@dataclass
class EpistemicLexicon:
    """A compiled hedge/booster/attribution lexicon (``analysis/resources/epistemic.json``)."""

    version: str
    path: str
    table: PatternTable
    negation_cues: frozenset[str]
    negation_suffixes: tuple[str, ...]
    negation_window: int
    raw: dict[str, Any] = field(repr=False)


def _build_epistemic_lexicon(path: str | Path) -> EpistemicLexicon:
    data = read_lexicon_json(path)
    where = str(path)
    cats = data.get("categories")
    if not isinstance(cats, Mapping) or not set(cats) <= set(EPISTEMIC_CATEGORIES):
        raise ValueError(f"{where}: 'categories' must use {', '.join(EPISTEMIC_CATEGORIES)}")
    table = PatternTable()
    for cat, spec in cats.items():
        for gi, group in enumerate(spec.get("groups", [])):
            if not group.get("source"):
                raise ValueError(f"{where}: categories.{cat}.groups[{gi}] has no source")
            for raw in group.get("entries", []):
                pattern, _, opts = parse_entry(raw, f"{where}: categories.{cat}")
                opts.setdefault("exact", True)
                table.add(pattern, {"category": cat, "source": group["source"]}, **opts)
    neg = data.get("negation", {})
    return EpistemicLexicon(
        version=str(data["version"]), path=where, table=table,
        negation_cues=frozenset(w.lower() for w in neg.get("cues", [])),
        negation_suffixes=tuple(neg.get("contraction_suffixes", ["n't", "n’t"])),
        negation_window=int(neg.get("window", 2)), raw=data,
    )


@lru_cache(maxsize=8)
def _cached_epistemic_lexicon(path: str) -> EpistemicLexicon:
    return _build_epistemic_lexicon(path)


def load_epistemic_lexicon(path: str | Path | None = None) -> EpistemicLexicon:
    """Load (and cache) the epistemic lexicon; default ``analysis/resources/epistemic.json``."""
    return _cached_epistemic_lexicon(str(path or EPISTEMIC_LEXICON_PATH))


def epistemic_markers(text: str, lexicon: EpistemicLexicon | None = None) -> dict[str, Any]:
    """Count hedges, boosters and attributions in one sentence (Hyland 2005).

    Returns ``{"hedges": int, "boosters": int, "attributions": int, "evidence": {category:
    [Cue, ...]}, "n_words": int, "lexicon_version": str}``. Markers match as exact word forms,
    longest first (``in every instance`` is one booster). A booster under negation (``not
    certain``) is counted as a hedge (Hyland 2005); ``according to`` is an attribution, not a
    hedge; capitalised ``May`` (the month) is not a hedge.

    >>> m = epistemic_markers("It may possibly fail, but it will certainly succeed.")
    >>> (m["hedges"], m["boosters"])
    (2, 1)
    """
    lex = lexicon or load_epistemic_lexicon()
    evidence: dict[str, list[Cue]] = {c: [] for c in EPISTEMIC_CATEGORIES}
    for cat, cue in marker_cues(text, lex):
        evidence[cat].append(cue)
    out: dict[str, Any] = {c: len(evidence[c]) for c in EPISTEMIC_CATEGORIES}
    out["evidence"] = evidence
    out["n_words"] = count_words(text)
    out["lexicon_version"] = lex.version
    return out


def marker_cues(text: str, lexicon: EpistemicLexicon,
                matched: Container[PatternTable] | None = None) -> list[tuple[str, Cue]]:
    """The markers of :func:`epistemic_markers` in text order, as ``(category, cue)``.
    ``matched``, when known, holds the tables that may match in ``text``
    (:meth:`~analysis.metrics.lexicon_index.TableIndex.matching`)."""
    if matched is None:
        if not lexicon.table.may_match(text):
            return []
    elif lexicon.table not in matched:
        return []
    toks = tokens(text)
    out = []
    for i, j, pat in lexicon.table.scan(text, toks):
        start, end = toks[i].start, toks[j - 1].end
        cat = pat.payload[0]["category"]
        rule = pat.payload[0]["source"]
        if cat == "boosters":
            negator = find_negator(text, toks, i, lexicon.negation_cues, lexicon.negation_suffixes,
                                    lexicon.negation_window, None)
            if negator:
                cat, rule = "hedges", f"negated booster ({negator!r})"
        out.append((cat, Cue(text[start:end], start, end, None, 1.0, rule)))
    return out
