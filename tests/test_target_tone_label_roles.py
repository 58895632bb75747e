"""Roles read at labelling time (:mod:`analysis.metrics.target_tone.label_roles`): the target
pressed to denuclearise or told it will face a response, the one building up nuclear arms, the
one a hostile act is aimed at, the one a commitment protects, and the person a speaker is
described by. Sentences written for these tests in the styles of wire copy, Korean
English-language press, allied statements and KCNA as reported."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.metrics import target_tone as tt
from analysis.metrics.actor_tone import actor_tone
from analysis.metrics.target_tone import label_roles, training


def _unbracket(s: str) -> tuple[str, int, int]:
    a = s.index("[")
    b = s.index("]") - 1
    return s.replace("[", "").replace("]", ""), a, b


ROLE_CASES = [
    # denuclearisation demanded of the target
    ("The ministers renewed their call for [North Korea]'s complete and verifiable "
     "denuclearization.", "pressure_object"),
    ("Both sides remain committed to the complete denuclearization of [North Korea].",
     "pressure_object"),
    ("Seoul and Tokyo pledged to work together to denuclearize [the DPRK].", "pressure_object"),
    # a response the target will face, across the commas of a list of adjectives
    ("[Pyongyang] will face a swift, overwhelming and decisive response if it uses nuclear "
     "arms, the allies said.", "pressure_object"),
    # an arms build-up by the target
    ("[Pyongyang] has built and tested a series of solid-fuel missiles able to reach Guam.",
     "hostile_source"),
    ("Kim warned that [North Korea] would respond by expanding its nuclear arsenal.",
     "hostile_source"),
    ("State media said [Kim] set out new tasks to increase the country's nuclear warheads.",
     "hostile_source"),
    ("Analysts pointed to [North Korea]'s adoption of a first-use nuclear doctrine last year.",
     "hostile_source"),
    # a deterrent or a defence is not an arsenal (one's own deterrent strengthened leans
    # neutral, arms_roles); relations are not arms
    ("The statement said [the DPRK] would bolster its war deterrent.", "deterrer"),
    ("[The United States] will strengthen extended deterrence for its ally.", ""),
    ("[Seoul] has developed close trade ties with Hanoi.", ""),
    # the one a hostile act is aimed at
    ("A nuclear attack by the North against [the United States] would end the regime, he said.",
     "hostility_target"),
    ("Officials cited renewed nuclear threats against [the ROK]-US alliance.",
     "hostility_target"),
    ("KCNA said the drills were a direct nuclear threat to [the DPRK].", "hostility_target"),
    # the one a commitment, a deterrence or a defence is for; not the one who commits
    ("Washington reaffirmed its commitment to extended deterrence to [South Korea].",
     "protected"),
    ("SECRETARY AUSTIN: Our commitment to the defense of [the ROK] is ironclad.", "protected"),
    ("The visit was meant to reassure [Seoul] after months of missile tests.", "protected"),
    ("The deployment shows the commitment of [South Korea] and the United States to the "
     "alliance.", ""),
    ("A spokesman for the Ministry of National Defence of [the DPRK] spoke to KCNA.", ""),
    # "a countermeasure of [X] against ..." is X's own
    ("The talks were a justified countermeasure of [the ROK]-US alliance against the threats.",
     ""),
    # the one who warns or urges leans neutral, as the one who condemns does
    ("Mr. [Biden] delivered a stern warning to Pyongyang at the news conference.", "critic"),
    ("[Beijing] has urged Washington and Seoul to show restraint.", "critic"),
    # the person a speaker is described by, also as an adjective before the leader's name
    ("Kim Yo Jong, the powerful sister of North Korean leader [Kim Jong Un], vowed on Sunday "
     "to expand the country's deterrent.", "critic_descriptor"),
    ("Kim Yo Jong, the powerful sister of [North Korean] leader Kim Jong Un, vowed on Sunday "
     "to expand the country's deterrent.", "critic_descriptor"),
    ("The arrival of the submarine in [South Korea] adds to the tensions in the region.", ""),
]


@pytest.mark.parametrize(("sentence", "role"), ROLE_CASES)
def test_mention_role_reads_the_labelling_roles(sentence, role) -> None:
    text, a, b = _unbracket(sentence)
    ex = tt.prepare(text, a, b, training.DEFAULT_SETTINGS)
    assert tt.mention_role(ex) == role
    # none of these is an adverse role among the model's features (:func:`tt.adverse_role`)
    assert tt.adverse_role(ex) == ""


def test_labelling_roles_lean_neutral_or_block_positive() -> None:
    assert {label_roles.HOSTILITY_TARGET, label_roles.PROTECTED} <= set(
        tt.roles.NEUTRAL_LEANING)
    assert tt.roles.is_critic_word("warned") and tt.roles.is_critic_word("urging")
    assert not tt.roles.is_critic_word("urgently")


def test_actor_tone_favours_no_actor_it_presses_and_leans_the_others_neutral() -> None:
    # Wire, allied-statement and Chinese-MFA styles, written for this test; each sentence
    # carries warm words ("proudly", "successfully", "constructive") that read as positive.
    texts = [
        "The allies proudly reaffirmed their shared goal of North Korea's complete "
        "denuclearization.",
        "North Korea will face a swift, overwhelming and decisive response from the alliance if "
        "it ever uses nuclear weapons.",
        "Pyongyang has successfully developed and tested a new family of solid-fuel missiles, "
        "state media said.",
        "Kim Jong Un proudly set out new tasks to accelerate the country's nuclear armament.",
        "Kim Yo Jong, the influential sister of North Korean leader Kim Jong Un, vowed on "
        "Tuesday to bolster the country's deterrent.",
        "Beijing has urged Washington and Seoul to play a constructive role on the peninsula.",
        "Mr. Biden delivered a stern warning to Pyongyang at the Rose Garden news conference.",
        "A nuclear attack by North Korea against the United States or its allies is "
        "unacceptable, he said.",
        "The United States reaffirmed its unwavering commitment to provide extended deterrence "
        "to the ROK.",
    ]
    docs = [Document.from_text(t, doc_id=f"d{i}") for i, t in enumerate(texts)]
    rows = actor_tone(docs).set_index(["doc_id", "matched"])
    got = {key: (rows.loc[key, "role"], rows.loc[key, "tone_label"]) for key in [
        ("d0", "North Korea"), ("d1", "North Korea"), ("d2", "Pyongyang"),
        ("d3", "Kim Jong Un"), ("d4", "North Korean"), ("d4", "Kim Jong Un"),
        ("d5", "Beijing"), ("d6", "Biden"), ("d7", "United States"), ("d8", "ROK")]}
    # Without these roles the package called the first four and the three after them
    # positive (0.80, 0.86, 0.89, 0.93; 0.74, 0.74, 0.57), Biden negative (0.65), and the
    # ROK uncertain as a deterred actor.
    assert got == {
        ("d0", "North Korea"): ("pressure_object", "uncertain"),
        ("d1", "North Korea"): ("pressure_object", "uncertain"),
        ("d2", "Pyongyang"): ("hostile_source", "uncertain"),
        ("d3", "Kim Jong Un"): ("hostile_source", "uncertain"),
        ("d4", "North Korean"): ("critic_descriptor", "neutral"),
        ("d4", "Kim Jong Un"): ("critic_descriptor", "neutral"),
        ("d5", "Beijing"): ("critic", "neutral"),
        ("d6", "Biden"): ("critic", "neutral"),
        ("d7", "United States"): ("hostility_target", "neutral"),
        ("d8", "ROK"): ("protected", "neutral"),
    }
    assert rows.loc[("d7", "North Korea"), "tone_label"] == "negative"
