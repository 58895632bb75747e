"""The house style draws with matplotlib's own DejaVu Sans whatever the shared font cache lists."""

import shutil
from pathlib import Path

import matplotlib
from matplotlib import font_manager

from analysis.report.figures import use_style


def test_a_system_copy_listed_first_does_not_change_the_figures_font(tmp_path):
    manager = font_manager.fontManager
    ttf = Path(matplotlib.get_data_path(), "fonts", "ttf")
    system_copy = tmp_path / "DejaVuSans.ttf"  # as /usr/share/fonts/truetype/dejavu has it
    shutil.copy(ttf / "DejaVuSans.ttf", system_copy)
    before = list(manager.ttflist)
    try:
        manager.addfont(system_copy)
        manager.ttflist.insert(0, manager.ttflist.pop())
        manager._findfont_cached.cache_clear()
        assert Path(font_manager.findfont("DejaVu Sans")) == system_copy  # the trap is set
        use_style()
        assert Path(font_manager.findfont("DejaVu Sans")) == ttf / "DejaVuSans.ttf"
        use_style()  # idempotent: nothing added twice
        assert sum(Path(f.fname) == ttf / "DejaVuSans.ttf" for f in manager.ttflist) == 1
    finally:
        manager.ttflist[:] = before
        manager._findfont_cached.cache_clear()
