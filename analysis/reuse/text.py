"""Words and reference texts as the reuse measures see them.

Two texts are compared word by word after a light normalisation that removes what editors
change without changing the words: case (``Decisive`` = ``decisive``), punctuation and
quotation marks (dropped, as they are not part of any word), curly against straight
apostrophes (``North Korea’s`` = ``North Korea's``) and hyphens against spaces
(``nuclear-armed`` = ``nuclear armed``). A word is a run of letters or digits, with inner
apostrophes, so ``28,000`` is two words here (``28`` ``000``) on both sides alike. A
document's stage lines are not compared or counted (:func:`content_spans`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word for reuse matching: letters or digits, with inner apostrophes."""

_BRACKETED_RE = re.compile(r"\[[^\[\]]{0,80}\]")


def normalise_word(word: str) -> str:
    """Case-fold a word and turn a curly apostrophe into a straight one."""
    return word.casefold().replace("’", "'")


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, normalised word)`` for every word of ``text[start:end]``.

    Offsets refer to ``text``. Compatibility characters (ligatures, full-width letters) are
    folded by NFKC before the word is case-folded.
    """
    end = len(text) if end is None else end
    return [(m.start(), m.end(), normalise_word(unicodedata.normalize("NFKC", m.group(0))))
            for m in WORD_RE.finditer(text, start, end)]


def content_spans(doc) -> list[tuple[int, int, str]]:
    """:func:`word_spans` of a document's text less its stage lines (bylines, rights notices,
    a transcript's stage directions: :mod:`analysis.corpus.furniture_lines`), which no outlet
    writes as its story: two pages of one site share their footer, not their reporting."""
    spans = word_spans(doc.text)
    stage = [(s.start, s.end) for s in doc.sentences if s.voice == "stage"]
    if not stage:
        return spans
    starts = np.fromiter((s for s, _, _ in spans), dtype=np.int64, count=len(spans))
    inside = np.zeros(len(spans), dtype=bool)
    for start, end in stage:
        inside[np.searchsorted(starts, start):np.searchsorted(starts, end)] = True
    return [span for span, out in zip(spans, inside, strict=True) if not out]


def quotation_words(text: str) -> tuple[str, ...]:
    """The normalised words of a quotation, without editorial insertions.

    A bracketed insertion (``“[North Korea] will face ...”``, ``[sic]``) is the reporter's,
    not the speaker's, so it is dropped; an ellipsis is punctuation and so is dropped too,
    leaving the words on either side of it.
    """
    return tuple(w for _, _, w in word_spans(_BRACKETED_RE.sub(" ", text)))


def load_references(reference: str | Path | Iterable[str | Path] | Mapping[str, str] | None
                    ) -> dict[str, str]:
    """Reference texts by name: ``{stem: text}``.

    ``reference`` is one path, several paths, or a mapping of names to texts already read.
    Files are read like corpus files (:func:`analysis.corpus.read_text`: UTF-8, checked,
    normalised; a saved ``.html`` page gives its article's text, as in a corpus folder), and a
    bad file raises :class:`analysis.errors.CorpusError` naming it, as does a table (a
    reference is one text, not rows of them). Two
    references with the same stem are an error, since the stem is the ``source`` they are
    reported under.
    """
    from ..corpus import normalise_text, read_text
    from ..corpus.table_files import TABLE_SUFFIXES
    from ..corpus.web_pages import HTML_SUFFIXES, load_html
    from ..errors import CorpusError

    if reference is None:
        return {}
    if isinstance(reference, Mapping):
        return {str(name): normalise_text(text) for name, text in reference.items()}
    paths = [reference] if isinstance(reference, str | Path) else list(reference)
    out: dict[str, str] = {}
    for path in paths:
        path = Path(path)
        if path.stem in out:
            raise ValueError(f"{path}: a second reference text named {path.stem!r}; "
                             "reference names (file stems) must differ")
        suffix = path.suffix.lower()
        if suffix in TABLE_SUFFIXES:
            raise CorpusError(path, "a reference is one text (a .txt file or a saved .html "
                                    "page), not a table of articles")
        out[path.stem] = load_html(path).text if suffix in HTML_SUFFIXES else read_text(path)
    return out
