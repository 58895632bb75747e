"""From the sentence table to paragraphs, documents or any group: one definition per statistic.

:func:`aggregate` is the only place where sentences are summed up. For each unit (a paragraph, a
document, the documents of an outlet, a voice...) it gives, where the sentence table has the
columns:

counts
    ``n_documents`` (a group above the document level in a table with ``doc_id`` only: the
    documents with a counted sentence in it, so that a reader sees how many articles stand
    behind an outlet's or a voice's figures), ``n_sentences``; ``n_words`` and the readability
    base counts are sums over the unit's sentences; the Linsear Write counts are taken on the
    unit's first 100 words (:mod:`analysis.metrics.readability`);
readability
    every measure of :data:`~analysis.metrics.readability.MEASURES` and ``composite_grade``,
    from the unit's counts: a group's text pooled, so an outlet's grade (and its
    ``quoted_share``) weighs every sentence alike; the mean of its articles' values, each
    article alike, is :func:`~analysis.tables.compare.compare_groups`' ``mean`` (notebook 05);
voice
    ``quoted_share`` (the share of the unit's words in sentences that present someone's words:
    every word of such a sentence counts, its reporting clause included, so ``“We will
    respond,” the minister said.`` is 6 quoted words of 6; :func:`overview`'s
    ``in_quotes_share`` counts only the words inside quotation marks, 3 of 6), ``voice``
    (``quoted`` when that share is over one half) and ``speakers`` (in order of first
    appearance, a tuple);
shares
    ``share_<frame>``: the share of the unit's sentences carrying the frame, and
    ``share_any_frame``: carrying at least one;
rates
    ``hedges``, ``boosters``, ``attributions`` (sums) and ``<marker>_per_1000_words``;
means with intervals
    ``tone``: the mean VADER tone of the unit's scored sentences, with a 95% percentile
    bootstrap interval ``tone_ci_low``, ``tone_ci_high`` (:mod:`analysis.tables.bootstrap`).
    A unit holding several documents (an outlet, a voice across a corpus) resamples whole
    documents with their sums (a cluster bootstrap, the one
    :func:`~analysis.tables.compare.compare_groups` uses: sentences of one article are not
    independent). A unit within one document (a document, a paragraph, a voice in a
    one-article corpus) resamples its sentences; for a group above the document level that
    holds one document, ``reason`` says so (:data:`ONE_DOCUMENT_TONE`), and a group of 2 to 4
    documents has the reason ``tone: interval from N documents; unreliable``
    (:data:`~analysis.tables.bootstrap.MIN_RELIABLE_DOCUMENTS`), as in
    :func:`~analysis.tables.compare.compare_groups`.
    ``cluster=None`` resamples sentences in every unit.

Stage rows (``voice`` ``"stage"``: a transcript's stage directions, time and place lines and
header; an article's furniture lines, such as its byline, ``___``, tagline, contact line and an
author's bio, :mod:`analysis.corpus.furniture_lines`) stay in the sentence table but count in
no statistic: not in ``n_sentences``, ``n_words`` or the readability counts, not in the
denominators of ``share_<frame>``, ``quoted_share`` and the rates, not in the tone.
A unit made only of stage rows has zero counts and NaN shares.

Undefined values are NaN and the ``reason`` column says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..corpus.documents import SOMEONE_ELSES
from ..corpus.transcripts import STAGE_REASON, questioner_mask
from .bootstrap import (
    N_RESAMPLES,
    SEED,
    few_documents_reason,
    mean_intervals,
    ratio_interval,
)
from .checks import require_table
from .sentences import ID_COLUMNS

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

UNITS = ("sentence", "paragraph", "document")
_PERIODS = frozenset("day week month quarter year".split())
POSITION_BINS = 10
FEW_TONE = "tone: fewer than two scored sentences, no interval"
NO_TONE = "tone: no scored sentence"
ONE_DOCUMENT_TONE = "tone: one document, interval resamples its sentences"
"""The reason of a group above the document level (an outlet, say) that holds one document:
its interval says how its sentences vary, not how the group's documents would."""


