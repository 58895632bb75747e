"""The stage table of benchmarks/worker_profile.py: each stage is the cumulative time of its
function, as a share of the first stage's."""

from worker_profile import stage_table

from analysis.tables import sentences


def _line(outer: str) -> int:
    code = getattr(sentences, outer).__code__
    return next(c.co_firstlineno for c in code.co_consts if getattr(c, "co_name", "") == "score")


def test_stage_shares_and_scorers_told_apart():
    frames_line, certainty_line = _line("_frames_scorer"), _line("_certainty_scorer")
    assert frames_line != certainty_line
    # pstats rows: (primitive calls, calls, tottime, cumtime, callers)
    stats = {
        ("/x/analysis/pipeline.py", 219, "table_chunk"): (3, 3, 0.1, 8.0, {}),
        ("/x/analysis/corpus/quotes.py", 340, "attribute_sentences"): (90, 90, 0.5, 4.0, {}),
        ("/x/analysis/tables/sentences.py", frames_line, "score"): (10, 10, 0.2, 1.0, {}),
        ("/x/analysis/tables/sentences.py", certainty_line, "score"): (10, 10, 0.1, 0.5, {}),
    }
    stages = (("total", "pipeline.py", "table_chunk"),
              ("attribution", "quotes.py", "attribute_sentences"),
              ("frames", "tables/sentences.py", "score@_frames_scorer"),
              ("certainty", "tables/sentences.py", "score@_certainty_scorer"),
              ("keyphrases", "export.py", "_keyphrases"))
    rows = stage_table(stats, stages)
    assert [(label, secs, share, calls) for label, secs, share, calls in rows] == [
        ("total", 8.0, 1.0, 3), ("attribution", 4.0, 0.5, 90), ("frames", 1.0, 0.125, 10),
        ("certainty", 0.5, 0.0625, 10), ("keyphrases", 0.0, 0.0, 0)]
