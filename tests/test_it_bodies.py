"""A reporting *it* with no speaker before it is the country or body narrated last
(:mod:`analysis.corpus.it_bodies`), and a paraphrase of nobody is the writer's
(:mod:`analysis.corpus.speakerless`). All texts are invented."""

from __future__ import annotations

from analysis.corpus import Document
from analysis.corpus.actor_linker import default_linker
from analysis.corpus.it_bodies import narrated_body
from analysis.corpus.speakerless import nobodys_paraphrase


def body_before(*sentences):
    return narrated_body(list(sentences), default_linker())


def rows(text):
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


def test_it_after_a_narrated_country_is_that_country():
    text = ("Tokyo has kept its distance from the debate. It warned again on Friday that any "
            "test would be met with sanctions.")
    assert rows(text)[1] == ("quoted", "Tokyo", "Japan")


def test_it_after_a_narrated_organisation_is_that_organisation():
    assert body_before("The Pentagon moved two destroyers to the region.") == "Pentagon"


def test_it_after_a_thing_is_no_source():
    assert body_before("The plan was approved in May.") is None
    assert body_before("Seoul gave up a lot.", "The plan was approved in May.") is None
    assert body_before("Seoul gave up a lot.") == "Seoul"
    assert body_before("On Friday, Tokyo sent an envoy.") == "Tokyo"
    assert body_before("He said Seoul gave up a lot.") is None


def test_reported_sentence_keeps_a_speaker_or_is_the_writers():
    text = ("The new plan was approved in May after months of talks. It promised a faster "
            "response to any missile launch.")
    voice, speaker, _ = rows(text)[1]
    assert voice == "authorial" or speaker is not None


def test_paraphrase_of_nobody():
    assert nobodys_paraphrase("indirect", None, "It")
    assert nobodys_paraphrase("indirect", None, None)
    assert not nobodys_paraphrase("indirect", None, "they")  # a group left unnamed
    assert not nobodys_paraphrase("indirect", None, "He")  # a person left unnamed
    assert not nobodys_paraphrase("indirect", "Seoul", "It")
    assert not nobodys_paraphrase("direct", None, None)  # quoted words are someone's
