"""Agreement of the frame lexicon (and the supervised classifier) with hand labels.

Usage (from the project root)::

    .venv/bin/python benchmarks/frames.py LABELS.csv [--corpus seeds] [--train TRAIN.csv]
                                          [--cv K] [--by-style] [--quiet]
    .venv/bin/python benchmarks/frames.py LABELS.csv --agreement [SECOND.csv] [--quiet]
    .venv/bin/python benchmarks/frames.py x --loso [--thresholds T,T...] [--C C]
    .venv/bin/python benchmarks/frames.py x --newsmtsc ../shared/bench/stance/newsmtsc

``LABELS.csv`` is any labelled CSV with a ``text`` and a ``frames`` column (``;``-joined frame
names, empty for none), labelled by ``docs/frame_annotation_guide.md``:

* ``data/seed_frame_labels.csv`` (``doc_id``, ``sentence``, ``text``, ``frames``): with
  ``--corpus`` the corpus is split by :mod:`analysis.corpus` and its sentences are scored, joined
  to the labels on (``doc_id``, ``sentence``), so the splitter is tested too;
* ``data/frames_dev.csv`` and ``data/frames_devtest.csv`` (``id``, ``text``, ``frames``,
  ``style``, ``note``): the texts are scored directly. Dev is for tuning; the lexicon is never
  tuned on devtest, reported separately (the shipped model trains on both);
* ``data/frames_heldout_team.csv`` and ``data/frames_heldout_team2.csv`` (same columns): sets
  written blind to the lexicon, tuning sets from lexicon 2.1.0 and 2.2.0 respectively;
  ``data/frames_heldout_team3.csv`` was the untuned test of 2.2.0 and is a tuning set from
  2.3.0 on (the team sets train the shipped model);
* ``data/frames_heldout_team4.csv`` (280 sentences, same columns, with a second annotator's
  ``data/frames_heldout_team4_annotator2.csv``): written and labelled blind to lexicon 2.3.0
  and to model 1.0.0 and scored once on that code (lexicon 0.839, default 0.852); its errors
  shaped lexicon 2.4.0 and it trains model 1.1.0, so from 2.4.0 on it is a tuning set too;
* ``data/frames_heldout_team5.csv`` (264 sentences, same columns, with a second annotator's
  ``data/frames_heldout_team5_annotator2.csv``; styles ``wire``, ``korean_press``,
  ``transcript``, ``kcna_china``, ``commentary``, ``fact_sheet``): written and labelled blind to
  lexicon 2.3.0, the shipped model and this scorer's output, committed before its first run;
  scored on lexicon 2.3.0 with model 1.0.0 and on lexicon 2.4.0 with model 1.1.0, never tuned
  on. Report its errors as counts (``--by-style``), not sentences, so it stays blind.
* ``data/frames_heldout_team6.csv`` (207 sentences in 25 passages, ids ``t6-PP-SS`` with the
  passage ``PP``, same columns, with a second annotator's
  ``data/frames_heldout_team6_annotator2.csv``, labelled blind and committed before comparison;
  styles ``wire``, ``commentary``, ``korean_press``, ``official``,
  ``state_media``, ``transcript``; outlets of the US, South Korea, Britain, Russia, Pakistan,
  India and the UAE; ``data/frames_heldout_team6_README.md``): written and labelled from guide
  2.3 blind to lexicon 2.4.0, model 1.1.0 and this scorer's output, committed before its first
  run, never tuned on; like set 5, report its errors as counts.
* ``data/frames_heldout_team7.csv`` (208 sentences, ids ``t7-PP-SS``) and
  ``data/frames_heldout_team8.csv`` (200 sentences, ids ``t8-PP-SS``; READMEs beside them):
  written and labelled blind to the lexicon, the model and this scorer's output (set 8 from
  guide 2.4, by a writer who did not read the guide's lexicon changelog), committed before
  their first run; one annotator each, hard cases marked ``ambiguous`` in ``note``. Score them
  with ``--by-style --passages``. Set 7 was never tuned on; set 8 was scored once on lexicon
  2.5.0 with model 1.2.0, then its errors shaped lexicon 2.6.0 and it trains model 1.3.0, so
  from 2.6.0 on it is a tuning set. ``data/frames_heldout_team9.csv`` (200 sentences, ids
  ``t9-PP-SS``), written blind from guide 2.4 like set 8, was scored on lexicon 2.5.0 and 2.6.0;
  its errors shaped lexicon 2.7.0 and it trains model 1.4.0, so from 2.7.0 on it is a tuning
  set too. ``data/frames_heldout_team10.csv`` (200 sentences, ids ``t10-PP-SS``), written blind
  from guide 2.5, was scored on lexicon 2.6.0 / model 1.3.0 and 2.7.0 / 1.4.0; its errors
  shaped lexicon 2.8.0 and it trains model 1.5.0, so from 2.8.0 on it is a tuning set too.
  ``data/frames_heldout_team11.csv`` and ``data/frames_heldout_team12.csv`` (ids
  ``t11-PP-SS``, ``t12-PP-SS``), written blind from guides 2.6 and 2.7.1, were scored on
  lexicon 2.8.0-2.8.1 with model 1.5.0; their errors shaped lexicon 2.8.2 and they train model
  1.6.0, so from 2.8.2 on they are tuning sets too. ``data/frames_heldout_team13.csv`` (ids
  ``t13-PP-SS``), written blind from guide 2.8, was scored on lexicon 2.8.2 and 2.9.0 with
  model 1.6.0; its errors shaped lexicon 2.10.0 and it trains model 1.7.0, so from 2.10.0 on it
  is a tuning set too. ``data/frames_heldout_team14.csv`` (ids ``t14-PP-SS``), written blind
  from guide 2.9, was scored on lexicon 2.9.0-2.10.0 with model 1.6.0-1.7.0; its errors shaped
  lexicon 2.11.0 and it trains model 1.8.0, so from 2.11.0 on it is a tuning set too.
  ``data/frames_heldout_team15.csv`` (ids ``t15-PP-SS``), written blind from guide 2.10, was
  scored on lexicon 2.10.0-2.11.0 with model 1.7.0-1.8.0; its errors shaped lexicon 2.12.0 and it
  trains model 1.9.0, so from 2.12.0 on it is a tuning set too.
  ``data/frames_heldout_team16.csv`` (ids ``t16-PP-SS``), written blind from guide 2.11, was
  scored on lexicon 2.11.0-2.12.0 with model 1.8.0-1.9.0; its errors shaped lexicon 2.13.0 and
  it trains model 1.10.0, so from 2.13.0 on it is a tuning set too.
  ``data/frames_heldout_team17.csv`` (ids ``t17-PP-SS``), written blind from guide 2.12, was
  scored on lexicon 2.12.0-2.13.1 with model 1.9.0-1.10.0; its errors shaped lexicon 2.14.0 and
  it trains model 1.11.0, so from 2.14.0 on it is a tuning set too.

Prints per-frame precision, recall, F1 and Cohen's kappa, the micro-F1 over (sentence, frame)
pairs, and the disagreements with the lexicon's evidence. Sentences with passage ids are scored
passage by passage, a passage read as one document (the NCG's context, guide rule 50).
``--by-style`` adds the micro-F1 per ``style`` (lexicon, and lexicon plus model) and the counts
of false positives and false negatives per style and frame (:func:`error_counts`).
``--passages`` adds the 95% percentile bootstrap interval of micro-F1 resampling whole passages
(ids ``tN-PP-SS``; sentences of one article are not independent; :func:`passage_interval`) and
the micro-F1 without the sentences whose ``note`` says ``ambiguous``. ``--train TRAIN.csv``
also fits :class:`analysis.metrics.frame_classifier.FrameClassifier` on TRAIN
(with and without the lexicon's scores as features) and scores it on LABELS, alone and combined
with the lexicon (union of the two frame sets);
``--cv K`` reports the classifier's K-fold cross-validation on LABELS.

The main table is the lexicon alone (``frame_scores(..., use_model=False)``); the next one is the
package's default, the lexicon plus the shipped supervised model
(``analysis/resources/frame_model.json.gz``). The shipped model was trained on the team sets
(:data:`LOSO_SETS`), so on those sets that table is an in-sample figure. The honest one is
``--loso``: leave-one-set-out over :data:`LOSO_SETS` (the labels file argument is then only the
first positional argument and is ignored for training): for each set, the model is retrained on
the other sets exactly as ``scripts/train_frame_model.py`` trains it, and lexicon, model alone
and lexicon plus model are scored on the held-out set; then pooled over all sets. With
``--thresholds T,T...`` and ``--C C`` the models of the folds are fitted with that ``C`` and
scored at each threshold (default: the shipped ``C`` and threshold).

``--newsmtsc DIR`` is the off-topic guard: over the lines of NewsMTSC (``*.jsonl`` of DIR, US
news on other subjects) it counts the lines the lexicon gives a frame and those the shipped model
adds a frame to.

``--agreement`` compares two annotators instead of the lexicon: LABELS (the first) and
SECOND (default: LABELS's name with ``_annotator2`` added, e.g.
``data/frames_dev_annotator2.csv``), joined on ``id``. It prints, per frame, Cohen's (1960)
kappa, the percent agreement and the counts of the 2x2 table, then the sentences the two
annotators label differently.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.corpus import load_corpus  # noqa: E402
from analysis.metrics import frame_classifier as fc  # noqa: E402
from analysis.metrics import frame_context as fx  # noqa: E402
from analysis.metrics import frame_labels as fl  # noqa: E402
from analysis.metrics import frame_model as fm  # noqa: E402
from analysis.metrics import frames as fr  # noqa: E402


def _print_table(title: str, table: pd.DataFrame) -> None:
    """Print one agreement table (per frame and micro/macro) under ``title``."""
    print(f"\n{title}: micro-F1 {table.loc['micro', 'f1']:.3f}")
    cols = ["precision", "recall", "f1", "kappa", "support", "predicted", "tp"]
    print(table[cols].round(3).to_string())


AGREEMENT_COLUMNS = ["kappa", "percent_agreement", "both", "first_only", "second_only",
                     "neither", "disagreements"]


def binary_kappa(first: Sequence[bool], second: Sequence[bool]) -> float:
    """Cohen's (1960) kappa of two binary codings of the same items (scikit-learn's
    ``cohen_kappa_score``); NaN when both codings are constant and equal (chance agreement 1,
    kappa undefined)."""
    import numpy as np
    from sklearn.metrics import cohen_kappa_score

    a = np.asarray(first, dtype=bool)
    b = np.asarray(second, dtype=bool)
    if len(a) != len(b):
        raise ValueError(f"codings of different lengths: {len(a)} and {len(b)}")
    if len(set(a.tolist()) | set(b.tolist())) < 2:
        return float("nan")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return float(cohen_kappa_score(a, b))


def annotator_agreement(first: Sequence[set[str]], second: Sequence[set[str]]) -> pd.DataFrame:
    """Agreement of two annotators' frame sets for the same sentences, per frame.

    One row per frame of :data:`analysis.metrics.frames.FRAMES`, then ``all`` (pooled over
    the (sentence, frame) pairs). Columns: ``kappa`` (Cohen 1960, NaN when neither annotator
    ever uses the frame), ``percent_agreement`` (share of sentences on which both say yes or
    both say no, 0-100), the 2x2 counts ``both``, ``first_only``, ``second_only``,
    ``neither``, and ``disagreements`` (``first_only + second_only``).
    """
    if len(first) != len(second):
        raise ValueError(f"{len(first)} label sets from the first annotator but "
                         f"{len(second)} from the second")
    pairs = {f: ([f in s for s in first], [f in s for s in second]) for f in fr.FRAMES}
    pairs["all"] = ([x for f in fr.FRAMES for x in pairs[f][0]],
                    [x for f in fr.FRAMES for x in pairs[f][1]])
    rows = {}
    for name, (a, b) in pairs.items():
        both = sum(x and y for x, y in zip(a, b, strict=True))
        first_only = sum(x and not y for x, y in zip(a, b, strict=True))
        second_only = sum(y and not x for x, y in zip(a, b, strict=True))
        neither = len(a) - both - first_only - second_only
        rows[name] = {"kappa": binary_kappa(a, b),
                      "percent_agreement": 100.0 * (both + neither) / len(a) if a else
                      float("nan"),
                      "both": both, "first_only": first_only, "second_only": second_only,
                      "neither": neither, "disagreements": first_only + second_only}
    return pd.DataFrame.from_dict(rows, orient="index")[AGREEMENT_COLUMNS]


def second_annotator_path(labels: str | Path) -> Path:
    """The default second-annotator file of ``labels``: ``x.csv`` -> ``x_annotator2.csv``."""
    path = Path(labels)
    return path.with_name(f"{path.stem}_annotator2{path.suffix}")


def paired_annotations(first: str | Path, second: str | Path) -> pd.DataFrame:
    """Two annotators' labels of the same sentences, joined on ``id``.

    Both files need ``id``, ``text`` and ``frames`` columns. Returns ``id``, ``text``,
    ``first`` and ``second`` (frame sets) in the first file's order. Raises ``ValueError``
    naming the files when an id is duplicated, is in one file only, or when the two files give
    a sentence different texts (an annotation of an older wording).
    """
    a = fl.read_frame_labels(first, required=("id",))
    b = fl.read_frame_labels(second, required=("id",))
    for name, df in ((first, a), (second, b)):
        dup = df["id"][df["id"].duplicated()].tolist()
        if dup:
            raise ValueError(f"{name}: duplicated id(s) {dup[:5]}")
    only_a = sorted(set(a["id"]) - set(b["id"]))
    only_b = sorted(set(b["id"]) - set(a["id"]))
    if only_a or only_b:
        raise ValueError(f"{first} and {second} label different sentences: ids only in the "
                         f"first {only_a[:5]}, only in the second {only_b[:5]}")
    merged = a[["id", "text", "frame_set"]].merge(
        b[["id", "text", "frame_set"]], on="id", suffixes=("_first", "_second"))
    changed = merged.loc[merged["text_first"].str.split().str.join(" ")
                         != merged["text_second"].str.split().str.join(" "), "id"].tolist()
    if changed:
        raise ValueError(f"{first} and {second} give different texts for id(s) {changed[:5]}")
    return pd.DataFrame({"id": merged["id"], "text": merged["text_first"],
                         "first": merged["frame_set_first"],
                         "second": merged["frame_set_second"]})


def print_annotator_agreement(first: str | Path, second: str | Path, quiet: bool) -> None:
    """Print :func:`annotator_agreement` of two label files and (unless ``quiet``) the
    sentences they label differently."""
    pairs = paired_annotations(first, second)
    table = annotator_agreement(pairs["first"].tolist(), pairs["second"].tolist())
    print(f"agreement of two annotators on {len(pairs)} sentences: first {first}, "
          f"second {second}")
    print(table.round({"kappa": 3, "percent_agreement": 1}).to_string())
    if not quiet:
        print("\ndisagreements (first | second):")
        for rid, text, a, b in pairs.itertuples(index=False):
            if a != b:
                print(f"  {rid}: {';'.join(sorted(a)) or '-'} | "
                      f"{';'.join(sorted(b)) or '-'}\n      {text}")


SETS_OF_MODEL_1_4 = ("data/frames_dev.csv", "data/frames_devtest.csv",
                     "data/frames_heldout_team.csv", "data/frames_heldout_team2.csv",
                     "data/frames_heldout_team3.csv", "data/frames_heldout_team4.csv",
                     "data/frames_heldout_team5.csv", "data/frames_heldout_team6.csv",
                     "data/frames_heldout_team8.csv", "data/frames_heldout_team9.csv")
"""The ten team sets model 1.4.0 trains on (1,926 sentences): the rows, in order, of the
sentence vectors of ``benchmarks/frames_embedding.py`` and the training sets of the encoder
benchmark, whose blind test was set 10."""

LOSO_SETS = (*SETS_OF_MODEL_1_4, "data/frames_heldout_team10.csv",
             "data/frames_heldout_team11.csv", "data/frames_heldout_team12.csv",
             "data/frames_heldout_team13.csv", "data/frames_heldout_team14.csv",
             "data/frames_heldout_team15.csv", "data/frames_heldout_team16.csv",
             "data/frames_heldout_team17.csv")
"""The labelled team sets of leave-one-set-out (those ``scripts/train_frame_model.py`` trains
on). Sets 5 and 6, the blind tests of lexicon 2.4.0 and model 1.1.0, shaped lexicon 2.5.0 and
train model 1.2.0; set 8, the blind test of lexicon 2.5.0 and model 1.2.0, shaped lexicon 2.6.0
and trains model 1.3.0; set 9, the blind test of lexicon 2.6.0 and model 1.3.0, shaped lexicon
2.7.0 and trains model 1.4.0; set 10, the blind test of lexicon 2.7.0 and model 1.4.0, shaped
lexicon 2.8.0 and trains model 1.5.0; sets 11 and 12, the blind tests of lexicon 2.8.0-2.8.1
and model 1.5.0, shaped lexicon 2.8.2 and train model 1.6.0; set 13, the blind test of lexicon
2.8.2-2.9.0 and model 1.6.0, shaped lexicon 2.10.0 and trains model 1.7.0; set 14, the blind
test of lexicon 2.9.0-2.10.0 and model 1.6.0-1.7.0, shaped lexicon 2.11.0 and trains model 1.8.0;
set 15, the blind test of lexicon 2.10.0-2.11.0 and model 1.7.0-1.8.0, shaped lexicon 2.12.0 and
trains model 1.9.0; set 16, the blind test of lexicon 2.11.0-2.12.0 and model 1.8.0-1.9.0,
shaped lexicon 2.13.0 and trains model 1.10.0; set 17, the blind test of lexicon 2.12.0-2.13.1
and model 1.9.0-1.10.0, shaped lexicon 2.14.0 and trains model 1.11.0; from then on they are
tuning sets like the others.
Set 7 is in neither list: it has not been tuned on."""


LOSO_THRESHOLD = 0.75
"""The model threshold of leave-one-set-out: the shipped model's (``scripts/train_frame_model.py``
``THRESHOLD``)."""

LOSO_C = 4.0
"""The model's inverse regularisation of leave-one-set-out: the shipped model's (``C``)."""


def lexicon_predictions(texts: Sequence[str], model: Any = None, use_model: bool = False,
                        ids: Sequence[str] | None = None) -> tuple[list[set[str]], list[str]]:
    """Frame sets of ``texts`` and a readable evidence string for each: the lexicon alone, or
    with ``use_model`` the lexicon plus ``model`` (default: the shipped one). With the
    sentences' ``ids``, each passage (``tN-PP-SS``) is read as one document, so a reference
    back to the NCG takes its frame (:func:`analysis.metrics.frame_context.passage_of`)."""
    if ids is None:
        ids = [""] * len(texts)
    scored = fx.passage_frame_scores(texts, ids, model=model, use_model=use_model)
    return [s["frames"] for s in scored], [fr.format_evidence(s) for s in scored]


def fit_model(texts: Sequence[str], frame_sets: Sequence[set[str]],
              threshold: float = LOSO_THRESHOLD, C: float = LOSO_C) -> Any:
    """A :class:`analysis.metrics.frame_model.FrameModel` trained on ``texts`` as
    ``scripts/train_frame_model.py`` trains the shipped one (words only; by default its ``C``
    and its threshold)."""
    clf = fc.FrameClassifier(C=C, use_lexicon=False, threshold=threshold).fit(list(texts),
                                                                           list(frame_sets))
    return fm.frame_model_from_payload(fm.model_payload(clf, threshold, "loso", {}), "loso")


def loso_fold(texts: Sequence[str], model: Any, thresholds: Sequence[float],
              ids: Sequence[str] | None = None) -> dict[str, list[set[str]]]:
    """Frame sets of one held-out set: the lexicon alone (``lexicon``), and for each threshold
    ``T`` of ``thresholds`` the model alone (``model@T``) and the lexicon plus the model
    (``both@T``), the model's threshold set to ``T``; passages of ``ids`` read as documents
    (:func:`lexicon_predictions`)."""
    row = {"lexicon": lexicon_predictions(texts, ids=ids)[0]}
    for t in thresholds:
        m = dataclasses.replace(model, threshold=t)
        row[f"model@{t}"] = [m.frames(x) if m.sentence_probabilities(x) is not None else set()
                             for x in texts]
        row[f"both@{t}"] = lexicon_predictions(texts, m, use_model=True, ids=ids)[0]
    return row


def print_leave_one_set_out(paths: Sequence[str] = LOSO_SETS,
                            thresholds: Sequence[float] = (LOSO_THRESHOLD,),
                            C: float = LOSO_C) -> None:
    """Leave-one-set-out micro-F1 of the lexicon, the model alone and the lexicon plus the
    model (at each of ``thresholds``, the model fitted with ``C``), per held-out set and pooled,
    then the pooled per-frame tables of the lexicon and of lexicon plus model (first
    threshold)."""
    sets = {p: fl.read_frame_labels(ROOT / p) for p in paths}
    keys = ["lexicon"] + [f"{k}@{t}" for t in thresholds for k in ("model", "both")]
    pooled: dict[str, list[set[str]]] = {k: [] for k in ["gold", *keys]}
    print(f"leave-one-set-out (model retrained without the held-out set, C {C:g}); micro-F1:")
    print(f"  {'held-out set':<34} {'n':>4} " + " ".join(f"{k:>10}" for k in keys))
    for held, df in sets.items():
        train = [d for p, d in sets.items() if p != held]
        model = fit_model([t for d in train for t in d["text"]],
                          [f for d in train for f in d["frame_set"]], C=C)
        gold = df["frame_set"].tolist()
        row = {"gold": gold, **loso_fold(df["text"].tolist(), model, thresholds,
                                         df["id"].astype(str).tolist())}
        print(f"  {held:<34} {len(gold):>4} " + " ".join(
            f"{fl.frame_agreement(gold, row[k]).loc['micro', 'f1']:>10.3f}" for k in keys))
        for k in pooled:
            pooled[k] += row[k]
    print(f"  {'pooled':<34} {len(pooled['gold']):>4} " + " ".join(
        f"{fl.frame_agreement(pooled['gold'], pooled[k]).loc['micro', 'f1']:>10.3f}"
        for k in keys))
    _print_table("lexicon, pooled over the held-out sets",
                 fl.frame_agreement(pooled["gold"], pooled["lexicon"]))
    _print_table(f"lexicon + model at {thresholds[0]}, pooled over the held-out sets",
                 fl.frame_agreement(pooled["gold"], pooled[f"both@{thresholds[0]}"]))


def print_off_topic(folder: str | Path) -> None:
    """The off-topic guard: over the lines of NewsMTSC (``sentence_normalized`` of every
    ``*.jsonl`` in ``folder``, files in sorted order; US news on other subjects), how many lines
    the lexicon gives a frame and to how many the shipped model adds one."""
    import json

    lines = [json.loads(line)["sentence_normalized"]
             for path in sorted(Path(folder).glob("*.jsonl"))
             for line in open(path, encoding="utf-8")]
    scored = [fr.frame_scores(t) for t in lines]
    lexicon = sum(bool(s["frames"] - s["model_frames"]) for s in scored)
    added = sum(bool(s["model_frames"]) for s in scored)
    print(f"{folder}: {len(lines)} lines; the lexicon frames {lexicon}, the model adds a frame "
          f"to {added}")


def error_counts(gold: Sequence[set[str]], pred: Sequence[set[str]], styles: Sequence[str]
                 ) -> pd.DataFrame:
    """False positives (``fp``) and false negatives (``fn``) of ``pred`` against ``gold``, one row
    per style and one column pair per frame, plus an ``all`` row."""
    rows = [{"style": style, "frame": f, "kind": "fp" if f in p else "fn"}
            for g, p, style in zip(gold, pred, styles, strict=True) for f in g ^ p]
    counts = pd.DataFrame(rows, columns=["style", "frame", "kind"])
    table = counts.pivot_table(index="style", columns=["frame", "kind"], aggfunc="size",
                               fill_value=0)
    cols = pd.MultiIndex.from_product([list(fr.FRAMES), ["fp", "fn"]])
    table = table.reindex(index=sorted(set(styles)), columns=cols, fill_value=0)
    table.loc["all"] = table.sum()
    return table


def passage_interval(gold: Sequence[set[str]], pred: Sequence[set[str]], ids: Sequence[str],
                     seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of the micro-F1 of ``pred`` against ``gold``, resampling
    whole passages: the passage of id ``t6-03-07`` is ``t6-03`` (everything before the last
    ``-``). Counts of true positives, false positives and false negatives are summed per passage,
    so a resample pools the (sentence, frame) pairs of the passages it draws. NaN (no interval)
    when a passage has no frame in either labels or predictions and could be drawn alone."""
    from analysis.tables.bootstrap import bootstrap_interval

    passages = [i.rsplit("-", 1)[0] for i in ids]
    order = sorted(set(passages))
    counts = np.zeros((3, len(order)))
    for p, g, q in zip(passages, gold, pred, strict=True):
        counts[:, order.index(p)] += (len(g & q), len(q - g), len(g - q))
    tp, fp, fn = counts

    def micro_f1(idx: np.ndarray) -> np.ndarray:
        t = tp[idx].sum(axis=-1)
        return 2 * t / (2 * t + fp[idx].sum(axis=-1) + fn[idx].sum(axis=-1))

    low, high = bootstrap_interval(micro_f1, [len(order)], key=("frames", "passages"), seed=seed)
    return float(low), float(high)


