"""Guide 2.24 and lexicon 2.24.0: de-escalation (rule 149) and denials in other words (rule
150), from a newcomer's hand check of commentary and Chinese statements as reported; and the
encoder kept from denied frames.

- *De-escalation* (to de-escalate, de-escalatory steps) names the opposite of escalation: a
  call for it is a call to ease tension with the North, `diplomacy` (rule 59), never `threat`
  (the tokenizer split "de-escalation" and found "escalation"). A tension named keeps its
  `threat`.
- *No reference to* and *did not refer to* deny their object like *no mention of* (rule 62);
  *not a step toward* denies what follows like *not* (rule 8).

Every sentence was written for these tests in the style of wire copy, commentary and
Chinese statements as reported; its frames were checked by hand against the guide. Each
positive check fails on lexicon 2.23.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing called for de-escalation and urged every party to show restraint.", {"diplomacy"}),
    ("The envoy said both sides must take steps to de-escalate on the peninsula.",
     {"diplomacy"}),
    ("China urged de-escalatory steps after the launch.", {"diplomacy", "threat"}),
    # the tension named keeps its threat (rule 59)
    ("Moscow called for the de-escalation of tensions on the peninsula.",
     {"diplomacy", "threat"}),
    # controls: escalation itself stays threat
    ("The launch marked a sharp escalation on the peninsula.", {"threat"}),
    ("Analysts fear the standoff will escalate further.", {"threat"}),
    # denials in other words
    ("The declaration makes no reference to dialogue with North Korea.", set()),
    ("The joint statement did not refer to talks with Pyongyang.", set()),
    ("The statement never referred to talks with Pyongyang.", set()),
    ("The declaration is not a step toward nuclear sharing, officials stressed.", set()),
    # controls: the same cues, said
    ("The declaration refers to dialogue with North Korea as the goal.", {"diplomacy"}),
    ("Critics call the group a step toward nuclear sharing.", {"deterrence"}),
])
def test_rules_149_150(text, expected):
    assert frames_of(text) == expected


def test_the_encoder_adds_no_denied_frame():
    from analysis.metrics.frame_encoder import add_encoder_frames
    from analysis.metrics.frames import frame_scores

    denied = frame_scores("The statement made no reference to dialogue with North Korea.")
    # the encoder's probabilities as a newcomer saw them: diplomacy 0.91
    result = add_encoder_frames(denied, [0.1, 0.91, 0.1, 0.1], 0.80)
    assert result["frames"] == set() and result["encoder_frames"] == set()
    said = frame_scores("The bombers flew over the peninsula on Tuesday.")
    assert add_encoder_frames(said, [0.1, 0.91, 0.1, 0.1], 0.80)["encoder_frames"] == {
        "diplomacy"}
