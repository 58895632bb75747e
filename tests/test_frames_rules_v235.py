"""Guide 2.35, words for rule 42 (lexicon 2.35.0), read off the errors of the blind set real96
(US strategic assets on the peninsula and the reactions of North Korea, China and Russia).
Sentences written for these tests in the styles of wire copy and UN Security Council reports."""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize("sentence", [
    "The envoy told the council that the test was a legitimate exercise of his country's right "
    "to self-defence against the hostile forces.",
    "Pyongyang will exercise the sovereign right of the state at the level of the right to "
    "self-defense if provoked.",
    "The spokesman said the launch was an exercise of its right to self-defense.",
    "North Korea said it was exercising its sovereign right to launch satellites.",
    "The test was an exercise of its sovereign rights, the envoy said.",
    "Pyongyang will exercise its legitimate right to respond, the ministry said.",
])
def test_exercising_a_right_to_self_defence_is_no_drill_and_no_defence_posture(sentence):
    assert "deterrence" not in frames_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The allies staged a combined air exercise over the Yellow Sea on Wednesday.",
    "Seoul will strengthen its missile defence against the North's launches.",
])
def test_drills_and_defences_keep_their_frame(sentence):
    assert "deterrence" in frames_of(sentence)
