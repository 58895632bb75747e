"""Hand frame labels and agreement with them (Cohen 1960; scikit-learn's metrics).

Labelled sentences are a CSV with a text column and a frames column (``;``-joined frame names;
empty or ``none`` for no frame): :func:`read_frame_labels`. :func:`frame_agreement` scores two
multi-label codings per frame and pooled; :func:`lexicon_agreement` scores the frame lexicon
against labels, on the label texts or on a corpus's own sentences.

Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and Psychological
Measurement*, 20(1), 37-46.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .frame_context import grouped_frame_scores
from .frames import FRAMES, FrameLexicon, format_evidence, load_frame_lexicon

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

AGREEMENT_COLUMNS = ["precision", "recall", "f1", "kappa", "support", "predicted", "tp"]


def parse_frames(value: Any, where: str = "frames") -> set[str]:
    """Parse one frame label: a ``;``-joined cell (``"alliance;threat"``; empty or ``none`` =
    no frame) or an iterable of names. Raises ``ValueError`` naming ``where`` for an unknown
    frame."""
    if isinstance(value, set | frozenset | list | tuple):
        labels = {str(x).strip() for x in value}
    elif value is None or (isinstance(value, float) and value != value):
        labels = set()
    else:
        labels = {f.strip() for f in str(value).split(";")}
    labels = {x.lower() for x in labels if x} - {"none"}
    unknown = labels - set(FRAMES)
    if unknown:
        raise ValueError(f"{where}: unknown frame(s) {sorted(unknown)}; "
                         f"expected some of {', '.join(FRAMES)}")
    return labels


def read_frame_labels(source: str | Path | pd.DataFrame, text_column: str = "text",
                      frames_column: str = "frames",
                      required: Sequence[str] = ()) -> pd.DataFrame:
    """Read labelled sentences (a CSV path or a DataFrame) into a DataFrame whose
    ``frame_set`` column holds parsed sets.

    Raises ``FileNotFoundError`` for a missing file and ``ValueError`` naming the file and the
    column when a required column (``text_column``, ``frames_column``, ``required``) is missing,
    or the row and label when a frame name is unknown.
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        name, df = "DataFrame", source.copy()
    else:
        name = str(source)
        if not Path(source).is_file():
            raise FileNotFoundError(f"{name}: labels file not found")
        try:
            df = pd.read_csv(source, dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
            raise ValueError(f"{name}: cannot be read as CSV ({exc})") from None
    for col in (text_column, frames_column, *required):
        if col not in df.columns:
            raise ValueError(f"{name}: missing column {col!r} (columns found: "
                             f"{', '.join(map(str, df.columns)) or 'none'})")
    df["frame_set"] = [parse_frames(v, f"{name}: row {i + 2}, column {frames_column!r}")
                       for i, v in enumerate(df[frames_column])]
    df[text_column] = df[text_column].astype(str)
    return df


def _scores(gold: Any, pred: Any) -> dict[str, float]:
    """Precision, recall, F1 and Cohen's kappa of binary codings (scikit-learn).

    Precision or recall with an empty denominator is 0 when there is some disagreement; all
    four are NaN when nothing was labelled or predicted; kappa is NaN when chance agreement is 1.
    """
    import numpy as np
    from sklearn.metrics import cohen_kappa_score, precision_recall_fscore_support

    gold = np.asarray(gold, dtype=bool)
    pred = np.asarray(pred, dtype=bool)
    if not (gold | pred).any():
        return {"precision": np.nan, "recall": np.nan, "f1": np.nan, "kappa": np.nan}
    p, r, f, _ = precision_recall_fscore_support(gold, pred, average="binary",
                                                 zero_division=0.0)
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        kappa = cohen_kappa_score(gold, pred) if len(set(gold) | set(pred)) > 1 else np.nan
    return {"precision": float(p), "recall": float(r), "f1": float(f), "kappa": float(kappa)}


def frame_agreement(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> pd.DataFrame:
    """Agreement of two multi-label codings over (sentence, frame) pairs.

    Rows: each frame, ``micro`` (pooled over all pairs) and ``macro`` (mean over frames with
    any label or prediction). Columns: ``precision``, ``recall``, ``f1``, ``kappa`` (Cohen
    1960), ``support`` (gold positives), ``predicted``, ``tp``.
    """
    import numpy as np
    import pandas as pd
    from sklearn.preprocessing import MultiLabelBinarizer

    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold label sets but {len(pred)} predictions")
    mlb = MultiLabelBinarizer(classes=list(FRAMES))
    g = mlb.fit_transform([set(s) for s in gold]).astype(bool).reshape(len(gold), len(FRAMES))
    p = mlb.transform([set(s) for s in pred]).astype(bool).reshape(len(pred), len(FRAMES))
    rows = {}
    for j, f in enumerate(FRAMES):
        rows[f] = {**_scores(g[:, j], p[:, j]), "support": int(g[:, j].sum()),
                   "predicted": int(p[:, j].sum()), "tp": int((g[:, j] & p[:, j]).sum())}
    tp = int((g & p).sum())
    rows["micro"] = {**_scores(g.ravel(order="F"), p.ravel(order="F")),
                     "support": int(g.sum()), "predicted": int(p.sum()), "tp": tp}
    per = pd.DataFrame([rows[f] for f in FRAMES])
    rows["macro"] = {**{k: per[k].mean() for k in ("precision", "recall", "f1", "kappa")},
                     "support": int(g.sum()), "predicted": int(p.sum()), "tp": tp}
    out = pd.DataFrame.from_dict(rows, orient="index")[AGREEMENT_COLUMNS]
    return out.astype({k: np.float64 for k in ("precision", "recall", "f1", "kappa")})


def _normalise_ws(text: str) -> str:
    return " ".join(str(text).split())


def _corpus_texts(lab: pd.DataFrame, corpus: Iterable[Any], missing: str
                  ) -> tuple[pd.DataFrame, list[str], int] | None:
    """The labelled rows found in ``corpus`` with the corpus's sentence texts."""
    import pandas as pd

    found = pd.DataFrame([(d.doc_id, s.index, s.text) for d in corpus for s in d.sentences],
                         columns=["doc_id", "sentence", "text"])
    merged = lab.merge(found, on=["doc_id", "sentence"], how="inner", suffixes=("", "_corpus"))
    if merged.empty:
        if missing == "none":
            return None
        raise ValueError("lexicon_agreement: no labelled (doc_id, sentence) pair is in the "
                         "corpus")
    mismatches = int(sum(_normalise_ws(a) != _normalise_ws(b)
                         for a, b in zip(merged["text"], merged["text_corpus"], strict=True)))
    if mismatches:
        warnings.warn(f"lexicon_agreement: {mismatches} labelled sentence(s) differ from the "
                      "corpus split", stacklevel=3)
    return merged, merged["text_corpus"].tolist(), mismatches


def lexicon_agreement(labels: str | Path | pd.DataFrame, corpus: Iterable[Any] | None = None,
                      lexicon: FrameLexicon | None = None,
                      missing: str = "raise", use_model: bool = True) -> pd.DataFrame | None:
    """Agreement of the frame lexicon with hand labels (e.g. ``data/seed_frame_labels.csv``).

    ``labels`` has columns ``doc_id``, ``sentence``, ``text``, ``frames``. With a ``corpus``,
    the lexicon scores the corpus sentences joined on (``doc_id``, ``sentence``) — this tests
    the whole pipeline, splitter included; sentences whose text differs from the label text are
    counted in ``attrs["text_mismatches"]`` (with a warning). Without a corpus the label texts
    are scored directly.

    Returns :func:`frame_agreement`'s table; ``attrs`` has ``micro_f1``, ``n_sentences``,
    ``lexicon_version`` and ``disagreements`` (gold and predicted frames and the evidence).
    ``use_model`` (default ``True``, the package's frames) adds the shipped supervised model's
    frames to the lexicon's (:func:`~analysis.metrics.frames.frame_scores`); ``False`` scores
    the lexicon alone. When no labelled sentence is in ``corpus``: :class:`ValueError`, or
    ``None`` with ``missing="none"`` (a notebook run on a corpus nobody has labelled).
    """
    import pandas as pd

    lex = lexicon or load_frame_lexicon()
    lab = read_frame_labels(labels, required=("doc_id", "sentence"))
    lab["sentence"] = pd.to_numeric(lab["sentence"], errors="raise").astype(int)
    lab["doc_id"] = lab["doc_id"].astype(str)
    mismatches = 0
    texts = lab["text"].tolist()
    if corpus is not None:
        found = _corpus_texts(lab, corpus, missing)
        if found is None:
            return None
        lab, texts, mismatches = found
    # A document's sentences share its context (the NCG named earlier, rule 50): scored in
    # (doc_id, sentence) order, whatever the order of the label rows.
    docs, numbers = lab["doc_id"].tolist(), lab["sentence"].tolist()
    order = sorted(range(len(texts)), key=lambda i: (docs[i], numbers[i]))
    by_order = grouped_frame_scores([texts[i] for i in order], [docs[i] for i in order], lex,
                                    use_model=use_model)
    scored = [by_order[k] for k in sorted(range(len(order)), key=order.__getitem__)]
    pred = [s["frames"] for s in scored]
    gold = lab["frame_set"].tolist()
    out = frame_agreement(gold, pred)
    out.attrs.update({
        "micro_f1": float(out.loc["micro", "f1"]), "n_sentences": len(gold),
        "n_pairs": len(gold) * len(FRAMES), "lexicon_version": lex.version,
        "text_mismatches": mismatches,
        "disagreements": [
            {"doc_id": d, "sentence": int(n), "gold": sorted(g), "predicted": sorted(p),
             "evidence": format_evidence(s)}
            for d, n, g, p, s in zip(lab["doc_id"], lab["sentence"], gold, pred, scored,
                                     strict=True) if g != p],
    })
    return out
