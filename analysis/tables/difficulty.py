"""Why a unit reads hard: the drivers of the grade formulas and the hardest units of a table.

Works on a readability table (:func:`analysis.readability` / the aggregation's unit rows): the
grade formulas of :mod:`analysis.metrics.readability` are linear in a few count ratios, which
are named here so that a reader sees which one makes a paragraph hard.
"""

from __future__ import annotations

import numpy as np

from ..metrics.readability import MEASURES

DIFFICULTY_FACTORS = {
    "words_per_sentence": ("long sentences", "{:.0f}", " words per sentence"),
    "syllables_per_word": ("long words", "{:.2f}", " syllables per word"),
    "polysyllable_share": ("many words of 3+ syllables", "{:.0%}", " of words"),
    "unfamiliar_share": ("many words outside the Dale-Chall list", "{:.0%}", " of words"),
}
"""The drivers of the grade formulas, with how :func:`hardest_units` words them."""


def difficulty_factors(table):
    """Add the drivers of the grade formulas to a :func:`readability` table (a copy).

    ``words_per_sentence`` (n_words / n_sentences), ``syllables_per_word``,
    ``polysyllable_share`` (words of 3+ syllables) and ``unfamiliar_share`` (words outside the
    Dale-Chall list). Flesch-Kincaid, Fog and SMOG are linear in the first three, Dale-Chall in
    the first and last; NaN where a unit has no words.
    """
    out = table.copy()
    words = out["n_words"].where(out["n_words"] > 0)
    out["words_per_sentence"] = words / out["n_sentences"].where(out["n_sentences"] > 0)
    out["syllables_per_word"] = out["n_syllables"] / words
    out["polysyllable_share"] = out["n_polysyllables"] / words
    out["unfamiliar_share"] = out["n_difficult_words"] / words
    for col in DIFFICULTY_FACTORS:
        out[col] = out[col].astype(float).replace([np.inf, -np.inf], np.nan)
    return out


MIN_WORDS = 20
"""Units of fewer words are never among the hardest: a grade formula over a headline or a
one-line paragraph rests on one or two sentences and a few words, so a single long word sends
it to a college grade (Flesch-Kincaid is defined on passages, Kincaid et al. 1975)."""


def hardest_units(table, measure: str = "flesch_kincaid_grade", n: int = 3,
                  margin: float = 1.15, min_words: int = MIN_WORDS):
    """The ``n`` hardest units of a :func:`readability` table by ``measure``, and why.

    Each unit's difficulty factors (:func:`difficulty_factors`) are compared with the same
    factors over all units of the table weighted by size (total words / total sentences, and so
    on). A factor at least ``margin`` times the overall value is named in the ``why`` column,
    for example ``"long sentences (45 vs 23 words per sentence)"``. Units with NaN ``measure``
    or fewer than ``min_words`` words (:data:`MIN_WORDS`; all units when none has that many)
    are skipped; ties are broken by reading order, so the result is deterministic.

    Returns ``doc_id``, ``paragraph``, ``sentence``, the ``measure`` column, the four factors
    and ``why``.
    """
    if measure not in table.columns:
        raise ValueError(f"unknown measure {measure!r}; choose from {', '.join(MEASURES)}")
    factors = difficulty_factors(table)
    totals = table[["n_words", "n_sentences", "n_syllables", "n_polysyllables",
                    "n_difficult_words"]].sum()
    words = totals["n_words"] or float("nan")
    overall = {
        "words_per_sentence": totals["n_words"] / (totals["n_sentences"] or float("nan")),
        "syllables_per_word": totals["n_syllables"] / words,
        "polysyllable_share": totals["n_polysyllables"] / words,
        "unfamiliar_share": totals["n_difficult_words"] / words,
    }
    ranked = factors.dropna(subset=[measure])
    if (ranked["n_words"] >= min_words).any():
        ranked = ranked[ranked["n_words"] >= min_words]
    ranked = ranked.reset_index(drop=True)
    ranked = ranked.iloc[ranked[measure].rank(method="first", ascending=False).argsort()]
    ranked = ranked.head(n).copy()

    def why(row) -> str:
        reasons = []
        for col, (label, form, unit) in DIFFICULTY_FACTORS.items():
            value, base = row[col], overall[col]
            if value == value and base == base and base > 0 and value >= margin * base:
                reasons.append(f"{label} ({form.format(value)} vs {form.format(base)}{unit})")
        return "; ".join(reasons) or "no single factor stands out"

    ranked["why"] = [why(row) for _, row in ranked.iterrows()]
    cols = ["doc_id", "paragraph", "sentence", measure, *DIFFICULTY_FACTORS, "why"]
    return ranked[cols].reset_index(drop=True)
