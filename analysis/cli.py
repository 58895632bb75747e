"""Command-line interface.

``python -m analysis export PATH --unit {document,paragraph,sentence} --format {csv,jsonl}
[-o FILE]`` writes the metric table of a text file or a folder of them (to standard output
without ``-o``). Bad input ends with a one-line ``error: <file>: <problem>`` on standard
error and exit status 2; nothing is written. So does an output that cannot be written (a
folder, a missing permission, a full disk): ``error: <output>: cannot write (<reason>)``.
Large corpora: ``--jobs N`` worker processes (default: every core), ``--chunk-size N``
documents per chunk, ``--no-progress``; ``--engine dask [--scheduler ADDRESS] --format
{parquet,csv,jsonl} -o FOLDER`` runs on a Dask cluster and writes one part per chunk (see
:mod:`analysis.pipeline`).

``python -m analysis keyphrases PATH -k 10 [-o FILE]`` writes one JSON line per document,
``{"id": doc_id, "keyphrases": [...]}``, the format ``score_keyphrases.py`` reads.

``python -m analysis quotes PATH [-o FILE]`` writes one JSON line per quotation cluster and
``python -m analysis reuse PATH [--reference FILE ...] [-o FILE]`` one JSON line per shared
passage (see :mod:`analysis.reuse`).
"""

from __future__ import annotations

import argparse
import sys
import warnings

from . import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Metrics for news coverage corpora.")
    parser.add_argument("--version", action="version", version=f"analysis {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write the metric table of a file or folder")
    exp.add_argument("path", help="a UTF-8 .txt file or a folder of them")
    exp.add_argument("--unit", choices=["document", "paragraph", "sentence"],
                     default="document")
    exp.add_argument("--format", choices=["csv", "jsonl", "parquet"], default=None,
                     help="csv (default) or jsonl; with --engine dask also parquet (default)")
    exp.add_argument("-o", "--output", help="output file (default: standard output); with "
                                            "--engine dask a folder for the part files")
    exp.add_argument("--strict", action="store_true",
                     help="stop at the first bad file of a folder instead of skipping it")
    exp.add_argument("--jobs", type=int, default=None,
                     help="worker processes (default: every core; 1: no worker processes)")
    exp.add_argument("--chunk-size", type=int, default=None,
                     help="documents per chunk (default 100)")
    exp.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local processes (default) or a Dask cluster")
    exp.add_argument("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local "
                          "cluster of --jobs workers)")
    exp.add_argument("--corpus-df", action="store_true",
                     help="score keyphrases with the corpus's document frequencies too "
                          "(off by default: it measured no better)")
    exp.add_argument("--no-progress", action="store_true",
                     help="no progress bar (there is none anyway when standard error is not "
                          "a terminal)")
    kp = sub.add_parser("keyphrases",
                        help="write the top keyphrases of each document as JSON lines")
    kp.add_argument("path", help="a UTF-8 .txt file or a folder of them")
    kp.add_argument("-k", type=int, default=10, help="phrases per document (default 10)")
    kp.add_argument("-o", "--output", help="output file (default: standard output)")
    kp.add_argument("--strict", action="store_true",
                    help="stop at the first bad file of a folder instead of skipping it")
    kp.add_argument("--corpus-df", action="store_true",
                    help="score with the corpus's document frequencies too (off by default)")
    qt = sub.add_parser("quotes", help="write the quotation clusters as JSON lines")
    qt.add_argument("path", help="a UTF-8 .txt file or a folder of them")
    qt.add_argument("-o", "--output", help="output file (default: standard output)")
    qt.add_argument("--strict", action="store_true",
                    help="stop at the first bad file of a folder instead of skipping it")
    ru = sub.add_parser("reuse", help="write the passages documents share as JSON lines")
    ru.add_argument("path", help="a UTF-8 .txt file or a folder of them")
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
                    help="stop at the first bad file of a folder instead of skipping it")
    return parser


def _write_lines(records, args: argparse.Namespace, corpus_root: str | None) -> None:
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

    corpus = load_corpus(args.path, errors="raise" if args.strict else None)
    if args.command == "quotes":
        records = quotation_clusters(corpus)
    else:
        records = shared_passages(corpus, reference=args.reference or None,
                                  min_words=args.min_words,
                                  max_df=args.max_df).to_dict("records")
    _write_lines(records, args, corpus.root)
    return 0


def _keyphrases(args: argparse.Namespace) -> int:
    import json

    from .corpus import load_corpus
    from .io import write_text_atomic
    from .keywords import keyphrases_jsonl

    if args.k < 1:
        raise ValueError(f"-k must be at least 1, not {args.k}")
    corpus = load_corpus(args.path, errors="raise" if args.strict else None)
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n"
                   for row in keyphrases_jsonl(corpus, k=args.k, corpus_df=args.corpus_df))
    if args.output:
        write_text_atomic(args.output, text, corpus_root=corpus.root)
    else:
        sys.stdout.write(text)
    return 0


def _export(args: argparse.Namespace) -> int:
    from .pipeline import DEFAULT_CHUNK_SIZE, run_dask, run_export

    options = {"unit": args.unit, "jobs": args.jobs,
               "chunk_size": args.chunk_size or DEFAULT_CHUNK_SIZE,
               "progress": False if args.no_progress else None,
               "errors": "raise" if args.strict else None, "corpus_df": args.corpus_df}
    if args.engine == "dask":
        if not args.output:
            raise ValueError("--engine dask needs -o FOLDER (it writes one part file per chunk)")
        run_dask(args.path, args.output, fmt=args.format or "parquet",
                 scheduler=args.scheduler, **options)
        return 0
    if args.scheduler:
        raise ValueError("--scheduler needs --engine dask")
    if args.format == "parquet":
        raise ValueError("--format parquet needs --engine dask (parts in a folder)")
    run_export(args.path, args.output, fmt=args.format or "csv", **options)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from .errors import CorpusError

    args = _parser().parse_args(argv)

    def _show_warning(message, category, filename, lineno, file=None, line=None):
        print(f"warning: {message}", file=sys.stderr)

    warnings.showwarning = _show_warning
    try:
        if args.command == "export":
            return _export(args)
        if args.command == "keyphrases":
            return _keyphrases(args)
        if args.command in {"quotes", "reuse"}:
            return _reuse(args)
    except (CorpusError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        # Input problems are CorpusErrors by now, so this is the output side.
        target = getattr(args, "output", None) or "<stdout>"
        print(f"error: {target}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 2
    return 1
