"""The command line's warning digest lasts as long as its run: :func:`analysis.cli.main` called
in-process (a notebook, a test) hands later warnings back to the handler it found, instead of a
digest that stops printing after five of a kind and never says how many more there were."""

from __future__ import annotations

import warnings

from analysis.cli import main


def test_warnings_after_main_returns_go_to_the_handler_found(tmp_path):
    seen: list[str] = []
    with warnings.catch_warnings():
        warnings.showwarning = lambda message, *args, **kwargs: seen.append(str(message))
        assert main(["duplicates", str(tmp_path / "missing")]) == 2
        warnings.simplefilter("always")
        for row in range(1, 8):
            warnings.warn(f"notebook cell: row {row} has an odd date", UserWarning, stacklevel=1)
    assert seen == [f"notebook cell: row {row} has an odd date" for row in range(1, 8)]
