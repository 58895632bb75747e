"""Argument checks of the table functions, in one place: a function that needs a sentence table
(or any table) says so in one ``TypeError`` or ``ValueError`` naming what it got, instead of
failing deep inside pandas with a ``KeyError``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

SENTENCE_TABLE = "a sentence table"
"""What most table functions need: :func:`analysis.tables.sentences.sentence_table`."""

_BUILD = "; build it with analysis.sentence_table(corpus)"


def require_table(table: Any, caller: str, columns: Iterable[str] = (),
                  what: str = SENTENCE_TABLE) -> None:
    """Raise ``TypeError`` unless ``table`` is a pandas DataFrame, and ``ValueError`` naming
    the missing ones unless it has ``columns``; ``caller`` (``"speakers()"``) and ``what``
    (the table it needs) word the message."""
    import pandas as pd

    if not isinstance(table, pd.DataFrame):
        corpus = callable(getattr(table, "metadata", None))  # a Corpus (or a Document's kin)
        raise TypeError(f"{caller} needs {what} (a pandas DataFrame), not "
                        f"{type(table).__name__}{_BUILD if corpus else ''}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        kind = table.attrs.get("unit")
        got = f"a table of {kind} rows" if isinstance(kind, str) else "a table"
        raise ValueError(f"{caller} needs {what}; got {got} without the column"
                         f"{'s' if len(missing) > 1 else ''} {', '.join(map(repr, missing))}"
                         f"{_BUILD if what == SENTENCE_TABLE else ''}")
