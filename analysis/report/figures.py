"""One helper saves every figure, byte-reproducibly (PySDM's ``show_plot`` habit).

:func:`save_figure` writes ``NAME.png`` and ``NAME.svg`` and shows the PNG in a notebook.
Reproducibility comes from: the Agg backend; an explicit style (:data:`STYLE`) with matplotlib's
bundled DejaVu Sans font, preferred over any system copy (:func:`bundled_fonts_first`); text
in SVG drawn as paths (no system fonts); PNG written with
``metadata={"Software": None}`` (no version stamp); SVG with ``metadata={"Date": None}`` and
``svg.hashsalt`` set to the figure's name (stable element ids). Two saves of the same figure
give the same bytes, which a test checks.
"""

from __future__ import annotations

from pathlib import Path

from .. import __version__

STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",
    "font.size": 9.0,
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "grid.linewidth": 0.6,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "figure.figsize": (7.0, 4.0),
    "svg.fonttype": "path",
    "image.cmap": "viridis",
    "axes.prop_cycle": None,
}
PALETTE = ["#1b6ca8", "#e07b39", "#3a9e6f", "#c44e52", "#8172b3", "#937860", "#da8bc3",
           "#8c8c8c"]
"""Colour cycle (colour-blind safe ordering)."""


def use_style() -> None:
    """Select the Agg backend and apply :data:`STYLE` (idempotent)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from cycler import cycler

    style = dict(STYLE)
    style["axes.prop_cycle"] = cycler(color=PALETTE)
    matplotlib.rcParams.update(style)
    bundled_fonts_first()


def bundled_fonts_first() -> None:
    """Make "DejaVu Sans" find matplotlib's own copy, not a system one (idempotent).

    The font cache in the user's home is shared by every matplotlib of the same version and may
    list a system DejaVu Sans (another version, other glyph ids in the SVG) or miss the bundled
    files of this environment; the figures' bytes must not depend on it."""
    import matplotlib
    from matplotlib import font_manager

    manager = font_manager.fontManager
    ttf = Path(matplotlib.get_data_path(), "fonts", "ttf")
    known = {Path(font.fname) for font in manager.ttflist}
    for path in sorted(ttf.glob("DejaVuSans*.ttf")):
        if path not in known:
            manager.addfont(path)
    order = [Path(font.fname).parent != ttf for font in manager.ttflist]
    if order != sorted(order):
        manager.ttflist.sort(key=lambda font: Path(font.fname).parent != ttf)
        clear = getattr(manager._findfont_cached, "cache_clear", None)
        if clear is not None:
            clear()


def new_figure(nrows: int = 1, ncols: int = 1, figsize: tuple[float, float] | None = None,
               **kwargs):
    """Create a figure and axes in the house style (``plt.subplots`` arguments)."""
    use_style()
    import matplotlib.pyplot as plt

    return plt.subplots(nrows, ncols, figsize=figsize, **kwargs)


def caption_text(corpus_name: str, n_documents: int | None = None, extra: str = "") -> str:
    """The caption line: corpus name, size and package version."""
    size = ""
    if n_documents is not None:
        size = f" ({n_documents} document{'s' if n_documents != 1 else ''})"
    parts = [f"Corpus: {corpus_name}{size}", f"analysis {__version__}"]
    if extra:
        parts.append(extra)
    return " · ".join(parts)


def _save(path: Path, writer) -> None:
    """Write a figure through the package's one atomic writer (:mod:`analysis.io`)."""
    from ..io import atomic_path

    with atomic_path(path, create_parents=True) as tmp:
        writer(tmp)


def save_figure(fig, name: str, folder: str | Path, caption: str | None = None,
                show: bool = True) -> None:
    """Save ``fig`` as ``folder/name.png`` and ``folder/name.svg`` reproducibly, then show it.

    ``caption`` (see :func:`caption_text`) is written as a small grey line under the plot.
    In a notebook the PNG is displayed and the figure closed, so the cell's only output is
    the image (nbval compares no PNG bytes). Returns None, so a notebook cell ending with it
    shows nothing but the figure.
    """
    import matplotlib
    import matplotlib.pyplot as plt

    folder = Path(folder)
    if fig.get_layout_engine() is not None:
        # Run the layout engine (constrained layout) once and freeze it, so the caption is
        # placed under the final layout and the engine does not move the axes again.
        fig.canvas.draw()
        fig.set_layout_engine("none")
    if caption:
        # Below everything already drawn (tick labels, axis labels), left-aligned with it.
        box = fig.get_tightbbox(fig.canvas.get_renderer())
        width, height = fig.get_size_inches()
        fig.text(box.x0 / width, (box.y0 - 0.08) / height, caption, fontsize=7,
                 color="#666666", ha="left", va="top")
    png = folder / f"{name}.png"
    svg = folder / f"{name}.svg"
    with matplotlib.rc_context({"svg.hashsalt": name, "svg.fonttype": "path"}):
        _save(png, lambda p: fig.savefig(p, format="png", metadata={"Software": None},
                                         bbox_inches="tight", pad_inches=0.15))
        _save(svg, lambda p: fig.savefig(p, format="svg", metadata={"Date": None},
                                         bbox_inches="tight", pad_inches=0.15))
    if show and _in_notebook():
        from IPython.display import Image, display

        display(Image(filename=str(png)))
    plt.close(fig)


def _in_notebook() -> bool:
    """True inside a Jupyter kernel."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and shell.__class__.__name__ == "ZMQInteractiveShell"
