"""The command line's top-level help: what a corpus is, examples that parse, where to read on."""

import shlex

from analysis.cli import EPILOG, build_parser


def test_the_top_level_help_has_examples_that_parse():
    text = build_parser().format_help()
    assert "examples:" in text and "README.md" in text and "sidecar" in text
    commands = [line.split("   ")[0].strip() for line in EPILOG.splitlines()
                if line.strip().startswith("python -m analysis ")]
    assert len(commands) == 5
    for command in commands:
        args = build_parser().parse_args(shlex.split(command)[3:])
        assert args.command in {"export", "keyphrases", "duplicates", "quotes", "reuse"}
