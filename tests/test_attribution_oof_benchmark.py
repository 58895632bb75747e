"""The error categories of ``benchmarks/attribution_oof.py`` on sentences written for this file
(not PolNeAR text, not the package's output)."""

from attribution_oof import PATTERNS, extra_kind, missed_kind  # benchmarks/, via conftest


def test_extra_sentences_are_put_by_reading_and_gold_share():
    assert extra_kind("indirect", "Lee said the drills would go ahead.", 0.3) == \
        "indirect: 1/4 to 1/2 gold content"
    assert extra_kind("none", "Seoul hopes the group will meet soon.", 0.0) == \
        "model: no gold content"
    # A direct reading without a quotation mark of its own is a quotation's later sentence.
    assert extra_kind("direct", "It was forged in blood.", 0.1) == \
        "direct, inside a multi-sentence quotation: under 1/4 gold content"
    assert extra_kind("direct", "“It was forged in blood,” Yoon said.", 0.45) == \
        "direct: 1/4 to 1/2 gold content"


def test_missed_sentences_are_put_by_where_the_cue_stands():
    assert missed_kind("Will the group meet its promise?", False, None, 0.55, 3, 3) == \
        "question"
    assert missed_kind("Allies back Seoul", False, None, 0.55, 0, 0) == \
        "headline or prescription"
    assert missed_kind("The group meets in June.", True, 0.1, 0.55, 2, 3) == \
        "gold cue in an earlier sentence"
    assert missed_kind("Yoon wants the group to meet.", True, 0.4, 0.55, 3, 3) == \
        "gold cue in the sentence, model within 0.2 of the threshold"
    assert missed_kind("Yoon wants the group to meet.", True, 0.2, 0.55, 3, 3) == \
        "gold cue in the sentence, model further below"


def test_patterns_match_their_surface_forms():
    assert PATTERNS["according to / as reported by"].search(
        "The launch failed, according to the Joint Chiefs of Staff.")
    assert PATTERNS["passive reporting verb (was told, is expected)"].search(
        "Lawmakers were told the group would meet twice a year.")
    assert not PATTERNS["question (ends in ?)"].search("He asked why. Nobody knew.")
