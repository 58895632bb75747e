"""Guide 2.11 and lexicon 2.11.0: defence spending (rule 64), posture (65), the North's launches
named as its own (66); radar networks (rule 14), *placing* denied (rule 35) and troops sent to
fight against Ukraine or to the Kursk region (rule 53).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, briefings and KCNA as reported (none is from a labelled set or from real coverage); its
frames were checked by hand against the guide. Each positive check fails on lexicon 2.10.0; the
controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 64: defence spending is capability
    ("Seoul will lift its defence budget by seven percent next year, the finance ministry said.",
     {"deterrence"}),
    ("Q: Will Seoul be asked to spend more on its own defence?", {"deterrence"}),
    # rule 65: the allies' posture and the posture review
    ("Officials said the posture review was still under way at the Pentagon.", {"deterrence"}),
    ("The Pentagon wants an alliance posture that can answer more than one crisis.",
     {"alliance", "deterrence"}),
    # ... and the North's posture is its own (after rule 7)
    ("Pyongyang's posture toward the South has hardened, the ministry said.", {"threat"}),
    # rule 66: the North's launches named as its own
    ("Analysts counted eleven North Korean launches in the first half of the year.", {"threat"}),
    ("The three militaries will swap tracking data on launches by the North in real time.",
     {"deterrence", "threat"}),
    # rule 14: radar networks are missile warning
    ("The link joins the radar networks of Japan and South Korea through a hub in Hawaii.",
     {"deterrence"}),
    # rule 35: placing denied
    ("The officials said the plan does not involve placing American nuclear weapons in the South.",
     set()),
    # rule 53: troops sent to fight against Ukraine or to the Kursk region
    ("Pyongyang is sending troops to fight against Ukraine, the spy agency said.", {"threat"}),
    ("The North will send engineers and deminers to the Kursk region, Moscow said.", {"threat"}),
])
def test_rules_64_to_66(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a posture with no party of the story, or a city's budget, is no frame (rules 64, 65)
    ("The coach said the striker's posture had improved.", set()),
    ("The city council raised its budget for parks.", set()),
    # a launch as a contingency stays one (rule 2)
    ("Should the North launch a nuclear attack, the allies would meet it with an overwhelming "
     "response.", {"alliance", "deterrence"}),
])
def test_controls(text, expected):
    assert frames_of(text) == expected
