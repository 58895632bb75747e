"""Figures, plots, computed commentary and displays for notebooks and reports."""