def unit_keys(by: str | Sequence[str]) -> list[str]:
    """The key columns of a unit name (``"paragraph"`` -> ``doc_id, paragraph``) or columns."""
    if isinstance(by, str):
        return {"sentence": list(ID_COLUMNS), "paragraph": ["doc_id", "paragraph"],
                "document": ["doc_id"]}.get(by, [by])
    return list(by)


def readability_columns(counts: dict[str, np.ndarray]) -> dict[str, Any]:
    """Every readability measure, ``composite_grade`` and ``reason`` from count arrays."""
    from ..metrics.composite import default_composite
    from ..metrics.readability import MEASURES, score_table

    table = score_table(counts)
    out: dict[str, Any] = {m: table[m] for m in MEASURES}
    out["composite_grade"] = default_composite().predict_values(counts)
    out["reason"] = list(table["reason"])
    return out


STAGE = "stage"
"""The ``voice`` of rows that count in no statistic (module docs)."""


def without_stage(sentences: pd.DataFrame) -> pd.DataFrame:
    """``sentences`` with its stage rows counting nothing: zero counts and markers, no
    syllables, NaN frames and tone (the table itself when it has no stage row). The rows stay,
    so that every unit keeps its place."""
    import pandas as pd

    stage = (sentences["voice"] == STAGE).to_numpy()
    if not stage.any():
        return sentences
    from ..metrics.certainty import EPISTEMIC_CATEGORIES
    from ..metrics.readability import ADDITIVE_COUNTS

    df = sentences.copy()
    zero = [c for c in (*ADDITIVE_COUNTS, *EPISTEMIC_CATEGORIES) if c in df.columns]
    df.loc[stage, zero] = 0
    if "word_syllables" in df.columns:
        df["word_syllables"] = pd.Series(
            [() if st else syl for st, syl in zip(stage, df["word_syllables"], strict=True)],
            index=df.index, dtype=object)
    for col in df.columns:
        if col.startswith("frame_") and col not in ("frame_evidence", "frame_negated"):
            df[col] = np.where(stage, np.nan, df[col].to_numpy(dtype=float))
        elif col.startswith("tone"):
            df.loc[stage, col] = np.nan
    return df


def _sums(values: Any, codes: np.ndarray, n_groups: int) -> np.ndarray:
    """Per-group sums of an integer column (exact: counts stay far below 2**53)."""
    return np.bincount(codes, weights=np.asarray(values, dtype=float),
                       minlength=n_groups).astype(np.int64)


def _documents(df: pd.DataFrame, by: str | Sequence[str], groups: list[np.ndarray],
               counted: np.ndarray) -> dict[str, np.ndarray]:
    """``n_documents`` of a group above the document level in a table with ``doc_id``: for
    each group, the documents with a counted (non-stage) sentence in it; else nothing."""
    if "doc_id" not in df.columns or (isinstance(by, str) and by in UNITS):
        return {}
    ids = df["doc_id"].to_numpy()
    return {"n_documents": np.array([len(set(ids[g[counted[g]]])) for g in groups],
                                    dtype=np.int64)}


def _count_sums(df: pd.DataFrame, groups: list[np.ndarray], codes: np.ndarray
                ) -> dict[str, np.ndarray]:
    from ..metrics.readability import ADDITIVE_COUNTS, linsear_counts

    sums = {c: _sums(df[c].to_numpy(), codes, len(groups)) for c in ADDITIVE_COUNTS}
    syllables = df["word_syllables"].to_numpy()
    lw = np.array([linsear_counts(syllables[g]) for g in groups], dtype=np.int64)
    lw = lw.reshape(len(groups), 3)
    for j, c in enumerate(("n_lw_easy_words", "n_lw_hard_words", "n_lw_sentences")):
        sums[c] = lw[:, j]
    return sums


