"""What the frame-rule tests (``test_frames_rules*.py``) share: the lexicon's frames of one
sentence, and of the sentences of one document. The tests check the lexicon's rules; the
supervised model that backs it up by default is tested in ``test_frame_model.py``."""

from __future__ import annotations

from analysis.metrics.frame_context import document_frame_scores
from analysis.metrics.frames import frame_scores


def frames_of(text: str) -> set[str]:
    """The lexicon's frames for ``text`` (no document context, no model)."""
    return frame_scores(text, use_model=False)["frames"]


def story_frames(*texts: str) -> list[set[str]]:
    """The lexicon's frames of each sentence of one document (``texts`` in order), read with
    the document's context (the NCG named, the pair's story; no model)."""
    return [r["frames"] for r in document_frame_scores(texts, use_model=False)]
