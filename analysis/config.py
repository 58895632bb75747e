"""Project paths in one place (cookiecutter-data-science style).

The defaults point into this repository; a notebook or a user overrides the corpus with a
parameter, never by editing this module. ``ANALYSIS_PROJECT_ROOT`` overrides the root (useful
when the package is installed outside a checkout).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("ANALYSIS_PROJECT_ROOT",
                                   Path(__file__).resolve().parent.parent))
SEEDS_DIR = PROJECT_ROOT / "seeds"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
FIGURES_DIR = PROJECT_ROOT / "figures"
DEFAULT_CORPUS = "seeds"


def figures_dir(corpus_name: str = DEFAULT_CORPUS, root: Path | None = None) -> Path:
    """Folder for the figures of a corpus: ``figures/`` for the seeds, ``figures/<name>/``
    for any other corpus (the name reduced to safe characters, so metadata or folder names
    cannot point outside ``figures/``)."""
    root = FIGURES_DIR if root is None else Path(root)
    if corpus_name == DEFAULT_CORPUS:
        return root
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", corpus_name).strip("._") or "corpus"
    return root / safe
