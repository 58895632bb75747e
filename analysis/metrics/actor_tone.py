"""Tone toward actors: target-dependent sentiment of each actor mention.

Each mention found by :func:`analysis.metrics.actors.actor_mentions` is scored by the packaged
target-tone model (:mod:`analysis.target_tone`, trained on NewsMTSC, Hamborg & Donnay 2021).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..tables.bootstrap import N_RESAMPLES, SEED, mean_interval

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

ACTOR_TONE_LABELS = ("negative", "neutral", "positive")


def actor_tone(corpus: Iterable[Any], mentions: pd.DataFrame | None = None,
               model: Any = None) -> pd.DataFrame:
    """Tone of each sentence toward each actor mentioned in it: one row per actor mention.

    ``mentions`` is :func:`analysis.metrics.actors.actor_mentions` (computed when ``None``); each
    mention is scored by the packaged target-tone model (:mod:`analysis.target_tone`, a
    scikit-learn linear model trained on NewsMTSC, Hamborg & Donnay 2021, by
    ``scripts/train_target_tone.py``) with the mention's span inside its sentence as the target.
    This is the sentiment the sentence expresses *toward the actor*, not the actor's own stance
    and not the general tone of :func:`tone_scores`.

    Columns: ``doc_id``, ``paragraph``, ``sentence``, ``actor``, ``matched``, ``voice``,
    ``speaker``, ``tone_label`` (negative/neutral/positive), ``p_negative``, ``p_neutral``,
    ``p_positive``, ``net_tone`` (``p_positive - p_negative``, in [-1, 1]) and ``text`` (the
    sentence). Mentions outside any sentence (an unsegmented document) are dropped.
    """
    import pandas as pd

    from ..target_tone import load_target_tone_model
    from .actors import actor_mentions

    corpus = list(corpus)
    if mentions is None:
        mentions = actor_mentions(corpus)
    sentences = {(d.doc_id, s.index): s for d in corpus for s in d.sentences}
    rows, texts, spans = [], [], []
    for m in mentions.itertuples(index=False):
        if pd.isna(m.sentence):
            continue
        sent = sentences.get((m.doc_id, int(m.sentence)))
        if sent is None or not (sent.start <= m.start and m.end <= sent.end):
            continue
        start, end = m.start - sent.start, m.end - sent.start
        if sent.text[start:end] != m.matched:  # offsets disagree: never score the wrong span
            continue
        texts.append(sent.text)
        spans.append((start, end))
        rows.append({"doc_id": m.doc_id, "paragraph": sent.paragraph, "sentence": sent.index,
                     "actor": m.actor, "matched": m.matched, "voice": sent.voice,
                     "speaker": sent.speaker or "", "text": sent.text})
    columns = ["doc_id", "paragraph", "sentence", "actor", "matched", "voice", "speaker",
               "tone_label", "p_negative", "p_neutral", "p_positive", "net_tone", "text"]
    if not rows:
        out = pd.DataFrame(columns=columns)
    else:
        model = model or load_target_tone_model()
        pred = model.predict(texts, spans)
        out = pd.DataFrame(rows)
        for col in ("tone_label", "p_negative", "p_neutral", "p_positive"):
            out[col] = pred[col].to_numpy()
        out["net_tone"] = out["p_positive"] - out["p_negative"]
        out = out[columns]
    for col in ("paragraph", "sentence"):
        out[col] = out[col].astype("Int64")
    out.attrs["measure"] = ("tone toward the actor: target-dependent sentiment, TF-IDF around "
                            "the masked target + VADER features, logistic regression trained "
                            "on NewsMTSC (Hamborg & Donnay 2021); see benchmarks/target_tone.py")
    return out


def actor_tone_summary(tones: pd.DataFrame, n_resamples: int = N_RESAMPLES,
                       seed: int = SEED) -> pd.DataFrame:
    """Per actor: mentions, documents, counts and shares of negative/neutral/positive
    mentions and the mean ``net_tone`` with a 95% percentile bootstrap interval over mentions.

    ``tones`` is :func:`actor_tone`. Rows are sorted by number of mentions (then name); an actor
    with one mention gets NaN interval bounds (see :func:`analysis.tables.bootstrap.mean_interval`).
    """
    import pandas as pd

    columns = ["actor", "mentions", "documents", *ACTOR_TONE_LABELS,
               *(f"share_{lab}" for lab in ACTOR_TONE_LABELS), "net_tone", "net_tone_ci_low",
               "net_tone_ci_high"]
    rows = []
    for actor, part in tones.groupby("actor", sort=True):
        n = len(part)
        counts = part["tone_label"].value_counts()
        row: dict[str, Any] = {"actor": actor, "mentions": n,
                               "documents": int(part["doc_id"].nunique())}
        row.update({lab: int(counts.get(lab, 0)) for lab in ACTOR_TONE_LABELS})
        row.update({f"share_{lab}": row[lab] / n for lab in ACTOR_TONE_LABELS})
        row["net_tone"] = float(part["net_tone"].mean())
        row["net_tone_ci_low"], row["net_tone_ci_high"] = mean_interval(
            part["net_tone"].tolist(), key=("actor", actor), n_resamples=n_resamples,
            seed=seed)
        rows.append(row)
    out = pd.DataFrame(rows, columns=columns)
    out = out.sort_values(["mentions", "actor"], ascending=[False, True], kind="mergesort")
    return out.reset_index(drop=True)
