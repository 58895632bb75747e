"""The numbers the notebooks' markdown cells state about the method are the code's constants.

A markdown cell is written by hand, so nbval does not see it drift: 02 once said its intervals
took 2,000 replicates while the interval table showed ``n_resamples`` 1000. Each check reads the
committed notebook's markdown and fails when the stated number differs from the constant.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.metrics.frame_encoder import THRESHOLD
from analysis.metrics.readability import SMOG_MIN_SENTENCES
from analysis.metrics.target_tone.model import UNCERTAIN_BELOW
from analysis.reuse.passages import MAX_DOCUMENT_FREQUENCY, MIN_PASSAGE_WORDS
from analysis.tables.bootstrap import N_RESAMPLES

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def markdown(name: str) -> str:
    """The markdown cells of notebook ``name`` as one string, lines joined by spaces."""
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    text = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    return re.sub(r"\s+", " ", text)


def stated(text: str, pattern: str) -> list[float]:
    """Every number that ``pattern``'s one group captures in ``text`` (commas dropped)."""
    return [float(m.replace(",", "")) for m in re.findall(pattern, text)]


@pytest.mark.parametrize(("name", "pattern", "value"), [
    ("02_readability.ipynb", r"\(([\d,]+) replicates", N_RESAMPLES),
    ("02_readability.ipynb", r"SMOG is defined on a sample of (\d+) sentences",
     SMOG_MIN_SENTENCES),
    ("04_stance.ipynb", r"probability of at least (0\.\d+)", THRESHOLD),
    ("04_stance.ipynb", r"confidence is under (\d+)%", UNCERTAIN_BELOW * 100),
    ("06_reuse.ipynb", r"at least (\d+) words run in the same order", MIN_PASSAGE_WORDS),
    ("06_reuse.ipynb", r"found in more than (\d+) articles", MAX_DOCUMENT_FREQUENCY),
])
def test_stated_constant_is_the_code(name, pattern, value):
    found = stated(markdown(name), pattern)
    assert found, f"{name}: no match for {pattern!r}"
    assert all(v == pytest.approx(value) for v in found), (name, pattern, found, value)