def print_passage_report(labels: pd.DataFrame, predictions: dict[str, list[set[str]]]) -> None:
    """For each named prediction list: micro-F1 with its passage-bootstrap interval, and the
    micro-F1 without the sentences marked ``ambiguous`` in ``note`` (when there is a note)."""
    gold = labels["frame_set"].tolist()
    notes = labels["note"].fillna("").astype(str) if "note" in labels.columns else None
    clear = [i for i in range(len(gold)) if notes is None or "ambiguous" not in notes.iloc[i]]
    print(f"\nmicro-F1, 95% interval resampling passages, without the {len(gold) - len(clear)} "
          "sentences marked ambiguous:")
    for name, pred in predictions.items():
        f1 = fl.frame_agreement(gold, pred).loc["micro", "f1"]
        low, high = passage_interval(gold, pred, labels["id"].astype(str).tolist())
        sub = fl.frame_agreement([gold[i] for i in clear], [pred[i] for i in clear])
        print(f"  {name:<16} {f1:.3f} ({low:.3f}-{high:.3f})  {sub.loc['micro', 'f1']:.3f} "
              f"(n={len(clear)})")


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser of this benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", help="CSV with text and frames columns")
    ap.add_argument("--corpus", help="corpus to split and join on (doc_id, sentence)")
    ap.add_argument("--train", help="CSV to train the supervised classifier on")
    ap.add_argument("--cv", type=int, default=0, help="also cross-validate the classifier")
    ap.add_argument("--by-style", action="store_true", help="micro-F1 per style column")
    ap.add_argument("--loso", action="store_true",
                    help="leave-one-set-out over the team sets (lexicon, model, both)")
    ap.add_argument("--thresholds", default=str(LOSO_THRESHOLD),
                    help="with --loso: comma-separated model thresholds (default: the shipped)")
    ap.add_argument("--C", type=float, default=LOSO_C,
                    help="with --loso: the model's C (default: the shipped)")
    ap.add_argument("--newsmtsc", metavar="DIR",
                    help="off-topic guard: frames given to the NewsMTSC lines of DIR")
    ap.add_argument("--passages", action="store_true",
                    help="micro-F1 interval resampling passages (ids tN-PP-SS), and without "
                         "the sentences marked ambiguous")
    ap.add_argument("--quiet", action="store_true", help="do not list disagreements")
    ap.add_argument("--agreement", nargs="?", const="", metavar="SECOND",
                    help="kappa between two annotators: LABELS and SECOND (default: "
                         "LABELS with _annotator2 added to its name)")
    return ap


