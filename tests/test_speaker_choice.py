"""Which of several named sources a sentence's words go to, and what a reporting *it* stands for
(:mod:`analysis.corpus.name_fragments`, :mod:`analysis.corpus.it_referents` and the inner
source of :mod:`analysis.corpus.inner_sources`).

Every sentence here was written for this file in the style of wire copy, Korean English-language
press and reports of North Korean statements; none is copied from an outlet. The expected
values were checked by hand against the rules of ``data/voices_README.md``.
"""

import pytest

from analysis.corpus.inner_sources import reporting_clause
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("text", "speaker"), [
    # a bare closing according-to keeps the outlet (PolNeAR credits it)
    ("“We will look at every option,” the senator said, according to the Globe.", "Globe"),
    # a relay citing a reason keeps its own words
    ("The rocket fell short of the target, the ministry said, citing poor weather.",
     "the ministry"),
    # "as confirmed by X": X speaks
    ("As confirmed by the coast guard to local reporters, the frigate has docked in Mokpo.",
     "coast guard"),
    # a statement from a meeting, its adjectives with full stops: the statement speaks
    ("“No strike will go unanswered,” a joint U.S.-Japanese statement from the talks said.",
     "joint U.S.-Japanese statement"),
])
def test_the_source_whose_words_they_are(text, speaker):
    [(voice, got)] = rows(text)
    assert voice == "quoted"
    assert speaker.casefold() in (got or "").casefold()


def test_a_relay_quoting_her_gives_her_words_to_the_woman_named_before():
    text = ("Kim Yo Jong issued a statement on Sunday.\n\n“Since the new team took office,” "
            "the agency quoted her as saying, “Washington has raised the stakes.”")
    assert reporting_clause("    the agency quoted her as saying,    ", True) == ("she", False)
    assert rows(text)[-1] == ("quoted", "Kim Yo Jong")


@pytest.mark.parametrize(("text", "speaker"), [
    # a fragment of an institute's name: the person affiliated with it speaks
    ("“Hiding the boats at sea is a stronger signal,” Mina Park of the Center for a New "
     "Pacific Order said.", "Mina Park"),
    ("“It was the least bad outcome,” Mr. Dalton of the Ocean League said.", "Dalton"),
    # no person before it: the whole name speaks
    ("The Committee for a Balanced Treasury reported that the plan would cost more.",
     "Committee for a Balanced Treasury"),
    # a possessor before a name: the name possessed speaks
    ("According to the North's official Korean Central News Agency (KCNA), students held a "
     "rally.", "Korean Central News Agency"),
    ("The test failed, according to Pyongyang’s defense minister Kang Sun Nam.", "Kang Sun Nam"),
    # a possessor before lower-case words only stays
    ("The drill was cancelled, according to Seoul’s defense ministry.", "Seoul"),
])
def test_a_source_is_no_part_of_a_longer_name(text, speaker):
    [(voice, got)] = rows(text)
    assert voice == "quoted"
    assert speaker in (got or "")


def test_it_after_a_person_stands_for_the_document_the_sentence_before_names():
    text = ("“The pact is a turning point,” Kim Min-jae said.\n\n"
            "Earlier the two leaders issued a joint statement on the pact.\n\n"
            "“Any attack will meet a swift response,” it said.")
    assert rows(text)[-1] == ("quoted", "a joint statement")


def test_it_after_according_to_a_document_stands_for_that_document():
    text = ("According to the statement, the United States “renewed its pledge” to Seoul.\n\n"
            "“Any attack will meet a swift response,” it said.")
    assert rows(text)[-1] == ("quoted", "the statement")


def test_it_after_a_body_and_its_statement_stays_the_body():
    text = ("“We reject the drills,” the foreign ministry of Ruritania said.\n\n"
            "The ministry issued a statement on Sunday.\n\n"
            "“The drills must stop,” it said.")
    assert rows(text)[-1][1] != "a statement"
    text = ("“The drills must stop,” the state news agency said in a commentary.\n\n"
            "It accused the allies of raising tension.")
    assert rows(text)[-1] == ("quoted", "state news agency")
