"""The first lines of every notebook, in one helper: the corpus, its figures folder, a caption.

>>> corpus, FIGURES, CAPTION = setup("../seeds")  # doctest: +SKIP
>>> corpus, FIGURES, CAPTION = setup("stories.csv", text_column="body",
...                                  id_column="story_id")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, NamedTuple

DISPLAY_OPTIONS: dict[str, Any] = {
    "display.max_colwidth": None,
    "display.precision": 3,
}
"""pandas display options for tables shown to readers: text (frame evidence, the reasons a
passage is hard) never cut, numbers to three decimals."""


def build_name(corpus: str | Path) -> str:
    """``<stem>-<8 hex digits of the resolved path>``: readable and unique per corpus folder
    or file, so two corpora whose folders share a name never share a build or figures folder."""
    resolved = Path(corpus).resolve()
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", resolved.stem).strip("._") or "corpus"
    return f"{stem}-{hashlib.sha256(str(resolved).encode('utf-8')).hexdigest()[:8]}"


class Setup(NamedTuple):
    """What a notebook needs: the corpus, where its figures go, and their caption line."""

    corpus: Any
    figures: Path
    caption: str


def setup(corpus_path: str | Path, figures_root: str | Path = "../figures", *,
          text_column: str = "text", id_column: str | None = None,
          figures_dir: str | Path | None = None, **load_options: Any) -> Setup:
    """Load ``corpus_path`` (:func:`analysis.corpus.load_corpus`, with ``text_column``,
    ``id_column`` and ``load_options``; the notebooks' ``TEXT_COLUMN`` and ``ID_COLUMN``
    parameters: a table's text and id columns, ignored for ``.txt`` files and pages) and
    return it with its figures folder (``figures/`` for the project's seeds, as
    :func:`analysis.config.figures_dir` decides; ``figures/<corpus>-<hash>/`` otherwise, named by
    :func:`build_name` like the ``build/`` folder of ``scripts/run_notebooks.py``; exactly
    ``figures_dir`` when given, the notebooks' ``FIGURES_DIR`` parameter, which
    ``run_notebooks.py --out DIR`` sets to ``DIR/figures``) and the caption of its figures
    (:func:`analysis.report.figures.caption_text`). Sets :data:`DISPLAY_OPTIONS`.
    ``load_options`` include ``date_order`` (``"dmy"`` or ``"mdy"``,
    the notebooks' ``DATE_ORDER`` parameter) for numeric dates such as ``04/05/2023``."""
    import pandas as pd

    from ..config import figures_dir as default_figures
    from ..corpus import load_corpus
    from .figures import caption_text

    for option, value in DISPLAY_OPTIONS.items():
        pd.set_option(option, value)
    corpus = load_corpus(corpus_path, text_column=text_column, id_column=id_column,
                         **load_options)
    figures = default_figures(corpus, root=figures_root)
    if figures_dir is not None:
        figures = Path(figures_dir)
    elif figures != Path(figures_root):
        figures = Path(figures_root) / build_name(corpus.root)
    return Setup(corpus, figures, caption_text(corpus.name, len(corpus)))
