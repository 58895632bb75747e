"""Per-frame combination rules of ``benchmarks/frames_combine.py`` on hand-made tables."""

from __future__ import annotations

import frames_combine as fc  # benchmarks/frames_combine.py (tests/conftest.py puts it on the path)
import numpy as np
import pandas as pd


def table(rows: list[tuple[str, str, bool, bool, float]]) -> pd.DataFrame:
    """(id, frame, gold, default, encoder p) rows; the lexicon follows the default."""
    tab = pd.DataFrame(rows, columns=["id", "frame", "gold", "default", "p_enc"])
    tab["lex"], tab["p_tfidf"], tab["set"] = tab["default"], 0.5, "team10"
    return tab


def test_rule_applies_each_frames_threshold_and_veto() -> None:
    tab = table([("t10-01-01", "deterrence", True, False, 0.92),   # added at 0.90
                 ("t10-01-02", "threat", False, False, 0.92),       # not added at 0.95
                 ("t10-01-03", "deterrence", False, True, 0.03),    # vetoed below 0.05
                 ("t10-01-04", "alliance", True, True, 0.03)])      # alliance has no veto
    t = {"deterrence": 0.90, "diplomacy": 0.8, "alliance": 0.8, "threat": 0.95}
    v = {"deterrence": 0.05, "diplomacy": 0.0, "alliance": 0.0, "threat": 0.0}
    assert fc.rule(tab, t, v).tolist() == [True, False, False, True]


def test_search_finds_the_threshold_between_false_and_true_encoder_frames() -> None:
    # Deterrence: the encoder is right at 0.96 and wrong at 0.87, so only 0.9 or 0.95 keep the
    # one and drop the other (the lower wins the tie); threat: right at 0.82 and never wrong,
    # so the lowest threshold of the grid; a default deterrence frame the encoder gives 0.01
    # is wrong, so the veto grid drops it at 0.02.
    tab = table([("t11-01-01", "deterrence", True, False, 0.96),
                 ("t11-01-02", "deterrence", False, False, 0.87),
                 ("t11-01-03", "threat", True, False, 0.82),
                 ("t11-01-04", "deterrence", False, True, 0.01),
                 ("t11-01-05", "diplomacy", True, True, 0.40)])
    t, v = fc.search_rule(tab, (0.0,))
    assert (t["deterrence"], t["threat"], t["diplomacy"]) == (0.9, 0.5, 0.5)
    assert set(v.values()) == {0.0}
    t, v = fc.search_rule(tab, fc.V_GRID)
    assert (t["deterrence"], v["deterrence"], v["diplomacy"]) == (0.9, 0.02, 0.0)
    assert fc.rule(tab, t, v).tolist() == [True, False, True, False, True]


def test_micro_f1_and_a_paired_bootstrap_of_equal_predictions() -> None:
    gold = np.array([True, True, False, False])
    assert fc.micro_f1(gold, np.array([True, False, True, False])) == 0.5  # 2 / (2 + 1 + 1)
    tab = table([("t12-01-01", "threat", True, True, 0.9),
                 ("t12-02-01", "threat", False, True, 0.9)])
    pred = tab["default"].to_numpy()
    assert fc.paired_bootstrap(tab, pred, pred, n=50) == (0.0, 0.0, 1.0)
