"""Reading corpora: the document model, paragraphs, sentences and quotations.

``load_corpus(path)`` reads a ``.txt`` file or a folder of them (with JSON sidecars) into a
:class:`Corpus` of :class:`Document` objects, each segmented into paragraphs and sentences with
their voice and speaker (:mod:`analysis.corpus.documents`, :mod:`analysis.corpus.sentences`,
:mod:`analysis.corpus.quotes`).
"""

from .documents import (
    METADATA_FIELDS,
    Corpus,
    Document,
    Paragraph,
    Sentence,
    load_document,
    normalise_text,
    read_metadata,
    read_text,
)
from .load import iter_corpus, load_corpus

__all__ = ["METADATA_FIELDS", "Corpus", "Document", "Paragraph", "Sentence", "iter_corpus",
           "load_corpus", "load_document", "normalise_text", "read_metadata", "read_text"]
