"""Project paths in one place (cookiecutter-data-science style).

The defaults point into this repository; a notebook or a user overrides the corpus with a
parameter, never by editing this module. ``ANALYSIS_PROJECT_ROOT`` overrides the root (useful
when the package is installed outside a checkout).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(os.environ.get("ANALYSIS_PROJECT_ROOT",
                                   Path(__file__).resolve().parent.parent))
SEEDS_DIR = PROJECT_ROOT / "seeds"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
FIGURES_DIR = PROJECT_ROOT / "figures"
DEFAULT_CORPUS = "seeds"


def figures_dir(corpus: Any = DEFAULT_CORPUS, root: Path | str | None = None) -> Path:
    """Folder for the figures of a corpus: ``figures/`` for the project's seeds,
    ``figures/<name>/`` for any other corpus.

    ``corpus`` is a :class:`analysis.corpus.Corpus` or a corpus name. Given a corpus, the
    top-level folder is used only when the corpus *is* the seeds folder next to ``root``
    (``<root>/../seeds``) or the project's ``seeds/``; another folder that happens to be named
    ``seeds`` gets ``figures/seeds_other/`` and cannot overwrite the committed figures. Given a
    bare name, ``"seeds"`` means the seeds. The name is reduced to safe characters, so metadata
    or folder names cannot point outside ``figures/``; a name with no safe character (all
    non-ASCII, say) becomes ``corpus``.
    """
    root = FIGURES_DIR if root is None else Path(root)
    name = str(getattr(corpus, "name", corpus))
    location = getattr(corpus, "root", None)
    if location is not None:
        here = Path(location).resolve()
        if here in ((root.parent / DEFAULT_CORPUS).resolve(), SEEDS_DIR.resolve()):
            return root
        if name == DEFAULT_CORPUS:
            name = f"{DEFAULT_CORPUS}_other"
    elif name == DEFAULT_CORPUS:
        return root
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._") or "corpus"
    return root / safe
