"""Errors raised on bad input: each names the file and the problem in one line."""

from __future__ import annotations

import os
import sys
import warnings
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


class CorpusWarning(UserWarning):
    """A problem of the user's input that does not stop the run (a file or row skipped, a
    date left empty, a text that looks like HTML or is not English). A :class:`UserWarning`,
    so ``warnings.simplefilter("error", UserWarning)`` and ``pytest.warns(UserWarning)`` catch
    it too; :func:`warn_input` issues it."""


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def warn_input(message: str) -> None:
    """Issue ``message`` as a :class:`CorpusWarning` attributed to the first caller outside
    this package (the user's script or notebook cell, which loaded the corpus), not to the
    library line that noticed the problem: Python shows the user's own line with it."""
    frame = sys._getframe(1)
    level = 2  # stacklevel 2 is warn_input's caller, the frame above
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    warnings.warn(message, CorpusWarning, stacklevel=level)
