""":func:`analysis.corpus.title_case.headline_quote_spans` in time linear in the text: a first
paragraph of one long line (a CSV export without paragraph breaks or stops) with many opening
marks that nothing closes (``the '23 season``) is read in milliseconds, with the same spans.

The headlines were written for this test in the style of wire and Korean English-language press.
"""

from __future__ import annotations

import time

import pytest

from analysis.corpus.title_case import headline_quote_spans


@pytest.mark.parametrize("text, quoted", [
    ("Christie Calls Clinton ‘A Disgrace’", ["‘A Disgrace’"]),
    ("Pyongyang Slams Allies' 'Nuclear War Plan,' Vows Response", ["'Nuclear War Plan,'"]),
    ("Yoon Hails 'Ironclad' Alliance, Biden Says 'Never Again'", ["'Ironclad'", "'Never Again'"]),
    ("Seoul's Exports Beat the '90s Record", []),
    ("Kim's Sister Calls Deal 'Product\nof Hostility'", []),  # no quotation across a line
    ("The '23 Drills and 'Freedom Shield' Resume", ["'23 Drills and 'Freedom Shield'"]),
])
def test_spans(text, quoted):
    assert [text[a:b] for a, b in headline_quote_spans(text, 0, len(text))] == quoted


def test_spans_within_bounds():
    text = "SEOUL, April 27 -- Allies Vow 'Overwhelming' Response"
    start = text.index("Allies")
    assert headline_quote_spans(text, start, len(text) - 9) == [(30, 44)]


def test_many_unclosed_marks_on_one_long_line_are_read_in_linear_time():
    text = "exports rose in the '23 season and " * 4000  # 140,000 characters, no closing mark
    began = time.perf_counter()
    assert headline_quote_spans(text, 0, len(text)) == []
    assert time.perf_counter() - began < 1.0  # the lazy regex took about 25 s here
