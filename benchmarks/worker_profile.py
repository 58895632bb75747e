#!/usr/bin/env python3
"""Where the export worker's time goes: cProfile shares by stage and the top functions.

usage: python benchmarks/worker_profile.py --corpus DIR [-n 90] [--skip 600] [--top 15]
                                           [--unit document] [--save PREFIX]

Runs what an export worker runs (:func:`analysis.workers.warm_up`,
:func:`analysis.workers.init_worker`, then :func:`analysis.pipeline.table_chunk` with CSV text
out, chunks of 30) on files ``--skip`` to ``--skip + n`` of ``--corpus`` (sorted by name; the
synthetic corpus of ``benchmarks/throughput.py -n 10000 --keep DIR``) twice, each pass under
its own profiler: the first pass is cold (every word type new to the caches), the second
warm. Prints, for both, each stage's share of the chunk's time (cumulative time of the
stage's function) and the top ``--top`` functions of the warm pass by own time (tottime) and
by cumulative time. cProfile charges each Python call, so call-heavy code (the attribution
rules) weighs more than in instructions and C-heavy code (regular expressions, numpy) less:
``benchmarks/worker_instructions.py`` counts instructions. ``--save PREFIX`` keeps the two
profiles (``PREFIX.cold``, ``PREFIX.warm``) for :mod:`pstats`.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STAGES = (  # (label, file name, function name or first line number)
    ("total (table_chunk)", "pipeline.py", "table_chunk"),
    ("reading, segmenting, attribution (load_chunk)", "pipeline.py", "load_chunk"),
    ("  file reading (read_text)", "documents.py", "read_text"),
    ("  sentence segmentation (iter_sentences)", "sentences.py", "iter_sentences"),
    ("  attribution (attribute_sentences)", "quotes.py", "attribute_sentences"),
    ("    transcript detection (is_transcript)", "transcripts.py", "is_transcript"),
    ("    rules' first pass (_read_clauses)", "quotes.py", "_read_clauses"),
    ("      reporting-clause chain (minor_reports.reporting_clause)", "minor_reports.py",
     "reporting_clause"),
    ("      source checks (checked_source)", "speaker_checks.py", "checked_source"),
    ("        of it tagging a source's sentence (noun_phrase)", "speaker_checks.py",
     "noun_phrase"),
    ("    learned model's promotions (_promote)", "quotes.py", "_promote"),
    ("      of it the model (sentence_probability)", "attribution_model.py",
     "sentence_probability"),
    ("    speaker tracking (_DocumentReader.read)", "quotes.py", "read"),
    ("      of it the tracker's name pass (observe)", "speakers.py", "observe"),
    ("    furniture lines (furniture_flags)", "furniture_lines.py", "furniture_flags"),
    ("metric table (metric_table)", "export.py", "metric_table"),
    ("  sentence table (unit_sentence_table)", "sentences.py", "unit_sentence_table"),
    ("    readability counts (sentence_counts)", "readability.py", "sentence_counts"),
    ("    frames (the frames scorer)", "tables/sentences.py", "score@_frames_scorer"),
    ("      of it the cues (frame_cues)", "frames.py", "frame_cues"),
    ("      of it the frame model (model_probabilities)", "frames.py",
     "model_probabilities"),
    ("    certainty (the certainty scorer)", "tables/sentences.py",
     "score@_certainty_scorer"),
    ("    tone, VADER (tone_values)", "tone.py", "tone_values"),
    ("    lexicon prefilter (TableIndex.matching)", "lexicon_index.py", "matching"),
    ("    words of a sentence (text_words)", "lexicon.py", "text_words"),
    ("  keyphrases (_keyphrases)", "export.py", "_keyphrases"),
    ("    of it the tagger (pos_tags)", "keyphrase_candidates.py", "pos_tags"),
    ("  aggregation (aggregate)", "aggregate.py", "aggregate"),
    ("    of it the tone intervals (mean_intervals)", "bootstrap.py", "mean_intervals"),
    ("  metadata join (with_metadata)", "metadata.py", "with_metadata"),
    ("CSV text (format_table)", "io.py", "format_table"),
)
"""The stages reported, by the function whose cumulative time is the stage's.
``score@_frames_scorer``: the function ``score`` defined inside
``analysis.tables.sentences._frames_scorer`` (the sentence table's scorers share a name)."""

CHILD_CHUNK = 30


def _matches(key: tuple[str, int, str], where: str, name: str) -> bool:
    path, line, func = key
    if not path.endswith(where) and f"/{where}" not in path:
        return False
    if "@" in name:
        func_name, outer = name.split("@")
        return func == func_name and line == _inner_line(outer, func_name)
    return func == name


def _inner_line(outer: str, name: str) -> int:
    """The first line of the function ``name`` defined in ``analysis.tables.sentences``'s
    function ``outer``."""
    from analysis.tables import sentences

    code = getattr(sentences, outer).__code__
    return next(c.co_firstlineno for c in code.co_consts
                if getattr(c, "co_name", None) == name)


def stage_table(stats: dict, stages=STAGES) -> list[tuple[str, float, float, int]]:
    """``(label, seconds, share of the first stage, calls)`` of each stage in ``stats``
    (:attr:`pstats.Stats.stats`)."""
    rows, total = [], None
    for label, where, name in stages:
        hits = [v for k, v in stats.items() if _matches(k, where, name)]
        seconds = sum(v[3] for v in hits)
        total = total or seconds or 1.0
        rows.append((label, seconds, seconds / total, sum(v[1] for v in hits)))
    return rows


def _run(files: list[Path], unit: str) -> None:
    from analysis.pipeline import Limits, table_chunk

    for i in range(0, len(files), CHILD_CHUNK):
        items = tuple((f, f.stem) for f in files[i:i + CHILD_CHUNK])
        table_chunk(items, Limits(), unit, 10, (None, None), "corpus", None, "csv")


def _top(stats: pstats.Stats, key: str, n: int, total: float) -> None:
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2 if key == "tottime" else 3],
                  reverse=True)[:n]
    print(f"\ntop {n} functions of the warm pass by {key} (seconds, share, calls)")
    for (path, line, func), (_, calls, tottime, cumtime, _) in rows:
        value = tottime if key == "tottime" else cumtime
        where = f"{Path(path).name}:{line}" if path != "~" else ""
        print(f"{value:8.3f} {100 * value / total:5.1f}% {calls:8d}  {where} {func}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("-n", type=int, default=90)
    parser.add_argument("--skip", type=int, default=600)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--unit", default="document")
    parser.add_argument("--save", type=Path, default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from analysis.workers import init_worker, warm_up

    warm_up()
    init_worker()
    files = sorted(args.corpus.glob("*.txt"))[args.skip:args.skip + args.n]
    profiles = {}
    for name in ("cold", "warm"):
        profiler = cProfile.Profile()
        profiler.runcall(_run, files, args.unit)
        profiles[name] = pstats.Stats(profiler)
        if args.save is not None:
            profiler.dump_stats(f"{args.save}.{name}")
    cold, warm = (stage_table(profiles[k].stats) for k in ("cold", "warm"))
    print(f"{len(files)} articles, unit {args.unit}: stage, cold s, cold share, warm s, "
          "warm share, calls")
    for (label, cs, cf, _), (_, ws, wf, calls) in zip(cold, warm, strict=True):
        print(f"{label:66s} {cs:7.3f} {100 * cf:5.1f}% {ws:7.3f} {100 * wf:5.1f}% {calls:7d}")
    total = warm[0][1]
    _top(profiles["warm"], "tottime", args.top, total)
    _top(profiles["warm"], "cumulative", args.top, total)


if __name__ == "__main__":
    main()
