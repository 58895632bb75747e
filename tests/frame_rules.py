"""What the frame-rule tests (``test_frames_rules*.py``) share: the lexicon's frames of one
sentence. The tests check the lexicon's rules; the supervised model that backs it up by
default is tested in ``test_frame_model.py``."""

from __future__ import annotations

from analysis.metrics.frames import frame_scores


def frames_of(text: str) -> set[str]:
    """The lexicon's frames for ``text`` (no document context, no model)."""
    return frame_scores(text, use_model=False)["frames"]
