"""Argument checks of the functions that read documents: given a table, a path or one document
instead of a corpus, they say so in one ``TypeError`` naming what they got and what to pass,
instead of failing deep inside with an ``AttributeError``."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def require_corpus(corpus: Any, caller: str) -> None:
    """Raise ``TypeError`` when ``corpus`` is a pandas table, a path, a string or a single
    :class:`~analysis.corpus.Document` rather than a corpus (any iterable of documents, such
    as :func:`analysis.load_corpus` returns); ``caller`` (``"actor_tone()"``) words it."""
    import pandas as pd

    from .documents import Document

    if isinstance(corpus, pd.DataFrame):
        raise TypeError(f"{caller} needs a corpus (the documents: analysis.load_corpus(path)), "
                        "not a DataFrame; it reads the texts, where the table functions "
                        "(aggregate, compare_groups...) take a table")
    if isinstance(corpus, str | bytes | Path):
        shown = corpus if len(str(corpus)) <= 80 else f"{str(corpus)[:77]}..."
        raise TypeError(f"{caller} needs a corpus (the documents), not a "
                        f"{type(corpus).__name__} ({shown!r}); load it first: "
                        "analysis.load_corpus(path), or Document.from_text(text) in a list")
    if isinstance(corpus, Document):
        raise TypeError(f"{caller} needs a corpus (the documents), not one Document; pass "
                        "[document]")
    if isinstance(corpus, list | tuple) and corpus and isinstance(corpus[0], str):
        raise TypeError(f"{caller} needs a corpus (the documents), not a {type(corpus).__name__}"
                        " of texts; make documents of them: [Document.from_text(t) for t in "
                        "texts]")
