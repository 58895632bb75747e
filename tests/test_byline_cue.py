"""The byline cue of :func:`analysis.metrics.furniture.mask_lines` (``By`` or ``by`` before a
capital, within 20 characters of its line's start, not inside a word): found by the *y* of
*By* and the letter before it tested by hand, the same answer as the pattern ``[Bb]y (?=[A-Z])``.
Texts written for these tests; none holds another furniture cue."""

import re

import pytest

from analysis.metrics.furniture import _has_line_cue, mask_lines

_FULL = re.compile(r"[Bb]y (?=[A-Z])")

TEXTS = [
    "By Kim Tong-hyung\nSEOUL -- The talks resumed.",
    "Story by Lee Ji-won\nThe talks resumed.",
    "The talks resumed.\nBy Park Min-ji",
    "xBy Kim left early.",
    "_by Kim left early.",
    "The talks resumed, and by Friday Seoul had agreed.",
    "BY Kim Tong-hyung\nThe talks resumed.",
    "Quite likely, Yoon said.",
]


def _with_full_pattern(text: str) -> bool:
    """Whether a byline cue stands in ``text``, read with the full pattern."""
    return any(m.start() - text.rfind("\n", 0, m.start()) <= 21 and not (
        m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))
        for m in _FULL.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_a_byline_cue_is_found_where_the_full_pattern_finds_one(text):
    assert _has_line_cue(text) == _with_full_pattern(text)


def test_a_byline_line_is_masked_and_a_by_in_running_text_is_not():
    assert mask_lines(TEXTS[0]).startswith(".")
    assert mask_lines(TEXTS[5]) == TEXTS[5]
