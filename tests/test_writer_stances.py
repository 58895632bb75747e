"""Sentences the writer says in their own voice although a verb of saying or knowing is in
them: contracted and modal agentless passives, the writer's own arguing *I*, definitions,
refusals to speculate, and participles used as adjectives after a possessive (sentences
invented for these tests)."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.corpus.writer_stances import (
    blank_attributive_participles,
    defines_a_term,
    own_stance,
)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


@pytest.mark.parametrize("sentence", [
    "For example, it’s well known that the envoy regards the allies as free riders.",
    "It's well known that the envoy regards the allies as free riders.",
])
def test_agentless_passives_of_knowing_are_the_writers(sentence: str) -> None:
    assert _read(sentence) == [("authorial", None)]


def test_a_modal_agentless_passive_of_reading_is_the_writers() -> None:
    text = ("The pact was signed in April. This can be interpreted as the public not trusting "
            "the U.S.’s commitment to extended deterrence.")
    assert _read(text) == [("authorial", None), ("authorial", None)]


def test_an_expletive_passive_with_its_agent_is_the_agents() -> None:
    assert _read("It was reported by Yonhap that the envoy would land in Busan on Monday.") \
        == [("quoted", "Yonhap")]
    assert _read("It was announced by the ministry that the drills would resume in June.") \
        == [("quoted", "the ministry")]


@pytest.mark.parametrize("sentence", [
    "I argue Seoul should rethink its defence doctrine from the ground up.",
    "We would contend that the consultative group is more symbol than substance.",
    "That, I would argue, overlooks what the submarine visit was meant to show.",
    "I am not saying this to blame one capital alone, but to ask both to slow down.",
])
def test_the_writers_own_arguing_first_person_is_authorial(sentence: str) -> None:
    assert _read(sentence) == [("authorial", None)]


def test_an_arguing_first_person_inside_a_quotation_stays_the_speakers() -> None:
    text = ('"The alliance has never been stronger. I argue that the doubters misread it," '
            "Park Jin said.")
    assert _read(text) == [("quoted", "Park Jin"), ("quoted", "Park Jin")]


def test_an_arguing_first_person_in_a_transcript_turn_stays_speech() -> None:
    text = ("Press Briefing by Press Secretary\n\n"
            "MR. KIRBY: I argue that the visit speaks for itself.\n\n"
            "Q: Will the submarine return?\n\n"
            "MR. KIRBY: I won't speak to future port calls.")
    voices = [v for v, _ in _read(text)]
    assert voices[1] == "speech" and voices[-1] == "speech"


def test_own_stance_needs_a_verb_of_arguing_and_no_quotation() -> None:
    assert own_stance("I argue Seoul should act.")
    assert not own_stance("I think Seoul should act.")
    assert not own_stance('I argue, he said, "that Seoul should act."')
    assert not own_stance("I'm not saying we leave the talks,'' the envoy said.")


def test_a_definition_is_the_writers_but_referring_to_x_as_y_is_a_report() -> None:
    assert _read("The pact was signed in April. The strategy refers to the U.S. Navy's efforts "
                 "to deter threats against its allies.") == [("authorial", None)] * 2
    assert defines_a_term("The term “extended deterrence” refers to a nuclear umbrella.")
    assert not defines_a_term("The ministry refers to the drills as a rehearsal.")
    assert not defines_a_term("Kim referred to the drills as a rehearsal for invasion.")


def test_a_refusal_to_speculate_is_authorial() -> None:
    text = ("Asked about a redeployment of tactical weapons, the envoy refused to make "
            "assumptions about a hypothetical case.")
    assert _read(text) == [("authorial", None)]
    assert _read("The general declined to speculate on the timing of the next drill.") == \
        [("authorial", None)]


def test_a_participle_after_a_possessive_is_no_cue() -> None:
    assert _read("The DPRK's stated doctrine lets it strike first, the commentary warned.") \
        == [("quoted", "the commentary")]
    assert _read("Seoul's announced plan would add two more drills, the paper said.") \
        == [("quoted", "the paper")]


def test_blanking_keeps_verbs_after_a_contracted_has() -> None:
    assert blank_attributive_participles("Its declared policy is deterrence.") == \
        "Its          policy is deterrence."
    for verb_reading in ("He’s reported from Seoul for years.", "Kim's stated that he would not.",
                         "Kim's stated repeatedly that he would not."):
        assert blank_attributive_participles(verb_reading) == verb_reading
