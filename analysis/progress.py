"""Progress bars for long runs: shown on a terminal, silent everywhere else.

:func:`progress_bar` is a tqdm bar on standard error. With ``enabled=None`` (the default) it
uses tqdm's own rule, ``disable=None``: drawn when standard error is a terminal, disabled
otherwise, so ``export ... -o file`` on a terminal shows progress while pipes, CI logs and
notebooks stay silent; ``enabled=False`` (``--no-progress``) never draws one.
"""

from __future__ import annotations

import sys
from collections.abc import Sized
from typing import Any


def progress_bar(total: int | None, desc: str, enabled: bool | None = None,
                 unit: str = "doc") -> Any:
    """A tqdm progress bar over ``total`` items (``None``: unknown); see the module docstring.

    Use as a context manager and call ``update(n)`` as items finish.
    """
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1, mininterval=0.5, disable=None if enabled is None else not enabled)


def with_progress(items: Any, desc: str, enabled: bool | None = None,
                  unit: str = "doc") -> Any:
    """Yield ``items`` one by one, advancing a :func:`progress_bar` (its total ``len(items)``
    when ``items`` has one) as each is taken."""
    total = len(items) if isinstance(items, Sized) else None
    with progress_bar(total, desc, enabled, unit) as bar:
        for item in items:
            yield item
            bar.update(1)
