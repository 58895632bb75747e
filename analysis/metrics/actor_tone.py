"""Tone toward actors: one row per actor mention, scored by the target-tone model, and a
per-actor summary of label shares with bootstrap intervals.

This is the sentiment a sentence expresses *toward the actor* (target-dependent sentiment,
:mod:`analysis.metrics.target_tone`), not the actor's own stance and not the general tone of
:func:`analysis.stance.tone_scores`. A mention is ``uncertain`` when the model's calibrated
confidence is low, or when it would call *positive* a sentence that deters, condemns or
sanctions the actor or names it as the source of a threat, or when the mention is in a
question (:mod:`analysis.metrics.target_tone.questions`: a question asks, it asserts no tone);
the one who condemns or accuses leans neutral. Shares of mentions are estimates
from a handful of sentences: report them with their intervals, never as whom a text "favours".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..corpus.arguments import require_corpus
from ..corpus.transcripts import label_end
from ..tables.bootstrap import (
    N_RESAMPLES,
    SEED,
    few_documents_reason,
    mean_interval,
    ratio_interval,
    widened_share,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

ACTOR_TONE_LABELS = ("negative", "neutral", "positive", "uncertain")
"""Tone labels of a mention: the model's three classes, then ``uncertain``."""

COLUMNS = ["doc_id", "paragraph", "sentence", "actor", "matched", "voice", "speaker",
           "tone_label", "p_negative", "p_neutral", "p_positive", "net_tone", "role", "text",
           "reason"]
"""Columns of :func:`actor_tone`."""

MEASURE = ("tone toward the actor: target-dependent sentiment, TF-IDF around the masked target "
           "+ VADER and role features, logistic regression trained on NewsMTSC (Hamborg & "
           "Donnay 2021), probabilities calibrated by cross-validation (scikit-learn); "
           "'uncertain' below the model's confidence threshold or for a positive reading of an "
           "actor that is deterred, condemned or named as a threat, or in a question (no "
           "net tone); the one who condemns leans neutral (probabilities half blended with "
           "neutral); see benchmarks/target_tone.py")


def _mention_rows(corpus: list[Any], mentions: pd.DataFrame) -> tuple[list[dict], list, list]:
    """Rows, sentence texts and in-sentence spans of the mentions that lie inside a sentence
    whose text at the span is the matched name (offsets that disagree are never scored), other
    than a transcript's stage text (its title, time and place lines: nobody's words) and a
    turn's label (``Mao Ning: China opposes ...``: the speaker named, not a mention;
    :func:`analysis.corpus.transcripts.label_end`)."""
    import pandas as pd

    sentences = {(d.doc_id, s.index): s for d in corpus for s in d.sentences}
    rows, texts, spans = [], [], []
    for m in mentions.itertuples(index=False):
        if pd.isna(m.sentence):
            continue
        sent = sentences.get((m.doc_id, int(m.sentence)))
        if (sent is None or sent.voice == "stage"
                or not (sent.start <= m.start and m.end <= sent.end)):
            continue
        start, end = m.start - sent.start, m.end - sent.start
        if sent.text[start:end] != m.matched or end <= label_end(sent.text):
            continue
        texts.append(sent.text)
        spans.append((start, end))
        rows.append({"doc_id": m.doc_id, "paragraph": sent.paragraph, "sentence": sent.index,
                     "actor": m.actor, "matched": m.matched, "voice": sent.voice,
                     "speaker": sent.speaker or "", "text": sent.text})
    return rows, texts, spans


