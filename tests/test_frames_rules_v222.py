"""Guide 2.22 and lexicon 2.22.0: rule 148, a list of examples after a comma stays in the scope
of the contingency trigger before it (rule 2: an attack named only as the case the allies plan
for is not the threat frame).

Every sentence was written for these tests in the style of wire copy and White House briefings
as reported (none is from a labelled set or from real coverage); its frames were checked by
hand against the guide. Each positive check fails on lexicon 2.21.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_lexicon import load_frame_lexicon
from analysis.metrics.frames import frame_cues
from tests.frame_rules import frames_of


def test_lexicon_version_is_2_22_0_or_later():
    assert tuple(map(int, load_frame_lexicon().version.split("."))) >= (2, 22, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # the hypothetical counts 0.5 toward deterrence: with the allies' drills it is no threat
    ("The allies' drills rehearse a response to a range of scenarios, including nuclear use "
     "by North Korea.", {"alliance", "deterrence"}),
    ("The drills rehearse a response to several contingencies, such as a nuclear attack on "
     "the South.", {"deterrence"}),
    ("The drills train the defense against a set of emergencies, notably a nuclear strike "
     "on Seoul.", {"deterrence"}),
    # alone, the hypothetical gives no frame at all
    ("Officials are drafting a response to several contingencies, such as a nuclear attack on "
     "the South.", set()),
])
def test_listed_examples_stay_hypothetical(text, expected):
    assert frames_of(text) == expected


def test_list_cue_names_its_trigger():
    cues = frame_cues("Seoul and Washington will plan a response to several scenarios, "
                      "including nuclear use by the North.")
    use = [c for c in cues if c.text == "nuclear use"]
    assert [(c.frame, c.weight, c.rule) for c in use] == [
        ("deterrence", 0.5, "contingency 'response to'")]


@pytest.mark.parametrize(("text", "expected"), [
    # a comma before anything but a list opener still ends the scope
    ("The allies prepared a response to the drills, and nuclear use by North Korea remains "
     "possible.", {"alliance", "deterrence", "threat"}),
    # a list after a comma with no trigger before it is no hypothetical
    ("North Korea has raised the stakes, including nuclear use against the South.",
     {"threat"}),
    # a list of past events, not of the cases planned for, keeps its threat
    ("The allies will deter North Korea, particularly after its nuclear strike drill on Sunday "
     "simulated hitting Seoul.", {"alliance", "deterrence", "threat"}),
    ("Japan said it would protect its citizens, including those hurt by the missile attack on "
     "Tuesday.", {"threat"}),
])
def test_controls(text, expected):
    assert frames_of(text) == expected
