"""Voice patterns read off the errors of the blind set real100 (editorials, columns and op-eds
on the declaration, the NCG and the alliance's future, 2022-26, and the press reports that
quote them), on texts written for these tests in those styles (issue 13)."""

from __future__ import annotations

import pytest

from analysis.corpus.source_phrases import ends_in_adjective
from tests.speaker_rows import one, rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The paper conjectured that Washington would use the summit to bolster deterrence.",
     "the paper"),
    ("Officials speculated that the talks would resume after the election.", "officials"),
])
def test_conjecture_and_speculation_before_that_report_their_subject(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "But the prevalent view is that the two leaders may have brokered dangerous deals.",
    "The apparent aim is to raise the nuclear threat to Japan and South Korea.",
])
def test_a_view_with_no_holder_is_the_writers(sentence):
    assert one(sentence)[0] == "authorial"


def test_a_source_phrase_cut_before_its_noun_names_nobody_but_a_text_speaks():
    sentence = "But the prevalent view is that the leaders brokered a deal."
    assert ends_in_adjective(sentence, sentence.index(" view"))
    text = "The military agreement, signed in 2018, called for easing the tensions."
    assert not ends_in_adjective(text, text.index(" agreement"))
    assert not ends_in_adjective("Kim said so.", 3)  # a name, no adjective


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Defense analysts have discounted the claims, but have warned that the North could test.",
     "Defense analysts"),
    ("Nuclear proliferation experts have doubted the claims but have said that a test is near.",
     "Nuclear proliferation experts"),
])
def test_a_capitalised_modifier_and_its_plural_noun_are_one_subject(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_the_paper_after_nikkei_is_the_nikkei_not_the_last_source():
    text = ("Nikkei wrote that the allies will rebuild their nuclear strategy.\n\n"
            "According to the daily, the Pentagon estimates that the threat will grow.\n\n"
            "The paper claimed that the review has become an urgent issue for the Pentagon.")
    assert rows(text)[2] == ("quoted", "the paper", "Nikkei")
