"""Agreement between two frame annotators (``benchmarks/frames.py --agreement``).

The kappas are computed by hand from Cohen (1960): kappa = (p_o - p_e) / (1 - p_e), with p_o
the observed share of agreement and p_e the agreement expected from each annotator's own
rate of saying yes. The sentences were written for this file in the style of wire copy about
the Washington Declaration.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import frames as frames_bench  # benchmarks/frames.py (tests/conftest.py puts it on the path)
import pytest

SENTENCES = [
    "The allies warned of North Korea's growing missile threat.",
    "Biden called the alliance ironclad.",
    "The partners marked 70 years of their bond.",
    "Seoul and Washington will coordinate closely on the follow-up.",
    "Officials from the two governments met in Seoul on Friday.",
    "The submarine left Busan on Wednesday.",
    "The two leaders spoke for 40 minutes.",
    "Yoon flew on to Boston.",
    "Shares in Seoul closed higher.",
    "The text was released after noon.",
]
# Ten sentences, two codings. Per frame, the 2x2 table (both, first only, second only,
# neither) and the hand-computed kappa:
#   alliance   3, 1, 1, 5: p_o = 8/10; p_e = .4*.4 + .6*.6 = .52; kappa = .28/.48 = 7/12
#   threat     1, 0, 0, 9: perfect agreement, kappa = 1
#   deterrence 0, 1, 1, 8: p_o = .8 but p_e = .1*.1 + .9*.9 = .82; kappa = -.02/.18 = -1/9
#   diplomacy  never used: kappa undefined (NaN), agreement 100 %
#   all 40 pairs 4, 2, 2, 32: p_o = .9; p_e = .15*.15 + .85*.85 = .745; kappa = .155/.255
FIRST = [{"alliance", "threat"}, {"alliance"}, {"alliance"}, {"alliance"}, set(),
         {"deterrence"}, set(), set(), set(), set()]
SECOND = [{"alliance", "threat"}, {"alliance"}, {"alliance"}, set(), {"alliance"},
          set(), {"deterrence"}, set(), set(), set()]


def write_labels(path: Path, ids: list[str], texts: list[str], labels: list[set[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "text", "frames"])
        for i, t, s in zip(ids, texts, labels, strict=True):
            w.writerow([i, t, ";".join(sorted(s))])
    return path


IDS = [f"t{i:02d}" for i in range(len(SENTENCES))]


def test_kappa_matches_hand_computed_values():
    table = frames_bench.annotator_agreement(FIRST, SECOND)
    assert table.loc["alliance", "kappa"] == pytest.approx(7 / 12)
    assert table.loc["threat", "kappa"] == pytest.approx(1.0)
    assert table.loc["deterrence", "kappa"] == pytest.approx(-1 / 9)
    assert math.isnan(table.loc["diplomacy", "kappa"])
    assert table.loc["all", "kappa"] == pytest.approx(0.155 / 0.255)


def test_percent_agreement_and_counts_per_frame():
    table = frames_bench.annotator_agreement(FIRST, SECOND)
    assert table.loc["alliance", ["both", "first_only", "second_only", "neither"]].tolist() \
        == [3, 1, 1, 5]
    assert table.loc["alliance", "percent_agreement"] == pytest.approx(80.0)
    # High raw agreement on a rare frame can still be below chance: kappa is negative.
    assert table.loc["deterrence", "percent_agreement"] == pytest.approx(80.0)
    assert table.loc["diplomacy", "percent_agreement"] == pytest.approx(100.0)
    assert table["disagreements"].to_dict() == {"deterrence": 2, "diplomacy": 0,
                                                "alliance": 2, "threat": 0, "all": 4}


def test_binary_kappa_is_nan_only_when_both_codings_are_constant():
    assert math.isnan(frames_bench.binary_kappa([False] * 4, [False] * 4))
    assert frames_bench.binary_kappa([True, True, False, False], [False, False, True, True]) \
        == pytest.approx(-1.0)
    with pytest.raises(ValueError, match="different lengths"):
        frames_bench.binary_kappa([True], [True, False])


def test_files_are_joined_on_id_whatever_their_order(tmp_path):
    first = write_labels(tmp_path / "set.csv", IDS, SENTENCES, FIRST)
    order = list(reversed(range(len(IDS))))
    second = write_labels(tmp_path / "set_annotator2.csv", [IDS[i] for i in order],
                          [SENTENCES[i] for i in order], [SECOND[i] for i in order])
    pairs = frames_bench.paired_annotations(first, second)
    assert pairs["id"].tolist() == IDS
    assert pairs["second"].tolist() == SECOND


def test_files_with_different_ids_or_texts_are_refused(tmp_path):
    first = write_labels(tmp_path / "a.csv", IDS, SENTENCES, FIRST)
    fewer = write_labels(tmp_path / "b.csv", IDS[:-1], SENTENCES[:-1], SECOND[:-1])
    with pytest.raises(ValueError, match=r"a\.csv and .*b\.csv label different sentences.*t09"):
        frames_bench.paired_annotations(first, fewer)
    edited = write_labels(tmp_path / "c.csv", IDS, SENTENCES[:-1] + ["Another text."], SECOND)
    with pytest.raises(ValueError, match=r"different texts for id\(s\) \['t09'\]"):
        frames_bench.paired_annotations(first, edited)


def test_agreement_option_reads_the_annotator2_file_by_default(tmp_path, capsys):
    first = write_labels(tmp_path / "set.csv", IDS, SENTENCES, FIRST)
    write_labels(tmp_path / "set_annotator2.csv", IDS, SENTENCES, SECOND)
    assert frames_bench.second_annotator_path(first) == tmp_path / "set_annotator2.csv"
    assert frames_bench.main([str(first), "--agreement"]) == 0
    out = capsys.readouterr().out
    alliance = next(line for line in out.splitlines() if line.startswith("alliance"))
    assert alliance.split()[1:3] == ["0.583", "80.0"]
    assert "t03: alliance | -" in out
    assert "t04: - | alliance" in out


def test_agreement_option_names_a_missing_second_file(tmp_path, capsys):
    first = write_labels(tmp_path / "set.csv", IDS, SENTENCES, FIRST)
    with pytest.raises(SystemExit) as exit_info:
        frames_bench.main([str(first), "--agreement"])
    assert exit_info.value.code == 2
    assert "set_annotator2.csv: labels file not found" in capsys.readouterr().err