def print_classifier_reports(labels: pd.DataFrame, lex_pred: list[set[str]] | None,
                             train_path: str) -> None:
    """Fit the supervised classifier on ``train_path`` (with and without the lexicon's scores)
    and print its agreement with ``labels``, alone and combined with the lexicon (``lex_pred``,
    computed here when ``None``)."""
    train = fl.read_frame_labels(train_path)
    texts = labels["text"].tolist()
    gold = labels["frame_set"].tolist()
    if lex_pred is None:
        lex_pred = lexicon_predictions(texts)[0]
    for name, use_lexicon in (("TF-IDF + lexicon features", True), ("TF-IDF only", False)):
        clf = fc.FrameClassifier(use_lexicon=use_lexicon).fit(
            train["text"].tolist(), train["frame_set"].tolist())
        clf_pred = clf.predict_frames(texts)
        _print_table(f"classifier ({name}) trained on {train_path} ({len(train)} sentences)",
                     fl.frame_agreement(gold, clf_pred))
        union = [a | b for a, b in zip(lex_pred, clf_pred, strict=True)]
        _print_table(f"lexicon OR classifier ({name})", fl.frame_agreement(gold, union))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.agreement is not None:
        second = args.agreement or second_annotator_path(args.labels)
        try:
            print_annotator_agreement(args.labels, second, args.quiet)
        except (FileNotFoundError, ValueError) as exc:
            ap.error(str(exc))
        return 0

    if args.newsmtsc:
        print_off_topic(args.newsmtsc)
        return 0
    if args.loso:
        print_leave_one_set_out(thresholds=[float(t) for t in args.thresholds.split(",")],
                                C=args.C)
        return 0
    lex = fr.load_frame_lexicon()
    if args.corpus:
        corpus = load_corpus(args.corpus)
        table = fl.lexicon_agreement(args.labels, corpus, lex, use_model=False)
        labels = fl.read_frame_labels(args.labels, required=("doc_id", "sentence"))
        print(f"lexicon {lex.version} on {table.attrs['n_sentences']} sentences of "
              f"{args.corpus} ({table.attrs['text_mismatches']} text mismatches with the "
              "corpus split)")
        _print_table("lexicon", table)
        both = fl.lexicon_agreement(args.labels, corpus, lex)
        _print_table("lexicon + shipped model (the default)", both)
        table = both
        if not args.quiet:
            for d in table.attrs["disagreements"]:
                print(f"  {d['doc_id']} #{d['sentence']}: gold {d['gold'] or '-'}, lexicon "
                      f"{d['predicted'] or '-'} ({d['evidence'] or 'no cue'})")
        pred = None
    else:
        labels = fl.read_frame_labels(args.labels)
        texts = labels["text"].tolist()
        gold = labels["frame_set"].tolist()
        ids = labels["id"].astype(str).tolist() if "id" in labels.columns else None
        pred, evidence = lexicon_predictions(texts, ids=ids)
        print(f"lexicon {lex.version} on {len(texts)} labelled sentences of {args.labels}")
        _print_table("lexicon", fl.frame_agreement(gold, pred))
        default = lexicon_predictions(texts, use_model=True, ids=ids)[0]
        _print_table("lexicon + shipped model (the default; in-sample on its training sets)",
                     fl.frame_agreement(gold, default))
        if args.by_style and "style" in labels.columns:
            print("\nmicro-F1 by style (lexicon, lexicon + model):")
            for style, idx in labels.groupby("style").groups.items():
                sub = [fl.frame_agreement([gold[i] for i in idx], [p[i] for i in idx])
                       for p in (pred, default)]
                print(f"  {style:<13} n={len(idx):>3}  {sub[0].loc['micro', 'f1']:.3f}  "
                      f"{sub[1].loc['micro', 'f1']:.3f}")
            for name, p in (("lexicon", pred), ("lexicon + model", default)):
                print(f"\nfalse positives / negatives by style and frame ({name}):")
                print(error_counts(gold, p, labels["style"].tolist()).to_string())
        if args.passages and "id" in labels.columns:
            print_passage_report(labels, {"lexicon": pred, "lexicon + model": default})
        if not args.quiet:
            ids = ids or labels.index.astype(str).tolist()
            print("\ndisagreements (gold | lexicon | evidence):")
            for rid, text, g, p, ev in zip(ids, texts, gold, pred, evidence, strict=True):
                if g != p:
                    print(f"  {rid}: {';'.join(sorted(g)) or '-'} | "
                          f"{';'.join(sorted(p)) or '-'} | {ev or 'no cue'}\n      {text}")
    if args.train:
        print_classifier_reports(labels, pred, args.train)
    if args.cv:
        cv = fc.cross_validate_frames(args.labels, cv=args.cv)
        _print_table(f"classifier, {args.cv}-fold cross-validation", cv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
