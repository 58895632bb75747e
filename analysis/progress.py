"""Progress bars for long runs: shown on a terminal, silent everywhere else.

:func:`progress_bar` returns a tqdm bar writing to standard error when ``enabled`` is true, or
when it is ``None`` (the default) and standard error is a terminal; otherwise a bar that does
nothing. So ``export ... -o file`` on a terminal shows progress, while pipes, CI logs, notebooks
(whose standard error is not a terminal) and ``--no-progress`` stay silent. tqdm is imported only
when a bar is shown.
"""

from __future__ import annotations

import sys
from typing import Any


class _Silent:
    """A bar that does nothing (the same methods as the part of tqdm we use)."""

    def update(self, n: int = 1) -> None:
        """Ignore ``n`` finished items."""

    def set_description(self, desc: str) -> None:
        """Ignore a new description."""

    def close(self) -> None:
        """Nothing to close."""

    def __enter__(self) -> _Silent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def show_progress(enabled: bool | None = None) -> bool:
    """Whether to draw a bar: ``enabled`` if given, else whether standard error is a terminal."""
    if enabled is not None:
        return bool(enabled)
    isatty = getattr(sys.stderr, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def progress_bar(total: int | None, desc: str, enabled: bool | None = None,
                 unit: str = "doc") -> Any:
    """A progress bar over ``total`` items (``None``: unknown), or a silent stand-in.

    See the module docstring for when it is shown. Use as a context manager and call
    ``update(n)`` as items finish.
    """
    if not show_progress(enabled):
        return _Silent()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1, mininterval=0.5)
