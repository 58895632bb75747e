"""The first lines of every notebook, in one helper: the corpus, its figures folder, a caption.

>>> corpus, FIGURES, CAPTION = setup("../seeds")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

DISPLAY_OPTIONS: dict[str, Any] = {
    "display.max_colwidth": None,
    "display.precision": 3,
}
"""pandas display options for tables shown to readers: text (frame evidence, the reasons a
passage is hard) never cut, numbers to three decimals."""


class Setup(NamedTuple):
    """What a notebook needs: the corpus, where its figures go, and their caption line."""

    corpus: Any
    figures: Path
    caption: str


def setup(corpus_path: str | Path, figures_root: str | Path = "../figures",
          **load_options: Any) -> Setup:
    """Load ``corpus_path`` (:func:`analysis.corpus.load_corpus`, with ``load_options``) and
    return it with its figures folder (:func:`analysis.config.figures_dir`: ``figures/`` for
    the project's seeds, ``figures/<corpus>/`` otherwise) and the caption of its figures
    (:func:`analysis.report.figures.caption_text`). Sets :data:`DISPLAY_OPTIONS`."""
    import pandas as pd

    from ..config import figures_dir
    from ..corpus import load_corpus
    from .figures import caption_text

    for option, value in DISPLAY_OPTIONS.items():
        pd.set_option(option, value)
    corpus = load_corpus(corpus_path, **load_options)
    return Setup(corpus, figures_dir(corpus, root=figures_root),
                 caption_text(corpus.name, len(corpus)))
