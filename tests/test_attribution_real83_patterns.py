"""Patterns read off the errors of the blind set real83 (inter-Korean tensions and diplomacy,
2023-26), on sentences written for these tests in the styles of a unification ministry's
briefing record and wire copy (issues 13 and 14)."""

from __future__ import annotations

import pytest

from analysis.metrics.frame_context import document_frame_scores
from tests.speaker_rows import voice_speaker_rows as voices


def test_a_briefing_record_whose_question_asks_the_ministry_is_turns():
    text = ("Q. Reports say the North has taken down a sign at the truce village. Is the "
            "Unification Ministry aware of this?\n\n"
            "A. The sign was removed in March. A new one went up in May.")
    assert voices(text) == [("speech", "Q")] * 2 + [("speech", "A")] * 2


def test_an_explainer_in_questions_and_answers_stays_the_writers():
    text = ("Q: What is the NCG?\n\nA: It is a body of the two allies that meets twice a year."
            "\n\nQ: Why does it matter?\n\nA: It gives Seoul a say in nuclear planning.")
    assert {v for v, _ in voices(text)} == {"authorial"}


@pytest.mark.parametrize("text, expected", [
    # guide rule 164: the inter-Korean pair seen from the North, and getting along with Kim
    ("North Korea blew up roads near the border on Tuesday, in another demonstration of "
     "cutting ties with the South.", {"diplomacy"}),
    ("He said he got along very well with North Korea's Kim Jong Un.", {"diplomacy"}),
    ("The two leaders said they get along well.", set()),
])
def test_inter_korean_ties_and_getting_along(text, expected):
    assert document_frame_scores([text], use_model=False)[0]["frames"] == expected
