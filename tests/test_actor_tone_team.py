"""Tests for ``benchmarks/actor_tone_team.py`` (scoring the tone model on the team actor set)
and for the set's own consistency (``data/actor_tone_team.csv``)."""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from actor_tone_team import ADVERSE_ROLES, DEFAULT, mention_span, read_rows, score

from analysis.metrics.actors import find_actor_mentions


def _write(path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "text", "actor", "label", "role"])
        w.writeheader()
        w.writerows(rows)


def test_mention_span_needs_exactly_one_whole_word_occurrence() -> None:
    assert mention_span("Yoon met Biden.", "Biden") == (9, 14)
    assert mention_span("North Korean troops massed.", "North Korea") is None
    assert mention_span("Seoul and Seoul.", "Seoul") is None


def test_read_rows_names_file_row_and_problem(tmp_path) -> None:
    path = tmp_path / "set.csv"
    _write(path, [{"id": "a1", "text": "Seoul spoke.", "actor": "Seoul", "label": "neutral",
                   "role": "agent_neutral"},
                  {"id": "a2", "text": "Tokyo spoke.", "actor": "Seoul", "label": "neutral",
                   "role": "agent_neutral"}])
    with pytest.raises(ValueError, match=r"set\.csv, line 3 \(a2\): actor 'Seoul'"):
        read_rows(path)
    _write(path, [{"id": "b1", "text": "Seoul spoke.", "actor": "Seoul", "label": "good",
                   "role": "praised"}])
    with pytest.raises(ValueError, match=r"line 2 \(b1\): label 'good'"):
        read_rows(path)


def test_score_counts_adverse_positive_and_confusion() -> None:
    rows = [{"label": "negative", "role": "deter_object"},
            {"label": "negative", "role": "threat_source"},
            {"label": "neutral", "role": "mentioned"},
            {"label": "positive", "role": "praised"}]
    pred = pd.DataFrame({
        "tone_label": ["positive", "uncertain", "neutral", "positive"],
        "p_negative": [0.1, 0.3, 0.2, 0.1], "p_neutral": [0.2, 0.2, 0.7, 0.1],
        "p_positive": [0.7, 0.5, 0.1, 0.8],
        "role": ["pressure_object", "", "", ""]})
    res = score(rows, pred)
    assert res["adverse"] == 2
    assert res["adverse_positive"] == 1
    assert res["adverse_argmax_positive"] == 2
    assert res["adverse_uncertain"] == 1
    assert (res["role_found"], res["role_false"]) == (1, 0)
    assert res["confusion"] == [[0, 0, 1, 1], [0, 1, 0, 0], [0, 0, 1, 0]]
    assert res["acc"] == 50.0
    assert res["uncertain"] == 25.0
    assert res["errors"] == [0, 1]


def test_team_set_follows_its_readme() -> None:
    """Every mention is what the package's actor matcher finds there, and every adverse role
    is labelled negative (the README's rule)."""
    rows = read_rows(DEFAULT)
    assert len(rows) == 232
    for r in rows:
        start, end = r["span"]
        assert any(m[0] == start and m[1] == end and m[2] == r["actor_name"]
                   for m in find_actor_mentions(r["text"])), r["id"]
        if r["role"] in ADVERSE_ROLES:
            assert r["label"] == "negative", r["id"]
