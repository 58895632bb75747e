"""Guide 2.20 and lexicon 2.20.0: rules 131-133 and words for rules 4, 15, 27, 58 and 124,
classes of error of real37 that recur in at least two sets of real coverage: the North as the
doer of an act on a force cue (131), the owner after *possessed by* (132), the allies'
reconnaissance planes and the North's threat to shoot them down (133), the South's bases named
as not safe (134), the two sides sharing their assessments (135), strengthening South Korea's
defences (136), the missile's flight told as an event (124), work reported to the presidents
(58), sharing nuclear planning (27) and South Korea's nuclear ambitions (15).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press and KCNA statements as reported (none is from a labelled set or from real coverage); its
frames were checked by hand against the guide. Each positive check fails on lexicon 2.19.0;
the controls pass on both.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_north_acts import act_verb_before, north_act_owner
from analysis.metrics.lexicon import tokens
from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 131: the North as the subject of an act verb whose object is the force cue
    ("Kim Jong Un on Friday inspected a new nuclear-powered submarine at a shipyard, state "
     "media said.", {"threat"}),
    ("Pyongyang is building a larger submarine at its Sinpo shipyard, analysts believe.",
     {"threat"}),
    ("North Korea on Sunday staged a drill simulating a counterattack on enemy airfields.",
     {"threat"}),
    ("The North Korean leader oversaw a naval drill off the east coast, KCNA reported.",
     {"threat"}),
    # rule 132: the owner named after possessed (owned, held) by
    ("KCNA praised the strong nuclear deterrent possessed by the Korean People's Army.",
     {"threat"}),
    # rule 133: the allies' spy planes; the North's threat to shoot them down
    ("Pyongyang again accused Washington of flying spy planes near its eastern coast.",
     {"deterrence"}),
    ("The North warned it could start shooting down American reconnaissance planes over its "
     "waters.", {"deterrence", "threat"}),
    # rule 124: the flight told as an event
    ("Japan's defence ministry said the missile travelled some 700 km before landing in the "
     "waters east of the peninsula.", {"threat"}),
    ("Officials said the projectile reached an altitude of about 2,000 km.", {"threat"}),
    # rules 4 and 58: the group's work reported to the presidents
    ("Its conclusions will go straight to the presidents, and they will be reported to the "
     "presidents every quarter.", {"alliance"}),
    # rule 27: sharing nuclear planning
    ("Seoul and Washington agree to share nuclear planning for the first time", {"alliance",
                                                                             "deterrence"}),
    # rule 15: South Korea's nuclear ambitions are the own-bomb debate
    ("Polls have fed talk abroad about South Korea's nuclear ambitions.", {"deterrence"}),
    # rule 134: the South's bases named as not safe in the North's warning
    ("Her statement said ROK military bases would no longer be safe.", {"deterrence"}),
    ("KCNA warned that the southern ports and military bases were not safe places any more.",
     {"deterrence", "threat"}),
    # rule 135: the two sides sharing their assessments
    ("The two sides shared their assessments of the latest launches by Pyongyang.",
     {"alliance", "threat"}),
    # rule 136: strengthening South Korea's defences is capability
    ("The ministers discussed ways to strengthen South Korea's defenses against drones.",
     {"deterrence"}),
])
def test_rules_131_136(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the allies as the doers keep their drill and submarine
    ("South Korea and the US conducted a drill with a nuclear-capable submarine on Monday.",
     {"deterrence"}),
    ("The US Navy is building a new class of ballistic missile submarine.", {"deterrence"}),
    # an allied owner between the verb and the cue
    ("North Korea tested a missile hours after the U.S. bomber flew over the peninsula.",
     {"deterrence", "threat"}),
    # the verb's object ends before the cue
    ("The effort to stop Pyongyang developing weapons has failed and outlines extended "
     "deterrence measures.", {"deterrence"}),
    # condemnation is no act of building or testing
    ("North Korea condemned the submarine's arrival in Busan.", {"deterrence"}),
    # rule 135: assessments shared with China's envoy are none of the four
    ("Officials said they shared assessments with China on the situation.", set()),
])
def test_rule_131_controls(text, expected):
    assert frames_of(text) == expected


def test_north_act_owner_reads_subject_verb_and_object():
    toks = tokens("North Korea has conducted a drill on Monday")
    drill = 5
    assert act_verb_before(toks, drill) == 3
    assert north_act_owner(toks, drill, [(0, 2)], [], True)
    assert not north_act_owner(toks, drill, [(0, 2)], [], False)  # not the clause's party
    assert not north_act_owner(toks, drill, [], [], True)  # no North Korea mention
