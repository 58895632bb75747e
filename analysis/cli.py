"""Command-line interface.

``python -m analysis export PATH --unit {document,paragraph,sentence} --format {csv,jsonl}
[-o FILE]`` writes the metric table of a text file or a folder of them (to standard output
without ``-o``). Bad input ends with a one-line ``error: <file>: <problem>`` on standard
error and exit status 2; nothing is written. So does an output that cannot be written (a
folder, a missing permission, a full disk): ``error: <output>: cannot write (<reason>)``.
Ctrl-C or SIGTERM ends with ``error: interrupted (SIGINT)`` (status 130, or 143 for SIGTERM),
and the temporary file of ``-o`` is removed.
Large corpora: ``--jobs N`` worker processes (default: every core), ``--chunk-size N``
documents per chunk, ``--no-progress``; ``--engine dask [--scheduler ADDRESS] --format
{parquet,csv,jsonl} -o FOLDER`` runs on a Dask cluster and writes one part per chunk (see
:mod:`analysis.pipeline`).

``python -m analysis quotes PATH [-o FILE]`` writes one JSON line per quotation cluster and
``python -m analysis reuse PATH [--reference FILE ...] [-o FILE]`` one JSON line per shared
passage (see :mod:`analysis.reuse`); ``duplicates PATH`` flags wire copies.

``python -m analysis keyphrases PATH -k 10 [-o FILE]`` writes one JSON line per document,
``{"doc_id": ..., "keyphrases": [...]}``, the format ``score_keyphrases.py`` reads.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import warnings
from pathlib import Path
from typing import Any

from . import __version__


def _export_command(sub: Any) -> None:
    """The ``export`` sub-command's arguments."""
    exp = sub.add_parser("export", help="write the metric table of a file or folder")
    exp.add_argument("path", help="a .txt file, a saved .html page, a .csv/.jsonl/.parquet "
                                  "table of articles, or a folder of .txt and .html files")
    exp.add_argument("--unit", choices=["document", "paragraph", "sentence"],
                     default="document", help="one row per document (default), paragraph or "
                                              "sentence")
    exp.add_argument("--format", choices=["csv", "jsonl", "parquet"], default=None,
                     help="csv, jsonl or parquet (default: the -o file's ending, else csv; "
                          "parquet needs -o; with --engine dask parquet is the default)")
    exp.add_argument("-o", "--output", help="output file (default: standard output); with "
                                            "--engine dask a folder for the part files")
    exp.add_argument("--strict", action="store_true",
                     help="stop at the first bad file or row, or unreadable date, instead of "
                          "skipping it (or leaving the date empty)")
    exp.add_argument("--jobs", type=_positive, default=None,
                     help="worker processes (default: every core; 1: no worker processes)")
    exp.add_argument("--chunk-size", type=_positive, default=None,
                     help="documents per chunk (default 100)")
    exp.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local processes (default) or a Dask cluster")
    exp.add_argument("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local "
                          "cluster of --jobs workers)")
    exp.add_argument("--reuse", action="store_true",
                     help="document rows gain reused_share, reused_from and n_shared_quotations "
                          "(text shared with earlier documents; loads the whole corpus in one "
                          "process)")
    exp.add_argument("--reference", action="append", default=[], metavar="FILE",
                     help="with --reuse: a reference text (the declaration, a press release)")
    exp.add_argument("--corpus-df", action="store_true",
                     help="score keyphrases with the corpus's document frequencies too "
                          "(off by default: it measured no better)")
    _input_options(exp)
    exp.add_argument("--frames", choices=["default", "encoder"], default="default",
                     help="frame source: the lexicon and its model (default) or, as the "
                          "notebooks, with the MiniLM encoder's frames too (about 6 ms a "
                          "sentence)")
    exp.add_argument("--no-progress", action="store_true",
                     help="no progress bar (there is none anyway when standard error is not "
                          "a terminal)")


def _positive(value: str) -> int:
    """An option's whole number of at least 1 (argparse reports the ``ValueError``)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


EPILOG = """\
A corpus is a .txt file or a folder of them (each with an optional sidecar NAME.json:
outlet, date, title, url, language, "kind": "transcript" or "article"), saved web pages
(.html), or a table export (.csv, .jsonl, .parquet: one article per row, --text-column).

