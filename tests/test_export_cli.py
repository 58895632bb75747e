"""`python -m analysis export`: the metric table on disk, and its errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from analysis.cli import main
from analysis.metrics.frames import FRAMES
from tests.conftest import ROOT, SEED, SEED_DIR


def test_sentence_export_of_the_seed_has_17_attributed_rows(tmp_path):
    out = tmp_path / "sentences.csv"
    assert main(["export", str(SEED_DIR), "--unit", "sentence", "--format", "csv",
                 "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 17
    assert [r["sentence"] for r in rows] == [str(i) for i in range(1, 18)]
    speakers = {int(r["sentence"]): r["speaker"] for r in rows}
    assert {i for i, s in speakers.items() if s == "Biden"} == {3, 4, 7, 8, 9}
    assert speakers[13] == "GlobalData"
    assert speakers[15] == "Washington Declaration"
    assert rows[0]["voice"] == "authorial" and rows[6]["voice"] == "quoted"
    for column in ("flesch_kincaid_grade", "gunning_fog", "dale_chall", "reason"):
        assert column in rows[0]


def test_document_export_as_jsonl_writes_null_for_undefined_values(tmp_path):
    out = tmp_path / "docs.jsonl"
    assert main(["export", str(SEED), "--format", "jsonl", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert row["doc_id"] == "washington_declaration_nuclear_consultative_group"
    assert row["paragraph"] is None and row["sentence"] is None
    assert row["n_sentences"] == 17 and row["n_words"] == 387
    assert row["smog_index"] is None  # 17 sentences < 30: undefined, with a reason
    assert "smog" in row["reason"]


def test_paragraph_export_has_one_row_per_paragraph(capsys):
    assert main(["export", str(SEED_DIR), "--unit", "paragraph"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [int(r["paragraph"]) for r in rows] == list(range(1, 13))
    # paragraph rows list their speakers ("; "-joined in CSV) and have no quote kind
    assert rows[5]["speakers"] == "Biden" and rows[5]["voice"] == "quoted"
    assert "quote" not in rows[5] and "speaker" not in rows[5]


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty file"), (b" \n\n ", "only whitespace"),
     (b"\xff\xfeb\x00a\x00d\x00", "UTF-16 text, not UTF-8"), (b"na\xefve text", "not valid UTF-8")],
)
def test_bad_input_gives_one_line_error_and_writes_nothing(tmp_path, capsys, content, problem):
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(content)
    out = tmp_path / "out" / "table.csv"
    out.parent.mkdir()
    assert main(["export", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {bad}: ") and problem in err
    assert len(err.splitlines()) == 1
    assert list(out.parent.iterdir()) == []  # no table, no temporary file


def test_missing_path_is_a_clear_error(tmp_path, capsys):
    assert main(["export", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {tmp_path / 'missing'}: no such file or directory"


def test_export_refuses_to_write_into_seeds_or_the_input_folder(tmp_path, capsys):
    before = sorted(p.name for p in SEED_DIR.iterdir())
    assert main(["export", str(SEED_DIR), "-o", str(SEED_DIR / "table.csv")]) == 2
    assert "refusing to write inside the input folder" in capsys.readouterr().err
    assert sorted(p.name for p in SEED_DIR.iterdir()) == before
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    assert main(["export", str(tmp_path), "-o", str(tmp_path / "sub" / "t.csv")]) == 2


def test_folder_with_a_bad_file_warns_and_exports_the_rest(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("A fine sentence. Another one.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    assert main(["export", str(tmp_path), "--unit", "sentence"]) == 0
    captured = capsys.readouterr()
    assert "warning: skipped" in captured.err and "bad.txt: binary file" in captured.err
    assert len(list(csv.DictReader(io.StringIO(captured.out)))) == 2
    assert main(["export", str(tmp_path), "--strict"]) == 2


def test_module_entry_point_runs_as_a_command():
    done = subprocess.run([sys.executable, "-m", "analysis", "export", str(SEED), "--unit",
                           "sentence"], capture_output=True, text=True, cwd=ROOT, check=True)
    assert len(list(csv.DictReader(io.StringIO(done.stdout)))) == 17


def test_keyphrases_command_writes_one_json_line_per_document(tmp_path):
    out = tmp_path / "kp.jsonl"
    assert main(["keyphrases", str(ROOT / "tests" / "fixtures" / "outlets"), "-k", "5",
                 "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in rows] == ["eastern_ledger_2023-04-27",
                                           "eastern_ledger_2023-05-02",
                                           "harbor_times_2023-04-26", "pacific_wire_2023-04-26"]
    assert all(set(r) == {"doc_id", "keyphrases"} and len(r["keyphrases"]) == 5 for r in rows)


def test_seed_keyphrases_name_the_peninsula_and_the_consultative_group(capsys):
    assert main(["keyphrases", str(SEED), "-k", "10"]) == 0
    row = json.loads(capsys.readouterr().out)
    lowered = [p.lower() for p in row["keyphrases"]]
    assert "korean peninsula" in lowered and "nuclear consultative group" in lowered


def test_document_rows_carry_keyphrases_and_stance_summaries(tmp_path):
    from analysis.corpus import load_corpus
    from analysis.export import metric_table

    table = metric_table(load_corpus(SEED_DIR), unit="document")
    row = table.iloc[0]
    assert isinstance(row["keyphrases"], tuple) and "Korean Peninsula" in row["keyphrases"]
    assert row["speakers"] == ("Biden", "GlobalData", "Washington Declaration")
    # Shares of the 17 sentences carrying each frame (the lexicon's seed output).
    assert row["share_alliance"] == pytest.approx(11 / 17)
    assert row["share_diplomacy"] == pytest.approx(1 / 17)
    assert row["tone_ci_low"] < row["tone"] < row["tone_ci_high"]


def test_sentence_rows_carry_frames_with_evidence(tmp_path):
    from analysis.corpus import load_corpus
    from analysis.export import metric_table

    table = metric_table(load_corpus(SEED_DIR), unit="sentence").set_index("sentence")

    def frames(i):
        return {f for f in FRAMES if table.loc[i, f"frame_{f}"]}

    assert frames(4) == {"diplomacy"}
    assert "diplomatic breakthroughs" in table.loc[4, "frame_evidence"]
    assert frames(1) == {"alliance", "deterrence"}
    # a frame is on when its score reaches the lexicon's threshold (1.0)
    for f in FRAMES:
        assert (table[f"frame_{f}"] == (table[f"score_{f}"] >= 1.0)).all(), f


@pytest.mark.parametrize(("stop", "status", "name"), [("ctrl-c", 130, "SIGINT"),
                                                      ("sigterm", 143, "SIGTERM")])
def test_an_interrupted_export_says_so_and_leaves_no_file(tmp_path, capsys, monkeypatch, stop,
                                                          status, name):
    import os
    import signal

    import analysis.pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "herald.txt").write_text("Seoul and Washington launched a nuclear consultative "
                                       "group on Wednesday, officials said.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()

    def stopped(*args, **kwargs):
        assert [p.name for p in out.iterdir()][0].startswith(".table.csv.")  # half-written
        if stop == "ctrl-c":
            raise KeyboardInterrupt
        os.kill(os.getpid(), signal.SIGTERM)  # kill PID, a scheduler's time limit

    monkeypatch.setattr(analysis.pipeline, "table_chunk", stopped)
    before = signal.getsignal(signal.SIGTERM)
    assert main(["export", str(corpus), "--jobs", "1", "-o", str(out / "table.csv")]) == status
    assert capsys.readouterr().err == (f"error: interrupted ({name}); {out / 'table.csv'}: "
                                       "nothing written\n")
    assert list(out.iterdir()) == []  # neither the table nor its temporary file
    assert signal.getsignal(signal.SIGTERM) == before


def test_warnings_of_one_kind_are_shown_five_times_then_counted(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    export = tmp_path / "in" / "mediacloud.csv"
    rows = [f'{n},Yonhap,2023. 4. {n}.,"Seoul and Washington met for talks, officials said."'
            for n in range(20, 28)]
    export.write_text("stories_id,media_name,publish_date,text\n" + "\n".join(rows) + "\n",
                      encoding="utf-8")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "docs.csv"
    assert main(["export", str(export), "--id-column", "stories_id", "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    first = (f"{export}: row 1: field 'date': '2023. 4. 20.' is not a date in a known form "
             "(YYYY-MM-DD, a datetime, April 28, 2023, 28 April 2023 or 28/04/2023, each with "
             "an optional time and zone such as 10:30 KST); date left empty (NaT), text kept")
    assert err[0] == f"warning: {first}"
    assert [line.split(": ")[2] for line in err[:5]] == [f"row {n}" for n in range(1, 6)]
    assert err[5:] == [f"warning: 3 more warnings like the first (8 in all) not shown: {first}"]
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 8


def test_output_format_follows_the_file_ending_unless_named(tmp_path, capsys):
    import pandas as pd

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "herald.txt").write_text("Seoul and Washington launched a nuclear consultative "
                                       "group on Wednesday, officials said.", encoding="utf-8")
    parquet, jsonl, named = (tmp_path / n for n in ("docs.parquet", "docs.jsonl", "docs.out"))
    assert main(["export", str(corpus), "-o", str(parquet)]) == 0
    assert parquet.read_bytes()[:4] == b"PAR1"
    assert list(pd.read_parquet(parquet)["doc_id"]) == ["herald"]
    assert main(["export", str(corpus), "-o", str(jsonl)]) == 0
    assert json.loads(jsonl.read_text(encoding="utf-8"))["doc_id"] == "herald"
    assert main(["export", str(corpus), "--format", "jsonl", "-o", str(named)]) == 0
    assert named.read_text(encoding="utf-8").startswith('{"doc_id": "herald"')
    wrong = tmp_path / "dups.parquet"
    assert main(["duplicates", str(corpus), "-o", str(wrong)]) == 2
    assert capsys.readouterr().err == (f"error: {wrong}: duplicates writes csv or jsonl, not "
                                       "parquet; name a .csv or .jsonl file\n")
    assert not wrong.exists()
    for ending, fmt in ((".json", "json"), (".csv.gz", "compressed")):
        wrong = tmp_path / f"docs{ending}"
        assert main(["export", str(corpus), "-o", str(wrong)]) == 2
        assert capsys.readouterr().err == (f"error: {wrong}: export writes csv or jsonl or "
                                           f"parquet, not {fmt}; name a .csv or .jsonl or "
                                           ".parquet file\n")
        assert not wrong.exists()


def test_frames_encoder_gives_the_notebooks_frames_in_every_chunk(tmp_path):
    import pandas as pd

    from analysis import load_corpus, sentence_table

    outlets = ROOT / "tests" / "fixtures" / "outlets"
    out = tmp_path / "enc.csv"
    assert main(["export", str(outlets), "--unit", "sentence", "--frames", "encoder",
                 "--jobs", "1", "--chunk-size", "2", "--no-progress", "-o", str(out)]) == 0
    exported = pd.read_csv(out)
    corpus = load_corpus(outlets)
    encoder = sentence_table(corpus, frames="encoder")
    default = sentence_table(corpus)
    for frame in FRAMES:
        column = f"frame_{frame}"
        assert exported[column].tolist() == encoder[column].tolist(), frame
    # the encoder adds alliance sentences the lexicon and its model leave: the option reached
    # the workers (without it the export equals the default table)
    assert exported["frame_alliance"].sum() > default["frame_alliance"].sum()


def test_frames_other_than_the_sources_are_refused(capsys):
    with pytest.raises(SystemExit):
        main(["export", str(SEED_DIR), "--frames", "bert"])
    assert "invalid choice: 'bert'" in capsys.readouterr().err


def test_reuse_with_nothing_shared_says_so_on_stderr_and_writes_no_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Seoul and Washington met on Monday to plan drills.\n")
    (tmp_path / "b.txt").write_text("A different story about the weather in Busan today.\n")
    assert main(["reuse", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.strip() == "reuse: no shared passage in 2 documents"


def test_duplicates_with_no_copy_says_so_on_stderr_and_keeps_its_rows(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Seoul and Washington met on Monday to plan drills.\n")
    (tmp_path / "b.txt").write_text("A different story about the weather in Busan today.\n")
    assert main(["duplicates", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert out.err.strip() == "duplicates: no copy among 2 documents"
    # an original's similarity is empty and its reason says why: these one-sentence texts
    # (9 words, 5 shingles) are too short to be called copies
    assert out.out.splitlines() == ["doc_id,duplicate_of,similarity,reason",
                                    "a,,,too short to compare (fewer than 10 shingles)",
                                    "b,,,too short to compare (fewer than 10 shingles)"]


@pytest.mark.parametrize("argv, error", [
    (["reuse", "{seeds}", "--min-words", "0"],
     "error: --min-words (0) must be at least the shingle size (5)\n"),
    (["duplicates", "{seeds}", "--threshold", "2"],
     "error: --threshold must be in (0, 1], not 2.0\n"),
    (["keyphrases", "{seeds}", "-o", "{tmp}/kp.csv"],
     "error: {tmp}/kp.csv: keyphrases writes JSON lines, not csv; name a .jsonl file\n"),
    (["quotes", "{seeds}", "-o", "{tmp}/q.parquet"],
     "error: {tmp}/q.parquet: quotes writes JSON lines, not parquet; name a .jsonl file\n"),
    (["export", "{seeds}", "--reference", "{seed}", "-o", "{tmp}/docs.csv"],
     "error: --reference needs --reuse (reference texts are read for the reuse columns only)\n"),
    (["export", "{seeds}", "--engine", "dask", "--reference", "{seed}", "-o", "{tmp}/parts"],
     "error: --reference needs --reuse (reference texts are read for the reuse columns only)\n"),
])
def test_misused_options_are_named_as_options_and_write_nothing(argv, error, tmp_path, capsys):
    values = {"seeds": str(SEED_DIR), "seed": str(SEED), "tmp": str(tmp_path)}
    assert main([a.format(**values) for a in argv]) == 2
    assert capsys.readouterr().err == error.format(**values)
    assert list(tmp_path.iterdir()) == []


def test_keyphrases_write_json_lines_to_a_jsonl_file(tmp_path):
    out = tmp_path / "kp.jsonl"
    assert main(["keyphrases", str(SEED_DIR), "-k", "3", "-o", str(out)]) == 0
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["doc_id"] == SEED.stem and len(row["keyphrases"]) == 3