def _add_readability(out: dict[str, Any], df: pd.DataFrame, groups: list[np.ndarray],
                     codes: np.ndarray, reasons: list[list[str]]) -> None:
    """Summed counts, the measures and their reasons of each group, into ``out``."""
    counts = _count_sums(df, groups, codes)
    counts["n_words"] = out["n_words"]
    out["n_sentences"] = counts["n_sentences"]
    out.update({k: v for k, v in counts.items() if k not in out})
    read = readability_columns(counts)
    for r, reason in zip(reasons, read.pop("reason"), strict=True):
        r.append(reason)
    out.update(read)


def _reasons(df: pd.DataFrame, groups: list[np.ndarray], reasons: list[list[str]]
             ) -> list[str]:
    """Each group's reasons joined, or :data:`~analysis.corpus.transcripts.STAGE_REASON` for
    a group of stage rows only (a paragraph "(Applause.)": nobody's words, hence no values)."""
    stage = df["voice"].to_numpy() == "stage"
    return [STAGE_REASON if stage[g].all() else "; ".join(x for x in r if x)
            for g, r in zip(groups, reasons, strict=True)]


def group_means(values: np.ndarray, codes: np.ndarray, groups: list[np.ndarray]
                 ) -> list[float]:
    """Each group's mean of ``values`` without NaN (NaN for a group without a value).

    Whole numbers (0/1 flags, counts) are summed for all groups at once with ``bincount``:
    such sums are exact in any order, so they equal numpy's group-by-group sums. Other values
    are averaged group by group with :func:`numpy.nanmean`, whose summation order is kept.
    """
    nan = np.isnan(values)
    filled = np.where(nan, 0.0, values)
    if not (np.all(filled == np.round(filled)) and np.abs(filled).sum() < 2.0 ** 53):
        return [float(np.nanmean(values[g])) if len(g) else np.nan for g in groups]
    sums = np.bincount(codes, weights=filled, minlength=len(groups))
    counts = np.bincount(codes, weights=~nan, minlength=len(groups))
    with np.errstate(divide="ignore", invalid="ignore"):
        return (sums / counts).tolist()


