"""The paragraph-by-paragraph readability panel names what its dashed line is: the mean of the
paragraphs' grades, which is not the document's grade (the formula on the whole text)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from analysis.report.figures import new_figure  # noqa: E402
from analysis.report.readability_plots import grade_along_units  # noqa: E402


def test_one_documents_line_is_labelled_the_mean_of_its_paragraphs():
    table = pd.DataFrame({"doc_id": ["d"] * 3, "paragraph": [1, 2, 3], "sentence": [None] * 3,
                          "consensus_grade": [10.0, 14.0, 21.0]})
    fig, ax = new_figure()
    grade_along_units(table, ax=ax)
    (line,) = ax.get_lines()
    assert line.get_ydata()[0] == 15.0  # (10 + 14 + 21) / 3
    assert [t.get_text() for t in ax.texts] == ["mean of paragraphs\n15.0"]
