"""The shipped target-tone model predicts bit for bit what it predicted when the snapshot in
``tests/fixtures/target_tone_predictions.json.gz`` was taken: on the seed's actor mentions, on
the fixture corpus ``tests/fixtures/outlets`` and (when ``../shared/bench`` is present) on
NewsMTSC dev_rw. Probabilities are stored as ``float.hex`` strings, so any change in the last
bit fails.

A refactoring must leave the snapshot unchanged. The corpus rows were re-taken (existing rows
bit-identical, three rows added) when actor list 3 added White House and Kim Yo Jong mentions,
and again (existing rows bit-identical, two rows added) when actor list 4 added ``the North``.
After a deliberate retraining, rewrite it with
``.venv/bin/python -m tests.test_target_tone_predictions`` and say so in the commit.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from analysis.corpus import load_corpus
from analysis.metrics.actor_tone import actor_tone
from analysis.metrics.target_tone import load_target_tone_model
from analysis.metrics.target_tone.training import read_newsmtsc
from tests.conftest import BENCH, ROOT, SEED_DIR

SNAPSHOT = ROOT / "tests" / "fixtures" / "target_tone_predictions.json.gz"
DEV_RW = BENCH / "stance" / "newsmtsc" / "dev_rw.jsonl"
CORPORA = {"seeds": SEED_DIR, "tests/fixtures/outlets": ROOT / "tests" / "fixtures" / "outlets"}
PROBS = ("p_negative", "p_neutral", "p_positive")


def _corpus_rows(folder: Path) -> list[dict[str, Any]]:
    table = actor_tone(load_corpus(folder))
    return [
        {"doc_id": r["doc_id"], "sentence": int(r["sentence"]), "actor": r["actor"],
         "matched": r["matched"], "tone_label": r["tone_label"],
         "p": [float(r[c]).hex() for c in PROBS]}
        for r in table.to_dict("records")
    ]


def _dev_rw_rows() -> list[dict[str, Any]]:
    df = read_newsmtsc(DEV_RW)
    pred = load_target_tone_model().predict(
        df["text"].tolist(), list(zip(df["start"], df["end"], strict=True)))
    return [{"tone_label": r["tone_label"], "p": [float(r[c]).hex() for c in PROBS]}
            for r in pred.to_dict("records")]


@pytest.fixture(scope="module")
def snapshot() -> dict[str, list[dict[str, Any]]]:
    return json.loads(gzip.decompress(SNAPSHOT.read_bytes()))


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_predictions_match_snapshot_bitwise(snapshot, name) -> None:
    assert _corpus_rows(CORPORA[name]) == snapshot[name]


@pytest.mark.skipif(not DEV_RW.is_file(), reason=f"NewsMTSC dev_rw not found at {DEV_RW}")
def test_newsmtsc_dev_rw_predictions_match_snapshot_bitwise(snapshot) -> None:
    assert _dev_rw_rows() == snapshot["dev_rw"]


def write_snapshot() -> None:
    """Rewrite the snapshot from the current model (after a deliberate retraining only)."""
    data = {name: _corpus_rows(folder) for name, folder in CORPORA.items()}
    data["dev_rw"] = _dev_rw_rows()
    raw = json.dumps(data, sort_keys=True, indent=0).encode("utf-8")
    SNAPSHOT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print({k: len(v) for k, v in data.items()})


if __name__ == "__main__":
    write_snapshot()
