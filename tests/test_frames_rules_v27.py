"""Rules 38-41 of ``docs/frame_annotation_guide.md`` (version 2.6) and the lexicon 2.7.0 families
(whose pact, whose missiles, which platform; the own-bomb debate and the guarantee in other
words; scenarios as contingencies; reaching out, speeches and generic formulas).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, briefings, speeches and reported statements (none is from a labelled set), and its frames
were checked by hand against the guide. Each rule's positive sentences get other frames from
lexicon 2.6.0 (19 of the 26 cases fail on it); the others are controls that must not move.
"""

from __future__ import annotations

import pytest

from analysis.metrics.frame_lexicon import load_frame_lexicon
from analysis.metrics.frame_scope import north_pair_partnership
from analysis.metrics.frames import frame_cues
from analysis.metrics.lexicon import tokens
from tests.frame_rules import frames_of


def test_lexicon_version_is_2_8_1():
    assert tuple(map(int, load_frame_lexicon().version.split("."))) >= (2, 21, 0)


# --- rule 38: whose pact, whose missiles, which platform ----------------------------------------

@pytest.mark.parametrize("text", [
    "Russia and North Korea signed a mutual defence pact during the summit, Moscow said.",
    "Putin and Kim Jong Un sealed a mutual defense treaty at the Kumsusan guesthouse.",
])
def test_rule38_the_north_and_a_third_power_sign_their_own_pact(text):
    assert frames_of(text) == set()
    cue = next(c for c in frame_cues(text) if c.text.lower().startswith("mutual"))
    assert cue.frame is None and cue.rule == "owner:other"


def test_rule38_the_allies_own_treaty_stays_alliance():
    assert frames_of("Seoul and Washington marked seventy years of their mutual defense "
                     "treaty on Tuesday.") == {"alliance"}


def test_rule38_a_condemnation_is_not_the_pair_signing():
    # "condemned" is a blocker: the pair condemns the allies' alliance, it does not own it
    assert "alliance" in frames_of("Moscow and Pyongyang condemned the alliance in a joint "
                                   "statement.")


def test_north_pair_partnership_needs_the_pair_close_before_the_cue():
    text = "Russia and North Korea said on Friday in a long statement that a pact was near."
    toks = tokens(text)
    pact = next(k for k, t in enumerate(toks) if t.norm == "pact")
    korea = next(k for k, t in enumerate(toks) if t.norm == "korea")
    assert not north_pair_partnership(text, toks, pact, [korea + 1], frozenset(), 3)
    assert north_pair_partnership(text, toks, korea + 3, [korea + 1], frozenset(), 3)


def test_rule38_the_korean_peoples_army_is_the_north():
    text = "The U.N. Command said it had opened talks with the Korean People's Army on the case."
    assert frames_of(text) == {"diplomacy"}
    assert frames_of("The UN Command held talks with the KPA about the missing private.") == {
        "diplomacy"}


@pytest.mark.parametrize("text", [
    "Japanese officials said the North's missiles had splashed into waters off Akita again.",
    "Pyongyang's missiles can now reach every American base in the Pacific, the report said.",
])
def test_rule38_the_norths_missiles_are_threat(text):
    assert frames_of(text) == {"threat"}


def test_rule38_an_unowned_missile_stays_weak():
    assert frames_of("The museum displays an old missile near the entrance.") == set()


def test_rule38_an_allied_submarine_armed_with_nuclear_tipped_missiles_is_deterrence():
    text = ("The USS Kentucky, an Ohio-class boat armed with nuclear-tipped ballistic missiles, "
            "docked in Busan on Tuesday.")
    assert frames_of(text) == {"deterrence"}


# --- rule 39: the own-bomb debate and the guarantee in other words ------------------------------

@pytest.mark.parametrize("text", [
    "Backing for a homegrown arsenal slipped in the latest Gallup Korea survey.",
    # (was "... after the launch.", which is threat from lexicon 2.9.0 on: rule 51)
    "Conservative lawmakers again called for an indigenous bomb after the summit.",
    "Few in the ruling party now speak openly of an indigenous nuclear capability.",
])
def test_rule39_the_own_bomb_debate_in_other_words(text):
    assert "deterrence" in frames_of(text) and "threat" not in frames_of(text)


def test_rule39_the_norths_homegrown_arsenal_is_threat():
    assert frames_of("Analysts said North Korea's homegrown arsenal keeps growing.") == {"threat"}


def test_rule39_the_nuclear_guarantee_is_deterrence_and_tied_alliance():
    assert frames_of("The nuclear guarantee is only as good as the president who gives it, "
                     "the columnist wrote.") == {"deterrence"}
    assert frames_of("Seoul says it trusts the American nuclear guarantee, the minister "
                     "said.") == {"alliance", "deterrence"}


# --- rule 40: scenarios are contingencies --------------------------------------------------------

def test_rule40_a_scenario_of_an_attack_is_not_threat():
    text = ("This year's command post drill adds a scenario in which the North launches a "
            "nuclear attack on Seoul.")
    assert frames_of(text) == {"deterrence"}
    assert any(c.rule.startswith("contingency") for c in frame_cues(text))


def test_rule40_a_real_attack_is_still_threat():
    assert "threat" in frames_of("The nuclear attack drill followed a real missile launch by "
                                 "the North on Sunday.")


# --- rule 41: reaching out, speeches and generic formulas ---------------------------------------

def test_rule41_reaching_out_to_pyongyang_is_diplomacy():
    assert frames_of("Washington has reached out to Pyongyang about the detained soldier, the "
                     "spokesman said.") == {"diplomacy"}


@pytest.mark.parametrize("text", [
    "The governor reached out to farmers hit by the drought.",
    "Yoon reached out to young voters at a rally in Daegu.",
])
def test_rule41_reaching_out_to_anyone_else_is_no_frame(text):
    assert frames_of(text) == set()


def test_rule41_our_two_peoples_is_the_partnership():
    assert frames_of("PRESIDENT YOON: Tonight we raise a glass to the future of our two "
                     "peoples.") == {"alliance"}


def test_rule41_a_nuclear_free_peninsula_is_denuclearisation():
    assert frames_of("Beijing said it remained committed to a nuclear-free Korean Peninsula, "
                     "a spokesman said.") == {"diplomacy"}
    assert frames_of("Seoul's nuclear-free status is not up for debate, the minister "
                     "said.") == {"deterrence"}


@pytest.mark.parametrize("text", [
    "She teaches international relations at a university in Seoul.",
    "Members of the Senate Foreign Relations Committee met Yoon on Thursday.",
    "Beijing urged the United States and its Asian allies to show restraint.",
])
def test_rule41_fields_committees_and_generic_allies_are_no_frame(text):
    assert "alliance" not in frames_of(text)