def _quoted_words(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's words and its words in someone else's voice (all or none of them)."""
    words = df["n_words"].to_numpy()
    return words, words * df["voice"].isin(SOMEONE_ELSES).to_numpy()


def _voice(df: pd.DataFrame, groups: list[np.ndarray], codes: np.ndarray
           ) -> dict[str, list[Any]]:
    words, quoted = _quoted_words(df)
    speakers = df["speaker"].to_numpy()
    # Word counts are whole numbers, so the summed counts are exact (see group_means).
    total = np.bincount(codes, weights=words, minlength=len(groups))
    said = np.bincount(codes, weights=quoted, minlength=len(groups))
    share = [s / t if t else np.nan for s, t in zip(said.tolist(), total.tolist(), strict=True)]
    spoken = np.bincount(codes, weights=words * (df["voice"].to_numpy() == "speech"),
                         minlength=len(groups))  # a transcript's turns
    return {"voice": [("speech" if 2 * v >= s else "quoted") if r > 0.5 else "authorial"
                      for r, s, v in zip(share, said.tolist(), spoken.tolist(), strict=True)],
            "quoted_share": share,
            "speakers": [tuple(dict.fromkeys(x for x in speakers[g] if x)) for g in groups]}


def _cluster_reason(n_documents: int, within_document: bool) -> str:
    """The tone reason of a group by its number of documents: one document
    (:data:`ONE_DOCUMENT_TONE`), or 2 to 4 (an interval marked unreliable, as
    :func:`~analysis.tables.compare.compare_groups` marks it)."""
    if within_document or n_documents == 0:
        return ""
    if n_documents == 1:
        return ONE_DOCUMENT_TONE
    return few_documents_reason(n_documents, prefix="tone: ")


def _tone(df: pd.DataFrame, groups: list[np.ndarray], labels: list[tuple[Any, ...]],
          keys: list[str], cluster: str | None, n_resamples: int, seed: int
          ) -> tuple[dict[str, list], list[str]]:
    """Mean tone and interval of each group, and the reasons. With ``cluster``, a group of
    several clusters resamples them with their sums under the key ``compare_groups`` gives
    the same group (``tone``, field, group); any other group resamples its sentences."""
    tone = df["tone"].to_numpy(dtype=float)
    ids = df[cluster].to_numpy() if cluster is not None else None
    out: dict[str, list] = {"tone": [], "tone_ci_low": [], "tone_ci_high": []}
    scored_groups, clustered, reasons = [], {}, []
    for i, g in enumerate(groups):
        values = tone[g]
        ok = ~np.isnan(values)
        scored = values[ok]
        out["tone"].append(float(np.nanmean(values)) if scored.size else np.nan)
        docs = np.unique(ids[g][ok], return_inverse=True) if ids is not None else None
        if docs is not None and docs[0].size > 1:
            clustered[i] = (np.bincount(docs[1], weights=scored, minlength=docs[0].size),
                            np.bincount(docs[1], minlength=docs[0].size))
            scored = scored[:0]  # no sentence interval for this group
        scored_groups.append(scored)
        reasons.append(_cluster_reason(docs[0].size, cluster in keys)
                       if docs is not None else "")
    low, high = mean_intervals(scored_groups, [("tone", *lab) for lab in labels],
                               n_resamples=n_resamples, seed=seed)
    for i, (sums, counts) in clustered.items():
        low[i], high[i] = ratio_interval(sums, counts, key=("tone", *keys, *labels[i]),
                                         n_resamples=n_resamples, seed=seed)
    out["tone_ci_low"], out["tone_ci_high"] = low.tolist(), high.tolist()
    for i, lo in enumerate(out["tone_ci_low"]):
        if np.isnan(out["tone"][i]):
            reasons[i] = NO_TONE
        elif np.isnan(lo):
            reasons[i] = FEW_TONE
    return out, reasons


def _markers(df: pd.DataFrame, codes: np.ndarray, n_words: np.ndarray) -> dict[str, Any]:
    from ..metrics.certainty import EPISTEMIC_CATEGORIES

    out: dict[str, Any] = {}
    for cat in EPISTEMIC_CATEGORIES:
        total = _sums(df[cat].to_numpy(), codes, n_words.size)
        out[cat] = total
        with np.errstate(divide="ignore", invalid="ignore"):
            out[f"{cat}_per_1000_words"] = np.where(n_words > 0, 1000 * total / n_words, np.nan)
    return out


def _shares(df: pd.DataFrame, groups: list[np.ndarray], codes: np.ndarray
            ) -> dict[str, list[float]]:
    from ..metrics.frames import FRAMES

    out = {}
    cols = {f: df[f"frame_{f}"].to_numpy(dtype=float) for f in FRAMES}
    for f in FRAMES:
        out[f"share_{f}"] = group_means(cols[f], codes, groups)
    anyf = np.any([cols[f] > 0 for f in FRAMES], axis=0).astype(float)
    out["share_any_frame"] = group_means(anyf, codes, groups)
    return out


def _check(sentences: pd.DataFrame, keys: list[str], cluster: str | None) -> None:
    """The arguments of :func:`aggregate`, or an error saying what is wrong."""
    require_table(sentences, "aggregate()", ["n_words", "voice", "speaker"])
    missing = [k for k in keys if k not in sentences.columns]
    if missing:
        hint = (" (a period: analysis.tables.periods.with_period adds it)"
                if missing[0] in _PERIODS else
                " (a metadata field: with_metadata(table, corpus) adds the corpus's fields)")
        raise ValueError(f"aggregate: the table has no column {missing[0]!r}; by is a unit "
                         f"({', '.join(UNITS)}) or columns of the table{hint}")
    if cluster is not None and "tone" in sentences.columns and cluster not in sentences.columns:
        raise ValueError(f"aggregate: no column {cluster!r} to resample by (cluster=)")


def aggregate(sentences: pd.DataFrame, by: str | Sequence[str] = "document", *,
              cluster: str | None = "doc_id", n_resamples: int = N_RESAMPLES,
              seed: int = SEED) -> pd.DataFrame:
    """Aggregate a sentence table (:func:`~analysis.tables.sentences.sentence_table`) by unit.

    ``by`` is ``"sentence"``, ``"paragraph"``, ``"document"``, or any column or list of
    columns (``"voice"``, ``"outlet"`` after :func:`~analysis.tables.metadata.with_metadata`).
    Units come in order of first appearance. The tone interval of a unit with several values
    of ``cluster`` (default ``"doc_id"``) resamples them whole, as ``compare_groups`` does;
    other units, or all with ``None``, resample sentences. Columns: see the module docstring.
    """
    import pandas as pd

    keys = unit_keys(by)
    _check(sentences, keys, cluster)
    counted = (sentences["voice"] != STAGE).to_numpy()
    sentences = without_stage(sentences)
    positions: dict[Any, np.ndarray] = {} if sentences.empty else \
        sentences.groupby(keys, sort=False, dropna=False).indices
    labels = [k if isinstance(k, tuple) else (k,) for k in positions]
    groups = [np.asarray(positions[k], dtype=np.intp) for k in positions]
    out: dict[str, Any] = {k: [lab[i] for lab in labels] for i, k in enumerate(keys)}
    codes = np.empty(len(sentences), dtype=np.intp)
    for i, g in enumerate(groups):
        codes[g] = i
    out.update(_documents(sentences, by, groups, counted))  # an outlet's articles
    out["n_sentences"] = _sums(counted, codes, len(groups))
    out["n_words"] = n_words = _sums(sentences["n_words"].to_numpy(), codes, len(groups))
    reasons: list[list[str]] = [[] for _ in groups]
    if "word_syllables" in sentences.columns:
        _add_readability(out, sentences, groups, codes, reasons)
    # by="voice": the key column keeps the group's voice, not the majority voice of its words
    out.update({k: v for k, v in _voice(sentences, groups, codes).items() if k not in keys})
    if "frame_deterrence" in sentences.columns:
        out.update(_shares(sentences, groups, codes))
    if "hedges" in sentences.columns:
        out.update(_markers(sentences, codes, n_words))
    if "tone" in sentences.columns:
        tone, tone_reasons = _tone(sentences, groups, labels, keys, cluster, n_resamples,
                                   seed)
        out.update(tone)
        for r, reason in zip(reasons, tone_reasons, strict=True):
            r.append(reason)
    out["reason"] = _reasons(sentences, groups, reasons)
    table = pd.DataFrame(out)
    if isinstance(by, str) and by in UNITS:
        # Every unit table has the three id columns (missing ones empty), as quanteda's do.
        for i, col in enumerate(ID_COLUMNS):
            if col not in table.columns:
                table.insert(i, col, pd.NA)
    for col in ("paragraph", "sentence"):
        if col in table.columns:
            table[col] = table[col].astype("Int64")
    table.attrs.update(sentences.attrs)
    table.attrs.update({"unit": by if isinstance(by, str) else tuple(by),
                        "interval": f"95% percentile bootstrap, {n_resamples} resamples, seed "
                                    f"{seed}, resampling "
                                    f"{_resampled(cluster)}"})
    return table


def sentence_measures(sentences: pd.DataFrame) -> pd.DataFrame:
    """Each sentence as its own unit, without grouping: a copy of ``sentences`` with
    ``quoted_share`` (1 or 0 as the sentence presents someone's words or not; NaN without
    words), every readability measure and ``composite_grade`` from the sentence's own counts,
    and their reasons joined to ``reason``. ``smog_index`` is NaN on every sentence (SMOG needs
    30 sentences) and the reason says so; a stage direction's own reason ("stage direction")
    says why its measures are missing."""
    from ..metrics.readability import COUNT_COLUMNS

    require_table(sentences, "sentence_measures()", ["n_words", "voice", "reason", *COUNT_COLUMNS])
    out = sentences.copy()
    words, quoted = _quoted_words(out)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["quoted_share"] = np.where(words > 0, quoted / words, np.nan)
    measures = readability_columns({c: out[c].to_numpy() for c in COUNT_COLUMNS})
    stage = (out["voice"] == STAGE).to_numpy()
    reasons = ["" if st else r for r, st in zip(measures.pop("reason"), stage, strict=True)]
    for col, values in measures.items():
        out[col] = values
    out["reason"] = [_join_reasons(a, b) for a, b in zip(reasons, out["reason"], strict=True)]
    return out


def _join_reasons(measures: str, row: str) -> str:
    """The measures' reason, then the row's, unless the row gives it first ("empty")."""
    if measures and (row == measures or row.startswith(f"{measures}; ")):
        return row
    return "; ".join(x for x in (measures, row) if x)


def _resampled(cluster: str | None) -> str:
    if cluster is None:
        return "sentences"
    return (f"{cluster} clusters in a unit with several, sentences in a unit within one "
            f"{cluster}")


def by_voice(sentences: pd.DataFrame, **options: Any) -> pd.DataFrame:
    """:func:`aggregate` by ``voice`` (authorial first, then quoted, then any other value),
    plus a row ``all`` for every sentence (its ``quoted_share`` and ``speakers`` those of all
    the voices). Stage rows are no voice: they have no row of their
    own (and count in ``all`` as in every unit: not at all)."""
    import pandas as pd

    order = {"authorial": 0, "quoted": 1, "speech": 2}
    if isinstance(sentences, pd.DataFrame) and "voice" in sentences.columns:
        # Leaving the stage rows out changes no statistic: they count in none.
        sentences = sentences[sentences["voice"] != STAGE]
    parts = aggregate(sentences, "voice", **options)
    parts = parts.sort_values("voice", key=lambda s: s.map(lambda v: (order.get(v, 2), str(v))),
                              kind="stable")
    # Grouped by a column of its own, so that quoted_share and speakers come from the voices.
    every = aggregate(sentences.assign(every_voice="all"), "every_voice", **options)
    every = every.drop(columns="voice").rename(columns={"every_voice": "voice"})[parts.columns]
    out = pd.concat([parts, every], ignore_index=True)
    out.attrs.update(parts.attrs)
    return out


def overview(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per document: ``doc_id``, ``n_paragraphs``, ``n_sentences``, ``n_words``,
    ``words_per_sentence``, ``n_quoted_words`` and ``n_authorial_words`` (words of sentences
    that present someone's words, reporting clauses included, and the others),
    ``quoted_share`` (the share of the first; NaN without words), ``n_words_in_quotes`` and
    ``in_quotes_share`` (words inside quotation marks, the narrower count: no reporting
    clause, no paraphrase) and ``n_speakers`` (distinct speakers; the press's questions in a
    transcript or briefing, ``Q``, and its ``Moderator``, are nobody's voice:
    :data:`~analysis.corpus.transcripts.QUESTIONERS`), and ``reason`` (why its shares and
    words per sentence are NaN: :data:`NO_COUNTED_WORDS`). Stage rows count in nothing but
    ``n_paragraphs`` (module docs)."""
    require_table(sentences, "overview()", ["doc_id", "paragraph", "sentence", "n_words",
                                            "voice", "speaker", "n_words_in_quotes"])
    stage = sentences["voice"] == STAGE
    sentences = sentences.assign(
        n_words=sentences["n_words"].where(~stage, 0),
        n_words_in_quotes=sentences["n_words_in_quotes"].where(~stage, 0),
        counted=(~stage).astype("int64"))
    someone_elses = sentences["voice"].isin(SOMEONE_ELSES)
    asking = questioner_mask(sentences["speaker"])
    df = sentences.assign(n_quoted_words=sentences["n_words"] * someone_elses,
                          speaker=sentences["speaker"].where((sentences["speaker"] != "")
                                                             & ~asking))
    out = df.groupby("doc_id", sort=False).agg(
        n_paragraphs=("paragraph", "nunique"), n_sentences=("counted", "sum"),
        n_words=("n_words", "sum"), n_quoted_words=("n_quoted_words", "sum"),
        n_words_in_quotes=("n_words_in_quotes", "sum"),
        n_speakers=("speaker", "nunique")).reset_index()
    words = out["n_words"].where(out["n_words"] > 0)
    out["words_per_sentence"] = out["n_words"] / out["n_sentences"]
    out["n_authorial_words"] = out["n_words"] - out["n_quoted_words"]
    out["quoted_share"] = out["n_quoted_words"] / words
    out["in_quotes_share"] = out["n_words_in_quotes"] / words
    # every NaN says why: a document of stage lines, a byline or furniture counts no word
    out["reason"] = np.where(out["n_words"] > 0, "", NO_COUNTED_WORDS)
    return out[["doc_id", "n_paragraphs", "n_sentences", "n_words", "words_per_sentence",
                "n_quoted_words", "n_authorial_words", "quoted_share", "n_words_in_quotes",
                "in_quotes_share", "n_speakers", "reason"]]


NO_COUNTED_WORDS = "no counted word (only stage lines, a byline or furniture)"
"""The ``reason`` of :func:`overview`'s shares and words per sentence for such a document."""


def speakers(sentences: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """One row per speaker (``by="speaker"``, the surface form, or another column such as
    ``"actor"``): ``n_documents``, ``n_sentences``, ``n_words``, ``share`` (of all words of the
    table), and ``direct`` / ``partial`` / ``indirect`` / ``turn`` (transcript) sentence counts.
    Sorted by words, then name."""
    import pandas as pd

    require_table(sentences, "speakers()", ["doc_id", "sentence", "n_words", "quote", by])
    total = int(sentences.loc[sentences["voice"] != STAGE, "n_words"].sum()
                if "voice" in sentences.columns else sentences["n_words"].sum())
    spoken = sentences[sentences[by].fillna("") != ""]
    quotes = ("direct", "partial", "indirect", "turn")
    if spoken.empty:  # pandas' crosstab cannot build an empty table of string columns
        return pd.DataFrame({by: pd.Series(dtype="str"),
                             "n_documents": pd.Series(dtype="int64"),
                             "n_sentences": pd.Series(dtype="int64"),
                             "n_words": pd.Series(dtype="int64"),
                             "share": pd.Series(dtype=float),
                             **{q: pd.Series(dtype="int64") for q in quotes}})
    out = spoken.groupby(by, sort=False).agg(
        n_documents=("doc_id", "nunique"), n_sentences=("sentence", "size"),
        n_words=("n_words", "sum")).reset_index()
    kinds = pd.crosstab(spoken[by], spoken["quote"]).reindex(columns=list(quotes), fill_value=0)
    out = out.join(kinds, on=by)
    out[list(quotes)] = out[list(quotes)].fillna(0).astype("int64")
    out["share"] = out["n_words"] / total if total else float("nan")
    out = out[[by, "n_documents", "n_sentences", "n_words", "share", *quotes]]
    return out.sort_values(["n_words", by], ascending=[False, True]).reset_index(drop=True)


def with_position(sentences: pd.DataFrame, bins: int = POSITION_BINS) -> pd.DataFrame:
    """A copy with ``position``: the sentence's relative place in its document, in ``bins``
    equal bins labelled by their centre (0.05, 0.15, ... for ten), for :func:`aggregate`
    ``by="position"``."""
    require_table(sentences, "with_position()", ["doc_id", "sentence"])
    order = sentences.groupby("doc_id", sort=False)["sentence"]
    rel = (sentences["sentence"] - 1) / order.transform("size").clip(lower=1)
    index = np.minimum((rel * bins).astype(int), bins - 1)
    return sentences.assign(position=(index + 0.5) / bins)
