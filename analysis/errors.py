"""Errors raised on bad input: each names the file and the problem in one line."""

from __future__ import annotations

from pathlib import Path


class CorpusError(ValueError):
    """A file or folder cannot be read as a corpus.

    The message is one line, ``"<path>: <problem>"``, so a command-line user sees at once
    which file is wrong and why; characters of the path that cannot be shown (a newline, a
    byte that is not UTF-8) appear as escapes such as ``\\n`` or ``\\udce9``. ``path`` and
    ``problem`` are kept as attributes (``path`` unescaped).
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in self.path)
        super().__init__(f"{shown}: {problem}")