def actor_tone(corpus: Iterable[Any], mentions: pd.DataFrame | None = None,
               model: Any = None, critic_weight: float | None = None) -> pd.DataFrame:
    """Tone of each sentence toward each actor mentioned in it: one row per actor mention.

    ``mentions`` is :func:`analysis.keywords.actor_mentions` (computed when ``None``); each
    mention is scored by the packaged target-tone model
    (:func:`analysis.metrics.target_tone.load_target_tone_model`, trained on NewsMTSC by
    ``scripts/train_target_tone.py``) with the mention's span inside its sentence as the target.

    Columns (:data:`COLUMNS`): ``doc_id``, ``paragraph``, ``sentence``, ``actor``, ``matched``,
    ``voice``, ``speaker``, ``tone_label`` (negative/neutral/positive/uncertain), the calibrated
    ``p_negative``, ``p_neutral``, ``p_positive``, ``net_tone`` (``p_positive - p_negative``, in
    [-1, 1]; NaN for a question), ``role`` (``pressure_object``, ``hostile_source``, ``critic``,
    ``critic_descriptor``, ``rebuffed``, ``addressee``, ``hostility_target``, ``protected``,
    ``admonisher``, ``vower``, ``glossed``, ``disavowed`` or ""), ``text`` (the sentence) and
    ``reason`` (why a mention is ``uncertain``: :func:`uncertain_reasons`, or
    :data:`~analysis.metrics.target_tone.questions.QUESTION_REASON` for a mention inside a
    question, which is ``uncertain`` whatever the model says and has NaN ``net_tone``; ""
    otherwise). Mentions outside any sentence (an unsegmented document) are dropped. A critic
    (the one who condemns, criticises, accuses, warns or urges) and the other roles of
    :data:`~analysis.metrics.target_tone.roles.NEUTRAL_LEANING` (``docs/methods.md`` describes
    each) lean neutral: their probabilities are blended with *neutral* at ``critic_weight``
    (default
    :data:`~analysis.metrics.target_tone.CRITIC_NEUTRAL_WEIGHT`, 0.5;
    :func:`~analysis.metrics.target_tone.lean_critics_neutral`; 0 leaves the model's).
    """
    require_corpus(corpus, "actor_tone()")
    import pandas as pd

    from .actors import actor_mentions
    from .target_tone import (
        CRITIC_NEUTRAL_WEIGHT,
        UNCERTAIN_BELOW,
        lean_critics_neutral,
        load_target_tone_model,
        mark_questions,
    )

    corpus = list(corpus)
    if mentions is None:
        mentions = actor_mentions(corpus)
    rows, texts, spans = _mention_rows(corpus, mentions)
    if not rows:
        out = pd.DataFrame(columns=COLUMNS)
    else:
        model = model or load_target_tone_model()
        weight = CRITIC_NEUTRAL_WEIGHT if critic_weight is None else critic_weight
        pred = lean_critics_neutral(model.predict(texts, spans), weight,
                                    getattr(model, "uncertain_below", UNCERTAIN_BELOW))
        out = pd.DataFrame(rows)
        for col in ("tone_label", "p_negative", "p_neutral", "p_positive", "role"):
            out[col] = pred[col].to_numpy()
        out["net_tone"] = out["p_positive"] - out["p_negative"]
        out["reason"] = uncertain_reasons(out, getattr(model, "uncertain_below",
                                                       UNCERTAIN_BELOW))
        out = mark_questions(out, texts, spans)[COLUMNS]
    for col in ("paragraph", "sentence"):
        out[col] = out[col].astype("Int64")
    out.attrs["measure"] = MEASURE
    return out


def uncertain_reasons(table: pd.DataFrame, uncertain_below: float) -> list[str]:
    """Why each ``uncertain`` row of a tone table is so: ``"confidence below 0.55"`` (its top
    probability under ``uncertain_below``) or ``"positive reading of a pressure_object"`` (an
    adverse ``role``, :func:`~analysis.metrics.target_tone.decide_labels`); "" for the
    others."""
    import numpy as np

    top = table[["p_negative", "p_neutral", "p_positive"]].to_numpy(dtype=float).max(axis=1)
    weak = f"confidence below {uncertain_below:g}"
    return ["" if label != "uncertain" else weak if np.isnan(p) or p < uncertain_below
            else f"positive reading of a {role}"
            for label, p, role in zip(table["tone_label"], top, table["role"], strict=True)]


ONE_DOCUMENT = "one document, intervals resample its mentions"
"""The reason of an actor whose mentions all come from one document: its intervals say how
that article's mentions vary, not how articles would."""


def _interval(values: Any, docs: Any, key: tuple[Any, ...], n_resamples: int,
              seed: int) -> tuple[float, float]:
    """Interval of the mean of ``values`` (NaN dropped): whole documents resampled with their
    sums when the values come from several, else the values one by one."""
    import numpy as np
    import pandas as pd

    values = np.asarray(values, dtype=float)
    ok = ~np.isnan(values)
    per_doc = pd.Series(values[ok]).groupby(np.asarray(docs)[ok], sort=True).agg(
        ["sum", "count"])
    if len(per_doc) < 2:
        return mean_interval(values, key=key, n_resamples=n_resamples, seed=seed)
    return ratio_interval(per_doc["sum"].to_numpy(float), per_doc["count"].to_numpy(float),
                          key=key, n_resamples=n_resamples, seed=seed)