examples:
  (run with the project's Python: .venv/bin/python, or after source .venv/bin/activate)
  python -m analysis export seeds -o docs.csv                  one row per document
  python -m analysis export corpus/ --unit sentence -o sentences.csv
  python -m analysis keyphrases corpus/ -k 8
  python -m analysis duplicates export.csv --text-column body
  python -m analysis quotes corpus/ -o quotes.jsonl

Each command's own --help lists its options; README.md describes the corpus format and the
columns, docs/methods.md the methods."""


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser: one subcommand per table (:data:`EPILOG` closes its help)."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis", description="Metrics for news coverage corpora.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"analysis {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _export_command(sub)
    kp = sub.add_parser("keyphrases",
                        help="write the top keyphrases of each document as JSON lines")
    kp.add_argument("path", help="a corpus file or folder, as for export")
    kp.add_argument("-k", type=_positive, default=10, help="phrases per document (default 10)")
    kp.add_argument("-o", "--output", help="output file (default: standard output)")
    kp.add_argument("--strict", action="store_true",
                    help="stop at the first bad file or row, or unreadable date, instead of "
                         "skipping it (or leaving the date empty)")
    kp.add_argument("--corpus-df", action="store_true",
                    help="score with the corpus's document frequencies too (off by default)")
    _input_options(kp)
    dup = sub.add_parser("duplicates",
                         help="flag wire copies: doc_id, duplicate_of, similarity, reason")
    dup.add_argument("path", help="a corpus file or folder, as for export")
    dup.add_argument("--format", choices=["csv", "jsonl"], default=None,
                     help="csv or jsonl (default: the -o file's ending, else csv)")
    dup.add_argument("-o", "--output", help="output file (default: standard output)")
    dup.add_argument("--threshold", type=float, default=None,
                     help="containment of 5-word shingles at or above which a document is a copy "
                          "(default 0.4, measured in benchmarks/duplicates.py)")
    dup.add_argument("--strict", action="store_true",
                     help="stop at the first bad file or row, or unreadable date, instead of "
                          "skipping it (or leaving the date empty)")
    _input_options(dup)
    _reuse_commands(sub)
    return parser


def _reuse_commands(sub: Any) -> None:
    """The ``quotes`` and ``reuse`` sub-commands (:mod:`analysis.reuse`)."""
    qt = sub.add_parser("quotes", help="write the quotation clusters as JSON lines")
    qt.add_argument("path", help="a corpus file or folder, as for export")
    qt.add_argument("-o", "--output", help="output file (default: standard output)")
    qt.add_argument("--strict", action="store_true",
                    help="stop at the first bad file or row, or unreadable date, instead of "
                         "skipping it (or leaving the date empty)")
    _input_options(qt)
    ru = sub.add_parser("reuse", help="write the passages documents share as JSON lines")
    ru.add_argument("path", help="a corpus file or folder, as for export")
    ru.add_argument("--reference", nargs="+", default=[], metavar="FILE",
                    help="reference texts (a declaration, a press release); each file's stem "
                         "is its name in the 'source' field")
    ru.add_argument("--min-words", type=int, default=12,
                    help="shortest passage reported, in words (default 12)")
    ru.add_argument("--max-df", type=int, default=None,
                    help="a five-word sequence in more articles than this is boilerplate "
                         "(default: 100 or 5%% of the articles, whichever is more); raise it "
                         "when one wire story runs in more outlets than that")
    ru.add_argument("-o", "--output", help="output file (default: standard output)")
    ru.add_argument("--strict", action="store_true",
                    help="stop at the first bad file or row, or unreadable date, instead of "
                         "skipping it (or leaving the date empty)")
    _input_options(ru)


def _input_options(sub: argparse.ArgumentParser) -> None:
    """Options for tables of articles, saved web pages and metadata dates."""
    from .corpus.dates import DATE_ORDERS

    sub.add_argument("--text-column", default="text",
                     help="table inputs (.csv, .jsonl, .parquet): the column holding the text")
    sub.add_argument("--id-column", default=None,
                     help="table inputs: the column holding the document id (default: 'id' "
                          "when present, else the row number)")
    sub.add_argument("--date-order", choices=DATE_ORDERS, default=None,
                     help="read numeric dates such as 04/05/2023 day first (dmy) or month first "
                          "(mdy); without it such dates are left empty as ambiguous")
    sub.add_argument("--keep-raw-html-text", action="store_true",
                     help="saved web pages: keep the page's whole text when no article is "
                          "found (with a warning) instead of skipping the page")


_SUFFIX_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet",
                   ".json": "json", ".xlsx": "xlsx", ".gz": "compressed", ".zip": "compressed"}
"""Endings that name a format; ``json`` (one document, not JSON lines), ``xlsx`` and compressed
files are formats no command writes, so they are errors rather than CSV under another name."""


def _format(args: argparse.Namespace, formats: tuple[str, ...]) -> str:
    """``--format``, else the one the ``-o`` file's ending names (``docs.parquet``), else csv;
    an ending naming a format the command cannot write is an error, not a CSV in disguise."""
    if args.format or not args.output:
        return args.format or "csv"
    suffix = Path(args.output).suffix.lower()
    fmt = _SUFFIX_FORMATS.get(suffix, "csv")
    if fmt not in formats:
        raise ValueError(f"{args.output}: {args.command} writes {' or '.join(formats)}, not "
                         f"{fmt}; name a {' or '.join('.' + f for f in formats)} file")
    return fmt


def _load_options(args: argparse.Namespace) -> dict:
    return {"text_column": args.text_column, "id_column": args.id_column,
            "keep_raw_html_text": args.keep_raw_html_text, "date_order": args.date_order}


def _keyphrases(args: argparse.Namespace) -> int:

    from .corpus import load_corpus
    from .metrics.keyphrases import keyphrases_jsonl

    corpus = load_corpus(args.path, errors="raise" if args.strict else None,
                         **_load_options(args))
    _write_lines(keyphrases_jsonl(corpus, k=args.k, corpus_df=args.corpus_df), args,
                 corpus.root)
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    from .corpus import iter_corpus
    from .corpus.duplicates import THRESHOLD, find_duplicates
    from .io import format_table, write_text_atomic

    docs = iter_corpus(args.path, errors="raise" if args.strict else None,
                       **_load_options(args))
    table = find_duplicates(docs, args.threshold or THRESHOLD)
    text = format_table(table, _format(args, ("csv", "jsonl")))
    if not table["duplicate_of"].fillna("").astype(bool).any():  # one row per document still
        n = len(table)
        print(f"duplicates: no copy among {n} document{'' if n == 1 else 's'}", file=sys.stderr)
    if args.output:
        write_text_atomic(args.output, text, corpus_root=args.path)
    else:
        sys.stdout.write(text)
    return 0


def _lines_only(args: argparse.Namespace) -> None:
    """Refuse an ``-o`` file whose ending names another format than JSON lines (``kp.csv``):
    the command writes JSON lines only."""
    fmt = _SUFFIX_FORMATS.get(Path(args.output).suffix.lower()) if args.output else None
    if fmt not in (None, "jsonl"):
        raise ValueError(f"{args.output}: {args.command} writes JSON lines, not {fmt}; name a "
                         ".jsonl file")


def _write_lines(records: Any, args: argparse.Namespace, corpus_root: str | None) -> None:
    """Write JSON lines to ``args.output`` (atomically) or standard output."""
    import json

    from .io import write_text_atomic

    text = "".join(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n" for r in records)
    if args.output:
        write_text_atomic(args.output, text, corpus_root=corpus_root)
    else:
        sys.stdout.write(text)


def _reuse(args: argparse.Namespace) -> int:
    from .corpus import load_corpus
    from .reuse import quotation_clusters, shared_passages

    corpus = load_corpus(args.path, errors="raise" if args.strict else None,
                         **_load_options(args))
    if args.command == "quotes":
        records = quotation_clusters(corpus)
    else:
        records = shared_passages(corpus, reference=args.reference or None,
                                  min_words=args.min_words,
                                  max_df=args.max_df).to_dict("records")
    if not records:  # an empty output file stays valid JSON lines; the note goes to stderr
        found = "no shared passage" if args.command == "reuse" else "no quotation"
        print(f"{args.command}: {found} in {len(corpus)} documents", file=sys.stderr)
    _write_lines(records, args, corpus.root)
    return 0


def _export_with_reuse(args: argparse.Namespace) -> int:
    """``export --reuse``: the whole corpus in memory, then one table (reuse compares every
    document with the others, so it cannot be computed chunk by chunk)."""
    from .corpus import load_corpus
    from .export import metric_table
    from .io import format_table, write_table

    if args.unit != "document":
        raise ValueError("--reuse adds document columns: use --unit document")
    corpus = load_corpus(args.path, errors="raise" if args.strict else None,
                         **_load_options(args))
    table = metric_table(corpus, "document", corpus_df=args.corpus_df, reuse=True,
                         reference=args.reference or None, frames=args.frames)
    fmt = _format(args, ("csv", "jsonl", "parquet"))
    if args.output:
        write_table(table, args.output, fmt, corpus_root=corpus.root)
    elif fmt == "parquet":
        raise ValueError("--format parquet needs -o FILE")
    else:
        sys.stdout.write(format_table(table, fmt))
    return 0


def _export(args: argparse.Namespace) -> int:
    from .pipeline import DEFAULT_CHUNK_SIZE, run_export

    options = {"unit": args.unit, "jobs": args.jobs,
               "chunk_size": args.chunk_size or DEFAULT_CHUNK_SIZE,
               "progress": False if args.no_progress else None,
               "errors": "raise" if args.strict else None, "corpus_df": args.corpus_df,
               "frames": args.frames}
    if args.reference and not args.reuse:
        raise ValueError("--reference needs --reuse (reference texts are read for the reuse "
                         "columns only)")
    if args.engine == "dask":
        if not args.output:
            raise ValueError("--engine dask needs -o FOLDER (it writes one part file per chunk)")
        from .dask_engine import run_dask

        run_dask(args.path, args.output, fmt=args.format or "parquet",
                 scheduler=args.scheduler, **options, **_load_options(args))
        return 0
    if args.scheduler:
        raise ValueError("--scheduler needs --engine dask")
    if args.reuse:
        return _export_with_reuse(args)
    run_export(args.path, args.output, fmt=_format(args, ("csv", "jsonl", "parquet")), **options,
               **_load_options(args))
    return 0


class _WarningDigest:
    """Shows warnings as ``warning: <message>`` lines, at most :attr:`SHOWN` of each kind (the
    same message but for row numbers, quoted values and file names: the 10,000-row export whose
    every eighth date cannot be read), then one line per kind saying how many more there were."""

    SHOWN = 5
    _VARYING = re.compile(r"'[^']*'|\S+\.(?:txt|html?|json)\b|\d+")

    def __init__(self) -> None:
        self.kinds: dict[str, list] = {}  # kind -> [first message, number of warnings]

    def show(self, message, category, filename, lineno, file=None, line=None) -> None:
        seen = self.kinds.setdefault(self._VARYING.sub("#", str(message)), [str(message), 0])
        seen[1] += 1
        if seen[1] <= self.SHOWN:
            print(f"warning: {message}", file=sys.stderr)

    def summary(self) -> None:
        for first, count in self.kinds.values():
            if count > self.SHOWN:
                print(f"warning: {count - self.SHOWN:,} more warnings like the first "
                      f"({count:,} in all) not shown: {first}", file=sys.stderr)


def _stop_on_sigterm() -> Any:
    """Make SIGTERM (``kill``, a job scheduler's time limit) stop the run as Ctrl-C does, so
    the atomic writer removes its temporary file; returns the previous handler (``None`` off
    the main thread, where no handler can be set)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def _interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    return signal.signal(signal.SIGTERM, _interrupt)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    import signal

    args = build_parser().parse_args(argv)
    digest = _WarningDigest()
    shown_by, warnings.showwarning = warnings.showwarning, digest.show
    previous = _stop_on_sigterm()
    try:
        return _run(args)
    except KeyboardInterrupt as exc:
        sig = signal.Signals.__members__.get(str(exc), signal.SIGINT)
        written = f"; {args.output}: nothing written" if getattr(args, "output", None) else ""
        print(f"error: interrupted ({sig.name}){written}", file=sys.stderr)
        return 128 + sig.value
    finally:
        digest.summary()
        warnings.showwarning = shown_by  # later warnings of the process are Python's again
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


_OPTION_NAME_RE = re.compile(r"^(min_words|max_df|threshold)\b")
"""A library argument's name opening an error, which the command line calls an option."""


def _as_option(m: re.Match) -> str:
    return "--" + m[1].replace("_", "-")  # "min_words (0) must be ..." -> "--min-words (0) ..."


def _run(args: argparse.Namespace) -> int:
    """Run the parsed command: bad input and unwritable outputs become one-line errors."""
    from .errors import CorpusError
    from .io import check_output_target

    try:
        # The output is checked before the work (a missing input is the command's to report;
        # Dask writes a folder of parts, checked by run_dask).
        if (getattr(args, "output", None) and getattr(args, "engine", "local") == "local"
                and os.path.lexists(args.path)):
            check_output_target(args.output, args.path)
        if args.command in {"keyphrases", "quotes", "reuse"}:
            _lines_only(args)
        if args.command == "export":
            return _export(args)
        if args.command == "keyphrases":
            return _keyphrases(args)
        if args.command == "duplicates":
            return _duplicates(args)
        if args.command in {"quotes", "reuse"}:
            return _reuse(args)
    except (CorpusError, ValueError) as exc:
        print(f"error: {_OPTION_NAME_RE.sub(_as_option, str(exc))}", file=sys.stderr)
        return 2
    except OSError as exc:
        # Input problems are CorpusErrors by now, so this is the output side.
        target = getattr(args, "output", None) or "<stdout>"
        print(f"error: {target}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 2
    return 1
