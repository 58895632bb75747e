"""Write one self-contained HTML report of all notebooks, without code cells (``make report``).

The executed notebooks (committed, or those of ``build/<corpus>/notebooks`` for another corpus)
are joined in order into one notebook; nbconvert's HTML exporter then drops every code input
and prompt (``exclude_input``), keeps outputs (tables, figures as embedded PNG, commentary)
and inlines everything, so the file opens anywhere without Jupyter or a network.

Tables are made for readers (:func:`readable_tables`): column names in words (``n_documents``
-> "documents", ``ci_low`` -> "95% CI low"), text left-aligned and numbers right-aligned. The
notebooks already show numbers to three decimals and text uncut
(:data:`analysis.report.notebook.DISPLAY_OPTIONS`).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = {"n": "", "ci": "95% CI", "doc": "document", "id": "ID", "vs": "vs", "g": "g",
         "1000": "1,000", "pct": "%", "fk": "Flesch-Kincaid"}
"""Words of column names spelled out for readers (the rest: underscores become spaces)."""

_TABLE = re.compile(r"<table[^>]*class=\"dataframe[^\"]*\"[^>]*>.*?</table>", re.S)
_HEAD_CELL = re.compile(r"(<th[^>]*>)([^<]*)(</th>)")
_BODY_CELL = re.compile(r"<td>([^<]*)</td>")
_NUMBER = re.compile(r"^\s*[-+−]?(\d[\d,]*\.?\d*(e[-+]?\d+)?%?|nan|NaN|<NA>|NaT|inf|-inf)\s*$")
STYLE = ("<style>.jp-RenderedHTMLCommon table.dataframe td,.jp-RenderedHTMLCommon "
         "table.dataframe th{text-align:left !important;vertical-align:top}"
         ".jp-RenderedHTMLCommon table.dataframe td.num{text-align:right !important;"
         "font-variant-numeric:tabular-nums}.jp-RenderedHTMLCommon table.dataframe td"
         "{max-width:40em;white-space:normal}</style>")
"""The template right-aligns every cell; text reads better left-aligned, numbers right."""


def readable_name(column: str) -> str:
    """A column name in words: ``n_documents`` -> ``documents``, ``ci_low`` -> ``95% CI low``,
    ``hedges_per_1000_words`` -> ``hedges per 1,000 words``; ``doc_id`` -> ``document ID``."""
    words = [WORDS.get(w, w) for w in column.split("_")]
    return " ".join(w for w in words if w) or column


def _readable_table(table: str) -> str:
    head, sep, body = table.partition("</thead>")
    if sep:
        head = _HEAD_CELL.sub(lambda m: m[1] + readable_name(m[2]) + m[3], head)
    else:
        head, body = "", table
    body = _BODY_CELL.sub(lambda m: ('<td class="num">' if _NUMBER.match(m[1]) else "<td>")
                          + m[1] + "</td>", body)
    return head + sep + body


def readable_tables(html: str) -> str:
    """Every pandas table of ``html`` made for readers (see the module docstring)."""
    html = _TABLE.sub(lambda m: _readable_table(m[0]), html)
    return html.replace("</head>", STYLE + "</head>", 1)


def build(notebooks: list[Path], out: Path, title: str) -> Path:
    """Join ``notebooks`` and write the HTML report to ``out``; returns ``out``."""
    import nbformat
    from nbconvert import HTMLExporter

    joined = nbformat.v4.new_notebook()
    joined.metadata = nbformat.read(notebooks[0], as_version=4).metadata
    joined.metadata["title"] = title
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code" and not cell.get("outputs"):
                continue
            joined.cells.append(cell)
    exporter = HTMLExporter(template_name="lab", embed_images=True)
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    html, _ = exporter.from_notebook_node(joined)
    # Self-contained: drop the template's CDN scripts (MathJax, RequireJS, Mermaid), which the
    # report does not need and which would reach for the network when opened.
    html = re.sub(r"<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>", "", html)
    html = re.sub(r"<script type=\"module\">(?:(?!</script>).)*?https?://cdnjs(?:(?!</script>).)*"
                  r"</script>", "", html, flags=re.S)
    from analysis.io import write_text_atomic

    write_text_atomic(out, readable_tables(html), create_parents=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="executed notebooks (default: notebooks/NN_*.ipynb)")
    parser.add_argument("--corpus", default="seeds",
                        help="corpus the notebooks were run on with make figures CORPUS=...")
    parser.add_argument("-o", "--output", type=Path, help="default: report/<corpus>.html")
    parser.add_argument("--title", default="Coverage of the Washington Declaration")
    args = parser.parse_args(argv)
    from run_notebooks import SEEDS, build_name

    seeds = Path(args.corpus).resolve() == SEEDS
    name = "seeds" if seeds else build_name(Path(args.corpus))
    folder = ROOT / "notebooks" if seeds else ROOT / "build" / name / "notebooks"
    notebooks = args.notebooks or sorted(folder.glob("[0-9][0-9]_*.ipynb"))
    args.output = args.output or ROOT / "report" / f"{name}.html"
    if not notebooks:
        print(f"error: no executed notebooks in {folder}; run make figures first",
              file=sys.stderr)
        return 2
    out = build(notebooks, args.output, args.title)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
