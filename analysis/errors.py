"""Errors raised on bad input: each names the file and the problem in one line."""

from __future__ import annotations

from pathlib import Path


class CorpusError(ValueError):
    """A file or folder cannot be read as a corpus.

    The message is one line, ``"<path>: <problem>"``, so a command-line user sees at once
    which file is wrong and why. ``path`` and ``problem`` are kept as attributes.
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
