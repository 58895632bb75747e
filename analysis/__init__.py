"""Readability, keyword and stance metrics for news coverage of the Washington Declaration.

Data flows one way: ``seeds/`` -> :mod:`analysis.corpus` -> metric modules
(:mod:`analysis.readability`, :mod:`analysis.keywords`, :mod:`analysis.stance`), each returning
a tidy :class:`pandas.DataFrame` -> :mod:`analysis.plots` -> notebooks and ``figures/``.

Heavy libraries are imported inside the modules that need them, so ``import analysis`` is cheap.
Corpora of thousands of articles or more: :mod:`analysis.pipeline` (chunked, parallel, Dask).
"""

__version__ = "0.1.0"
