"""`make report`: one self-contained HTML file of all notebooks, without code."""

from __future__ import annotations

import re
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import make_report  # noqa: E402


def test_report_has_outputs_and_commentary_but_no_code_or_remote_scripts(tmp_path):
    notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    out = make_report.build(notebooks, tmp_path / "report.html", "Test report")
    html = out.read_text(encoding="utf-8")
    assert "from analysis import" not in html and "load_corpus(CORPUS)" not in html
    n_figures = sum(1 for _ in (ROOT / "figures").glob("*.png"))
    assert len(re.findall(r"<img[^>]+src=\"data:image/png;base64,", html)) >= n_figures
    assert "The corpus *seeds* holds one article" in html or \
        "The corpus <em>seeds</em> holds one article" in html
    assert not re.search(r"<script[^>]*src=\"https?://", html)
    assert not list(tmp_path.glob("*.tmp"))
