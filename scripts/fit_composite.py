"""Fit the composite readability grade and write ``analysis/resources/composite_grade.json``.

Usage (from the project root)::

    .venv/bin/python scripts/fit_composite.py [--out PATH]
        [--data ../shared/bench/readability/onestopenglish-dev]

Reads the leveled set (:func:`leveled.read_levels`), records the out-of-fold figures
of every variant of :data:`analysis.metrics.composite.FEATURE_SETS` (``GroupKFold(5)`` by
article), fits
the shipped variant (length-free) on all texts and writes the JSON artefact. Deterministic: no
random components, numbers rounded to 6 significant digits, keys in a fixed order, so a re-run
gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # the leveled-set reader

import leveled as lv  # noqa: E402

from analysis.metrics import composite as cg  # noqa: E402
from analysis.metrics import composite_fit as cf  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "readability" / "onestopenglish-dev"
DEFAULT_OUT = ROOT / "analysis" / "resources" / cg.RESOURCE_NAME
VERSION = "1.0.0"


def cv_scores(table, n_splits: int = 5) -> dict[str, dict[str, Any]]:
    """Out-of-fold figures of every variant on a leveled table (``rank``, ``article``)."""
    ranks, groups = table["rank"].to_numpy(), table["article"].to_numpy()
    out = {}
    for name, features in cg.FEATURE_SETS.items():
        oof = cf.cross_validated_composite(table, ranks, groups, features, n_splits)
        out[name] = {
            "features": list(features),
            "cross_article_accuracy": round(lv.cross_level_accuracy(oof, ranks, groups)[0], 4),
            "pooled_spearman": round(lv.pooled_spearman(oof, ranks)[0], 4),
            "within_article_pair_accuracy":
                round(lv.within_group_pair_accuracy(oof, ranks, groups)[0], 4),
        }
    return out


def build_artefact(table, data_name: str, n_splits: int = 5) -> dict[str, Any]:
    """Fit the shipped variant on ``table`` and return the artefact record (a dict)."""
    import sklearn

    ranks = table["rank"].to_numpy()
    cv = cv_scores(table, n_splits)
    meta = {
        "name": "composite_grade",
        "version": VERSION,
        "description": (
            "Relative readability score for comparing texts (higher = harder): "
            "intercept + sum(coefficient * (ratio - mean) / scale) over the ratios below, "
            "each numerator/denominator of base counts of analysis.metrics.readability; NaN when "
            "n_words or n_sentences is 0. Scaled so that on the training texts it has the mean "
            "and standard deviation of their Flesch-Kincaid grade. No length feature."),
        "variant": cg.SHIPPED_VARIANT,
        "model": (f"scikit-learn {sklearn.__version__} LogisticRegression(C={cg.PAIRWISE_C}, "
                  "fit_intercept=False, lbfgs) on differences of standardised features of "
                  "every pair of texts of different level (both directions); scores then mapped "
                  f"linearly to the mean/sd of {cg.CALIBRATION_MEASURE} on the training texts"),
        "training": {
            "data": data_name,
            "source": "OneStopEnglish (Vajjala & Lucic 2018, CC BY-SA 4.0): articles "
                      "rewritten at three levels, rank 0 elementary, 1 intermediate, 2 advanced",
            "n_texts": int(len(table)),
            "n_articles": int(table["article"].nunique()),
            "cv": f"GroupKFold({n_splits}) by article, out-of-fold scores",
            "cv_scores": cv,
        },
    }
    model = cf.fit_composite(table, ranks, cg.FEATURE_SETS[cg.SHIPPED_VARIANT], meta=meta)
    return model.to_dict()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA),
                    help="leveled set with levels.jsonl (default: %(default)s)")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="artefact path (default: %(default)s)")
    args = ap.parse_args(argv)
    data = Path(args.data)
    try:
        table = lv.read_levels(data)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    record = build_artefact(table, data.resolve().name)
    out = Path(args.out)
    from analysis.io import write_text_atomic

    write_text_atomic(out, json.dumps(record, indent=2) + "\n")
    for name, s in record["training"]["cv_scores"].items():
        print(f"{name:12s} cross-article {s['cross_article_accuracy']:.3f}  "
              f"spearman {s['pooled_spearman']:.3f}  within-pairs "
              f"{s['within_article_pair_accuracy']:.3f}")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
