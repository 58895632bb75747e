"""Metric modules: each turns text into a tidy table of one measure."""