def _actor_row(actor: str, part: pd.DataFrame, n_resamples: int, seed: int) -> dict[str, Any]:
    """One summary row: counts, shares with intervals and mean ``net_tone`` with interval."""
    n = len(part)
    labels = part["tone_label"].to_numpy()
    docs = part["doc_id"].to_numpy()
    row: dict[str, Any] = {"actor": actor, "n_mentions": n,
                           "n_documents": int(part["doc_id"].nunique())}
    for lab in ACTOR_TONE_LABELS:
        hits = (labels == lab).astype(float)
        row[lab] = int(hits.sum())
        row[f"share_{lab}"] = row[lab] / n
        # A share is the mean of a 0/1 indicator: the package's one bootstrap serves both, and
        # its interval is widened to Wilson's where that is wider (few documents, or a share of
        # none or all, which no resample can move).
        row[f"share_{lab}_ci_low"], row[f"share_{lab}_ci_high"] = widened_share(
            row[lab], n, _interval(hits, docs, ("actor", actor, lab), n_resamples, seed))
    row["net_tone"] = float(part["net_tone"].mean())
    row["net_tone_ci_low"], row["net_tone_ci_high"] = _interval(
        part["net_tone"].to_numpy(), docs, ("actor", actor, "net_tone"), n_resamples, seed)
    scored = int(part["net_tone"].notna().sum())
    row["reason"] = ("one mention, no interval" if n < 2 else
                     "fewer than 2 scored mentions, no net_tone interval" if scored < 2 else
                     ONE_DOCUMENT if row["n_documents"] == 1 else
                     few_documents_reason(row["n_documents"], "net_tone: "))
    return row


def actor_tone_summary(tones: pd.DataFrame, n_resamples: int = N_RESAMPLES,
                       seed: int = SEED) -> pd.DataFrame:
    """Per actor: ``n_mentions``, ``n_documents``, the count (a column named after the label:
    negative, neutral, positive, uncertain) and share of mentions per label with a 95%
    percentile bootstrap interval (``share_<label>_ci_low``/``_ci_high``), the mean
    ``net_tone`` with its interval, and ``reason`` ("" or a note on the intervals).

    Intervals (:mod:`analysis.tables.bootstrap`): a share's interval is the bootstrap's below,
    widened to the Wilson score interval wherever that reaches further
    (:func:`~analysis.tables.bootstrap.widened_share`): a bootstrap over two or three documents has
    only a few values to give, and a share of none or all of the mentions (0 of 5 positive) none but
    itself. An actor mentioned in several documents has its documents resampled whole, with their
    mention counts and sums (a cluster bootstrap, as in
    :func:`~analysis.tables.compare.compare_groups`: mentions in one article are not independent);
    an actor mentioned in one document has its mentions resampled, and the reason
    :data:`ONE_DOCUMENT` says the interval is about that article's mentions only; one mentioned
    in 2 to 4 documents has the reason ``net_tone: interval from N documents; unreliable``
    (:data:`~analysis.tables.bootstrap.MIN_RELIABLE_DOCUMENTS`; its shares are widened to
    Wilson's, its mean ``net_tone`` is not).

    ``tones`` is :func:`actor_tone`. Rows are sorted by number of mentions (then name); an
    actor with one mention gets NaN interval bounds and the reason "one mention, no interval".
    """
    import pandas as pd

    columns = ["actor", "n_mentions", "n_documents", *ACTOR_TONE_LABELS]
    for lab in ACTOR_TONE_LABELS:
        columns += [f"share_{lab}", f"share_{lab}_ci_low", f"share_{lab}_ci_high"]
    columns += ["net_tone", "net_tone_ci_low", "net_tone_ci_high", "reason"]
    rows = [_actor_row(str(actor), part, n_resamples, seed)
            for actor, part in tones.groupby("actor", sort=True)]
    out = pd.DataFrame(rows, columns=columns)
    out = out.sort_values(["n_mentions", "actor"], ascending=[False, True], kind="mergesort")
    return out.reset_index(drop=True)
