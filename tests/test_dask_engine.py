"""``export --engine dask`` on a local Dask cluster (loopback only) gives the local rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from analysis.cli import main  # noqa: E402
from analysis.dask_engine import run_dask  # noqa: E402
from analysis.errors import CorpusError  # noqa: E402
from analysis.io import flat_table  # noqa: E402
from analysis.pipeline import metric_table_parallel, run_export  # noqa: E402

from .conftest import ROOT  # noqa: E402
from .test_pipeline import OUTLETS, _folder_with_bad_file, assert_same_table  # noqa: E402


@pytest.fixture(scope="module")
def client():
    """Two single-threaded workers in this process, talking TCP on 127.0.0.1 only."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                      host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def _joined_csv(parts: list[Path]) -> str:
    """CSV parts (each with its header) as one CSV text."""
    texts = [p.read_text(encoding="utf-8") for p in parts]
    return texts[0] + "".join(t.split("\n", 1)[1] for t in texts[1:])


def test_csv_parts_joined_are_the_local_engine_output(tmp_path, client):
    parts = run_dask(OUTLETS, tmp_path / "parts", unit="sentence", fmt="csv", scheduler=client,
                     chunk_size=3, progress=False)
    assert [p.name for p in parts] == ["part-00000.csv", "part-00001.csv"]
    local = tmp_path / "local.csv"
    run_export(OUTLETS, local, unit="sentence", jobs=1, chunk_size=3, progress=False)
    assert _joined_csv(parts) == local.read_text(encoding="utf-8")


def test_parquet_parts_hold_the_metric_table(tmp_path, client):
    parts = run_dask(OUTLETS, tmp_path / "parts", unit="document", scheduler=client,
                     chunk_size=1, progress=False)
    assert len(parts) == 4 and all(p.suffix == ".parquet" for p in parts)
    got = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
    # Tuples (speakers, keyphrases) are written "; "-joined, as in CSV.
    raw = metric_table_parallel(OUTLETS, jobs=1, chunk_size=1, progress=False)
    want = flat_table(raw)
    assert got["speakers"].tolist() == ["; ".join(names) for names in raw["speakers"]]
    assert any(len(names) > 1 for names in raw["speakers"])
    # Parquet gives strings back as pandas' string dtype; values are compared exactly.
    got = got.astype({c: want[c].dtype for c in want.columns})
    assert_same_table(got, want)


def test_cli_runs_on_a_scheduler_address(tmp_path, client, capsys):
    out = tmp_path / "parts"
    assert main(["export", str(OUTLETS), "--engine", "dask", "--scheduler",
                 client.scheduler.address, "--format", "jsonl", "--chunk-size", "2",
                 "-o", str(out)]) == 0
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 2
    local = tmp_path / "local.jsonl"
    run_export(OUTLETS, local, fmt="jsonl", jobs=1, chunk_size=2, progress=False)
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == \
        local.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""


def test_bad_file_warns_and_strict_mode_writes_no_part(tmp_path, client):
    folder = _folder_with_bad_file(tmp_path)
    with pytest.warns(UserWarning, match="skipped .*bad.txt: binary file"):
        parts = run_dask(folder, tmp_path / "parts", fmt="csv", scheduler=client,
                         chunk_size=2, progress=False)
    assert len(parts) == 3  # bad.txt sorts first: the first chunk keeps one document
    with pytest.raises(CorpusError, match="bad.txt: binary file"):
        run_dask(folder, tmp_path / "strict", fmt="csv", scheduler=client, chunk_size=2,
                 errors="raise", progress=False)
    assert not (tmp_path / "strict").exists()


def test_parts_are_never_written_into_seeds_or_a_used_folder(tmp_path, client):
    with pytest.raises(ValueError, match="refusing to write inside"):
        run_dask(OUTLETS, OUTLETS / "parts", scheduler=client, progress=False)
    used = tmp_path / "used"
    used.mkdir()
    (used / "part-00000.csv").write_text("x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="new or empty folder"):
        run_dask(OUTLETS, used, fmt="csv", scheduler=client, progress=False)
    with pytest.raises(ValueError, match="refusing to write inside"):
        run_dask(OUTLETS, ROOT / "seeds" / "parts", scheduler=client, progress=False)


def test_cli_table_options_reach_the_dask_engine(tmp_path, client):
    export = tmp_path / "in" / "export.csv"
    export.parent.mkdir()
    export.write_text("stories_id,body,publish_date\n"
                      '41,"Seoul and Washington agreed on a consultative group, officials '
                      'said.",04/27/2023\n', encoding="utf-8")
    out = tmp_path / "parts"
    assert main(["export", str(export), "--engine", "dask", "--scheduler",
                 client.scheduler.address, "--format", "csv", "--text-column", "body",
                 "--id-column", "stories_id", "--date-order", "mdy", "-o", str(out)]) == 0
    (part,) = sorted(out.glob("part-*.csv"))
    row = pd.read_csv(part, dtype=str).iloc[0]
    assert (row["doc_id"], row["date"]) == ("41", "2023-04-27")
