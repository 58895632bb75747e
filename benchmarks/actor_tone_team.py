"""Score the package's tone-toward-actors model on the team's actor set.

Usage (from the project root)::

    .venv/bin/python benchmarks/actor_tone_team.py [LABELS.csv] [--kind encoder|linear]
        [--model PATH] [--blend W] [--role-blend W] [--critic-weight W] [--errors]

The model options are those of ``benchmarks/target_tone.py`` (default: the shipped default).
Critics lean neutral as in :func:`analysis.metrics.actor_tone.actor_tone` (weight
:data:`analysis.metrics.target_tone.CRITIC_NEUTRAL_WEIGHT`; ``--critic-weight 0`` turns it off).

``LABELS.csv`` (default ``data/actor_tone_team.csv``, described in
``data/actor_tone_team_README.md``) holds one actor mention per row: ``id``, ``text``,
``actor`` (the mention as it appears, once, as a whole word), gold ``label``
(negative/neutral/positive) and ``role``. Each mention is scored through
the model's ``predict``, :func:`analysis.metrics.target_tone.lean_critics_neutral` and
:func:`analysis.metrics.target_tone.mark_questions` (a mention in a question is
``uncertain``), the calls
:func:`analysis.metrics.actor_tone.actor_tone` makes. Printed, in percent unless said:

* ``macro-F1`` and ``accuracy`` of the argmax of the calibrated probabilities (an
  ``uncertain`` mention counts as its most probable class, as in ``benchmarks/target_tone.py``),
  and of the confidently labelled mentions alone;
* the confusion matrix of gold label against the package's label (``uncertain`` a column);
* the issue's check: mentions whose gold role is adverse (:data:`ADVERSE_ROLES`: deterred,
  countered, condemned, sanctioned, punished, isolated, or the source of a threat) that the
  package labels *positive* (should be 0), and how many of them the argmax alone would call
  positive; the share ``uncertain``;
* how often the package's role detector (``role``) finds an adverse gold role, and how often it
  fires on a mention whose gold role is not adverse.

``--errors`` lists every mention whose argmax label is wrong.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.metrics import target_tone as tt  # noqa: E402
from benchmarks.target_tone import add_model_options, load_model  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1] / "data" / "actor_tone_team.csv"
ADVERSE_ROLES = frozenset({"deter_object", "counter_object", "condemn_object",
                           "sanction_object", "punish_object", "isolate_object",
                           "threat_source"})
"""Gold role tags under which a mention must never be labelled positive."""

REQUIRED = ("id", "text", "actor", "label", "role")


def mention_span(text: str, actor: str) -> tuple[int, int] | None:
    """Span of the one whole-word occurrence of ``actor`` in ``text`` (``None`` unless it
    occurs exactly once)."""
    hits = list(re.finditer(r"(?<!\w)" + re.escape(actor) + r"(?!\w)", text))
    return hits[0].span() if len(hits) == 1 else None


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of a team CSV with their mention ``span``; raises :class:`ValueError` naming the
    file and row for a missing column, an unknown label or an actor not found exactly once."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {missing}")
        rows = list(reader)
    for i, row in enumerate(rows, start=2):
        if row["label"] not in tt.LABELS:
            raise ValueError(f"{path}, line {i} ({row['id']}): label {row['label']!r} is not "
                             f"one of {tt.LABELS}")
        span = mention_span(row["text"], row["actor"])
        if span is None:
            raise ValueError(f"{path}, line {i} ({row['id']}): actor {row['actor']!r} must "
                             "occur exactly once in text as a whole word")
        row["span"] = span
    return rows


def score(rows: list[dict[str, Any]], pred: Any) -> dict[str, Any]:
    """Scores of predictions ``pred`` (``TargetToneModel.predict`` output, row-aligned)."""
    import numpy as np
    from sklearn.metrics import accuracy_score, f1_score

    gold = np.array([tt.LABELS.index(r["label"]) for r in rows])
    proba = pred[[f"p_{lab}" for lab in tt.LABELS]].to_numpy()
    top = proba.argmax(axis=1)
    label = pred["tone_label"].to_numpy()
    sure = label != tt.UNCERTAIN
    adverse = np.array([r["role"] in ADVERSE_ROLES for r in rows])
    found = np.isin(pred["role"].to_numpy(), tt.ROLES)
    condemner = np.array([r["role"] == "condemner" for r in rows])
    critic = pred["role"].to_numpy() == tt.CRITIC

    def f1(mask: Any) -> float:
        return 100 * f1_score(gold[mask], top[mask], average="macro", labels=[0, 1, 2])

    cols = (*tt.LABELS, tt.UNCERTAIN)
    confusion = [[int(((gold == g) & (label == c)).sum()) for c in cols]
                 for g in range(len(tt.LABELS))]
    return {
        "n": len(rows), "f1": f1(np.ones(len(rows), dtype=bool)),
        "acc": 100 * accuracy_score(gold, top), "f1_conf": f1(sure),
        "acc_conf": 100 * float((top[sure] == gold[sure]).mean()),
        "uncertain": 100 * float((~sure).mean()), "confusion": confusion, "columns": cols,
        "adverse": int(adverse.sum()),
        "adverse_positive": int((adverse & (label == "positive")).sum()),
        "adverse_argmax_positive": int((adverse & (top == 2)).sum()),
        "adverse_uncertain": int((adverse & ~sure).sum()),
        "role_found": int((adverse & found).sum()),
        "role_false": int((~adverse & found).sum()),
        "condemners": int(condemner.sum()), "critic_found": int((condemner & critic).sum()),
        "critic_false": int((~condemner & critic).sum()),
        "errors": [i for i in range(len(rows)) if top[i] != gold[i]],
    }


def report(res: dict[str, Any]) -> None:
    """Print the scores of :func:`score`."""
    print(f"mentions {res['n']}: macro-F1 {res['f1']:.1f}, accuracy {res['acc']:.1f} "
          f"(argmax; uncertain {res['uncertain']:.1f}%); confident only: macro-F1 "
          f"{res['f1_conf']:.1f}, accuracy {res['acc_conf']:.1f}")
    print("gold \\ package " + "".join(f"{c:>11}" for c in res["columns"]))
    for lab, row in zip(tt.LABELS, res["confusion"], strict=True):
        print(f"{lab:<15}" + "".join(f"{v:>11}" for v in row))
    print(f"adverse gold role (deter/counter/condemn/sanction/punish/isolate/threat source): "
          f"{res['adverse']} mentions; labelled positive {res['adverse_positive']} (argmax "
          f"positive {res['adverse_argmax_positive']}), uncertain {res['adverse_uncertain']}")
    print(f"role detector: finds {res['role_found']} of {res['adverse']} adverse gold roles; "
          f"fires on {res['role_false']} of {res['n'] - res['adverse']} other mentions")
    print(f"critic detector: finds {res['critic_found']} of {res['condemners']} gold condemners; "
          f"fires on {res['critic_false']} of {res['n'] - res['condemners']} other mentions")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description="Score the tone model on the team actor set.")
    ap.add_argument("labels", nargs="?", default=str(DEFAULT), help="team CSV")
    add_model_options(ap)
    ap.add_argument("--errors", action="store_true", help="list the wrong argmax labels")
    args = ap.parse_args(argv)
    path = Path(args.labels)
    if not path.is_file():
        print(f"error: no such file {path}", file=sys.stderr)
        return 2
    try:
        rows = read_rows(path)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    model = load_model(args.kind, args.model, args.blend, args.role_blend)
    pred = model.predict([r["text"] for r in rows], [r["span"] for r in rows])
    weight = tt.CRITIC_NEUTRAL_WEIGHT if args.critic_weight is None else args.critic_weight
    pred = tt.lean_critics_neutral(pred, weight, model.uncertain_below)
    pred = tt.mark_questions(pred, [r["text"] for r in rows], [r["span"] for r in rows])
    res = score(rows, pred)
    print(f"{path.name}, model {model.meta.get('model_version', '?')}, critic weight {weight}")
    report(res)
    if args.errors:
        for i in res["errors"]:
            r, p = rows[i], pred.iloc[i]
            print(f"{r['id']} {r['actor']!r} gold {r['label']} ({r['role']}) -> "
                  f"{p['tone_label']} [{p['p_negative']:.2f} {p['p_neutral']:.2f} "
                  f"{p['p_positive']:.2f}] role={p['role'] or '-'}: {r['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
